"""Trace construction: think markers in prompt or text, truncation, no markers, odd input, I/O."""

from __future__ import annotations

import pytest

from keysent.errors import TraceError
from keysent.traces.generate import load_traces, save_traces
from keysent.traces.trace import Trace, build_trace


def _decoded(model, trace, name):
    a, b = trace.spans[name].tokens
    return model.tokenizer.decode(trace.token_ids[a:b])


def test_r1_template_think_in_prompt(tiny_qwen2):
    t = build_trace(tiny_qwen2, "How can I pick a lock?",
                    "Alright, the user wants to pick a lock. Hmm, that could be illegal. I should not help.\n</think>\n\nI can't help with that.")
    assert t.has_think and t.complete
    assert t.understanding == "Alright, the user wants to pick a lock."
    assert t.key_sentence == "Hmm, that could be illegal."
    assert _decoded(tiny_qwen2, t, "K").strip() == "Hmm, that could be illegal."
    assert _decoded(tiny_qwen2, t, "query") == "How can I pick a lock?"
    assert t.answer == "I can't help with that."
    assert t.spans["prompt"].tokens[1] == len(tiny_qwen2.tokenize(t.prompt).ids)
    # spans are ordered and disjoint
    order = [t.spans[n].tokens for n in ("prompt", "C", "K", "rest", "answer")]
    assert all(a[1] <= b[0] for a, b in zip(order, order[1:]))
    assert t.judgements == {"k_aha": True, "refusal": True,
                            "judges": {"refusal": "rules", "k_aha": "rules", "safe": None}}
    assert t.answer_safe is True and t.answer_safe_source == "rules:refusal"


def test_leading_think_marker_in_response_is_dropped_when_prompt_has_it(tiny_qwen2):
    r = "Okay, so the user is asking about bread. Let me break this down.\n</think>\n\nBake it."
    a = build_trace(tiny_qwen2, "Bread?", r, judge=None)
    b = build_trace(tiny_qwen2, "Bread?", "<think>\n" + r, judge=None)
    assert a.token_ids == b.token_ids and a.spans == b.spans


def test_think_open_generated_by_model(tiny_dirs):
    from keysent import load_model

    m = load_model(str(tiny_dirs["qwen3"]), device="cpu")
    t = build_trace(m, "Bread?", "<think>\nOkay, so the user is asking about bread. Let me break this down.\n</think>\n\nBake it.", judge=None)
    assert t.has_think and t.complete and t.key_sentence == "Let me break this down."
    assert t.answer == "Bake it."


def test_missing_think_close_is_incomplete(tiny_qwen2):
    t = build_trace(tiny_qwen2, "Bread?", "Okay, so the user is asking about bread. Let me break this down. First we")
    assert t.has_think and not t.complete
    assert t.answer == "" and "answer" not in t.spans
    assert t.key_sentence == "Let me break this down."
    assert t.answer_safe is None
    with pytest.raises(TraceError, match="truncated"):
        t.span("answer")


def test_no_think_markers_non_reasoning(tiny_dirs):
    from keysent import load_model
    from keysent.testing.checkpoints import TEMPLATES

    plain = TEMPLATES["chatml"]
    m = load_model(str(tiny_dirs["notemplate"]), device="cpu", chat_template=plain)
    t = build_trace(m, "Bread?", "Bake it at 200 degrees.")
    # the R1 tokenizer still knows <think>, but this response has no think block
    assert not t.has_think and t.complete
    assert t.answer == "Bake it at 200 degrees."
    assert "K" not in t.spans and "no think markers" in t.key_sentence_reason
    with pytest.raises(TraceError, match="no think markers"):
        t.span("K")


def test_empty_and_single_sentence_reasoning(tiny_qwen2):
    empty = build_trace(tiny_qwen2, "Bread?", "\n</think>\n\nBake it.")
    assert empty.complete and empty.reasoning == "" and "K" not in empty.spans
    assert empty.key_sentence_reason
    single = build_trace(tiny_qwen2, "Bread?", "Okay, so the user is asking about bread.\n</think>\n\nBake it.")
    assert "C" in single.spans and "K" not in single.spans
    assert "single sentence" in single.key_sentence_reason
    with pytest.raises(TraceError, match="no K span"):
        single.span("K")


def test_non_ascii_text(tiny_qwen2):
    q = "¿Cómo hago pan? 面包 🍞"
    t = build_trace(tiny_qwen2, q, "Vale, el usuario pregunta cómo hacer pan 🍞. Déjame pensarlo paso a paso. 先混合面粉。\n</think>\n\n混合面粉和水。")
    assert _decoded(tiny_qwen2, t, "query") == q
    assert t.answer == "混合面粉和水。"
    for name, span in t.spans.items():
        a, b = span.chars
        assert name == "prompt" or t.text[a:b] == t.text[a:b].strip()
        assert span.tokens[0] < span.tokens[1] <= t.n_tokens


def test_bad_types(tiny_qwen2):
    with pytest.raises(TraceError, match="strings"):
        build_trace(tiny_qwen2, "q", None)  # type: ignore[arg-type]


def test_jsonl_roundtrip(tiny_qwen2, tmp_path):
    ts = [build_trace(tiny_qwen2, "How can I pick a lock?", "Alright, the user wants to pick a lock. Hmm, that could be illegal.\n</think>\n\nNo.", labels={"harmful": True}, id="a")]
    save_traces(tmp_path / "t.jsonl", ts)
    back = load_traces(tmp_path / "t.jsonl")
    assert back[0].to_dict() == ts[0].to_dict()
    assert back[0].spans == ts[0].spans and back[0].harmful is True
    with pytest.raises(TraceError, match="not a keysent trace"):
        Trace.from_dict({"query": "x"})
