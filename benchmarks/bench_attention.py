"""Benchmark: keysent's attention metrics against caching every ``hook_pattern``.

All variants compute the same numbers, :func:`keysent.attention.attention_metrics`' ``mass``: per
trace, layer and head, the attention from K's tokens to the query, C, the sinks and the rest
(summed over each target's tokens, averaged over K's rows). The traces are 2,048 tokens long: a
real STAR-1 question and its DeepSeek-R1 reasoning (C and K early), continued with further STAR-1
reasoning and cut at 2,048 tokens. The model is a tiny random Qwen2 with the R1 chat template.

* ``keysent``     ``attention_metrics(model, traces)``: each batch runs only to the end of K, the
                  K rows are reduced inside the ``hook_pattern`` hooks and the forward stops
                  after the last layer's pattern;
* ``cache_k``     ``run_with_cache(names_filter=...attn.hook_pattern)`` over the same truncated
                  length keysent runs (to the end of K, same batches), then the same reduction
                  over the cached patterns: the fair baseline for time;
* ``cache_full``  the naive way: the same over the whole 2,048 tokens.

Batching is identical (``--batch-size`` traces; keysent and ``cache_k`` sort by the end of K),
no gradient. Times are medians of interleaved repetitions in this process (keysent against
``cache_k``: ``--repeats-short`` pairs, as both take well under a second; keysent against
``cache_full``: ``--repeats`` pairs); peak memory is the rise of the resident set during one run,
in a fresh subprocess per variant (glibc's mmap threshold fixed at 64 KiB by default, so freed
tensors leave the resident set at once; ``--allocator default`` leaves glibc as it is).

Run from the repository root::

    .venv/bin/python benchmarks/bench_attention.py --quick    # 4 traces
    .venv/bin/python benchmarks/bench_attention.py            # 16 traces
    .venv/bin/python benchmarks/bench_attention.py --layers 28 --skip-full   # depth of R1-Distill-Qwen-1.5B

Goal: peak memory >= 20x lower, time no worse than 1.1x.
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
    machine_line,
    make_model_dir,
    max_abs_diff,
    median,
    print_table,
    run_worker,
    set_threads,
    star1_traces_of_length,
    tiny_model,
    verdict,
)

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

GOAL_MEMORY = 20.0
GOAL_TIME = 1.1
VARIANTS = ("keysent", "cache_k", "cache_full")


def keysent_metrics(model: "LoadedModel", traces: Sequence["Trace"], batch_size: int) -> "Float[Tensor, 'n layer head target']":
    """keysent's attention metrics for all layers; returns ``mass``."""
    from keysent.attention.metrics import attention_metrics

    return attention_metrics(model, traces, batch_size=batch_size, progress=False).mass


def cached_metrics(
    model: "LoadedModel", traces: Sequence["Trace"], batch_size: int, *, full: bool
) -> "Float[Tensor, 'n layer head target']":
    """``run_with_cache`` of every layer's attention pattern, then K's rows reduced per target.

    ``full=False`` runs each batch to its furthest end of K (batches sorted by it, as keysent
    does); ``full=True`` runs the whole of every trace.

    Example:
        >>> mass = cached_metrics(model, traces, 4, full=False)     # doctest: +SKIP
        >>> mass.shape                                              # doctest: +SKIP
        torch.Size([16, 4, 8, 4])
    """
    import torch

    from keysent.attention.metrics import ATTENDED_SPANS, target_columns

    n, n_layers = len(traces), model.n_layers
    k_end = [t.spans["K"].tokens[1] for t in traces]
    run_to = [t.n_tokens for t in traces] if full else k_end
    out = torch.full((n, n_layers, model.n_heads, len(ATTENDED_SPANS)), float("nan"))
    pad = model.tokenizer.pad_token_id or 0
    order = sorted(range(n), key=lambda i: (run_to[i], i))
    with torch.no_grad():
        for start in range(0, n, batch_size):
            idx = order[start : start + batch_size]
            length = max(run_to[i] for i in idx)
            tokens = torch.full((len(idx), length), pad, dtype=torch.long)
            for row, i in enumerate(idx):
                ids = traces[i].token_ids[: run_to[i]]
                tokens[row, : len(ids)] = torch.tensor(ids, dtype=torch.long)
            _, cache = model.bridge.run_with_cache(tokens, names_filter=lambda name: name.endswith("attn.hook_pattern"))
            for row, i in enumerate(idx):
                ka, kb = traces[i].spans["K"].tokens
                cols = target_columns(traces[i])  # [end of K, target]
                for layer in range(n_layers):
                    rows = cache[f"blocks.{layer}.attn.hook_pattern"][row, :, ka:kb, :kb].float()  # [head, K, key]
                    out[i, layer] = rows.mean(1) @ cols
            del cache
    return out


