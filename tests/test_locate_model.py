"""The optional model-based locator: canned judges (right, wrong, malformed, failing), the
fallback to the rules, batching, and a real model (the micro organism) behind the adapter."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from keysent.errors import KeysentError
from keysent.traces.locate import KeySentenceLocation, locate_key_sentence, prepare_sentences
from keysent.traces.locate_model import (
    CallableEndOfCJudge,
    EndOfCJudge,
    build_end_of_c_prompt,
    locate_key_sentences,
    model_generate_fn,
    parse_end_of_c,
)

_spec = importlib.util.spec_from_file_location(
    "locator_cases", Path(__file__).parent / "data" / "locator_cases.py"
)
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
CASES = _mod.CASES

TEXT = "Okay, let's see. The user wants a poem about rain. Let me write four lines. Rain falls."


def _truth(case) -> int:
    """1-based number of C's last sentence (from the hand-written K)."""
    _, _, texts = prepare_sentences(case["reasoning"])
    return texts.index(case["k"])  # K's index == number of C sentences


def canned(replies):
    calls = []

    def generate(prompts):
        calls.append(list(prompts))
        return [replies(p) if callable(replies) else replies for p in prompts]

    return generate, calls


@pytest.mark.parametrize(
    "reply, n, expected",
    [
        ("3", 5, 2),
        (" [2] ", 5, 1),
        ("Sentence 4.", 5, 3),
        ("The last sentence of C is 2.", 5, 1),
        ("<think>C could end at 1 or 3, I'd say 3.</think>\n\n3", 5, 2),
        ("Answer: 1", 5, 0),
        ("0", 5, None),
        ("6", 5, None),
        ("", 5, None),
        ("no idea", 5, None),
        ("2 or 3", 5, None),
        ("3.5", 5, None),
        (None, 5, None),
    ],
)
def test_parse_end_of_c(reply, n, expected):
    assert parse_end_of_c(reply, n) == expected


def test_prompt_numbers_sentences_and_caps():
    prompt = build_end_of_c_prompt([f"S{i}." for i in range(20)], "Do X", max_sentences=5)
    assert "[1] S0." in prompt and "[5] S4." in prompt and "[6]" not in prompt
    assert "Do X" in prompt
    assert "(not given)" in build_end_of_c_prompt(["a."], None)


def test_right_answers_give_the_hand_k():
    truth = {c["reasoning"]: _truth(c) for c in CASES}

    def oracle(prompt):
        for reasoning, n in truth.items():
            _, _, texts = prepare_sentences(reasoning)
            numbered = "\n".join(f"[{i}] {' '.join(s.split())}" for i, s in enumerate(texts[:12], 1))
            if numbered in prompt:
                return str(n)
        raise AssertionError("prompt not recognised")

    judge = CallableEndOfCJudge(canned(oracle)[0])
    for c in CASES:
        loc = locate_key_sentence(c["reasoning"], c["query"], method="model", judge=judge)
        assert loc.method == "model"
        assert loc.key_sentence_text == c["k"], c["id"]
    assert judge.stats()["fallbacks"] == 0 and judge.stats()["calls"] == len(CASES)


def test_wrong_answer_is_used_not_silently_corrected():
    judge = CallableEndOfCJudge(canned("1")[0])
    loc = locate_key_sentence(TEXT, method="model", judge=judge)
    assert loc.method == "model"
    assert loc.understanding_text == "Okay, let's see."
    assert loc.key_sentence_text == "The user wants a poem about rain."


@pytest.mark.parametrize("reply", ["banana", "", "9", "0", "1 2 3"])
def test_malformed_answers_fall_back_to_rules_and_are_counted(reply):
    judge = CallableEndOfCJudge(canned(reply)[0])
    loc = locate_key_sentence(TEXT, method="model", judge=judge)
    rules = locate_key_sentence(TEXT)
    assert loc.method == "model-fallback"
    assert (loc.understanding, loc.key_sentence) == (rules.understanding, rules.key_sentence)
    assert loc.key_sentence_text == "Let me write four lines."
    assert judge.stats() | {"last_error": None} == {
        "name": "callable", "calls": 1, "answered": 0, "fallbacks": 1, "errors": 0,
        "last_error": None,
    }


