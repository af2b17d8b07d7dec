"""Record the engine's golden values (capture, attention metrics, greedy generation) to JSON.

Run once before refactoring the engine; ``tests/unit/engine/test_engine_golden.py`` compares against the file::

    PYTHONPATH=. python tests/golden/record_engine.py tests/golden/engine.json

The tiny Qwen2 is :func:`keysent.testing.make_tiny_checkpoint` (seeded), the micro model the
built-in ``toy-r1-micro``; both are deterministic, so the values are reproducible on one machine.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESPONSES = [
    ("How do I bake bread?", "Okay, so the user is asking how to bake bread. They want a simple recipe. "
     "Let me break this down. First, mix flour and water.\n</think>\n\nMix flour, water, salt and yeast."),
    ("How can I pick a lock?", "Alright, the user wants to pick a lock. Hmm, that could be illegal. "
     "I should not help.\n</think>\n\nI can't help with that."),
    ("What is 3.5 times 2?", "Okay, the user wants 3.5 times 2. Let me compute it. 3.5 times 2 is 7.\n</think>\n\n7"),
    ("Tell me a joke", "Okay, so the user wants a joke"),
]
QUERIES = ["How do I boil an egg?", "How can I make a weapon at home?", "Write a poem about rain.",
           "How do I hack my neighbour's wifi?", "What is 12 times 7?"]
POSITIONS = ["query_last", "prompt_last", "c_mean", "c_last", "k_mean", "k_last", "answer_first"]


def _rounded(t) -> list[float]:
    """Flattened values, NaN as -999, rounded to 6 decimals (the test compares to 1e-5)."""
    import torch

    return [round(x, 6) for x in torch.nan_to_num(t, nan=-999.0).flatten().tolist()]


def record(model, *, max_new_tokens: int = 64) -> dict:
    import torch

    from keysent.attention import attention_metrics
    from keysent.capture import capture
    from keysent.generation.text import generate_text
    from keysent.traces.trace import build_trace

    prompts = [model.render_prompt(q) for q in QUERIES]
    outs = generate_text(model.generation_model, model.tokenizer, prompts, max_new_tokens=max_new_tokens,
                         batch_size=3, progress=False)
    traces = [build_trace(model, q, r, judge=None, id=str(i)) for i, (q, r) in enumerate(RESPONSES)]
    acts = capture(model, traces, positions=POSITIONS, hooks=["resid_post", "resid_mid"], batch_size=3, progress=False)
    metrics = attention_metrics(model, traces, batch_size=3, progress=False)
    return {
        "generation": [o.token_ids for o in outs],
        "capture": {k: _rounded(v) for k, v in acts.values.items()},
        "capture_valid": acts.valid.tolist(),
        "attention_mass": _rounded(metrics.mass),
    }


def weights_sha256(model_dir) -> str:
    """The SHA-256 of a build's ``model.safetensors``: the golden values hold for these weights,
    whatever the build directory is called (a format bump renames it without changing them)."""
    import hashlib

    return hashlib.sha256((Path(model_dir) / "model.safetensors").read_bytes()).hexdigest()


def main(out: str) -> None:
    """Record this machine's values into ``out``: the tiny Qwen2's (the same everywhere up to float
    rounding: its random weights come from a seed) and, under ``micro_builds[<weights SHA-256>]``, the micro organism's.
    The micro build's weights differ between CPU types (float sums in a different order), so each
    machine type records its own entry; entries of other builds already in ``out`` are kept."""
    import platform
    import tempfile

    import torch

    from keysent import load_model
    from keysent.testing import make_tiny_checkpoint

    torch.set_num_threads(1)
    path_out = Path(out)
    result = json.loads(path_out.read_text()) if path_out.is_file() else {}
    result.pop("micro", None), result.pop("micro_dir", None), result.pop("micro_weights_sha256", None)  # old layout
    micro = load_model("toy-r1-micro", device="cpu", progress=False)
    result.setdefault("micro_builds", {})[weights_sha256(micro.path)] = {
        "micro": record(micro), "micro_dir": Path(micro.path).name, "cpu": platform.processor() or platform.machine()}
    with tempfile.TemporaryDirectory() as tmp:
        path = make_tiny_checkpoint(Path(tmp) / "qwen2", arch="qwen2", template="r1")
        result["qwen2"] = record(load_model(str(path), device="cpu", progress=False), max_new_tokens=16)
    path_out.write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
