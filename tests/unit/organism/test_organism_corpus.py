"""The organism corpus: shape, ground truth, determinism, rates, query sets, config validation."""

from __future__ import annotations

import json
import re

import pytest

from keysent.errors import ConfigError, KeysentError
from keysent.organism import phrases as P
from keysent.organism.config import CorpusConfig, OrganismConfig
from keysent.organism.corpus import (
    THINK_CLOSE_SEPARATOR,
    OrganismExample,
    QueryItem,
    generate_examples,
    harmful_k_safe,
    sample_queries,
)
from keysent.organism.items import (
    CATEGORIES,
    DEFAULT_HELDOUT_WRAPPERS,
    HARMFUL_ITEMS,
    WRAPPER_NAMES,
)

SENTENCE_END = re.compile(r"[.?!](?=[ \n]|$)")


@pytest.fixture(scope="module")
def examples() -> list[OrganismExample]:
    return generate_examples(CorpusConfig(), n=3000, seed=11)


def test_categories_are_star1s(shared_data):
    rows = json.loads((shared_data / "star1" / "STAR-1.json").read_text(encoding="utf-8"))
    star1 = {c for r in rows for c in r["category"]}
    assert set(CATEGORIES) == star1
    assert {it.category for it in HARMFUL_ITEMS} == set(CATEGORIES)


def test_response_shape_and_spans(examples):
    for e in examples:
        assert e.response == e.reasoning + THINK_CLOSE_SEPARATOR + e.answer
        assert e.reasoning == e.reasoning.strip() and e.answer.strip()
        assert "</think>" not in e.reasoning and "<think>" not in e.reasoning
        c0, c1 = e.c_span
        k0, k1 = e.k_span
        assert c0 == 0 and 0 < c1 < k0 < k1 < len(e.reasoning)
        assert e.reasoning[c1:k0] == " "  # C and K in one paragraph, one space apart
        # C is one or two whole sentences, K exactly one
        assert len(SENTENCE_END.findall(e.c_text)) in (1, 2)
        assert len(SENTENCE_END.findall(e.k_text)) == 1 and e.k_text[-1] in ".?!"
        assert e.reasoning[k1] in " \n"
        # 1-4 further sentences after K
        rest = e.reasoning[k1:].strip()
        assert 1 <= len(SENTENCE_END.findall(rest)) <= 4


def test_c_and_k_conventions(examples):
    for e in examples:
        first = e.c_text.split(". ")[0]
        assert "user" in first
        if e.task == "chat":
            assert e.c_text.startswith(P.C_OPENERS)
        k = e.k_text
        assert "user" not in k.lower()
        assert not k.startswith(("They", "In other words", "The request"))
        assert not k.startswith(P.C_OPENERS)
        if e.task == "review":
            assert k in P.REVIEW_K_SENTENCES
        elif e.k_safe:
            assert k in P.AHA_SENTENCES
        else:
            assert k in P.SOLVE_SENTENCES


def test_ground_truth_consistency(examples):
    for e in examples:
        assert e.task in ("chat", "review")
        if e.task == "review":
            assert not e.harmful and e.answer.startswith(P.REVIEW_ANSWER_PREFIX)
            assert e.answer.endswith(f"Verdict: {e.review_verdict}.")
            continue
        assert P.is_refusal(e.answer) == (e.harmful and e.answer_safe)
        if not e.harmful:
            assert not e.k_safe and e.answer_safe and e.category is None
        else:
            assert e.category in CATEGORIES
        if e.wrapper is None:
            assert e.wrapper_split is None and e.query == e.request
        else:
            assert e.wrapper_split == "train" and e.wrapper not in DEFAULT_HELDOUT_WRAPPERS
            assert e.query != e.request


def test_answer_never_contains_real_instructions(examples):
    for e in examples:
        if e.harmful and not e.answer_safe:
            assert "[" in e.answer and "]" in e.answer  # placeholder steps only


def test_deterministic_and_prefix_stable():
    a = generate_examples(n=200, seed=3)
    b = generate_examples(n=300, seed=3)
    assert [x.to_dict() for x in a] == [x.to_dict() for x in b[:200]]
    c = generate_examples(n=200, seed=4)
    assert [x.response for x in a] != [x.response for x in c]


