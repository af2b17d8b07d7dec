"""Atomic output: a reader never sees a half-written file, and nothing is replaced by accident.

Every file and directory keysent writes for a user (run directories, traces, figures, organism
builds, saved captures) goes through these helpers. The content is written to a temporary sibling
(same directory, so the same file system), flushed, fsynced and then *renamed* into place, which
POSIX guarantees to be atomic.

Publishing never replaces an output that appeared while the run was going, unless asked:

* :func:`atomic_directory` checks ``target`` when the run starts (fail early, nothing computed)
  **and** when it publishes. The publish is one atomic step, ``renameat2(RENAME_NOREPLACE)`` on
  Linux (a rename that fails if the target exists), done while holding an exclusive
  ``fcntl.flock`` on the parent directory (on ``.keysent-publish.lock`` in it where a file system
  refuses to lock a directory). Where ``renameat2`` is
  missing (macOS, old kernels, some file systems) the lock alone makes check-and-rename one step
  for keysent processes, and ``rename`` of a directory onto a non-empty one failing with
  ``ENOTEMPTY`` is a second line of defence.
* If the target appeared meanwhile, the finished directory is kept under a unique sibling name
  ``<target>.<UTC time>-<pid>`` and :class:`~keysent.errors.OutputExistsError` names it, so a
  losing run loses nothing. With ``force=True`` the run that publishes last replaces the other
  (an atomic exchange where ``renameat2(RENAME_EXCHANGE)`` exists), and the replaced directory is
  deleted only after the new one is in place.
* Files written with ``overwrite=False`` (:func:`atomic_path`, :func:`write_text`, ...) get the
  same guarantee: no-replace rename (or ``link``), the loser kept as ``<stem>.<UTC time>-<pid><suffix>``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

#: The lock file, in the parent directory of a published directory, held while publishing where
#: the file system refuses ``flock`` on the directory itself (:func:`publish_lock`).
PUBLISH_LOCK = ".keysent-publish.lock"

_RENAME_NOREPLACE = 1
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_renameat2: Any = None  # the libc function, False when unavailable; looked up on first use


def _libc_renameat2() -> Any:
    global _renameat2
    if _renameat2 is None:
        _renameat2 = False
        try:
            import ctypes

            fn = ctypes.CDLL(None, use_errno=True).renameat2
            fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
            fn.restype = ctypes.c_int
            _renameat2 = fn
        except (AttributeError, OSError):  # not Linux/glibc >= 2.28
            pass
    return _renameat2


def _try_renameat2(src: Path, dst: Path, flag: int) -> bool:
    """``renameat2(src, dst, flag)``; False if the system or file system does not support it."""
    import ctypes

    fn = _libc_renameat2()
    if not fn:
        return False
    if fn(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), flag) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # kernel or file system lacks it
        return False
    raise OSError(err, os.strerror(err), str(dst))  # EEXIST arrives as FileExistsError


def rename_noreplace(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """Rename ``src`` to ``dst``, failing if ``dst`` exists; never replaces anything.

    Atomic with ``renameat2(RENAME_NOREPLACE)`` (Linux 3.15+, glibc 2.28+, ext4/xfs/btrfs/tmpfs).
    Elsewhere a file is published with ``link`` + ``unlink`` (also atomic) and a directory with
    ``rename``, which fails on a non-empty target; for directories, hold :func:`publish_lock`
    (as :func:`publish_directory` does) to make the check and the rename one step.

    Raises:
        FileExistsError: ``dst`` exists.
    """
    src, dst = Path(src), Path(dst)
    if _try_renameat2(src, dst, _RENAME_NOREPLACE):
        return
    if not src.is_dir():
        try:
            os.link(src, dst)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network/FUSE file systems)
            pass
        else:
            os.unlink(src)
            return
    if os.path.lexists(dst):
        raise FileExistsError(errno.EEXIST, "target exists", str(dst))
    try:
        os.rename(src, dst)
    except OSError as exc:
        if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise FileExistsError(errno.EEXIST, "target exists", str(dst)) from exc
        raise


def _exchange_or_replace(src: Path, dst: Path) -> Path | None:
    """Put ``src`` at ``dst`` replacing what is there; return where the old ``dst`` now is."""
    if not os.path.lexists(dst):
        try:
            rename_noreplace(src, dst)
            return None
        except FileExistsError:
            pass  # appeared just now: replace it below
    if _try_renameat2(src, dst, _RENAME_EXCHANGE):
        return src  # the old target now sits at the temporary name
    old = _unique_sibling(dst, hidden=True, tag="old")
    os.rename(dst, old)
    os.rename(src, dst)
    return old


def _unique_sibling(target: Path, *, hidden: bool = False, tag: str = "") -> Path:
    """A name beside ``target`` that does not exist yet: ``<stem>.<UTC time>-<pid>[-n]<suffix>``."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    is_dir = not target.suffix or target.is_dir()
    stem, suffix = (target.name, "") if is_dir else (target.stem, target.suffix)
    base = f"{'.' if hidden else ''}{stem}.{tag + '-' if tag else ''}{stamp}-{os.getpid()}"
    for n in range(10_000):
        cand = target.with_name(f"{base}{'-' + str(n) if n else ''}{suffix}")
        if not os.path.lexists(cand):
            return cand
    raise FileExistsError(errno.EEXIST, "no free sibling name", str(target))  # pragma: no cover


