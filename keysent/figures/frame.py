"""The frame around a plot: title, top legend and the margin they need, in exact pixels.

Plotly's automatic margins know about tick labels but not about text placed in the margin by
hand (span names above a heatmap), so figures that stack things above the plot reserve the room
explicitly: :func:`frame_top` puts the title at the top of the canvas, a horizontal legend under
it, and sets the top margin to title + legend + whatever the figure asks for.

>>> import plotly.graph_objects as go
>>> from keysent.figures.style import apply_style
>>> fig = apply_style(go.Figure(go.Scatter(y=[1, 2], name="safe K")), "single")
>>> top = frame_top(fig, "AUROC by layer", legend=True)
>>> top == fig.layout.margin.t and top > 20
True
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

from keysent.figures.labels import escape_html
from keysent.figures.style import FigureStyle, figure_style, style_for

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

#: Average advance of a character as a fraction of the font size (Arial-like sans serif).
CHAR_WIDTH = 0.56


def text_width_px(text: str, font_px: float) -> float:
    """Rough rendered width of ``text`` (no markup) in pixels."""
    return len(text) * CHAR_WIDTH * font_px


def legend_rows(names: Sequence[str], style: FigureStyle, width_px: float) -> int:
    """How many rows a horizontal legend with ``names`` needs within ``width_px``."""
    font = style.px(style.tick_size_pt)
    rows, used = 1, 0.0
    for name in names:
        item = 30 + text_width_px(name, font) + 8  # symbol + text + gap
        if used and used + item > width_px:
            rows, used = rows + 1, 0.0
        used += item
    return rows


def frame_top(
    fig: "go.Figure",
    title: str | None,
    *,
    legend: bool | Sequence[str] = False,
    extra_px: float = 0.0,
    min_px: float | None = None,
) -> int:
    """Place ``title`` and a horizontal legend above the plot; reserve ``extra_px`` under them.

    ``legend`` is ``True`` (names taken from the traces that show in the legend), a list of
    names, or ``False`` for no legend. Returns the top margin in layout pixels.
    """
    style = figure_style(fig) or style_for("single")
    height = float(fig.layout.height or style.height_px)
    pad = style.px(2)
    top = pad
    if title:
        fig.update_layout(
            title=dict(
                text=escape_html(title), x=pad / style.width_px, xref="container",
                xanchor="left",
                y=1 - top / height, yref="container", yanchor="top", automargin=False,
                pad=dict(t=0, b=0, l=0, r=0),
            )
        )
        top += style.px(style.title_size_pt) * 1.3 + pad
    else:
        fig.update_layout(title=dict(text=None))
    if legend:
        names = list(legend) if not isinstance(legend, bool) else [
            t.name for t in fig.data if t.name and t.showlegend is not False
        ]
        rows = legend_rows(names, style, style.width_px - style.px(6))
        # plotly draws each legend row max(16, 1.3 * font) + 3 px high inside a box padded by
        # 5 px on each side; the box starts 5 px higher so its padding overlaps the title's.
        row_px = max(16.0, 1.3 * style.px(style.tick_size_pt)) + 3.0
        box_top = max(top - 5.0, 0.0)
        fig.update_layout(
            showlegend=True,
            legend=dict(
                orientation="h", x=pad / style.width_px, xref="container", xanchor="left",
                y=1 - box_top / height, yref="container", yanchor="top",
                entrywidthmode="pixels",
            ),
        )
        top = box_top + rows * row_px + 10.0 + pad
    else:
        fig.update_layout(showlegend=False)
    top += extra_px
    top = int(math.ceil(max(top, min_px or 0.0, style.px(style.margin_pt[2]))))
    fig.update_layout(margin=dict(t=top))
    return top


def integer_dtick(count: int, max_ticks: int = 8) -> int:
    """Tick spacing (1, 2, 4, 5, 10, ...) giving at most ``max_ticks`` labels over ``count``
    integer positions such as layers or heads.

    >>> integer_dtick(3), integer_dtick(28), integer_dtick(80)
    (1, 4, 10)
    """
    for step in (1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if count / step <= max_ticks:
            return step
    return int(math.ceil(count / max_ticks))


__all__ = ["CHAR_WIDTH", "frame_top", "integer_dtick", "legend_rows", "text_width_px"]