def without_hf_kv_cache(model: "LoadedModel") -> "LoadedModel":
    """Make the bridge's hooked forwards pass ``use_cache=False`` to the Hugging Face model.

    By default the wrapped model's forward builds a K/V cache of every layer, which neither
    variant reads; this shows what it costs (``--no-hf-kv-cache``). Affects every variant alike.
    """
    import functools

    bridge = model.bridge
    for name in ("run_with_hooks", "run_with_cache"):
        setattr(bridge, name, functools.partial(getattr(bridge, name), use_cache=False))
    return model


RUNNERS = {
    "keysent": keysent_metrics,
    "cache_k": lambda model, traces, b: cached_metrics(model, traces, b, full=False),
    "cache_full": lambda model, traces, b: cached_metrics(model, traces, b, full=True),
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="4 traces instead of 16")
    p.add_argument("--traces", type=int, default=None, help="number of traces (default 16; 4 with --quick)")
    p.add_argument("--length", type=int, default=2048, help="tokens per trace")
    p.add_argument("--repeats", type=int, default=3, help="timed repetitions of keysent vs cache_full (median reported)")
    p.add_argument("--repeats-short", type=int, default=15, help="timed repetitions of keysent vs cache_k (median reported)")
    p.add_argument("--batch-size", type=int, default=4, help="traces per forward pass, every variant")
    p.add_argument("--layers", type=int, default=ModelShape.n_layers, help="layers of the tiny Qwen2")
    p.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's, one per core)")
    p.add_argument("--seed", type=int, default=0, help="seed of the STAR-1 sample")
    p.add_argument("--no-memory", action="store_true", help="skip the peak-memory subprocesses")
    p.add_argument("--no-hf-kv-cache", action="store_true",
                   help="pass use_cache=False to the wrapped model's forward in every variant (it builds an unused K/V cache)")
    p.add_argument("--skip-full", action="store_true",
                   help="leave out cache_full (e.g. with many --layers, where caching 2048x2048 patterns needs GBs)")
    p.add_argument("--allocator", choices=ALLOCATORS, default="mmap",
                   help="glibc in the memory workers: 'mmap' (default) returns freed blocks at once, so the peak is "
                        "the memory in use; 'default' leaves glibc's own thresholds (peaks include retained memory)")
    p.add_argument("--worker", choices=VARIANTS, help=argparse.SUPPRESS)
    p.add_argument("--model-dir", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.traces is None:
        args.traces = 4 if args.quick else 16
    for name in ("traces", "repeats", "repeats_short", "batch_size", "length"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def worker(args: argparse.Namespace) -> None:
    """Subprocess: load, build traces, warm up on one trace, then measure one run's peak memory."""
    model = tiny_model(args.model_dir)
    if args.no_hf_kv_cache:
        without_hf_kv_cache(model)
    traces = star1_traces_of_length(model, args.traces, args.length, seed=args.seed)
    run = RUNNERS[args.worker]
    run(model, traces[:1], 1)
    with PeakRSS() as mem:
        run(model, traces, args.batch_size)
    emit({"variant": args.worker, **mem.to_dict()})


def main(argv: Sequence[str] | None = None) -> dict:
    args = parse_args(argv)
    set_threads(args.threads)
    shape = ModelShape(n_layers=args.layers, max_positions=max(ModelShape.max_positions, args.length))
    if args.worker:
        worker(args)
        return {}
    names = [n for n in VARIANTS if not (args.skip_full and n == "cache_full")]
    with tempfile.TemporaryDirectory(prefix="keysent-bench-attention-") as tmp:
        model_dir = make_model_dir(shape, tmp)
        model = tiny_model(model_dir)
        if args.no_hf_kv_cache:
            without_hf_kv_cache(model)
        traces = star1_traces_of_length(model, args.traces, args.length, seed=args.seed)
        print(machine_line())
        print(f"model: {shape.describe()}")
        if args.no_hf_kv_cache:
            print("use_cache=False passed to the wrapped model's forward in every variant")
        print(f"data: {args.traces} STAR-1 traces continued and cut to {args.length} tokens (seed {args.seed}), "
              f"batch size {args.batch_size} for every variant")
        print(length_line([t.n_tokens for t in traces], "trace tokens (cache_full runs these)"))
        print(length_line([t.spans["K"].tokens[1] for t in traces], "end of K (keysent and cache_k run these)"))
        variants = {name: (lambda fn=fn: fn(model, traces, args.batch_size)) for name, fn in RUNNERS.items()}
        warm = {name: (lambda fn=fn: fn(model, traces[:1], 1)) for name, fn in RUNNERS.items()}
        # same length: cheap, so many interleaved repetitions; against the full length: fewer
        times, results = alternate({k: variants[k] for k in ("keysent", "cache_k")}, args.repeats_short, warmup=warm)
        if not args.skip_full:
            times_full, results_full = alternate({k: variants[k] for k in ("keysent", "cache_full")}, args.repeats, warmup=warm)
            times["cache_full"], results["cache_full"] = times_full["cache_full"], results_full["cache_full"]
            times["keysent (with cache_full)"] = times_full["keysent"]
        diffs = {name: max_abs_diff(results["keysent"], results[name]) for name in names[1:]}
        memory = {}
        if not args.no_memory:
            common = ["--model-dir", str(model_dir), "--traces", str(args.traces), "--length", str(args.length),
                      "--batch-size", str(args.batch_size), "--seed", str(args.seed), "--layers", str(args.layers)]
            if args.threads:
                common += ["--threads", str(args.threads)]
            if args.no_hf_kv_cache:
                common.append("--no-hf-kv-cache")
            for name in names:
                print(f"measuring peak memory of {name} in a fresh process ...", flush=True)
                memory[name] = run_worker(__file__, ["--worker", name, *common], allocator=args.allocator)
    wall = {name: median(t["wall"]) for name, t in times.items()}
    cpu = {name: median(t["cpu"]) for name, t in times.items()}
    rows = []
    for name in [n for n in ("keysent", "cache_k", "keysent (with cache_full)", "cache_full") if n in times]:
        base = name.split(" ")[0]
        mem = f"{memory[base]['peak_mib']:.1f}" if base in memory and base == name else ""
        runs = times[name]["wall"]
        rows.append([name, len(runs), f"{wall[name]:.3f}", f"{cpu[name]:.3f}", f"{min(runs):.3f}-{max(runs):.3f}", mem])
    print()
    print_table(rows, ["variant", "runs", "wall s (median)", "CPU s (median)", "wall s range", "peak MiB above loaded"])
    print()
    for name, d in diffs.items():
        print(f"values agree with {name}: max abs diff {d:.3g} over {results['keysent'].numel()} numbers")
    t_k, t_k_cpu = wall["keysent"] / wall["cache_k"], cpu["keysent"] / cpu["cache_k"]
    print(f"time keysent / cache_k (same length, {args.repeats_short} interleaved runs each): wall {t_k:.2f}x, CPU {t_k_cpu:.2f}x  "
          f"(goal <= {GOAL_TIME:g}x: {verdict(t_k, GOAL_TIME, higher_is_better=False)})")
    k_full = "keysent (with cache_full)"
    if k_full in times:
        print(f"speed-up cache_full / keysent ({args.repeats} interleaved runs each): wall {wall['cache_full'] / wall[k_full]:.1f}x, "
              f"CPU {cpu['cache_full'] / cpu[k_full]:.1f}x")
    out = {"time_vs_cache_k": t_k, "time_vs_cache_k_cpu": t_k_cpu, "max_abs_diff": diffs, "times": times}
    if memory:
        for name in names[1:]:
            ratio = memory[name]["peak_mib"] / max(memory["keysent"]["peak_mib"], 1e-9)
            print(f"peak memory {name} / keysent: {ratio:.1f}x  (goal >= {GOAL_MEMORY:g}x: {verdict(ratio, GOAL_MEMORY)})")
            out[f"memory_ratio_{name}"] = ratio
        print(f"memory method: {memory['keysent']['method']}, one fresh process per variant, allocator {args.allocator}"
              + (f" ({' '.join(f'{k}={v}' for k, v in MMAP_ENV.items())})" if args.allocator == "mmap" else ""))
        out["memory"] = memory
    return out


if __name__ == "__main__":
    main()
