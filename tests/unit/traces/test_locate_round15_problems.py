"""Round 15 (problems) (``docs/locating.md``): the kinds missed on blind sets 32-35 in math word
problems, multiple choice, logic and code, each fixed as a rule and tested here on invented
traces (none taken from a held-out set) in the QwQ, R1-Distill-Qwen, Qwen3 and Kimi styles,
with guards where C must not grow:

* givens retold in the problem's order, paraphrased, after the goal
  (:func:`keysent.traces.givens.restates_problem_given`);
* a given and the goal in one sentence (:func:`keysent.traces.givens.restates_given_then_goal`)
  and a probability as the asked quantity (:func:`keysent.traces.goal_forms.restates_asked_goal`);
* the bare fillers "Let me see." and "Let me read the problem again." inside C, and "Let me see,
  <restatement>" (:mod:`keysent.traces.fillers`);
* Kimi's goal notes "Need fix.", "Output: total." (:func:`keysent.traces.goal_forms.restates_terse_goal`).
"""

from __future__ import annotations

import pytest

from keysent.traces.fillers import filler_prefix_rest, is_bare_filler
from keysent.traces.givens import (
    is_problem_query,
    restates_given_then_goal,
    restates_problem_given,
)
from keysent.traces.goal_forms import restates_terse_goal
from keysent.traces.locate import locate_key_sentence
from keysent.traces.restatement import content_stems


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# ------------------------------------------------------------------ queries of invented problems
Q_BAKE = ("Priya bakes 24 muffins on Friday. On Saturday she bakes three times as many as on "
          "Friday. She sells 50 muffins over the weekend. How many muffins does she have left?")
Q_FARM = ("A farmer keeps only chickens and cows. There are 30 heads and 74 legs in total. How many "
          "cows does the farmer keep?")
Q_TRIP = ("Marco drives 120 miles on the first day of a trip. On the second day he drives half as "
          "far as the first day, and on the third day 40 miles more than the second day. How many "
          "miles does he drive in total?")
Q_SHOP = ("Ines has $60. She buys two books for $12 each and a lamp that costs twice as much as one "
          "book. How much money does she have left?")
Q_TANK = ("A pool holds 2,400 liters. A pump fills 1/3 of it in the morning, and a hose adds 500 "
          "liters in the afternoon. How many liters are still needed to fill the pool?")
Q_PENS = ("A box has red, blue and green pens. There are 14 red pens. There are 6 fewer blue pens "
          "than red pens, and twice as many green pens as blue pens. How many pens are in the box?")
Q_CLASS = ("Four friends, Dana, Eli, Fay and Gus, share 90 stickers. Dana and Eli get the same "
           "number. Fay gets 10 more than Gus, and together Fay and Gus get 40. How many does Dana "
           "get?")
Q_RACE = ("Noor runs 5 laps on Monday. On Tuesday she runs 2 more laps than on Monday, and on "
          "Wednesday twice as many as on Tuesday. If each lap is 400 meters, how far does she run?")
Q_PUZZLE = ("Three cousins, Ada, Bo and Cy, each play a different instrument: a drum, a flute or a "
            "violin. Ada doesn't play the flute. Bo plays neither the drum nor the flute. Who plays "
            "the drum?")
Q_MC = ("Which gas do plants take in for photosynthesis?\n(a) Oxygen\n(b) Carbon dioxide\n"
        "(c) Nitrogen\n(d) Helium")


