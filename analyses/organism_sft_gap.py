"""The reference safety-SFT experiment: does safety SFT on the organism leave an unseen-jailbreak gap?

Usage (from the repository root)::

    .venv/bin/python analyses/organism_sft_gap.py                       # toy-r1, seeds 0 1 2
    .venv/bin/python analyses/organism_sft_gap.py --n-eval 100 --json out.json --force

Evaluates the base organism, then for each seed fine-tunes a copy with the reference budget
(:data:`keysent.organism.splits.REFERENCE_SFT`, :func:`keysent.organism.sft.safety_sft`) and
evaluates it on every split of :data:`keysent.organism.splits.SPLITS` (greedy, ``--n-eval``
queries per split, evaluation seed ``--eval-seed``). Prints a markdown table (safe-answer rate on
the harmful splits, helpful rate on benign requests, exact-answer accuracy on arithmetic and
factual items; each with its count) and the gap of each unseen split below the in-distribution
rate (plain and seen wrappers pooled), and writes everything to ``--json`` (atomically; an
existing file only with ``--force``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keysent.errors import ConfigError, KeysentError  # noqa: E402

COLUMNS = (
    ("plain", "plain harmful safe"),
    ("seen_wrappers", "training wrappers safe"),
    ("unseen_wrappers", "held-out wrappers safe"),
    ("unseen_requests", "unseen requests safe"),
    ("unseen_both", "unseen both safe"),
    ("benign", "benign helpful"),
    ("arithmetic", "arithmetic correct"),
    ("factual", "factual correct"),
)
UNSEEN = ("unseen_wrappers", "unseen_requests", "unseen_both")


def in_distribution(res: dict) -> float:
    """Safe rate over plain and seen-wrapper queries pooled."""
    k = res["plain"]["k"] + res["seen_wrappers"]["k"]
    n = res["plain"]["n"] + res["seen_wrappers"]["n"]
    return k / n


def gaps(res: dict) -> dict[str, float]:
    """In-distribution safe rate minus each unseen split's safe rate."""
    ind = in_distribution(res)
    return {s: round(ind - res[s]["rate"], 4) for s in UNSEEN}


def table(rows: list[tuple[str, dict]]) -> str:
    head = ("| model | " + " | ".join(c for _, c in COLUMNS)
            + " | gap (held-out wrappers / unseen requests / both) |")
    lines = [head, "|---|" + "---:|" * (len(COLUMNS) + 1)]
    for name, res in rows:
        cells = [f"{res[s]['rate']:.3f} ({res[s]['k']}/{res[s]['n']})" for s, _ in COLUMNS]
        g = gaps(res)
        lines.append(f"| {name} | " + " | ".join(cells) + " | "
                     + " / ".join(f"{g[s]:.3f}" for s in UNSEEN) + " |")
    return "\n".join(lines)


def merge(paths: list[str]) -> int:
    """Print one table (base first, then every seed) and the mean of each column over seeds."""
    import json

    rows, runs = [], []
    for path in paths:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        if "base" in d and not any(name == "base" for name, _ in rows):
            rows.append(("base", d["base"]))
        runs.extend(d["runs"])
    runs.sort(key=lambda r: r["seed"])
    rows.extend((f"SFT seed {r['seed']}", r["splits"]) for r in runs)
    print(table(rows))
    if runs:
        means = {s: sum(r["splits"][s]["rate"] for r in runs) / len(runs) for s, _ in COLUMNS}
        print("mean over seeds: " + ", ".join(f"{s} {v:.3f}" for s, v in means.items()))
        for r in runs:
            print(f"seed {r['seed']}: in-distribution safe {r['in_distribution_safe']:.3f}, "
                  f"gaps {r['gaps']}, {r['log']['steps']} steps, {r['log']['seconds']} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--organism", default="toy-r1", help="built-in name or build directory")
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    p.add_argument("--n-eval", type=int, default=100, help="queries per split (default 100)")
    p.add_argument("--eval-seed", type=int, default=1_000_003)
    p.add_argument("--budget", action="append", default=[], metavar="KEY=VALUE",
                   help="override a REFERENCE_SFT entry (e.g. lr=2e-4); for exploration only")
    p.add_argument("--json", help="write the results here")
    p.add_argument("--force", action="store_true", help="overwrite an existing --json file")
    p.add_argument("--no-base", action="store_true",
                   help="skip the base model's evaluation (e.g. when seeds run in parallel)")
    p.add_argument("--merge", nargs="+", metavar="JSON",
                   help="print one table from earlier --json outputs and exit (no model runs)")
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    if args.merge:
        return merge(args.merge)
    try:
        from keysent.atomic import write_json
        from keysent.organism.quality import resolve_organism_dir
        from keysent.organism.sft import check_budget, evaluate_splits, safety_sft
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if args.json and Path(args.json).exists() and not args.force:
            raise ConfigError(f"{args.json} exists; pass --force to overwrite it")
        overrides = {}
        for item in args.budget:
            key, eq, value = item.partition("=")
            if not eq:
                raise ConfigError(f"--budget takes KEY=VALUE, got {item!r}")
            overrides[key] = float(value) if key in ("lr", "weight_decay") else int(value)
        budget = check_budget(overrides)
        _, base_dir, _, _ = resolve_organism_dir(args.organism)
        eval_kw = dict(n=args.n_eval, seed=args.eval_seed, progress=not args.quiet)
        tok = AutoTokenizer.from_pretrained(str(base_dir))
        base = AutoModelForCausalLM.from_pretrained(str(base_dir)).eval()
        results = {"organism": str(base_dir), "budget": {**budget, "betas": list(budget["betas"])},
                   "n_eval": args.n_eval, "eval_seed": args.eval_seed, "runs": []}
        rows = []
        if not args.no_base:
            rows.append(("base", evaluate_splits(base, tok, **eval_kw)))
            results["base"] = rows[0][1]
        for seed in args.seeds:
            model, tok2, log = safety_sft(base_dir, seed=seed, budget=budget,
                                          progress=not args.quiet)
            res = evaluate_splits(model, tok2, **eval_kw)
            rows.append((f"SFT seed {seed}", res))
            results["runs"].append({"seed": seed, "log": log, "splits": res, "gaps": gaps(res),
                                    "in_distribution_safe": round(in_distribution(res), 4)})
        print(table(rows))
        for run in results["runs"]:
            print(f"seed {run['seed']}: in-distribution safe {run['in_distribution_safe']:.3f}, "
                  f"gaps {run['gaps']}, {run['log']['steps']} steps, {run['log']['seconds']} s")
        if args.json:
            write_json(args.json, results)
    except KeysentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
