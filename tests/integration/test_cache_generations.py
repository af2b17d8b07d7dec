"""Two real processes generate the same queries into one generation cache at the same time."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from keysent.traces.generate import CACHE_SCHEMA, generate_traces

ROOT = Path(__file__).resolve().parents[2]

WORKER = r"""
import json, sys
import torch
torch.set_num_threads(1)
from keysent import load_model
from keysent.querysets import load_queries
from keysent.traces.generate import generate_traces
cache, order = sys.argv[1], sys.argv[2]
model = load_model("toy-r1-micro", device="cpu")
queries = load_queries(["builtin:2"])[:6]
if order == "reversed":
    queries = queries[::-1]
print("ready", flush=True)
sys.stdin.readline()  # both start generating together
traces = generate_traces(model, queries, max_new_tokens=32, batch_size=1, cache=cache, progress=False)
print(json.dumps({t.query: t.generated for t in traces}), flush=True)
"""


def test_two_processes_fill_one_generation_cache(tmp_path):
    from keysent import load_model
    from keysent.querysets import load_queries

    cache = tmp_path / "gen.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(cache), order], env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for order in ("forward", "reversed")]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()[-2000:]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in results]
    seen = [json.loads(out.strip().splitlines()[-1]) for out, _ in results]
    assert seen[0] == seen[1]  # both processes return the same generations

    model = load_model("toy-r1-micro", device="cpu")
    queries = load_queries(["builtin:2"])[:6]
    reference = generate_traces(model, queries, max_new_tokens=32, batch_size=1, cache=None, progress=False)
    raw = cache.read_bytes()
    assert raw.endswith(b"\n")
    lines = [json.loads(x) for x in raw.split(b"\n")[:-1]]
    assert lines[0] == {"format": "keysent-jsonl-cache", "schema": CACHE_SCHEMA}
    by_key = {}
    for ln in lines[1:]:
        assert ln["key"] not in by_key, f"duplicate entry {ln['key']}"
        by_key[ln["key"]] = ln["row"]
    hashes = {hashlib.sha256(model.render_prompt(q.query).encode()).hexdigest()[:24]: t
              for q, t in zip(queries, reference)}
    assert set(by_key) == set(hashes)  # every query exactly once, nothing else
    for key, trace in hashes.items():
        row = by_key[key]
        assert row["generated"] == trace.generated == seen[0][trace.query]
        assert model.tokenizer.decode(row["ids"], skip_special_tokens=True).strip() == row["generated"].strip()
