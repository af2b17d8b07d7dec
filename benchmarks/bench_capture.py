"""Benchmark: keysent's selective capture against ``run_with_cache`` over whole STAR-1 traces.

Both variants produce the same numbers: the residual stream (``hook_resid_post``) of every layer
at the default positions (``query_last``, ``prompt_last``, ``c_mean``, ``c_last``, ``k_mean``,
``k_last``) of real STAR-1 reasoning traces (question + DeepSeek-R1 response) on a tiny random
Qwen2 with the R1 chat template:

* ``keysent``   ``keysent.capture.capture(model, traces, positions=DEFAULT_POSITIONS)``: each batch
                runs only to its furthest needed token (the end of K), reduces in the hooks and
                stops after the last layer's hook;
* ``baseline``  ``model.bridge.run_with_cache(tokens, names_filter=...hook_resid_post)`` over the
                full sequences, then the same positions gathered from the cache.

Batching is the same for both (fair to the baseline): batches of ``--batch-size`` traces sorted
by the length each variant runs (keysent: end of K; baseline: full trace), right-padded, no
gradient. Times are medians of interleaved repetitions in this process; peak memory is measured
once per variant in a fresh subprocess (:class:`benchmarks.common.PeakRSS`: the rise of the
resident set above what the loaded model and traces already use), by default with glibc's mmap
threshold fixed at 64 KiB so that freed tensors leave the resident set at once (``--allocator``).

Run from the repository root::

    .venv/bin/python benchmarks/bench_capture.py --quick     # 4 traces, 3 repetitions
    .venv/bin/python benchmarks/bench_capture.py             # 16 traces, 3 repetitions

Goal: keysent >= 4x faster and peak memory >= 20x lower.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import (  # noqa: E402
    ALLOCATORS,
    MMAP_ENV,
    ModelShape,
    PeakRSS,
    alternate,
    emit,
    length_line,
    median,
    machine_line,
    make_model_dir,
    max_abs_diff,
    print_table,
    run_worker,
    set_threads,
    star1_traces,
    tiny_model,
    verdict,
)

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

GOAL_SPEED = 4.0
GOAL_MEMORY = 20.0
VARIANTS = ("keysent", "baseline")


def keysent_capture(model: "LoadedModel", traces: Sequence["Trace"], batch_size: int) -> "Float[Tensor, 'n layer position d_model']":
    """keysent's capture at the default positions, all layers; returns the ``resid_post`` values."""
    from keysent.capture import DEFAULT_POSITIONS, capture

    acts = capture(model, traces, positions=DEFAULT_POSITIONS, layers=None, batch_size=batch_size, progress=False)
    return acts.values["resid_post"]


def baseline_capture(model: "LoadedModel", traces: Sequence["Trace"], batch_size: int) -> "Float[Tensor, 'n layer position d_model']":
    """``run_with_cache`` over the whole of each trace (batched, sorted by length), then the
    default positions gathered from the cached ``hook_resid_post`` of every layer.

    Example:
        >>> vals = baseline_capture(model, traces, 8)          # doctest: +SKIP
        >>> vals.shape                                         # doctest: +SKIP
        torch.Size([16, 4, 6, 256])
    """
    import torch

    from keysent.capture import DEFAULT_POSITIONS, parse_positions

    positions = parse_positions(DEFAULT_POSITIONS)
    n, n_layers = len(traces), model.n_layers
    out = torch.full((n, n_layers, len(positions), model.d_model), float("nan"))
    pad = model.tokenizer.pad_token_id or 0
    order = sorted(range(n), key=lambda i: (traces[i].n_tokens, i))
    with torch.no_grad():
        for start in range(0, n, batch_size):
            idx = order[start : start + batch_size]
            length = max(traces[i].n_tokens for i in idx)
            tokens = torch.full((len(idx), length), pad, dtype=torch.long)
            for row, i in enumerate(idx):
                tokens[row, : traces[i].n_tokens] = torch.tensor(traces[i].token_ids, dtype=torch.long)
            _, cache = model.bridge.run_with_cache(tokens, names_filter=lambda name: name.endswith("hook_resid_post"))
            for layer in range(n_layers):
                acts = cache[f"blocks.{layer}.hook_resid_post"]
                for row, i in enumerate(idx):
                    for j, pos in enumerate(positions):
                        rng = pos.token_range(traces[i])
                        if rng is not None:
                            out[i, layer, j] = acts[row, rng[0] : rng[1]].float().mean(0)
            del cache
    return out


