"""Benchmark: static export of N figures to PNG + PDF, one reused browser vs a browser per image.

Three ways of writing the same figures, timed in one run:

Each way writes the same PNG (300 dpi) and PDF per figure; HTML is left out so that only static
export is compared.

* ``reused``   one :class:`keysent.figures.FigureExporter` (one browser) for every figure
                (browser start-up included in the total);
* ``plotly``   ``plotly.io.write_image`` once per file, the usual way (kaleido starts a new
                browser for every call, so two per figure);
* ``fresh``    a new ``FigureExporter`` per figure (one start-up per figure; optional, to
                separate the cost of start-up from plotly's defaults).

Run from the repository root::

    .venv/bin/python benchmarks/bench_figure_export.py            # 10 figures
    .venv/bin/python benchmarks/bench_figure_export.py --figures 4 --no-fresh
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keysent.figures import (  # noqa: E402
    FigureExporter,
    figure_bytes,
    group_lines,
    layer_head_grid,
    static_export_note,
    style_for,
    token_heatmap,
)
from keysent.figures.style import figure_style  # noqa: E402


def write_png_pdf(fig, stem: Path, exporter: FigureExporter) -> None:
    """The static part of ``save_figure`` (no HTML), so both sides write the same two files."""
    for fmt in ("png", "pdf"):
        stem.with_name(f"{stem.name}.{fmt}").write_bytes(figure_bytes(fig, fmt, exporter=exporter))


def make_figures(count: int, seed: int = 0) -> list:
    """A mix of the real figure kinds: 120-token heatmaps, layer x head grids, group lines."""
    rng = np.random.default_rng(seed)
    figures = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            n = 120
            pattern = np.tril(rng.random((n, n)))
            pattern /= pattern.sum(axis=1, keepdims=True)
            tokens = [f" tok{j}" if j % 9 else "\n" for j in range(n)]
            figures.append(token_heatmap(pattern, tokens, title=f"figure {i}",
                                         spans={"query": (1, 20), "C": (60, 80), "K": (80, 95)}))
        elif kind == 1:
            figures.append(layer_head_grid(rng.random((28, 12)), title=f"figure {i}"))
        else:
            x = np.arange(28)
            m = rng.random(28)
            figures.append(group_lines(x, {"safe K": (m, m - 0.05, m + 0.05),
                                           "unsafe K": (m / 2, m / 2 - 0.05, m / 2 + 0.05)},
                                       ylabel="K→query mass", title=f"figure {i}"))
    return figures


def run_reused(figures: list, out: Path) -> float:
    start = time.perf_counter()
    with FigureExporter() as exporter:
        for i, fig in enumerate(figures):
            write_png_pdf(fig, out / f"reused{i}", exporter)
        assert exporter.launches == 1
    return time.perf_counter() - start


def run_fresh_exporter(figures: list, out: Path) -> float:
    start = time.perf_counter()
    for i, fig in enumerate(figures):
        with FigureExporter() as exporter:
            write_png_pdf(fig, out / f"fresh{i}", exporter)
    return time.perf_counter() - start


def run_plotly(figures: list, out: Path) -> float:
    import plotly.io as pio

    start = time.perf_counter()
    for i, fig in enumerate(figures):
        style = figure_style(fig) or style_for("single")
        pio.write_image(fig, out / f"plotly{i}.png", scale=style.export_scale,
                        width=style.width_px, height=style.height_px)
        pio.write_image(fig, out / f"plotly{i}.pdf", width=style.width_px,
                        height=style.height_px)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--figures", type=int, default=10, help="number of figures (default 10)")
    parser.add_argument("--no-fresh", action="store_true",
                        help="skip the FigureExporter-per-figure column")
    args = parser.parse_args(argv)
    if args.figures < 1:
        parser.error("--figures must be at least 1")
    note = static_export_note()
    if note:
        print(note, file=sys.stderr)
        return 1

    figures = make_figures(args.figures)
    with tempfile.TemporaryDirectory(prefix="keysent-bench-") as tmp:
        out = Path(tmp)
        results = {"reused": run_reused(figures, out), "plotly": run_plotly(figures, out)}
        if not args.no_fresh:
            results["fresh"] = run_fresh_exporter(figures, out)
        files = len(list(out.iterdir()))

    n = args.figures
    print(f"{n} figures, PNG (300 dpi) + PDF each; {files} files written")
    print(f"{'method':<50} {'total s':>8} {'s/figure':>9}")
    labels = {
        "reused": "one FigureExporter (1 browser)",
        "plotly": "plotly.io.write_image per file (2 browsers/fig)",
        "fresh": "new FigureExporter per figure (1 browser/fig)",
    }
    for key, total in results.items():
        print(f"{labels[key]:<50} {total:>8.2f} {total / n:>9.2f}")
    print(f"speed-up of the reused session over plotly.io.write_image: "
          f"{results['plotly'] / results['reused']:.1f}x")
    if "fresh" in results:
        ratio = results["fresh"] / results["reused"]
        print(f"speed-up over a new exporter per figure: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
