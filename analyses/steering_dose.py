"""Steering dose-response: adding alpha times the safety direction at the end of C, what does K become?

Usage (from the repository root)::

    python analyses/steering_dose.py --out runs/analyses/steering_dose          # toy-r1, steer defaults
    python analyses/steering_dose.py --run runs/steer-x --out runs/analyses/steer   # a finished steer run
    python analyses/steering_dose.py --model toy-r1-micro --dataset builtin:4 --out /tmp/steer \\
        -- --per-group 2 --alphas=-1:1:3 --direction-target harmful

Runs ``python -m keysent.steer`` (defaults: a ``k_aha`` difference-of-means direction fitted at
``c_last`` on 40 built-in queries per group, added at the probe's best layer at ``c_last``,
alphas -2..2 in 9 steps, K and the answer regenerated greedily from the end of C for 20 traces
per group, and a random direction of the same norm as the control) and writes, per direction,
alpha and group, the safety-aha rate of the regenerated K and the refusal rate of the answer
(counts and 95% Wilson intervals), the format rate and K's teacher-forced log-probability
(``table.md``, ``analysis.json``); figures ``figures/dose_aha`` and ``figures/dose_refusal`` (one
line per group and direction over alpha with 95% bands, :func:`keysent.figures.group_lines`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outfolder import Analysis, add_common_options, analysis_main, markdown_table, rate  # noqa: E402

NAME = "steering_dose"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_common_options(p, name=NAME, command="steer")
    return p


def table(rows: list[dict]) -> str:
    return markdown_table(
        ["direction", "alpha", "group", "n", "K safety aha [95% Wilson]", "answer refuses [95% Wilson]",
         "format", "logP(original K)/token"],
        [[r["direction"], f"{r['alpha']:+g}", r["group"], r["n"],
          rate(r["aha_k"], r["aha_n"], *(r["aha_ci"] or (None, None))),
          rate(r["refusal_k"], r["refusal_n"], *(r["refusal_ci"] or (None, None))),
          f"{r['format_k']}/{r['format_n']}",
          "n/a" if r.get("logp_k") is None else f"{r['logp_k']:.3f}"]
         for r in rows], align="lrlrrrrr")


def dose_figure(rows: list[dict], metric: str, ylabel: str):
    """One line per (direction, group) over alpha, with the Wilson band."""
    from keysent.figures import group_lines

    alphas = sorted({r["alpha"] for r in rows})
    lines = {}
    for direction in dict.fromkeys(r["direction"] for r in rows):
        for group in dict.fromkeys(r["group"] for r in rows):
            by_alpha = {r["alpha"]: r for r in rows if r["direction"] == direction and r["group"] == group}
            if sorted(by_alpha) != alphas or any(by_alpha[x][f"{metric}_ci"] is None for x in alphas):
                continue
            lines[f"{group} ({direction})"] = ([by_alpha[x][f"{metric}_rate"] for x in alphas],
                                               [by_alpha[x][f"{metric}_ci"][0] for x in alphas],
                                               [by_alpha[x][f"{metric}_ci"][1] for x in alphas])
    if not lines:
        return None
    fig = group_lines(alphas, lines, xlabel="alpha (1 = the class-mean difference)", ylabel=ylabel)
    for trace in fig.data:  # the random-direction control dotted, so the probe's lines stand out
        if trace.name and trace.name.endswith("(random)") and getattr(trace, "line", None) is not None:
            trace.line.dash = "dot"
    return fig


def body(a: Analysis) -> str:
    run = a.run_command([])
    steer = json.loads((run / "steer.json").read_text(encoding="utf-8"))
    rows = steer["table"]
    for metric, ylabel in (("aha", "P(regenerated K is a safety aha)"), ("refusal", "P(answer refuses)")):
        fig = dose_figure(rows, metric, ylabel)
        if fig is not None:
            a.save_figure(fig, f"dose_{metric}")
    a.record.update(rows=rows, direction=steer.get("direction"), control=steer.get("control"),
                    layers=steer.get("layers"), steer_at=steer.get("steer_at"), scales=steer.get("scales"))
    scales = "; ".join(f"layer {l}: norm {s['vector_norm']:.2f}, probe AUROC {s['auroc']:.3f}"
                       for l, s in (steer.get("scales") or {}).items())
    return (f"Direction `{steer.get('direction')}` at layer(s) {steer.get('layers')} ({scales}), added at "
            f"`{steer.get('steer_at')}`, regenerating from `{steer.get('start')}`; control: {steer.get('control')}.\n\n"
            + table(rows))


def main(argv: list[str] | None = None) -> int:
    return analysis_main(NAME, "steer", parser, body, argv)


if __name__ == "__main__":
    from script_entry import run_main

    run_main(main)
