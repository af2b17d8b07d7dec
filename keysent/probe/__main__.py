"""``python -m keysent.probe``: where do the hidden states carry the safety signal around K?

With no arguments it runs end to end on the built-in model (built on first use): generates
traces for a balanced built-in query set (benign, harmful, jailbreak-wrapped with held-out
wrappers), locates C and K, judges them, captures hidden states, fits per-layer probes and writes a
run directory (``summary.json``, ``probes.csv``, ``traces.jsonl``, ``figures/``).
"""

from __future__ import annotations

import sys
import time

from keysent.cli.options import (
    check_common,
    cli_main,
    data_summary,
    environment,
    load_model_from_args,
    queries_from_args,
    log,
    make_parser,
    resolve_out,
    traces_from_args,
)

DEFAULT_PER_GROUP = 60


def build_parser():
    from keysent.capture import DEFAULT_POSITIONS
    from keysent.probe.pipeline import TARGETS

    p = make_parser("probe", __doc__.strip().splitlines()[0], default_per_group=DEFAULT_PER_GROUP)
    g = p.add_argument_group("probes")
    g.add_argument("--positions", default=",".join(DEFAULT_POSITIONS),
                   help="comma-separated <span>_<first|last|mean> positions, span in prompt, query, reasoning, c, k, rest, answer")
    g.add_argument("--targets", default=None, help=f"comma-separated targets from {', '.join(TARGETS)} (default: all)")
    g.add_argument("--layers", default="all", help="'all', '0,3,-1' or '2:6' (default: all)")
    g.add_argument("--folds", type=int, default=5, help="cross-validation folds (default: 5)")
    g.add_argument("--method", default="logistic", choices=["logistic", "diffmean"], help="probe type (default: logistic)")
    g.add_argument("--standardize", default="all", choices=["all", "fold", "none"],
                   help="z-score features with statistics of all traces (label-free; fast), of each training fold only "
                        "(exact cross-validation; slower when d_model > traces), or not at all (default: all)")
    g.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


@cli_main("probe")
def main(argv: list[str] | None = None) -> int:
    from keysent.capture import parse_positions
    from keysent.probe.pipeline import parse_targets, run_probes, write_run

    args = build_parser().parse_args(argv)
    check_common(args)
    parse_positions(args.positions)  # validate names before any expensive work
    if args.targets is not None:
        parse_targets(args.targets)
    out = resolve_out(args, "probe")
    start = time.time()
    queries = queries_from_args(args, default_per_group=DEFAULT_PER_GROUP)
    log(args, f"{len(queries)} queries; loading {args.model} ...")
    model = load_model_from_args(args)
    traces = traces_from_args(args, model, queries)
    log(args, f"{len(traces)} traces, {sum(t.has_key_sentence for t in traces)} with a key sentence")
    run = run_probes(
        model,
        traces,
        positions=args.positions,
        targets=args.targets,
        layers=args.layers,
        folds=args.folds,
        method=args.method,
        standardize=args.standardize,
        seed=args.seed,
        batch_size=args.batch_size,
        progress=not args.quiet,
    )
    extra = {"data": data_summary(args, model), "environment": environment(), "argv": sys.argv[1:] if argv is None else list(argv), "seconds": round(time.time() - start, 1)}
    path, note = write_run(run, out, force=args.force, static_figures=not args.no_static_figures, extra=extra)
    print(run.format_table())
    if note:
        print(note)
    print(f"run directory: {path}  ({time.time() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