RUNNERS = {"keysent": keysent_capture, "baseline": baseline_capture}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="4 traces instead of 16")
    p.add_argument("--traces", type=int, default=None, help="number of STAR-1 traces (default 16; 4 with --quick)")
    p.add_argument("--repeats", type=int, default=3, help="timed repetitions per variant (median reported)")
    p.add_argument("--batch-size", type=int, default=8, help="traces per forward pass, both variants")
    p.add_argument("--layers", type=int, default=ModelShape.n_layers, help="layers of the tiny Qwen2")
    p.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's, one per core)")
    p.add_argument("--seed", type=int, default=0, help="seed of the STAR-1 sample")
    p.add_argument("--no-memory", action="store_true", help="skip the peak-memory subprocesses")
    p.add_argument("--allocator", choices=ALLOCATORS, default="mmap",
                   help="glibc in the memory workers: 'mmap' (default) returns freed blocks at once, so the peak is "
                        "the memory in use; 'default' leaves glibc's own thresholds (peaks include retained memory)")
    p.add_argument("--worker", choices=VARIANTS, help=argparse.SUPPRESS)
    p.add_argument("--model-dir", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.traces is None:
        args.traces = 4 if args.quick else 16
    for name in ("traces", "repeats", "batch_size"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def worker(args: argparse.Namespace) -> None:
    """Subprocess: load, build traces, warm up on one trace, then measure one run's peak memory."""
    model = tiny_model(args.model_dir)
    traces = star1_traces(model, args.traces, seed=args.seed)
    run = RUNNERS[args.worker]
    run(model, traces[:1], 1)  # lazy imports and first-call set-up, outside the measurement
    with PeakRSS() as mem:
        run(model, traces, args.batch_size)
    emit({"variant": args.worker, **mem.to_dict()})


def main(argv: Sequence[str] | None = None) -> dict:
    args = parse_args(argv)
    set_threads(args.threads)
    shape = ModelShape(n_layers=args.layers)
    if args.worker:
        worker(args)
        return {}
    with tempfile.TemporaryDirectory(prefix="keysent-bench-capture-") as tmp:
        model_dir = make_model_dir(shape, tmp)
        model = tiny_model(model_dir)
        traces = star1_traces(model, args.traces, seed=args.seed)
        print(machine_line())
        print(f"model: {shape.describe()} (test tokenizer: ~3x more tokens than a real one)")
        print(f"data: {args.traces} STAR-1 traces (seed {args.seed}), batch size {args.batch_size} for both variants, sorted by run length")
        print(length_line([t.n_tokens for t in traces], "trace tokens (baseline runs these)"))
        print(length_line([t.spans["K"].tokens[1] for t in traces], "end of K (keysent runs these)"))
        variants = {name: (lambda fn=fn: fn(model, traces, args.batch_size)) for name, fn in RUNNERS.items()}
        warm = {name: (lambda fn=fn: fn(model, traces[:1], 1)) for name, fn in RUNNERS.items()}
        times, results = alternate(variants, args.repeats, warmup=warm)
        diff = max_abs_diff(results["keysent"], results["baseline"])
        memory = {}
        if not args.no_memory:
            common = ["--model-dir", str(model_dir), "--traces", str(args.traces), "--batch-size", str(args.batch_size),
                      "--seed", str(args.seed), "--layers", str(args.layers)]
            if args.threads:
                common += ["--threads", str(args.threads)]
            for name in VARIANTS:
                print(f"measuring peak memory of {name} in a fresh process ...", flush=True)
                memory[name] = run_worker(__file__, ["--worker", name, *common], allocator=args.allocator)
    wall = {name: median(t["wall"]) for name, t in times.items()}
    cpu = {name: median(t["cpu"]) for name, t in times.items()}
    rows = []
    for name in VARIANTS:
        mem = f"{memory[name]['peak_mib']:.1f}" if name in memory else "-"
        runs = " ".join(f"{t:.2f}" for t in times[name]["wall"])
        rows.append([name, f"{wall[name]:.2f}", f"{cpu[name]:.2f}", runs, mem])
    print()
    print_table(rows, ["variant", "wall s (median)", "CPU s (median)", f"wall s, all {args.repeats} runs", "peak MiB above loaded"])
    speed = wall["baseline"] / wall["keysent"]
    speed_cpu = cpu["baseline"] / cpu["keysent"]
    print(f"\nvalues agree: max abs diff {diff:.3g} over {results['keysent'].numel()} numbers")
    print(f"speed-up, wall-clock (baseline / keysent medians): {speed:.1f}x  (goal >= {GOAL_SPEED:g}x: {verdict(speed, GOAL_SPEED)})")
    print(f"speed-up, CPU time   (baseline / keysent medians): {speed_cpu:.1f}x")
    out = {"speedup": speed, "speedup_cpu": speed_cpu, "max_abs_diff": diff, "times": times}
    if memory:
        ratio = memory["baseline"]["peak_mib"] / max(memory["keysent"]["peak_mib"], 1e-9)
        print(f"peak memory ratio (baseline / keysent): {ratio:.1f}x  (goal >= {GOAL_MEMORY:g}x: {verdict(ratio, GOAL_MEMORY)})")
        print(f"memory method: {memory['keysent']['method']}, one fresh process per variant, allocator {args.allocator}"
              + (f" ({' '.join(f'{k}={v}' for k, v in MMAP_ENV.items())})" if args.allocator == "mmap" else ""))
        out["memory_ratio"] = ratio
        out["memory"] = memory
    return out


if __name__ == "__main__":
    main()
