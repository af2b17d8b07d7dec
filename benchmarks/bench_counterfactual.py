"""Benchmark: resampling K from a shared prefix (one prefill, its KV cache copied for n samples)
against re-running the prefix for every sample.

For each of ``--traces`` real STAR-1 traces (question + DeepSeek-R1 response, located with C and K)
the prefix is the prompt and the reasoning up to the first token of K (the end of C). Both variants
draw ``--samples`` continuations of that prefix, sampled at temperature 0.6 / top-p 0.95 with the
same seed, and stop after as many new tokens as the trace's K has (the K-only workload: the
random-weight model never writes a recognisable sentence end, so the K-end rule is replaced by K's
own length):

* ``shared``  ``keysent.generation.prefix.decode_from_prefix``: the prefix runs once (batch 1),
              its cache is repeated along the batch, all samples decode together;
* ``rerun``   ``keysent.generation.text.generate_text([prefix] * n)``: the prefix is run for every
              sample (one batch of n rows), then the same decoding;
* ``rerun_each`` (``--each``) the same, one sample per call (batch 1): the naive loop.

Both give the same tokens (same per-sample generators); the script checks it. Model: a tiny random
Qwen2 (``benchmarks.common.ModelShape``: toy-r1's depth and width) around the real
DeepSeek-R1-Distill-Qwen tokenizer and chat template (``../shared/tokenizers/r1-distill-qwen``), so
prefix and K lengths are real token counts.

Run from the repository root::

    .venv/bin/python benchmarks/bench_counterfactual.py --threads 1            # 8 traces, n = 16, 3 repetitions
    .venv/bin/python benchmarks/bench_counterfactual.py --threads 1 --quick    # 3 traces, 1 repetition

Goal: ``shared`` >= 3x faster than ``rerun`` (wall-clock) at n = 16.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

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
    star1_traces,
    tiny_model,
    verdict,
)

GOAL = 3.0
TOKENIZERS = ROOT.parent / "shared" / "tokenizers"


def real_tokenizer_model(shape: ModelShape, tokenizer_dir: Path, root: str):
    """A tiny random Qwen2 of ``shape`` around a real tokenizer (``vocab_size = len(tokenizer)``)."""
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    tok = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    cfg = Qwen2Config(vocab_size=len(tok), hidden_size=shape.d_model, intermediate_size=shape.d_mlp,
                      num_hidden_layers=shape.n_layers, num_attention_heads=shape.n_heads,
                      num_key_value_heads=shape.n_kv_heads, max_position_embeddings=shape.max_positions,
                      bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, tie_word_embeddings=True)
    torch.manual_seed(shape.seed)
    path = Path(root) / "real-tok"
    Qwen2ForCausalLM(cfg).save_pretrained(path)
    tok.save_pretrained(path)
    return tiny_model(path)


def wrapped_traces(model, n: int):
    """``n`` STAR-1 traces whose question is wrapped in a GPTFuzzer template (template ``i`` for row ``i``)."""
    import csv

    from benchmarks.common import star1_rows
    from keysent.traces.trace import build_trace

    path = ROOT.parent / "shared" / "data" / "jailbreak_templates" / "gptfuzzer_templates.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        templates = [r["text"] for r in csv.DictReader(fh) if "[INSERT PROMPT HERE]" in r["text"]]
    out = []
    for i, row in enumerate(star1_rows(1000, seed=0)):
        query = templates[i % len(templates)].replace("[INSERT PROMPT HERE]", row["question"])
        t = build_trace(model, query, row["response"], judge=None, id=str(row["id"]))
        if "C" in t.spans and "K" in t.spans:
            out.append(t)
        if len(out) == n:
            break
    return out


def main(argv: list[str] | None = None) -> int:
    from keysent.counterfactual.resample import prefix_ids
    from keysent.generation.prefix import decode_from_prefix
    from keysent.generation.text import generate_text

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--traces", type=int, default=8)
    p.add_argument("--samples", type=int, default=16)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--quick", action="store_true", help="3 traces, 1 repetition")
    p.add_argument("--top-p", type=float, default=0.95, help="nucleus mass (default 0.95; 1.0: no nucleus sort)")
    p.add_argument("--jailbreak", action="store_true",
                   help="wrap each STAR-1 question in a GPTFuzzer jailbreak template (../shared/data/jailbreak_templates): "
                        "longer prompts, the same responses")
    p.add_argument("--d-model", type=int, default=ModelShape().d_model, help="model width (default: toy-r1's 256)")
    p.add_argument("--layers", type=int, default=ModelShape().n_layers, help="model depth (default: toy-r1's 4)")
    p.add_argument("--each", action="store_true", help="also time one generation call per sample (batch 1)")
    p.add_argument("--tokenizer", default="r1-distill-qwen",
                   help="a tokenizer under ../shared/tokenizers (real token counts; default r1-distill-qwen), "
                        "or 'tiny' for keysent's small test tokenizer")
    args = p.parse_args(argv)
    if args.quick:
        args.traces, args.repeats = 3, 1
    set_threads(args.threads)
    print(machine_line())
    shape = ModelShape(d_model=args.d_model, n_layers=args.layers, d_mlp=int(round(args.d_model * 5.75 / 64)) * 64)
    with tempfile.TemporaryDirectory() as tmp:
        if args.tokenizer == "tiny":
            model = tiny_model(make_model_dir(shape, tmp))
        else:
            model = real_tokenizer_model(shape, TOKENIZERS / args.tokenizer, tmp)
        traces = wrapped_traces(model, args.traces) if args.jailbreak else star1_traces(model, args.traces, seed=0)
        prefixes = [prefix_ids(t) for t in traces]
        budgets = [t.spans["K"].n_tokens for t in traces]
        print(f"model: {shape.describe()}; tokenizer {args.tokenizer} (vocab {len(model.tokenizer)})")
        print(length_line([len(x) for x in prefixes], "prefix tokens (prompt + reasoning to the end of C)"))
        print(length_line(budgets, "new tokens per sample (K's length)"))
        kw = dict(do_sample=True, temperature=0.6, top_p=args.top_p, seed=0)
        hf, tok, n = model.generation_model, model.tokenizer, args.samples

        def shared():
            return [decode_from_prefix(hf, tok, x, n, max_new_tokens=b, batch_size=n, **kw)
                    for x, b in zip(prefixes, budgets)]

        def rerun():
            return [[o.token_ids for o in generate_text(hf, tok, [x] * n, max_new_tokens=b, batch_size=n,
                                                        progress=False, **kw)]
                    for x, b in zip(prefixes, budgets)]

        def rerun_each():
            return [[o.token_ids for o in generate_text(hf, tok, [x] * n, max_new_tokens=b, batch_size=1,
                                                        progress=False, **kw)]
                    for x, b in zip(prefixes, budgets)]

        variants = {"shared": shared, "rerun": rerun}
        if args.each:
            variants["rerun_each"] = rerun_each
        times, results = alternate(variants, args.repeats)
    same = sum(a == b for a, b in zip(results["shared"], results["rerun"]))
    if "rerun_each" in results:
        same = min(same, sum(a == b for a, b in zip(results["shared"], results["rerun_each"])))
    wall = {k: median(v["wall"]) for k, v in times.items()}
    cpu = {k: median(v["cpu"]) for k, v in times.items()}
    rows = [[k, f"{wall[k]:.2f}", f"{cpu[k]:.2f}", " ".join(f"{t:.2f}" for t in times[k]["wall"])] for k in times]
    print_table(rows, ["variant", "wall s (median)", "CPU s (median)", f"wall s, all {args.repeats} runs"])
    speed, speed_cpu = wall["rerun"] / wall["shared"], cpu["rerun"] / cpu["shared"]
    print(f"samples identical: {same}/{len(traces)} traces (all {n} samples of each)")
    print(f"shared prefix vs re-run prefix (samples batched) at n = {n}: {speed:.1f}x wall, {speed_cpu:.1f}x CPU "
          f"(goal >= {GOAL:.0f}x: {verdict(speed, GOAL)})")
    if "rerun_each" in wall:
        print(f"shared prefix vs one generation per sample: {wall['rerun_each'] / wall['shared']:.1f}x wall, "
              f"{cpu['rerun_each'] / cpu['shared']:.1f}x CPU")
    return 0 if same == len(traces) else 1


if __name__ == "__main__":
    sys.exit(main())
