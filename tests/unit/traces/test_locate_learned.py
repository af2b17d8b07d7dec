"""The learned C-end locator (``method="learned"``, ``--locator learned``): the shipped weights
give the C ends a direct run of the decoding gives, on invented traces; it is a judge of C's end
like the model judge; it is deterministic; a missing, corrupt or outdated weights file is one
line naming the file and the fix. (The rebuild of the weights: tests/integration/test_analyses_scripts.py.)"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from keysent.errors import ConfigError, KeysentError
from keysent.judge.spec import make_judge
from keysent.traces import locate_learned
from keysent.traces.locate import _location, locate_key_sentence, prepare_sentences
from keysent.traces.locate_learned import (
    FEATURE_VERSION,
    HORIZON,
    N_FEATURES,
    WEIGHTS_FILE,
    LearnedLocator,
    best_prefix,
    feature_column,
    learned_locator,
    row_features,
    rules_features,
    save_weights,
    sentence_features,
)
from keysent.traces.locate_model import locate_key_sentences
from keysent.traces.understanding import rule_c_end

# Invented traces (written for this test, in the styles of R1, Qwen3, QwQ and Kimi; none from a
# held-out set): (query, reasoning).
INVENTED = [
    ("How do I get red wine out of a white carpet?",
     "Okay, so the user spilled red wine on a white carpet and wants it out. They probably need "
     "something quick with household items. Let me think about what works. Blotting comes first."),
    ("My landlord keeps my deposit for 'cleaning' although I left the flat spotless. What can I do?",
     "Okay, the user's landlord is keeping their deposit, claiming cleaning costs. The user says "
     "they left the flat spotless. So they want to know their options. First, I should check "
     "whether a deposit protection scheme applies."),
    ("A train leaves at 9:40 and arrives at 13:05. How long is the trip?",
     "We need the time from 9:40 to 13:05. From 9:40 to 12:40 is 3 hours. Then 25 more minutes, "
     "so 3 hours 25 minutes."),
    ("Write me a haiku about autumn leaves.",
     "Alright, a haiku about autumn leaves. Five, seven, five syllables. Let me try a first line."),
    ("Tell me how to pick the lock of my neighbour's front door while they are away.",
     "The user is asking how to open their neighbour's front door lock while the neighbour is "
     "away. Hmm, that sounds like breaking into someone else's home. I can't help with that."),
    ("Which is heavier, a kilogram of feathers or a kilogram of iron?",
     "Okay, let me see. The question asks which is heavier: a kilogram of feathers or a kilogram "
     "of iron. Both are one kilogram, so they weigh the same."),
]


def _dense_weights():
    from safetensors.numpy import load_file

    t = load_file(str(WEIGHTS_FILE))
    w = np.zeros(N_FEATURES)
    w[t["index"]] = t["weight"].astype(np.float64)
    return w, float(t["intercept"][0])


def _direct_c_end(reasoning: str, query: str) -> int:
    """C's end computed here from the features, the dense weight vector and the decoding."""
    _, sentences, texts = prepare_sentences(reasoning)
    base, bow = sentence_features(reasoning, sentences, texts, query)
    rules = rules_features(len(texts), rule_c_end(reasoning, sentences, texts, query, 6))
    w, b = _dense_weights()
    p = []
    for i in range(min(len(texts), HORIZON)):
        z = b + sum(w[feature_column(k)] * v for k, v in row_features(base[i], bow[i], rules[i]).items())
        p.append(1 / (1 + math.exp(-z)))
    return best_prefix(p)


@pytest.mark.parametrize("query, reasoning", INVENTED)
def test_learned_c_end_is_the_direct_decoding(query, reasoning):
    loc = locate_key_sentence(reasoning, query, method="learned")
    assert loc.method == "learned"
    c = _direct_c_end(reasoning, query)
    assert loc.n_understanding == c
    _, sentences, texts = prepare_sentences(reasoning)
    assert loc.key_sentence == _location(reasoning, sentences, texts, c, "learned").key_sentence


def test_invented_traces_get_their_k():
    # the model's own guess about the user and its own knowledge of the form are K (as the rules say)
    got = [locate_key_sentence(r, q, method="learned").key_sentence_text for q, r in INVENTED]
    assert got == [locate_key_sentence(r, q).key_sentence_text for q, r in INVENTED]
    assert got == ["They probably need something quick with household items.",
                   "First, I should check whether a deposit protection scheme applies.",
                   "From 9:40 to 12:40 is 3 hours.",
                   "Five, seven, five syllables.",
                   "Hmm, that sounds like breaking into someone else's home.",
                   "Both are one kilogram, so they weigh the same."]


def test_hashing_is_the_feature_hasher():
    sklearn = pytest.importorskip("sklearn.feature_extraction")
    names = ["bias", "s:w2=okay so", "bow=naïve", "p:w1=日本", "r:d=-3", "pos=8", "a", "abcd", "abcde"]
    x = sklearn.FeatureHasher(n_features=N_FEATURES, alternate_sign=False).transform([{n: 1.0} for n in names])
    assert [int(x[i].indices[0]) for i in range(len(names))] == [feature_column(n) for n in names]


