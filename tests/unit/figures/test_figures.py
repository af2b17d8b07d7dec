"""Fast tests of keysent.figures: style, labels, figure geometry, input errors, HTML export.

No browser is started here (static export lives in tests/integration/test_figure_export.py).
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from keysent.errors import ConfigError, KeysentError, SpanError
from keysent.figures import (
    OKABE_ITO,
    FigureDataError,
    FigureExporter,
    FigureExportError,
    FigureStyle,
    apply_style,
    auroc_by_layer,
    browser_available,
    group_lines,
    layer_head_grid,
    paper_template,
    save_figure,
    sentence_matrix,
    static_export_note,
    style_for,
    token_heatmap,
)
from keysent.figures.export import png_dpi, png_size, png_with_dpi, svg_with_physical_size
from keysent.figures.labels import escape_token, sentence_label, thin_indices, truncate_label
from keysent.figures.style import figure_style

go = pytest.importorskip("plotly.graph_objects")


# ---- fixtures ------------------------------------------------------------------------------------
def causal_pattern(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    p = np.tril(rng.random((n, n)) + 0.01)
    return p / p.sum(axis=1, keepdims=True)


TOKENS = ["<｜User｜>", "How", " do", " I", " pick", " a", " lock", "?", "<think>", "\n",
          "Okay", ",", " they", " want", " R&D", ".", " Wait", ",", " that", "'s", " illegal", "."]
SPANS = {"query": (1, 8), "C": (10, 16), "K": (16, 22)}


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Point BROWSER_PATH at a file that does not exist: static export must be unavailable."""
    missing = str(tmp_path / "no-such-chromium")
    monkeypatch.setenv("BROWSER_PATH", missing)
    return missing


# ---- style ---------------------------------------------------------------------------------------
def test_presets_have_paper_widths_and_exact_300_dpi_pixels() -> None:
    single, double = style_for("single"), style_for("double")
    assert (single.width_in, double.width_in) == (3.25, 6.75)
    assert (single.width_px, double.width_px) == (312, 648)
    assert (single.png_width_px, double.png_width_px) == (975, 2025)
    # heights are snapped so the PNG height is a whole number of 300-dpi pixels
    for h in (1.0, 2.4, 2.37, 3.1, 7.9):
        s = style_for("single", height_in=h)
        assert (s.height_px * s.export_scale).is_integer()
        assert abs(s.height_px / 96 - h) <= 4 / 96


def test_font_sizes_are_points_at_print_size() -> None:
    s = style_for("single")
    assert s.px(72) == pytest.approx(96)
    t = paper_template(s)
    assert t.layout.font.size == pytest.approx(8 * 96 / 72)
    assert t.layout.xaxis.tickfont.size == pytest.approx(7 * 96 / 72)
    assert t.layout.xaxis.showgrid is False and t.layout.yaxis.showgrid is False
    assert t.layout.plot_bgcolor == "white" and t.layout.paper_bgcolor == "white"
    assert t.layout.xaxis.linewidth == pytest.approx(0.5 * 96 / 72)
    assert list(t.layout.colorway) == list(OKABE_ITO)


def test_figure_style_roundtrip_and_validation() -> None:
    s = FigureStyle(preset="poster", width_in=10, height_in=5, font_size_pt=14,
                    margin_pt=(1, 2, 3, 4))
    d = s.to_dict()
    assert d["margin_pt"] == [1.0, 2.0, 3.0, 4.0]
    assert FigureStyle.from_dict(d) == s
    with pytest.raises(ConfigError, match="unknown FigureStyle field"):
        FigureStyle.from_dict({**d, "colour": "red"})
    with pytest.raises(ConfigError, match="width_in"):
        FigureStyle(width_in=-1)
    with pytest.raises(ConfigError, match="margin_pt"):
        FigureStyle(margin_pt=(1, 2))
    with pytest.raises(ConfigError, match="unknown figure preset 'triple'"):
        style_for("triple")
    with pytest.raises(ConfigError, match="height_in"):
        style_for("single", height_in=0)


