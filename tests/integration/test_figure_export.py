"""Real static export through headless Chromium (installed here and in CI).

These tests do not skip when the browser is missing: they fail with the same message a user
would get, which says what to install.
"""

from __future__ import annotations

import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest

from keysent.figures import (
    FigureExporter,
    browser_available,
    close_shared_exporter,
    group_lines,
    layer_head_grid,
    save_figure,
    static_export_note,
    style_for,
    token_heatmap,
)
from keysent.figures.export import find_browser, png_dpi, png_size, shared_exporter


def _require_browser() -> str:
    if not browser_available():
        pytest.fail(static_export_note())
    path = find_browser()
    assert path is not None
    return path


@pytest.fixture(scope="module")
def exporter() -> Iterator[FigureExporter]:
    _require_browser()
    with FigureExporter() as ex:
        yield ex


def lines_figure(preset: str = "single"):
    x = np.arange(12)
    mean = 0.1 + 0.02 * x
    return group_lines(x, {"safe K": (mean, mean - 0.02, mean + 0.02),
                           "unsafe K": (mean / 2, mean / 2 - 0.01, mean / 2 + 0.01)},
                       xlabel="layer", ylabel="K→query mass", title="mass", preset=preset)


def pdf_page_size(data: bytes) -> tuple[float, float]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]",
                       data)
    assert boxes, "no /MediaBox in the PDF"
    x0, y0, x1, y1 = (float(v) for v in boxes[0])
    return x1 - x0, y1 - y0


@pytest.mark.parametrize(("preset", "png_width", "pdf_width"), [("single", 975, 234.0),
                                                                ("double", 2025, 486.0)])
def test_static_files_have_true_size(exporter: FigureExporter, tmp_path: Path, preset: str,
                                     png_width: int, pdf_width: float) -> None:
    style = style_for(preset)
    out = save_figure(lines_figure(preset), tmp_path / "mass", ("html", "png", "pdf", "svg"),
                      exporter=exporter)
    assert list(out) == ["html", "png", "pdf", "svg"]
    assert all(p.exists() and p.stat().st_size > 0 for p in out.values())

    png = out["png"].read_bytes()
    assert png_size(png) == (png_width, style.png_height_px)
    assert png_dpi(png) == pytest.approx(300, abs=0.05)

    pdf = out["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF")
    width_pt, height_pt = pdf_page_size(pdf)
    assert width_pt == pytest.approx(pdf_width, abs=0.5)  # 3.25 in = 234 pt, 6.75 in = 486 pt
    assert height_pt == pytest.approx(style.height_px * 72 / 96, abs=1.0)

    root = ET.fromstring(out["svg"].read_bytes())
    assert root.tag.endswith("svg")
    assert root.get("width") == f"{style.width_in:g}in"
    assert root.get("viewBox") == f"0 0 {style.width_px} {style.height_px}"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in out.values())


def test_preset_argument_restyles_and_suffix_picks_format(exporter: FigureExporter,
                                                         tmp_path: Path) -> None:
    out = save_figure(lines_figure("single"), tmp_path / "wide.png", ("html",), preset="double",
                      height_in=2.0, exporter=exporter)
    assert list(out) == ["html", "png"]
    assert png_size(out["png"].read_bytes()) == (2025, 600)


def test_token_heatmap_exports(exporter: FigureExporter, tmp_path: Path) -> None:
    n = 120
    rng = np.random.default_rng(0)
    pattern = np.tril(rng.random((n, n)))
    pattern /= pattern.sum(axis=1, keepdims=True)
    tokens = [f" tok{i}" if i % 7 else "\n" for i in range(n)]
    fig = token_heatmap(pattern, tokens, spans={"query": (1, 20), "C": (60, 80), "K": (80, 95)},
                        title="attention")
    out = save_figure(fig, tmp_path / "heat", ("png", "svg"), exporter=exporter)
    assert png_size(out["png"].read_bytes())[0] == 2025
    svg = out["svg"].read_text(encoding="utf-8")
    assert ">query<" in svg and ">C<" in svg and ">K<" in svg  # span names drawn
    labels = set(re.findall(r">·tok(\d+)<", svg))
    assert 10 < len(labels) < n  # thinned, but still labelled
    assert {"1", "60", "80"} <= labels  # span starts always labelled


def test_one_browser_for_many_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten figures in two formats start exactly one browser; plotly.io starts one per image."""
    _require_browser()
    import kaleido
    import plotly.io as pio

    launches: list[int] = []
    original_open = kaleido.Kaleido.open

    async def counting_open(self):  # every real browser start goes through Kaleido.open
        launches.append(1)
        return await original_open(self)

    monkeypatch.setattr(kaleido.Kaleido, "open", counting_open)
    figures = [lines_figure() if i % 2 else layer_head_grid(np.random.default_rng(i).random((6, 4)))
               for i in range(10)]
    with FigureExporter() as ex:
        pid = ex.browser_pid
        for i, fig in enumerate(figures):
            save_figure(fig, tmp_path / f"fig{i}", ("png", "pdf"), exporter=ex)
            assert ex.browser_pid == pid
            os.kill(pid, 0)  # the same browser process is still alive
        assert (ex.launches, ex.renders) == (1, 20)
        process = ex._kaleido.subprocess
    assert len(launches) == 1
    assert process.poll() is not None  # closed with the exporter, not leaked
    assert len(list(tmp_path.glob("fig*.png"))) == 10 and len(list(tmp_path.glob("fig*.pdf"))) == 10

    # the hook really counts browser starts: plotly's write_image starts one per call
    launches.clear()
    for i in range(2):
        pio.write_image(figures[1], tmp_path / f"plotly{i}.png")
    assert len(launches) == 2


def test_save_figure_without_exporter_reuses_the_shared_one(tmp_path: Path) -> None:
    _require_browser()
    close_shared_exporter()
    before = FigureExporter.total_launches
    try:
        for i in range(3):
            save_figure(lines_figure(), tmp_path / f"s{i}", ("png",))
        assert FigureExporter.total_launches - before == 1
        assert shared_exporter().running and shared_exporter().renders >= 3
    finally:
        close_shared_exporter()
    assert not shared_exporter().running


def test_html_renders_offline(tmp_path: Path) -> None:
    """Open the HTML in headless Chromium with all network blocked: plotly must still draw."""
    browser = _require_browser()
    out = save_figure(lines_figure(), tmp_path / "offline", ("html",))
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
         "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=10000", "--dump-dom",
         out["html"].as_uri()],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert 'class="main-svg"' in result.stdout, result.stderr[-2000:]


def test_browser_is_found_and_note_is_empty() -> None:
    path = _require_browser()
    assert os.access(path, os.X_OK)
    assert static_export_note() == ""
