"""``python -m keysent.train --method safetrigger``: Safe Trigger's data stages, SFT, then DPO.

``--stage sft`` runs the data stages and SFT; ``--stage dpo`` DPO alone on ``--model`` (e.g. a
previous SFT run's ``model/``) with the pairs of a previous run (``--st-data``); ``--stage both``
(default) everything. Work (stage outputs, generation caches, checkpoints, the before snapshot)
goes to ``<out>.work``; ``--resume`` continues it. The finished run directory holds ``model/``,
``data/`` (every stage's rows and counts), ``before/``, ``after/``, ``compare.json`` (with a
``safetrigger`` section), ``compare.md``, ``safetrigger.json`` and ``train.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any


#: SFT epochs of the Safe Trigger stage on the built-in models (measured: 2 epochs gave no trigger).
BUILTIN_SFT_EPOCHS = 10


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Safe Trigger's options on ``python -m keysent.train``."""
    g = p.add_argument_group("safe trigger (--method safetrigger)")
    g.add_argument("--stage", default="both", help="sft, dpo or both (default: both)")
    g.add_argument("--safe-position", default="after_think",
                   help="where <safe>...</safe> goes: after_think (default; after </think>, before the answer) or after_k")
    g.add_argument("--trigger-on", default="agree",
                   help="which unsafe-query judgement triggers: agree (default: the model's review verdict where the "
                        "dataset role agrees), verdict or role")
    g.add_argument("--review-reply", default="answer", help="what the review shows as the reply: answer (default) or response")
    g.add_argument("--safe-tokens", default="text",
                   help="<safe>/</safe> as plain text (default: text) or as added tokens with mean-initialised "
                        "embedding rows, saved with the model (special)")
    g.add_argument("--safe-answer", default="conditioned",
                   help="the safe answer: conditioned (default: the model's own continuation of its reasoning and "
                        "<safe>analysis</safe> when it refuses, else the fallbacks) or sampled (the fallbacks only: "
                        "its greedy answer when it refuses, else sampled responses)")
    g.add_argument("--safe-tries", type=int, default=8, help="sampled responses tried for a safe answer (default: 8)")
    g.add_argument("--restate-tries", type=int, default=4,
                   help="sampled responses to the plain restatement of a jailbreak query whose own samples never "
                        "refused (default: 4; 0: off)")
    g.add_argument("--over-refusal-tries", type=int, default=1,
                   help="sampled responses per general query searched for an over-refusal (default: 1)")
    g.add_argument("--no-over-refusal", action="store_true", help="build no over_refusal DPO pairs")
    g.add_argument("--st-per-group", type=int, default=60,
                   help="built-in training queries per group: general, harmful, jailbreak (default: 60)")
    g.add_argument("--st-data", default=None, help="--stage dpo: a previous run directory (or its data/) with the pairs")
    g.add_argument("--beta", type=float, default=0.1, help="DPO beta (default: 0.1)")
    g.add_argument("--dpo-epochs", type=int, default=2, help="DPO passes over the pairs (default: 2)")
    g.add_argument("--dpo-lr", type=float, default=None, help="DPO learning rate (default: 1e-6; built-in models 1e-5)")
    g.add_argument("--dpo-batch-size", type=int, default=8, help="DPO pairs per step (default: 8)")


