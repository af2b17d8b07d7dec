"""Line plots with uncertainty bands: per-layer group comparisons and AUROC-by-layer curves.

>>> import numpy as np
>>> x = np.arange(4)
>>> fig = group_lines(x, {"safe K": (x * 0.1, x * 0.1 - 0.05, x * 0.1 + 0.05)},
...                   xlabel="layer", ylabel="K→query mass")
>>> [t.name for t in fig.data]
['safe K', 'safe K']
>>> fig = auroc_by_layer({"end of C": ([0.5, 0.7, 0.9], [0.02, 0.03, 0.01])}, target="unsafe")
>>> fig.layout.shapes[0].y0
0.5
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import numpy as np
from jaxtyping import Float

from keysent.figures.checks import FigureDataError, as_vector
from keysent.figures.frame import frame_top, integer_dtick
from keysent.figures.labels import escape_html
from keysent.figures.style import INK, OKABE_ITO, FigureStyle, apply_style, style_for

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

#: Opacity of the confidence bands.
BAND_ALPHA = 0.22


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _bands_and_lines(fig: "go.Figure", x: np.ndarray,
                     series: list[tuple[str, np.ndarray, np.ndarray, np.ndarray, str]],
                     style: FigureStyle, hover_label: str) -> None:
    """Add every band first and every line after, so no band covers another group's line."""
    import plotly.graph_objects as go

    for name, _mean, lower, upper, colour in series:
        fig.add_trace(go.Scatter(
            x=np.concatenate([x, x[::-1]]), y=np.concatenate([upper, lower[::-1]]),
            fill="toself", fillcolor=_rgba(colour, BAND_ALPHA), line=dict(width=0),
            mode="lines", name=name, legendgroup=name, showlegend=False, hoverinfo="skip",
        ))
    markers = len(x) <= 48
    for name, mean, lower, upper, colour in series:
        fig.add_trace(go.Scatter(
            x=x, y=mean, name=name, legendgroup=name,
            mode="lines+markers" if markers else "lines",
            line=dict(color=colour, width=style.px(style.line_width_pt)),
            marker=dict(color=colour, size=style.px(2.5)),
            customdata=np.stack([lower, upper], axis=1),
            hovertemplate=(f"{escape_html(name)}<br>{hover_label} %{{x}}: %{{y:.3f}} "
                           "[%{customdata[0]:.3f}, %{customdata[1]:.3f}]<extra></extra>"),
        ))


def group_lines(
    x: Float[np.ndarray, " n"] | Sequence[float],
    groups: Mapping[str, tuple[Any, Any, Any]],
    *,
    xlabel: str = "layer",
    ylabel: str = "",
    title: str | None = None,
    preset: str | FigureStyle = "single",
    height_in: float | None = None,
    colours: Sequence[str] | None = None,
) -> "go.Figure":
    """One line per group with a shaded ``[lower, upper]`` band (e.g. a 95% CI).

    ``groups`` maps a name ("safe K", "after SFT") to ``(mean, lower, upper)`` arrays as long as
    ``x``; ``lower <= upper`` must hold everywhere. Colours follow the Okabe-Ito palette in
    group order; the legend sits above the plot.

    >>> fig = group_lines([0, 1], {"a": ([1, 2], [0, 1], [2, 3])}, ylabel="mass")
    >>> fig.layout.yaxis.title.text
    'mass'
    """
    import plotly.graph_objects as go

    xs = as_vector(x, "x")
    if not isinstance(groups, Mapping) or not groups:
        raise FigureDataError(
            "groups must be a non-empty dict {name: (mean, lower, upper)}, got "
            f"{type(groups).__name__}"
        )
    palette = list(colours) if colours else list(OKABE_ITO)
    style = style_for(preset, height_in)
    fig = go.Figure()
    apply_style(fig, style)
    series = []
    for i, (name, triple) in enumerate(groups.items()):
        try:
            mean, lower, upper = triple
        except (TypeError, ValueError):
            raise FigureDataError(
                f"groups[{name!r}] must be a (mean, lower, upper) triple of arrays"
            ) from None
        mean = as_vector(mean, f"groups[{name!r}] mean", len(xs))
        lower = as_vector(lower, f"groups[{name!r}] lower", len(xs))
        upper = as_vector(upper, f"groups[{name!r}] upper", len(xs))
        if np.any(lower > upper):
            j = int(np.argmax(lower > upper))
            raise FigureDataError(
                f"groups[{name!r}]: lower > upper at x={xs[j]:g} ({lower[j]:g} > {upper[j]:g}); "
                "pass (mean, lower, upper) in that order"
            )
        series.append((str(name), mean, lower, upper, palette[i % len(palette)]))
    _bands_and_lines(fig, xs, series, style, escape_html(xlabel))
    fig.update_xaxes(title=dict(text=escape_html(xlabel)))
    fig.update_yaxes(title=dict(text=escape_html(ylabel)))
    _integer_x(fig, xs)
    frame_top(fig, title, legend=True)
    return fig


def _integer_x(fig: "go.Figure", xs: np.ndarray) -> None:
    """Integer x (layers): whole-number ticks at a readable spacing, never 0.5 steps."""
    if np.allclose(xs, np.round(xs)):
        span = int(round(xs.max() - xs.min())) + 1
        fig.update_xaxes(tickformat="d", tickmode="linear", tick0=0, dtick=integer_dtick(span))


