"""Benchmark: new tokens per second of keysent's batched generation against the bridge's.

Both variants generate greedily from the same rendered chat prompts, ``--max-new-tokens`` each,
in the same batches of 8 prompts (grouped by prompt length, left-padded with an attention mask),
with a KV cache and stopping at EOS:

* ``keysent``  ``keysent.generation.text.generate_text(model.generation_model, model.tokenizer,
               prompts, batch_size=8, ...)``: what ``generate_traces`` runs: keysent's decoding
               loop (``keysent.generation.decoding``: the model's own forward and KV cache, finished
               rows leave the batch) on an unwrapped twin that shares the bridge model's weight
               tensors (PyTorch's fused attention);
* ``bridge``   ``model.bridge.generate(tokens, attention_mask=mask, use_past_kv_cache=True,
               do_sample=False, stop_at_eos=True)`` per batch: TransformerLens' hooked loop;
* ``hf_generate`` (reference) Hugging Face's own ``generate`` on the same twin and batches
               (``do_sample=False``): what the decoding loop itself adds.

New tokens are counted per prompt up to and including its EOS (the padding of rows that finished
early is not counted), and the greedy outputs of the two are compared token for token.

Models: the built-in organism (``toy-r1`` when it is already built, otherwise ``toy-r1-micro``,
built in under a minute on first use) on its own query sampler's prompts, and a tiny random
Qwen2 (R1 template) on STAR-1 questions.

Run from the repository root::

    .venv/bin/python benchmarks/bench_generation.py --quick    # 8 prompts, 64 new tokens, 3 repetitions
    .venv/bin/python benchmarks/bench_generation.py            # 16 prompts, 256 new tokens, 5 repetitions

Goal: keysent >= 1.5x the bridge's new tokens per second at batch 8.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import (  # noqa: E402
    ModelShape,
    alternate,
    length_line,
    machine_line,
    make_model_dir,
    median,
    print_table,
    set_threads,
    star1_rows,
    tiny_model,
    verdict,
)

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel

GOAL = 1.5
VARIANTS = ("keysent", "bridge", "hf_generate")


def organism_name() -> str:
    """``"toy-r1"`` when it is already built in the cache, else ``"toy-r1-micro"`` (never builds toy-r1)."""
    from keysent.errors import ModelLoadError
    from keysent.organism.build import organism_path

    try:
        organism_path("toy-r1", build=False)
        return "toy-r1"
    except ModelLoadError:
        return "toy-r1-micro"


def keysent_generate(model: "LoadedModel", prompts: Sequence[str], max_new_tokens: int, batch_size: int) -> list[list[int]]:
    """keysent's batched generation; returns each prompt's new token ids (EOS included)."""
    from keysent.generation.text import generate_text

    outs = generate_text(model.generation_model, model.tokenizer, list(prompts), max_new_tokens=max_new_tokens,
                         batch_size=batch_size, progress=False)
    return [list(o.token_ids) for o in outs]


def _batched(model: "LoadedModel", prompts: Sequence[str], batch_size: int,
             run: Callable[[Any, Any, int, int], Any]) -> list[list[int]]:
    """Run ``run(tokens, mask, pad, eos) -> sequences`` on keysent's length-sorted, left-padded
    batches; each prompt's new token ids, cut after its first EOS."""
    import torch

    from keysent.generation.decoding import left_pad
    from keysent.generation.text import length_sorted_batches

    tok = model.tokenizer
    eos, pad = tok.eos_token_id, tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    ids = [tok(p, add_special_tokens=False)["input_ids"] for p in prompts]
    out: list[list[int]] = [[] for _ in prompts]
    for batch in length_sorted_batches([len(x) for x in ids], batch_size):
        tokens, mask = left_pad([ids[i] for i in batch], pad)
        width = tokens.shape[1]
        with torch.inference_mode():
            seqs = run(tokens, mask, pad, eos)
        for r, i in enumerate(batch):
            new = seqs[r, width:].tolist()
            out[i] = new[: new.index(eos) + 1] if eos in new else new
    return out