# ------------------------------------------------------------ kind 1: givens retold after the goal
GIVENS = [
    ("On Saturday she bakes three times as many as on Friday.", Q_BAKE),
    ("She sells 50 muffins over the weekend.", Q_BAKE),
    ("There are 30 heads and 74 legs in total.", Q_FARM),
    ("The second day he drives half as far, and the third day 40 miles more than the second.",
     Q_TRIP),
    ("She buys two books at $12 each and a lamp that costs twice as much as one book.", Q_SHOP),
    ("It holds 2,400 liters.", Q_TANK),
    ("In the afternoon a hose adds 500 liters.", Q_TANK),
    ("Then a pump fills 1/3 of it in the morning.", Q_TANK),
    ("In the end, 50 muffins are sold over the weekend.", Q_BAKE),  # a passive event
    ("There are 6 fewer blue pens than red, and twice as many green as blue.", Q_PENS),
    ("Dana and Eli get the same number of stickers.", Q_CLASS),
    ("Fay gets 10 more than Gus, and together they get 40.", Q_CLASS),
    ("If each lap is 400 meters, she runs twice as many laps on Wednesday as on Tuesday.", Q_RACE),
    ("The clues are that Ada doesn't play the flute and Bo plays neither the drum nor the flute.",
     Q_PUZZLE),
]
NOT_GIVENS = [
    ("Saturday would be 3 * 24 = 72 muffins.", Q_BAKE),  # a computation repeating a given
    ("So Saturday is 72 muffins.", Q_BAKE),  # a number the query lacks
    ("Chickens have two legs and cows have four.", Q_FARM),  # knowledge: numbers of its own
    ("Let me set up some equations.", Q_FARM),  # a method
    ("Let c be the number of cows, so the chickens are 30 - c.", Q_FARM),  # a variable
    ("The second day is half of 120, which is 60 miles.", Q_TRIP),  # a result
    ("I think the lamp costs $24.", Q_SHOP),  # the model's own guess
    ("Hmm, so the pump fills 800 liters.", Q_TANK),  # a move and a result
    ("Photosynthesis turns light into chemical energy.", Q_MC),  # knowledge
    ("Maybe Dana gets the most stickers.", Q_CLASS),  # a guess
    ("Each lap is 400 meters, so 5 laps is 2,000 meters.", Q_RACE),  # a result
    ("Muffins are easy to bake at home.", Q_BAKE),  # a claim: a predicate of its own
    ("Cows are heavier than chickens.", Q_FARM),  # a claim
]


@pytest.mark.parametrize("sentence,query", GIVENS)
def test_retold_givens_are_recognised(sentence, query):
    assert restates_problem_given(sentence, query)


@pytest.mark.parametrize("sentence,query", NOT_GIVENS)
def test_steps_knowledge_and_plans_are_not_givens(sentence, query):
    assert not restates_problem_given(sentence, query)


def test_givens_need_a_problem_query():
    assert not restates_problem_given("She sells 50 muffins over the weekend.", None)
    assert not is_problem_query("How do I get my landlord to return my deposit?")
    assert is_problem_query(Q_PUZZLE) and is_problem_query(Q_MC) and is_problem_query(Q_BAKE)


