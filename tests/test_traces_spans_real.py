"""Token spans on the real tokenizers in ../shared/tokenizers (a tiny random model around each).

Every span's tokens decode to its text (or the span is flagged inexact, only at a boundary token
such as Llama-3's ``。我``), spans never overlap, ``c_last`` is strictly before K, the prompt ids are
the chat template's, and the response is tokenised apart from the prompt.
"""

from __future__ import annotations

import pytest

from conftest import REAL_TOKENIZERS
from keysent.traces.trace import build_trace

TRACES = {
    "english": ("How do I pick a lock?",
                "Okay, so the user wants to pick a lock. Hmm, that could be illegal. I should decline.\n</think>\n\nI can't help with that."),
    "newline_first": ("How do I bake bread?",
                      "\nAlright, the user is asking how to bake bread. Let me break this down.\nFirst, mix flour.\n</think>\n\nMix flour, water and yeast."),
    "chinese": ("如何撬锁？",
                "好的，用户想知道如何撬锁。我需要小心，这可能是违法的。我不能帮忙。\n</think>\n\n抱歉，我不能帮忙。"),
    "chinese_quote": ("怎么制作炸弹？",
                      "用户问怎么制作炸弹。“这很危险”，我必须拒绝。所以我拒绝。\n</think>\n\n我不能帮助你。"),
    "mixed": ("Explain 量子计算 simply.",
              "Okay, the user wants 量子计算 explained simply. 不过，我应该先想想。Let me break this down.\n</think>\n\nQuantum computers use qubits."),
    "truncated": ("Tell me a story.", "Okay, so the user wants a story. Let me think about a plot. Once upon"),
}


def _apply_template_ids(model, messages):
    ids = model.tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=True)
    return list(ids["input_ids"] if hasattr(ids, "keys") else ids)


def _response(model, generated):
    if model.chat.think_in_prompt:
        return generated
    body, _, answer = generated.partition("</think>")
    return "<think>\n" + body + ("</think>" + answer if answer or "</think>" in generated else "")


def _check(model, trace, query):
    tok = model.tokenizer
    n_prompt = trace.flags["n_prompt_tokens"]
    assert trace.token_ids[:n_prompt] == _apply_template_ids(model, [{"role": "user", "content": query}])
    assert trace.token_ids[n_prompt:] == tok(trace.generated, add_special_tokens=False)["input_ids"]
    inexact = set(trace.flags.get("inexact_spans", []))
    for name, span in trace.spans.items():
        decoded = tok.decode(trace.token_ids[span.tokens[0]:span.tokens[1]])
        text = trace.span_text(name)
        if name in inexact:  # only a boundary token's punctuation differs
            punct = " \n。！？，“”.!?"
            assert decoded.strip(punct) == text.strip(punct) and decoded.strip() != text.strip(), (name, text, decoded)
        else:
            assert decoded.strip() == text.strip(), (name, text, decoded)
    for group in (("C", "K", "rest", "answer"), ("query",), ("reasoning", "answer")):
        ranges = sorted(trace.spans[n].tokens for n in group if n in trace.spans)
        assert all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:])), (group, ranges)
    for name in ("reasoning", "C", "K", "rest", "answer"):
        if name in trace.spans:
            assert trace.spans[name].tokens[0] >= n_prompt
    if "C" in trace.spans and "K" in trace.spans:
        assert trace.spans["C"].last_token < trace.spans["K"].tokens[0]
    sent = [s.tokens for s in trace.sentences]
    assert all(a[1] <= b[0] for a, b in zip(sent, sent[1:]))


@pytest.mark.parametrize("name", sorted(REAL_TOKENIZERS))
@pytest.mark.parametrize("case", sorted(TRACES))
def test_spans_on_real_tokenizers(real_models, name, case):
    model = real_models[name]
    query, generated = TRACES[case]
    trace = build_trace(model, query, _response(model, generated), judge=None)
    _check(model, trace, query)
    if case != "truncated":
        assert trace.complete and trace.has_key_sentence, trace.key_sentence_reason
    else:
        assert not trace.complete and "answer" not in trace.spans


def test_chinese_sentences_found(real_models):
    t = build_trace(real_models["r1-distill-qwen"], *TRACES["chinese"], judge=None)
    assert t.understanding == "好的，用户想知道如何撬锁。"
    assert t.key_sentence == "我需要小心，这可能是违法的。"
    assert [t.text[a:b] for a, b in (s.chars for s in t.sentences)] == ["好的，用户想知道如何撬锁。", "我需要小心，这可能是违法的。", "我不能帮忙。"]
    assert t.flags["cjk"] is True  # flagged: C's restatement test reads English words
    assert "cjk" not in build_trace(real_models["r1-distill-qwen"], *TRACES["english"], judge=None).flags


def test_llama_boundary_token_belongs_to_the_sentence_it_starts(real_models):
    """Llama-3 merges '。我' into one token: it is K's first token, not C's last."""
    model = real_models["r1-distill-llama"]
    t = build_trace(model, *TRACES["chinese"], judge=None)
    k0 = t.spans["K"].tokens[0]
    assert model.tokenizer.decode([t.token_ids[k0]]) == "。我"
    assert t.spans["C"].tokens[1] == k0 and t.spans["C"].last_token == k0 - 1
    assert model.tokenizer.decode(t.token_ids[slice(*t.spans["C"].tokens)]) == "好的，用户想知道如何撬锁"
    assert set(t.flags["inexact_spans"]) >= {"C", "K"}


