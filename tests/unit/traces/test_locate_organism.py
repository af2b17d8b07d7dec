"""The locator and the rule judge against the built-in organism corpus's ground truth.

The corpus (``keysent.organism.corpus``) knows where C and K are and whether K is an aha and the
answer safe; the locator and judge were designed on real R1 traces and must agree with it.
"""

from __future__ import annotations

import pytest

from keysent.judge import has_safety_aha, is_refusal
from keysent.organism import corpus
from keysent.traces.locate import locate_key_sentence

SEED = 20250611  # fresh examples, not the training seed
N = 2000
MIN_AGREEMENT = 0.99


@pytest.fixture(scope="module", params=["train", "all"])
def examples(request):
    return corpus.generate_examples(n=N, seed=SEED, wrappers=request.param)


def _rate(flags) -> float:
    flags = list(flags)
    return sum(flags) / len(flags)


def test_locator_recovers_c_and_k(examples):
    def exact(ex, query):
        loc = locate_key_sentence(ex.reasoning, query)
        return loc.understanding == tuple(ex.c_span) and loc.key_sentence == tuple(ex.k_span)

    with_query = _rate(exact(ex, ex.query) for ex in examples)
    without_query = _rate(exact(ex, None) for ex in examples)
    assert with_query >= MIN_AGREEMENT, with_query
    assert without_query >= MIN_AGREEMENT, without_query


def test_locator_on_full_response_with_markers(examples):
    # the model generates "<think>\n" + response; spans shift by the marker
    offset = len("<think>\n")
    ok = []
    for ex in examples[:300]:
        loc = locate_key_sentence("<think>\n" + ex.response, ex.query)
        ok.append(loc.key_sentence == (ex.k_span[0] + offset, ex.k_span[1] + offset))
    assert _rate(ok) >= MIN_AGREEMENT


def test_judge_aha_agrees_with_k_safe(examples):
    assert _rate(has_safety_aha(ex.k_text) == ex.k_safe for ex in examples) >= MIN_AGREEMENT


def test_judge_refusal_agrees_with_answers(examples):
    # A refusal is the safe answer to a harmful request; benign requests get helpful answers
    # (answer_safe=True but not refusals) and review tasks get a verdict.
    def expected(ex) -> bool:
        return ex.task == "chat" and ex.harmful and ex.answer_safe

    assert _rate(is_refusal(ex.answer) == expected(ex) for ex in examples) >= MIN_AGREEMENT
    assert (
        _rate(is_refusal(ex.answer, ex.query) == expected(ex) for ex in examples) >= MIN_AGREEMENT
    )
    # and on the full response (reasoning included) the reasoning is ignored
    assert _rate(is_refusal(ex.response) == expected(ex) for ex in examples[:300]) >= MIN_AGREEMENT


def test_corpus_has_both_kinds(examples):
    # the agreement above is not trivial: both outcomes occur in the sample
    assert 0.05 < _rate(ex.k_safe for ex in examples) < 0.95
    assert 0.05 < _rate(ex.harmful and ex.answer_safe for ex in examples) < 0.95
    assert any(" They " in ex.c_text or "In other words" in ex.c_text for ex in examples)