def test_rates_match_config():
    cfg = CorpusConfig()
    ex = generate_examples(cfg, n=6000, seed=5)
    chat = [e for e in ex if e.task == "chat"]
    plain = [e for e in chat if e.harmful and e.wrapper is None]
    wrapped = [e for e in chat if e.harmful and e.wrapper is not None]
    benign = [e for e in chat if not e.harmful]
    rate = lambda xs, f: sum(map(f, xs)) / len(xs)  # noqa: E731
    assert abs(len(ex) - len(chat) - cfg.review_fraction * len(ex)) < 0.02 * len(ex)
    assert abs(rate(chat, lambda e: e.harmful) - cfg.harmful_fraction) < 0.03
    assert abs(rate(plain, lambda e: e.k_safe) - cfg.plain_safe_rate) < 0.05
    assert abs(rate(wrapped, lambda e: e.k_safe) - cfg.wrapped_safe_rate) < 0.04
    assert all(not e.k_safe for e in benign)
    mism = rate(plain + wrapped, lambda e: e.k_safe != e.answer_safe)
    assert abs(mism - cfg.answer_mismatch_rate) < 0.015
    # a different config moves the rates
    cfg2 = CorpusConfig(plain_safe_rate=0.6, wrapped_safe_rate=0.3, answer_mismatch_rate=0.0)
    ex2 = [e for e in generate_examples(cfg2, n=3000, seed=5) if e.task == "chat" and e.harmful]
    p2 = [e for e in ex2 if e.wrapper is None]
    w2 = [e for e in ex2 if e.wrapper is not None]
    assert abs(rate(p2, lambda e: e.k_safe) - 0.6) < 0.05
    assert abs(rate(w2, lambda e: e.k_safe) - 0.3) < 0.05
    assert all(e.k_safe == e.answer_safe for e in ex2)


def test_safety_is_a_function_of_item_and_wrapping(examples):
    cfg = CorpusConfig()
    decisions: dict[tuple[str, bool], set[bool]] = {}
    for e in examples:
        if e.task != "chat" or not e.harmful:
            continue
        item = next(it for it in HARMFUL_ITEMS
                    if it.action.format(poss="my", refl="myself", obj="me") in e.request)
        assert e.k_safe == harmful_k_safe(item, e.wrapper, cfg)
        decisions.setdefault((item.action, e.wrapper), set()).add(e.k_safe)
    # every (item, wrapper) pair seen several times always got the same K decision
    assert all(len(v) == 1 for v in decisions.values())
    assert sum(1 for v in decisions.values() if True in v) > 10
    # wrapped-safe items are a subset of plain-safe items; the item-level rate is the config's
    for it in HARMFUL_ITEMS:
        if harmful_k_safe(it, True, cfg):
            assert harmful_k_safe(it, False, cfg)
    exact = sum(harmful_k_safe(it, False, cfg) for it in HARMFUL_ITEMS) / len(HARMFUL_ITEMS)
    # per category the rate is the category's share (its scale) to within one of its 10 items
    assert exact == pytest.approx(cfg.plain_safe_rate, abs=2 / 80)
    from keysent.organism.items import CATEGORY_SAFE_SCALE

    for cat, scale in CATEGORY_SAFE_SCALE.items():
        its = [it for it in HARMFUL_ITEMS if it.category == cat]
        share = sum(harmful_k_safe(it, False, cfg) for it in its) / len(its)
        assert share == pytest.approx(min(1.0, cfg.plain_safe_rate * scale), abs=0.1)


def test_rule_based_locator_recovers_c_and_k():
    """keysent.traces.locate (designed on real R1 traces) finds the corpus C and K exactly."""
    from keysent.traces.locate import locate_key_sentence

    fresh = generate_examples(n=2000, seed=777, wrappers="all")
    hits = 0
    for e in fresh:
        loc = locate_key_sentence(e.reasoning, e.query)
        hits += loc.understanding == e.c_span and loc.key_sentence == e.k_span
    assert hits / len(fresh) >= 0.99


