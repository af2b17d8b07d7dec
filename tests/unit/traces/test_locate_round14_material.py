"""Round 14 (``docs/locating.md``), material share: the goal forms missed on blind sets 28-31,
fixed as one rule (:func:`keysent.traces.goal_forms.restates_asked_goal`) and tested here on
invented traces (none taken from a held-out set), with guards where C must not grow.
"""

from __future__ import annotations

import pytest

from keysent.traces.goal_forms import restates_asked_goal
from keysent.traces.locate import locate_key_sentence


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# ------------------------------------------------------------ the predicate on single sentences
Q_PAINT = ("A wall is 12 feet long and 8 feet high. One can of paint covers 40 square feet. How "
           "many cans of paint are needed to cover the wall twice?")
Q_TANK = ("A tank holds 300 liters. It drains at 15 liters per minute while a hose adds 5 liters "
          "per minute. How long until the tank is empty?")
Q_SHOP = ("Lena buys 4 notebooks at $3 each and a pen for $2. She pays with a $20 bill. How much "
          "change does she get back?")
Q_AGES = "Tom is 8 now. In 4 years his sister will be twice his age. How old is his sister now?"
Q_WAGE = ("Omar works 5 days a week for 7 hours a day and earns $840 a week. What does he earn per "
          "hour of work?")

GOALS = [
    # a noun goal with a qualifier in the query's words (a number, a relative clause, a phrase)
    ("We need the number of cans of paint that covers the wall twice.", Q_PAINT),
    ("So we need the total time until the 300 liters are gone.", Q_TANK),
    ("I need the change she gets back from the $20 bill.", Q_SHOP),
    ("Need the sister's current age.", Q_AGES),
    ("We need his pay per hour of work.", Q_WAGE),
    # the asked question as an indirect question
    ("We want how many cans of paint cover the wall twice.", Q_PAINT),
    ("So I need to know how long the tank takes to empty.", Q_TANK),
    ("We need how much change Lena gets.", Q_SHOP),
    # Kimi's imperative
    ("Find change.", Q_SHOP),
    ("Compute the sister's age now.", Q_AGES),
    ("Determine the time until empty.", Q_TANK),
]
NOT_GOALS = [
    ("We need the area of the wall first.", Q_PAINT),  # a sub-step
    ("We need the formula for the drain rate.", Q_TANK),  # a method
    ("Find 4 times 3.", Q_SHOP),  # a computation ("times")
    ("We need the cost of 6 pens.", Q_SHOP),  # a number the query lacks
    ("Compute 8 + 4 = 12.", Q_AGES),  # a computation
    ("We need the interest rate on her savings.", Q_SHOP),  # words the query lacks
    ("Find a pattern in the numbers.", Q_AGES),  # a method
    ("We want the wall painted.", Q_PAINT),  # no quantity asked for
    ("How many cans do we need?", Q_PAINT),  # a question (another rule's)
]


@pytest.mark.parametrize("sentence,query", GOALS)
def test_goal_forms_are_recognised(sentence, query):
    assert restates_asked_goal(sentence, query)


@pytest.mark.parametrize("sentence,query", NOT_GOALS)
def test_steps_and_subgoals_are_not_goals(sentence, query):
    assert not restates_asked_goal(sentence, query)


def test_goal_forms_need_the_query():
    assert not restates_asked_goal("We need the number of cans of paint.", None)


# ------------------------------------------------------------------------- whole invented traces
TRACES = [
    # (reasoning, query, K): each goal form is C's last sentence, K the first step after it
    ("Okay, let's see. The wall is 12 by 8 feet and a can covers 40 square feet. We need the "
     "number of cans of paint that covers the wall twice. The wall is 12 × 8 = 96 square feet.",
     Q_PAINT, "The wall is 12 × 8 = 96 square feet."),
    ("Alright, let me work through this. The tank holds 300 liters, drains 15 liters a minute and "
     "gains 5. So we need the total time until the 300 liters are gone.\n\nThe net loss is 15 - 5 "
     "= 10 liters per minute.", Q_TANK, "The net loss is 15 - 5 = 10 liters per minute."),
    ("Lena: 4 notebooks at $3, pen $2, pays with $20. Find change. Notebooks 4 × 3 = 12.",
     Q_SHOP, "Notebooks 4 × 3 = 12."),
    ("Okay, let me parse this. Tom is 8 now. In 4 years his sister will be twice his age. We want "
     "how old his sister is now. In 4 years Tom is 12, so she'll be 24.",
     Q_AGES, "In 4 years Tom is 12, so she'll be 24."),
    ("Omar works 5 days a week, 7 hours a day, and earns $840 a week. Need his pay per hour of "
     "work. Hours per week: 5 × 7 = 35.", Q_WAGE, "Hours per week: 5 × 7 = 35."),
    ("Okay, so the tank has 300 liters in it. It drains at 15 liters per minute and the hose "
     "adds 5. I need to know how long the tank takes to empty. Hmm, the hose slows it down, so "
     "the net rate matters.", Q_TANK, "Hmm, the hose slows it down, so the net rate matters."),
]
GUARD_TRACES = [
    # a sub-step after the givens is the model's own step: K
    ("Okay, let's see. The wall is 12 by 8 feet and a can covers 40 square feet. We need the "
     "area of the wall first. It is 96 square feet.", Q_PAINT, "We need the area of the wall first."),
    # a method named as a need is a step
    ("Alright, let me think. The tank holds 300 liters. We need the formula for the drain rate. "
     "It's 15 - 5.", Q_TANK, "We need the formula for the drain rate."),
    # a computation in imperative form is a step
    ("Lena: 4 notebooks at $3, pen $2, pays with $20. Compute 4 × 3 = 12 first. Then add 2.",
     Q_SHOP, "Compute 4 × 3 = 12 first."),
]


@pytest.mark.parametrize("reasoning,query,k", TRACES)
def test_goal_form_closes_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", GUARD_TRACES)
def test_substeps_stay_k(reasoning, query, k):
    assert _k(reasoning, query) == k
