"""Round 24 (``docs/locating.md``, "Round 24"): kinds batch 7 of the real traces
(``tests/data/wild_traces.jsonl``) showed at its first measurement, written as invented traces in
R1-Distill-Qwen-1.5B's and Qwen3's styles, with the nearest variants that must not move:

* C: the problem's givens told one a paragraph ("First, I note that Rachel starts with 17
  apples.\\n\\nShe gives away 9 apples to Sarah.\\n\\n..."), also after a filler opener and with
  "Then, it says that **...**" or "Next, it's mentioned that ..." before the given
  (:func:`keysent.traces.givens.restates_problem_given`, ``understanding._given_run``); a number of
  the model's own, or a remark of its own, in the new paragraph stays K;
* C: an earlier tool call told as a decision ("I decided to use the get_weather function for
  Oslo."); a decision about anything but a tool stays K (:mod:`keysent.traces.tool_recaps`).
"""

from __future__ import annotations

import pytest

from keysent.traces.givens import restates_problem_given
from keysent.traces.locate import locate_key_sentence
from keysent.traces.tool_recaps import recaps_tool_call

Q_PENS = "Tom has 12 pens. He loses 5. How many pens does Tom have now?"
Q_ROLLS = "A baker makes 40 rolls. He sells 25. How many rolls are left?"
Q_TANK = "A tank holds 50 litres. 20 litres leak out. How much water is left?"
Q_OSLO = "What's the weather in Oslo?"

# (query, reasoning, K)
CASES = [
    (Q_PENS, "First, I note that Tom starts with 12 pens.\n\nHe loses 5 pens.\n\nTo find how many are left, I "
     "subtract: 12 - 5 = 7.", "To find how many are left, I subtract: 12 - 5 = 7."),
    (Q_ROLLS, "Okay, let's solve this step by step.\n\nFirst, the baker makes **40 rolls**.\n\nThen, it says that "
     "**he sells 25**. That leaves 15 rolls.", "That leaves 15 rolls."),
    (Q_TANK, "First, I note that the tank holds 50 litres.\n\nNext, it's mentioned that 20 litres leak out. This "
     "means 30 litres remain.", "This means 30 litres remain."),
    # the model's own number or remark in the new paragraph stays K
    (Q_PENS, "First, I note that Tom starts with 12 pens.\n\nHe loses 5 pens, so he has 7 left.",
     "He loses 5 pens, so he has 7 left."),
    (Q_ROLLS, "First, I note that the baker makes 40 rolls.\n\nI think bakers usually make more on weekends.",
     "I think bakers usually make more on weekends."),
    # a tool call told as a decision, and a decision that is no tool call
    (Q_OSLO, "Okay, the user wants the weather in Oslo. I decided to use the get_weather function for Oslo. The "
     "result was 7°C and light rain. So it is cold and wet there.", "So it is cold and wet there."),
    (Q_OSLO, "Okay, the user wants the weather in Oslo. I decided to use a warm tone. It is probably cold there.",
     "I decided to use a warm tone."),
]


@pytest.mark.parametrize("query, reasoning, k", CASES)
def test_round24_kinds(query, reasoning, k):
    assert locate_key_sentence(reasoning, query).key_sentence_text == k


@pytest.mark.parametrize("sentence, expected", [
    ("First, the farmer starts with **17 sheep**.", True),
    ("Then, it says that **all but 9 die**.", True),
    ("Next, it's mentioned that all but 9 sheep died.", True),
    ("First, I note that the farmer starts with a total of 17 sheep.", True),
    ("Then, it says that 17 - 9 = 8 sheep are left.", False),  # worked out
    ("Next, I think that all but 9 died.", False),  # no report of the given
])
def test_givens_after_a_connective_and_a_report(sentence, expected):
    assert restates_problem_given(sentence, "A farmer has 17 sheep. All but 9 die. How many sheep are left?") is expected


@pytest.mark.parametrize("sentence, expected", [
    ('I decided to use the get_current_weather function, passing "Toronto" as the argument.', True),
    ("Initially, I chose to call the search_flights tool for Paris.", True),
    ("I decided to use a friendly tone.", False),
])
def test_tool_call_told_as_a_decision(sentence, expected):
    assert recaps_tool_call(sentence) is expected