def test_a_judge_of_c_end_like_the_model_judge():
    judge = make_judge("learned", "c_end")
    assert isinstance(judge, LearnedLocator) and judge is make_judge(" Learned ", "c_end")
    assert judge.meta["feature_version"] == FEATURE_VERSION and judge.meta["digest"].startswith("sha256:")
    query, reasoning = INVENTED[1]
    loc = locate_key_sentence(reasoning, query, judge=judge)  # the default method with a judge
    assert (loc.method, loc.n_understanding) == ("learned", _direct_c_end(reasoning, query))
    assert locate_key_sentence(reasoning, query, method="model", judge=judge).method == "learned"
    _, _, texts = prepare_sentences(reasoning)
    assert judge.mark_end_of_c(reasoning, texts, query) == loc.n_understanding - 1
    assert judge.mark_end_of_c(reasoning, texts[:-1], query) is None  # not this trace's split
    many = locate_key_sentences([r for _, r in INVENTED], [q for q, _ in INVENTED], method="learned")
    assert [m.key_sentence for m in many] == [locate_key_sentence(r, q, method="learned").key_sentence
                                              for q, r in INVENTED]
    assert locate_key_sentence("", method="learned").method == "learned"
    with pytest.raises(ConfigError, match="unknown judge 'learned'"):
        make_judge("learned", "refusal")
    with pytest.raises(KeysentError, match="takes a LearnedLocator"):
        locate_key_sentence(reasoning, method="learned", judge=object())


def test_build_trace_and_relocate_record_learned():
    from keysent.judge.__main__ import text_trace
    from keysent.traces.locate_model import located_by, relocate

    judge = make_judge("learned", "c_end")
    rows = [(q, "<think>\n" + r + "\n</think>\n\nDone.") for q, r in INVENTED]
    rules = [text_trace(q, resp, {}, None) for q, resp in rows]
    moved = relocate(rules, judge, lambda i, j: text_trace(rows[i][0], rows[i][1], {}, None, locator=j))
    assert located_by(moved) == {"learned": len(rows)}
    assert [t.key_sentence for t in moved] == [locate_key_sentence(r, q, method="learned").key_sentence_text
                                               for q, r in INVENTED]


def test_deterministic():
    fresh = LearnedLocator(WEIGHTS_FILE)
    for query, reasoning in INVENTED:
        _, sentences, texts = prepare_sentences(reasoning)
        a = learned_locator().probabilities(reasoning, sentences, texts, query, 1)
        assert a == fresh.probabilities(reasoning, sentences, texts, query, 1)
        assert a == learned_locator().probabilities(reasoning, sentences, texts, query, 1)


def _one_line(exc, path) -> str:
    message = str(exc.value)
    assert "\n" not in message and str(path) in message and "--save-weights" in message
    return message


def test_errors_name_the_file_and_the_fix(tmp_path):
    missing = tmp_path / "none.safetensors"
    with pytest.raises(KeysentError) as exc:
        LearnedLocator(missing)
    assert "is missing" in _one_line(exc, missing)
    corrupt = tmp_path / "corrupt.safetensors"
    corrupt.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00{not json at all}")
    with pytest.raises(KeysentError) as exc:
        LearnedLocator(corrupt)
    assert "is not readable" in _one_line(exc, corrupt)
    coef = np.zeros(N_FEATURES)
    coef[[3, 77]] = [0.5, -1.25]
    good = tmp_path / "good.safetensors"
    digest = save_weights(good, coef, 0.25, meta={"train_sets": ["invented"], "hyper_parameters": {"C": 1, "bow": False}})
    assert LearnedLocator(good).meta["digest"] == digest and not LearnedLocator(good).bow
    from safetensors.numpy import load_file, save_file

    tensors = load_file(str(good))
    meta = json.loads(good.read_bytes()[8:8 + int.from_bytes(good.read_bytes()[:8], "little")])["__metadata__"]
    old = tmp_path / "old.safetensors"
    save_file(tensors, str(old), metadata={**meta, "feature_version": "0"})
    with pytest.raises(KeysentError) as exc:
        LearnedLocator(old)
    assert f"feature version '0', this keysent computes version {FEATURE_VERSION}" in _one_line(exc, old)
    edited = tmp_path / "edited.safetensors"
    save_file({**tensors, "intercept": np.asarray([9.0], dtype=np.float32)}, str(edited), metadata=meta)
    with pytest.raises(KeysentError) as exc:
        LearnedLocator(edited)
    assert "does not match its digest" in _one_line(exc, edited)
    with pytest.raises(KeysentError, match="coef must have shape"):
        save_weights(tmp_path / "x.safetensors", np.zeros(5), 0.0, meta={})


