"""A concurrency-safe, append-only JSONL cache shared by several processes.

Generations (:mod:`keysent.traces.generate`) and judge verdicts are cached in files that several
jobs may fill at once (an array job on a cluster, two notebooks, a re-submitted run). A
:class:`JsonlCache` keeps such a file consistent:

* **Whole lines only.** ``put_many`` appends complete lines under an exclusive ``fcntl.flock`` on
  a sibling lock file ``.<name>.lock``, then flushes and fsyncs before releasing it. Readers take
  the shared lock, so they never see a writer's half-written line.
* **Crash safe.** A writer killed mid-write can leave a final line without its newline; readers
  ignore it and the next writer (under the exclusive lock) truncates it before appending. A
  malformed line *before* the last one is corruption, not a crash, and raises
  :class:`~keysent.errors.CacheError`.
* **No duplicates.** Under the exclusive lock the writer first reads what other processes have
  appended since its last look and appends only keys not yet present: the first write of a key
  wins and later writes of it (identical or not) are skipped, so every key has exactly one line.
  A file that somehow holds a key twice (written by hand) resolves to the first line as well.
* **Versioned.** The first line is a header ``{"format": "keysent-jsonl-cache", "schema": N}``;
  opening a file of another schema, or a file that is not a keysent cache, raises
  :class:`~keysent.errors.CacheError` naming the file and what to do.

Each data line is ``{"key": KEY, "row": {...}}``. The lock works for processes on one machine
and, on Linux, on NFS (where the kernel maps ``flock`` to POSIX byte-range locks); on file
systems without working locks (some FUSE mounts), point the cache at a local disk.

Example:
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "verdicts.jsonl"
    >>> cache = JsonlCache(path, schema=1)
    >>> cache.put_many({"a": {"safe": True}, "b": {"safe": False}})
    >>> cache.put_many({"a": {"safe": False}})           # "a" is already there: first write wins
    >>> cache.get_many(["a", "c"])
    {'a': {'safe': True}}
    >>> len(cache)
    2
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from keysent.errors import CacheError

FORMAT = "keysent-jsonl-cache"


class JsonlCache:
    """An append-only key → row cache in one JSONL file, safe for concurrent processes.

    Args:
        path: The cache file; its directory is created if missing. The lock file
            ``.<name>.lock`` is created beside it.
        schema: The version of the rows' layout, chosen by the owner of the cache (bump it when
            the rows change meaning). A file written with another schema raises
            :class:`~keysent.errors.CacheError` on first access.

    Rows are JSON objects (``dict``); keys are strings. Reads are incremental: each call reads
    only what was appended since the previous call.

    Raises:
        CacheError: the file is not a keysent cache, has another schema, or is corrupt.
        OSError: the file or its lock cannot be created (for example a read-only directory).
    """

    def __init__(self, path: str | os.PathLike, *, schema: int = 1) -> None:
        if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
            raise CacheError(f"cache schema must be a positive integer, got {schema!r}")
        self.path = Path(path)
        self.schema = schema
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock_path = self.path.with_name(f".{self.path.name}.lock")
        self._rows: dict[str, dict] = {}
        self._offset = 0  # bytes of the file already parsed (always just after a newline)
        self._ino: tuple[int, int] | None = None  # (device, inode) the offset refers to
        self._line = 0  # lines parsed, for error messages

    # -- public interface -------------------------------------------------------------------
    def get_many(self, keys: Iterable[str]) -> dict[str, dict]:
        """The rows present for ``keys``, by key (keys not in the cache are absent)."""
        with self._locked(exclusive=False):
            self._refresh()
        return {k: self._rows[k] for k in keys if k in self._rows}

    def put_many(self, rows: Mapping[str, dict]) -> None:
        """Append ``rows`` (key → JSON-serialisable dict); keys already present are skipped.

        All lines are written with one ``write`` under the exclusive lock and fsynced before the
        lock is released, so another process sees all of them or none.

        Raises:
            CacheError: a key is not a string or a row is not a JSON-serialisable dict.
        """
        lines: dict[str, bytes] = {}
        for key, row in rows.items():
            if not isinstance(key, str):
                raise CacheError(f"cache keys must be strings, got {type(key).__name__} {key!r}")
            if not isinstance(row, dict):
                raise CacheError(f"cache rows must be dicts, got {type(row).__name__} for key {key!r}")
            try:
                text = json.dumps({"key": key, "row": row}, ensure_ascii=False, allow_nan=False)
            except (TypeError, ValueError) as exc:
                raise CacheError(f"row for key {key!r} is not JSON-serialisable: {exc}") from exc
            lines.setdefault(key, (text + "\n").encode("utf-8"))
        if not lines:
            return
        with self._locked(exclusive=True):
            self._refresh(repair=True)
            new = {k: v for k, v in lines.items() if k not in self._rows}
            if not new:
                return
            with open(self.path, "ab") as fh:
                if fh.tell() == 0:
                    fh.write(self._header())
                fh.write(b"".join(new.values()))
                fh.flush()
                os.fsync(fh.fileno())
            self._refresh()

    def __len__(self) -> int:
        """The number of distinct keys in the cache."""
        with self._locked(exclusive=False):
            self._refresh()
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self.get_many([key]))

    def __repr__(self) -> str:
        return f"JsonlCache({str(self.path)!r}, schema={self.schema})"

    # -- internals --------------------------------------------------------------------------
    def _header(self) -> bytes:
        return (json.dumps({"format": FORMAT, "schema": self.schema}) + "\n").encode()

    @contextlib.contextmanager
    def _locked(self, *, exclusive: bool) -> Iterator[None]:
        import fcntl

        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _refresh(self, *, repair: bool = False) -> None:
        """Parse what was appended since the last call (the caller holds the lock).

        With ``repair`` (exclusive lock held) a torn final line left by a killed writer is
        truncated so the next append starts on a fresh line.
        """
        try:
            fh = open(self.path, "rb")
        except FileNotFoundError:
            self._rows, self._offset, self._ino, self._line = {}, 0, None, 0
            return
        with fh:
            st = os.fstat(fh.fileno())
            ino = (st.st_dev, st.st_ino)
            if ino != self._ino or st.st_size < self._offset:  # replaced or truncated: start over
                self._rows, self._offset, self._ino, self._line = {}, 0, ino, 0
            fh.seek(self._offset)
            data = fh.read()
        end = data.rfind(b"\n") + 1  # only whole lines; a torn tail is ignored
        if repair and end < len(data):
            os.truncate(self.path, self._offset + end)
        for raw in data[:end].splitlines():
            self._line += 1
            self._parse(raw)
        self._offset += end

    def _parse(self, raw: bytes) -> None:
        where = f"{str(self.path)!r} line {self._line}"
        try:
            obj: Any = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CacheError(
                f"cache {where} is corrupt ({exc.msg if hasattr(exc, 'msg') else exc}); "
                "delete the file to rebuild the cache"
            ) from exc
        if self._line == 1:
            if not isinstance(obj, dict) or obj.get("format") != FORMAT:
                raise CacheError(
                    f"{str(self.path)!r} is not a keysent cache (no header line); it may be from an "
                    "older keysent version: move or delete it to rebuild the cache"
                )
            if obj.get("schema") != self.schema:
                raise CacheError(
                    f"cache {str(self.path)!r} has schema {obj.get('schema')!r}, this keysent reads "
                    f"schema {self.schema}; move or delete the file to rebuild the cache"
                )
            return
        if not isinstance(obj, dict) or not isinstance(obj.get("key"), str) or not isinstance(obj.get("row"), dict):
            raise CacheError(f"cache {where} is not a {{key, row}} entry; delete the file to rebuild the cache")
        self._rows.setdefault(obj["key"], obj["row"])  # first write wins


__all__ = ["JsonlCache", "FORMAT"]
