"""``python -m keysent.train``: SFT or SafeKey training in place, with before/after snapshots.

Shares the model, data and run options of every keysent command (:mod:`keysent.cli.options`).
Without ``--dataset`` a built-in model trains on the organism's safety-SFT set; a real checkpoint
needs ``--dataset`` with responses (STAR-1 format, keysent traces, run directories).

Writes ``--out`` (only when complete): ``model/`` (a Hugging Face directory), ``head.safetensors``
(SafeKey), ``before/`` and ``after/`` (``snapshot.json`` and ``traces.jsonl``), ``compare.json``,
``compare.md``, ``figures/`` and ``train.json``. Checkpoints go to ``<out>.work`` meanwhile.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from keysent.cli.options import cli_main, log, make_parser, warn
from keysent.training.checkpoint import resolve_train_out


def build_parser() -> argparse.ArgumentParser:
    p = make_parser("train", "Train SFT, SafeKey or Safe Trigger in place on a hooked model and compare before/after.",
                    default_per_group=40)
    g = p.add_argument_group("training")
    from keysent.training.config import METHODS

    g.add_argument("--method", default="sft", help=f"{', '.join(METHODS[:-1])} or {METHODS[-1]} (default: sft)")
    g.add_argument("--epochs", type=int, default=None,
                   help="passes over the training set (default: 5, the public SafeKey code; built-in models: the reference budget, keysent.organism.splits.REFERENCE_SFT: 3)")
    g.add_argument("--aux-epochs", type=int, default=None, help="SafeKey objectives on in the last N epochs (default: 2, or all epochs when fewer)")
    g.add_argument("--lr", type=float, default=None, help="peak learning rate (default: 1e-5, public code; built-in models 1e-4)")
    g.add_argument("--train-batch-size", type=int, default=None, help="sequences per micro-batch (default: 8; built-in models 16)")
    g.add_argument("--weight-decay", type=float, default=None, help="AdamW weight decay (default: 1e-4; built-in models 0)")
    g.add_argument("--schedule", default=None, help="cosine or constant (default: cosine with 5%% warm-up; built-in models constant)")
    g.add_argument("--grad-accum", type=int, default=1, help="micro-batches (of --batch-size) per optimiser step")
    g.add_argument("--max-length", type=int, default=8192, help="longest training sequence in tokens (default: 8192)")
    g.add_argument("--head-mode", default="joint", help="joint, detach or detach-drop-sft (default: joint)")
    g.add_argument("--no-head", action="store_true", help="SafeKey without the Dual-Path Safety Head")
    g.add_argument("--no-qmm", action="store_true", help="SafeKey without Query-Mask Modeling")
    g.add_argument("--gradient-checkpointing", action="store_true", help="recompute activations in the backward pass")
    g.add_argument("--autocast", default="none", help="none, bf16 or fp16 (GPU only)")
    g.add_argument("--n-train", type=int, default=None, help="built-in safety-SFT examples without --dataset (default: the reference budget's 300)")
    g.add_argument("--lora-rank", type=int, default=0, help="train LoRA adapters of this rank (peft) instead of every weight")
    g.add_argument("--resume", action="store_true", help="continue an interrupted run from <out>.work")
    from keysent.training.safetrigger.cli import add_arguments as add_safetrigger_arguments

    add_safetrigger_arguments(p)
    e = p.add_argument_group("evaluation")
    e.add_argument("--eval", default="auto", choices=("auto", "builtin", "shared", "none"),
                   help="snapshot set: builtin (organism), shared (../shared/data), none; auto picks by model")
    e.add_argument("--eval-data", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "data"),
                   help="directory of the shared evaluation data (for --eval shared)")
    e.add_argument("--eval-per-group", type=int, default=40, help="queries per evaluation group (default: 40)")
    e.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


def eval_set(args: argparse.Namespace):
    from keysent.compare.snapshot import builtin_eval_queries, real_eval_queries
    from keysent.models.loading import BUILTIN_MODELS

    kind = args.eval
    if kind == "auto":
        kind = "builtin" if args.model in BUILTIN_MODELS else "shared"
    if kind == "none":
        return None
    if kind == "builtin":
        return builtin_eval_queries(args.eval_per_group)
    return real_eval_queries(args.eval_data, args.eval_per_group)


@cli_main("train")
def main(argv: list[str] | None = None) -> int:
    from keysent.errors import ConfigError, DatasetError
    from keysent.models.loading import BUILTIN_MODELS
    from keysent.training.config import PUBLIC_DEFAULTS, TrainConfig, builtin_defaults

    from keysent.training.config import METHODS

    args = build_parser().parse_args(argv)
    if args.method not in METHODS:
        raise ConfigError(f"unknown --method {args.method!r}; choose one of {', '.join(METHODS)}")
    if args.method == "safetrigger":
        from keysent.training.safetrigger.cli import run

        return run(args)
    defaults = builtin_defaults() if args.model in BUILTIN_MODELS else dict(PUBLIC_DEFAULTS)
    pick = lambda value, key: defaults[key] if value is None else value  # noqa: E731
    epochs = pick(args.epochs, "epochs")
    config = TrainConfig(method=args.method, epochs=epochs, aux_epochs=min(2, epochs) if args.aux_epochs is None else args.aux_epochs,
                         lr=pick(args.lr, "lr"), batch_size=pick(args.train_batch_size, "batch_size"),
                         betas=defaults["betas"], weight_decay=pick(args.weight_decay, "weight_decay"),
                         schedule=pick(args.schedule, "schedule"), warmup_frac=defaults["warmup_frac"],
                         grad_accum=args.grad_accum, max_length=args.max_length,
                         head_mode=args.head_mode, use_head=not args.no_head, use_qmm=not args.no_qmm,
                         seed=args.seed, gradient_checkpointing=args.gradient_checkpointing, autocast=args.autocast,
                         lora_rank=args.lora_rank)
    out = resolve_train_out(args)
    n_train = args.n_train if args.n_train is not None else defaults.get("n_examples", 300)
    if args.eval_per_group < 1 or n_train < 1:
        raise ConfigError("--eval-per-group and --n-train must be at least 1")

    records = None
    if args.dataset:
        from keysent.querysets import load_queries

        records = load_queries(args.dataset, query_column=args.query_column, response_column=args.response_column,
                               label_column=args.label_column, split=args.split, limit=args.limit, seed=args.seed)
    elif args.model not in BUILTIN_MODELS:
        raise DatasetError(f"--model {args.model!r} is not a built-in model: pass --dataset with training traces "
                           "(e.g. 'harmful=../shared/data/star1/STAR-1.json#query=question,response=response')")
    queries = eval_set(args)

    from keysent.cli.options import load_model_from_args
    from keysent.versions import environment
    from keysent.judge.spec import locator_from_args
    from keysent.training.data import examples_from_records, organism_sft_records
    from keysent.training.trainer import train

    model = load_model_from_args(args)
    if records is None:
        records = organism_sft_records(n_train, seed=args.seed)
    data = examples_from_records(model, records, max_length=config.max_length, sources=args.dataset or ["organism-sft"],
                                 locator=locator_from_args(args))
    s = data.summary()
    log(args, f"{s['n_examples']} training examples ({s['n_unsafe']} unsafe, {s['n_safe']} safe)"
        + (f"; skipped {s['skipped']}" if s["skipped"] else ""))
    for message in data.warnings():
        warn(message)
    snap_kw = dict(max_new_tokens=args.max_new_tokens, gen_batch_size=args.gen_batch_size, batch_size=args.batch_size,
                   seed=args.seed, progress=not args.quiet)

    def before_training(work: Path) -> None:
        from keysent.compare.snapshot import read_snapshot, snapshot, write_snapshot

        if queries is None:
            return
        if (work / "before" / "snapshot.json").is_file():
            read_snapshot(work / "before")
            log(args, f"reusing the before snapshot in {work / 'before'}")
            return
        log(args, f"before snapshot on {len(queries)} evaluation queries")
        snap, traces = snapshot(model, queries, label="before", **snap_kw)
        write_snapshot(work / "before", snap, traces)

    def write_output(tmp: Path, result) -> None:
        from keysent.compare.report import write_comparison
        from keysent.compare.snapshot import read_snapshot, snapshot, write_snapshot

        result.extra["environment"] = environment()
        if queries is None:
            return
        work = out.with_name(out.name + ".work")
        shutil.copytree(work / "before", tmp / "before")
        log(args, f"after snapshot on {len(queries)} evaluation queries")
        snap, traces = snapshot(model, queries, label=f"after {config.method}", **snap_kw)
        write_snapshot(tmp / "after", snap, traces)
        write_comparison(tmp, read_snapshot(tmp / "before"), snap, static_figures=not args.no_static_figures)

    try:
        result = train(model, data, config, out=out, force=args.force, resume=args.resume, progress=not args.quiet,
                       before_training=before_training, write_output=write_output)
    except KeyboardInterrupt:  # the trainer has printed where the last checkpoint is
        return 130
    print(f"trained {model.name} with {config.method}: {result.steps} steps in {result.seconds:.1f} s; wrote {out}")
    if (out / "compare.md").is_file():
        sys.stdout.write((out / "compare.md").read_text(encoding="utf-8").split("## Probe")[0])
    return 0


__all__ = ["main", "build_parser"]