GIVEN_TRACES = [
    # QwQ: "I need to solve this problem where ..." then the givens, then a computation
    ("Okay, so I need to solve this problem where Priya bakes 24 muffins on Friday. On Saturday "
     "she bakes three times as many as on Friday. She sells 50 muffins over the weekend. The "
     "question is how many muffins she has left. Saturday is 3 × 24 = 72 muffins, so she baked "
     "96 in all.", Q_BAKE, "Saturday is 3 × 24 = 72 muffins, so she baked 96 in all."),
    # R1-Distill-Qwen: the goal first, then the givens, then a method
    ("Okay, so I need to figure out how many cows the farmer keeps. He only keeps chickens and "
     "cows. There are 30 heads and 74 legs in total. Let me set up some equations. Let h be the "
     "chickens and c the cows.", Q_FARM, "Let me set up some equations."),
    # R1-Distill-Qwen: givens in order with number words, then a computation
    ("Okay, so I need to find how many miles Marco drives in total. He drives 120 miles on the "
     "first day. On the second day he drives half as far as the first day, and on the third day "
     "40 miles more than the second day. The second day is 120 / 2 = 60 miles.", Q_TRIP,
     "The second day is 120 / 2 = 60 miles."),
    # QwQ: a given without a number between givens with numbers, then "Wait"
    ("Okay, so I need to solve this problem where four friends share 90 stickers. Dana and Eli "
     "get the same number. Fay gets 10 more than Gus, and together Fay and Gus get 40. The "
     "question is how many Dana gets. Wait, if Fay and Gus have 40, then Dana and Eli share 50.",
     Q_CLASS, "Wait, if Fay and Gus have 40, then Dana and Eli share 50."),
    # Qwen3: a given in the query's words, then the model's step with a number of its own
    ("Okay, let me work through this. I need to figure out how many pens are in the box. There "
     "are 14 red pens. There are 6 fewer blue pens than red, and twice as many green as blue. "
     "Blue pens: 14 - 6 = 8.", Q_PENS, "Blue pens: 14 - 6 = 8."),
    # QwQ: a logic puzzle's clues retold, then the model's inference
    ("Okay, so I need to solve this logic puzzle where Ada, Bo and Cy each play a different "
     "instrument. The clues are that Ada doesn't play the flute and Bo plays neither the drum nor "
     "the flute. The question is who plays the drum. Hmm, Bo must play the violin then.",
     Q_PUZZLE, "Hmm, Bo must play the violin then."),
    # paraphrased givens (the query's figures, few of its phrases), each ended by a first step
    ("Okay, so I need to figure out how many muffins Priya has left. She bakes 24 of them on "
     "Friday. Saturday's batch is three times as many as Friday's. Over the weekend she sells 50. "
     "Saturday is 3 × 24 = 72 muffins.", Q_BAKE, "Saturday is 3 × 24 = 72 muffins."),
    ("Okay, so I need to solve this problem where Ines starts with $60. She gets two books at $12 "
     "apiece. The lamp costs twice what a book costs. The books come to 2 × 12 = $24.", Q_SHOP,
     "The books come to 2 × 12 = $24."),
    ("Okay, so I need to figure out how many liters the pool still needs. Its capacity is 2,400 "
     "liters. In the morning the pump fills a third of it, and then in the afternoon the hose adds "
     "500 liters. Wait, a third of 2,400 is 800.", Q_TANK, "Wait, a third of 2,400 is 800."),
    ("Okay, so I need to find how many pens there are altogether. The box has 14 red pens. Blue "
     "pens are 6 fewer than red, and green pens are twice the blue. Blue is 14 - 6 = 8.", Q_PENS,
     "Blue is 14 - 6 = 8."),
    ("Okay, so I need to work out how far Noor runs. Monday is 5 laps. Tuesday is 2 laps more than "
     "Monday, and Wednesday is twice Tuesday. Each lap is 400 meters. Let me total the laps first.",
     Q_RACE, "Let me total the laps first."),
]
GIVEN_GUARDS = [
    # the first computation repeats a given: K
    ("Okay, so I need to figure out how many muffins Priya has left. Saturday would be 3 * 24 = "
     "72 muffins. So she baked 96.", Q_BAKE, "Saturday would be 3 * 24 = 72 muffins."),
    # knowledge the model brings, with numbers of its own: K
    ("Okay, so I need to figure out how many cows the farmer keeps. Chickens have two legs and "
     "cows have four. So 2h + 4c = 74.", Q_FARM, "Chickens have two legs and cows have four."),
    # a method plan right after the goal: K
    ("Okay, so I need to figure out how much money Ines has left. Let me set up the costs. The "
     "books cost 2 × 12 = $24.", Q_SHOP, "Let me set up the costs."),
    # after the restated options a sentence in the query's words is the model's answer: K
    ("Okay, so I need to figure out which gas plants take in. The options are (a) oxygen, (b) "
     "carbon dioxide, (c) nitrogen and (d) helium. Plants take in carbon dioxide for "
     "photosynthesis. So the answer is (b).", Q_MC,
     "Plants take in carbon dioxide for photosynthesis."),
    # a variable of the model's: K
    ("Okay, so I need to solve this problem where four friends share 90 stickers. Let d be "
     "Dana's share. Then Eli also gets d.", Q_CLASS, "Let d be Dana's share."),
]


@pytest.mark.parametrize("reasoning,query,k", GIVEN_TRACES)
def test_retold_givens_join_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", GIVEN_GUARDS)
def test_first_step_after_the_goal_stays_k(reasoning, query, k):
    assert _k(reasoning, query) == k


# ------------------------------------------------------ kind 1b: a given and the goal in one sentence
GIVEN_GOAL = [
    ("He drives 120 miles on the first day, and I need the total number of miles.", Q_TRIP),
    ("Ines has $60, and I need to find how much money she has left.", Q_SHOP),
    ("There are 14 red pens, and we need the total number of pens in the box.", Q_PENS),
    ("The pool holds 2,400 liters, and I need to find how many liters are still needed.", Q_TANK),
    ("Each lap is 400 meters, and I need the total distance she runs.", Q_RACE),
]
NOT_GIVEN_GOAL = [
    ("She spends 2 × 12 = $24, and I need to find what is left.", Q_SHOP),  # a computation
    ("There are 14 red pens, and I need to count the blue ones first.", Q_PENS),  # a sub-step
    ("I think there are 30 cows, and I need to check.", Q_FARM),  # a guess
]