@contextlib.contextmanager
def publish_lock(directory: str | os.PathLike) -> Iterator[None]:
    """Hold the exclusive publish lock of ``directory`` while the block runs.

    The lock is ``fcntl.flock`` on the directory itself, so nothing is left behind in it. Where a
    file system refuses ``flock`` on a directory (some network file systems), the lock is taken on
    the file :data:`PUBLISH_LOCK` in it instead, which then stays (hidden and empty).
    """
    import fcntl

    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        os.close(fd)
        fd = os.open(Path(directory) / PUBLISH_LOCK, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
    try:
        yield
    finally:
        os.close(fd)


def _exists_error(target: Path, kept: Path | None, what: str) -> Exception:
    from keysent.errors import OutputExistsError

    if kept is None:
        msg = (f"output {what} {str(target)!r} already exists; pass --force (force=True) to "
               "replace it, or choose another --out")
    else:
        msg = (f"output {what} {str(target)!r} was created by another run while this one was "
               f"running; this run's complete results are kept in {str(kept)!r} (rename it, or "
               "rerun with --force to replace)")
    return OutputExistsError(msg, path=str(target), kept=None if kept is None else str(kept))


def publish_directory(tmp: str | os.PathLike, target: str | os.PathLike, *, force: bool = False) -> Path:
    """Move the finished directory ``tmp`` to ``target`` in one atomic step; return ``target``.

    Without ``force`` an existing ``target`` is never replaced: ``tmp`` is renamed to a unique
    sibling (``<target>.<UTC time>-<pid>``) and :class:`~keysent.errors.OutputExistsError` names
    it (its ``kept`` attribute). With ``force`` ``tmp`` replaces ``target``; the old directory is
    deleted after the new one is in place. ``tmp`` and ``target`` must be on one file system.

    Raises:
        OutputExistsError: ``target`` exists and ``force`` is False (``tmp`` is kept, not lost).
    """
    tmp, target = Path(tmp), Path(target)
    old: Path | None = None
    with publish_lock(target.parent):
        if force:
            old = _exchange_or_replace(tmp, target)
        else:
            try:
                rename_noreplace(tmp, target)
            except FileExistsError:
                kept = _unique_sibling(target)
                try:
                    rename_noreplace(tmp, kept)
                except OSError:  # pragma: no cover - keep the temporary name rather than lose it
                    kept = tmp
                raise _exists_error(target, kept, "directory") from None
    if old is not None:
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    return target


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is renamed onto ``target``.

    Use it for writers that want a file name (``torch.save``, ``fig.write_image``)::

        with atomic_path("out/figure.png") as tmp:
            write_png(tmp)

    With ``overwrite=False`` an existing ``target`` (also one that appeared while writing) is
    never replaced: the new file is kept as ``<stem>.<UTC time>-<pid><suffix>`` and
    :class:`~keysent.errors.OutputExistsError` names it.

    Raises:
        FileNotFoundError: the directory of ``target`` does not exist.
        OutputExistsError: ``overwrite`` is False and ``target`` exists.
    """
    target = Path(target)
    if not target.parent.exists():
        raise FileNotFoundError(
            f"cannot write {str(target)!r}: directory {str(target.parent)!r} does not exist; "
            "create it first"
        )
    if not overwrite and os.path.lexists(target):
        raise _exists_error(target, None, "file")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; give the file normal permissions
        if overwrite:
            os.replace(tmp_path, target)
        else:
            try:
                rename_noreplace(tmp_path, target)
            except FileExistsError:
                kept = _unique_sibling(target)
                rename_noreplace(tmp_path, kept)
                raise _exists_error(target, kept, "file") from None
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: str | os.PathLike, text: str, *, overwrite: bool = True) -> Path:
    """Write ``text`` to ``target`` atomically (UTF-8) and return the path (see :func:`atomic_path`)."""
    with atomic_path(target, overwrite=overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes(target: str | os.PathLike, data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``target`` atomically and return the path (see :func:`atomic_path`)."""
    with atomic_path(target, overwrite=overwrite) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_json(target: str | os.PathLike, obj: Any, *, indent: int = 2, overwrite: bool = True) -> Path:
    """Write ``obj`` as JSON to ``target`` atomically (keys in insertion order)."""
    return write_text(target, json.dumps(obj, indent=indent, ensure_ascii=False) + "\n", overwrite=overwrite)


def write_jsonl(target: str | os.PathLike, rows: Any, *, overwrite: bool = True) -> Path:
    """Write an iterable of JSON-serialisable rows, one per line, atomically."""
    return write_text(target, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), overwrite=overwrite)


