"""One run directory for every command: written atomically, read back with its schema version.

Every command (``python -m keysent.probe``, ``python -m keysent.attention``, training runs) writes
its outputs through :meth:`RunDir.create`. The directory is built inside
:func:`keysent.atomic.atomic_directory` (a temporary sibling moved into place only when complete;
an existing ``out`` is never replaced without ``force``), and always holds:

=============== ==================================================================================
``config.json`` the command's frozen config (``Config.to_dict()``), so ``Config.from_dict`` rebuilds it
``summary.json`` ``schema_version``, ``command``, ``argv``, ``config``, ``versions``,
                ``environment``, ``started`` (UTC, ISO 8601), ``seconds``, then the command's own
                results; written last, so its presence marks a complete run
=============== ==================================================================================

:func:`read_run` reads a directory back. A directory written before schema versions existed
(version 0: probe runs with ``settings`` and ``environment`` in ``summary.json``, attention runs
with ``attention.json`` only) is upgraded on reading; one written by a newer keysent is a
:class:`~keysent.errors.ConfigError` saying so.

Example:
    >>> import tempfile, pathlib
    >>> from keysent.rundir import RunDir, read_run
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "run"
    >>> with RunDir.create(out, command="demo", config={"folds": 5}, argv=["--folds", "5"]) as run:
    ...     _ = run.write_json("scores.json", {"auroc": 0.9})
    ...     run.summary["best_auroc"] = 0.9
    >>> back = read_run(out)
    >>> back.command, back.config, back.summary["best_auroc"], back.schema_version
    ('demo', {'folds': 5}, 0.9, 1)
    >>> sorted(p.name for p in out.iterdir())
    ['config.json', 'scores.json', 'summary.json']
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from keysent.errors import ConfigError

#: Version of the run-directory layout written by this keysent. 1: ``config.json`` and the
#: provenance keys of ``summary.json``. 0: before versions (no ``schema_version`` key).
SCHEMA_VERSION = 1
#: Keys :meth:`RunDir.create` writes into every ``summary.json`` (results may not reuse them).
PROVENANCE = ("schema_version", "command", "argv", "config", "versions", "environment", "started", "seconds")


def _config_dict(config: Any) -> dict[str, Any]:
    if config is None:
        return {}
    if isinstance(config, dict):
        return dict(config)
    to_dict = getattr(config, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"config must be a dict or have to_dict(), got {type(config).__name__}")
    return to_dict()


class RunDir:
    """A run directory being written; create one with :meth:`RunDir.create`.

    ``path`` is the temporary directory while the run is open (files written there appear at
    ``out`` together, when the ``with`` block ends without an error). ``summary`` is the dict of
    results written to ``summary.json`` at the end, after the provenance keys (:data:`PROVENANCE`).
    """

    def __init__(self, path: Path, out: Path, *, command: str, config: dict[str, Any], argv: list[str]) -> None:
        self.path = path
        self.out = out
        self.command = command
        self.config = config
        self.argv = argv
        self.summary: dict[str, Any] = {}
        self._start = time.time()
        self.started = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")

    @classmethod
    @contextlib.contextmanager
    def create(
        cls,
        out: str | os.PathLike,
        *,
        command: str,
        config: Any = None,
        argv: list[str] | None = None,
        force: bool = False,
    ) -> Iterator["RunDir"]:
        """Open run directory ``out`` for writing; it appears, complete, when the block ends.

        Args:
            out: the final directory. An existing one is a :class:`ConfigError` unless ``force``
                (then it is replaced only once the new run is complete).
            command: the command's name (``"probe"``, ``"attention"``, ``"train"``).
            config: a frozen config dataclass with ``to_dict()`` (or a plain dict), or None.
            argv: the command line (default: empty, e.g. when called from Python).
            force: replace an existing ``out``.

        If the block raises, nothing is written and an existing ``out`` is left as it was.
        """
        from keysent.atomic import atomic_directory, write_json

        cfg = _config_dict(config)
        with atomic_directory(out, force=force) as tmp:
            run = cls(Path(tmp), Path(out), command=command, config=cfg, argv=list(argv or []))
            write_json(run.path / "config.json", cfg)
            yield run
            run._write_summary()

    def file(self, name: str) -> Path:
        """Path of ``name`` inside the run (parent directories created); for writers that need a path."""
        p = self.path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write_json(self, name: str, obj: Any) -> Path:
        """Write ``obj`` as JSON to ``name`` in the run, atomically."""
        from keysent.atomic import write_json

        return write_json(self.file(name), obj)

    def write_text(self, name: str, text: str) -> Path:
        """Write ``text`` (UTF-8) to ``name`` in the run, atomically."""
        from keysent.atomic import write_text

        return write_text(self.file(name), text)

    def _write_summary(self) -> None:
        from keysent.atomic import write_json
        from keysent.versions import environment, package_versions

        clash = sorted(set(self.summary) & set(PROVENANCE))
        if clash:
            raise ValueError(f"summary keys {clash} are reserved for the run's provenance")
        summary = {
            "schema_version": SCHEMA_VERSION,
            "command": self.command,
            "argv": self.argv,
            "config": self.config,
            "versions": package_versions(),
            "environment": environment(),
            "started": self.started,
            "seconds": round(time.time() - self._start, 1),
            **self.summary,
        }
        write_json(self.path / "summary.json", summary)  # last: its presence marks a complete run


@dataclass(frozen=True)
class Run:
    """A finished run directory read back by :func:`read_run` (upgraded to :data:`SCHEMA_VERSION`)."""

    path: Path
    command: str
    config: dict[str, Any]
    summary: dict[str, Any]
    schema_version: int = SCHEMA_VERSION
    #: the version the directory was written with (0: before schema versions)
    written_version: int = SCHEMA_VERSION
    argv: list[str] = field(default_factory=list)

    def file(self, name: str) -> Path:
        """Path of ``name`` in the run; :class:`ConfigError` if the run has no such file."""
        p = self.path / name
        if not p.exists():
            raise ConfigError(f"run directory {str(self.path)!r} has no {name!r}; was it written by `{self.command}`?")
        return p


def _read_json(p: Path) -> dict[str, Any]:
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{p} is not valid JSON ({exc.msg} at line {exc.lineno}); the run directory is damaged") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{p} holds a {type(data).__name__}, not a JSON object; the run directory is damaged")
    return data


def _upgrade_v0(path: Path) -> dict[str, Any]:
    """A summary in the version-1 layout from a directory written before schema versions."""
    if (path / "summary.json").is_file():  # a probe run: settings were the config
        old = _read_json(path / "summary.json")
        summary = {k: v for k, v in old.items() if k not in ("settings", "environment", "argv", "seconds")}
        env = old.get("environment", {})
        return {
            "schema_version": 0, "command": "probe", "argv": old.get("argv", []), "config": old.get("settings", {}),
            "versions": {k: v for k, v in env.items() if k != "threads"}, "environment": {"torch_threads": env.get("threads")},
            "started": None, "seconds": old.get("seconds"), **summary,
        }
    old = _read_json(path / "attention.json")  # an attention run
    env = old.get("environment", {})
    return {
        "schema_version": 0, "command": "attention", "argv": [], "config": {"layers": old.get("layers")},
        "versions": {k: v for k, v in env.items() if k != "threads"}, "environment": {"torch_threads": env.get("threads")},
        "started": None, "seconds": old.get("seconds"), "model": old.get("model"), "n_traces": old.get("n_traces"),
    }


def read_run(path: str | os.PathLike) -> Run:
    """Read a finished run directory; older layouts are upgraded, newer ones are an error.

    Raises:
        ConfigError: ``path`` is not a run directory (no ``summary.json``), it is damaged, or it
            was written by a newer keysent (schema version above :data:`SCHEMA_VERSION`).
    """
    p = Path(path)
    if not p.is_dir():
        raise ConfigError(f"{str(p)!r} is not a directory; give the --out directory of a keysent run")
    if (p / "summary.json").is_file():
        summary = _read_json(p / "summary.json")
    elif (p / "attention.json").is_file():
        summary = {}
    else:
        raise ConfigError(f"{str(p)!r} has no summary.json: not a keysent run directory, or the run did not finish")
    version = summary.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ConfigError(f"{p / 'summary.json'}: schema_version must be an integer, got {version!r}")
    if version > SCHEMA_VERSION:
        raise ConfigError(
            f"{str(p)!r} was written with run-directory schema version {version}, but this keysent reads up to "
            f"version {SCHEMA_VERSION}; upgrade keysent (pip install -U keysent) to read it"
        )
    if version == 0:
        summary = _upgrade_v0(p)
    config = summary.get("config", {})
    if version >= 1 and (p / "config.json").is_file():
        config = _read_json(p / "config.json")
    return Run(
        path=p, command=str(summary.get("command")), config=config, summary=summary,
        written_version=version, argv=list(summary.get("argv") or []),
    )


__all__ = ["RunDir", "Run", "read_run", "SCHEMA_VERSION", "PROVENANCE"]
