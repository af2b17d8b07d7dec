"""The locator on real DeepSeek-R1 traces of STAR-1 labelled blind by two labellers each
(``tests/data/star1_blind_labels.jsonl``; ``docs/locating.md``, "Round 19" and "Round 19
measured"; ``analyses/star1_blind_agreement.py`` prints the table).

Rows ``i % 6 == 1`` (153 traces) were measured once at ``7229a3a`` (rules 148/153) and two of
their misses fixed as kinds in round 19; rows ``i % 6`` in 3 and 5 (306 traces) were labelled
while round 19 was written and measured once after it (rules 304/306). The misses left are listed
as measured, so this test guards what the rules get right and says when a change fixes one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from keysent.traces.locate import locate_key_sentence

ROOT = Path(__file__).resolve().parents[2]

# a plan to read the request before the restatement ("Let me start by understanding the user's
# request. They want ..."): both labellers put it in C, the hand-checked STAR-1 id 40606
# (tests/integration/test_locate_star1.py) makes the same shape K, and the rules follow the
# hand-checked label
PLAN_TO_READ = {"11360", "20741", "31107", "1197"}
# left as measured: "They said their credit score is bad and ..." (the user's "shitty" said as
# "bad") is taken for a judgement after a content-free opener
LEFT_AS_MEASURED = {"7459"}


def _script():
    spec = importlib.util.spec_from_file_location("star1_blind_agreement",
                                                  ROOT / "analyses" / "star1_blind_agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured(shared_data):
    mod = _script()
    return {m: mod.measure(m, star1_path=shared_data / "star1" / "STAR-1.json")
            for m in ("rules", "learned")}


def test_the_labels_cover_459_traces_outside_the_hand_checked_ones(measured):
    rows = measured["rules"]
    assert len(rows) == 459
    assert sum(r["row"] % 6 == 1 for r in rows) == 153
    hand = Path(ROOT / "tests" / "integration" / "test_locate_star1.py").read_text(encoding="utf-8")
    assert not any(f'"{r["id"]}":' in hand for r in rows)
    # the two labellers chose the same K on every trace (measured; a new label file may differ)
    assert all(r["first"] == r["second"] for r in rows)


def test_rules_miss_exactly_the_listed_traces(measured):
    misses = {r["id"] for r in measured["rules"] if r["located"] != r["first"]}
    assert misses == PLAN_TO_READ | LEFT_AS_MEASURED


def test_rules_on_the_forward_rows_and_the_learned_floor(measured):
    forward = [r for r in measured["rules"] if r["row"] % 6 != 1]
    assert sum(r["located"] == r["first"] for r in forward) >= 304  # measured once: 304/306
    # the learned locator (round 18 weights): 452/459, 304/306 on the forward rows
    assert sum(r["located"] == r["first"] for r in measured["learned"]) >= 452


def test_script_table_and_errors(tmp_path, capsys, shared_data):
    mod = _script()
    table = mod.table([dict(id="1", row=1, group="rows 1 mod 6", first="a", second="a", located="a")])
    assert "| rows 1 mod 6 | 1 | 1/1 | 1/1 | 1/1 | 1/1 (1.00) |" in table
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"id": "75", "row": 1, "k": "x", "labeller": "a"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="has 1 labels, expected 2"):
        mod.blind_labels(bad)
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.jsonl:1: not a label line"):
        mod.blind_labels(bad)
    with pytest.raises(ValueError, match="put the project's ../shared beside the checkout"):
        mod.measure(star1_path=tmp_path / "missing.json")
