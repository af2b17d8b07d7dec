"""Knock-out effects: what happens to K when it cannot see the query, C, or both?

Usage (from the repository root)::

    python analyses/knockout_effects.py --out runs/analyses/knockout_effects          # toy-r1, 40 per group
    python analyses/knockout_effects.py --run runs/attention-x --out runs/analyses/ko     # a finished run
    python analyses/knockout_effects.py --model toy-r1-micro --dataset builtin:6 --out /tmp/ko

Runs ``python -m keysent.attention`` (knock-outs on, rows ``predict``: every row that predicts a
K token, from the last token before K on, cannot attend to the span; K regenerated greedily under
each knock-out) and writes, per group and condition (none, query, C, query+C), the change in K's
mean log-probability per token with its 95% interval, and the rate at which the regenerated K is
a safety aha with its 95% Wilson interval (``table.md``, ``analysis.json``); figures
``figures/knockout_p_aha`` and ``figures/knockout_delta_logp`` (grouped bars with intervals).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outfolder import Analysis, add_common_options, analysis_main, markdown_table  # noqa: E402

NAME = "knockout_effects"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_common_options(p, name=NAME, command="attention")
    return p


def table(rows: list[dict]) -> str:
    return markdown_table(
        ["group", "condition", "n", "ΔlogP/token of K [95% CI]", "P(aha) of regenerated K [95% Wilson]"],
        [[r["group"], r["condition"], r["n"],
          f"{r['delta_logp']:+.3f} " + ("[n/a]" if any(math.isnan(v) for v in r["delta_logp_ci"])
                                        else f"[{r['delta_logp_ci'][0]:+.3f}, {r['delta_logp_ci'][1]:+.3f}]"),
          "n/a" if r.get("p_aha") is None else
          f"{r['p_aha']:.3f} [{r['p_aha_ci'][0]:.3f}, {r['p_aha_ci'][1]:.3f}]"]
         for r in rows], align="llrrr")


def nan_to_zero(x: float) -> float:
    """An interval half-width, 0 where the interval is undefined (a group of one trace)."""
    return 0.0 if math.isnan(x) else x


def figure(rows: list[dict], key: str, ylabel: str):
    """One bar group per trace group, one bar per condition, with the interval."""
    import plotly.graph_objects as go

    from keysent.figures import OKABE_ITO, apply_style
    from keysent.figures.frame import frame_top

    fig = go.Figure()
    conditions = list(dict.fromkeys(r["condition"] for r in rows))
    for i, cond in enumerate(conditions):
        sel = [r for r in rows if r["condition"] == cond and r.get(key) is not None]
        fig.add_trace(go.Bar(
            name=cond, x=[r["group"] for r in sel], y=[r[key] for r in sel], marker_color=OKABE_ITO[i % len(OKABE_ITO)],
            error_y=dict(type="data", visible=True, array=[nan_to_zero(r[f"{key}_ci"][1] - r[key]) for r in sel],
                         arrayminus=[nan_to_zero(r[key] - r[f"{key}_ci"][0]) for r in sel])))
    apply_style(fig, "single")
    fig.update_layout(barmode="group", xaxis=dict(type="category"), yaxis=dict(title=ylabel))
    frame_top(fig, "K with a span knocked out", legend=True)
    return fig


def body(a: Analysis) -> str:
    run = a.run_command([])
    ko_path = run / "knockout.json"
    if not ko_path.is_file():
        return "the run has no knockout.json (it was run with --no-knockout)\n"
    ko = json.loads(ko_path.read_text(encoding="utf-8"))
    rows = ko["table"]
    a.record.update(rows=rows, knockout_rows=ko.get("rows"), note=ko.get("note"))
    a.save_figure(figure(rows, "p_aha", "P(regenerated K is a safety aha)"), "knockout_p_aha")
    a.save_figure(figure(rows, "delta_logp", "ΔlogP per K token"), "knockout_delta_logp")
    return (f"Knock-out rows: `{ko.get('rows')}`. {ko.get('note', '')}\n\n" + table(rows))


def main(argv: list[str] | None = None) -> int:
    return analysis_main(NAME, "attention", parser, body, argv)


if __name__ == "__main__":
    from script_entry import run_main

    run_main(main)
