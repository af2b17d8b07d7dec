"""The start every analysis command shares, and the run directory it ends in.

``python -m keysent.probe``, ``attention``, ``steer`` and ``counterfactual`` begin the same way:
parse the command line, check the common options, build the command's config, fail early on an
existing ``--out``, load the query sets, load the model, generate (or take) located, judged traces.
:func:`start_command` does these steps in that order (so the same mistake fails at the same step
with the same message in every command) and returns a :class:`CommandStart`. Its
:meth:`CommandStart.run_directory` opens the run directory with ``traces.jsonl``, ``figures/`` and
the summary's ``data`` and ``inputs`` sections, which every one of those commands writes alike.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from keysent.cli.options import (
    check_common,
    data_summary,
    load_model_from_args,
    log,
    queries_from_args,
    resolve_out,
    run_inputs,
    traces_from_args,
)

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord
    from keysent.rundir import RunDir
    from keysent.traces.trace import Trace


@dataclass
class CommandStart:
    """What :func:`start_command` built: parsed ``args``, the command's ``config``, the run
    directory ``out`` (not yet created), the command line ``argv`` as given, the ``started`` time,
    the ``queries``, the loaded ``model`` and the located ``traces``."""

    prog: str
    args: argparse.Namespace
    config: Any
    out: Path
    argv: list[str]
    started: float
    queries: list["QueryRecord"]
    model: "LoadedModel"
    traces: list["Trace"]

    @contextlib.contextmanager
    def run_directory(self) -> Iterator["RunDir"]:
        """The command's :class:`~keysent.rundir.RunDir` at ``out``, holding ``traces.jsonl`` (the
        traces) and an empty ``figures/``; when the block ends the summary gets ``data``
        (:func:`~keysent.cli.options.data_summary`) and ``inputs``
        (:func:`~keysent.cli.options.run_inputs`) after the command's own keys."""
        from keysent.rundir import RunDir
        from keysent.traces.generate import save_traces

        with RunDir.create(self.out, command=self.prog, config=self.config, argv=self.argv,
                           force=self.args.force) as run:
            save_traces(run.file("traces.jsonl"), self.traces)
            (run.path / "figures").mkdir()
            yield run
            run.summary["data"] = data_summary(self.args, self.model)
            run.summary["inputs"] = run_inputs(self.args)

    def finished(self, path: Path | None = None) -> str:
        """The last line a command prints: its run directory (``path``, default ``out``) and the
        seconds since :func:`start_command` checked ``--out``."""
        return f"run directory: {self.out if path is None else path}  ({time.time() - self.started:.0f} s)"


def start_command(
    prog: str,
    parser: argparse.ArgumentParser,
    argv: Sequence[str] | None,
    *,
    default_per_group: int,
    config_from_args: Callable[[argparse.Namespace], Any],
    prepare_argv: Callable[[list[str]], list[str]] | None = None,
    before_model: Callable[[Any], None] | None = None,
    with_model: Callable[[Any, "LoadedModel"], None] | None = None,
    needed_positions: Callable[[Any], list[str] | None] | None = None,
    count_key_sentences: bool = True,
) -> CommandStart:
    """Parse ``argv`` (default ``sys.argv[1:]``) with ``parser`` and do a command's first steps.

    In order: parse (``prepare_argv`` may rewrite the arguments first, e.g. steer's negative
    ``--alphas``), :func:`~keysent.cli.options.check_common`, ``config_from_args(args)``,
    :func:`~keysent.cli.options.resolve_out`, the queries (``default_per_group`` per built-in
    group), ``before_model(config)`` (checks that need no model), the status line ``N queries;
    loading MODEL ...``, the model, ``with_model(config, model)`` (checks that need the model, before
    any generation), the traces (``needed_positions(config)`` the positions they must fit; default
    the command's ``--positions``) and, with ``count_key_sentences``, the status line ``N traces, M
    with a key sentence``.

    Returns:
        A :class:`CommandStart`; a user mistake raises :class:`~keysent.errors.ConfigError` (or
        another :class:`~keysent.errors.KeysentError`) at the first step that sees it.
    """
    argv_list = sys.argv[1:] if argv is None else list(argv)
    args = parser.parse_args(prepare_argv(argv_list) if prepare_argv else argv_list)
    check_common(args)
    config = config_from_args(args)
    out = resolve_out(args, prog)
    started = time.time()
    queries = queries_from_args(args, default_per_group=default_per_group)
    if before_model is not None:
        before_model(config)
    log(args, f"{len(queries)} queries; loading {args.model} ...")
    model = load_model_from_args(args)
    if with_model is not None:
        with_model(config, model)
    positions = needed_positions(config) if needed_positions is not None else None
    traces = traces_from_args(args, model, queries, needed_positions=positions)
    if count_key_sentences:
        log(args, f"{len(traces)} traces, {sum(t.has_key_sentence for t in traces)} with a key sentence")
    return CommandStart(prog=prog, args=args, config=config, out=out, argv=argv_list, started=started,
                        queries=queries, model=model, traces=traces)


__all__ = ["CommandStart", "start_command"]
