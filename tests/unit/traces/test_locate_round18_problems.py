"""Round 18 (problems) (``docs/locating.md``): kinds missed on blind sets 48-55 in word problems
and multiple choice, fixed as rules and tested on invented traces (none from a held-out set) in
the R1, R1-Distill, QwQ, Qwen3 and Kimi styles, with guards:

* the query's own answer-form instruction told again in few words ("Output just the letter.",
  "Letter only.", "The answer needs to be in feet.") is C
  (:mod:`keysent.traces.answer_form`);
* a given whose subject is the gerund of the query's own verb ("Painting the fence takes 3
  hours, ...") is a given, not a step (:func:`keysent.traces.givens.restates_problem_given`).
"""

from __future__ import annotations

import pytest

from keysent.traces.answer_form import query_answer_form, restates_answer_form
from keysent.traces.givens import restates_problem_given
from keysent.traces.locate import locate_key_sentence


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


Q_MC_LETTER = ("Which planet has the most moons?\n(A) Mars\n(B) Saturn\n(C) Venus\n(D) Mercury\n"
               "Reply with the letter only.")
Q_MC_RESPOND = "Which gas do plants absorb?\nA. Oxygen\nB. Carbon dioxide\nC. Helium\nRespond with the letter."
Q_UNIT = ("A snail climbs 18 inches an hour up a wall. How far does it climb in 4 hours, in feet?")
Q_PCT = ("A bag has 5 red and 15 blue marbles. What is the chance of drawing red, expressed as a "
         "percentage?")
Q_YESNO = "If every glim is a trop and no trop is a vask, can a glim be a vask? Answer yes or no."
Q_NO_FORM = "Which planet has the most moons?\n(A) Mars\n(B) Saturn\n(C) Venus\n(D) Mercury"


# ------------------------------------------------------------------ the answer form told again
@pytest.mark.parametrize("sentence, query", [
    ("Output just the letter.", Q_MC_LETTER),
    ("Letter only.", Q_MC_LETTER),
    ("Just the letter.", Q_MC_RESPOND),
    ("The answer needs to be in feet.", Q_UNIT),
    ("Final answer in feet.", Q_UNIT),
    ("The answer should be expressed as a percentage.", Q_PCT),
    ("Need a yes or no.", Q_YESNO),
])
def test_answer_form_restated(sentence, query):
    assert restates_answer_form(sentence, query)


@pytest.mark.parametrize("sentence, query", [
    ("The letter is B.", Q_MC_LETTER),  # the answer
    ("Letter B.", Q_MC_LETTER),
    ("So that's 6 feet.", Q_UNIT),  # a result with a number of its own
    ("Convert inches to feet at the end.", Q_UNIT),  # a step
    ("Letter only?", Q_MC_LETTER),  # a question
    ("Letter only.", Q_NO_FORM),  # the query asks for no form
    ("Saturn has the most moons by far.", Q_MC_LETTER),  # content of its own
    ("Then answer in feet.", Q_UNIT),  # a move
])
def test_answer_form_guards(sentence, query):
    assert not restates_answer_form(sentence, query)


def test_query_answer_form():
    assert query_answer_form(Q_MC_LETTER) == {"letter"}
    assert "feet" in query_answer_form(Q_UNIT)
    assert query_answer_form(Q_NO_FORM) == set()


@pytest.mark.parametrize("trace, query, k", [
    # Kimi: options, then the format in two words
    ("Moons question. Options: (A) Mars, (B) Saturn, (C) Venus, (D) Mercury. Letter only.\n\n"
     "Saturn has well over a hundred known moons. So B.", Q_MC_LETTER,
     "Saturn has well over a hundred known moons."),
    ("Plants absorb which gas. Options: A. Oxygen, B. Carbon dioxide, C. Helium. Output just the "
     "letter.\n\nPhotosynthesis takes in CO2. B.", Q_MC_RESPOND, "Photosynthesis takes in CO2."),
    # QwQ: givens, then the unit asked
    ("Okay, let's see. The snail climbs 18 inches an hour. It climbs for 4 hours. The answer needs "
     "to be in feet. Hmm, so first the total in inches.", Q_UNIT,
     "Hmm, so first the total in inches."),
    # R1: the goal, then the form
    ("Okay, so I need to find how far the snail climbs in 4 hours. Final answer in feet. "
     "Eighteen inches times four is 72 inches.", Q_UNIT, "Eighteen inches times four is 72 inches."),
    # Qwen3: the percentage form after the goal
    ("Okay, let me see. I need the chance of drawing a red marble. The answer should be expressed "
     "as a percentage. There are 20 marbles in all.", Q_PCT, "There are 20 marbles in all."),
])
def test_answer_form_joins_c(trace, query, k):
    assert _k(trace, query) == k


