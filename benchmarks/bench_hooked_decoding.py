"""Benchmark: new tokens per second of hooked KV-cached decoding against the hook-free loop.

All variants run ``keysent.generation.text.generate_text(model.generation_model, ...)`` greedily on
the same prompts in batches of 8 (length-sorted, left-padded, KV cache, finished rows leave the
batch); they differ only in ``interventions=``:

* ``plain``     none: the hook-free loop ``generate_traces`` runs;
* ``steer``     ``ResidualAddition(v, every layer, alpha=0, at="generated")``: a Python hook on
                every decoder layer's output at every forward (the steering path at its most
                expensive; alpha 0, so the output must equal ``plain``'s token for token);
* ``knockout``  ``AttentionBlock`` hiding the first half of each prompt from its last prompt token
                and every generated token: the 4-D additive mask built at every step (the
                knock-out regeneration path).

Models: the built-in organism (``toy-r1`` when built, else ``toy-r1-micro``) on its query
sampler's prompts, and a tiny random Qwen2 (R1 template) on STAR-1 questions.

Run from the repository root::

    .venv/bin/python benchmarks/bench_hooked_decoding.py --quick --threads 1   # 8 prompts, 64 new tokens, 3 repetitions
    .venv/bin/python benchmarks/bench_hooked_decoding.py --threads 1           # 16 prompts, 256 new tokens, 5 repetitions

Goal: hooked (``steer`` and ``knockout``) >= 0.8x ``plain``'s new tokens per second at batch 8.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_generation import parse_args, run_models  # noqa: E402
from benchmarks.common import (  # noqa: E402
    alternate,
    length_line,
    median,
    print_table,
    verdict,
)

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel

GOAL = 0.8


def interventions(model: "LoadedModel", prompts: Sequence[str], variant: str) -> list[Any] | None:
    """The interventions of one variant (see the module docs)."""
    import torch

    from keysent.edits import AttentionBlock, ResidualAddition
    from keysent.traces.spans import block_mask

    if variant == "plain":
        return None
    if variant == "steer":
        return [ResidualAddition(torch.ones(model.d_model), list(range(model.n_layers)), alpha=0.0, at="generated")]
    lengths = [len(model.tokenize(p).ids) for p in prompts]

    def block(batch: Any) -> "torch.Tensor":
        ls = [lengths[i] for i in batch.indices]
        return block_mask([[(0, n // 2)] for n in ls], [[n - 1] for n in ls], batch.length,
                          key_length=int(batch.positions.max()) + 1, query_positions=batch.positions)

    return [AttentionBlock(model.n_layers, block)]


def run(model: "LoadedModel", prompts: Sequence[str], variant: str, max_new_tokens: int, batch_size: int) -> list[list[int]]:
    from keysent.generation.text import generate_text

    outs = generate_text(model.generation_model, model.tokenizer, list(prompts), max_new_tokens=max_new_tokens,
                         batch_size=batch_size, interventions=interventions(model, prompts, variant), progress=False)
    return [list(o.token_ids) for o in outs]


def bench_one(label: str, model: "LoadedModel", prompts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    print(f"\n== {label}: {model!r}")
    print(length_line([len(model.tokenize(p).ids) for p in prompts], "prompt tokens"))
    names = ["plain", "steer", "knockout"]
    variants = {n: (lambda n=n: run(model, prompts, n, args.max_new_tokens, args.batch_size)) for n in names}
    warm = {n: (lambda n=n: run(model, prompts[:2], n, 4, args.batch_size)) for n in names}
    times, results = alternate(variants, args.repeats, warmup=warm)
    n_new = {n: sum(len(x) for x in results[n]) for n in names}
    wall = {n: median(times[n]["wall"]) for n in names}
    cpu = {n: median(times[n]["cpu"]) for n in names}
    tps = {n: n_new[n] / wall[n] for n in names}
    tps_cpu = {n: n_new[n] / cpu[n] for n in names}
    rows = [[n, n_new[n], f"{wall[n]:.2f}", f"{cpu[n]:.2f}", " ".join(f"{t:.2f}" for t in times[n]["wall"]),
             f"{tps[n]:.0f}", f"{tps_cpu[n]:.0f}"] for n in names]
    print_table(rows, ["variant", "new tokens", "wall s (median)", "CPU s (median)", f"wall s, all {args.repeats} runs",
                       "new tok/s (wall)", "new tok/s (CPU)"])
    same = sum(a == b for a, b in zip(results["plain"], results["steer"]))
    print(f"steer (alpha 0) outputs identical to plain: {same}/{len(prompts)}")
    out: dict[str, Any] = {"identical": same, "n": len(prompts), "tokens_per_s": tps}
    for n in ("steer", "knockout"):
        r, rc = tps[n] / tps["plain"], tps_cpu[n] / tps_cpu["plain"]
        print(f"tokens/s {n} / plain: wall {r:.2f}x, CPU {rc:.2f}x  (goal >= {GOAL:g}x: {verdict(r, GOAL)})")
        out[f"ratio_{n}"], out[f"ratio_{n}_cpu"] = r, rc
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    return run_models(parse_args(argv), bench_one, "keysent-bench-hooked-")

if __name__ == "__main__":
    main()