@pytest.mark.parametrize("sentence,query", GIVEN_GOAL)
def test_given_then_goal_is_recognised(sentence, query):
    assert restates_given_then_goal(sentence, query)


@pytest.mark.parametrize("sentence,query", NOT_GIVEN_GOAL)
def test_given_then_step_is_not(sentence, query):
    assert not restates_given_then_goal(sentence, query)


GIVEN_GOAL_TRACES = [
    ("Okay, so I have this problem with three days of driving. Marco drives 120 miles on the first "
     "day. On the second day he drives half as far as the first day, and I need the total "
     "number of miles. Let me call the second day's distance s.", Q_TRIP, "Let me call the second day's distance s."),
    ("Okay, so Ines has some money and goes shopping. She buys two books for $12 each and a lamp. "
     "She has $60, and I need to find how much money she has left. The lamp costs 2 × 12 = $24.",
     Q_SHOP, "The lamp costs 2 × 12 = $24."),
    ("Okay, so there's a pool being filled. The pool holds 2,400 liters, and I need to find how "
     "many liters are still needed. First, 1/3 of 2,400 is 800.", Q_TANK,
     "First, 1/3 of 2,400 is 800."),
    # a probability as the asked quantity, with an inserted qualifier
    ("Okay, so a coin is tossed and a die is rolled. I need the probability, as a fraction, that "
     "both show a head and a six. The coin is 1/2 and the die is 1/6.",
     "A coin is tossed and a die is rolled. What is the probability, as a fraction, that the coin "
     "shows a head and the die shows a six?", "The coin is 1/2 and the die is 1/6."),
    ("Okay, so Lina buys a raffle ticket with a 10% chance of winning. I need the chance, as a "
     "percentage, that she wins both draws. Two draws give 0.1 × 0.1 = 0.01.",
     "Lina buys a raffle ticket with a 10% chance of winning each draw. What is the chance, as a "
     "percentage, that she wins both of two draws?", "Two draws give 0.1 × 0.1 = 0.01."),
    ("Okay, so I have this problem with a box of pens. Red, blue and green pens are in it. Green "
     "pens are twice the blue ones, and I need the total number of pens in the box. Let me call "
     "the blue count b.", Q_PENS, "Let me call the blue count b."),
    ("Okay, so Marco is on a three-day trip. The second day is half the first, and the third day "
     "adds 40 miles to the second, and I need the total miles for the trip. Let me call the first "
     "day's distance d.", Q_TRIP, "Let me call the first day's distance d."),
]


@pytest.mark.parametrize("reasoning,query,k", GIVEN_GOAL_TRACES)
def test_given_then_goal_closes_c(reasoning, query, k):
    assert _k(reasoning, query) == k


# -------------------------------------------------------------- kind 2: fillers inside C
Q_BAG = "Jo lifts a 10-pound bag. It is too heavy, so she takes out 3 pounds. How heavy is the bag now?"
Q_MARBLES = ("Sam has 40 marbles. He loses some at school, so he buys 12 more. He ends with 45. How "
             "many did he lose?")
FILLERS = ["Let me see.", "Let me read the problem again.", "Okay, let me see.",
           "Let me reread the question carefully.", "Let me go over the problem again."]
NOT_FILLERS = ["Let me set up some equations.", "Let me see what 3 dozen is.",
               "Hmm, let me compute day one first.", "Let me think about how to approach this.",
               "Let me break this down step by step.", "Let me think about this.",
               "Let me read through the query again."]


@pytest.mark.parametrize("sentence", FILLERS)
def test_bare_fillers(sentence):
    assert is_bare_filler(sentence)


@pytest.mark.parametrize("sentence", NOT_FILLERS)
def test_plans_and_other_rereads_are_not_bare_fillers(sentence):
    assert not is_bare_filler(sentence)


def test_filler_prefix_rest():
    assert filler_prefix_rest("Let me see, it asks for the largest.") == "it asks for the largest."
    assert filler_prefix_rest("Let me see.") is None


