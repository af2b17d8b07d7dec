"""``python -m keysent.counterfactual``: is the model decided at the end of C, and does the answer follow a forced K?

With no arguments it runs on the built-in model: generates traces for the built-in query set
(greedy), resamples K and the answer 16 times from the end of each trace's C (temperature 0.6,
top-p 0.95, one shared prefix cache per trace), forces an aha K on traces whose K was a move to
solve and a solve K on aha traces (from the run's own key sentences), and writes a run directory
(:class:`~keysent.rundir.RunDir`): ``summary.json``, ``config.json``
(:class:`~keysent.counterfactual.config.CounterfactualConfig`), ``counterfactual.json``,
``counterfactual.csv``, ``traces.jsonl`` (the original traces), ``resampled.jsonl`` and
``forced.jsonl`` (the new traces, with spans and judgements) and ``figures/``.
"""

from __future__ import annotations

import argparse
import sys

from keysent.cli.options import brought_traces_note, cli_main, log, make_parser, warn
from keysent.cli.prologue import start_command

DEFAULT_PER_GROUP = 16


def build_parser() -> argparse.ArgumentParser:
    from keysent.counterfactual.config import MODES, UNTIL, CounterfactualConfig

    cfg = CounterfactualConfig()
    p = make_parser("counterfactual", __doc__.strip().splitlines()[0], default_per_group=DEFAULT_PER_GROUP)
    g = p.add_argument_group("counterfactual")
    g.add_argument("--mode", default=cfg.mode, choices=list(MODES),
                   help=f"resample K from the end of C, force K, or both (default: {cfg.mode})")
    g.add_argument("--samples", type=int, default=cfg.samples,
                   help=f"continuations per trace when resampling (default: {cfg.samples}); resampling samples "
                        "at --temperature / --top-p (temperature 0: greedy)")
    g.add_argument("--until", default=cfg.until, choices=list(UNTIL),
                   help="resample to the end of the answer (default) or only to the end of K")
    g.add_argument("--k-bank", default=cfg.k_bank, metavar="own|organism|FILE",
                   help="forced sentences: the run's own key sentences (default), the organism's phrases, or a "
                        "file with one sentence a line (sorted into aha / solve by the rule judge)")
    g.add_argument("--decided", type=float, default=cfg.decided,
                   help=f"a trace is decided when P(aha K | prefix) >= this or <= 1 - this (default: {cfg.decided})")
    g.add_argument("--sample-batch-size", type=int, default=cfg.sample_batch_size,
                   help=f"samples decoded together from one prefix (default: {cfg.sample_batch_size})")
    g.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


def config_from_args(args: argparse.Namespace):
    """The :class:`~keysent.counterfactual.config.CounterfactualConfig` of parsed arguments (validated)."""
    from keysent.counterfactual.config import CounterfactualConfig

    return CounterfactualConfig(mode=args.mode, samples=args.samples, until=args.until, temperature=args.temperature,
                                top_p=args.top_p, do_sample=args.do_sample, k_bank=args.k_bank, decided=args.decided,
                                sample_batch_size=args.sample_batch_size, static_figures=not args.no_static_figures)


@cli_main("counterfactual")
def main(argv: list[str] | None = None) -> int:
    from keysent.counterfactual.figures import write_figures
    from keysent.counterfactual.force import choose_forced, force_key_sentence, sentence_bank
    from keysent.counterfactual.report import (csv_text, force_summary, format_report, resample_rows,
                                               resample_summary)
    from keysent.counterfactual.resample import resample, usable_traces
    from keysent.traces.generate import save_traces

    def check_bank(cfg) -> None:
        if cfg.k_bank not in ("own", "organism") and cfg.mode != "resample":
            sentence_bank(cfg.k_bank, [])  # a bad bank file fails before the model loads

    run_start = start_command("counterfactual", build_parser(), argv, default_per_group=DEFAULT_PER_GROUP,
                              config_from_args=config_from_args, before_model=check_bank, count_key_sentences=False)
    args, cfg, model, traces = run_start.args, run_start.config, run_start.model, run_start.traces
    keep, skipped = usable_traces(traces)
    log(args, f"{len(traces)} traces, {len(keep)} with C and K"
              + (f" (skipped: {', '.join(f'{v} {k}' for k, v in skipped.items())})" if skipped else ""))
    report: dict = {"model": model.name, "n_traces": len(traces), "n_usable": len(keep), "skipped": skipped}
    note = brought_traces_note([traces[i] for i in keep], model.name, "the K and answer resampled or forced from them")
    if note:
        warn(note)
        report["warning"] = note
    rows = res = rs_summary = None
    if cfg.mode in ("resample", "both"):
        res = resample(model, traces, n=cfg.samples, until=cfg.until, temperature=cfg.temperature, top_p=cfg.top_p,
                       seed=args.seed, max_new_tokens=args.max_new_tokens, batch_size=cfg.sample_batch_size,
                       progress=not args.quiet)
        rows = resample_rows(traces, res, cfg.decided)
        rs_summary = resample_summary(rows)
        report["resample"] = {"settings": res.settings, "decided": cfg.decided, "groups": rs_summary, "traces": rows}
    forced = plan = fs_summary = None
    if cfg.mode in ("force", "both"):
        bank = sentence_bank(cfg.k_bank, traces)
        plan = choose_forced(traces, keep, bank, seed=args.seed)
        notes = [f"no {k} sentence in the bank: do(K = {k}) not run" for k in ("aha", "solve") if not bank[k]]
        for n_ in notes:
            warn(n_)  # a half of the forcing table is missing: said even with --quiet
        forced = force_key_sentence(model, [traces[i] for i, _, _ in plan], [s for _, _, s in plan],
                                    do_sample=cfg.do_sample, temperature=cfg.temperature or 1.0, top_p=cfg.top_p,
                                    seed=args.seed, max_new_tokens=args.max_new_tokens,
                                    batch_size=args.gen_batch_size,
                                    labels=[{"source": i, "forced_kind": k} for i, k, _ in plan],
                                    progress=not args.quiet)
        fs_summary = force_summary(traces, forced, plan)
        report["force"] = {"bank": cfg.k_bank, "bank_sizes": {k: len(v) for k, v in bank.items()},
                           "n_forced": len(plan), "notes": notes, "groups": fs_summary,
                           "forced": [{"trace": i, "kind": k, "sentence": s, "answer_safe": f.answer_safe}
                                      for (i, k, s), f in zip(plan, forced)]}
    with run_start.run_directory() as run:
        if res is not None:
            save_traces(run.file("resampled.jsonl"), [s for group in res.samples for s in group])
        if forced is not None:
            save_traces(run.file("forced.jsonl"), forced)
        run.write_text("counterfactual.csv", csv_text(rows, forced, plan, traces))
        decid = None
        if rows:
            decid = {}
            for r in rows:
                if r["p_aha"]["rate"] is not None:
                    decid.setdefault(r["group"], []).append(r["p_aha"]["rate"])
        paths, note = write_figures(run.path / "figures", decidedness=decid, n_samples=cfg.samples,
                                    rates=fs_summary, static=cfg.static_figures)
        report["figures"] = paths
        if note:
            report["figures_note"] = note
        run.write_json("counterfactual.json", report)
        run.summary.update({k: report[k] for k in ("model", "n_traces", "n_usable", "skipped", "figures")})
    print(format_report(rs_summary, fs_summary))
    if note:
        print(note)
    print(run_start.finished())
    return 0


if __name__ == "__main__":
    from keysent.cli.pipes import run_main

    run_main(main)