def test_apply_style_sets_size_and_records_style() -> None:
    fig = apply_style(go.Figure(go.Scatter(y=[1, 2])), "double", height_in=2.5)
    assert (fig.layout.width, fig.layout.height) == (648, 240)
    assert figure_style(fig) == style_for("double", 2.5)
    with pytest.raises(ConfigError, match="Figure"):
        apply_style({"data": []})  # type: ignore[arg-type]


# ---- labels --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "label"),
    [
        (" the", "·the"),
        ("\n", "↵"),
        ("\n\n", "↵↵"),
        ("\t", "⇥"),
        ("<think>", "&lt;think&gt;"),
        ("R&D", "R&amp;D"),
        ("ĠHello", "·Hello"),
        ("", "∅"),
        ("\x00", "\\x00"),
        ("<｜User｜>", "&lt;|User|&gt;"),
    ],
)
def test_token_labels_show_whitespace_and_escape_markup(token: str, label: str) -> None:
    assert escape_token(token) == label


def test_long_labels_are_truncated_with_an_ellipsis() -> None:
    assert truncate_label("abcdefghijklmnop", 10) == "abcdefghi…"
    assert len(escape_token("x" * 50, 10)) == 10
    assert sentence_label(2, "  Wait,\nthis   is bad.  ", 30) == "S2 Wait, this is bad."
    assert sentence_label(0, "<b>bold</b>", 30) == "S0 &lt;b&gt;bold&lt;/b&gt;"


def test_thinning_keeps_span_starts_and_spacing() -> None:
    n, max_labels, keep = 120, 30, [7, 40, 41, 95]
    ticks = thin_indices(n, max_labels, keep=keep)
    assert set(keep) <= set(ticks)
    step = 4
    regular = [t for t in ticks if t not in keep]
    assert all(t % step == 0 for t in regular)
    assert all(min(abs(t - k) for k in keep) >= step for t in regular)
    assert len(ticks) <= max_labels + len(keep)
    assert thin_indices(10, 50) == list(range(10))


# ---- token heatmap -------------------------------------------------------------------------------
def _bands(fig, axis: str) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for s in fig.layout.shapes:
        if s.type != "rect":
            continue
        if axis == "x" and s.yref == "paper" and s.xref == "x":
            out.setdefault(s.name, []).append((s.x0, s.x1))
        if axis == "y" and s.xref == "paper" and s.yref == "y":
            out.setdefault(s.name.removesuffix(" rows"), []).append((s.y0, s.y1))
    return out


def test_token_heatmap_bands_sit_on_the_span_tokens() -> None:
    n = len(TOKENS)
    fig = token_heatmap(causal_pattern(n), TOKENS, spans=SPANS, title="t")
    assert _bands(fig, "x") == {k: [(a - 0.5, b - 0.5)] for k, (a, b) in SPANS.items()}
    assert _bands(fig, "y") == {k: [(a - 0.5, b - 0.5)] for k, (a, b) in SPANS.items()}
    top = [s for s in fig.layout.shapes if s.type == "rect" and s.yref == "paper"]
    assert all(s.ysizemode == "pixel" and s.yanchor == 1 and s.y0 > 0 for s in top)
    right = [s for s in fig.layout.shapes if s.type == "rect" and s.xref == "paper"]
    assert all(s.xsizemode == "pixel" and s.xanchor == 1 and s.x0 > 0 for s in right)
    names = {a.text: a.x for a in fig.layout.annotations}
    assert names == {k: (a + b - 1) / 2 for k, (a, b) in SPANS.items()}
    assert fig.data[0].z.shape == (n, n)
    assert tuple(fig.layout.yaxis.range) == (n - 0.5, -0.5)  # first token at the top


def test_token_heatmap_query_rows_shows_only_those_rows() -> None:
    n = len(TOKENS)
    pattern = causal_pattern(n)
    k_rows = list(range(*SPANS["K"]))
    fig = token_heatmap(pattern, TOKENS, spans=SPANS, query_rows=k_rows)
    np.testing.assert_allclose(fig.data[0].z, pattern[k_rows])
    assert list(fig.data[0].y) == list(range(len(k_rows)))
    assert _bands(fig, "y") == {"K": [(-0.5, len(k_rows) - 0.5)]}  # only K is on the row axis
    assert set(_bands(fig, "x")) == {"query", "C", "K"}
    assert list(fig.layout.yaxis.ticktext) == [escape_token(TOKENS[r], 10) for r in k_rows]
    # non-contiguous rows: one band per contiguous run
    fig = token_heatmap(pattern, TOKENS, spans={"K": (16, 22)}, query_rows=[16, 17, 3, 20])
    assert _bands(fig, "y") == {"K": [(-0.5, 1.5), (2.5, 3.5)]}


