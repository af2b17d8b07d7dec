"""Atomic outputs: nothing half-written, nothing overwritten without force, normal permissions."""

from __future__ import annotations

import os
import stat

import pytest

from keysent.atomic import PUBLISH_LOCK, atomic_directory, write_json, write_text
from keysent.errors import ConfigError


def test_file_written_with_umask_permissions(tmp_path):
    path = write_text(tmp_path / "a.txt", "hello")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
    assert path.read_text() == "hello"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary left behind


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_text(tmp_path / "nope" / "a.txt", "x")


def test_directory_refuses_to_overwrite_and_cleans_up_on_failure(tmp_path):
    out = tmp_path / "run"
    with atomic_directory(out) as tmp:
        write_json(tmp / "summary.json", {"ok": 1})
    assert (out / "summary.json").is_file()
    with pytest.raises(ConfigError, match="already exists"):
        with atomic_directory(out):
            pass
    with pytest.raises(RuntimeError):
        with atomic_directory(out, force=True) as tmp:
            write_text(tmp / "partial.txt", "half")
            raise RuntimeError("crash mid-run")
    assert (out / "summary.json").is_file() and not (out / "partial.txt").exists()  # old run intact
    # no partial directories left (only the publish lock, a hidden empty file)
    assert sorted(p.name for p in tmp_path.iterdir()) == [PUBLISH_LOCK, "run"]
    with atomic_directory(out, force=True) as tmp:
        write_text(tmp / "new.txt", "new")
    assert sorted(p.name for p in out.iterdir()) == ["new.txt"]


def test_directory_under_a_file_is_a_config_error(tmp_path):
    f = tmp_path / "data.jsonl"
    f.write_text("{}\n")
    with pytest.raises(ConfigError, match="cannot create the output directory"):
        with atomic_directory(f / "run"):
            pass
    assert f.read_text() == "{}\n"


def test_out_under_a_file_fails_before_any_work(tmp_path, capsys):
    import argparse

    from keysent.cli.options import resolve_out
    from keysent.probe.__main__ import main

    f = tmp_path / "data.jsonl"
    f.write_text("{}\n")
    with pytest.raises(ConfigError, match=r"data.jsonl' is a file, not a directory; choose another --out"):
        resolve_out(argparse.Namespace(out=str(f / "a" / "b"), force=False), "probe")
    assert resolve_out(argparse.Namespace(out=str(tmp_path / "new" / "run"), force=False), "probe") == tmp_path / "new" / "run"
    # the command stops with one line before the model loads (a missing model would be another error)
    assert main(["--model", str(tmp_path / "no-model"), "--out", str(f / "run"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "is a file, not a directory" in err and "Traceback" not in err
