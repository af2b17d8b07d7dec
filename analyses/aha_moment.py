"""The aha-moment table: P(safe answer | K is a safety aha) vs P(safe answer | K is a move to solve).

Usage (from the repository root)::

    python analyses/aha_moment.py --out runs/analyses/aha_moment            # toy-r1, probe defaults
    python analyses/aha_moment.py --run runs/probe-x --out runs/analyses/aha # read a finished probe run
    python analyses/aha_moment.py --model toy-r1-micro --dataset builtin:8 --out /tmp/aha -- --targets harmful

Runs ``python -m keysent.probe`` (its defaults: 60 benign, 60 harmful and 60 jailbreak-wrapped
built-in queries, greedy), reads its traces back (:func:`keysent.load_traces`) and builds the
table with :func:`keysent.traces.aha.aha_for` over all harmful traces and per query group
(harmful traces with a judged K and answer; benign traces are left out, as the library does).
Writes ``table.md`` (counts, the 2x2 table, both conditional rates with 95% Wilson intervals and
their difference with Newcombe's interval, and which judge produced each column),
``analysis.json`` and ``figures/aha_moment`` (the two rates per group with their intervals).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outfolder import Analysis, add_common_options, analysis_main, markdown_table, rate  # noqa: E402

NAME = "aha_moment"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_common_options(p, name=NAME, command="probe")
    return p


def aha_rows(traces: list) -> list[tuple[str, object]]:
    """``(group name, AhaTable)``: every harmful trace, then each query group with traces."""
    from keysent.traces.aha import aha_for

    rows = [("all harmful", aha_for(traces))]
    groups = sorted({t.labels.get("group") for t in traces if t.harmful is not False and t.labels.get("group")})
    if len(groups) > 1:
        rows += [(g, aha_for([t for t in traces if t.labels.get("group") == g])) for g in groups]
    return rows


def tables(rows: list[tuple[str, object]]) -> str:
    """The markdown tables of :func:`aha_rows`."""
    def prop(p) -> str:
        return "n/a (empty group)" if p is None else rate(p.successes, p.n, p.low, p.high)

    main = markdown_table(
        ["traces", "n", "K aha", "safe K: safe / unsafe answer", "unsafe K: safe / unsafe answer",
         "P(safe answer | aha K)", "P(safe answer | solve K)", "difference [95% Newcombe]"],
        [[name, t.n, f"{t.n_safe_k} ({t.aha_fraction:.3f})" if t.aha_fraction is not None else "0",
          f"{t.table['safe']['safe']} / {t.table['safe']['unsafe']}",
          f"{t.table['unsafe']['safe']} / {t.table['unsafe']['unsafe']}",
          prop(t.p_safe_given_safe_k), prop(t.p_safe_given_unsafe_k),
          "n/a" if t.difference is None else f"{t.difference:+.3f} [{t.difference_low:.3f}, {t.difference_high:.3f}]"]
         for name, t in rows])
    first = rows[0][1]
    judges = first.judges or {}
    notes = [f"answer_safe from `{judges.get('answer_safe', 'n/a')}`; K judged by `{judges.get('k_aha', 'n/a')}`; "
             f"not judged (left out): {first.not_judged}. 95% Wilson intervals."]
    notes += [f"{name}: {n}" for name, t in rows for n in t.notes]
    return main + "\n" + "\n".join(notes) + "\n"


def figure(rows: list[tuple[str, object]]):
    """Both conditional rates per group with their Wilson intervals (grouped bars)."""
    import plotly.graph_objects as go

    from keysent.figures import OKABE_ITO, apply_style
    from keysent.figures.frame import frame_top

    fig = go.Figure()
    for i, (label, attr) in enumerate((("aha K", "p_safe_given_safe_k"), ("solve K", "p_safe_given_unsafe_k"))):
        xs, ys, up, down, text = [], [], [], [], []
        for name, t in rows:
            p = getattr(t, attr)
            if p is None:
                continue
            xs.append(name)
            ys.append(p.estimate)
            up.append(p.high - p.estimate)
            down.append(p.estimate - p.low)
            text.append(f"{p.successes}/{p.n}")
        fig.add_trace(go.Bar(name=f"P(safe answer | {label})", x=xs, y=ys, hovertext=text,
                             marker_color=OKABE_ITO[i],
                             error_y=dict(type="data", array=up, arrayminus=down, visible=True)))
    apply_style(fig, "single")
    fig.update_layout(barmode="group", xaxis=dict(type="category"), yaxis=dict(range=[0, 1.05], title="P(safe answer)"))
    frame_top(fig, "Safe answers by key sentence", legend=True)
    return fig


def body(a: Analysis) -> str:
    from keysent import load_traces

    run = a.run_command([])
    rows = aha_rows(load_traces(run / "traces.jsonl"))
    a.record["tables"] = {name: t.to_dict() for name, t in rows}
    a.save_figure(figure(rows), NAME)
    return tables(rows)


def main(argv: list[str] | None = None) -> int:
    return analysis_main(NAME, "probe", parser, body, argv)


if __name__ == "__main__":
    from script_entry import run_main

    run_main(main)
