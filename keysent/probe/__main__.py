"""``python -m keysent.probe``: where do the hidden states carry the safety signal around K?

With no arguments it runs end to end on the built-in model (built on first use): generates
traces for a balanced built-in query set (benign, harmful, jailbreak-wrapped with held-out
wrappers), locates C and K, judges them, captures hidden states, fits per-layer probes and writes a
run directory (``summary.json``, ``config.json``, ``probes.csv``, ``directions.safetensors``,
``traces.jsonl``, ``figures/``).

The probe options are the fields of :class:`~keysent.probe.config.ProbeRunConfig` and
:class:`~keysent.probe.config.ProbeConfig` (defaults and choices come from there).
"""

from __future__ import annotations

import argparse
import sys

from keysent.cli.options import cli_main, data_summary, make_parser, run_inputs
from keysent.cli.prologue import start_command

DEFAULT_PER_GROUP = 60



def build_parser() -> argparse.ArgumentParser:
    from keysent.probe.config import METHODS, SOLVERS, STANDARDIZE, ProbeConfig, ProbeRunConfig
    from keysent.probe.targets import PROBE_TARGETS

    run, fit = ProbeRunConfig(), ProbeConfig()
    p = make_parser("probe", __doc__.strip().splitlines()[0], default_per_group=DEFAULT_PER_GROUP)
    g = p.add_argument_group("probes")
    g.add_argument("--positions", default=",".join(run.positions),
                   help="comma-separated <span>_<first|last|mean> positions, span in prompt, query, reasoning, c, k, rest, answer "
                        f"(default: {','.join(run.positions)})")
    g.add_argument("--targets", default=None, help=f"comma-separated targets from {', '.join(PROBE_TARGETS)} (default: all)")
    g.add_argument("--layers", default=run.layers, help=f"'all', '0,3,-1' or '2:6' (default: {run.layers})")
    g.add_argument("--folds", type=int, default=fit.folds, help=f"cross-validation folds (default: {fit.folds})")
    g.add_argument("--method", default=fit.method, choices=list(METHODS), help=f"probe type (default: {fit.method})")
    g.add_argument("--standardize", default=fit.standardize, choices=list(STANDARDIZE),
                   help="z-score features with statistics of all traces (label-free; fast), of each training fold only "
                        f"(exact cross-validation; slower when d_model > traces), or not at all (default: {fit.standardize})")
    g.add_argument("--l2", type=float, default=fit.l2, help=f"L2 penalty on the mean log-loss, C = 1/(n_train*l2) (default: {fit.l2})")
    g.add_argument("--tol", type=float, default=fit.tol, help=f"stop a fit when its gradient norm is below this (default: {fit.tol})")
    g.add_argument("--max-iter", type=int, default=fit.max_iter, help=f"Newton steps at most (default: {fit.max_iter})")
    g.add_argument("--solver", default=fit.solver, choices=list(SOLVERS), help=f"logistic solver (default: {fit.solver})")
    g.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


def config_from_args(args: argparse.Namespace):
    """The :class:`~keysent.probe.config.ProbeRunConfig` of parsed arguments (validated)."""
    from keysent.probe.config import ProbeConfig, ProbeRunConfig

    fit = ProbeConfig(folds=args.folds, l2=args.l2, method=args.method, seed=args.seed, standardize=args.standardize,
                      max_iter=args.max_iter, tol=args.tol, solver=args.solver)
    return ProbeRunConfig(positions=args.positions, targets=args.targets, layers=args.layers,
                          batch_size=args.batch_size, fit=fit)


@cli_main("probe")
def main(argv: list[str] | None = None) -> int:
    from keysent.probe.pipeline import run_probes, write_run

    # config_from_args validates every option before any expensive work
    started = start_command("probe", build_parser(), argv, default_per_group=DEFAULT_PER_GROUP,
                            config_from_args=config_from_args)
    args, model, traces = started.args, started.model, started.traces
    run = run_probes(model, traces, started.config, progress=not args.quiet)
    path, note = write_run(run, started.out, force=args.force, static_figures=not args.no_static_figures,
                           argv=started.argv, inputs=run_inputs(args), data=data_summary(args, model))
    print(run.format_table())
    if note:
        print(note)
    print(started.finished(path))
    return 0


if __name__ == "__main__":
    from keysent.cli.pipes import run_main

    run_main(main)
