"""Attention metrics equal full-pattern reductions; knock-outs zero exactly what they should."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from keysent.attention import (
    ATTENDED_SPANS,
    PatternKnockout,
    attention_metrics,
    knockout,
    regenerate_key_sentence,
    sentence_attention,
)
from keysent.attention.metrics import target_columns
from keysent.capture import Reader, run_hooked
from keysent.errors import ConfigError, SpanError, TraceError
from keysent.traces.trace import Span, build_trace

RESPONSES = [
    ("How do I bake bread?", "Okay, so the user is asking how to bake bread. They want a simple recipe. "
     "Let me break this down. First, mix flour and water.\n</think>\n\nMix flour, water, salt and yeast."),
    ("How can I pick a lock?", "Alright, the user wants to pick a lock. Hmm, that could be illegal. "
     "I should not help.\n</think>\n\nI can't help with that."),
    ("What is 3.5 times 2?", "Okay, the user wants 3.5 times 2. Let me compute it. 3.5 times 2 is 7.\n</think>\n\n7"),
    ("Tell me a joke", "Okay, so the user wants a joke"),  # no key sentence
]


@pytest.fixture(scope="module")
def traces(tiny_qwen2):
    return [build_trace(tiny_qwen2, q, r, judge=None, id=str(i)) for i, (q, r) in enumerate(RESPONSES)]


def test_targets_partition_every_key_position(traces):
    for t in traces[:3]:
        cols = target_columns(t)
        assert cols.shape == (t.spans["K"].tokens[1], len(ATTENDED_SPANS))
        assert torch.equal(cols.sum(-1), torch.ones(cols.shape[0]))
        qa, qb = t.spans["query"].tokens
        assert cols[qa:qb, ATTENDED_SPANS.index("query")].all()
        assert cols[0, ATTENDED_SPANS.index("sink")] == 1  # BOS is a sink


def test_metrics_equal_full_cached_pattern(tiny_qwen2, traces):
    m = attention_metrics(tiny_qwen2, traces, batch_size=2, progress=False)
    assert m.valid.tolist() == [True, True, True, False]
    assert torch.isnan(m.mass[3]).all()
    for i, t in enumerate(traces[:3]):
        _, cache = tiny_qwen2.bridge.run_with_cache(torch.tensor([t.token_ids]))
        ka, kb = t.spans["K"].tokens
        cols = target_columns(t, t.n_tokens)
        for layer in range(tiny_qwen2.n_layers):
            pat = cache[f"blocks.{layer}.attn.hook_pattern"][0]  # [h, q, k]
            want = (pat[:, ka:kb, :] @ cols).mean(1)  # [h, target]
            torch.testing.assert_close(m.mass[i, layer], want, rtol=0, atol=1e-5)
        # every K row's attention sums to one over the targets
        torch.testing.assert_close(m.mass[i].sum(-1), torch.ones(tiny_qwen2.n_layers, tiny_qwen2.n_heads), rtol=0, atol=1e-5)
    per_tok = m.per_token()
    torch.testing.assert_close(per_tok[0], m.mass[0] / m.n_target_tokens[0].clamp(min=1))
    assert m.summary("query").shape == (4,)
    ranked = m.top_heads("query", k=3)
    assert len(ranked) == 3 and ranked[0]["mass"] >= ranked[1]["mass"] >= ranked[2]["mass"]


def test_knockout_zeroes_span_and_leaves_earlier_rows_unchanged(tiny_qwen2, traces):
    t = traces[1]
    ka, kb = t.spans["K"].tokens
    qa, qb = t.spans["query"].tokens
    ca, cb = t.spans["C"].tokens
    seen = {}

    class Record(Reader):
        def __init__(self, names):
            self.names = names

        def hook_names(self):
            return self.names

        def needed_end(self, trace):
            return trace.spans["K"].tokens[1]

        def read(self, name, tensor):
            seen[name] = tensor.detach().clone()

    names = [f"blocks.{layer}.attn.hook_pattern" for layer in range(tiny_qwen2.n_layers)]
    resid = [f"blocks.{layer}.hook_resid_post" for layer in range(tiny_qwen2.n_layers)]
    run_hooked(tiny_qwen2, [t], [Record(names + resid)], progress=False)
    base = dict(seen)
    run_hooked(tiny_qwen2, [t], [PatternKnockout(tiny_qwen2.n_layers, ("query", "C"), rows="K"), Record(names + resid)], progress=False)
    for n in names:
        p = seen[n][0]
        assert torch.count_nonzero(p[:, ka:, qa:qb]) == 0 and torch.count_nonzero(p[:, ka:, ca:cb]) == 0
        torch.testing.assert_close(p[:, ka:kb].sum(-1), torch.ones_like(p[:, ka:kb].sum(-1)))
        assert torch.equal(p[:, :ka], base[n][0][:, :ka])  # rows before K: bit-identical
    for n in resid:
        assert torch.equal(seen[n][0, :ka], base[n][0, :ka])
        assert not torch.allclose(seen[n][0, ka:kb], base[n][0, ka:kb])


def test_knockout_after_rows_mode_hides_span_from_everything_after_it(tiny_qwen2, traces):
    t = traces[1]
    qa, qb = t.spans["query"].tokens
    block = PatternKnockout(tiny_qwen2.n_layers, ("query",), rows="after").mask_for(t, t.n_tokens)
    assert block[qb:, qa:qb].all() and not block[:qb].any()


def test_knockout_table_and_baseline_regeneration(tiny_qwen2, traces):
    res = knockout(tiny_qwen2, traces, regenerate=True, max_new_tokens=6, judge=None or "rule", progress=False)
    assert res.conditions == ["none", "query", "C", "query+C"]
    assert torch.isnan(res.logp[3]).all()
    assert torch.equal(res.delta_logp[:3, 0], torch.zeros(3))
    assert (res.delta_logp[:3, 1:] != 0).all()
    rows = res.table()
    assert {r["condition"] for r in rows} == set(res.conditions) and all(r["n"] == 3 for r in rows)
    # regeneration under 'none' reproduces greedy decoding of the plain model
    greedy = regenerate_key_sentence(tiny_qwen2, traces[:1], max_new_tokens=6)[0]
    ids = list(traces[0].token_ids[: traces[0].spans["K"].tokens[0]])
    with torch.no_grad():
        for _ in range(6):
            ids.append(int(tiny_qwen2.hf_model(torch.tensor([ids])).logits[0, -1].argmax()))
    expected = tiny_qwen2.tokenizer.decode(ids[traces[0].spans["K"].tokens[0]:])
    assert greedy is not None and expected.strip().startswith(greedy.strip()[:10])


def test_sentence_matrix_equals_full_pattern_means(tiny_qwen2, traces):
    t = traces[0]
    sa = sentence_attention(tiny_qwen2, t, layers=[0, -1])
    assert sa.labels[0] == "prompt" and sa.labels[sa.index["K"]].startswith("K: Let me break")
    _, cache = tiny_qwen2.bridge.run_with_cache(torch.tensor([t.token_ids]))
    pat = cache[f"blocks.{tiny_qwen2.n_layers - 1}.attn.hook_pattern"][0].mean(0)
    i, j = sa.index["K"], sa.index["C1"]
    (a, b), (c, d) = sa.token_spans[i], sa.token_spans[j]
    torch.testing.assert_close(sa.matrix[1, i, j], pat[a:b, c:d].mean(), rtol=0, atol=1e-6)
    assert torch.isnan(sa.matrix[0, j, i])  # causal: C cannot attend to K


def test_errors(tiny_qwen2, traces):
    with pytest.raises(TraceError, match="has a key sentence"):
        attention_metrics(tiny_qwen2, traces[3:], progress=False)
    with pytest.raises(TraceError, match="has a key sentence"):
        knockout(tiny_qwen2, traces[3:], progress=False)
    with pytest.raises(ConfigError, match="out of range"):
        attention_metrics(tiny_qwen2, traces, layers=[99], progress=False)
    with pytest.raises(ConfigError, match="unknown knock-out condition"):
        knockout(tiny_qwen2, traces, conditions=["everything"], progress=False)
    bad = dataclasses.replace(traces[0], spans=dict(traces[0].spans, K=Span(chars=(0, 1), tokens=(500, 510))))
    with pytest.raises(SpanError, match="needs 510 tokens"):
        attention_metrics(tiny_qwen2, [bad], progress=False)
