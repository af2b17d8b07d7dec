"""Benchmark: resampling K alone from a shared prefix (one prefill, its KV cache repeated for n
samples) against re-running the prefix for every sample.

The workload is the one of ``python -m keysent.counterfactual --mode resample --until k``: from a
prefix (the prompt and the reasoning up to the end of C) draw ``--samples`` continuations at
temperature 0.6 / top-p 0.95 (same seed), each stopping at the end of its new K. Two variants,
timed side by side in one run (interleaved, the order flipped every repetition), wall-clock and
this process's CPU time:

* ``shared``  ``keysent.generation.prefix.decode_from_prefix``: the prefix runs once (batch 1),
              its KV cache is repeated along the batch, the n samples decode together;
* ``rerun``   what a user does without the reuse: ``keysent.generation.text.generate_text([prefix] * n,
              batch_size=n)``, the prefix run for every sample (one batch of n rows), then the same
              decoding code, the same stop rule;
* ``rerun_each`` (``--each``) the same, one sample per call (batch 1): the naive loop;
* ``hf_generate`` the library a user would pick: Hugging Face ``generate(prefix,
              num_return_sequences=n, do_sample=True, temperature=0.6, top_p=0.95, top_k=0)`` on the
              same plain model (``model.generation_model``), with a ``StoppingCriteria`` that runs
              keysent's own end-of-K rule (:class:`KEndCriteria`) on each row's new text; ``generate``
              expands the prefix to n rows before the prefill (the prefix is run n times, in one
              batch) and keeps a stopped row in the batch (it is fed pad tokens) until the last row
              stops, so those rows keep costing;
* ``tl_generate`` TransformerLens' ``TransformerBridge.generate`` on the loaded bridge, the prefix
              repeated n times as a ``[n, pos]`` token tensor, the same sampling settings and
              ``stopping_criteria=[KEndCriteria]`` (hooked forward; stopped rows also stay in the batch).

keysent's variants give the same tokens (per-sample generators); the script checks every sample.
The library baselines draw from torch's global generator (seeded with 0 before each call), so
their samples differ from keysent's; the script prints their sample lengths and how many of the
row-steps they computed were for rows that had already stopped (``wasted row-steps``).

**Prefix lengths are STAR-1's.** The script measures prompt + C (the prefix of the real traces) in
tokens of the real DeepSeek-R1-Distill-Qwen tokenizer (``../shared/tokenizers/r1-distill-qwen``)
over the STAR-1 rows (``--star1-rows``, default all 1,000) and takes its median and 95th percentile
(``--quantiles``). Two models:

* ``--model toy-r1`` (default): the built-in organism, a trained model, so K ends with a real
  sentence end and the stop rule is the real one (``keysent.counterfactual.resample.k_end_stop``,
  capped at ``--max-new-tokens``). Prefixes: for each target length, the ``--traces`` STAR-1 rows
  whose prompt + C, in toy-r1's own tokens, is closest to it (toy-r1's context holds them all).
* ``--model random``: a tiny random Qwen2 of toy-r1's shape (``--d-model``, ``--layers``) around
  the real R1-Distill-Qwen tokenizer (151,665 tokens) and chat template; its prefixes are the
  STAR-1 rows closest to each length in real tokens. A random model never ends a sentence, so each
  sample decodes as many tokens as that trace's own K has (the stop rule still runs every step).

Run from the repository root::

    .venv/bin/python benchmarks/bench_counterfactual.py --threads 1                  # toy-r1
    .venv/bin/python benchmarks/bench_counterfactual.py --threads 1 --model random   # toy-r1's shape, R1 vocabulary
    .venv/bin/python benchmarks/bench_counterfactual.py --threads 1 --model toy-r1-micro --quick   # a quick check

Goal (issue #18): ``shared`` >= 3x faster than re-running the prefix for every sample at n = 16 on
STAR-1-length prefixes; the script prints the ratio against each baseline.
"""

from __future__ import annotations

