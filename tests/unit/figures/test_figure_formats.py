"""Which formats a command writes, and when it says static export is missing: only when static
figures were asked for and no browser is found (``--no-static-figures`` asks for none)."""

from __future__ import annotations

import pytest

import keysent.figures.export as export
from keysent.figures import figure_formats


@pytest.mark.parametrize("browser", [True, False])
def test_no_static_figures_asked_means_no_note(monkeypatch, browser):
    monkeypatch.setattr(export, "browser_available", lambda: browser)
    assert figure_formats(static=False) == (("html",), None)


def test_static_asked(monkeypatch):
    monkeypatch.setattr(export, "browser_available", lambda: True)
    assert figure_formats() == (("html", "png", "pdf"), None)
    monkeypatch.setattr(export, "browser_available", lambda: False)
    formats, note = figure_formats()
    assert formats == ("html",) and "chromium" in note


def test_probe_cli_with_no_static_figures_prints_no_install_note(monkeypatch, tmp_path, capsys, tiny_dirs):
    from keysent.probe.__main__ import main

    monkeypatch.setattr(export, "browser_available", lambda: False)
    args = ["--model", str(tiny_dirs["qwen2"]), "--dataset", "builtin:6", "--max-new-tokens", "24", "--folds", "2",
            "--no-cache", "--quiet", "--out", str(tmp_path / "run")]
    assert main(args + ["--no-static-figures"]) == 0
    assert "Chromium" not in capsys.readouterr().out
    assert main(args + ["--force"]) == 0
    assert "figures skipped" in capsys.readouterr().out
