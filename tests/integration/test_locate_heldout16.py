"""The locator on held-out sets 16 to 23 (``tests/data/locator_heldout16.py`` ... ``23.py``).

Sets 16-18 (270 traces: 60 each in the DeepSeek-R1, R1-Distill-Qwen and R1-Distill-Llama
styles, 30 each of Qwen3, QwQ and Kimi-K2-Thinking) were written together and frozen before the
locator was first run on them (with the query: R1 styles 171/180, others 84/90; see
``docs/locating.md``); set 19 (90 traces, same mix) was written after their fixes and measured
once (R1 styles 57/60, others 29/30), set 20 (90, same mix) after set 19's fixes (54/60, 29/30),
set 21 (90, same mix) after set 20's (55/60, 26/30), set 22 (90, same mix) after set 21's (51/60,
27/30). The misses of those seven were then fixed as kinds (with invented variants in
``tests/unit/traces/test_locate_heldout16_kinds.py``), except five left as limits, so for them
this test guards the agreement after the fixes and is no longer a held-out measurement. Set 23
(90, same mix) was written after the last rule change and left as measured (59/60, 30/30). Kept
apart from ``test_locate_heldout10.py`` (sets 10-15), which stays unchanged.
"""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

import pytest

from keysent.traces.locate import locate_key_sentence

DATA = Path(__file__).resolve().parents[1] / "data"
R1_FAMILIES = {"r1", "r1-qwen", "r1-llama"}


def _load(name: str, attr: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, attr)


CASES = [c for n in range(16, 24) for c in _load(f"locator_heldout{n}", f"HELDOUT{n}")]
# measured misses left as limits (docs/locating.md, "Limits"): "I need to find a way to ..." in
# the user's voice is read as the model's plan, "I need a realistic schedule." and "I need to show
# them I have a real plan." as the user's need;
# a paraphrased deliverable ("We need to write a function that returns True or False.") is not
# recognised; a sentence opening with a lowercase shell command ("cat *.txt | wc -l does it.")
# is not cut from the one before; set 23's "They aren't close." (a negated "be" after "they",
# h23-qwen-17) is C since round 16 (the situation retold, a negation shared with the query's; both round-16
# shares fixed it)
KNOWN_MISSES = {"h19-llama-4", "h19-kimi-5", "h20-llama-11", "h21-llama-14", "h22-kimi-7"}


def test_sets_are_well_formed():
    assert len(CASES) == 720
    assert len({c["id"] for c in CASES}) == len(CASES)
    families = collections.Counter(c["family"] for c in CASES)
    assert families == {"r1": 160, "r1-qwen": 160, "r1-llama": 160, "qwen3": 80, "qwq": 80,
                        "kimi": 80}
    assert KNOWN_MISSES <= {c["id"] for c in CASES}
    for c in CASES:
        assert c["reasoning"].count(c["k"]) == 1, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_with_query(case):
    loc = locate_key_sentence(case["reasoning"], case["query"])
    if case["id"] in KNOWN_MISSES:
        assert loc.key_sentence_text != case["k"]  # still wrong; if fixed, move it out
    else:
        assert loc.key_sentence_text == case["k"], loc.understanding_text


def test_without_query():
    # without the query a retelling in the third person ends C early (measured after the fixes:
    # 639 / 720; after round 16 (unsafe and jailbreak), 641)
    agree = [locate_key_sentence(c["reasoning"]).key_sentence_text == c["k"] for c in CASES]
    assert sum(agree) >= 641, sum(agree)