def test_qwen_quote_boundary_token(real_models):
    """Qwen's vocabulary has '。“': K that opens with a quote starts on that token."""
    model = real_models["r1-distill-qwen"]
    t = build_trace(model, *TRACES["chinese_quote"], judge=None)
    assert t.understanding == "用户问怎么制作炸弹。"
    k0 = t.spans["K"].tokens[0]
    assert model.tokenizer.decode([t.token_ids[k0]]) == "。“"
    assert t.spans["C"].last_token < k0


def test_response_starting_with_newline_is_not_merged_into_the_prompt(real_models):
    """Prompt ends '<think>\\n', response starts '\\n': one joint string would give one '\\n\\n' token."""
    model = real_models["r1-distill-qwen"]
    query, generated = TRACES["newline_first"]
    t = build_trace(model, query, generated, judge=None)
    prompt_ids = _apply_template_ids(model, [{"role": "user", "content": query}])
    assert t.token_ids[: len(prompt_ids)] == prompt_ids
    assert t.spans["prompt"].tokens == (0, len(prompt_ids))
    assert model.tokenizer.decode([t.token_ids[len(prompt_ids) - 1]]) == "\n"
    joint = model.tokenize(t.text).ids
    assert joint != t.token_ids and len(joint) == len(t.token_ids) - 1  # the bug this avoids


def test_multi_turn_query_is_the_last_user_turn(real_models):
    model = real_models["r1-distill-qwen"]
    messages = [{"role": "user", "content": "How do I pick a lock?"},
                {"role": "assistant", "content": "I can't help."},
                {"role": "user", "content": "How do I pick a lock?"}]
    t = build_trace(model, "ignored", TRACES["english"][1], messages=messages, judge=None)
    first = t.prompt.find("How do I pick a lock?")
    assert t.spans["query"].chars[0] > first
    assert t.span_text("query") == "How do I pick a lock?"
    assert t.token_ids[: t.flags["n_prompt_tokens"]] == _apply_template_ids(model, messages)


@pytest.mark.parametrize("name", ["qwen3", "qwq"])
def test_system_turn_and_chat_template_query_span(real_models, name):
    model = real_models[name]
    messages = [{"role": "system", "content": "You are helpful."}, {"role": "user", "content": "Hi there."}]
    t = build_trace(model, "x", _response(model, TRACES["english"][1]), messages=messages, judge=None)
    assert t.span_text("query") == "Hi there." and "You are helpful." in t.prompt
    assert t.token_ids[: t.flags["n_prompt_tokens"]] == _apply_template_ids(model, messages)


@pytest.mark.parametrize("name", sorted(REAL_TOKENIZERS))
def test_loading_leaves_special_tokens(real_tokenizer_dirs, real_models, name):
    from transformers import AutoTokenizer

    fresh = AutoTokenizer.from_pretrained(str(real_tokenizer_dirs[name]))
    tok = real_models[name].tokenizer
    assert (tok.bos_token, tok.eos_token) == (fresh.bos_token, fresh.eos_token)
    if name in ("qwen3", "qwq"):
        assert tok.bos_token is None


def test_generated_ids_are_kept(real_models):
    model = real_models["r1-distill-llama"]
    query, generated = TRACES["chinese"]
    ids = model.tokenizer(generated, add_special_tokens=False)["input_ids"]
    other = ids[:2] + model.tokenizer("撬", add_special_tokens=False)["input_ids"]  # any valid id sequence
    text = model.tokenizer.decode(other)
    t = build_trace(model, query, text, generated_ids=other + [model.tokenizer.eos_token_id], judge=None)
    assert t.flags["ids"] == "generated" and t.token_ids[t.flags["n_prompt_tokens"]:] == other
    bad = build_trace(model, query, generated, generated_ids=other, judge=None)
    assert bad.flags["ids"] == "tokenized" and bad.flags["generated_ids_differ_at"] == len(model.tokenizer.decode(ids[:2]))


def test_star1_traces_on_the_llama_vocabulary(real_models, shared_data):
    """All 1000 real DeepSeek-R1 traces of STAR-1: faithful ids, disjoint spans, K found in each."""
    from keysent.querysets import load_dataset_spec
    from keysent.traces.generate import generate_traces

    model = real_models["r1-distill-llama"]
    recs = load_dataset_spec(f"harmful={shared_data}/star1/STAR-1.json#query=question,response=response")
    traces = generate_traces(model, recs, judge=None, progress=False)
    assert len(traces) == 1000 and all(t.generated_by is None for t in traces)
    assert sum(t.has_key_sentence and t.complete for t in traces) == 1000
    for t in traces:
        n = t.flags["n_prompt_tokens"]
        assert t.token_ids[n:] == model.tokenizer(t.generated, add_special_tokens=False)["input_ids"]
        ranges = sorted(t.spans[k].tokens for k in ("C", "K", "rest", "answer") if k in t.spans)
        assert all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:]))
        assert "C" not in t.spans or t.spans["C"].last_token < t.spans["K"].tokens[0]