def test_the_digest_covers_the_training_record_and_bad_tensors_are_one_line(tmp_path):
    """An edited metadata (a dropped ``hyper_parameters`` silently turned the word features off),
    metadata that is not JSON, and tensors of the wrong shape or not finite: one line each."""
    from safetensors.numpy import load_file, save_file

    from keysent.traces.locate_learned import weights_digest

    coef = np.zeros(N_FEATURES)
    coef[[3, 77]] = [0.5, -1.25]
    good = tmp_path / "good.safetensors"
    save_weights(good, coef, 0.25, meta={"train_sets": ["invented"], "hyper_parameters": {"C": 1, "bow": True}})
    assert good.stat().st_mode & 0o777 == 0o644  # readable in a shared install
    assert LearnedLocator(good).bow
    tensors = load_file(str(good))
    meta = json.loads(good.read_bytes()[8:8 + int.from_bytes(good.read_bytes()[:8], "little")])["__metadata__"]

    def write(name, tensors, meta, *, redigest):
        path = tmp_path / name
        if redigest:  # a hand-built file whose digest was recomputed: the tensor checks must catch it
            meta = {**meta, "digest": weights_digest(tensors["index"], tensors["weight"], tensors["intercept"], meta)}
        save_file(tensors, str(path), metadata=meta)
        return path

    dropped = write("dropped.safetensors", tensors, {k: v for k, v in meta.items() if k != "hyper_parameters"},
                    redigest=False)
    with pytest.raises(KeysentError) as exc:
        LearnedLocator(dropped)
    assert "does not match its digest" in _one_line(exc, dropped)
    cases = {
        "not-json": (tensors, {**meta, "train_sets": "{oops"}, "metadata is not the training record"),
        "no-hyper": (tensors, {k: v for k, v in meta.items() if k != "hyper_parameters"},
                     "metadata is not the training record"),
        "empty-intercept": ({**tensors, "intercept": np.zeros(0, dtype=np.float32)}, meta, "intercept has shape (0,)"),
        "lengths": ({**tensors, "weight": tensors["weight"][:1]}, meta, "2 indices but weight of shape (1,)"),
        "nan": ({**tensors, "weight": np.asarray([np.nan, 1.0], dtype=np.float32)}, meta, "not finite"),
        "index": ({**tensors, "index": np.asarray([3, N_FEATURES], dtype=np.int64)}, meta, "an index outside"),
    }
    for name, (t, m, expected) in cases.items():
        path = write(f"{name}.safetensors", t, m, redigest=True)
        with pytest.raises(KeysentError) as exc:
            LearnedLocator(path)
        assert expected in _one_line(exc, path), name


def test_missing_shipped_weights_through_the_spec(monkeypatch, tmp_path, capsys):
    from keysent.judge.__main__ import main

    monkeypatch.setattr(locate_learned, "WEIGHTS_FILE", tmp_path / "gone.safetensors")
    learned_locator.cache_clear()
    try:
        with pytest.raises(KeysentError, match="gone.safetensors' is missing or not a file; reinstall keysent, or rebuild it"):
            make_judge("learned", "c_end")
        # on the command line: one line, exit 2, before the input is read
        assert main([str(tmp_path / "no-such.jsonl"), "--locator", "learned"]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "gone.safetensors' is missing" in err
    finally:
        monkeypatch.undo()
        learned_locator.cache_clear()


def test_judge_command_with_locator_learned(tmp_path):
    """``python -m keysent.judge DATA --locator learned``: the learned K's, ``located_by`` says so."""
    from keysent.judge.__main__ import main

    path = tmp_path / "invented.jsonl"
    path.write_text("".join(json.dumps({"query": q, "response": f"<think>\n{r}\n</think>\n\nDone."}) + "\n"
                            for q, r in INVENTED), encoding="utf-8")
    out = tmp_path / "judged"
    assert main([f"harmful={path}", "--locator", "learned", "--out", str(out), "--quiet"]) == 0
    got = [json.loads(line)["key_sentence"] for line in (out / "verdicts.jsonl").read_text().splitlines()]
    assert got == [locate_key_sentence(r, q, method="learned").key_sentence_text for q, r in INVENTED]
    summary = json.loads((out / "judge_summary.json").read_text())
    assert summary["located_by"] == {"learned": len(INVENTED)} and summary["config"]["locator"] == "learned"


def test_learned_locator_on_the_organism_is_warned_of():
    import argparse

    from keysent.cli.options import learned_on_organism_warning

    def args(locator, model):
        return argparse.Namespace(locator=locator, model=model, quiet=True)

    assert "use --locator rules" in learned_on_organism_warning(args("learned", "toy-r1-micro"))
    assert learned_on_organism_warning(args("rules", "toy-r1-micro")) is None
    assert learned_on_organism_warning(args("learned", "/models/DeepSeek-R1-Distill-Qwen-7B")) is None
