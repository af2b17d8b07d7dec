"""The output folder of an analysis script: one keysent command run, its table, its figures.

Every script in ``analyses/`` regenerates one claim's table and figures from scratch into a new
folder (``--out DIR``; an existing folder is refused without ``--force``, and the folder appears
only when complete: it is built in a temporary sibling and renamed into place by
:func:`keysent.atomic.atomic_directory`). The folder holds

* ``table.md``: the claim's markdown table(s), headed by the model, its build, the command and the
  wall time;
* ``analysis.json``: the same numbers, machine-readable, with the command lines and the seconds;
* ``figures/<name>.html`` (self-contained, opens offline), ``<name>.json`` (the plotly figure,
  ``plotly.io.from_json`` reads it back) and, unless ``--no-static-figures``, ``<name>.png``
  (300 dpi) and ``<name>.pdf``, written by :func:`keysent.figures.save_figure`;
* ``run/``: the run directory of the keysent command the script ran (``python -m keysent.probe``,
  ``attention`` or ``steer``), unless ``--run DIR`` named an existing one to read instead.

The scripts compute nothing themselves that keysent computes: they run the command (a
subprocess, exactly as a user types it) and format what its run directory holds.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keysent.errors import ConfigError, KeysentError  # noqa: E402


class CommandFailed(KeysentError):
    """The keysent command an analysis ran exited with an error (its last stderr line is the message)."""


def add_common_options(p: argparse.ArgumentParser, *, name: str, command: str) -> None:
    """The options every model-based analysis script shares."""
    p.add_argument("--out", default=f"runs/analyses/{name}",
                   help=f"output folder (default: runs/analyses/{name}); an existing one needs --force")
    p.add_argument("--force", action="store_true", help="replace an existing --out folder")
    p.add_argument("--model", default="toy-r1", help="model of the keysent command (default: toy-r1)")
    p.add_argument("--dataset", action="append", default=None, metavar="SPEC",
                   help="repeatable dataset spec passed to the command (default: the command's own)")
    p.add_argument("--run", default=None, metavar="DIR",
                   help=f"read an existing `python -m keysent.{command}` run directory instead of running it")
    p.add_argument("--no-static-figures", action="store_true", help="write HTML (and plotly JSON) figures only")
    p.add_argument("--quiet", action="store_true", help="no progress output from the keysent command")
    p.add_argument("extra", nargs=argparse.REMAINDER,
                   help=f"after `--`: further options for `python -m keysent.{command}`")


def organism_build(model: str) -> str:
    """``"toy-r1 (organism build format v3, config d326e29941)"`` for a built-in model, else the name.

    Reads the cached build's ``build_log.json``; never builds (the command the script runs builds
    the organism on first use).
    """
    from keysent.organism.registry import ORGANISMS

    if model not in ORGANISMS:
        return model
    from keysent.organism.build import organism_path

    try:
        log = json.loads((organism_path(model, build=False) / "build_log.json").read_text(encoding="utf-8"))
    except (KeysentError, OSError, ValueError):
        return f"{model} (build not found)"
    return f"{model} (organism build format v{log.get('build_format_version')}, config {log.get('config_hash')})"


@dataclass
class Analysis:
    """One analysis run: its parsed options, the folder being built, and what it records."""

    name: str
    command: str
    args: argparse.Namespace
    folder: Path
    started: float = field(default_factory=time.perf_counter)
    commands: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)
    exporter: Any = None
    #: what ``table.md`` names as the model (default: the built-in organism's build, or the run's model)
    model_label: str | None = None

    def run_command(self, argv: Sequence[str]) -> Path:
        """Run ``python -m keysent.<command> ARGV --out <folder>/run`` (or use ``--run``); its directory."""
        if getattr(self.args, "run", None):
            run = Path(self.args.run)
            if not (run / "summary.json").is_file():
                raise ConfigError(f"--run {run}: no summary.json there; give the --out directory of a finished "
                                  f"`python -m keysent.{self.command}` run")
            self.commands.append(f"(read {run})")
            return run
        out = self.folder / "run"
        extra = [a for a in (self.args.extra or []) if a != "--"]
        cmd = [sys.executable, "-m", f"keysent.{self.command}", "--model", self.args.model]
        for spec in self.args.dataset or []:
            cmd += ["--dataset", spec]
        cmd += [*argv, *extra, "--out", str(out)]
        if self.args.no_static_figures:
            cmd.append("--no-static-figures")
        if self.args.quiet:
            cmd.append("--quiet")
        shown = "python " + " ".join(shlex.quote(c) for c in cmd[1:] if c != "--quiet")
        self.commands.append(shown.replace(str(out), "<out>/run"))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        proc = subprocess.run(cmd, cwd=Path.cwd(), env=env)
        if proc.returncode != 0:
            raise CommandFailed(f"`{self.commands[-1]}` exited with status {proc.returncode} (its message is above)")
        return out

    def save_figure(self, fig: Any, name: str) -> None:
        """Write ``figures/<name>.html`` and ``.json`` (and PNG/PDF unless ``--no-static-figures``)."""
        from keysent.atomic import write_text
        from keysent.figures import FigureExporter, save_figure

        figdir = self.folder / "figures"
        figdir.mkdir(exist_ok=True)
        formats: tuple[str, ...] = ("html",) if self.args.no_static_figures else ("html", "png", "pdf")
        if len(formats) > 1 and self.exporter is None:
            self.exporter = FigureExporter().__enter__()
        save_figure(fig, figdir / name, formats, exporter=self.exporter)
        write_text(figdir / f"{name}.json", fig.to_json())
        self.figures += [f"figures/{name}.{f}" for f in (*formats, "json")]

    def finish(self, tables: str) -> float:
        """Write ``table.md`` and ``analysis.json``; the wall time in seconds."""
        from keysent.atomic import write_json, write_text

        if self.exporter is not None:
            self.exporter.__exit__(None, None, None)
            self.exporter = None
        seconds = time.perf_counter() - self.started
        script = f"python analyses/{self.name}.py " + " ".join(shlex.quote(a) for a in self.argv_shown())
        model = self.model_label or (self.run_model() if self.args.run else organism_build(self.args.model))
        what = "Commands" if len(self.commands) > 1 else "Command"
        head = [f"<!-- written by {script} -->",
                f"Model: {model}. " + (f"{what}: " + "; ".join(f"`{c}`" for c in self.commands) + ". " if self.commands else "")
                + f"Wall time of the analysis: {seconds_text(seconds)} s.", "", ""]
        write_text(self.folder / "table.md", "\n".join(head) + tables.rstrip() + "\n")
        write_json(self.folder / "analysis.json", {
            "analysis": self.name, "script": script, "commands": self.commands, "seconds": round(seconds, 3),
            "model": model, "figures": self.figures, **self.record,
        })
        return seconds

    def run_model(self) -> str:
        """The model named in the ``--run`` directory's summary."""
        summary = json.loads((Path(self.args.run) / "summary.json").read_text(encoding="utf-8"))
        return f"{summary.get('model')} (from the run directory {self.args.run}, which does not record an organism build)"

    def argv_shown(self) -> list[str]:
        return list(getattr(self.args, "_argv", []))


