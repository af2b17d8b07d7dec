"""Write figures to HTML, PNG, PDF and SVG, with ONE headless browser reused across exports.

Static export runs plotly.js in a headless Chromium through kaleido. Starting that browser takes
seconds; rendering one figure in an open browser a fraction of a second (measured numbers and the
command are in ``benchmarks/README.md``, section "Figure export"). ``plotly.io.write_image``
starts (and stops) a browser on every call, so a script writing ten figures in two formats starts
twenty browsers. :class:`FigureExporter` starts one ``kaleido.Kaleido``
session on a private event-loop thread and sends every render to it::

    from keysent.figures import FigureExporter, save_figure
    with FigureExporter() as exporter:                 # one browser for the whole block
        for name, fig in figures.items():
            save_figure(fig, f"out/{name}", ("html", "png", "pdf"), exporter=exporter)

Without ``exporter=``, :func:`save_figure` uses a module-level shared exporter that is started on
first use and closed at interpreter exit (or by :func:`close_shared_exporter`).

Output conventions (all files are written atomically):

* ``html``: self-contained, plotly.js inlined, so it opens offline (the trade-off: about 4.8 MB
  per file, 4,819,997 bytes for a small line plot, where a CDN script tag would need the
  internet); LaTeX is not rendered.
* ``png``: the preset width at ``dpi`` (300): 975 px for ``single``, 2025 px for ``double``; a
  ``pHYs`` chunk records the 300 dpi so word processors place it at its true size.
* ``pdf`` / ``svg``: vector, true physical size (``single`` is 3.25 in = 234 pt wide).

Kaleido finds the browser on ``PATH`` (``chromium``, ``google-chrome``, ...) or through the
``BROWSER_PATH`` environment variable.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import re
import struct
import threading
import warnings
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from keysent.atomic import write_bytes
from keysent.errors import ConfigError, KeysentError
from keysent.figures.style import FigureStyle, apply_style, figure_style, style_for

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

STATIC_FORMATS: tuple[str, ...] = ("png", "pdf", "svg")
ALL_FORMATS: tuple[str, ...] = ("html",) + STATIC_FORMATS

_INSTALL_HINT = (
    "install Chromium (Debian/Ubuntu: `apt-get install -y chromium`) or set the BROWSER_PATH "
    "environment variable to a Chrome/Chromium executable"
)


class FigureExportError(KeysentError):
    """A figure could not be exported: no browser, a missing directory, or a failed render."""


# ---- browser discovery -------------------------------------------------------------------------
def find_browser() -> str | None:
    """The Chrome/Chromium executable static export would use, or ``None``.

    ``BROWSER_PATH`` wins when set (and must point at an executable file); otherwise kaleido's
    own search (its downloaded copy, then ``PATH`` names, then the usual install locations).
    """
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        path = Path(explicit).expanduser()
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    try:
        from choreographer.browsers.chromium import Chromium
    except ImportError:  # pragma: no cover - kaleido (and choreographer) is a dependency
        return None
    found = Chromium.find_browser(skip_local=False)
    if found and Path(found).is_file() and os.access(found, os.X_OK):
        return str(found)
    return None


def browser_available() -> bool:
    """Whether static export (PNG/PDF/SVG) can run: a Chrome/Chromium executable was found.

    >>> isinstance(browser_available(), bool)
    True
    """
    return find_browser() is not None


def _missing_browser_message() -> str:
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        return (
            f"static figure export needs Chrome/Chromium, but BROWSER_PATH={explicit!r} is not "
            "an executable file; fix BROWSER_PATH or unset it and "
            "install Chromium (Debian/Ubuntu: `apt-get install -y chromium`)"
        )
    return (
        "static figure export (PNG/PDF/SVG) needs Chrome/Chromium, none was found: "
        f"{_INSTALL_HINT}"
    )


def static_export_note() -> str:
    """A one-line note for CLIs: empty when static export works, else what to install.

    >>> note = static_export_note()
    >>> note == "" or "chromium" in note
    True
    """
    if browser_available():
        return ""
    return (
        "note: PNG/PDF/SVG figures skipped (HTML written): no Chrome/Chromium found; "
        "`apt-get install -y chromium` or set BROWSER_PATH"
    )


def figure_formats(static: bool = True) -> tuple[tuple[str, ...], str | None]:
    """``(formats, note)`` for a command's figures: HTML always, PNG and PDF too when ``static``
    is asked for and a browser is available; ``note`` says what to install only when static
    figures were asked for and cannot be made (``--no-static-figures`` gives no note).

    >>> figure_formats(static=False)
    (('html',), None)
    """
    if not static:
        return ("html",), None
    if browser_available():
        return ("html", "png", "pdf"), None
    return ("html",), static_export_note()


# ---- the reusable browser session --------------------------------------------------------------
class FigureExporter:
    """One kaleido browser session, reused for every export until :meth:`close`.

    Use it as a context manager, or call :meth:`start`/:meth:`close`. Renders are serialised (one
    browser tab), so one exporter may be shared between threads.

    ``launches`` counts the browsers this exporter started (1 for a healthy session);
    ``FigureExporter.total_launches`` counts them for the whole process.

    >>> with FigureExporter() as ex:                       # doctest: +SKIP
    ...     png = ex.render(fig, "png", width=312, height=232, scale=3.125)
    """

    total_launches: ClassVar[int] = 0
    _launch_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, *, browser_path: str | os.PathLike | None = None,
                 timeout_s: float = 90.0) -> None:
        if timeout_s is not None and (not isinstance(timeout_s, (int, float)) or timeout_s <= 0):
            raise ConfigError(f"timeout_s must be a positive number of seconds, got {timeout_s!r}")
        self.browser_path = str(browser_path) if browser_path is not None else None
        self.timeout_s = float(timeout_s)
        self.launches = 0
        self.renders = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None
        self._lock = threading.RLock()

    # -- lifecycle --
    @property
    def running(self) -> bool:
        """True while the browser session is open."""
        return self._kaleido is not None

    @property
    def browser_pid(self) -> int | None:
        """Process id of the browser (or its launcher) while running, else ``None``."""
        proc = getattr(self._kaleido, "subprocess", None)
        return getattr(proc, "pid", None)

    def _resolve_browser(self) -> str:
        if self.browser_path is not None:
            path = Path(self.browser_path).expanduser()
            if not (path.is_file() and os.access(path, os.X_OK)):
                raise FigureExportError(
                    f"browser_path={self.browser_path!r} is not an executable file; "
                    f"{_INSTALL_HINT}"
                )
            return str(path)
        found = find_browser()
        if found is None:
            raise FigureExportError(_missing_browser_message())
        return found

    def start(self) -> "FigureExporter":
        """Start the browser session (a no-op when already running); returns ``self``."""
        with self._lock:
            if self.running:
                return self
            path = self._resolve_browser()
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="keysent-figure-export",
                                      daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
            try:
                self._kaleido = self._call(self._open(path), timeout=self.timeout_s + 30)
            except BaseException as exc:
                self._stop_loop()
                if isinstance(exc, FigureExportError):
                    raise
                raise FigureExportError(
                    f"could not start the browser {path!r} for static export: "
                    f"{type(exc).__name__}: {exc}; check that it runs (`{path} --version`) or "
                    f"{_INSTALL_HINT}"
                ) from exc
            self.launches += 1
            with FigureExporter._launch_lock:
                FigureExporter.total_launches += 1
            return self

    async def _open(self, path: str) -> Any:
        import kaleido

        # mathjax=False: the default loads MathJax from a CDN, which fails (slowly) offline.
        k = kaleido.Kaleido(n=1, timeout=self.timeout_s, mathjax=False, path=path)
        await k.open()
        return k

    def close(self) -> None:
        """Close the browser and the event-loop thread (safe to call twice)."""
        with self._lock:
            if self._kaleido is not None:
                k, self._kaleido = self._kaleido, None
                try:
                    self._call(k.close(), timeout=30)
                except Exception as exc:  # noqa: BLE001 - closing is best effort
                    warnings.warn(f"closing the export browser failed: {exc}", RuntimeWarning,
                                  stacklevel=2)
            self._stop_loop()

    def _stop_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
            if thread is not None:
                thread.join(timeout=30)
            if not loop.is_running():
                loop.close()

    def __enter__(self) -> "FigureExporter":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - interpreter shutdown order is unpredictable
        try:
            if self._kaleido is not None:
                self.close()
        except Exception:  # noqa: BLE001
            pass

    def _call(self, coro: Any, *, timeout: float) -> Any:
        if self._loop is None:
            coro.close()
            raise FigureExportError("the exporter is closed; call start() or use `with`")
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout=timeout)
        except TimeoutError:
            future.cancel()
            raise

    # -- rendering --
    def render(self, fig: "go.Figure | dict", fmt: str, *, width: int, height: int,
               scale: float = 1.0) -> bytes:
        """Render ``fig`` to ``fmt`` (png/pdf/svg) bytes; ``width``/``height`` in layout px."""
        if fmt not in STATIC_FORMATS:
            raise ConfigError(f"cannot render format {fmt!r}; static formats are {STATIC_FORMATS}")
        spec = fig.to_dict() if hasattr(fig, "to_dict") else fig
        opts = {"format": fmt, "width": int(width), "height": int(height), "scale": float(scale)}
        with self._lock:
            self.start()
            try:
                data = self._call(self._kaleido.calc_fig(spec, opts=opts),
                                  timeout=self.timeout_s + 30)
            except FigureExportError:
                raise
            except Exception as exc:
                proc = getattr(self._kaleido, "subprocess", None)
                alive = proc is not None and proc.poll() is None
                hint = ""
                if not alive:
                    hint = (" (the browser had exited; the exporter was closed and the next "
                            "export starts a new browser)")
                    self.close()
                raise FigureExportError(
                    f"rendering the figure as {fmt} failed: {type(exc).__name__}: {exc}{hint}"
                ) from exc
            self.renders += 1
        if not isinstance(data, (bytes, bytearray)) or not data:
            raise FigureExportError(f"the browser returned no {fmt} data for the figure")
        return bytes(data)


_SHARED: FigureExporter | None = None
_SHARED_LOCK = threading.Lock()


def shared_exporter() -> FigureExporter:
    """The process-wide exporter used when ``save_figure`` gets no ``exporter`` (started lazily,
    closed at exit)."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = FigureExporter()
            atexit.register(close_shared_exporter)
        return _SHARED