def test_token_heatmap_labels_are_escaped_and_thinned() -> None:
    fig = token_heatmap(causal_pattern(len(TOKENS)), TOKENS, preset="double")
    text = list(fig.layout.xaxis.ticktext)
    assert "&lt;think&gt;" in text and "·R&amp;D" in text and "↵" in text
    assert not any("<" in t or "\n" in t for t in text)

    n = 300
    tokens = [f" tok{i}" for i in range(n)]
    spans = {"query": (5, 40), "C": (150, 200), "K": (201, 230)}
    fig = token_heatmap(causal_pattern(n), tokens, spans=spans)
    ticks = list(fig.layout.xaxis.tickvals)
    assert 20 < len(ticks) < n
    assert {5, 150, 201} <= set(ticks)
    assert set(fig.layout.yaxis.tickvals) >= {5, 150, 201}
    assert len(fig.layout.xaxis.ticktext) == len(ticks)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"pattern": np.ones((3, 4))}, FigureDataError, "square"),
        ({"pattern": np.ones((4, 5))}, FigureDataError, "tokens has 4 labels but pattern"),
        ({"tokens": ["a", "b"]}, FigureDataError, "tokens has 2 labels"),
        ({"pattern": np.ones(4)}, FigureDataError, "2-D"),
        ({"spans": {"K": (2, 9)}}, SpanError, "'K' = \\(2, 9\\) lies outside the 4 tokens"),
        ({"spans": {"K": (3, 3)}}, SpanError, "start < end"),
        ({"spans": {"K": (1,)}}, SpanError, "pair of integers"),
        ({"query_rows": [1, 7]}, SpanError, "query_rows has indices \\[7\\]"),
        ({"query_rows": []}, FigureDataError, "query_rows is empty"),
    ],
)
def test_token_heatmap_bad_input_is_a_clear_error(kwargs, error, match) -> None:
    args = {"pattern": causal_pattern(4), "tokens": ["a", "b", "c", "d"], **kwargs}
    with pytest.raises(error, match=match):
        token_heatmap(args.pop("pattern"), args.pop("tokens"), **args)


def test_nan_is_a_clear_error_everywhere() -> None:
    bad = causal_pattern(4)
    bad[2, 1] = np.nan
    with pytest.raises(FigureDataError, match=r"pattern contains 1 non-finite .* index \(2, 1\)"):
        token_heatmap(bad, list("abcd"))
    with pytest.raises(FigureDataError, match="values contains"):
        layer_head_grid(bad)
    with pytest.raises(FigureDataError, match="matrix contains"):
        sentence_matrix(bad, list("abcd"))
    with pytest.raises(FigureDataError, match="mean contains"):
        group_lines([0, 1], {"g": ([0, np.nan], [0, 0], [1, 1])})
    with pytest.raises(FigureDataError, match="std contains"):
        auroc_by_layer({"p": ([0.5, 0.6], [0.1, np.inf])})
    assert issubclass(FigureDataError, KeysentError)


# ---- layer x head grid ---------------------------------------------------------------------------
def test_layer_head_grid_annotates_the_largest_cells() -> None:
    rng = np.random.default_rng(3)
    values = rng.random((6, 8)) * 0.1
    values[4, 2], values[1, 7], values[5, 0] = 0.9, 0.8, 0.7
    fig = layer_head_grid(values, title="K→query", annotate=3)
    assert [(a.x, a.y) for a in fig.layout.annotations] == [(2, 4), (7, 1), (0, 5)]
    assert [a.text for a in fig.layout.annotations] == [".90", ".80", ".70"]
    boxes = [(s.x0, s.y0) for s in fig.layout.shapes if s.name == "top cell"]
    assert boxes == [(1.5, 3.5), (6.5, 0.5), (-0.5, 4.5)]
    assert fig.data[0].zmin == 0 and fig.data[0].zmid is None
    assert fig.layout.yaxis.range == (-0.5, 5.5)  # layer 0 at the bottom


