"""Paper-quality figures: one style, safe colours, and fast static export with one browser.

Figure functions take numpy arrays and lists and return styled ``plotly.graph_objects.Figure``
objects; :func:`save_figure` writes HTML (self-contained, opens offline) plus PNG at 300 dpi and
true-size PDF/SVG, reusing one headless Chromium for every export::

    from keysent.figures import FigureExporter, save_figure, token_heatmap
    fig = token_heatmap(pattern, tokens, spans={"query": (0, 12), "C": (40, 60), "K": (60, 75)})
    with FigureExporter() as exporter:
        save_figure(fig, "figures/attention", ("html", "png", "pdf"), exporter=exporter)

Plotly is imported only when a figure is built, so importing this package is cheap.
"""

from __future__ import annotations

from keysent.figures.checks import FigureDataError
from keysent.figures.export import (
    FigureExporter,
    FigureExportError,
    browser_available,
    figure_formats,
    close_shared_exporter,
    figure_bytes,
    save_figure,
    static_export_note,
)
from keysent.figures.heatmaps import layer_head_grid, token_heatmap
from keysent.figures.lines import auroc_by_layer, group_lines
from keysent.figures.sentences import sentence_matrix
from keysent.figures.style import (
    DIVERGING,
    OKABE_ITO,
    PRESETS,
    SEQUENTIAL,
    FigureStyle,
    apply_style,
    paper_template,
    style_for,
)

__all__ = [
    "DIVERGING",
    "FigureDataError",
    "FigureExportError",
    "FigureExporter",
    "FigureStyle",
    "OKABE_ITO",
    "PRESETS",
    "SEQUENTIAL",
    "apply_style",
    "auroc_by_layer",
    "browser_available",
    "figure_formats",
    "close_shared_exporter",
    "figure_bytes",
    "group_lines",
    "layer_head_grid",
    "paper_template",
    "save_figure",
    "sentence_matrix",
    "static_export_note",
    "style_for",
    "token_heatmap",
]
