"""Atomic file output: a reader never sees a half-written file, a crash never loses an old one.

Every file keysent writes for a user (run directories, traces, figures, the organism cache) goes
through these helpers: the content is written to a temporary file in the same directory, flushed,
fsynced and then renamed over the target, which POSIX guarantees to be atomic.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is renamed onto ``target``.

    Use it for writers that want a file name (``torch.save``, ``fig.write_image``)::

        with atomic_path("out/figure.png") as tmp:
            write_png(tmp)
    """
    target = Path(target)
    if not target.parent.exists():
        raise FileNotFoundError(
            f"cannot write {str(target)!r}: directory {str(target.parent)!r} does not exist; "
            "create it first"
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; give the file normal permissions
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``target`` atomically (UTF-8) and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_json(target: str | os.PathLike, obj: Any, *, indent: int = 2) -> Path:
    """Write ``obj`` as JSON to ``target`` atomically (keys in insertion order)."""
    return write_text(target, json.dumps(obj, indent=indent, ensure_ascii=False) + "\n")


def write_jsonl(target: str | os.PathLike, rows: Any) -> Path:
    """Write an iterable of JSON-serialisable rows, one per line, atomically."""
    return write_text(target, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike, *, force: bool = False) -> Iterator[Path]:
    """Build a whole directory in a temporary sibling and move it into place when done.

    Without ``force`` an existing ``target`` is an error (nothing is overwritten). With ``force`` the
    old directory is replaced only after the new one is complete. If the body raises, the partial
    directory is removed and ``target`` is left as it was.
    """
    target = Path(target)
    if target.exists() and not force:
        from keysent.errors import ConfigError

        raise ConfigError(
            f"output directory {str(target)!r} already exists; pass --force (force=True) to "
            "replace it, or choose another --out"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes 0700
    try:
        yield tmp
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            if old.exists():
                shutil.rmtree(old)
            os.replace(target, old)
            os.replace(tmp, target)
            shutil.rmtree(old)
        else:
            os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
