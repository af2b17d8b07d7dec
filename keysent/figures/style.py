"""One paper look for every keysent figure: sizes in inches, fonts in points, safe colours.

A figure is laid out at ``px_per_in`` layout pixels per inch (96, the CSS inch), so a font of
``8`` points is ``8 * 96 / 72`` layout pixels and prints at 8 pt when the figure is placed at its
preset width. Static export multiplies by ``dpi / px_per_in`` (300 / 96 = 3.125), which gives a
PNG exactly 975 px wide for the ``single`` preset (3.25 in at 300 dpi) and 2025 px for ``double``.

>>> s = style_for("single")
>>> (s.width_px, s.png_width_px, round(s.px(8), 2))
(312, 975, 10.67)
>>> FigureStyle.from_dict(s.to_dict()) == s
True
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from keysent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

#: Okabe & Ito (2008) categorical palette, safe for the common colour-vision deficiencies.
#: Black is left out (it is the axis colour); yellow is last because it is faint on white.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
)

#: Sequential scale for non-negative quantities (attention mass): perceptually uniform, CVD safe.
SEQUENTIAL = "Viridis"
#: Diverging scale for signed differences (after - before); ColorBrewer rates RdBu CVD safe.
DIVERGING = "RdBu_r"

#: Fixed colours for the spans keysent talks about, so "K" is the same colour in every figure.
SPAN_COLOURS: dict[str, str] = {"query": "#0072B2", "C": "#E69F00", "K": "#009E73"}

#: Text and axis colour (near-black prints crisply and is softer on screen than pure black).
INK = "#222222"

_FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, 'DejaVu Sans', sans-serif"


@dataclass(frozen=True)
class FigureStyle:
    """Physical size, fonts and margins of a paper figure.

    Sizes are in inches and points, never in pixels: ``width_px`` and friends are derived.
    ``margin_pt`` is ``(left, right, top, bottom)``; axes still grow their margin automatically
    when tick labels need more room, so the margins only set the tightest outline.

    >>> FigureStyle(preset="poster", width_in=10.0, height_in=6.0).width_px
    960
    """

    preset: str = "single"
    width_in: float = 3.25
    height_in: float = 2.4
    px_per_in: float = 96.0
    dpi: int = 300
    font_family: str = _FONT_FAMILY
    font_size_pt: float = 8.0
    title_size_pt: float = 9.0
    tick_size_pt: float = 7.0
    line_width_pt: float = 1.0
    axis_width_pt: float = 0.5
    margin_pt: tuple[float, float, float, float] = field(default=(3.0, 3.0, 3.0, 3.0))

    def __post_init__(self) -> None:
        for name in ("width_in", "height_in", "px_per_in", "font_size_pt", "title_size_pt",
                     "tick_size_pt", "line_width_pt", "axis_width_pt"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
                raise ConfigError(f"FigureStyle.{name} must be a positive number, got {value!r}")
        if not isinstance(self.dpi, int) or self.dpi <= 0:
            raise ConfigError(f"FigureStyle.dpi must be a positive integer, got {self.dpi!r}")
        margins = tuple(self.margin_pt)
        if len(margins) != 4 or any(not isinstance(m, (int, float)) or m < 0 for m in margins):
            raise ConfigError(
                "FigureStyle.margin_pt must be four non-negative numbers (left, right, top, "
                f"bottom) in points, got {self.margin_pt!r}"
            )
        object.__setattr__(self, "margin_pt", tuple(float(m) for m in margins))

    # ---- derived sizes ------------------------------------------------------------------------
    @property
    def export_scale(self) -> float:
        """Factor from layout pixels to PNG pixels (``dpi / px_per_in``; 3.125 by default)."""
        return self.dpi / self.px_per_in

    def _snap(self, inches: float) -> int:
        # Layout pixels are rounded to a multiple of the scale's denominator so that
        # layout px * scale is a whole number of PNG pixels (300/96 = 25/8: multiples of 8 px).
        step = (Fraction(self.dpi) / Fraction(self.px_per_in).limit_denominator(10_000)).denominator
        return max(step, int(round(inches * self.px_per_in / step)) * step)

    @property
    def width_px(self) -> int:
        """Layout width in CSS pixels (312 for ``single``)."""
        return self._snap(self.width_in)

    @property
    def height_px(self) -> int:
        """Layout height in CSS pixels, snapped so the PNG height is a whole number of pixels."""
        return self._snap(self.height_in)

    @property
    def png_width_px(self) -> int:
        """Width of the exported PNG in pixels (``width_in * dpi``; 975 for ``single``)."""
        return int(round(self.width_px * self.export_scale))

    @property
    def png_height_px(self) -> int:
        """Height of the exported PNG in pixels."""
        return int(round(self.height_px * self.export_scale))

    def px(self, points: float) -> float:
        """Convert a length in points (1/72 in) to layout pixels."""
        return points * self.px_per_in / 72.0

    def with_height(self, height_in: float | None) -> "FigureStyle":
        """A copy with another height (``None`` keeps this one)."""
        if height_in is None:
            return self
        return dataclasses.replace(self, height_in=float(height_in))

    # ---- serialisation ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` reverses it."""
        out = dataclasses.asdict(self)
        out["margin_pt"] = list(self.margin_pt)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "FigureStyle":
        """Build a style from :meth:`to_dict` output; unknown keys are an error."""
        if not isinstance(data, dict):
            raise ConfigError(f"FigureStyle.from_dict needs a dict, got {type(data).__name__}")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown FigureStyle field(s) {unknown}; known fields are {sorted(known)}"
            )
        kwargs = dict(data)
        if "margin_pt" in kwargs:
            kwargs["margin_pt"] = tuple(kwargs["margin_pt"])
        return cls(**kwargs)