@pytest.mark.parametrize("trace, query, k", [
    # the answer letter right after the options is K, not a restated form
    ("Moons question. Options: (A) Mars, (B) Saturn, (C) Venus, (D) Mercury. Letter B.\n\nDone.",
     Q_MC_LETTER, "Letter B."),
    # a result in the asked unit after the givens stays K
    ("Okay, so the snail climbs 18 inches an hour for 4 hours. So that's 6 feet. Let me check.",
     Q_UNIT, "So that's 6 feet."),
])
def test_answer_form_guards_whole_trace(trace, query, k):
    assert _k(trace, query) == k


# ------------------------------------------------------------------ the query's activity as subject
Q_FENCE = ("It takes Omar 3 hours to paint the fence and 2 hours to sand it first. He must finish "
           "by 6 pm. When must he start?")
Q_BREAD = ("To make bread, Lena needs 15 minutes to mix the dough, 90 minutes to let it rise and 40 "
           "minutes to bake it. How long does it take in all?")
Q_TRACK = "Ben can run 5 laps in 20 minutes and swim 2 laps in 10 minutes. How long for 10 laps of each?"
Q_JAM = "Sara peels 12 apples and chops them for jam. Cooking the jam takes 25 minutes. How long in all?"
Q_SHOP = "Mia adds 3 apples to a bowl of 7. How many apples are there?"


@pytest.mark.parametrize("sentence, query", [
    ("Painting the fence takes 3 hours, and sanding it takes 2 hours.", Q_FENCE),
    ("Sanding takes 2 hours and painting takes 3 hours.", Q_FENCE),
    ("Mixing the dough takes 15 minutes, and baking takes 40 minutes.", Q_BREAD),
    ("Running 5 laps takes him 20 minutes.", Q_TRACK),  # a doubled consonant undone
    ("Swimming 2 laps takes 10 minutes.", Q_TRACK),
    ("Peeling 12 apples comes before the jam.", Q_JAM),
])
def test_query_activity_is_given(sentence, query):
    assert restates_problem_given(sentence, query)


@pytest.mark.parametrize("sentence, query", [
    ("Adding 3 apples to 7 apples gives 10.", Q_SHOP),  # a step, though the query "adds"
    ("Adding the times takes 5 hours.", Q_FENCE),  # a step gerund
    ("Painting the fence takes 4 hours.", Q_FENCE),  # a number of its own
    ("Rounding the minutes, it takes about 2 hours.", Q_BREAD),  # a step gerund
    ("Cleaning the brushes takes 3 hours.", Q_FENCE),  # not the query's activity
    # the query's verb, but a judgement: no taking, needing, lasting or costing (held-out set 7)
    ("Paying off 24% debt is a guaranteed 24% return.",
     "I'm 25 and have $20k in credit card debt at 24% interest. I just got a $5k bonus. Should I pay the debt or invest it?"),
    ("Painting the fence is 3 hours of work, which is fine.", Q_FENCE),
])
def test_query_activity_guards(sentence, query):
    assert not restates_problem_given(sentence, query)


def test_query_activity_joins_c():
    trace = ("Alright, let me work out this fence problem. Omar must finish by 6 pm. Sanding takes "
             "2 hours and painting takes 3 hours. Three plus two is 5 hours, so he starts at 1 pm.")
    assert _k(trace, Q_FENCE) == "Three plus two is 5 hours, so he starts at 1 pm."


def test_step_gerund_stays_k():
    trace = ("Okay, so Mia has a bowl of 7 apples and adds 3. Adding 3 apples to 7 apples gives 10.")
    assert _k(trace, Q_SHOP) == "Adding 3 apples to 7 apples gives 10."
