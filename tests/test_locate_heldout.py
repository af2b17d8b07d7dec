"""The locator on the invented held-out traces of issue 13 (``tests/data/locator_heldout*.py``).

Each set was written and frozen before it was first measured; the numbers of those first
measurements are in ``docs/locating.md`` (``python analyses/locator_agreement.py``). Sets 1-8
had some or all of their misses fixed after that first measurement, set 9 none; this test guards
the current agreement on all of them (the issue's bar: at least 0.98 on the R1 families and 0.90
on the others), which for sets 1-8 is not a held-out measurement any more.
"""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

import pytest

from keysent.traces.locate import locate_key_sentence

DATA = Path(__file__).parent / "data"
SETS = {
    "locator_heldout": "HELDOUT",
    "locator_heldout2": "HELDOUT2",
    "locator_heldout3": "HELDOUT3",
    "locator_heldout4": "HELDOUT4",
    "locator_heldout5": "HELDOUT5",
    "locator_heldout6": "HELDOUT6",
    "locator_heldout7": "HELDOUT7",
    "locator_heldout8": "HELDOUT8",
    "locator_heldout9": "HELDOUT9",
}
R1_FAMILIES = {"r1-qwen", "r1-llama"}


def _cases() -> list[dict]:
    out = []
    for name, attr in SETS.items():
        spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(getattr(module, attr))
    return out


CASES = _cases()


def _rates(with_query: bool) -> dict[str, float]:
    per = collections.defaultdict(list)
    for c in CASES:
        loc = locate_key_sentence(c["reasoning"], c["query"] if with_query else None)
        group = "r1" if c["family"] in R1_FAMILIES else "other"
        per[group].append(loc.key_sentence_text == c["k"])
    return {g: sum(v) / len(v) for g, v in per.items()}


def test_heldout_sets_are_well_formed():
    assert len(CASES) == 312
    assert len({c["id"] for c in CASES}) == len(CASES)
    families = collections.Counter(c["family"] for c in CASES)
    assert set(families) == {"qwen3", "qwq", "kimi", "r1-qwen", "r1-llama"}
    for c in CASES:
        assert c["reasoning"].count(c["k"]) == 1, c["id"]


def test_heldout_agreement_with_query():
    rates = _rates(with_query=True)
    assert rates["r1"] >= 0.98, rates
    assert rates["other"] >= 0.90, rates


def test_heldout_agreement_without_query():
    # Without the query, third-person retellings of a story problem or of the user's situation
    # ("Together they have 36 apples.") end C early; measured 0.947 (R1) and 0.894 (others).
    rates = _rates(with_query=False)
    assert rates["r1"] >= 0.94, rates
    assert rates["other"] >= 0.88, rates


@pytest.mark.parametrize("family", ["qwen3", "qwq", "kimi", "r1-qwen", "r1-llama"])
def test_every_family_with_query(family):
    cases = [c for c in CASES if c["family"] == family]
    agree = [locate_key_sentence(c["reasoning"], c["query"]).key_sentence_text == c["k"]
             for c in cases]
    assert sum(agree) / len(agree) >= 0.90, (family, sum(agree), len(agree))
