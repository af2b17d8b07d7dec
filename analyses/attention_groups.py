"""K's attention to the query and to C, by group: does a safety-aha K look back at the query more?

Usage (from the repository root)::

    python analyses/attention_groups.py --out runs/analyses/attention_groups        # toy-r1, 40 per group
    python analyses/attention_groups.py --run runs/attention-x --out runs/analyses/att   # a finished run
    python analyses/attention_groups.py --model toy-r1-micro --dataset builtin:6 --out /tmp/att

Runs ``python -m keysent.attention --no-knockout`` (knock-outs are
``analyses/knockout_effects.py``) and writes the attention mass from K's tokens to the query, to
C, to the attention sinks and to the rest (SafeKey's quantity: summed over the target's tokens,
averaged over K's tokens, mean over heads), per group (safe K, unsafe K, harmful, benign) with
the number of traces: at the last layer with 95% intervals over traces, and per layer
(``table.md``, ``analysis.json``); figures ``figures/k_to_query`` and ``figures/k_to_C`` (one
line per group over layers with 95% bands, :func:`keysent.figures.group_lines`).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outfolder import Analysis, add_common_options, analysis_main, markdown_table  # noqa: E402

NAME = "attention_groups"
TARGETS = ("query", "C", "sink", "rest")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_common_options(p, name=NAME, command="attention")
    return p


def interval(low: float, high: float) -> str:
    """``[0.100, 0.200]``, or ``[n/a]`` when the group is too small for one (one trace: NaN)."""
    if math.isnan(low) or math.isnan(high):
        return "[n/a]"
    return f"[{low:.3f}, {high:.3f}]"


def band(per_layer: dict) -> tuple[list, list, list]:
    """``(mean, lower, upper)`` over layers; no band (lower = upper = mean) where the CI is undefined."""
    mean = per_layer["mean"]
    low = [m if math.isnan(v) else v for m, v in zip(mean, per_layer["ci_low"])]
    high = [m if math.isnan(v) else v for m, v in zip(mean, per_layer["ci_high"])]
    return mean, low, high


def last_layer_table(groups: dict) -> str:
    """Group x target at the last layer: mean [95% CI] over traces."""
    rows = []
    for g, d in groups.items():
        cells = []
        for t in TARGETS:
            pl = d[t]["per_layer"]
            cells.append(f"{pl['mean'][-1]:.3f} {interval(pl['ci_low'][-1], pl['ci_high'][-1])}")
        rows.append([g, d["n"], *cells])
    return markdown_table(["group", "n", *(f"K→{t}" for t in TARGETS)], rows)


def per_layer_table(groups: dict, layers: list[int]) -> str:
    """Group x layer: K→query / K→C mass (mean over traces and heads)."""
    rows = [[g, *(f"{d['query']['per_layer']['mean'][i]:.3f} / {d['C']['per_layer']['mean'][i]:.3f}"
                  for i in range(len(layers)))] for g, d in groups.items()]
    return markdown_table(["group", *(f"layer {l}: query / C" for l in layers)], rows)


def body(a: Analysis) -> str:
    from keysent.figures import group_lines

    run = a.run_command(["--no-knockout"])
    att = json.loads((run / "attention.json").read_text(encoding="utf-8"))
    groups, layers = att["groups"], att["layers"]
    if not groups:
        return "no trace has a key sentence: nothing to measure\n"
    for t in ("query", "C"):
        fig = group_lines(layers, {g: band(d[t]["per_layer"]) for g, d in groups.items()},
                          ylabel=f"attention mass K→{t}", title=f"K→{t} attention by group (mean over heads)")
        a.save_figure(fig, f"k_to_{t}")
    a.record.update(layers=layers, groups={g: {"n": d["n"], **{t: d[t]["per_layer"] for t in TARGETS}}
                                           for g, d in groups.items()},
                    top_heads_k_to_query=att.get("top_heads_k_to_query"), n_traces=att.get("n_traces"))
    top = att.get("top_heads_k_to_query") or []
    return ("**K→span attention mass at the last layer** (layer "
            f"{layers[-1]}; mean over heads, 95% interval over traces)\n\n" + last_layer_table(groups)
            + "\n**By layer** (K→query / K→C, mean over traces and heads)\n\n" + per_layer_table(groups, layers)
            + ("\nHeads attending most from K to the query: "
               + ", ".join(f"L{h['layer']}H{h['head']} ({h['mass']:.3f})" for h in top[:4]) + "\n" if top else ""))


def main(argv: list[str] | None = None) -> int:
    return analysis_main(NAME, "attention", parser, body, argv)


if __name__ == "__main__":
    from script_entry import run_main

    run_main(main)