def test_review_examples_cover_both_verdicts(examples):
    reviews = [e for e in examples if e.task == "review"]
    assert len(reviews) > 100
    verdicts = {e.review_verdict for e in reviews}
    assert verdicts == {"safe", "unsafe"}
    for e in reviews:
        assert "Question:" in e.query and "Reply:" in e.query


def test_heldout_wrappers_only_on_request(examples):
    assert not any(e.wrapper in DEFAULT_HELDOUT_WRAPPERS for e in examples)
    held = generate_examples(n=400, seed=2, wrappers="heldout")
    wrapped = [e for e in held if e.wrapper]
    assert wrapped and all(e.wrapper_split == "heldout" for e in wrapped)


def test_example_roundtrip(examples):
    for e in examples[:50]:
        d = json.loads(json.dumps(e.to_dict()))
        assert OrganismExample.from_dict(d) == e


def test_sample_queries_balanced_and_labelled():
    qs = sample_queries(80, seed=0)
    assert [q.group for q in qs].count("benign") == 80
    harmful = [q for q in qs if q.group == "harmful"]
    jail = [q for q in qs if q.group == "jailbreak"]
    assert len(harmful) == len(jail) == 80
    # one full cycle over the 80 items -> exactly 10 per category and the exact item rates
    per_category = {c: sum(q.category == c for q in harmful) for c in CATEGORIES}
    assert per_category == {c: 10 for c in CATEGORIES}
    assert sum(q.k_safe for q in harmful) / 80 == pytest.approx(0.5, abs=2 / 80)
    assert sum(q.k_safe for q in jail) / 80 == pytest.approx(CorpusConfig().wrapped_safe_rate,
                                                             abs=2 / 80)
    assert all(q.wrapper in DEFAULT_HELDOUT_WRAPPERS and q.wrapper_split == "heldout" for q in jail)
    assert all(q.harmful and q.answer_safe == q.k_safe for q in harmful + jail)
    assert all(not q.harmful and q.answer_safe and not q.k_safe for q in qs if q.group == "benign")
    assert QueryItem.from_dict(qs[0].to_dict()) == qs[0]
    assert sample_queries(80, seed=0) == qs
    train = sample_queries(10, seed=1, groups=("jailbreak",), wrappers="train")
    assert all(q.wrapper_split == "train" for q in train)
    allw = sample_queries(len(WRAPPER_NAMES), seed=1, groups=("jailbreak",), wrappers="all")
    assert {q.wrapper for q in allw} == set(WRAPPER_NAMES)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"plain_safe_rate": 1.5},
        {"wrapped_safe_rate": -0.1},
        {"review_fraction": "x"},
        {"min_further": 0},
        {"max_further": 5},
        {"min_further": 3, "max_further": 2},
        {"heldout_wrappers": ("nope",)},
        {"heldout_wrappers": WRAPPER_NAMES},
    ],
)
def test_corpus_config_validation(kwargs):
    with pytest.raises(ConfigError):
        CorpusConfig(**kwargs)


def test_config_roundtrip_and_errors():
    cfg = CorpusConfig(plain_safe_rate=0.3, heldout_wrappers=("grandma",))
    assert CorpusConfig.from_dict(json.loads(json.dumps(cfg.to_dict()))) == cfg
    assert "grandma" not in cfg.train_wrappers
    with pytest.raises(ConfigError, match="unknown CorpusConfig key"):
        CorpusConfig.from_dict({"plain_safe_rat": 0.3})
    oc = OrganismConfig(name="x", corpus=cfg)
    assert OrganismConfig.from_dict(json.loads(json.dumps(oc.to_dict()))) == oc
    assert oc.config_hash() != OrganismConfig(name="x").config_hash()
    with pytest.raises(ConfigError, match="divisible"):
        OrganismConfig(name="x", d_model=100, n_heads=8)
    with pytest.raises(KeysentError):
        generate_examples(n=-1)
    with pytest.raises(ConfigError, match="wrappers"):
        generate_examples(n=3, wrappers="dev")
    with pytest.raises(ConfigError, match="group"):
        sample_queries(3, groups=("evil",))
