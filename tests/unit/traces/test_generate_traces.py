"""generate_traces on the micro organism: located traces, resumable cache, stop right after K."""

from __future__ import annotations

import json

import pytest

from keysent import load_model
from keysent.querysets import load_queries
from keysent.traces.generate import CACHE_SCHEMA, generate_traces, key_sentence_end


@pytest.fixture(scope="module")
def micro():
    return load_model("toy-r1-micro", device="cpu")


def _entries(path):
    lines = [json.loads(line) for line in open(path, encoding="utf-8")]
    assert lines[0] == {"format": "keysent-jsonl-cache", "schema": CACHE_SCHEMA}
    return lines[1:]


def test_cache_is_reused_and_resumes(micro, tmp_path):
    queries = load_queries(["builtin:2"])
    cache = tmp_path / "gen.jsonl"
    first = generate_traces(micro, queries[:4], max_new_tokens=96, cache=cache, progress=False)
    assert len(_entries(cache)) == 4
    # every row holds the text and the generated token ids, which decode to the text
    for row in _entries(cache):
        ids = row["row"]["ids"]
        assert ids and all(isinstance(t, int) for t in ids)
        assert micro.tokenizer.decode(ids, skip_special_tokens=True).strip() == row["row"]["generated"].strip()
    # a later, larger run generates only the missing ones and returns identical traces for the rest
    second = generate_traces(micro, queries, max_new_tokens=96, cache=cache, progress=False)
    assert len(_entries(cache)) == len(queries)
    assert [t.generated for t in second[:4]] == [t.generated for t in first]
    # a torn last line (an interrupted write) is ignored, then repaired by the next write
    with open(cache, "a") as fh:
        fh.write('{"key": "x", "row": {"gen')
    third = generate_traces(micro, queries, max_new_tokens=96, cache=cache, progress=False)
    assert [t.generated for t in third] == [t.generated for t in second]
    generate_traces(micro, ["A question nobody asked before?"], max_new_tokens=8, cache=cache, progress=False)
    assert len(_entries(cache)) == len(queries) + 1  # the torn line is gone, every line whole


def test_interrupted_run_resumes_from_the_cache(micro, tmp_path, monkeypatch):
    """An interrupt after the first chunk keeps that chunk; the rerun generates only the rest."""
    import keysent.generation.text as gt

    queries = load_queries(["builtin:2"])[:6]
    cache = tmp_path / "gen.jsonl"
    real, calls, interrupt = gt.generate_text, [], [True]

    def interrupted(*args, **kwargs):
        calls.append(len(args[2]))
        if len(calls) == 2 and interrupt[0]:
            interrupt[0] = False
            raise KeyboardInterrupt  # Ctrl-C during the second chunk
        return real(*args, **kwargs)

    monkeypatch.setattr(gt, "generate_text", interrupted)
    with pytest.raises(KeyboardInterrupt):
        generate_traces(micro, queries, max_new_tokens=64, batch_size=1, cache=cache, progress=False)
    assert calls == [4, 2] and len(_entries(cache)) == 4  # chunks of 4 * batch_size
    calls.clear()
    resumed = generate_traces(micro, queries, max_new_tokens=64, batch_size=1, cache=cache, progress=False)
    assert calls == [2]  # only the two missing prompts
    fresh = generate_traces(micro, queries, max_new_tokens=64, batch_size=1, cache=None, progress=False)
    assert [t.generated for t in resumed] == [t.generated for t in fresh]


def test_old_text_only_cache(micro, tmp_path, monkeypatch):
    """A keysent 0.1 cache (no header, text only) is read at the default location, refused as a path."""
    from keysent.errors import CacheError
    from keysent.traces.generate import default_cache_path

    monkeypatch.setenv("KEYSENT_HOME", str(tmp_path / "home"))
    queries = load_queries(["builtin:1"])[:2]
    settings = {"stop_after_k": False, "max_new_tokens": 32, "do_sample": False, "temperature": None, "seed": None}
    new_path = default_cache_path(micro, settings)
    legacy = new_path.parent.parent / new_path.name
    import hashlib

    h = hashlib.sha256(micro.render_prompt(queries[0].query).encode()).hexdigest()[:24]
    legacy.write_text(json.dumps({"prompt_hash": h, "generated": "Okay, so the user asks. Hmm, that is illegal."}) + "\n")
    traces = generate_traces(micro, queries, max_new_tokens=32, cache=True, progress=False)
    assert traces[0].generated == "Okay, so the user asks. Hmm, that is illegal."  # reused, not regenerated
    assert [r["key"] for r in _entries(new_path)] != [] and h not in [r["key"] for r in _entries(new_path)]
    assert legacy.read_text().count("\n") == 1  # the old file is never written to
    with pytest.raises(CacheError, match="generation cache of keysent 0.1.*delete the file"):
        generate_traces(micro, queries, max_new_tokens=32, cache=legacy, progress=False)


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


def test_training_in_place_changes_the_cache_key(micro):
    """Generations cached before an in-place update are never reused after it (a new cache file)."""
    import torch

    from keysent.traces.generate import default_cache_path

    settings = {"max_new_tokens": 8}
    before = default_cache_path(micro, settings)
    param = next(micro.hf_model.parameters())
    saved = param.detach().clone()
    with torch.no_grad():
        param.add_(1e-3)
    try:
        assert default_cache_path(micro, settings) != before
    finally:
        with torch.no_grad():
            param.copy_(saved)  # exactly as before, for the module's other tests
    assert default_cache_path(micro, settings) == before