def _records_to_series(records: Iterable[Mapping[str, Any]], target: str | None
                       ) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], np.ndarray]:
    by_pos: dict[str, dict[int, tuple[float, float]]] = {}
    for i, rec in enumerate(records):
        if not isinstance(rec, Mapping):
            raise FigureDataError(f"record {i} must be a dict, got {type(rec).__name__}")
        if target is not None and "target" in rec and rec["target"] != target:
            continue
        missing = [k for k in ("position", "layer") if k not in rec]
        mean_key = next((k for k in ("auroc", "auroc_mean") if k in rec), None)
        if missing or mean_key is None:
            raise FigureDataError(
                f"record {i} lacks {missing + ([] if mean_key else ['auroc'])}; each record "
                "needs 'position', 'layer', 'auroc' (or 'auroc_mean') and optionally "
                "'auroc_std'"
            )
        std = rec.get("auroc_std", rec.get("std", 0.0))
        by_pos.setdefault(str(rec["position"]), {})[int(rec["layer"])] = (
            float(rec[mean_key]), float(std or 0.0))
    if not by_pos:
        raise FigureDataError(
            f"no AUROC records{'' if target is None else f' for target {target!r}'}"
        )
    layers = sorted({layer for per in by_pos.values() for layer in per})
    out = {}
    for pos, per in by_pos.items():
        if sorted(per) != layers:
            raise FigureDataError(
                f"position {pos!r} has layers {sorted(per)} but others have {layers}; every "
                "position needs a record for every layer"
            )
        out[pos] = (np.array([per[layer][0] for layer in layers]),
                    np.array([per[layer][1] for layer in layers]))
    return out, np.array(layers, dtype=float)


def auroc_by_layer(
    data: Mapping[str, tuple[Any, Any]] | Iterable[Mapping[str, Any]],
    *,
    target: str | None = None,
    layers: Sequence[int] | None = None,
    title: str | None = None,
    preset: str | FigureStyle = "single",
    height_in: float | None = None,
) -> "go.Figure":
    """Probe AUROC by layer, one line per capture position, with ±1 std bands and a chance line.

    ``data`` is ``{position: (auroc_mean, auroc_std)}`` (arrays over layers, ``layers`` defaults
    to 0..L-1) or an iterable of records with keys ``position``, ``layer``, ``auroc`` (or
    ``auroc_mean``) and optional ``auroc_std`` and ``target`` (records of other targets are
    skipped when ``target`` is given). Bands are clipped to [0, 1].

    >>> rec = [{"position": "K end", "layer": l, "auroc": a} for l, a in enumerate([.6, .8])]
    >>> [float(v) for v in auroc_by_layer(rec, target="unsafe").data[1].y]
    [0.6, 0.8]
    """
    import plotly.graph_objects as go

    if isinstance(data, Mapping):
        if not data:
            raise FigureDataError("data is empty; pass {position: (auroc_mean, auroc_std)}")
        series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        length = None
        for pos, pair in data.items():
            try:
                mean, std = pair
            except (TypeError, ValueError):
                raise FigureDataError(
                    f"data[{pos!r}] must be a (auroc_mean, auroc_std) pair of arrays"
                ) from None
            mean = as_vector(mean, f"data[{pos!r}] auroc mean", length)
            length = len(mean)
            std = as_vector(std, f"data[{pos!r}] auroc std", length)
            series[str(pos)] = (mean, std)
        xs = np.arange(length, dtype=float) if layers is None else as_vector(
            layers, "layers", length)
    else:
        series, xs = _records_to_series(list(data), target)
        if layers is not None:
            raise FigureDataError("layers= is only for array input; records carry their layer")
    for pos, (mean, std) in series.items():
        if np.any((mean < 0) | (mean > 1)):
            raise FigureDataError(f"AUROC for {pos!r} must lie in [0, 1]; got {mean.min():g}.."
                                  f"{mean.max():g}")
        if np.any(std < 0):
            raise FigureDataError(f"AUROC std for {pos!r} must be non-negative")

    style = style_for(preset, height_in)
    fig = go.Figure()
    apply_style(fig, style)
    fig.add_shape(type="line", xref="paper", x0=0, x1=1, yref="y", y0=0.5, y1=0.5,
                  line=dict(color="#888888", width=style.px(0.75), dash="dash"),
                  layer="below", name="chance")
    _bands_and_lines(fig, xs, [
        (pos, mean, np.clip(mean - std, 0, 1), np.clip(mean + std, 0, 1),
         OKABE_ITO[i % len(OKABE_ITO)]) for i, (pos, (mean, std)) in enumerate(series.items())
    ], style, "layer")
    lowest = min(float(np.clip(m - s, 0, 1).min()) for m, s in series.values())
    fig.add_annotation(text="chance", xref="paper", x=1.0, xanchor="right", yref="y", y=0.5,
                       yanchor="bottom", showarrow=False,
                       font=dict(size=style.px(style.tick_size_pt - 0.5), color="#666666"))
    fig.update_xaxes(title=dict(text="layer"))
    fig.update_yaxes(title=dict(text="AUROC" + (f" ({escape_html(target)})" if target else "")),
                     range=[min(0.45, lowest - 0.02), 1.01], tickformat=".1f",
                     tickcolor=INK)
    _integer_x(fig, xs)
    frame_top(fig, title, legend=True)
    return fig


__all__ = ["BAND_ALPHA", "auroc_by_layer", "group_lines"]