def test_signed_grid_uses_a_diverging_scale_centred_on_zero() -> None:
    fig = layer_head_grid(np.array([[-0.4, 0.1], [0.2, 0.3]]), annotate=0)
    trace = fig.data[0]
    assert trace.zmid == 0 and trace.zmin == -0.4 and trace.zmax == 0.4
    assert trace.colorscale[0][1] == "rgb(5,48,97)"  # RdBu reversed: negative is blue
    assert layer_head_grid(np.ones((2, 2))).data[0].colorscale[0][1] == "#440154"  # viridis
    assert len(fig.layout.annotations) == 0
    with pytest.raises(FigureDataError, match="annotate"):
        layer_head_grid(np.ones((2, 2)), annotate=-1)


# ---- lines ---------------------------------------------------------------------------------------
def test_group_lines_draw_bands_under_all_lines() -> None:
    x = np.arange(5)
    groups = {
        "safe K": (x * 0.1, x * 0.1 - 0.02, x * 0.1 + 0.03),
        "unsafe K": (x * 0.05, x * 0.05 - 0.01, x * 0.05 + 0.01),
    }
    fig = group_lines(x, groups, xlabel="layer", ylabel="K→query mass", title="mass")
    kinds = [(t.name, t.fill) for t in fig.data]
    assert kinds == [("safe K", "toself"), ("unsafe K", "toself"), ("safe K", None),
                     ("unsafe K", None)]
    band = fig.data[0]
    np.testing.assert_allclose(band.y, np.concatenate([groups["safe K"][2],
                                                       groups["safe K"][1][::-1]]))
    assert fig.data[2].line.color == OKABE_ITO[0] and fig.data[3].line.color == OKABE_ITO[1]
    assert fig.layout.showlegend and fig.layout.legend.orientation == "h"
    assert fig.layout.xaxis.dtick == 1 and fig.layout.xaxis.tickformat == "d"


def test_group_lines_errors() -> None:
    with pytest.raises(FigureDataError, match="lower > upper at x=1"):
        group_lines([0, 1], {"g": ([0, 1], [0, 2], [1, 1.5])})
    with pytest.raises(FigureDataError, match="has 3 values but x has 2"):
        group_lines([0, 1], {"g": ([0, 1, 2], [0, 0], [1, 1])})
    with pytest.raises(FigureDataError, match="triple"):
        group_lines([0, 1], {"g": ([0, 1], [0, 0])})
    with pytest.raises(FigureDataError, match="non-empty dict"):
        group_lines([0, 1], {})


def test_auroc_by_layer_has_chance_line_and_clipped_std_bands() -> None:
    mean = np.array([0.5, 0.8, 0.97])
    std = np.array([0.05, 0.05, 0.05])
    fig = auroc_by_layer({"end of C": (mean, std)}, target="unsafe", title="AUROC")
    chance = [s for s in fig.layout.shapes if s.name == "chance"]
    assert len(chance) == 1 and chance[0].y0 == chance[0].y1 == 0.5
    band = fig.data[0]
    np.testing.assert_allclose(band.y, [0.55, 0.85, 1.0, 0.92, 0.75, 0.45])
    assert fig.layout.yaxis.title.text == "AUROC (unsafe)"
    assert fig.layout.yaxis.range[0] <= 0.45 and fig.layout.yaxis.range[1] >= 1.0


def test_auroc_by_layer_accepts_records() -> None:
    records = [
        {"position": pos, "layer": layer, "auroc_mean": 0.5 + 0.1 * layer, "auroc_std": 0.01,
         "target": target}
        for pos in ("end of query", "end of K") for layer in range(3)
        for target in ("unsafe", "refusal")
    ]
    fig = auroc_by_layer(records, target="unsafe")
    lines = [t for t in fig.data if t.fill is None]
    assert [t.name for t in lines] == ["end of query", "end of K"]
    np.testing.assert_allclose(lines[0].y, [0.5, 0.6, 0.7])
    with pytest.raises(FigureDataError, match="lacks \\['layer'\\]"):
        auroc_by_layer([{"position": "p", "auroc": 0.5}])
    with pytest.raises(FigureDataError, match="every layer"):
        auroc_by_layer([{"position": "a", "layer": 0, "auroc": 0.5},
                        {"position": "b", "layer": 1, "auroc": 0.5}])
    with pytest.raises(FigureDataError, match="must lie in \\[0, 1\\]"):
        auroc_by_layer({"p": ([0.5, 1.2], [0, 0])})