#: The two journal column widths. Heights are defaults; every figure function takes ``height_in``.
PRESETS: dict[str, FigureStyle] = {
    "single": FigureStyle(preset="single", width_in=3.25, height_in=2.4),
    "double": FigureStyle(preset="double", width_in=6.75, height_in=3.0),
}


def style_for(preset: str | FigureStyle = "single", height_in: float | None = None) -> FigureStyle:
    """The :class:`FigureStyle` for a preset name (``"single"``/``"double"``) or a style.

    >>> style_for("double", height_in=2.0).height_px
    192
    """
    if isinstance(preset, FigureStyle):
        style = preset
    elif isinstance(preset, str) and preset in PRESETS:
        style = PRESETS[preset]
    else:
        raise ConfigError(
            f"unknown figure preset {preset!r}; use one of {sorted(PRESETS)} or a FigureStyle"
        )
    if height_in is not None and (
        not isinstance(height_in, (int, float)) or not math.isfinite(height_in) or height_in <= 0
    ):
        raise ConfigError(f"height_in must be a positive number of inches, got {height_in!r}")
    return style.with_height(height_in)


def paper_template(style: FigureStyle | str = "single") -> "go.layout.Template":
    """A plotly template: white background, thin axes with outside ticks, no grid, safe colours.

    >>> t = paper_template("single")
    >>> (t.layout.xaxis.showgrid, t.layout.plot_bgcolor)
    (False, 'white')
    """
    import plotly.graph_objects as go

    style = style_for(style)
    px = style.px
    axis = dict(
        showline=True,
        linewidth=px(style.axis_width_pt),
        linecolor=INK,
        mirror=False,
        ticks="outside",
        ticklen=px(2.5),
        tickwidth=px(style.axis_width_pt),
        tickcolor=INK,
        tickfont=dict(size=px(style.tick_size_pt), color=INK),
        title=dict(font=dict(size=px(style.font_size_pt), color=INK), standoff=px(3)),
        showgrid=False,
        zeroline=False,
        automargin=True,
    )
    colorbar = dict(
        outlinewidth=0,
        thickness=px(6),
        ticks="outside",
        ticklen=px(2),
        tickwidth=px(style.axis_width_pt),
        tickcolor=INK,
        tickfont=dict(size=px(style.tick_size_pt), color=INK),
        title=dict(font=dict(size=px(style.font_size_pt), color=INK), side="right"),
        xpad=px(3),
        ypad=0,
    )
    layout = go.Layout(
        font=dict(family=style.font_family, size=px(style.font_size_pt), color=INK),
        title=dict(font=dict(size=px(style.title_size_pt), color=INK), x=0.0, xref="paper",
                   xanchor="left", automargin=True),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(OKABE_ITO),
        colorscale=dict(sequential=SEQUENTIAL, diverging=DIVERGING),
        xaxis=axis,
        yaxis=axis,
        legend=dict(
            font=dict(size=px(style.tick_size_pt), color=INK),
            bgcolor="rgba(255,255,255,0)",
            borderwidth=0,
            itemwidth=30,
            tracegroupgap=0,
        ),
        hoverlabel=dict(font=dict(size=px(style.font_size_pt))),
        coloraxis=dict(colorbar=colorbar),
    )
    data = go.layout.template.Data(
        heatmap=[go.Heatmap(colorbar=colorbar)],
        scatter=[go.Scatter(line=dict(width=px(style.line_width_pt)),
                            marker=dict(size=px(3.0), line=dict(width=0)))],
    )
    return go.layout.Template(layout=layout, data=data)


