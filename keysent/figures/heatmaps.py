"""Attention heatmaps: token-by-token patterns with query/C/K bands, and layer-by-head grids.

>>> import numpy as np
>>> tokens = ["How", " do", " I", "?", "Okay", ",", " wait", "."]
>>> pattern = np.tril(np.ones((8, 8))) / np.arange(1, 9)[:, None]
>>> fig = token_heatmap(pattern, tokens, spans={"query": (0, 4), "K": (6, 8)})
>>> [s.name for s in fig.layout.shapes if s.type == "rect" and s.yref == "paper"]
['query', 'K']
>>> grid = layer_head_grid(np.arange(12.0).reshape(3, 4), title="K to query")
>>> grid.data[0].z.shape
(3, 4)
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import numpy as np
from jaxtyping import Float

from keysent.figures.checks import (
    FigureDataError,
    as_matrix,
    check_indices,
    check_labels,
    check_spans,
)
from keysent.figures.frame import CHAR_WIDTH, frame_top, integer_dtick, text_width_px
from keysent.figures.labels import (
    escape_html,
    escape_token,
    thin_indices,
    truncate_label,
    visible_whitespace,
)
from keysent.figures.style import (
    DIVERGING,
    INK,
    SEQUENTIAL,
    FigureStyle,
    apply_style,
    span_colour,
    style_for,
)

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

#: Thickness of the span bands drawn along the axes, and their gap to the plot, in points.
BAND_PT = 4.0
BAND_GAP_PT = 1.5
#: Largest heatmap (cells) whose HTML hover names both tokens; larger ones show indices only.
HOVER_CELLS = 250_000


def _runs(sorted_positions: Sequence[int]) -> list[tuple[int, int]]:
    """Contiguous runs ``(first, last)`` of a sorted list of display positions."""
    runs: list[tuple[int, int]] = []
    for p in sorted_positions:
        if runs and p == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


def _label_levels(centres: Sequence[float], widths: Sequence[float], gap: float) -> list[int]:
    """Stack labels into levels so that no two on one level overlap (greedy, left to right)."""
    order = sorted(range(len(centres)), key=lambda i: centres[i])
    right_edge: list[float] = []  # per level, where the last label ends
    levels = [0] * len(centres)
    for i in order:
        left = centres[i] - widths[i] / 2
        for level, edge in enumerate(right_edge):
            if left >= edge + gap:
                break
        else:
            level = len(right_edge)
            right_edge.append(-math.inf)
        right_edge[level] = centres[i] + widths[i] / 2
        levels[i] = level
    return levels


def _colour_range(values: np.ndarray, zmin: float | None, zmax: float | None,
                  signed: bool | None) -> tuple[str, float, float, float | None]:
    """Colour scale name, range and midpoint: diverging around 0 when the data are signed."""
    if signed is None:
        signed = bool(values.min() < 0)
    if signed:
        bound = float(np.abs(values).max()) or 1.0
        lo = -bound if zmin is None else float(zmin)
        hi = bound if zmax is None else float(zmax)
        return DIVERGING, lo, hi, 0.0
    lo = 0.0 if zmin is None and values.min() >= 0 else float(values.min() if zmin is None
                                                              else zmin)
    hi = float(values.max()) if zmax is None else float(zmax)
    if hi <= lo:
        hi = lo + 1.0
    return SEQUENTIAL, lo, hi, None


def token_heatmap(
    pattern: Float[np.ndarray, "q k"],
    tokens: list[str],
    *,
    spans: Mapping[str, tuple[int, int]] | None = None,
    query_rows: Sequence[int] | None = None,
    title: str | None = None,
    preset: str | FigureStyle = "double",
    height_in: float | None = None,
    colorbar_title: str = "attention",
    zmin: float | None = None,
    zmax: float | None = None,
    max_label_chars: int = 10,
    span_lines: bool = True,
) -> "go.Figure":
    """Token-by-token attention heatmap with the query/C/K spans marked along both axes.

    ``pattern[i, j]`` is the attention from token ``i`` (row, attending) to token ``j`` (column,
    attended); it must be ``len(tokens) x len(tokens)``. ``spans`` maps names to end-exclusive
    token ranges; each gets a coloured band above the plot (with its name) and beside the rows,
    and faint boundary lines in the heatmap. ``query_rows`` keeps only those rows (e.g. K's
    tokens) against all keys. Token labels show whitespace (``·``, ``↵``), are truncated to
    ``max_label_chars`` and thinned to what fits at print size; span starts are always
    labelled. Hover shows the full tokens in the HTML export.

    >>> import numpy as np
    >>> fig = token_heatmap(np.eye(3), ["a", " b", "\\n"], query_rows=[2])
    >>> list(fig.data[0].y), fig.layout.yaxis.ticktext
    ([0], ('↵',))
    """
    import plotly.graph_objects as go

    pattern = as_matrix(pattern, "pattern")
    n = pattern.shape[1]
    tokens = check_labels(tokens, n, "tokens", "pattern's key axis (columns)")
    if pattern.shape[0] != n:
        raise FigureDataError(
            f"pattern must be square (tokens x tokens), got shape {tuple(pattern.shape)} for "
            f"{n} tokens; to show a subset of rows pass the full pattern and query_rows=[...]"
        )
    span_map = check_spans(spans, n)
    rows = list(range(n)) if query_rows is None else check_indices(query_rows, n, "query_rows")
    z = pattern[rows]
    m = len(rows)

    style = style_for(preset)
    px = style.px
    tick_px = px(style.tick_size_pt)
    band_px, gap_px = px(BAND_PT), px(BAND_GAP_PT)
    labels = [escape_token(t, max_label_chars) for t in tokens]
    longest = max(len(truncate_label(visible_whitespace(t), max_label_chars)) for t in tokens)
    label_w = longest * CHAR_WIDTH * tick_px + px(3)
    colorbar_w = px(6) + px(3) + 4.5 * CHAR_WIDTH * tick_px + px(style.font_size_pt) * 1.4
    plot_w = style.width_px - label_w - px(4) - (gap_px + band_px + px(3) + colorbar_w)
    plot_w = max(plot_w, style.width_px * 0.4)
    cell = plot_w / n
    # square cells for a full pattern; a few selected rows get rows tall enough to label each
    row_h = cell if query_rows is None or m > 40 else max(cell, min(tick_px * 1.25, 6 * cell))

    # --- spans: names above the top band, stacked when they would collide --------------------
    names = list(span_map)
    centres = [cell * (a + b) / 2 for a, b in span_map.values()]
    widths = [text_width_px(name, tick_px) for name in names]
    levels = _label_levels(centres, widths, px(2)) if names else []
    label_h = tick_px * 1.25
    n_levels = (max(levels) + 1) if levels else 0
    above = (gap_px + band_px + n_levels * label_h + px(1)) if names else px(2)

    # --- height: rows plus the margins they need ----------------------------------------------
    bottom_px = label_w + px(style.font_size_pt) * 1.6 + px(4)
    title_px = (px(style.title_size_pt) * 1.3 + px(2)) if title else 0
    if height_in is None:
        natural = m * row_h + bottom_px + above + title_px + px(4)
        height_in = min(max(natural / style.px_per_in, 1.2), 9.0)
    style = style.with_height(height_in)

    fig = go.Figure()
    if m * n <= HOVER_CELLS:  # token pairs in the HTML hover; indices only for huge patterns
        short = [escape_token(t, 40) for t in tokens]
        hover = np.array([[f"{r}:{short[r]} → {c}:{short[c]}" for c in range(n)] for r in rows],
                         dtype=object)
        hovertemplate = "%{customdata}<br>%{z:.4f}<extra></extra>"
    else:
        hover = None
        hovertemplate = "row %{y} → token %{x}<br>%{z:.4f}<extra></extra>"
    scale, lo, hi, mid = _colour_range(z, zmin, zmax, None)
    fig.add_trace(
        go.Heatmap(
            z=z, x=list(range(n)), y=list(range(m)), colorscale=scale, zmin=lo, zmax=hi,
            zmid=mid, customdata=hover, hovertemplate=hovertemplate,
            colorbar=dict(
                title=dict(text=escape_html(colorbar_title)),
                x=1.0, xref="paper", xanchor="left", xpad=gap_px + band_px + px(3),
                len=1.0, lenmode="fraction", y=0.5, yanchor="middle",
            ),
        )
    )
    apply_style(fig, style)

    keep_x = [a for a, _ in span_map.values()]
    x_ticks = thin_indices(n, plot_w / (tick_px * 1.2), keep=keep_x)
    display_of = {r: i for i, r in enumerate(rows)}
    keep_y = [display_of[r] for a, b in span_map.values() for r in range(a, b)
              if r in display_of and (r == a or r - 1 not in display_of)]
    y_ticks = thin_indices(m, m * row_h / (tick_px * 1.2), keep=keep_y)
    fig.update_xaxes(
        tickmode="array", tickvals=x_ticks, ticktext=[labels[i] for i in x_ticks],
        tickangle=-90, range=[-0.5, n - 0.5], title=dict(text="attended token"),
        ticks="", showline=False, constrain="domain",
    )
    fig.update_yaxes(
        tickmode="array", tickvals=y_ticks, ticktext=[labels[rows[i]] for i in y_ticks],
        range=[m - 0.5, -0.5], title=dict(text="attending token"), ticks="", showline=False,
    )

    shapes: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for k, (name, (a, b)) in enumerate(span_map.items()):
        colour = span_colour(name, k)
        shapes.append(dict(
            type="rect", name=name, xref="x", x0=a - 0.5, x1=b - 0.5, yref="paper",
            ysizemode="pixel", yanchor=1.0, y0=gap_px, y1=gap_px + band_px,
            fillcolor=colour, line=dict(width=0), layer="above",
        ))
        annotations.append(dict(
            text=escape_html(name), xref="x", x=(a + b - 1) / 2, yref="paper", y=1.0,
            yanchor="bottom", xanchor="center", showarrow=False,
            yshift=gap_px + band_px + px(0.5) + levels[k] * label_h,
            font=dict(size=tick_px, color=colour), borderpad=0,
        ))
        shown = [display_of[r] for r in range(a, b) if r in display_of]
        for first, last in _runs(sorted(shown)):
            shapes.append(dict(
                type="rect", name=f"{name} rows", xref="paper", xsizemode="pixel",
                xanchor=1.0, x0=gap_px, x1=gap_px + band_px, yref="y", y0=first - 0.5,
                y1=last + 0.5, fillcolor=colour, line=dict(width=0), layer="above",
            ))
        if span_lines:
            line = dict(color="rgba(255,255,255,0.55)", width=px(0.5), dash="dot")
            for edge in sorted({a, b} - {0, n}):
                shapes.append(dict(type="line", name=f"{name} edge", xref="x", x0=edge - 0.5,
                                   x1=edge - 0.5, yref="paper", y0=0, y1=1, line=line,
                                   layer="above"))
            for first, last in _runs(sorted(shown)):
                for edge in sorted({first - 0.5, last + 0.5} - {-0.5, m - 0.5}):
                    shapes.append(dict(type="line", name=f"{name} edge", xref="paper", x0=0,
                                       x1=1, yref="y", y0=edge, y1=edge, line=line,
                                       layer="above"))
    fig.update_layout(shapes=shapes, annotations=annotations)
    frame_top(fig, title, legend=False, extra_px=above)
    fig.update_layout(margin=dict(r=int(px(3))))
    return fig


def layer_head_grid(
    values: Float[np.ndarray, "layer head"],
    *,
    title: str | None = None,
    colorbar_title: str = "K→query mass",
    preset: str | FigureStyle = "single",
    height_in: float | None = None,
    annotate: int = 3,
    signed: bool | None = None,
    value_format: str = ".2f",
) -> "go.Figure":
    """Layer-by-head grid (e.g. attention mass from K to the query), the top cells annotated.

    Layer 0 is at the bottom. Non-negative values use the sequential scale from 0; signed values
    (or ``signed=True``) a diverging scale centred on 0. The ``annotate`` largest cells get a
    black outline and their value.

    >>> import numpy as np
    >>> fig = layer_head_grid(np.array([[0.1, 0.9], [0.3, 0.2]]), annotate=1)
    >>> [(a.x, a.y) for a in fig.layout.annotations]
    [(1, 0)]
    """
    import plotly.graph_objects as go

    grid = as_matrix(values, "values")
    n_layers, n_heads = grid.shape
    if not isinstance(annotate, int) or annotate < 0:
        raise FigureDataError(f"annotate must be a non-negative integer, got {annotate!r}")

    style = style_for(preset, height_in)
    px = style.px
    scale, lo, hi, mid = _colour_range(grid, None, None, signed)
    fig = go.Figure(go.Heatmap(
        z=grid, x=list(range(n_heads)), y=list(range(n_layers)), colorscale=scale, zmin=lo,
        zmax=hi, zmid=mid, xgap=0, ygap=0,
        hovertemplate="layer %{y}, head %{x}<br>%{z:.4f}<extra></extra>",
        colorbar=dict(title=dict(text=escape_html(colorbar_title)), len=1.0, y=0.5,
                      yanchor="middle"),
    ))
    apply_style(fig, style)
    fig.update_xaxes(title=dict(text="head"), range=[-0.5, n_heads - 0.5], ticks="outside",
                     tickformat="d", showline=False, dtick=integer_dtick(n_heads))
    fig.update_yaxes(title=dict(text="layer"), range=[-0.5, n_layers - 0.5], tickformat="d",
                     showline=False, dtick=integer_dtick(n_layers))

    top = np.argsort(-grid, axis=None, kind="stable")[: min(annotate, grid.size)]
    shapes, annotations = [], []
    for flat in top:
        layer, head = divmod(int(flat), n_heads)
        value = float(grid[layer, head])
        frac = (value - lo) / (hi - lo) if hi > lo else 1.0
        text_colour = INK if (scale == SEQUENTIAL and frac > 0.55) or (
            scale == DIVERGING and abs(value - (mid or 0)) < 0.6 * max(abs(lo), abs(hi))
        ) else "white"
        shapes.append(dict(type="rect", xref="x", yref="y", x0=head - 0.5, x1=head + 0.5,
                           y0=layer - 0.5, y1=layer + 0.5, line=dict(color=INK, width=px(0.75)),
                           fillcolor="rgba(0,0,0,0)", layer="above", name="top cell"))
        annotations.append(dict(x=head, y=layer, xref="x", yref="y", showarrow=False,
                                text=format(value, value_format).replace("0.", ".", 1)
                                if 0 <= value < 1 else format(value, value_format),
                                font=dict(size=px(max(style.tick_size_pt - 1.5, 5)),
                                          color=text_colour)))
    fig.update_layout(shapes=shapes, annotations=annotations)
    frame_top(fig, title, legend=False)
    return fig


__all__ = ["BAND_GAP_PT", "BAND_PT", "layer_head_grid", "token_heatmap"]
