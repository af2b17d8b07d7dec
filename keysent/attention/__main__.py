"""``python -m keysent.attention``: how much does the key sentence attend to, and depend on, the query and C?

With no arguments it runs on the built-in model: generates traces for the built-in query set,
measures attention from K to the query, C, the attention sinks and the rest per layer and head,
runs the knock-outs (K cannot see the query / C / both), and writes ``attention.json``,
``attention.csv``, ``knockout.json``, ``traces.jsonl`` and ``figures/``.
"""

from __future__ import annotations

import sys
import time

from keysent.cli.options import (
    check_common,
    cli_main,
    environment,
    load_model_from_args,
    queries_from_args,
    log,
    make_parser,
    resolve_out,
    traces_from_args,
)

DEFAULT_PER_GROUP = 40


def build_parser():
    p = make_parser("attention", __doc__.strip().splitlines()[0], default_per_group=DEFAULT_PER_GROUP)
    g = p.add_argument_group("attention")
    g.add_argument("--layers", default="all", help="'all', '0,3,-1' or '2:6' (default: all)")
    g.add_argument("--knockout-rows", default="K", choices=["K", "after"],
                   help="K: only K's tokens lose sight of the span; after: every token after the span (SafeKey's query mask)")
    g.add_argument("--no-knockout", action="store_true", help="skip the knock-outs")
    g.add_argument("--no-regenerate", action="store_true", help="knock-outs measure K's log-likelihood only (no regeneration of K)")
    g.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


@cli_main("attention")
def main(argv: list[str] | None = None) -> int:
    from keysent.atomic import atomic_directory, write_json, write_text
    from keysent.judge.apply import judges_summary, verdict_counts, warn_not_judged
    from keysent.judge.spec import judges_from_args
    from keysent.attention.knockout import knockout
    from keysent.attention.metrics import attention_metrics
    from keysent.attention.report import format_report, knockout_summary, metrics_by_group, metrics_csv, trace_groups, write_figures
    from keysent.capture import resolve_layers
    from keysent.traces.generate import save_traces

    args = build_parser().parse_args(argv)
    check_common(args)
    out = resolve_out(args, "attention")
    start = time.time()
    queries = queries_from_args(args, default_per_group=DEFAULT_PER_GROUP)
    log(args, f"{len(queries)} queries; loading {args.model} ...")
    model = load_model_from_args(args)
    layers = resolve_layers(args.layers, model.n_layers)
    traces = traces_from_args(args, model, queries)
    log(args, f"{len(traces)} traces, {sum(t.has_key_sentence for t in traces)} with a key sentence")
    metrics = attention_metrics(model, traces, layers=layers, batch_size=args.batch_size, progress="attention" if not args.quiet else False)
    groups = trace_groups(traces)
    warn_not_judged(verdict_counts(traces), "attention")  # NOT_JUDGED K is in no group
    by_group = metrics_by_group(metrics, groups)
    ko = None
    if not args.no_knockout:
        ko_result = knockout(model, traces, rows=args.knockout_rows, regenerate=not args.no_regenerate, batch_size=args.batch_size, progress=not args.quiet,
                             judge=judges_from_args(args).aha)
        ko = knockout_summary(ko_result, groups)
    with atomic_directory(out, force=args.force) as tmp:
        save_traces(tmp / "traces.jsonl", traces)
        write_text(tmp / "attention.csv", metrics_csv(metrics, traces))
        if ko is not None:
            write_json(tmp / "knockout.json", ko)
        (tmp / "figures").mkdir()
        figs = write_figures(model, traces, metrics, groups, tmp / "figures", static=not args.no_static_figures)
        write_json(tmp / "attention.json", {
            "model": model.name,
            "n_traces": len(traces),
            "n_with_key_sentence": int(metrics.valid.sum()),
            "layers": metrics.layers,
            "targets": list(metrics.targets),
            "definition": "mass: attention from K's tokens summed over the target's tokens, averaged over K's tokens; "
                          "per_token: divided by the target's token count; paper_summary: last layer, mean over heads",
            "groups": by_group,
            "judges": judges_summary(traces),
            "verdicts": verdict_counts(traces),
            "top_heads_k_to_query": metrics.top_heads("query", k=10),
            "figures": figs.paths,
            **({"figures_note": figs.note} if figs.note else {}),
            "environment": environment(),
            "seconds": round(time.time() - start, 1),
        })
    print(format_report(by_group, ko))
    if figs.note:
        print(figs.note)
    print(f"run directory: {out}  ({time.time() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