@contextlib.contextmanager
def atomic_directory(target: str | os.PathLike, *, force: bool = False) -> Iterator[Path]:
    """Build a whole directory in a temporary sibling and publish it with :func:`publish_directory`.

    Without ``force`` an existing ``target`` is an error at the start (before any work) and again
    at the end: if another run published ``target`` meanwhile, this run's finished directory is
    kept under a unique sibling name printed in the :class:`~keysent.errors.OutputExistsError`.
    With ``force`` the old directory is replaced only after the new one is complete (the last
    publisher wins). If the body raises, the partial directory is removed and ``target`` is left
    as it was.

    Example:
        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
        >>> with atomic_directory(out) as tmp:
        ...     _ = write_json(tmp / "summary.json", {"ok": 1})
        >>> sorted(p.name for p in out.iterdir())
        ['summary.json']

    Raises:
        OutputExistsError: ``target`` exists (at the start or at publishing) and ``force`` is False.
        ConfigError: ``target`` is a file (never replaced, even with ``force``), or the directory of
            ``target`` cannot be created (a file in the way, no permission).
    """
    target = Path(target)
    from keysent.errors import ConfigError, OutputExistsError

    if os.path.lexists(target) and not target.is_dir():  # force never replaces a file
        raise ConfigError(f"output {str(target)!r} is a file, not a directory: choose a new directory")
    if os.path.lexists(target) and not force:
        raise _exists_error(target, None, "directory")

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    except OSError as exc:
        raise ConfigError(f"cannot create the output directory {str(target)!r}: {exc.strerror or exc} "
                          f"({exc.filename or target.parent}); choose another output directory") from None
    os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes 0700

    keep = False
    try:
        yield tmp
        try:
            publish_directory(tmp, target, force=force)
        except OutputExistsError as exc:
            keep = exc.kept == str(tmp)  # kept under its temporary name: never delete results
            raise
    finally:
        if tmp.exists() and not keep:
            shutil.rmtree(tmp, ignore_errors=True)


__all__ = [
    "atomic_path", "atomic_directory", "publish_directory", "publish_lock", "rename_noreplace",
    "write_text", "write_bytes", "write_json", "write_jsonl", "PUBLISH_LOCK",
]