# ---- sentence matrix -----------------------------------------------------------------------------
def test_sentence_matrix_highlights_rows_and_columns() -> None:
    sentences = ["Okay, so the user asks how to pick a lock.", "Wait, that is illegal.",
                 "I should refuse.", "I will explain why."]
    m = np.tril(np.ones((4, 4))) / np.arange(1, 5)[:, None]
    fig = sentence_matrix(m, sentences, highlight={"C": 0, "K": 1}, title="s",
                          max_label_chars=40)
    rects = {s.name: s for s in fig.layout.shapes}
    assert (rects["K"].y0, rects["K"].y1) == (0.5, 1.5)
    assert (rects["K column"].x0, rects["K column"].x1) == (0.5, 1.5)
    assert (rects["C"].y0, rects["C"].y1) == (-0.5, 0.5)
    assert rects["K"].line.color != rects["C"].line.color
    text = list(fig.layout.yaxis.ticktext)
    assert "<b>K</b>" in text[1] and "S1 Wait, that is illegal." in text[1]
    assert text[2] == "S2 I should refuse."


def test_sentence_matrix_errors() -> None:
    with pytest.raises(FigureDataError, match="sentence_labels has 2 labels"):
        sentence_matrix(np.eye(3), ["a", "b"])
    with pytest.raises(FigureDataError, match="square"):
        sentence_matrix(np.ones((2, 3)), ["a", "b"])
    with pytest.raises(SpanError, match="highlight\\['K'\\] = 5 is outside the 3 sentences"):
        sentence_matrix(np.eye(3), ["a", "b", "c"], highlight={"K": 5})


# ---- export without a browser --------------------------------------------------------------------
def test_html_is_self_contained_and_deterministic(tmp_path: Path) -> None:
    fig = group_lines([0, 1], {"g": ([0, 1], [0, 0.5], [0.5, 1.5])})
    first = save_figure(fig, tmp_path / "a", ("html",))
    assert first == {"html": tmp_path / "a.html"}
    html = first["html"].read_text(encoding="utf-8")
    assert len(html) > 3_000_000  # plotly.js is inlined: the file opens offline
    assert not re.search(r"<script[^>]+src=\"https?://", html)
    assert "plotly.js v" in html
    (tmp_path / "again").mkdir()
    again = save_figure(fig, tmp_path / "again" / "a", ("html",))["html"]
    assert again.read_bytes() == first["html"].read_bytes()  # same figure, same bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "again"]  # no temp files
    assert (tmp_path / "a.html").stat().st_mode & 0o044  # readable by others (not mkstemp 0600)


def test_path_suffix_and_format_rules(tmp_path: Path) -> None:
    fig = group_lines([0, 1], {"g": ([0, 1], [0, 0.5], [0.5, 1.5])})
    out = save_figure(fig, tmp_path / "fig.html", ("html",))
    assert out == {"html": tmp_path / "fig.html"}
    out = save_figure(fig, tmp_path / "attn.layer3", "html")
    assert out == {"html": tmp_path / "attn.layer3.html"}
    with pytest.raises(ConfigError, match="unknown figure format 'eps'"):
        save_figure(fig, tmp_path / "x", ("html", "eps"))
    with pytest.raises(ConfigError, match="formats is empty"):
        save_figure(fig, tmp_path / "x", ())
    with pytest.raises(ConfigError, match="Figure"):
        save_figure({"data": []}, tmp_path / "x")  # type: ignore[arg-type]


