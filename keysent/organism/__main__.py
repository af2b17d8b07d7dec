"""Command line: build a built-in organism, or measure its quality.

Usage::

    python -m keysent.organism build toy-r1-micro           # into the KEYSENT_HOME cache
    python -m keysent.organism build toy-r1 --out DIR --force
    python -m keysent.organism quality toy-r1 --n 400 --json report.json
    python -m keysent.organism list
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import sys
from typing import Sequence

from keysent.errors import ConfigError, KeysentError


def _parser() -> argparse.ArgumentParser:
    from keysent.organism.quality import DEFAULT_EVAL_SEED

    p = argparse.ArgumentParser(
        prog="python -m keysent.organism",
        description="Build the built-in reasoning model organism or measure its quality.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build an organism (cached under KEYSENT_HOME by default)")
    b.add_argument("name", help="toy-r1 or toy-r1-micro")
    b.add_argument("--out", help="build into this directory instead of the cache")
    b.add_argument("--force", action="store_true", help="replace an existing --out directory")
    b.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    q = sub.add_parser("quality", help="greedy generations on fresh corpus examples vs the corpus")
    q.add_argument("name", help="toy-r1, toy-r1-micro or a build directory")
    q.add_argument("--n", type=int, default=400, help="fresh examples (default 400)")
    q.add_argument("--seed", type=int, default=DEFAULT_EVAL_SEED,
                   help=f"corpus seed of the fresh examples (default {DEFAULT_EVAL_SEED})")
    q.add_argument("--wrappers", choices=("train", "heldout", "all"), default="train",
                   help="jailbreak wrappers of the wrapped examples (default train)")
    q.add_argument("--batch-size", type=int, default=32)
    q.add_argument("--max-new-tokens", type=int, default=256)
    q.add_argument("--threads", type=int, default=1,
                   help="torch threads while generating (default 1; 0 = torch's default)")
    q.add_argument("--json", help="also write the report (with per-example rows) to this file")
    q.add_argument("--force", action="store_true", help="replace an existing --json file")
    q.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    sub.add_parser("list", help="list the built-in organisms and their cache directories")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            from keysent.organism.build import build_organism, organism_path
            from keysent.organism.registry import get_organism_config

            config = get_organism_config(args.name)
            if args.out:
                path = build_organism(config, args.out, progress=not args.no_progress,
                                      force=args.force)
            else:
                path = organism_path(config, progress=not args.no_progress)
            log = json.loads((path / "build_log.json").read_text(encoding="utf-8"))
            print(f"{config.name}: {path}")
            print(f"  parameters {log['n_parameters']}, final loss {log['final_loss']}, "
                  f"wall {log['wall_seconds']}s")
        elif args.command == "quality":
            from keysent.atomic import write_json
            from keysent.organism.quality import evaluate_organism

            if args.json:  # a bad --json fails before minutes of generation, not after
                from keysent.cli.options import check_out_parent

                if os.path.isdir(args.json):
                    raise ConfigError(f"--json {args.json!r} is a directory; give a file name")
                if os.path.lexists(args.json) and not args.force:
                    raise ConfigError(f"--json {args.json!r} already exists; pass --force to "
                                      "replace it, or choose another file")
                check_out_parent(Path(args.json), "--json")
            report = evaluate_organism(args.name, n=args.n, seed=args.seed,
                                       wrappers=args.wrappers, batch_size=args.batch_size,
                                       max_new_tokens=args.max_new_tokens,
                                       num_threads=args.threads or None,
                                       progress=not args.no_progress)
            print(report.summary())
            if args.json:
                # another process may have written the file meanwhile: never replaced without --force
                write_json(args.json, report.to_dict(with_rows=True), overwrite=args.force)
        elif args.command == "list":
            from keysent.home import models_dir
            from keysent.organism.build import is_complete
            from keysent.organism.registry import ORGANISMS

            for name, cfg in ORGANISMS.items():
                path = models_dir() / cfg.dir_name
                state = "built" if is_complete(path) else "not built"
                print(f"{name:<14} {state:<10} {path}")
    except KeysentError as exc:
        print(f"python -m keysent.organism: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    from keysent.cli.pipes import run_main

    run_main(main)