def bridge_generate(model: "LoadedModel", prompts: Sequence[str], max_new_tokens: int, batch_size: int) -> list[list[int]]:
    """``TransformerBridge.generate`` on the same left-padded batches; new token ids per prompt.

    Example:
        >>> ids = bridge_generate(model, prompts, 32, 8)        # doctest: +SKIP
        >>> len(ids) == len(prompts)                            # doctest: +SKIP
        True
    """
    return _batched(model, prompts, batch_size, lambda tokens, mask, pad, eos: model.bridge.generate(
        tokens, attention_mask=mask, max_new_tokens=max_new_tokens, do_sample=False,
        use_past_kv_cache=True, stop_at_eos=True, eos_token_id=eos, return_type="tokens", verbose=False,
    ))


def hf_generate(model: "LoadedModel", prompts: Sequence[str], max_new_tokens: int, batch_size: int) -> list[list[int]]:
    """Hugging Face's ``generate`` on ``model.generation_model``, same batches (reference row)."""
    return _batched(model, prompts, batch_size, lambda tokens, mask, pad, eos: model.generation_model.generate(
        tokens, attention_mask=mask, max_new_tokens=max_new_tokens, do_sample=False,
        temperature=None, top_p=None, top_k=None, pad_token_id=pad, eos_token_id=eos,
    ))


RUNNERS = {"keysent": keysent_generate, "bridge": bridge_generate}


