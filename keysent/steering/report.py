"""The steering report behind ``python -m keysent.steer``: ``steer.csv``, a text table, figures.

Figures (add mode): one dose-response figure per measure (safety-aha rate of K, refusal rate of
the answer, format rate, log-probability of the original K) against ``alpha``: one line per
query group with its 95% band (Wilson for rates, normal for the mean log-probability), the
probe direction solid and the same-norm random control dotted in the group's colour (one legend
entry for the control). A group
whose measure is undefined at some ``alpha`` (no regeneration with K there) is left out of
that figure and named in the note.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from keysent.steering.sweep import SweepResult

__all__ = ["table_csv", "format_table", "dose_response_figures", "write_figures", "CSV_COLUMNS", "FIGURE_MEASURES"]

CSV_COLUMNS = ["label", "direction", "mode", "alpha", "group", "n"] + [
    f"{m}_{x}" for m in ("aha", "refusal", "format") for x in ("k", "n", "rate", "low", "high")
] + ["logp_k", "logp_k_low", "logp_k_high"]

#: Figure name -> (table key, y-axis label).
FIGURE_MEASURES = {
    "dose_aha": ("aha", "P(K is a safety aha)"),
    "dose_refusal": ("refusal", "P(answer refuses)"),
    "dose_format": ("format", "P(format kept)"),
    "dose_logp_k": ("logp_k", "log P(original K) per token"),
}


def _csv_row(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: r[k] for k in ("label", "direction", "mode", "alpha", "group", "n")}
    for m in ("aha", "refusal", "format"):
        ci = r[f"{m}_ci"] or [None, None]
        out.update({f"{m}_k": r[f"{m}_k"], f"{m}_n": r[f"{m}_n"], f"{m}_rate": r[f"{m}_rate"],
                    f"{m}_low": ci[0], f"{m}_high": ci[1]})
    ci = r["logp_k_ci"] or [None, None]
    out.update({"logp_k": r["logp_k"], "logp_k_low": ci[0], "logp_k_high": ci[1]})
    return out


def table_csv(result: "SweepResult") -> str:
    """``steer.csv``: one row per setting and group (:data:`CSV_COLUMNS`; empty where undefined)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    w.writeheader()
    for r in result.table():
        w.writerow({k: ("" if v is None else v) for k, v in _csv_row(r).items()})
    return buf.getvalue()


def format_table(result: "SweepResult") -> str:
    """The table printed at the end of the command: rates with counts per setting and group."""
    def rate(r: dict[str, Any], m: str) -> str:
        return "    -     " if r[f"{m}_rate"] is None else f"{r[f'{m}_rate']:.2f} {r[f'{m}_k']:>2}/{r[f'{m}_n']:<3}"

    out = io.StringIO()
    for layer, s in result.scales.items():
        parts = [f"{k}={v:.3g}" for k, v in s.items() if v is not None]
        out.write(f"layer {layer}: {', '.join(parts)}\n")
    out.write(f"{'setting':<16} {'group':<10} {'n':>3} {'aha':>10} {'refusal':>10} {'format':>10} {'logP(K)':>8}\n")
    for r in result.table():
        lp = "   -    " if r["logp_k"] is None else f"{r['logp_k']:>8.3f}"
        out.write(f"{r['label']:<16} {r['group']:<10} {r['n']:>3} {rate(r, 'aha'):>10} {rate(r, 'refusal'):>10} "
                  f"{rate(r, 'format'):>10} {lp}\n")
    if result.skipped:
        out.write("skipped: " + ", ".join(f"{n} traces with {k}" for k, n in result.skipped.items()) + "\n")
    return out.getvalue()


def dose_response_figures(result: "SweepResult") -> tuple[dict[str, Any], list[str]]:
    """``{name: figure}`` of :data:`FIGURE_MEASURES` (add mode) and notes on groups left out."""
    import numpy as np
    import plotly.graph_objects as go

    from keysent.figures import OKABE_ITO, group_lines
    from keysent.figures.frame import frame_top

    rows = result.table()
    figs: dict[str, Any] = {}
    notes: list[str] = []
    if not rows or rows[0]["mode"] != "add":
        return figs, ["ablation runs have no alpha axis: see steer.csv"]
    alphas = sorted({r["alpha"] for r in rows})
    groups = list(dict.fromkeys(r["group"] for r in rows))
    directions = [d for d in ("probe", "random") if any(r["direction"] == d for r in rows)]
    for name, (key, ylabel) in FIGURE_MEASURES.items():
        lines: dict[str, tuple[Any, Any, Any]] = {}
        colours: list[str] = []
        for d in directions:
            for gi, g in enumerate(groups):
                by_alpha = {r["alpha"]: r for r in rows if r["direction"] == d and r["group"] == g}
                vals, lows, highs = [], [], []
                for a in alphas:
                    r = by_alpha[a]
                    v = r["logp_k"] if key == "logp_k" else r[f"{key}_rate"]
                    ci = r["logp_k_ci"] if key == "logp_k" else r[f"{key}_ci"]
                    vals.append(math.nan if v is None else v)
                    lows.append(vals[-1] if ci is None else ci[0])
                    highs.append(vals[-1] if ci is None else ci[1])
                label = g + ("" if d == "probe" else ", random")
                if any(math.isnan(v) for v in vals):
                    notes.append(f"{name}: {label} left out (undefined at some alpha)")
                    continue
                lines[label] = (np.array(vals), np.array(lows), np.array(highs))
                colours.append(OKABE_ITO[gi % len(OKABE_ITO)])
        if not lines:
            continue
        ns = sorted({r["n"] for r in rows})
        title = (f"Steering at {result.meta.get('steer_at')}, layer {', '.join(map(str, result.layers))} "
                 f"(n = {'/'.join(map(str, ns))} per group)")
        fig = group_lines(np.array(alphas, dtype=float), lines, xlabel="alpha (× class-mean difference)", ylabel=ylabel,
                          title=title, colours=colours)
        control = [tr for tr in fig.data if tr.name.endswith(", random")]
        for tr in control:  # the control: dotted in its group's colour, one legend entry for all groups
            tr.update(showlegend=False, **({} if tr.fill else {"line": dict(dash="dot")}))
        if control:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", name="random direction (same norm)",
                                     line=dict(color="#666666", dash="dot")))
        frame_top(fig, title, legend=True)
        if key != "logp_k":
            fig.update_yaxes(range=[-0.02, 1.02])
        figs[name] = fig
    return figs, notes


def write_figures(result: "SweepResult", figures_dir: Path, *, static: bool = True) -> tuple[list[str], list[str]]:
    """Write the dose-response figures (HTML always; PNG and PDF with a browser); paths and notes."""
    from keysent.figures import FigureExporter, figure_formats, save_figure

    figs, notes = dose_response_figures(result)
    formats, note = figure_formats(static)
    static = "png" in formats
    if note:
        notes.append(note)
    written: list[str] = []
    with FigureExporter() if static else contextlib.nullcontext() as exporter:
        for name, fig in figs.items():
            paths = save_figure(fig, figures_dir / name, formats, exporter=exporter, require_static=False)
            written += [str(p.relative_to(figures_dir.parent)) for p in paths.values()]
    return written, notes
