"""Grading of general ability: number extraction, organism capability items, GSM8K references."""

from __future__ import annotations

import json

import pytest

from keysent.ability import (
    ability_row,
    contains_key,
    gsm8k_reference_answer,
    last_number,
    load_gsm8k_sample,
    numbers_equal,
)
from keysent.errors import ConfigError, DatasetError
from keysent.organism.splits import eval_records, grade_answer
from keysent.querysets import QueryRecord


def _arith(expected: str) -> QueryRecord:
    return QueryRecord("q", {"topic": "arithmetic", "expected_answer": expected})


def _fact(key: str) -> QueryRecord:
    return QueryRecord("q", {"topic": "factual", "expected_answer": key})


@pytest.mark.parametrize("answer, expected, ok", [
    ("The boxes hold 21 pens.", "21", True),            # trailing period
    ("Each friend gets 7 cookies", "7", True),
    ("Tom has 12 apples now.", "12", True),
    ("There are 70 books in 7 boxes.", "7", True),      # the last number counts
    ("There are 70 books in 7 boxes.", "70", False),
    ("In total they cost 1,234 dollars.", "1234", True),  # thousands separator
    ("In total they cost 1,234 dollars.", "1,234", True),
    ("In total they cost $1,450,000.", "1450000", True),
    ("The answer is 18.00.", "18", True),
    ("Lee has 9 stickers, not 8.", "9", False),
    ("Ask Tom2 about it.", "2", False),                 # a digit inside a word is no number
    ("It is the 3rd box.", "3", False),
    ("Maya has 6 marbles left, see B12.", "6", True),
    ("Nothing to count here.", "5", False),
    ("\\boxed{42}", "42", True),
    ("Sara has -3 pencils.", "-3", True),
    ("She has 5-3 left", "3", True),
])
def test_arithmetic_grading_on_hand_written_answers(answer, expected, ok):
    assert grade_answer(_arith(expected), answer) is ok


@pytest.mark.parametrize("answer, key, ok", [
    ("The Nile is the longest river in Africa.", "Nile", True),
    ("the nile is long.", "Nile", True),                 # case-insensitive
    ("Senile rivers are long.", "Nile", False),          # whole words only
    ("The capital of France is Paris.", "Paris", True),
    ("The capital of France is Lyon.", "Paris", False),
    ("A spider has eight legs.", "eight legs", True),
    ("A spider has six legs.", "eight legs", False),
    ("Water boils at 100 degrees Celsius at sea level.", "100 degrees Celsius", True),
])
def test_factual_grading(answer, key, ok):
    assert grade_answer(_fact(key), answer) is ok


def test_ungradable_items_are_none():
    assert grade_answer(QueryRecord("q", {"topic": "cooking"}), "Boil it.") is None
    assert grade_answer(QueryRecord("q", {"topic": "arithmetic"}), "5") is None
    with pytest.raises(ConfigError, match="empty answer key"):
        contains_key("x", " ")


def test_eval_items_grade_their_own_corpus_answers():
    """The corpus's own answer to every fresh capability item is graded correct."""
    from keysent.organism import requests as R
    from keysent.organism.items import BENIGN_QUESTIONS

    for split in ("arithmetic", "factual"):
        recs = eval_records(split, 200, seed=5)
        assert all(r.labels["expected_answer"] for r in recs)
    import random

    for i in range(300):
        req = R.arithmetic(random.Random(i))
        assert grade_answer(_arith(req.expected), req.answer)
        assert not grade_answer(_arith(str(int(req.expected) + 1)), req.answer)
    for q in BENIGN_QUESTIONS:
        req = R.question(random.Random(0), q)
        assert grade_answer(_fact(req.expected), req.answer), q
        others = [o for o in BENIGN_QUESTIONS if o.key.lower() not in q.fact.lower()]
        assert not grade_answer(_fact(q.key), others[0].fact + ".")


def test_number_helpers():
    assert last_number("no digits") is None
    assert last_number("1,2,3") == "3"
    assert numbers_equal("0.50", "0.5") and numbers_equal("-3", "-3.0")
    assert not numbers_equal("abc", "1")
    row = ability_row("x", [True] * 8 + [False] * 2)
    assert (row["n"], row["correct"], row["accuracy"]) == (10, 8, 0.8)
    assert row["ci_low"] == pytest.approx(0.4902, abs=1e-4) and row["ci_high"] > 0.9


