"""Figures of the counterfactual analysis, in the paper style of :mod:`keysent.figures`.

* :func:`decidedness_histogram`: per trace P(aha K | prefix), one histogram per group (bins of
  width ``1 / n`` centred on the attainable values ``0, 1/n, ..., 1``).
* :func:`rates_figure`: observed P(safe | K aha), P(safe | K solve) and forced
  P(safe | do(K = aha)), P(safe | do(K = solve)) per group, with 95% Wilson bands as error bars.

Example:
    >>> from keysent.counterfactual.figures import decidedness_histogram
    >>> fig = decidedness_histogram({"harmful": [0.0, 0.5, 1.0]}, n_samples=2)
    >>> fig.data[0].name, fig.layout.xaxis.title.text
    ('harmful (n=3)', 'P(aha K | prefix up to the end of C)')
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

__all__ = ["decidedness_histogram", "rates_figure", "write_figures"]

RATE_KEYS = (
    ("observed_safe_given_aha", "observed: K aha"),
    ("forced_safe_given_do_aha", "forced: do(K = aha)"),
    ("observed_safe_given_solve", "observed: K solve"),
    ("forced_safe_given_do_solve", "forced: do(K = solve)"),
)


def decidedness_histogram(values: dict[str, Sequence[float]], n_samples: int) -> "go.Figure":
    """Histogram of per-trace P(aha K | prefix) by group (overlaid, counts of traces)."""
    import plotly.graph_objects as go

    from keysent.figures.style import OKABE_ITO, apply_style

    width = 1.0 / max(n_samples, 1)
    fig = go.Figure()
    for c, (g, vals) in enumerate(values.items()):
        fig.add_trace(go.Histogram(x=list(vals), name=f"{g} (n={len(vals)})",
                                   xbins=dict(start=-width / 2, end=1 + width / 2, size=width),
                                   marker_color=OKABE_ITO[c % len(OKABE_ITO)]))
    fig.update_layout(barmode="group", bargap=0.1, title="How decided is the model at the end of C?",
                      xaxis_title="P(aha K | prefix up to the end of C)", yaxis_title="traces")
    fig.update_xaxes(range=[-width, 1 + width])
    return apply_style(fig, "single")


def rates_figure(summary: dict[str, Any]) -> "go.Figure":
    """Grouped bars: observed vs forced safe-answer rates per group, 95% Wilson error bars.

    Above each bar's upper error bar: its rate and its count (``n/a`` where no trace has that K),
    so a rate of 0 reads as 0 rather than as a missing bar.
    """
    import plotly.graph_objects as go

    from keysent.figures.style import OKABE_ITO, apply_style

    groups = list(summary)
    gap = 0.2  # plotly's default bargap, set explicitly: the labels are placed from it
    width = (1 - gap) / len(RATE_KEYS)
    fig = go.Figure()
    for c, (key, label) in enumerate(RATE_KEYS):
        ys, lo, hi = [], [], []
        for i, g in enumerate(groups):
            r = summary[g][key]
            ys.append(r["rate"])
            lo.append(None if r["rate"] is None else r["rate"] - r["low"])
            hi.append(None if r["rate"] is None else r["high"] - r["rate"])
            top = 0.0 if r["rate"] is None else r["high"]
            text = f"n/a<br>n={r['n']}" if r["rate"] is None else f"{r['rate']:.2f}<br>n={r['n']}"
            fig.add_annotation(x=i - (1 - gap) / 2 + (c + 0.5) * width, y=top, yshift=3, text=text,
                               showarrow=False, yanchor="bottom", xref="x", yref="y", font=dict(size=9))
        fig.add_trace(go.Bar(x=groups, y=ys, name=label, marker_color=OKABE_ITO[c % len(OKABE_ITO)],
                             marker_line_color=OKABE_ITO[c % len(OKABE_ITO)], marker_line_width=1,
                             marker_pattern_shape="/" if key.startswith("forced") else "",
                             error_y=dict(type="data", symmetric=False, array=hi, arrayminus=lo, color="#404040")))
    fig.update_layout(barmode="group", bargap=gap, bargroupgap=0,
                      title="Safe answers: observed vs forced K (95% Wilson)",
                      yaxis_title="P(safe answer)", xaxis_title="group")
    fig.update_yaxes(range=[0, 1.25], tickvals=[0, 0.2, 0.4, 0.6, 0.8, 1.0])
    return apply_style(fig, "double")


def write_figures(figures_dir: Path, *, decidedness: dict[str, Sequence[float]] | None, n_samples: int,
                  rates: dict[str, Any] | None, static: bool = True) -> tuple[list[str], str | None]:
    """Write the figures that have data; returns the paths (relative to the run) and a note when
    static export was unavailable."""
    from keysent.figures import FigureExporter, figure_formats, save_figure

    formats, note = figure_formats(static)
    static = "png" in formats
    figs = {}
    if decidedness:
        figs["decidedness"] = decidedness_histogram(decidedness, n_samples)
    if rates:
        figs["observed_vs_forced"] = rates_figure(rates)
    written: list[str] = []
    with FigureExporter() if static else contextlib.nullcontext() as exporter:
        for name, fig in figs.items():
            paths = save_figure(fig, figures_dir / name, formats, exporter=exporter, require_static=False)
            written += [str(p.relative_to(figures_dir.parent)) for p in paths.values()]
    return written, note
