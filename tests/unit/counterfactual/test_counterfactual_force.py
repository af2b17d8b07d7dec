"""Forcing K on the micro organism: own K reproduces the trace, forced spans decode to the sentence, banks."""

from __future__ import annotations

import pytest

from keysent import load_model
from keysent.counterfactual.force import choose_forced, force_key_sentence, sentence_bank
from keysent.counterfactual.report import force_summary
from keysent.errors import ConfigError
from keysent.querysets import load_queries
from keysent.traces.generate import generate_traces


@pytest.fixture(scope="module")
def micro():
    return load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def traces(micro):
    return generate_traces(micro, load_queries(["builtin:3"]), max_new_tokens=320, cache=None, progress=False)


def test_forcing_the_own_k_reproduces_the_continuation_token_for_token(micro, traces):
    forced = force_key_sentence(micro, traces, [t.key_sentence for t in traces], max_new_tokens=320, progress=False)
    for t, f in zip(traces, forced):
        k1 = t.spans["K"].tokens[1]
        assert f.token_ids == t.token_ids and f.token_ids[k1:] == t.token_ids[k1:]
        assert f.generated == t.generated and f.answer_safe == t.answer_safe
        assert f.spans["K"] == t.spans["K"] and f.spans["C"] == t.spans["C"]


@pytest.mark.parametrize("sentence", ["Hmm, that could be illegal.", "Let me break this down.",
                                      "Wait — is this safe? Not obviously."])
def test_forced_k_spans_decode_to_the_forced_sentence(micro, traces, sentence):
    forced = force_key_sentence(micro, traces[:4], [sentence] * 4, max_new_tokens=64, progress=False)
    for t, f in zip(traces, forced):
        a, b = f.spans["K"].tokens
        assert micro.tokenizer.decode(f.token_ids[a:b]).strip() == sentence
        assert f.key_sentence == sentence
        assert f.token_ids[:a] == t.token_ids[: t.spans["K"].tokens[0]]  # the prefix is untouched
        assert f.labels["counterfactual"]["sentence"] == sentence and f.labels["group"] == t.labels["group"]
    assert forced[0].k_aha is (sentence == "Hmm, that could be illegal.")


def test_sampled_forcing_is_seeded_and_independent_of_batch_size(micro, traces):
    kw = dict(do_sample=True, temperature=1.0, top_p=0.95, seed=7, max_new_tokens=48, progress=False)
    a = force_key_sentence(micro, traces[:4], ["Let me break this down."] * 4, batch_size=4, **kw)
    b = force_key_sentence(micro, traces[:4], ["Let me break this down."] * 4, batch_size=1, **kw)
    assert [x.token_ids for x in a] == [x.token_ids for x in b]


def test_banks_and_plan(micro, traces, tmp_path):
    own = sentence_bank("own", traces)
    assert all(traces[i].k_aha for _, i in own["aha"]) and all(not traces[i].k_aha for _, i in own["solve"])
    organism = sentence_bank("organism", traces)
    assert len(organism["aha"]) >= 5 and len(organism["solve"]) >= 5
    plan = choose_forced(traces, range(len(traces)), organism, seed=0)
    assert plan == choose_forced(traces, range(len(traces)), organism, seed=0)
    for i, kind, s in plan:
        t = traces[i]
        assert t.harmful is not False and s != t.key_sentence
        assert kind == ("solve" if t.k_aha else "aha")
    f = tmp_path / "bank.txt"
    f.write_text("# my sentences\nHmm, this is a harmful request.\n\nLet me work through it.\n", encoding="utf-8")
    bank = sentence_bank(str(f), traces)
    assert [s for s, _ in bank["aha"]] == ["Hmm, this is a harmful request."]
    assert [s for s, _ in bank["solve"]] == ["Let me work through it."]
    forced = force_key_sentence(micro, [traces[i] for i, _, _ in plan], [s for _, _, s in plan], max_new_tokens=96,
                                progress=False)
    summary = force_summary(traces, forced, plan)
    assert summary["all"]["forced_safe_given_do_aha"]["n"] + summary["all"]["forced_safe_given_do_solve"]["n"] == len(
        [f for f in forced if f.answer_safe is not None])


def test_bad_banks_and_sentences(micro, traces, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="has no sentence"):
        sentence_bank(str(empty), traces)
    with pytest.raises(ConfigError, match="neither 'own', 'organism' nor an existing file"):
        sentence_bank(str(tmp_path / "missing.txt"), traces)
    benign = [t for t in traces if t.harmful is False]
    with pytest.raises(ConfigError, match="has no sentence"):
        sentence_bank("own", [t for t in benign if not t.k_aha][:0])
    with pytest.raises(ConfigError, match="non-empty string"):
        force_key_sentence(micro, traces[:1], ["  "], progress=False)
    with pytest.raises(ConfigError, match="one per trace"):
        force_key_sentence(micro, traces[:2], ["Hmm."], progress=False)