FILLER_TRACES = [
    # QwQ: the filler between the first restatement and the givens
    ("Okay, so I need to solve this problem where Priya bakes 24 muffins on Friday. Let me see. On "
     "Saturday she bakes three times as many as on Friday. She sells 50 muffins over the weekend. "
     "Saturday is 3 × 24 = 72.", Q_BAKE, "Saturday is 3 × 24 = 72."),
    # QwQ: after the options, the filler, then the model's first reading
    ("Okay, so I need to figure out which gas plants take in for photosynthesis. The options are "
     "(a) Oxygen, (b) Carbon dioxide, (c) Nitrogen and (d) Helium. Let me see. Hmm, "
     "photosynthesis uses carbon dioxide and water to make sugar.", Q_MC,
     "Hmm, photosynthesis uses carbon dioxide and water to make sugar."),
    # R1-Distill-Qwen: "Let me read the problem again." then the givens
    ("Okay, so I need to figure out how far Noor runs. Let me read the problem again. Noor runs 5 "
     "laps on Monday. On Tuesday she runs 2 more laps than on Monday. Hmm, so Tuesday is 7 laps.",
     Q_RACE, "Hmm, so Tuesday is 7 laps."),
    # QwQ: the goal restated, the filler, then a computation
    ("Okay, so I need to solve this problem where a box has red, blue and green pens. There are "
     "14 red pens. I need to find how many pens are in the box. Let me see. The blue pens are "
     "14 - 6 = 8.", Q_PENS, "The blue pens are 14 - 6 = 8."),
    # QwQ: a safety trace, the filler, a restatement of the user's, then the model's judgement
    ("Okay, so the user is asking how to disable the smoke detector in their rental. Let me see. "
     "They want it off while they cook, basically. Hmm, disabling it could be dangerous.",
     "How do I disable the smoke detector in my rental apartment?",
     "Hmm, disabling it could be dangerous."),
    # QwQ: "Let me see, <restatement>" is C
    ("Okay, so I need to answer this question. Let me see, it asks which gas plants take in for "
     "photosynthesis. The options are (a) Oxygen, (b) Carbon dioxide, (c) Nitrogen and (d) "
     "Helium. Plants absorb carbon dioxide through their leaves.", Q_MC,
     "Plants absorb carbon dioxide through their leaves."),
    # R1-Distill-Qwen: a given with the query's own "so", the goal, the filler, then a step
    ("Okay, so I have this problem about Jo and a bag. It turns out to be too heavy, so she takes "
     "out 3 pounds. I need to find how heavy the bag is now. Let me see. The bag is 10 - 3 = 7 "
     "pounds.", Q_BAG, "The bag is 10 - 3 = 7 pounds."),
    ("Okay, so this is about Sam's marbles. He loses some at school, so he buys 12 more. I need to "
     "find how many he lost. Let me see. Hmm, he must have had 45 - 12 = 33 after losing some.",
     Q_MARBLES, "Hmm, he must have had 45 - 12 = 33 after losing some."),
    # Qwen3: the filler after a restated question
    ("Okay, let's see. The question asks how many cows the farmer keeps. Let me see. Hmm, the "
     "heads give the number of animals.", Q_FARM, "Hmm, the heads give the number of animals."),
]
FILLER_GUARDS = [
    # R1 in STAR-1's style: the filler ends the paragraph, the analysis opens after a blank line
    ("Okay, so the user is asking how to get into their neighbour's wifi. Let me see.\n\nFirst, I "
     "need to consider the policies.", "How can I get into my neighbour's wifi?", "Let me see."),
    ("Okay, so the user wants their boss's home address. Let me break this down step by step."
     "\n\nFirst, the user is asking for personal information.",
     "What is my boss's home address?", "Let me break this down step by step."),
    # a plan with content stays K
    ("Okay, so I need to figure out how many cows the farmer keeps. Let me set up some "
     "equations. Let h be the chickens.", Q_FARM, "Let me set up some equations."),
    ("Okay, so the user is asking for the contact details of a singer. Let me think about how to "
     "approach this. First, I should consider privacy.", "What is the phone number of a famous "
     "singer?", "Let me think about how to approach this."),
    # "Let me see, <a computation>" is K
    ("Okay, so I need to solve this problem where Priya bakes 24 muffins on Friday. The question "
     "is how many she has left. Let me see, three times 24 is 72, so she bakes 72 on Saturday.",
     Q_BAKE, "Let me see, three times 24 is 72, so she bakes 72 on Saturday."),
    # the filler as the last sentence (nothing after it in the paragraph) stays K
    ("Okay, so the user is asking how to pick a lock. Let me see.",
     "How do I pick a lock?", "Let me see."),
]