def run(args: argparse.Namespace) -> int:
    from keysent.atomic import atomic_directory, write_json
    from keysent.cli.options import load_model_from_args, log
    from keysent.versions import environment
    from keysent.compare.report import write_comparison
    from keysent.compare.snapshot import read_snapshot, snapshot, write_snapshot
    from keysent.errors import ConfigError
    from keysent.models.loading import BUILTIN_MODELS
    from keysent.training.checkpoint import resolve_train_out, work_dir_for
    from keysent.training.cli import eval_set
    from keysent.training.config import PUBLIC_DEFAULTS, TrainConfig, builtin_defaults
    from keysent.training.safetrigger.config import SafeTriggerConfig
    from keysent.training.safetrigger.data import DataStages, StageError, query_set, sft_records
    from keysent.training.safetrigger.dpo import train_dpo
    from keysent.training.safetrigger.measures import measures_markdown, safetrigger_measures
    from keysent.training.trainer import save_model_dir, train

    builtin = args.model in BUILTIN_MODELS
    cfg = SafeTriggerConfig(stage=args.stage, n_per_group=args.st_per_group, safe_position=args.safe_position,
                            trigger_on=args.trigger_on, review_reply=args.review_reply, safe_tries=args.safe_tries,
                            safe_tokens=args.safe_tokens, safe_answer=args.safe_answer, restate_tries=args.restate_tries,
                            over_refusal_tries=args.over_refusal_tries, over_refusal=not args.no_over_refusal,
                            beta=args.beta, dpo_epochs=args.dpo_epochs,
                            dpo_lr=args.dpo_lr if args.dpo_lr is not None else (1e-5 if builtin else 1e-6),
                            dpo_batch_size=args.dpo_batch_size, seed=args.seed)
    defaults = builtin_defaults() if builtin else dict(PUBLIC_DEFAULTS)
    if builtin:  # 2 epochs (the reference budget then) never taught the trigger (docs/safetrigger.md); 10 did
        defaults["epochs"] = BUILTIN_SFT_EPOCHS
    pick = lambda value, key: defaults[key] if value is None else value  # noqa: E731
    sft_config = TrainConfig(method="safetrigger", epochs=pick(args.epochs, "epochs"), aux_epochs=0, lr=pick(args.lr, "lr"),
                             batch_size=pick(args.train_batch_size, "batch_size"), betas=defaults["betas"],
                             weight_decay=pick(args.weight_decay, "weight_decay"), schedule=pick(args.schedule, "schedule"),
                             warmup_frac=defaults["warmup_frac"], grad_accum=args.grad_accum, max_length=args.max_length,
                             seed=args.seed, gradient_checkpointing=args.gradient_checkpointing, autocast=args.autocast,
                             lora_rank=args.lora_rank)
    out = resolve_train_out(args)
    work = work_dir_for(out)
    if work.exists() and not args.resume:
        if not args.force:
            raise ConfigError(f"{str(work)!r} holds an interrupted run; pass --resume to continue it, or --force to start over")
        shutil.rmtree(work)
    data_dir = work / "data"
    if cfg.stage == "dpo":
        src = Path(args.st_data) if args.st_data else data_dir
        if (src / "data").is_dir():
            src = src / "data"
        if not (src / "pairs.jsonl").is_file() or not (src / "sft.json").is_file():
            raise StageError(f"--stage dpo needs the SFT data and DPO pairs of a previous --stage sft run: no pairs.jsonl "
                             f"and sft.json in {str(src)!r}; run --stage sft first, or pass --st-data RUN_DIR")
        if src != data_dir:
            shutil.copytree(src, data_dir, dirs_exist_ok=True)
    if not builtin and not args.dataset and cfg.stage != "dpo":
        from keysent.errors import DatasetError

        raise DatasetError(f"--model {args.model!r} is not a built-in model: pass --dataset specs of harmful=, "
                           "jailbreak= and benign= queries for the data stages")
    queries = eval_set(args)
    model = load_model_from_args(args)
    work.mkdir(parents=True, exist_ok=True)
    snap_kw = dict(max_new_tokens=args.max_new_tokens, gen_batch_size=args.gen_batch_size, batch_size=args.batch_size,
                   seed=args.seed, progress=not args.quiet)
    before_traces = None
    if queries is not None:
        if (work / "before" / "snapshot.json").is_file():
            log(args, f"reusing the before snapshot in {work / 'before'}")
            from keysent.traces.generate import load_traces

            before_traces = load_traces(work / "before" / "traces.jsonl")
        else:
            log(args, f"before snapshot on {len(queries)} evaluation queries")
            snap, before_traces = snapshot(model, queries, label="before", **snap_kw)
            write_snapshot(work / "before", snap, before_traces)

    if cfg.safe_tokens == "special":
        from keysent.training.safetrigger.tokens import add_safe_tokens, marker_ids

        base_name = model.name
        model = add_safe_tokens(model, work / "base-model")
        log(args, f"<safe>/</safe> as added tokens {marker_ids(model.tokenizer)} of {base_name} "
                  "(embedding rows from the mean embedding)")
    report: dict[str, Any] = {"config": cfg.to_dict(), "model": model.name, "stages": {}}
    stages = DataStages(model, cfg, work, max_new_tokens=args.max_new_tokens, gen_batch_size=args.gen_batch_size,
                        progress=not args.quiet, check_settings=cfg.stage != "dpo")
    if cfg.stage in ("sft", "both"):
        load_kw = dict(query_column=args.query_column, label_column=args.label_column, split=args.split, limit=args.limit)
        report["stages"] = stages.run(query_set(cfg, args.dataset, **load_kw), log=lambda m: log(args, m))
        report["sft"] = _sft_stage(args, model, stages, sft_config, work, train, sft_records)
    else:
        report["stages"] = {s: stages.counts(s) for s in ("generate", "review", "safe_answers", "over_refusals", "sft")
                            if stages.done(s)}
    if cfg.stage in ("dpo", "both"):
        pairs = stages.rows("pairs")
        log(args, f"DPO on {len(pairs)} pairs ({json.dumps(stages.counts('pairs')['by_kind'])}), beta {cfg.beta}")
        report["dpo"] = train_dpo(model, pairs, cfg, work=work / "dpo.work", resume=args.resume, progress=not args.quiet)
    report["environment"] = environment()

    with atomic_directory(out, force=args.force) as tmp:
        save_model_dir(model, tmp / "model")
        shutil.copytree(data_dir, tmp / "data", ignore=shutil.ignore_patterns("cache"))
        if (work / "dpo.work" / "reference.json").is_file():
            shutil.copy2(work / "dpo.work" / "reference.json", tmp / "data" / "dpo_reference.json")
        if queries is not None:
            shutil.copytree(work / "before", tmp / "before")
            log(args, f"after snapshot on {len(queries)} evaluation queries")
            snap, traces = snapshot(model, queries, label=f"after safetrigger ({cfg.stage})", **snap_kw)
            write_snapshot(tmp / "after", snap, traces)
            doc = write_comparison(tmp, read_snapshot(tmp / "before"), snap,
                                   static_figures=not args.no_static_figures)
            st = {"before": safetrigger_measures(before_traces), "after": safetrigger_measures(traces)}
            doc["safetrigger"] = st
            write_json(tmp / "compare.json", doc)
            report["measures"] = st
            (tmp / "compare.md").write_text((tmp / "compare.md").read_text(encoding="utf-8") + "\n## Safe Trigger\n\n"
                                            + measures_markdown(st["before"], st["after"]), encoding="utf-8")
        write_json(tmp / "safetrigger.json", report)
        write_json(tmp / "train.json", {"model": model.name, "method": "safetrigger", "config": cfg.to_dict(),
                                        "sft_config": sft_config.to_dict(), "sft": report.get("sft"),
                                        "dpo": report.get("dpo"), "environment": report["environment"]})
    shutil.rmtree(work, ignore_errors=True)
    print(f"trained {model.name} with safetrigger ({cfg.stage}); wrote {out}")
    if (out / "compare.md").is_file():
        print((out / "compare.md").read_text(encoding="utf-8").split("## Safe Trigger")[-1])
    return 0