import argparse
import inspect
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import (  # noqa: E402
    STAR1_PATH,
    ModelShape,
    alternate,
    length_line,
    machine_line,
    median,
    print_table,
    set_threads,
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


def star1_prefix_lengths(rows: list[dict], root: str) -> list[int]:
    """Prompt + C of each STAR-1 row (those with C and K), in real R1-Distill-Qwen tokens."""
    from keysent.traces.trace import build_trace

    probe = real_tokenizer_model(ModelShape(d_model=64, n_layers=1, n_heads=4, n_kv_heads=2, d_mlp=128),
                                 TOKENIZERS / "r1-distill-qwen", root)
    out = []
    for r in rows:
        t = build_trace(probe, r["question"], r["response"], judge=None)
        if "C" in t.spans and "K" in t.spans:
            out.append(t.spans["K"].tokens[0])
    return out


class KEndCriteria:
    """A stopping criterion for Hugging Face's and TransformerLens' ``generate`` (called as
    ``criterion(input_ids, scores)``, returns a per-row bool) running keysent's end-of-K rule.

    Row ``r`` stops on the first step at which ``stop(text)`` (``k_end_stop``: the end of K once a
    sentence after K has begun) returns an index for the text of its new tokens (special tokens
    dropped), or at an EOS: the rule and the text :func:`keysent.generation.prefix.decode_from_prefix`
    checks after each token. A row that has stopped is not decoded again. ``stopped_at[r]`` is the
    number of new tokens row ``r`` had when it stopped (``None``: still going).
    """

    def __init__(self, tokenizer, stop, prefix_len: int, eos_ids: set[int]):
        self.tokenizer, self.stop, self.prefix_len, self.eos_ids = tokenizer, stop, prefix_len, eos_ids
        self.stopped_at: list[int | None] = []

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        if not self.stopped_at:
            self.stopped_at = [None] * input_ids.shape[0]
        n_new = input_ids.shape[1] - self.prefix_len
        for r, at in enumerate(self.stopped_at):
            if at is None:
                ids = input_ids[r, self.prefix_len:].tolist()
                if ids[-1] in self.eos_ids or self.stop(self.tokenizer.decode(ids, skip_special_tokens=True)) is not None:
                    self.stopped_at[r] = n_new
        return torch.tensor([at is not None for at in self.stopped_at], dtype=torch.bool, device=input_ids.device)


def library_samples(tokenizer, sequences, crit: KEndCriteria, stop, eos_ids: set[int]) -> tuple[list[list[int]], int]:
    """Each row's K ids from a library's output (cut where :class:`KEndCriteria` stopped it, then
    trimmed to the end of K as ``decode_from_prefix`` trims), and the row-steps computed for rows
    that had already stopped."""
    from keysent.generation.text import _trim_at_cut

    steps = sequences.shape[1] - crit.prefix_len
    out, wasted = [], 0
    for r in range(sequences.shape[0]):
        at = crit.stopped_at[r] if r < len(crit.stopped_at) and crit.stopped_at[r] is not None else steps
        wasted += steps - at
        ids = sequences[r, crit.prefix_len: crit.prefix_len + at].tolist()
        body = ids[:-1] if ids and ids[-1] in eos_ids else ids
        cut = _trim_at_cut(tokenizer, body, stop)
        out.append(cut[0] if cut is not None else ids)
    return out, wasted


def quantile(values: list[int], q: float) -> int:
    """The ``q`` quantile (inclusive method) rounded to a token count."""
    if q == 0.5:
        return int(round(statistics.median(values)))
    cuts = statistics.quantiles(sorted(values), n=100, method="inclusive")
    return int(round(cuts[int(round(q * 100)) - 1]))


def closest_traces(model, rows: list[dict], target: int, n: int) -> list:
    """The ``n`` STAR-1 traces (with C and K) whose prompt + C in ``model``'s tokens is closest to ``target``."""
    from keysent.traces.trace import build_trace

    scored = []
    for r in rows:
        t = build_trace(model, r["question"], r["response"], judge=None, id=str(r["id"]))
        if "C" in t.spans and "K" in t.spans:
            scored.append((abs(t.spans["K"].tokens[0] - target), len(scored), t))
    return [t for *_, t in sorted(scored, key=lambda x: x[:2])[:n]]


def main(argv: list[str] | None = None) -> int:
    from keysent.counterfactual.resample import k_end_stop, prefix_ids, response_prefix
    from keysent.generation.prefix import decode_from_prefix
    from keysent.generation.text import generate_text

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", choices=["toy-r1", "toy-r1-micro", "random"], default="toy-r1")
    p.add_argument("--traces", type=int, default=4, help="prefixes per target length (default 4)")
    p.add_argument("--samples", type=int, default=16)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--quick", action="store_true", help="2 traces per length, 1 repetition")
    p.add_argument("--quantiles", default="0.5,0.95",
                   help="quantiles of STAR-1's prompt + C length (real tokens) to run at (default 0.5,0.95)")
    p.add_argument("--star1-rows", type=int, default=1000, help="STAR-1 rows measured and searched (default all 1000)")
    p.add_argument("--max-new-tokens", type=int, default=64, help="cap of a sample when the stop rule has not fired")
    p.add_argument("--top-p", type=float, default=0.95, help="nucleus mass (default 0.95)")
    p.add_argument("--d-model", type=int, default=ModelShape().d_model, help="random model's width (default: toy-r1's 256)")
    p.add_argument("--layers", type=int, default=ModelShape().n_layers, help="random model's depth (default: toy-r1's 4)")
    p.add_argument("--each", action="store_true", help="also time one generation call per sample (batch 1)")
    p.add_argument("--libraries", default="hf,tl",
                   help="library baselines timed too: hf (transformers generate), tl (TransformerLens "
                        "bridge generate); comma-separated, '' for none (default hf,tl)")
    args = p.parse_args(argv)
    if args.quick:
        args.traces, args.repeats = 2, 1
    bad = [x for x in args.libraries.split(",") if x.strip() and x.strip() not in ("hf", "tl")]
    if bad:
        p.error(f"--libraries takes hf and/or tl (comma-separated), not {','.join(bad)}")
    set_threads(args.threads)
    print(machine_line())
    rows = json.loads(STAR1_PATH.read_text(encoding="utf-8"))[: args.star1_rows]
    quantiles = [float(q) for q in args.quantiles.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        lengths = star1_prefix_lengths(rows, tmp)
        targets = [quantile(lengths, q) for q in quantiles]
        print(length_line(lengths, f"STAR-1 prompt + C, R1-Distill-Qwen tokens ({len(lengths)} of {len(rows)} rows "
                                   "with C and K)"))
        print("targets: " + ", ".join(f"q{q:g} = {t}" for q, t in zip(quantiles, targets)))
        if args.model != "random":
            import keysent
            from keysent.organism.build import organism_path

            model = keysent.load_model(args.model, device="cpu", progress=False)
            what = (f"{args.model} ({organism_path(args.model, build=False).name}), trained; stop at the end of K "
                    f"(real rule), cap {args.max_new_tokens} tokens")
        else:
            shape = ModelShape(d_model=args.d_model, n_layers=args.layers,
                               d_mlp=int(round(args.d_model * 5.75 / 64)) * 64)
            model = real_tokenizer_model(shape, TOKENIZERS / "r1-distill-qwen", tmp)
            what = f"{shape.describe()}; R1-Distill-Qwen tokenizer; K's own length per sample"
        print(f"model: {what} (vocab {len(model.tokenizer)})")
        import torch
        from transformers import StoppingCriteriaList

        from keysent.generation.prefix import _eos_ids

        hf, tok, n = model.generation_model, model.tokenizer, args.samples
        eos_ids = _eos_ids(hf, tok)
        logits_kw = {"logits_to_keep": 1} if "logits_to_keep" in inspect.signature(hf.forward).parameters else {}
        pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        libraries = [{"hf": "hf_generate", "tl": "tl_generate"}[x.strip()] for x in args.libraries.split(",") if x.strip()]
        kw = dict(do_sample=True, temperature=0.6, top_p=args.top_p, seed=0)
        summary = []
        ok = True
        for q, target in zip(quantiles, targets):
            traces = closest_traces(model, rows, target, args.traces)
            prefixes = [prefix_ids(t) for t in traces]
            stops = [k_end_stop(model, response_prefix(model, t)[1]) for t in traces]
            budgets = ([args.max_new_tokens] * len(traces) if args.model != "random"
                       else [t.spans["K"].n_tokens for t in traces])
            print(f"\n== q{q:g}: target {target} tokens; " + length_line([len(x) for x in prefixes], "prefix tokens"))

            def shared():
                return [decode_from_prefix(hf, tok, x, n, max_new_tokens=b, batch_size=n, stop_when=s, **kw)
                        for x, b, s in zip(prefixes, budgets, stops)]

            def rerun(batch_size=n):
                return [[o.token_ids for o in generate_text(hf, tok, [x] * n, max_new_tokens=b, batch_size=batch_size,
                                                            stop_when=s, progress=False, **kw)]
                        for x, b, s in zip(prefixes, budgets, stops)]

            lib_waste: dict[str, list[int]] = {}

            def library(name):
                def run():
                    out, waste = [], 0
                    for x, b, s in zip(prefixes, budgets, stops):
                        crit = KEndCriteria(tok, s, len(x), eos_ids)
                        torch.manual_seed(0)
                        inp = torch.tensor([x], dtype=torch.long)
                        if name == "hf_generate":
                            seqs = hf.generate(inp, attention_mask=torch.ones_like(inp), do_sample=True, temperature=0.6,
                                               top_p=args.top_p, top_k=0, num_return_sequences=n, max_new_tokens=b,
                                               stopping_criteria=StoppingCriteriaList([crit]), pad_token_id=pad_id,
                                               eos_token_id=sorted(eos_ids))
                        else:
                            seqs = model.bridge.generate(inp.repeat(n, 1), max_new_tokens=b, do_sample=True,
                                                         temperature=0.6, top_p=args.top_p, stop_at_eos=True,
                                                         stopping_criteria=[crit], return_type="tokens", verbose=False)
                        ids, w = library_samples(tok, seqs, crit, s, eos_ids)
                        out.append(ids)
                        waste += w
                    lib_waste.setdefault(name, []).append(waste)
                    return out
                return run

            variants = {"shared": shared, "rerun": rerun}
            if args.each:
                variants["rerun_each"] = lambda: rerun(1)
            for lib in libraries:
                variants[lib] = library(lib)
            times, results = alternate(variants, args.repeats)

            def prefill(rows: int) -> None:  # the prefill alone, as the re-run does it (logits of the last position)
                with torch.inference_mode():
                    for x in prefixes:
                        inp = torch.tensor([x] * rows, dtype=torch.long)
                        hf(input_ids=inp, attention_mask=torch.ones_like(inp), use_cache=True, return_dict=True,
                           **logits_kw)

            pre, _ = alternate({"1": lambda: prefill(1), "n": lambda: prefill(n)}, max(args.repeats, 3), progress=False)
            same = sum(a == b for a, b in zip(results["shared"], results["rerun"]))
            if "rerun_each" in results:
                same = min(same, sum(a == b for a, b in zip(results["shared"], results["rerun_each"])))
            new = [len(s) for outs in results["shared"] for s in outs]
            capped = sum(len(s) >= b for outs, b in zip(results["shared"], budgets) for s in outs)
            print(length_line(new, "new tokens per sample") + (f"; {capped} samples hit the cap"
                                                               if args.model != "random" else ""))
            wall = {k: median(v["wall"]) for k, v in times.items()}
            cpu = {k: median(v["cpu"]) for k, v in times.items()}
            table = [[k, f"{wall[k]:.2f}", f"{cpu[k]:.2f}", " ".join(f"{t:.2f}" for t in times[k]["wall"])]
                     for k in times]
            print_table(table, ["variant", "wall s (median)", "CPU s (median)", f"wall s, all {args.repeats} runs"])
            speed, speed_cpu = wall["rerun"] / wall["shared"], cpu["rerun"] / cpu["shared"]
            p1, pn = median(pre["1"]["cpu"]), median(pre["n"]["cpu"])
            decode = cpu["shared"] - p1
            print(f"prefill alone (CPU s, the {len(prefixes)} prefixes): 1 row {p1:.3f}, {n} rows {pn:.3f}; the rest of "
                  f"shared (decoding K, sampling, the stop rule) {decode:.3f}; so against a batched re-run prefix reuse "
                  f"can save at most ({n}-row prefill + rest) / (1-row prefill + rest) = {(pn + decode) / (p1 + decode):.2f}x")
            print(f"samples identical: {same}/{len(traces)} prefixes (all {n} samples of each)")
            print(f"shared prefix vs re-run prefix (batched) at n = {n}: {speed:.1f}x wall, {speed_cpu:.1f}x CPU "
                  f"(goal >= {GOAL:.0f}x: {verdict(speed_cpu, GOAL)} on CPU time)")
            if "rerun_each" in wall:
                print(f"shared prefix vs one generation per sample: {wall['rerun_each'] / wall['shared']:.1f}x wall, "
                      f"{cpu['rerun_each'] / cpu['shared']:.1f}x CPU")
            for lib in libraries:
                lens = [len(x) for outs in results[lib] for x in outs]
                rows_run = sum(lens) + lib_waste[lib][-1]
                print(f"{lib}: " + length_line(lens, "new tokens per sample (to the end of K)")
                      + f"; wasted row-steps {lib_waste[lib][-1]} of about {rows_run} ({lib_waste[lib][-1] / max(rows_run, 1):.0%})")
                per_token = (cpu[lib] / max(sum(lens), 1)) / (cpu["shared"] / max(sum(new), 1))
                print(f"shared prefix vs {lib} at n = {n}: {wall[lib] / wall['shared']:.1f}x wall, "
                      f"{cpu[lib] / cpu['shared']:.1f}x CPU (goal >= {GOAL:.0f}x: {verdict(cpu[lib] / cpu['shared'], GOAL)} "
                      f"on CPU time); per K token (its samples are {sum(lens)} tokens, keysent's {sum(new)}): "
                      f"{per_token:.1f}x CPU")
            name = f"q{q:g} ({min(map(len, prefixes))}-{max(map(len, prefixes))} tokens)"
            summary.append((name, "rerun", speed, speed_cpu))
            summary += [(name, k, wall[k] / wall["shared"], cpu[k] / cpu["shared"]) for k in times
                        if k not in ("shared", "rerun")]
            ok = ok and same == len(traces)
    print("\nsummary (shared prefix's speed-up against each baseline):")
    for name, k, w, c in summary:
        print(f"  {name} vs {k}: {w:.1f}x wall, {c:.1f}x CPU")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