def apply_style(
    fig: "go.Figure", preset: str | FigureStyle = "single", height_in: float | None = None
) -> "go.Figure":
    """Give ``fig`` the paper look and the preset's physical size; returns the same figure.

    The style is recorded in ``fig.layout.meta["keysent_style"]`` so that
    :func:`keysent.figures.save_figure` exports at the right width and resolution.

    >>> import plotly.graph_objects as go
    >>> fig = apply_style(go.Figure(go.Scatter(y=[1, 3, 2])), "double", height_in=2.5)
    >>> (fig.layout.width, fig.layout.height)
    (648, 240)
    """
    import plotly.graph_objects as go

    if not isinstance(fig, go.Figure):
        raise ConfigError(
            f"apply_style needs a plotly.graph_objects.Figure, got {type(fig).__name__}"
        )
    style = style_for(preset, height_in)
    left, right, top, bottom = (int(round(style.px(m))) for m in style.margin_pt)
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    fig.update_layout(
        template=paper_template(style),
        width=style.width_px,
        height=style.height_px,
        autosize=False,
        margin=dict(l=left, r=right, t=top, b=bottom, pad=0, autoexpand=True),
        meta={**meta, "keysent_style": style.to_dict()},
    )
    return fig


def figure_style(fig: "go.Figure") -> FigureStyle | None:
    """The :class:`FigureStyle` recorded on a figure by :func:`apply_style`, or ``None``."""
    meta = fig.layout.meta
    if isinstance(meta, dict) and isinstance(meta.get("keysent_style"), dict):
        return FigureStyle.from_dict(meta["keysent_style"])
    return None


def span_colour(name: str, index: int) -> str:
    """The colour of a named span: fixed for query/C/K, else the ``index``-th Okabe-Ito colour."""
    if name in SPAN_COLOURS:
        return SPAN_COLOURS[name]
    spare = [c for c in OKABE_ITO if c not in SPAN_COLOURS.values()]
    return spare[index % len(spare)]


__all__ = [
    "DIVERGING",
    "FigureStyle",
    "INK",
    "OKABE_ITO",
    "PRESETS",
    "SEQUENTIAL",
    "SPAN_COLOURS",
    "apply_style",
    "figure_style",
    "paper_template",
    "span_colour",
    "style_for",
]