def test_missing_output_directory_names_the_directory(tmp_path: Path) -> None:
    fig = group_lines([0, 1], {"g": ([0, 1], [0, 0.5], [0.5, 1.5])})
    missing = tmp_path / "no" / "such"
    with pytest.raises(FigureExportError, match=re.escape(str(missing))) as info:
        save_figure(fig, missing / "fig", ("html", "png"))
    assert "mkdir -p" in str(info.value)
    assert not missing.exists()


def test_missing_browser_is_a_clear_error(no_browser: str, tmp_path: Path) -> None:
    assert browser_available() is False
    note = static_export_note()
    assert "apt-get install -y chromium" in note and "BROWSER_PATH" in note and "HTML" in note
    with pytest.raises(FigureExportError, match="apt-get install -y chromium") as info:
        FigureExporter().start()
    assert no_browser in str(info.value) and "BROWSER_PATH" in str(info.value)
    with pytest.raises(FigureExportError, match="not an executable file"):
        FigureExporter(browser_path=tmp_path / "nope").start()

    fig = group_lines([0, 1], {"g": ([0, 1], [0, 0.5], [0.5, 1.5])})
    with pytest.raises(FigureExportError, match="HTML was written") as info:
        save_figure(fig, tmp_path / "fig", ("png", "pdf"))
    assert "apt-get install -y chromium" in str(info.value)
    assert (tmp_path / "fig.html").exists() and not (tmp_path / "fig.png").exists()

    with pytest.warns(RuntimeWarning, match="PNG/PDF/SVG figures skipped"):
        out = save_figure(fig, tmp_path / "soft", ("png",), require_static=False)
    assert out == {"html": tmp_path / "soft.html"}


def test_export_error_classes_are_keysent_errors() -> None:
    assert issubclass(FigureExportError, KeysentError)
    assert issubclass(FigureExportError, ValueError)
    with pytest.raises(ConfigError, match="timeout_s"):
        FigureExporter(timeout_s=0)


# ---- file-format helpers -------------------------------------------------------------------------
def _tiny_png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + kind + payload
                + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def test_png_dpi_chunk_is_inserted_with_valid_crc() -> None:
    png = _tiny_png(5, 3)
    assert png_dpi(png) is None
    out = png_with_dpi(png, 300)
    assert png_size(out) == (5, 3)
    assert png_dpi(out) == pytest.approx(300, abs=0.05)
    assert png_dpi(png_with_dpi(out, 150)) == pytest.approx(150, abs=0.05)  # replaced
    assert png_with_dpi(out, 150).count(b"pHYs") == 1
    pos = 8
    while pos < len(out):  # every chunk's CRC is right
        (length,) = struct.unpack(">I", out[pos:pos + 4])
        body = out[pos + 4:pos + 8 + length]
        assert struct.unpack(">I", out[pos + 8 + length:pos + 12 + length])[0] == \
            zlib.crc32(body) & 0xFFFFFFFF
        pos += 12 + length
    with pytest.raises(FigureExportError, match="not a PNG"):
        png_with_dpi(b"GIF89a", 300)


def test_svg_gets_a_physical_size() -> None:
    svg = (b'<svg class="main-svg" xmlns="http://www.w3.org/2000/svg" width="312" height="232" '
           b'viewBox="0 0 312 232"><rect width="312" height="232"/></svg>')
    out = svg_with_physical_size(svg, 3.25, 232 / 96, 312, 232).decode()
    assert out.startswith('<svg width="3.25in" height="2.41667in" viewBox="0 0 312 232"')
    assert '<rect width="312" height="232"/>' in out
    assert out.count("viewBox") == 1


def test_token_heatmap_hover_and_colour_range(monkeypatch: pytest.MonkeyPatch) -> None:
    n = len(TOKENS)
    fig = token_heatmap(causal_pattern(n), TOKENS, zmax=0.3)
    assert fig.data[0].zmin == 0 and fig.data[0].zmax == 0.3
    assert fig.data[0].customdata[16][8] == "16:·Wait → 8:&lt;think&gt;"
    import keysent.figures.heatmaps as heatmaps

    monkeypatch.setattr(heatmaps, "HOVER_CELLS", 10)
    fig = token_heatmap(causal_pattern(n), TOKENS)
    assert fig.data[0].customdata is None and "row %{y}" in fig.data[0].hovertemplate