def _sft_stage(args, model, stages, config, work: Path, train, sft_records) -> dict[str, Any]:
    """SFT on the built examples (the trainer, checkpointed in ``<work>/sft.work``); a finished SFT
    stage's weights are reloaded from ``<work>/sft-weights.safetensors`` instead of retraining."""
    from safetensors.torch import load_model, save_model

    from keysent.cli.options import log, warn
    from keysent.judge.spec import locator_from_args
    from keysent.training.data import examples_from_records

    weights = work / "sft-weights.safetensors"
    if weights.is_file():
        load_model(model.generation_model, str(weights))
        log(args, f"SFT done before; reloaded {weights}")
        return json.loads((work / "sft" / "train.json").read_text(encoding="utf-8"))
    data = examples_from_records(model, sft_records(stages.rows("sft")), max_length=config.max_length,
                                 sources=["safetrigger-sft"], locator=locator_from_args(args))
    s = data.summary()
    log(args, f"SFT on {s['n_examples']} self-generated examples ({s['n_unsafe']} triggered, {s['n_safe']} unchanged)"
        + (f"; skipped {s['skipped']}" if s["skipped"] else ""))
    for message in data.warnings():
        warn(message)
    train(model, data, config, out=work / "sft", resume=args.resume, progress=not args.quiet)
    from keysent.atomic import atomic_path

    with atomic_path(weights) as tmp:
        save_model(model.generation_model, str(tmp))
    return json.loads((work / "sft" / "train.json").read_text(encoding="utf-8"))


__all__ = ["add_arguments", "run"]