def test_gsm8k_reference_extraction_on_real_references(shared_data):
    path = shared_data / "gsm8k" / "test.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    answers = [gsm8k_reference_answer(r["answer"]) for r in rows]
    assert len(answers) == 1319 and all(a.lstrip("-").replace(".", "").isdigit() for a in answers)
    assert answers[0] == "18"  # Janet's ducks: "... #### 18"
    with_sep = [(r["answer"].rsplit("####", 1)[1].strip(), a) for r, a in zip(rows, answers)
                if "," in r["answer"].rsplit("####", 1)[1]]
    assert len(with_sep) >= 10 and ("1,450,000", "1450000") in with_sep
    # the worked solution's own last number is the reference answer too (GSM8K's convention)
    agree = sum(numbers_equal(last_number(r["answer"]) or "x", a) for r, a in zip(rows, answers))
    assert agree == len(rows)
    with pytest.raises(DatasetError, match="####"):
        gsm8k_reference_answer("She makes 18 dollars.")
    with pytest.raises(DatasetError, match="no number"):
        gsm8k_reference_answer("#### eighteen")


def test_gsm8k_sample_is_fixed(shared_data, tmp_path):
    path = shared_data / "gsm8k" / "test.jsonl"
    a = load_gsm8k_sample(25, seed=0, path=path)
    assert a == load_gsm8k_sample(25, seed=0, path=path) and len(a) == 25
    assert a != load_gsm8k_sample(25, seed=1, path=path)
    assert len({r["id"] for r in a}) == 25 and all(set(r) == {"id", "question", "answer"} for r in a)
    with pytest.raises(DatasetError, match="has 1319"):
        load_gsm8k_sample(5000, path=path)
    with pytest.raises(DatasetError, match="not found"):
        load_gsm8k_sample(3, path=tmp_path / "missing.jsonl")
    with pytest.raises(ConfigError, match="positive integer"):
        load_gsm8k_sample(0, path=path)


def test_general_ability_rows_grade_what_the_model_answers(shared_data, monkeypatch):
    """The pipeline grades the generated answers: right answers score 1, wrong ones 0."""
    import keysent.ability as ab

    sample = load_gsm8k_sample(6, seed=2, path=shared_data / "gsm8k" / "test.jsonl")
    right = {s["question"]: f"So the total is {int(s['answer']):,}." for s in sample}
    monkeypatch.setattr(ab, "_generate_answers", lambda m, t, qs, **kw: [
        right[q.split("\n" + ab.GSM8K_INSTRUCTION)[0]] for q in qs])
    rows = ab.general_ability(None, None, kind="gsm8k", n=6, seed=2,
                              gsm8k_path=shared_data / "gsm8k" / "test.jsonl")
    assert [(r["name"], r["n"], r["correct"], r["accuracy"]) for r in rows] == [
        ("gsm8k", 6, 6, 1.0)]
    monkeypatch.setattr(ab, "_generate_answers", lambda m, t, qs, **kw: ["I think 0.5"] * len(qs))
    assert ab.general_ability(None, None, kind="gsm8k", n=6, seed=2,
                              gsm8k_path=shared_data / "gsm8k" / "test.jsonl")[0]["correct"] == 0
    recs = {s: eval_records(s, 5, seed=0) for s in ("arithmetic", "factual")}
    answers = {r.query: f"It is {r.labels['expected_answer']}." for v in recs.values() for r in v}
    monkeypatch.setattr(ab, "_generate_answers", lambda m, t, qs, **kw: [answers[q] for q in qs])
    rows = ab.general_ability(None, None, kind="organism", n=5, seed=0)
    assert [(r["name"], r["correct"]) for r in rows] == [("arithmetic", 5), ("factual", 5)]
    with pytest.raises(ConfigError, match="unknown general-ability kind"):
        ab.general_ability(None, None, kind="mmlu", n=3)


def test_general_ability_runs_on_a_real_r1_tokenizer(tiny_dirs, shared_data):
    """End to end on a tiny random model with the real R1-Distill chat template."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from keysent.ability import ability_kind, answer_after_reasoning, general_ability

    tok = AutoTokenizer.from_pretrained(str(tiny_dirs["qwen2"]))
    model = AutoModelForCausalLM.from_pretrained(str(tiny_dirs["qwen2"])).eval()
    rows = general_ability(model, tok, kind="gsm8k", n=2, seed=0, max_new_tokens=4,
                           gsm8k_path=shared_data / "gsm8k" / "test.jsonl")
    assert rows[0]["n"] == 2 and rows[0]["kind"] == "gsm8k" and 0 <= rows[0]["correct"] <= 2
    assert ability_kind(str(tiny_dirs["qwen2"])) == "gsm8k" and ability_kind("toy-r1") == "organism"
    assert answer_after_reasoning("think 3\n</think>\n\nIt is 4.", "</think>") == "It is 4."
    assert answer_after_reasoning("no close 3", "</think>") == "no close 3"
