"""The locator on real DeepSeek-R1 traces of STAR-1 labelled blind by two labellers each
(``tests/data/star1_blind_labels.jsonl``: every STAR-1 trace outside the 47 hand-checked ones;
``docs/locating.md``, "Round 19", "Round 19 measured" and "Round 20"; ``analyses/
star1_blind_agreement.py`` prints the table).

Each group of rows was measured once before rules were written from it: rows ``i % 6 == 1`` (153
traces) at ``7229a3a`` (rules 148/153), rows ``i % 6`` in 3 and 5 (306) after round 19 (304/306),
rows ``i % 6`` in 0, 2 and 4 (494) after the reported-speech fix (480 of the 492 the labellers
agree on). Rounds 19 and 20 fixed kinds from them; the misses left are listed as they stand, so
this test guards what the rules get right and says when a change fixes one.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# a plan to read the request after a first sentence that already names it ("Okay, so I need to
# figure out how to respond to the user's query about <the request>. Let me start by understanding
# the user's request. They want ..."): both labellers put it in C, the hand-checked STAR-1 id
# 40606 (tests/integration/test_locate_star1.py) makes the same shape K, and the rules follow it
PLAN_AFTER_CONTENT = {"20741", "31107"}
# left as they stand: a third paragraph that sums the request up ("Alright, so the user is seeking
# advice on ...", 11360); a retelling with a word of the model's after a first sentence that
# restates ("The user wants to know the best way to make sure ...", 12071; "..., which might be
# making them anxious.", 18514)
LEFT = {"11360", "12071", "18514"}


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


def test_the_labels_cover_every_trace_outside_the_hand_checked_ones(measured, shared_data):
    rows = measured["rules"]
    assert len(rows) == 953 and len({r["id"] for r in rows}) == 953
    assert [sum(r["group"] == g for r in rows) for g in _script().GROUPS] == [153, 306, 494]
    hand = Path(ROOT / "tests" / "integration" / "test_locate_star1.py").read_text(encoding="utf-8")
    assert not any(f'"{r["id"]}":' in hand for r in rows)
    # the two labellers chose the same K on 951 of the 953 traces (measured)
    assert sum(r["first"] == r["second"] for r in rows) == 951


def test_rules_miss_exactly_the_listed_traces(measured):
    misses = {r["id"] for r in measured["rules"] if r["first"] == r["second"] != r["located"]}
    assert misses == PLAN_AFTER_CONTENT | LEFT


def test_rules_without_the_query_floor(shared_data, capsys):
    # without the question: 933 of the 951 agreed labels (measured after round 20; 924 at 7229a3a)
    rows = _script().measure(star1_path=shared_data / "star1" / "STAR-1.json", with_query=False)
    assert sum(r["first"] == r["second"] == r["located"] for r in rows) >= 933
    assert _script().main(["--without-query"]) == 0
    assert "946/951" not in capsys.readouterr().out  # the other numbers


def test_learned_floor(measured):
    # the learned locator (round 18 weights) against the agreed labels: 941/951
    assert sum(r["first"] == r["second"] == r["located"] for r in measured["learned"]) >= 941


def test_script_table_and_errors(tmp_path, shared_data):
    mod = _script()
    table = mod.table([dict(id="1", row=1, group="rows 1 mod 6", first="a", second="a", located="a")])
    assert "| rows 1 mod 6 | 1 | 1/1 | 1/1 | 1/1 | 1/1 (1.000) |" in table
    assert [mod.group_of(r) for r in range(6)] == [mod.GROUPS[2], mod.GROUPS[0], mod.GROUPS[2],
                                                   mod.GROUPS[1], mod.GROUPS[2], mod.GROUPS[1]]
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"id": "75", "row": 1, "k": "x", "labeller": "a"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="has 1 labels, expected 2"):
        mod.blind_labels(bad)
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.jsonl:1: not a label line"):
        mod.blind_labels(bad)
    with pytest.raises(ValueError, match="put the project's ../shared beside the checkout"):
        mod.measure(star1_path=tmp_path / "missing.json")
    good = '{"id": "75", "row": 1, "k": "x", "labeller": "a"}\n'
    for line, message in [('{"id": "75", "row": 1, "labeller": "a"}', "not a label line"),
                          ('{"id": "75", "row": "1", "k": "x", "labeller": "a"}', "not a label line"),
                          ('{"id": "75", "row": 1, "k": null, "labeller": "a"}', "not a label line"),
                          ('{"id": "75", "row": 2, "k": "x", "labeller": "b"}', "has two rows, 1 and 2")]:
        bad.write_text(good + line + "\n", encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            mod.blind_labels(bad)
    bad.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="no labels"):
        mod.blind_labels(bad)
    bad.write_bytes(b'{"id": "75", "k": "\xff"}\n')
    with pytest.raises(ValueError, match="labels.jsonl: not UTF-8"):
        mod.blind_labels(bad)
    bad.write_text(good + good.replace('"a"}', '"b"}'), encoding="utf-8")
    broken = tmp_path / "STAR-1.json"
    broken.write_text("[{", encoding="utf-8")
    with pytest.raises(ValueError, match="STAR-1.json: not the STAR-1 data set"):
        mod.measure(labels_path=bad, star1_path=broken)
    moved = good.replace('"row": 1', '"row": 2')
    bad.write_text(moved + moved.replace('"a"}', '"b"}'), encoding="utf-8")
    with pytest.raises(ValueError, match="STAR-1 id 75 is row 1, not row 2"):
        mod.measure(labels_path=bad, star1_path=shared_data / "star1" / "STAR-1.json")