def organism_prompts(model: "LoadedModel", n: int, seed: int) -> list[str]:
    """``n`` prompts from the organism's own query sampler (benign, harmful, jailbreak mixed)."""
    from keysent.organism import sample_queries

    queries = sample_queries(-(-n // 3), seed=seed)
    order = [queries[j * (len(queries) // 3) + i] for i in range(len(queries) // 3) for j in range(3)]
    return [model.render_prompt(q.query) for q in order[:n]]


def star1_prompts(model: "LoadedModel", n: int, seed: int) -> list[str]:
    """``n`` STAR-1 questions rendered with the model's chat template."""
    return [model.render_prompt(r["question"]) for r in star1_rows(n, seed=seed)]


def bench_one(label: str, model: "LoadedModel", prompts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    print(f"\n== {label}: {model!r}")
    print(length_line([len(model.tokenize(p).ids) for p in prompts], "prompt tokens"))
    runners = dict(RUNNERS)
    if args.reference:
        runners["hf_generate"] = hf_generate
    variants = {name: (lambda fn=fn: fn(model, prompts, args.max_new_tokens, args.batch_size)) for name, fn in runners.items()}
    warm = {name: (lambda fn=fn: fn(model, prompts[:2], 4, args.batch_size)) for name, fn in runners.items()}
    names = list(variants)
    times, results = alternate(variants, args.repeats, warmup=warm)
    n_new = {name: sum(len(x) for x in results[name]) for name in names}
    same = {name: sum(a == b for a, b in zip(results["keysent"], results[name])) for name in names[1:]}
    finished = sum(1 for x in results["keysent"] if x and x[-1] == model.tokenizer.eos_token_id)
    wall = {name: median(t["wall"]) for name, t in times.items()}
    cpu = {name: median(t["cpu"]) for name, t in times.items()}
    tps = {name: n_new[name] / wall[name] for name in names}
    tps_cpu = {name: n_new[name] / cpu[name] for name in names}
    rows = []
    for name in names:
        runs = " ".join(f"{t:.2f}" for t in times[name]["wall"])
        rows.append([name, n_new[name], f"{wall[name]:.2f}", f"{cpu[name]:.2f}", runs, f"{tps[name]:.0f}", f"{tps_cpu[name]:.0f}"])
    print_table(rows, ["variant", "new tokens", "wall s (median)", "CPU s (median)", f"wall s, all {args.repeats} runs",
                       "new tok/s (wall)", "new tok/s (CPU)"])
    ratio, ratio_cpu = tps["keysent"] / tps["bridge"], tps_cpu["keysent"] / tps_cpu["bridge"]
    print("outputs identical to keysent's: " + ", ".join(f"{k} {v}/{len(prompts)}" for k, v in same.items())
          + f"; {finished} prompts stopped at EOS, the rest at {args.max_new_tokens} tokens")
    print(f"tokens/s keysent / bridge: wall {ratio:.2f}x, CPU {ratio_cpu:.2f}x  (goal >= {GOAL:g}x: {verdict(ratio, GOAL)})")
    out = {"ratio": ratio, "ratio_cpu": ratio_cpu, "tokens_per_s": tps, "identical": same, "n": len(prompts), "times": times}
    if "hf_generate" in tps:
        r_ref, r_ref_cpu = tps["hf_generate"] / tps["bridge"], tps_cpu["hf_generate"] / tps_cpu["bridge"]
        print(f"tokens/s hf_generate / bridge (reference): wall {r_ref:.2f}x, CPU {r_ref_cpu:.2f}x")
        out.update(ratio_reference=r_ref, ratio_reference_cpu=r_ref_cpu)
    return out


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="8 prompts and 64 new tokens instead of 16 and 256")
    p.add_argument("--prompts", type=int, default=None, help="prompts per model (default 16; 8 with --quick)")
    p.add_argument("--max-new-tokens", type=int, default=None, help="new tokens per prompt (default 256; 64 with --quick)")
    p.add_argument("--batch-size", type=int, default=8, help="prompts per generate call, both variants")
    p.add_argument("--repeats", type=int, default=None, help="timed repetitions per variant (default 5; 3 with --quick)")
    p.add_argument("--threads", type=int, default=None, help="torch intra-op threads (default: torch's, one per core)")
    p.add_argument("--seed", type=int, default=0, help="seed of the prompt samples")
    p.add_argument("--models", default="organism,random", help="comma-separated: organism, random")
    p.add_argument("--no-reference", dest="reference", action="store_false",
                   help="skip the reference row (Hugging Face's generate on the same twin)")
    args = p.parse_args(argv)
    args.prompts = args.prompts or (8 if args.quick else 16)
    args.repeats = args.repeats or (3 if args.quick else 5)
    args.max_new_tokens = args.max_new_tokens or (64 if args.quick else 256)
    for name in ("prompts", "max_new_tokens", "batch_size", "repeats"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    args.models = [m.strip() for m in args.models.split(",") if m.strip()]
    bad = [m for m in args.models if m not in ("organism", "random")]
    if bad or not args.models:
        p.error(f"--models takes organism and/or random, got {args.models}")
    return args


def run_models(args: argparse.Namespace, bench: Callable[..., dict[str, Any]], tmp_prefix: str) -> dict[str, Any]:
    """Run ``bench(title, model, prompts, args)`` on the models ``--models`` names (the built-in
    organism with its corpus prompts, a tiny random Qwen2 with STAR-1 prompts); results by model."""
    import keysent

    set_threads(args.threads)
    print(machine_line())
    print(f"greedy, batch size {args.batch_size}, {args.prompts} prompts, max {args.max_new_tokens} new tokens, "
          f"{args.repeats} interleaved repetitions")
    out: dict[str, Any] = {}
    if "organism" in args.models:
        name = organism_name()
        model = keysent.load_model(name, device="cpu")
        out[name] = bench(f"built-in organism {name}", model, organism_prompts(model, args.prompts, args.seed), args)
    if "random" in args.models:
        with tempfile.TemporaryDirectory(prefix=tmp_prefix) as tmp:
            shape = ModelShape()
            model = tiny_model(make_model_dir(shape, tmp))
            out["random-qwen2"] = bench(f"tiny random {shape.describe()}", model,
                                        star1_prompts(model, args.prompts, args.seed), args)
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    return run_models(parse_args(argv), bench_one, "keysent-bench-generation-")


if __name__ == "__main__":
    main()