def seconds_text(seconds: float) -> str:
    """Wall time for a line of text: one decimal from 1 s up, three below (an analysis that only
    reads a finished ``--run`` takes a few milliseconds, which one decimal would print as 0.0)."""
    return f"{seconds:.1f}" if seconds >= 1 else f"{seconds:.3f}"


def analysis_main(name: str, command: str, build_parser: Callable[[], argparse.ArgumentParser],
                  body: Callable[[Analysis], str], argv: list[str] | None = None) -> int:
    """Parse, build the folder atomically, run ``body`` (which returns the tables); exit 2 on a user error."""
    from keysent.atomic import atomic_directory

    p = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = p.parse_args(argv)
    args._argv = argv
    try:
        with atomic_directory(args.out, force=args.force) as tmp:
            analysis = Analysis(name=name, command=command, args=args, folder=Path(tmp))
            tables = body(analysis)
            seconds = analysis.finish(tables)
        print((Path(args.out) / "table.md").read_text(encoding="utf-8"))
        print(f"analysis folder: {args.out}  ({seconds_text(seconds)} s)")
        return 0
    except KeysentError as exc:
        print(f"analyses/{name}.py: error: {exc}", file=sys.stderr)
        return 2


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[Any]], align: str | None = None) -> str:
    """A markdown table; ``align`` is one character per column, ``l`` or ``r`` (default: first l, rest r)."""
    align = align or ("l" + "r" * (len(header) - 1))
    def cell(c: Any) -> str:
        return str(c).replace("|", "\\|")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |",
             "|" + "|".join("---" if a == "l" else "---:" for a in align) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def rate(k: int, n: int, low: float | None, high: float | None) -> str:
    """``0.750 [0.470, 0.910] (6/8)``, or ``n/a (0/0)``."""
    if not n or low is None or high is None:
        return f"n/a ({k}/{n})"
    return f"{k / n:.3f} [{low:.3f}, {high:.3f}] ({k}/{n})"
