"""The locator on held-out sets 10 to 15 (``tests/data/locator_heldout10.py`` ... ``15.py``).

Each was written and frozen before it was first measured (with the query: 39/43, 41/43, 44/44,
37/40, 38/40, 40/40; see ``docs/locating.md``); the misses of sets 10, 11, 13 and 14 were then
studied and their kinds fixed in the rules (with their nearest variants in
``tests/unit/traces/test_locate_heldout10_kinds.py``), so for them this test guards the
agreement after those fixes and is no longer a held-out measurement; set 15 was left as
measured. Kept apart from ``test_locate_heldout.py``
(sets 1-9), which stays unchanged.
"""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

import pytest

from keysent.traces.locate import locate_key_sentence

DATA = Path(__file__).resolve().parents[1] / "data"
R1_FAMILIES = {"r1-qwen", "r1-llama"}


def _load(name: str, attr: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, attr)


CASES = [c for n in range(10, 16) for c in _load(f"locator_heldout{n}", f"HELDOUT{n}")]


def test_sets_are_well_formed():
    assert len(CASES) == 250
    assert len({c["id"] for c in CASES}) == len(CASES)
    families = collections.Counter(c["family"] for c in CASES)
    assert set(families) == {"qwen3", "qwq", "kimi", "r1-qwen", "r1-llama"}
    assert families["r1-qwen"] + families["r1-llama"] == 151
    for c in CASES:
        assert c["reasoning"].count(c["k"]) == 1, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_with_query(case):
    loc = locate_key_sentence(case["reasoning"], case["query"])
    assert loc.key_sentence_text == case["k"], loc.understanding_text


def test_without_query():
    # without the query a retelling in the third person or a quoted problem's own question ends
    # C early (measured after the fixes: 233 / 250)
    agree = [locate_key_sentence(c["reasoning"]).key_sentence_text == c["k"] for c in CASES]
    assert sum(agree) >= 233, sum(agree)
