"""generate_traces on the micro organism: located traces, resumable cache, stop right after K."""

from __future__ import annotations

import json

import pytest

from keysent import load_model
from keysent.querysets import load_queries
from keysent.traces.generate import generate_traces, key_sentence_end


@pytest.fixture(scope="module")
def micro():
    return load_model("toy-r1-micro", device="cpu")


def test_cache_is_reused_and_resumes(micro, tmp_path):
    queries = load_queries(["builtin:2"])
    cache = tmp_path / "gen.jsonl"
    first = generate_traces(micro, queries[:4], max_new_tokens=96, cache=cache, progress=False)
    assert sum(1 for _ in open(cache)) == 4
    # a later, larger run generates only the missing ones and returns identical traces for the rest
    second = generate_traces(micro, queries, max_new_tokens=96, cache=cache, progress=False)
    assert sum(1 for _ in open(cache)) == len(queries)
    assert [t.generated for t in second[:4]] == [t.generated for t in first]
    # a torn last line (an interrupted write) is regenerated, not an error
    with open(cache, "a") as fh:
        fh.write('{"prompt_hash": "x", "gen')
    third = generate_traces(micro, queries, max_new_tokens=96, cache=cache, progress=False)
    assert [t.generated for t in third] == [t.generated for t in second]
    assert all(json.loads(line) for line in open(cache).readlines()[:-1])


def test_stop_after_key_sentence(micro):
    queries = load_queries(["builtin:3"])
    full = generate_traces(micro, queries, max_new_tokens=160, progress=False)
    cut = generate_traces(micro, queries, max_new_tokens=160, stop_after_key_sentence=True, progress=False)
    for f, c in zip(full, cut):
        if f.has_key_sentence:
            # generation stopped right after K: same C and K, nothing after
            assert c.key_sentence == f.key_sentence and c.understanding == f.understanding
            assert c.generated.rstrip().endswith(f.key_sentence) and not c.complete
            assert len(c.generated) < len(f.generated)


def test_key_sentence_end_needs_the_next_sentence(micro):
    stop = key_sentence_end(micro)
    assert stop("Okay, so the user wants bread. Let me break this down.") is None  # K may go on
    text = "Okay, so the user wants bread. Let me break this down. First"
    assert text[: stop(text)] == "Okay, so the user wants bread. Let me break this down."
