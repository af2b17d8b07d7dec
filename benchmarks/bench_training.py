"""Benchmark: one SafeKey training step against one SFT step on STAR-1-length sequences.

Three variants, each one optimiser step (forward, backward, AdamW step) on the same batch of real
STAR-1 traces (question + DeepSeek-R1 response) on a tiny random Qwen2 with the R1 template:

* ``sft``             keysent's SFT step: one causal pass, logits only at response rows;
* ``safekey``         keysent's SafeKey step: the SFT pass plus the Dual-Path Safety Head on its
                      final-norm output, plus the Query-Mask Modeling pass cut at the end of K with
                      logits only at K's rows;
* ``safekey_public``  the public code's way: the same SFT pass and head, but the QMM pass runs over
                      the full sequence and computes full-vocabulary logits at every position.

Times are medians of interleaved repetitions in this process; peak memory is measured once per
variant in a fresh subprocess (:class:`benchmarks.common.PeakRSS`).

Run from the repository root::

    .venv/bin/python benchmarks/bench_training.py --quick --threads 1
    .venv/bin/python benchmarks/bench_training.py --threads 1

Goal: ``safekey`` at most 1.15x the time and 1.2x the peak memory of ``sft``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.common import (  # noqa: E402
    ALLOCATORS,
    ModelShape,
    PeakRSS,
    alternate,
    emit,
    length_line,
    machine_line,
    make_model_dir,
    median,
    print_table,
    run_worker,
    set_threads,
    star1_traces,
    tiny_model,
    verdict,
)

GOAL_TIME = 1.15
GOAL_MEMORY = 1.2
VARIANTS = ("sft", "safekey", "safekey_public")


def public_qmm_loss(hf: Any, batch: Any) -> Any:
    """The public code's QMM: a full-length pass under the query mask, full logits, CE on K."""
    import torch
    import torch.nn.functional as F

    from keysent.training.objectives import query_mask

    ids = batch.input_ids
    T = ids.shape[1]
    mask = query_mask(batch.prompt_len, batch.lengths, T)
    logits = hf(input_ids=ids, attention_mask=mask, position_ids=torch.arange(T)[None].expand(ids.shape[0], T),
                use_cache=False).logits
    labels = torch.full_like(ids, -100)
    for b in range(ids.shape[0]):
        k0, k1 = int(batch.k_start[b]), int(batch.k_end[b])
        labels[b, k0:k1] = ids[b, k0:k1]
    target = labels[:, 1:]
    return F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), target.reshape(-1), ignore_index=-100,
                           reduction="sum") / int((target != -100).sum())


class Stepper:
    """One optimiser step of a variant on a fixed batch; the weights are restored after each step
    so every repetition starts from the same point."""

    def __init__(self, model: Any, examples: Sequence[Any]) -> None:
        import torch

        from keysent.training.config import TrainConfig
        from keysent.training.objectives import DualPathSafetyHead
        from keysent.training.steps import collate, decoder_parts

        self.hf = model.generation_model
        self.base, self.lm_head = decoder_parts(self.hf)
        self.batch = collate(examples, model.tokenizer.pad_token_id)
        torch.manual_seed(0)
        self.head = DualPathSafetyHead(model.d_model)
        for p in self.hf.parameters():
            p.requires_grad_(True)
        self.params = list(self.hf.parameters()) + list(self.head.parameters())
        self.start = {k: v.detach().clone() for k, v in self.hf.state_dict().items()}
        self.config = TrainConfig(method="safekey")

    def losses(self, variant: str) -> Any:
        from keysent.training.steps import sft_forward, step_losses

        if variant == "sft":
            return step_losses(self.base, self.lm_head, None, self.batch, self.config, aux_on=False)["total"]
        if variant == "safekey":
            return step_losses(self.base, self.lm_head, self.head, self.batch, self.config, aux_on=True)["total"]
        sft, hidden = sft_forward(self.base, self.lm_head, self.batch)
        b = self.batch
        head = self.head.loss(hidden, b.c_start, b.c_end, b.k_start, b.unsafe)
        return sft + 0.2 * head + 0.2 * public_qmm_loss(self.hf, b)

    def step(self, variant: str) -> float:
        import torch

        opt = torch.optim.AdamW(self.params, lr=1e-5, betas=(0.9, 0.95), weight_decay=1e-4)
        self.hf.train()
        loss = self.losses(variant)
        loss.backward()
        opt.step()
        opt.zero_grad(set_to_none=True)
        value = float(loss.detach())
        with torch.no_grad():
            self.hf.load_state_dict(self.start)
        return value


