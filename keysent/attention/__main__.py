"""``python -m keysent.attention``: how much does the key sentence attend to, and depend on, the query and C?

With no arguments it runs on the built-in model: generates traces for the built-in query set,
measures attention from K to the query, C, the attention sinks and the rest per layer and head,
runs the knock-outs (K cannot see the query / C / both), and writes a run directory
(:class:`~keysent.rundir.RunDir`): ``summary.json``, ``config.json``
(:class:`~keysent.attention.config.AttentionConfig`), ``attention.json``, ``attention.csv``,
``knockout.json``, ``traces.jsonl`` and ``figures/``.
"""

from __future__ import annotations

import argparse
import sys

from keysent.cli.options import brought_traces_note, cli_main, data_summary, make_parser
from keysent.cli.prologue import start_command

DEFAULT_PER_GROUP = 40



def build_parser() -> argparse.ArgumentParser:
    from keysent.attention.config import AttentionConfig, knockout_row_conventions

    cfg = AttentionConfig()
    p = make_parser("attention", __doc__.strip().splitlines()[0], default_per_group=DEFAULT_PER_GROUP)
    g = p.add_argument_group("attention")
    g.add_argument("--layers", default=cfg.layers, help=f"'all', '0,3,-1' or '2:6' (default: {cfg.layers})")
    g.add_argument("--knockout-rows", default=cfg.knockout_rows, choices=list(knockout_row_conventions()),
                   help="predict (default): every row that predicts a K token, from the last token before K on; "
                        "K: K's own tokens on; after: every token after the span (SafeKey's query mask). "
                        "A token always sees itself")
    g.add_argument("--no-knockout", action="store_true", help="skip the knock-outs")
    g.add_argument("--no-regenerate", action="store_true", help="knock-outs measure K's log-likelihood only (no regeneration of K)")
    g.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


def config_from_args(args: argparse.Namespace):
    """The :class:`~keysent.attention.config.AttentionConfig` of parsed arguments (validated)."""
    from keysent.attention.config import AttentionConfig

    return AttentionConfig(layers=args.layers, knockout=not args.no_knockout, knockout_rows=args.knockout_rows,
                           regenerate=not args.no_regenerate, batch_size=args.batch_size,
                           static_figures=not args.no_static_figures)


@cli_main("attention")
def main(argv: list[str] | None = None) -> int:
    from keysent.judge.apply import judges_summary, verdict_counts, warn_not_judged
    from keysent.judge.spec import judges_from_args
    from keysent.attention.knockout import knockout
    from keysent.attention.metrics import attention_metrics
    from keysent.attention.report import format_report, knockout_summary, metrics_by_group, metrics_csv, trace_groups, write_figures
    from keysent.capture import resolve_layers

    run_start = start_command(
        "attention", build_parser(), argv, default_per_group=DEFAULT_PER_GROUP, config_from_args=config_from_args,
        with_model=lambda cfg, model: resolve_layers(cfg.layers, model.n_layers),
        # metrics and K-row knock-outs read up to K's last token; "after" rows need the whole trace
        needed_positions=lambda cfg: ["k_last"] if cfg.knockout_rows in ("K", "predict") else None)
    args, cfg, model, traces = run_start.args, run_start.config, run_start.model, run_start.traces
    layers = resolve_layers(cfg.layers, model.n_layers)
    metrics = attention_metrics(model, traces, layers=layers, batch_size=cfg.batch_size, progress="attention" if not args.quiet else False)
    groups = trace_groups(traces)
    warn_not_judged(verdict_counts(traces), "attention")  # NOT_JUDGED K is in no group
    by_group = metrics_by_group(metrics, groups)
    ko = None
    if cfg.knockout:
        ko_result = knockout(model, traces, rows=cfg.knockout_rows, regenerate=cfg.regenerate, batch_size=cfg.batch_size, progress=not args.quiet,
                             judge=judges_from_args(args).aha)
        ko = knockout_summary(ko_result, groups)
        note = brought_traces_note(traces, model.name, "their K regenerated under a knock-out") if cfg.regenerate else None
        if note:
            ko["warning"] = note
    with run_start.run_directory() as run:
        run.write_text("attention.csv", metrics_csv(metrics, traces))
        if ko is not None:
            run.write_json("knockout.json", ko)
        figs = write_figures(model, traces, metrics, groups, run.path / "figures", static=cfg.static_figures)
        report = {
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
            "data": data_summary(args, model),
        }
        run.write_json("attention.json", report)
        run.summary.update({k: report[k] for k in ("model", "n_traces", "n_with_key_sentence", "layers", "figures")})
    print(format_report(by_group, ko))
    if ko is not None and "warning" in ko:
        print(f"warning: {ko['warning']}")
    if figs.note:
        print(figs.note)
    print(run_start.finished())
    return 0


if __name__ == "__main__":
    from keysent.cli.pipes import run_main

    run_main(main)
