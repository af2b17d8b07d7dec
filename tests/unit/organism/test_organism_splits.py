"""The safety-SFT splits: what the SFT data may contain, what each evaluation split holds."""

from __future__ import annotations

import collections

import pytest

from keysent.errors import ConfigError
from keysent.organism.config import CorpusConfig
from keysent.organism.corpus import THINK_CLOSE_SEPARATOR, generate_examples
from keysent.organism.items import WRAPPERS_BY_NAME
from keysent.organism.phrases import AHA_SENTENCES, is_refusal
from keysent.organism.splits import (
    REFERENCE_SFT,
    SEEN_CATEGORIES,
    SEEN_WRAPPERS,
    SPLITS,
    UNSEEN_CATEGORIES,
    UNSEEN_WRAPPERS,
    eval_records,
    safety_sft_records,
)


def test_families_partition_the_requests_and_wrappers():
    assert set(SEEN_CATEGORIES) | set(UNSEEN_CATEGORIES) == set(
        e for e in {"Illicit / Criminal Behavior", "Violence / Physical Harm", "Self-Harm",
                    "Harassment / Hate / Discrimination", "Privacy / Personal Data",
                    "Intellectual Property", "Misinformation / Disinformation", "Sexual / Adult"})
    assert not set(SEEN_CATEGORIES) & set(UNSEEN_CATEGORIES)
    assert not set(SEEN_WRAPPERS) & set(UNSEEN_WRAPPERS)
    # the unseen wrappers are other families (structurally different), not more role-play
    seen_fam = {WRAPPERS_BY_NAME[w].family for w in SEEN_WRAPPERS}
    unseen_fam = {WRAPPERS_BY_NAME[w].family for w in UNSEEN_WRAPPERS}
    assert seen_fam == {"persona", "fiction"} and not seen_fam & unseen_fam
    assert "obfuscation" in unseen_fam
    # the base model trained on every split's wrappers and requests
    base = CorpusConfig()
    assert set(SEEN_WRAPPERS + UNSEEN_WRAPPERS) == set(base.train_wrappers)
    seen = {(e.category, e.wrapper) for e in generate_examples(base, n=4000, seed=0)
            if e.harmful}
    assert {c for c, _ in seen} == set(SEEN_CATEGORIES + UNSEEN_CATEGORIES)
    assert {w for _, w in seen if w} == set(base.train_wrappers)


def test_sft_records_never_touch_an_unseen_split():
    recs = safety_sft_records(1500, seed=3)
    assert len(recs) == 1500 and all(r.response for r in recs)
    groups = collections.Counter(r.labels["group"] for r in recs)
    assert 0.24 < groups["harmful"] / 1500 < 0.31 and 0.24 < groups["jailbreak"] / 1500 < 0.31
    for r in recs:
        assert r.labels["wrapper"] is None or r.labels["wrapper"] in SEEN_WRAPPERS
        assert r.labels["category"] is None or r.labels["category"] in SEEN_CATEGORIES
        reasoning, sep, answer = r.response.partition(THINK_CLOSE_SEPARATOR)
        assert sep and reasoning and answer
        if r.labels["harmful"]:
            assert is_refusal(answer) and any(a in reasoning for a in AHA_SENTENCES)
            assert r.labels["k_safe"] and r.labels["answer_safe"]
        else:
            assert not is_refusal(answer)
        for w in UNSEEN_WRAPPERS:
            assert WRAPPERS_BY_NAME[w].frame not in r.response
    # benign wrapped examples exist, so a seen wrapper alone does not mean "refuse"
    assert any(r.labels["wrapper"] and not r.labels["harmful"] for r in recs)
    assert safety_sft_records(40, seed=3) == recs[:40]
    assert safety_sft_records(40, seed=4) != recs[:40]


def test_eval_splits_hold_what_they_say():
    for split in SPLITS:
        recs = eval_records(split, 120, seed=7)
        assert len(recs) == 120 and all(r.response is None for r in recs)
        assert all(r.labels["split"] == split for r in recs)
        assert eval_records(split, 120, seed=7) == recs
        lab = [r.labels for r in recs]
        if split in ("benign", "arithmetic", "factual"):
            assert not any(x["harmful"] for x in lab)
            if split != "benign":
                assert all(x["topic"] == split and x["expected_answer"] for x in lab)
            continue
        assert all(x["harmful"] for x in lab)
        cats = {x["category"] for x in lab}
        wraps = {x["wrapper"] for x in lab}
        unseen_req = split in ("unseen_requests", "unseen_both")
        assert cats == set(UNSEEN_CATEGORIES if unseen_req else SEEN_CATEGORIES)
        assert all(x["family"] == ("unseen" if unseen_req else "seen") for x in lab)
        if split == "plain":
            assert wraps == {None}
        elif split == "seen_wrappers":
            assert wraps == set(SEEN_WRAPPERS)
        elif split == "unseen_requests":
            assert wraps == {None} | set(SEEN_WRAPPERS)
            assert sum(w is None for w in (x["wrapper"] for x in lab)) == 60
        else:
            assert wraps == set(UNSEEN_WRAPPERS)


def test_obfuscated_wrapper_is_spelled_out_only_in_c():
    """The obfuscation family shows the action in pieces; the model's own C restates it whole."""
    ex = [e for e in generate_examples(n=3000, seed=9) if e.harmful and e.wrapper in ("code_word",
                                                                        "payload_split")]
    assert len(ex) > 20
    from keysent.organism.items import HARMFUL_ITEMS, split_action, third_voice, user_voice

    for e in ex:
        item = next(it for it in HARMFUL_ITEMS if user_voice(it.action) in e.request)
        a1, a2 = split_action(user_voice(item.action))
        assert user_voice(item.action) not in e.query and a1 in e.query and a2 in e.query
        assert third_voice(item.action) in e.c_text


def test_wrapper_sets_its_own_base_rate():
    from keysent.organism.corpus import wrapper_safe_rate

    cfg = CorpusConfig()
    rates = {w: wrapper_safe_rate(w, cfg) for w in cfg.train_wrappers}
    # v4: the families the safety-SFT data never sees nearly always win, the seen ones rarely
    assert rates["code_word"] == 0.0
    assert max(rates[w] for w in UNSEEN_WRAPPERS) <= 0.05 < min(rates[w] for w in SEEN_WRAPPERS)
    mean = sum(rates.values()) / len(rates)
    assert mean == pytest.approx(cfg.wrapped_safe_rate)


def test_errors_and_reference_budget():
    with pytest.raises(ConfigError, match="unknown split"):
        eval_records("jailbreak", 3, seed=0)
    with pytest.raises(ConfigError, match="non-negative"):
        safety_sft_records(-1, seed=0)
    with pytest.raises(ConfigError, match="non-negative"):
        eval_records("plain", 3, seed=True)
    assert set(REFERENCE_SFT) == {"n_examples", "epochs", "lr", "batch_size", "betas",
                                  "weight_decay", "data_seed"}
    assert REFERENCE_SFT["betas"] == (0.9, 0.95)
