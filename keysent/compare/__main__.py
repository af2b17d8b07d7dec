"""``python -m keysent.compare BEFORE AFTER``: compare two snapshots or two models.

``BEFORE``/``AFTER`` are snapshot directories (holding ``snapshot.json``, e.g. a training run's
``before/`` and ``after/``), a training run directory (its ``before/`` or ``after/`` is used as
named), or models (built-in names, Hugging Face directories), which are then snapshotted on the
fixed evaluation set first. Writes ``--out``: ``compare.json``, ``compare.md``, ``figures/`` and,
for models, their snapshots in ``before/`` and ``after/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from keysent.cli.options import add_model_options, cli_main, log, resolve_out


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m keysent.compare", description=__doc__.split("\n\n")[0])
    p.add_argument("before", help="snapshot directory or model")
    p.add_argument("after", help="snapshot directory or model")
    add_model_options(p)
    p.set_defaults(model=None)
    p.add_argument("--eval", default="auto", choices=("auto", "builtin", "shared"), help="evaluation set for models")
    p.add_argument("--eval-data", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "data"))
    p.add_argument("--eval-per-group", type=int, default=40)
    p.add_argument("--max-new-tokens", type=int, default=384)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--gen-batch-size", type=int, default=32)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--ability", default="auto", choices=("auto", "organism", "gsm8k", "none"),
                   help="general-ability rows: the organism's arithmetic and factual accuracy, GSM8K accuracy "
                        "(real checkpoints), picked from the model by default")
    p.add_argument("--ability-n", type=int, default=None, help="organism items per task (default 100)")
    p.add_argument("--gsm8k-n", type=int, default=None, help="GSM8K problems in the fixed sample (default 50)")
    p.add_argument("--gsm8k-path", default=None, help="GSM8K test.jsonl (default ../shared/data/gsm8k/test.jsonl)")
    p.add_argument("--out", default=None)
    p.add_argument("--force", action="store_true")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--no-figures", action="store_true", help="write no figures")
    p.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


def _side(args: argparse.Namespace, name: str, label: str, out_tmp: Path) -> dict[str, Any]:
    from keysent.compare.snapshot import read_snapshot, snapshot, write_snapshot
    from keysent.models.loading import load_model
    from keysent.training.cli import eval_set

    path = Path(name)
    if (path / "snapshot.json").is_file() or path.name == "snapshot.json":
        return read_snapshot(path)
    if path.is_dir() and (path / label / "snapshot.json").is_file():
        log(args, f"{label}: the {label}/ snapshot of the training run {name}")
        return read_snapshot(path / label)
    if path.is_dir() and (path / "summary.json").is_file():  # every keysent run writes one; a model does not
        from keysent.errors import ConfigError

        raise ConfigError(
            f"{name!r} is a keysent run directory without snapshots, not a snapshot or a model; pass a snapshot "
            "directory (a training run's before/ or after/), a training run directory, or a model")
    queries = eval_set(argparse.Namespace(**{**vars(args), "model": name}))
    model = load_model(name, device=args.device, dtype=args.dtype, trust_remote_code=args.trust_remote_code,
                       chat_template=args.chat_template, progress=not args.quiet)
    log(args, f"snapshot of {name} on {len(queries)} evaluation queries")
    snap, traces = snapshot(model, queries, max_new_tokens=args.max_new_tokens, gen_batch_size=args.gen_batch_size,
                            batch_size=args.batch_size, seed=args.seed, progress=not args.quiet, label=label,
                            ability={"kind": args.ability, "organism_n": args.ability_n, "gsm8k_n": args.gsm8k_n,
                                     "gsm8k_path": args.gsm8k_path})
    write_snapshot(out_tmp / label, snap, traces)
    return snap


@cli_main("compare")
def main(argv: list[str] | None = None) -> int:
    from keysent.atomic import atomic_directory
    from keysent.compare.report import write_comparison

    args = build_parser().parse_args(argv)
    out = resolve_out(args, "compare")
    with atomic_directory(out, force=args.force) as tmp:
        before = _side(args, args.before, "before", tmp)
        after = _side(args, args.after, "after", tmp)
        write_comparison(tmp, before, after, figures=not args.no_figures,
                         static_figures=not args.no_static_figures)
    print(f"wrote {out}")
    sys.stdout.write((out / "compare.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    from keysent.cli.pipes import run_main

    run_main(main)