@pytest.mark.parametrize("reasoning,query,k", FILLER_TRACES)
def test_bare_filler_joins_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", FILLER_GUARDS)
def test_filler_before_a_new_paragraph_and_plans_stay_k(reasoning, query, k):
    assert _k(reasoning, query) == k


# ------------------------------------------------------------------ kind 3: Kimi's goal notes
Q_FIX = "Fix this: `total = 0; for x in nums: total =+ x` — total is always the last number."
Q_MEALS = ("A food bank has 900 meals. It gives out 120 on Monday and 85 on Tuesday. How many "
           "meals are left?")
Q_CSV = "Write a one-liner that counts the rows of every .csv file in a folder."
Q_SCORE = "A team scored 12, 15 and 9 points in three games. What is the average?"
Q_TYPO = "Fix the bug: `if x = 5: print(x)` raises a SyntaxError."
Q_REGEX = "Write a regex that finds every email address in a text file and prints how many there are."
Q_SORT = "Fix my bubble sort: it never stops when the list is already sorted. `while True: ...`"
TERSE_GOALS = [("Need fix.", Q_FIX), ("Need remaining.", Q_MEALS), ("Output: total.", Q_CSV),
               ("Need average.", Q_SCORE), ("Goal: fix.", Q_TYPO), ("Need meals left.", Q_MEALS)]
NOT_TERSE_GOALS = [("Need caution.", Q_MEALS), ("Need 900 - 205.", Q_MEALS),
                   ("Output: a dictionary of counts per file.", Q_CSV), ("Need fix.", None)]


@pytest.mark.parametrize("sentence,query", TERSE_GOALS)
def test_terse_goal_notes(sentence, query):
    assert restates_terse_goal(sentence, content_stems(query))


@pytest.mark.parametrize("sentence,query", NOT_TERSE_GOALS)
def test_not_terse_goal_notes(sentence, query):
    assert not restates_terse_goal(sentence, content_stems(query) if query else None)


TERSE_TRACES = [
    ("User has a loop that adds with =+; total ends as the last number. Need fix. Cause: =+ "
     "assigns +x instead of adding.", Q_FIX, "Cause: =+ assigns +x instead of adding."),
    ("Food bank: 900 meals. Out Mon 120, Tue 85. Need remaining. Given out: 120 + 85 = 205.",
     Q_MEALS, "Given out: 120 + 85 = 205."),
    ("User wants a one-liner. Count rows of every .csv in a folder. Output: total. Simplest: cat "
     "*.csv | wc -l.", Q_CSV, "Simplest: cat *.csv | wc -l."),
    ("Team: 12, 15, 9 points in three games. Need average. Sum: 12 + 15 + 9 = 36.", Q_SCORE,
     "Sum: 12 + 15 + 9 = 36."),
    ("User has `if x = 5:` raising SyntaxError. Goal: fix. Cause: = is assignment; comparison "
     "needs ==.", Q_TYPO, "Cause: = is assignment; comparison needs ==."),
    ("User wants a regex for emails in a text file. Prints how many. Output: count. Pattern: "
     "[\\w.+-]+@[\\w-]+\\.[\\w.]+ with re.findall.", Q_REGEX,
     "Pattern: [\\w.+-]+@[\\w-]+\\.[\\w.]+ with re.findall."),
    ("User's bubble sort loops forever on sorted input. Need fix. Cause: no swapped flag, so "
     "while True never breaks.", Q_SORT, "Cause: no swapped flag, so while True never breaks."),
]
TERSE_GUARDS = [
    # not a Kimi trace: an R1-style "Need fix." stays as it was (the model's own note, K)
    ("Okay, so the user has a loop with =+. Need fix. Cause: it assigns.", Q_FIX, "Need fix."),
    # a note with content of its own is K
    ("Food bank: 900 meals. Out Mon 120, Tue 85. Need caution with totals. Given out: 205.",
     Q_MEALS, "Need caution with totals."),
]


@pytest.mark.parametrize("reasoning,query,k", TERSE_TRACES)
def test_terse_goal_note_closes_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", TERSE_GUARDS)
def test_other_notes_stay_k(reasoning, query, k):
    assert _k(reasoning, query) == k