def examples_for(model: Any, n: int, seed: int) -> list[Any]:
    from keysent.training.data import example_from_trace

    out = []
    for t in star1_traces(model, n, seed=seed):
        t.labels["harmful"] = True
        ex = example_from_trace(model, t)
        assert not isinstance(ex, str), ex
        out.append(ex)
    return out


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="2 traces per batch instead of 4")
    p.add_argument("--traces", type=int, default=None, help="sequences in the batch (default 4; 2 with --quick)")
    p.add_argument("--repeats", type=int, default=3, help="timed repetitions per variant (median reported)")
    p.add_argument("--threads", type=int, default=None, help="torch intra-op threads")
    p.add_argument("--seed", type=int, default=0, help="seed of the STAR-1 sample")
    p.add_argument("--no-memory", action="store_true", help="skip the peak-memory subprocesses")
    p.add_argument("--allocator", choices=ALLOCATORS, default="mmap")
    p.add_argument("--worker", choices=VARIANTS, help=argparse.SUPPRESS)
    p.add_argument("--model-dir", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.traces is None:
        args.traces = 2 if args.quick else 4
    if args.traces < 1 or args.repeats < 1:
        p.error("--traces and --repeats must be at least 1")
    return args


def worker(args: argparse.Namespace) -> None:
    model = tiny_model(args.model_dir)
    stepper = Stepper(model, examples_for(model, args.traces, args.seed))
    stepper.step(args.worker)  # first-call set-up outside the measurement
    with PeakRSS() as mem:
        stepper.step(args.worker)
    emit({"variant": args.worker, **mem.to_dict()})


def main(argv: Sequence[str] | None = None) -> dict:
    args = parse_args(argv)
    set_threads(args.threads)
    shape = ModelShape()
    if args.worker:
        worker(args)
        return {}
    with tempfile.TemporaryDirectory(prefix="keysent-bench-training-") as tmp:
        model_dir = make_model_dir(shape, tmp)
        model = tiny_model(model_dir)
        examples = examples_for(model, args.traces, args.seed)
        stepper = Stepper(model, examples)
        print(machine_line())
        print(f"model: {shape.describe()} (test tokenizer: ~3x more tokens than a real one)")
        print(length_line([len(e.ids) for e in examples], "sequence tokens"))
        print(length_line([e.k[1] for e in examples], "end of K (the truncated QMM pass runs these)"))
        variants = {name: (lambda name=name: stepper.step(name)) for name in VARIANTS}
        times, results = alternate(variants, args.repeats)
        memory = {}
        if not args.no_memory:
            common = ["--model-dir", str(model_dir), "--traces", str(args.traces), "--seed", str(args.seed)]
            if args.threads:
                common += ["--threads", str(args.threads)]
            for name in VARIANTS:
                print(f"measuring peak memory of {name} in a fresh process ...", flush=True)
                memory[name] = run_worker(__file__, ["--worker", name, *common], allocator=args.allocator)
    wall = {name: median(t["wall"]) for name, t in times.items()}
    rows = []
    for name in VARIANTS:
        mem = f"{memory[name]['peak_mib']:.1f}" if name in memory else "-"
        rows.append([name, f"{wall[name]:.2f}", " ".join(f"{t:.2f}" for t in times[name]["wall"]), mem, f"{results[name]:.4f}"])
    print()
    print_table(rows, ["variant", "wall s (median)", f"all {args.repeats} runs", "peak MiB above loaded", "loss"])
    out: dict[str, Any] = {"times": times}
    for name in ("safekey", "safekey_public"):
        r = wall[name] / wall["sft"]
        out[f"{name}_time_ratio"] = r
        print(f"{name} / sft time: {r:.2f}x" + (f"  (goal <= {GOAL_TIME}x: {verdict(r, GOAL_TIME, higher_is_better=False)})" if name == "safekey" else ""))
        if memory:
            m = memory[name]["peak_mib"] / memory["sft"]["peak_mib"]
            out[f"{name}_memory_ratio"] = m
            print(f"{name} / sft peak memory: {m:.2f}x" + (f"  (goal <= {GOAL_MEMORY}x: {verdict(m, GOAL_MEMORY, higher_is_better=False)})" if name == "safekey" else ""))
    print(f"losses: safekey {results['safekey']:.6f}, public way {results['safekey_public']:.6f} (equal up to float error)")
    return out


if __name__ == "__main__":
    main()
