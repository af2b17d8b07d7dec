"""Sentence-by-sentence matrices (attention or influence between the sentences of a trace).

>>> import numpy as np
>>> fig = sentence_matrix(np.eye(3), ["How do I?", "Okay.", "Wait, no."], highlight={"K": 2})
>>> fig.layout.shapes[0].name
'K'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

import numpy as np
from jaxtyping import Float

from keysent.errors import SpanError
from keysent.figures.checks import FigureDataError, as_matrix, check_labels
from keysent.figures.frame import frame_top
from keysent.figures.heatmaps import _colour_range
from keysent.figures.labels import escape_html, sentence_label
from keysent.figures.style import FigureStyle, apply_style, span_colour, style_for

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go


def sentence_matrix(
    matrix: Float[np.ndarray, "s s"],
    sentence_labels: list[str],
    *,
    highlight: Mapping[str, int] | None = None,
    title: str | None = None,
    colorbar_title: str = "attention",
    preset: str | FigureStyle = "single",
    height_in: float | None = None,
    max_label_chars: int = 18,
    signed: bool | None = None,
) -> "go.Figure":
    """Square heatmap of a sentence-by-sentence quantity (row attends to / influences column).

    Labels read ``S<i> <first words>…``. ``highlight`` marks named sentences (``{"K": 3}``):
    their row and column are outlined in the span colour and their labels coloured and named.
    Signed matrices get a diverging scale centred on zero.

    >>> fig = sentence_matrix([[1.0, 0.0], [0.4, 0.6]], ["A.", "B."])
    >>> fig.layout.yaxis.ticktext
    ('S0 A.', 'S1 B.')
    """
    import plotly.graph_objects as go

    mat = as_matrix(matrix, "matrix")
    s = mat.shape[0]
    if mat.shape[1] != s:
        raise FigureDataError(f"matrix must be square (sentences x sentences), got {mat.shape}")
    sentence_labels = check_labels(sentence_labels, s, "sentence_labels", "matrix")
    marks: dict[str, int] = {}
    for name, index in (highlight or {}).items():
        if isinstance(index, bool) or not isinstance(index, (int, np.integer)):
            raise SpanError(f"highlight[{name!r}] must be a sentence index, got {index!r}")
        if not 0 <= int(index) < s:
            raise SpanError(
                f"highlight[{name!r}] = {index} is outside the {s} sentences (0..{s - 1})"
            )
        marks[str(name)] = int(index)

    style = style_for(preset, height_in)
    px = style.px
    tick_px = px(style.tick_size_pt)
    labels = [sentence_label(i, t, max_label_chars) for i, t in enumerate(sentence_labels)]
    for k, (name, index) in enumerate(marks.items()):
        colour = span_colour(name, k)
        labels[index] = (f'<span style="color:{colour}"><b>{escape_html(name)}</b> '
                         f"{labels[index]}</span>")
    scale, lo, hi, mid = _colour_range(mat, None, None, signed)
    fig = go.Figure(go.Heatmap(
        z=mat, x=list(range(s)), y=list(range(s)), colorscale=scale, zmin=lo, zmax=hi, zmid=mid,
        customdata=np.array([[f"S{r} → S{c}" for c in range(s)] for r in range(s)]),
        hovertemplate="%{customdata}<br>%{z:.4f}<extra></extra>",
        colorbar=dict(title=dict(text=escape_html(colorbar_title)), len=1.0, y=0.5,
                      yanchor="middle"),
    ))
    apply_style(fig, style)
    max_labels = max(2, int(style.height_px * 0.6 / (tick_px * 1.2)))
    step = max(1, -(-s // max_labels))
    ticks = sorted(set(range(0, s, step)) | set(marks.values()))
    fig.update_yaxes(tickmode="array", tickvals=ticks, ticktext=[labels[i] for i in ticks],
                     range=[s - 0.5, -0.5], title=dict(text="attending sentence"),
                     ticks="", showline=False)
    x_ticks = ticks if s <= 30 else sorted(set(range(0, s, max(step, -(-s // 15))))
                                          | set(marks.values()))
    fig.update_xaxes(tickmode="array", tickvals=x_ticks, ticktext=[f"S{i}" for i in x_ticks],
                     range=[-0.5, s - 0.5], title=dict(text="attended sentence"), ticks="",
                     showline=False, tickangle=0 if s <= 12 else -90)
    shapes = []
    for k, (name, index) in enumerate(marks.items()):
        line = dict(color=span_colour(name, k), width=px(1.0))
        shapes.append(dict(type="rect", name=name, xref="paper", x0=0, x1=1, yref="y",
                           y0=index - 0.5, y1=index + 0.5, line=line, layer="above"))
        shapes.append(dict(type="rect", name=f"{name} column", xref="x", x0=index - 0.5,
                           x1=index + 0.5, yref="paper", y0=0, y1=1, line=line, layer="above"))
    fig.update_layout(shapes=shapes)
    frame_top(fig, title, legend=False)
    return fig


__all__ = ["sentence_matrix"]
