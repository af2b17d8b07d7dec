"""Build every STAR-1 trace on each real tokenizer and count what could go wrong with its spans.

Usage (from the repository root)::

    .venv/bin/python analyses/trace_spans_star1.py            # all tokenizers in ../shared/tokenizers
    .venv/bin/python analyses/trace_spans_star1.py qwq        # one

For each tokenizer a tiny random model (1 layer, width 16) is built around it in a temporary
directory; the 1000 real DeepSeek-R1 traces of ``../shared/data/star1/STAR-1.json`` are built with
it (no judge) and the script prints the time, the traces with K, the traces whose response ids are
not the response tokenised on its own, overlapping C/K/rest/answer spans, ``c_last`` not before K,
traces with inexact spans (a boundary token) and the longest trace.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ARCH = {"r1-distill-qwen": "qwen2", "r1-distill-qwen-jan2025": "qwen2", "r1-distill-llama": "llama", "qwen3": "qwen3", "qwq": "qwen2"}


def measure(name: str, workdir: Path) -> str:
    from keysent import load_model
    from keysent.querysets import load_dataset_spec
    from keysent.testing import tiny_checkpoint_around
    from keysent.traces.generate import generate_traces

    path = tiny_checkpoint_around(ROOT.parent / "shared" / "tokenizers" / name, workdir / name, arch=ARCH[name])
    model = load_model(str(path), device="cpu", progress=False)
    records = load_dataset_spec(f"harmful={ROOT.parent}/shared/data/star1/STAR-1.json#query=question,response=response")
    start = time.perf_counter()
    traces = generate_traces(model, records, judge=None, progress=False)
    seconds = time.perf_counter() - start
    tok = model.tokenizer
    not_own = sum(t.token_ids[t.flags["n_prompt_tokens"]:] != tok(t.generated, add_special_tokens=False)["input_ids"] for t in traces)
    overlap = c_after_k = 0
    for t in traces:
        ranges = sorted(t.spans[k].tokens for k in ("C", "K", "rest", "answer") if k in t.spans)
        overlap += any(a[1] > b[0] for a, b in zip(ranges, ranges[1:]))
        c_after_k += "C" in t.spans and "K" in t.spans and t.spans["C"].last_token >= t.spans["K"].tokens[0]
    inexact = sum(bool(t.flags.get("inexact_spans")) for t in traces)
    return (f"{name}: {len(traces)} traces in {seconds:.1f} s; with K {sum(t.has_key_sentence for t in traces)}; "
            f"response ids not its own tokenisation {not_own}; overlapping spans {overlap}; c_last not before K {c_after_k}; "
            f"traces with inexact spans {inexact}; longest {max(t.n_tokens for t in traces)} tokens")


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(ARCH)
    unknown = [n for n in names if n not in ARCH]
    if unknown:
        print(f"unknown tokenizer(s) {unknown}; choose from {', '.join(ARCH)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            print(measure(name, Path(tmp)), flush=True)
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
