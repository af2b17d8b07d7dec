"""Probe AUROC by layer and position: where do the hidden states carry the safety signal around K?

Usage (from the repository root)::

    python analyses/probe_auroc.py --out runs/analyses/probe_auroc             # toy-r1, probe defaults
    python analyses/probe_auroc.py --run runs/probe-x --out runs/analyses/probe   # read a finished probe run
    python analyses/probe_auroc.py --model toy-r1-micro --dataset builtin:8 --out /tmp/probe -- --folds 3

Runs ``python -m keysent.probe`` (every layer; positions ``query_last, prompt_last, c_mean,
c_last, k_mean, k_last``; targets ``harmful``, ``k_aha``, ``answer_safe``; L2 logistic probes with
stratified 5-fold cross-validation) and writes, per target, a markdown table of the held-out AUROC
(mean ± std over folds) for every position and layer, with the best layer per position and the
number of traces and positives, the targets the command skipped and why (``table.md``,
``analysis.json``), and one figure per target (``figures/auroc_<target>``, drawn by
:func:`keysent.figures.auroc_by_layer`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outfolder import Analysis, add_common_options, analysis_main, markdown_table  # noqa: E402

NAME = "probe_auroc"
TARGET_TEXT = {"harmful": "harmful (the query is harmful; all traces)",
               "k_aha": "k_aha (K carries a safety aha; harmful traces)",
               "answer_safe": "answer_safe (the answer is safe; harmful traces)"}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_common_options(p, name=NAME, command="probe")
    return p


def target_table(records: list[dict], target: str) -> str:
    """Positions x layers of one target's AUROC (mean ± std), with the best layer per position."""
    recs = [r for r in records if r["target"] == target]
    layers = sorted({r["layer"] for r in recs})
    positions = list(dict.fromkeys(r["position"] for r in recs))
    rows = []
    for pos in positions:
        by_layer = {r["layer"]: r for r in recs if r["position"] == pos}
        best = max(by_layer.values(), key=lambda r: r["auroc"])
        cells = [f"{by_layer[l]['auroc']:.3f} ± {by_layer[l]['auroc_std']:.3f}" if l in by_layer else ""
                 for l in layers]
        rows.append([pos, *cells, f"{best['layer']} ({best['auroc']:.3f})", f"{best['n']} ({best['n_positive']})"])
    return markdown_table(["position", *(f"layer {l}" for l in layers), "best layer (AUROC)", "n (positive)"], rows)


def body(a: Analysis) -> str:
    from keysent.figures import auroc_by_layer

    run = a.run_command([])
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    records = summary["probes"]
    targets = list(dict.fromkeys(r["target"] for r in records))
    parts = []
    for target in targets:
        parts.append(f"**{TARGET_TEXT.get(target, target)}**: held-out AUROC, mean ± std over "
                     f"{summary['config'].get('folds', 5)} folds ({summary['config'].get('method', 'logistic')} probes)\n")
        parts.append(target_table(records, target))
        a.save_figure(auroc_by_layer(records, target=target, title=f"{target}: probe AUROC by layer"),
                      f"auroc_{target}")
    skipped = summary.get("skipped") or []
    if skipped:
        parts.append("".join(f"- skipped: {skip}\n" for skip in skipped))
    a.record.update(probes=records, skipped=summary.get("skipped") or [], best=summary.get("best"),
                    n_traces=summary.get("n_traces"), groups=summary.get("groups"))
    if not targets:
        parts.append("no probe was fitted (every target was skipped)\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    return analysis_main(NAME, "probe", parser, body, argv)


if __name__ == "__main__":
    from script_entry import run_main

    run_main(main)