def close_shared_exporter() -> None:
    """Close the shared exporter's browser (the next export starts a new one)."""
    with _SHARED_LOCK:
        if _SHARED is not None:
            _SHARED.close()


# ---- file-format post-processing ---------------------------------------------------------------
def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(
        ">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)


def png_with_dpi(data: bytes, dpi: float) -> bytes:
    """Insert (or replace) the PNG ``pHYs`` chunk so the image declares ``dpi``.

    >>> import zlib
    >>> raw = b"\\x89PNG\\r\\n\\x1a\\n" + _png_chunk(b"IHDR", bytes(13)) + _png_chunk(b"IEND", b"")
    >>> png_size(png_with_dpi(raw, 300)) == png_size(raw)
    True
    """
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise FigureExportError("the browser returned data that is not a PNG")
    per_metre = int(round(dpi / 0.0254))
    phys = _png_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
    out, pos, inserted = [data[:8]], 8, False
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        chunk = data[pos:pos + 12 + length]
        pos += 12 + length
        if kind == b"pHYs":
            continue
        out.append(chunk)
        if kind == b"IHDR" and not inserted:
            out.append(phys)
            inserted = True
    return b"".join(out)


def png_size(data: bytes) -> tuple[int, int]:
    """``(width, height)`` in pixels from a PNG header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise FigureExportError("not a PNG file (bad signature or missing IHDR)")
    return struct.unpack(">II", data[16:24])


def png_dpi(data: bytes) -> float | None:
    """The dpi a PNG declares in its ``pHYs`` chunk, or ``None``."""
    pos = 8
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        if data[pos + 4:pos + 8] == b"pHYs":
            x, _y, unit = struct.unpack(">IIB", data[pos + 8:pos + 17])
            return x * 0.0254 if unit == 1 else None
        pos += 12 + length
    return None


_SVG_ROOT = re.compile(rb"<svg\b[^>]*>")


def svg_with_physical_size(data: bytes, width_in: float, height_in: float,
                           width_px: int, height_px: int) -> bytes:
    """Give the root ``<svg>`` a size in inches (keeping a pixel ``viewBox``) so it imports at true
    size into Inkscape, Illustrator and LaTeX."""
    match = _SVG_ROOT.search(data)
    if match is None:
        raise FigureExportError("the browser returned SVG without an <svg> element")
    tag = match.group(0)
    new = re.sub(rb'\swidth="[^"]*"', b"", tag, count=1)
    new = re.sub(rb'\sheight="[^"]*"', b"", new, count=1)
    new = re.sub(rb'\sviewBox="[^"]*"', b"", new, count=1)
    attrs = f' width="{width_in:g}in" height="{height_in:g}in" viewBox="0 0 {width_px} {height_px}"'
    new = new[:4] + attrs.encode() + new[4:]
    return data[:match.start()] + new + data[match.end():]


# ---- saving ------------------------------------------------------------------------------------
def _normalise_formats(formats: Iterable[str] | str) -> list[str]:
    if isinstance(formats, str):
        formats = [formats]
    out: list[str] = []
    for fmt in formats:
        if not isinstance(fmt, str) or fmt.lower().lstrip(".") not in ALL_FORMATS:
            raise ConfigError(f"unknown figure format {fmt!r}; choose from {ALL_FORMATS}")
        fmt = fmt.lower().lstrip(".")
        if fmt not in out:
            out.append(fmt)
    if not out:
        raise ConfigError(f"formats is empty; choose at least one of {ALL_FORMATS}")
    return out


def _stem_and_formats(path: str | os.PathLike, formats: list[str]) -> tuple[Path, list[str]]:
    if not isinstance(path, (str, os.PathLike)) or str(path) == "":
        raise ConfigError(f"path must be a file stem such as 'out/attention', got {path!r}")
    p = Path(path).expanduser()
    suffix = p.suffix.lower().lstrip(".")
    if suffix in ALL_FORMATS:
        if suffix not in formats:
            formats = formats + [suffix]
        p = p.with_suffix("")
    if "html" in formats:  # HTML first: it is the one that works without a browser
        formats = ["html"] + [f for f in formats if f != "html"]
    return p, formats


def _html(fig: "go.Figure", style: FigureStyle, div_id: str) -> str:
    config = {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png", "width": style.width_px, "height": style.height_px,
            "scale": style.export_scale, "filename": div_id,
        },
    }
    return fig.to_html(include_plotlyjs=True, full_html=True, config=config, div_id=div_id,
                       include_mathjax=False)


def figure_bytes(fig: "go.Figure", fmt: str, *, exporter: FigureExporter | None = None) -> bytes:
    """Render a styled figure to the bytes of one format (``html``, ``png``, ``pdf``, ``svg``).

    The figure's :class:`FigureStyle` (from :func:`apply_style`; ``single`` if it has none) sets
    the size; PNGs are rendered at ``dpi`` and carry it in their header.
    """
    import plotly.graph_objects as go

    if not isinstance(fig, go.Figure):
        raise ConfigError(f"expected a plotly.graph_objects.Figure, got {type(fig).__name__}")
    (fmt,) = _normalise_formats([fmt])
    style = figure_style(fig)
    if style is None:
        fig = apply_style(go.Figure(fig), "single")
        style = style_for("single")
    if fmt == "html":
        return _html(fig, style, "keysent-figure").encode("utf-8")
    ex = exporter if exporter is not None else shared_exporter()
    scale = style.export_scale if fmt == "png" else 1.0
    data = ex.render(fig, fmt, width=style.width_px, height=style.height_px, scale=scale)
    if fmt == "png":
        data = png_with_dpi(data, style.dpi)
    elif fmt == "svg":
        data = svg_with_physical_size(data, style.width_px / style.px_per_in,
                                      style.height_px / style.px_per_in,
                                      style.width_px, style.height_px)
    return data


def save_figure(
    fig: "go.Figure",
    path: str | os.PathLike,
    formats: Iterable[str] | str = ("html", "png", "pdf"),
    *,
    preset: str | FigureStyle | None = None,
    height_in: float | None = None,
    exporter: FigureExporter | None = None,
    require_static: bool = True,
) -> dict[str, Path]:
    """Write ``fig`` as ``<stem>.<fmt>`` for each format; returns ``{format: path}``.

    ``path`` is a stem (``"out/attention"``) or a file name whose known suffix is removed and
    added to ``formats`` (``"out/attention.svg"``). HTML is always written (and written first),
    so something usable exists even when static export fails. ``preset`` (or ``height_in``)
    restyles a copy of the figure; otherwise the figure's own style is used (``single`` if it was
    never styled). Without a browser, ``require_static=True`` raises :class:`FigureExportError`
    after writing the HTML; ``require_static=False`` warns with :func:`static_export_note` and
    returns only the HTML.

    >>> paths = save_figure(fig, "out/attention", ("html", "png", "pdf"))   # doctest: +SKIP
    >>> sorted(paths)                                                       # doctest: +SKIP
    ['html', 'pdf', 'png']
    """
    import plotly.graph_objects as go

    if not isinstance(fig, go.Figure):
        raise ConfigError(
            f"save_figure needs a plotly.graph_objects.Figure, got {type(fig).__name__}"
        )
    wanted = _normalise_formats(formats)
    stem, wanted = _stem_and_formats(path, wanted)
    if "html" not in wanted:
        wanted = ["html"] + wanted
    directory = stem.parent if str(stem.parent) else Path(".")
    if not directory.is_dir():
        raise FigureExportError(
            f"output directory {str(directory)!r} does not exist (needed for {stem.name}.*); "
            f"create it first (mkdir -p {directory})"
        )
    if stem.name in ("", ".", ".."):
        raise ConfigError(f"path {str(path)!r} has no file name; pass e.g. 'out/attention'")

    style = figure_style(fig)
    if preset is not None or height_in is not None or style is None:
        base = preset if preset is not None else (style or "single")
        fig = apply_style(go.Figure(fig), base, height_in)
        style = figure_style(fig)
    assert style is not None

    targets = {fmt: stem.with_name(f"{stem.name}.{fmt}") for fmt in wanted}
    div_id = re.sub(r"[^A-Za-z0-9_-]", "-", stem.name) or "keysent-figure"
    write_bytes(targets["html"], _html(fig, style, div_id).encode("utf-8"))

    static = [f for f in wanted if f in STATIC_FORMATS]
    written = {"html": targets["html"]}
    if not static:
        return written
    if exporter is None and not browser_available():
        if require_static:
            raise FigureExportError(
                f"{_missing_browser_message()}. The HTML was written to {targets['html']}; "
                f"{', '.join(static)} were not"
            )
        warnings.warn(static_export_note(), RuntimeWarning, stacklevel=2)
        return written

    rendered = {fmt: figure_bytes(fig, fmt, exporter=exporter) for fmt in static}
    for fmt, data in rendered.items():
        write_bytes(targets[fmt], data)
        written[fmt] = targets[fmt]
    return {fmt: written[fmt] for fmt in wanted if fmt in written}


__all__ = [
    "ALL_FORMATS",
    "FigureExportError",
    "FigureExporter",
    "STATIC_FORMATS",
    "browser_available",
    "figure_formats",
    "close_shared_exporter",
    "figure_bytes",
    "find_browser",
    "png_dpi",
    "png_size",
    "png_with_dpi",
    "save_figure",
    "shared_exporter",
    "static_export_note",
    "svg_with_physical_size",
]