def test_failing_generator_falls_back_and_records_error():
    def broken(prompts):
        raise ConnectionError("API down")

    judge = CallableEndOfCJudge(broken)
    loc = locate_key_sentence(TEXT, method="model", judge=judge)
    assert loc.method == "model-fallback" and loc.key_sentence_text == "Let me write four lines."
    assert judge.stats()["errors"] == 1 and "API down" in judge.stats()["last_error"]


def test_wrong_reply_count_is_an_error():
    judge = CallableEndOfCJudge(lambda prompts: [])
    with pytest.raises(KeysentError, match="one reply per prompt"):
        locate_key_sentence(TEXT, method="model", judge=judge)


def test_bad_arguments():
    with pytest.raises(KeysentError, match="needs a judge"):
        locate_key_sentence(TEXT, method="model")
    with pytest.raises(KeysentError, match="method must be"):
        locate_key_sentence(TEXT, method="llm")
    with pytest.raises(KeysentError, match="mark_end_of_c"):
        locate_key_sentence(TEXT, method="model", judge=object())
    with pytest.raises(KeysentError, match="callable"):
        CallableEndOfCJudge("not a function")  # type: ignore[arg-type]
    with pytest.raises(KeysentError, match="queries"):
        locate_key_sentences(["a."], ["q", "r"])


def test_custom_judge_protocol_and_out_of_range_index():
    class Last:
        def mark_end_of_c(self, reasoning, sentences, query):
            return len(sentences) - 1

    class Beyond:
        def mark_end_of_c(self, reasoning, sentences, query):
            return 99

    assert isinstance(Last(), EndOfCJudge)
    loc = locate_key_sentence(TEXT, method="model", judge=Last())
    assert loc.key_sentence is None and loc.reason.startswith("all restatement")
    assert locate_key_sentence(TEXT, method="model", judge=Beyond()).method == "model-fallback"


def test_batched_locator_calls_generator_once():
    generate, calls = canned("2")
    judge = CallableEndOfCJudge(generate)
    texts = [c["reasoning"] for c in CASES[:6]] + ["", "<think>\n</think>"]
    locs = locate_key_sentences(texts, None, method="model", judge=judge)
    assert len(calls) == 1 and len(calls[0]) == 6  # empty reasonings are not sent
    assert [loc.method for loc in locs[:6]] == ["model"] * 6
    assert locs[6].reason == "empty reasoning"
    for loc, text in zip(locs[:6], texts):
        single = locate_key_sentence(text, method="model", judge=CallableEndOfCJudge(canned("2")[0]))
        assert loc == single
    rules = locate_key_sentences(texts[:3])
    assert all(loc.method == "rules" for loc in rules)


def test_method_round_trips():
    loc = locate_key_sentence(TEXT, method="model", judge=CallableEndOfCJudge(canned("x")[0]))
    assert KeySentenceLocation.from_dict(loc.to_dict()).method == "model-fallback"
    old = loc.to_dict()
    del old["method"]  # records written before the field existed
    assert KeySentenceLocation.from_dict(old).method == "rules"


def test_micro_organism_as_judge():
    # A real model behind the adapter, end to end. The organism was never trained to judge, so
    # its replies are mostly not numbers: the rules must take over, and the counts must add up.
    import keysent

    model = keysent.load_model("toy-r1-micro")
    judge = CallableEndOfCJudge(model_generate_fn(model, max_new_tokens=12), name="toy-r1-micro")
    cases = CASES[:8]
    locs = locate_key_sentences([c["reasoning"] for c in cases], [c["query"] for c in cases],
                                method="model", judge=judge)
    stats = judge.stats()
    assert stats["calls"] == len(cases)
    assert stats["answered"] + stats["fallbacks"] == len(cases)
    assert sum(loc.method == "model-fallback" for loc in locs) == stats["fallbacks"]
    for loc, c in zip(locs, cases):
        if loc.method == "model-fallback":
            assert loc.key_sentence_text == c["k"]
