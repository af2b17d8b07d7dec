"""Counterfactuals on real artefacts: STAR-1 DeepSeek-R1 traces under the real tokenizers
(a tiny random model around each, ../shared/tokenizers)."""

from __future__ import annotations

import json

import pytest

from keysent.counterfactual.force import force_key_sentence
from keysent.counterfactual.resample import prefix_ids, resample
from keysent.traces.trace import build_trace

NAMES = ["r1-distill-qwen", "r1-distill-llama", "qwen3"]


@pytest.fixture(scope="module")
def star1_rows(shared_data):
    rows = json.loads((shared_data / "star1" / "STAR-1.json").read_text(encoding="utf-8"))
    return rows[:40:8]


def _traces(model, rows):
    out = [build_trace(model, r["question"], r["response"], id=str(r.get("id"))) for r in rows]
    out = [t for t in out if "C" in t.spans and "K" in t.spans]
    assert len(out) >= 4
    return out


@pytest.mark.parametrize("name", NAMES)
def test_forced_sentences_on_star1(real_models, star1_rows, name):
    model = real_models[name]
    traces = _traces(model, star1_rows)
    sentence = "Hmm, this request could seriously hurt someone, so I must be careful."
    forced = force_key_sentence(model, traces, [sentence] * len(traces), max_new_tokens=6, progress=False)
    own = force_key_sentence(model, traces, [t.key_sentence for t in traces], max_new_tokens=6, progress=False)
    for t, f, o in zip(traces, forced, own):
        a, b = f.spans["K"].tokens
        assert f.key_sentence == sentence
        assert model.tokenizer.decode(f.token_ids[a:b]).strip() == sentence
        assert f.token_ids[:a] == prefix_ids(t) and f.k_aha is True
        k1 = t.spans["K"].tokens[1]
        assert o.token_ids[:k1] == t.token_ids[:k1] and o.key_sentence == t.key_sentence


@pytest.mark.parametrize("name", NAMES)
def test_resampling_star1_prefixes(real_models, star1_rows, name):
    model = real_models[name]
    traces = _traces(model, star1_rows)[:3]
    greedy = resample(model, traces, n=2, temperature=0.0, max_new_tokens=5, progress=False)
    sampled = resample(model, traces, n=3, temperature=1.0, top_p=0.9, seed=1, max_new_tokens=5, batch_size=2,
                       progress=False)
    again = resample(model, traces, n=3, temperature=1.0, top_p=0.9, seed=1, max_new_tokens=5, batch_size=3,
                     progress=False)
    for i, g, s, s2 in zip(greedy.indices, greedy.samples, sampled.samples, again.samples):
        p = prefix_ids(traces[i])
        assert g[0].token_ids == g[1].token_ids and g[0].token_ids[: len(p)] == p
        assert [x.token_ids for x in s] == [x.token_ids for x in s2]
        assert all(x.token_ids[: len(p)] == p for x in s)
