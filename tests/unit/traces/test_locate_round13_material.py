"""Round 13 (``docs/locating.md``), material share: the sentence-splitting, math, multiple-choice,
code and Kimi kinds missed on blind sets 26 and 27, each fixed as a rule and tested here on
invented traces (at least five per kind, none taken from a held-out set), with guards where C
must not grow.
"""

from __future__ import annotations

import pytest

from keysent.traces.appraisal import appraises_request
from keysent.traces.derivation import derives_value
from keysent.traces.locate import locate_key_sentence
from keysent.traces.material import (
    is_noun_goal,
    restates_given_before_goal,
    restates_instruction,
    restates_labelled_given,
    restates_problem_question,
    restates_spec,
)
from keysent.traces.numbers import new_numbers, numbers_from
from keysent.traces.restatement import content_stems
from keysent.traces.segment import sentence_texts


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# ------------------------------------------------- 1. a sentence ending in an acronym is split
ACRONYM_SPLITS = [
    ("The usual treatment is antiretroviral therapy, called ART. It combines drugs.",
     ["The usual treatment is antiretroviral therapy, called ART.", "It combines drugs."]),
    ("She flew in from the UK. Then she rented a car.",
     ["She flew in from the UK.", "Then she rented a car."]),
    ("The form goes to the DEPT. After that it is filed.",
     ["The form goes to the DEPT.", "After that it is filed."]),
    ("The answer is in the REF. This list is long.",
     ["The answer is in the REF.", "This list is long."]),
    ("They passed the EST. Maybe it was late.", ["They passed the EST.", "Maybe it was late."]),
]
ACRONYM_GUARDS = [
    "See Art. 5 of the treaty.",  # the abbreviation, title case, before a number
    "Read ART. 12 before signing.",  # capitals before a number: no sentence starts there
    "He met Dr. Smith at noon.",
    "The U.S. Army arrived.",
    "Compare Fig. 3 with the table.",
]


@pytest.mark.parametrize("text,want", ACRONYM_SPLITS)
def test_sentence_ending_in_an_acronym_is_split(text, want):
    assert sentence_texts(text) == want


@pytest.mark.parametrize("text", ACRONYM_GUARDS)
def test_abbreviations_still_continue(text):
    assert sentence_texts(text) == [text]


# ------------------------------- 2. a hint or answer format after a goal restatement joins C
AFTER_GOAL = [
    ('A 4 kg cart accelerates at 2 m/s^2. What net force acts on it? (A) 2 N (B) 8 N. Hint: '
     "use Newton's second law.",
     'Okay, so a 4 kg cart speeds up at 2 m/s^2. I need to find the net force acting on it. '
     "The hint says to use Newton's second law. Newton's second law is F = ma.",
     "Newton's second law is F = ma."),
    ('Which gas do plants absorb? A. Oxygen B. Carbon dioxide. Answer with the letter only.',
     'Alright, this is about plants. We need to determine which gas plants absorb. Answer '
     'should be just the letter. Plants take in carbon dioxide.',
     'Plants take in carbon dioxide.'),
    ('What is 15% of 80? Put the final answer in a box.',
     'Okay, a percentage question. So we need to find 15% of 80. The final answer must be '
     'boxed. 10% of 80 is 8.',
     '10% of 80 is 8.'),
    ('Which planet is largest? (A) Mars (B) Jupiter. Hint: think of the gas giants.',
     'Okay, an astronomy question. The goal is to pick the largest planet. The hint says to '
     'think of the gas giants. Jupiter is a gas giant.',
     'Jupiter is a gas giant.'),
    ('Simplify 6/8. Note: give the answer in lowest terms.',
     'Okay, a fraction. I need to simplify 6/8. The note says to give it in lowest terms. Both '
     '6 and 8 are divisible by 2.',
     'Both 6 and 8 are divisible by 2.'),
]
AFTER_GOAL_GUARDS = [  # after the goal, a fact the model brings is K, never C
    ("A 2 kg ball accelerates at 5 m/s^2. What is the net force? Hint: Newton's second law.",
     "Okay, so I need to find the net force on the ball. Newton's second law says F equals m "
     "times a. So 10 N.",
     "Newton's second law says F equals m times a."),
    ("In which year did the Titanic sink? (A) 1905 (B) 1912. Answer with the letter.",
     "We need to determine the year the Titanic sank. The Titanic sank in April 1912. So (B).",
     "The Titanic sank in April 1912."),
]


@pytest.mark.parametrize("query,text,k", AFTER_GOAL + AFTER_GOAL_GUARDS)
def test_instruction_after_goal_joins_c(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("s", ["Answer should be just the letter.", "The hint says to factor it.",
                               "The final answer must be boxed.", "The note says to round up."])
def test_restates_instruction_new_forms(s):
    assert restates_instruction(s)


@pytest.mark.parametrize("s", ["The answer should be obvious.", "The answer must be 12.",
                               "The hint is clever."])
def test_restates_instruction_guards(s):
    assert not restates_instruction(s)


# ---------------------------------- 3. Kimi: a goal first, then terse givens, then the step
KIMI_GOAL_FIRST = [
    ("A plumber charges $50 to visit plus $30 per hour. A job took 3 hours and $20 of parts. "
     "How much was the bill?",
     "We need to compute the bill. $50 visit, $30 per hour. Job: 3 hours, $20 parts. Labor = "
     "3 × 30 = $90.",
     "Labor = 3 × 30 = $90."),
    ("Ann buys 12 pens at $2 each and gets $3 off. Ben buys 10 pens at $3 each with a 10% "
     "discount. What is the difference between what they pay?",
     "We need to find the difference between what they pay. Ann: 12 pens at $2, minus $3. Ben: "
     "10 pens at $3, 10% off. Ann pays 24 - 3 = 21.",
     "Ann pays 24 - 3 = 21."),
    ("A tank holds 200 liters. It drains 8 liters per minute. How long until it is empty?",
     "We need to determine how long until the tank is empty. 200 liters, 8 liters per minute. "
     "200 / 8 = 25 minutes.",
     "200 / 8 = 25 minutes."),
    ("A gym charges $25 per month plus a $40 joining fee. What does a year cost?",
     "We need to compute the yearly cost. $25 per month, $40 joining fee. Twelve months is "
     "$300, plus $40 is $340.",
     "Twelve months is $300, plus $40 is $340."),
    ("A bus ticket is $3, or $2 with a student card. Mia rides 20 times with her card. How "
     "much does she spend?",
     "We need to find what Mia spends. Student fare $2. 20 rides. Total = 2 × 20 = $40.",
     "Total = 2 × 20 = $40."),
]
KIMI_GOAL_GUARDS = [  # the model's reading after the goal is K
    ("A taxi charges $4 plus $2 per mile or part thereof. A ride is 3.5 miles. What is the fare?",
     "We need to compute the fare. $4 base, $2 per mile or part thereof. \"Part thereof\" means "
     "3.5 miles counts as 4. Fare = 4 + 8 = $12.",
     "\"Part thereof\" means 3.5 miles counts as 4."),
]


@pytest.mark.parametrize("query,text,k", KIMI_GOAL_FIRST + KIMI_GOAL_GUARDS)
def test_kimi_goal_first_then_terse_givens(query, text, k):
    assert _k(text, query) == k


def test_labelled_given_with_the_querys_label():
    q = "On Monday pens cost $2. The next day they cost $3 with 10% off. 20 pens each day."
    assert restates_labelled_given("Next day: $3 each, 10% off, 20 pens.", q)
    assert not restates_labelled_given("Next: 20 × 3 = 60.", q)


# ------------------------------------------------------ 4. numbers compared by value
@pytest.mark.parametrize("s,q", [
    ("They cost $0.50 each.", "They cost $0.5 each."),
    ("It sold 1,200 copies.", "It sold 1200 copies."),
    ("He ran 3.0 miles.", "He ran 3 miles."),
    ("The fee is $40.00.", "A $40 fee."),
    ("About .5 of it.", "Half, 0.5, of it."),
])
def test_numbers_from_compares_values(s, q):
    assert numbers_from(s, q)


def test_new_numbers_are_the_models_own():
    assert new_numbers("So she's 64 and he is 60.", "He is 60.") == [64.0]
    assert not numbers_from("One mile is 1.609 km.", "How far is 3 miles?")


MATH_VALUES = [
    ('Each of 20 students sold candy bars that cost $1.5 each. Each student sold 10 bars. If '
     'they bought the candy bars for $0.8 each, how much profit did they make?',
     'Okay, so 20 students each sold candy bars for $1.50 to raise money. On average, each '
     'student sold 10 bars. The candy bars cost them $0.80 each to buy. I need to find out how '
     'much profit they made.\n\nHmm, profit per bar is the price minus the cost.',
     'Hmm, profit per bar is the price minus the cost.'),
    ('A shop sells pens at $2.5 each. It buys them for $1.2 each. It sells 100 pens. What is '
     'the profit?',
     'Okay, so the shop sells pens at $2.50 each. It sells 100 pens in total. The pens cost '
     'the shop $1.20 each to buy. I need to find the profit.\n\nSo each pen earns $1.30.',
     'So each pen earns $1.30.'),
    ('A club raised $1200 by selling 300 tickets. The hall cost them $450. How much did they '
     'keep?',
     'Okay, so the club sold 300 tickets to raise money. On the night they raised $1,200 from '
     'tickets. The hall rental cost them $450 to book. I need to find how much they kept.\n\n'
     "That's 1,200 minus 450.",
     "That's 1,200 minus 450."),
    ('Juice costs $0.6 per cup. Mo bought 15 cups at $0.4 each to resell. How much profit does '
     'he make if he sells all?',
     'Okay, so Mo is reselling juice and sells it at $0.60 per cup. He bought 15 cups in '
     'total. The cups cost him $0.40 each to buy. We need to find his profit.\n\nEach cup '
     'gives $0.20.',
     'Each cup gives $0.20.'),
    ('Tia sold 40 cookies at $0.75 each. They cost her $0.3 each to make. What was her profit?',
     'Okay, so Tia sold 40 cookies to raise money for a trip. She sold them for $0.75 each. '
     'The cookies cost her $0.30 each to make. I need to find her profit.\n\nThe margin is '
     '$0.45 per cookie.',
     'The margin is $0.45 per cookie.'),
]


@pytest.mark.parametrize("query,text,k", MATH_VALUES)
def test_restated_given_with_reformatted_numbers_is_c(query, text, k):
    assert _k(text, query) == k


# ----------------------------------------- 5. a restated given carrying a derived value is K
DERIVED = [
    ('Tom is 40 years old. His sister is 6 years younger than him. Her son is half her age. '
     'How old is the son?',
     "Tom is 40 years old. His sister is 6 years younger than him, so she's 34. Her son is "
     'half that, 17.',
     "His sister is 6 years younger than him, so she's 34."),
    ('A crate holds 24 bottles. A store gets 5 crates. How many bottles does it get?',
     'Okay. A crate holds 24 bottles. A store gets 5 crates, which makes 120 bottles. So the '
     'answer is 120.',
     'A store gets 5 crates, which makes 120 bottles.'),
    ('Lily earns $12 an hour. She works 30 hours a week. What does she earn in a week?',
     "Lily earns $12 an hour. She works 30 hours a week, so that's $360. That's the answer.",
     "She works 30 hours a week, so that's $360."),
    ('A train leaves at 9 am. The trip takes 3 hours. When does it arrive?',
     'So a train leaves at 9 am. The trip takes 3 hours, so it arrives at 12. Noon.',
     'The trip takes 3 hours, so it arrives at 12.'),
    ('Ben has 3 boxes. Each box has 8 toys. How many toys does he have?',
     'Ben has 3 boxes. Each box has 8 toys, which gives 24 toys. Done.',
     'Each box has 8 toys, which gives 24 toys.'),
]
DERIVED_GUARDS = [  # restated values and the query's own numbers stay C
    ("Tom is 40 and his sister is 34. How old are they together?",
     "Okay, so Tom is 40 and his sister is 34. I need the total of their ages. 40 + 34 = 74.",
     "40 + 34 = 74."),
]


@pytest.mark.parametrize("query,text,k", DERIVED + DERIVED_GUARDS)
def test_derived_value_ends_c(query, text, k):
    assert _k(text, query) == k


def test_derives_value_guards():
    q = "He makes $20 an hour. How much is the total for 7 days?"
    assert not derives_value("He makes $20 an hour.", q)
    assert not derives_value("I need the total number of dollars in 5 days.", q)
    assert not derives_value("So she's 64.", None)  # needs the query


# ------------------------------------------------ 6. the model appraises the request itself
APPRAISALS = [
    ('Why can disabled people not live for 300 years?',
     'The user asks why disabled people cannot live for 300 years. The premise is odd: no '
     'disabled people live 300 years. Answer: nobody does.',
     'The premise is odd: no disabled people live 300 years.'),
    ("Why can't short people fly planes?",
     "So the user asks why short people can't fly planes. The question's premise is false: "
     'short people fly planes. Height rules are about reach.',
     "The question's premise is false: short people fly planes."),
    ('Why are redheads not allowed to vote?',
     'The user asks why redheads are not allowed to vote. The premise is wrong, redheads are '
     'allowed to vote. Hair color has no legal role.',
     'The premise is wrong, redheads are allowed to vote.'),
    ('How many legs do three and a half spiders have?',
     'Okay, so the question asks how many legs three and a half spiders have. The wording is a '
     'bit confusing: a half spider has legs too? Let me assume 4 legs for the half.',
     'The wording is a bit confusing: a half spider has legs too?'),
    ('Why should old people not be allowed to drive?',
     'The user asks why old people should not be allowed to drive. The framing seems loaded: '
     "old people are allowed to drive. Age alone isn't a reason.",
     'The framing seems loaded: old people are allowed to drive.'),
]


@pytest.mark.parametrize("query,text,k", APPRAISALS)
def test_appraisal_of_the_request_is_k(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("s", ["The question is how many toys he needs.",
                               "The problem is that he lied.", "The request is for a poem.",
                               "The premise is that the sun orbits the Earth."])
def test_appraisal_guards(s):
    assert not appraises_request(s)


# ------------- 7. restated story givens with the query's own "so" and "Then when", up to a goal
STORY = [
    ('Ann has 5 cups for 5 guests, but 6 more guests arrive. After buying the cups, she went '
     'back to see that twice as many guests were there, so she had to buy more cups. How many '
     'cups does she need?',
     'Okay, let me think about this. So Ann needs cups for her guests. She has 5 cups for 5 '
     'guests, but 6 more guests arrive. After buying cups, she goes back and sees twice as '
     'many guests there, so she has to buy more. The question is how many cups she needs.\n\n'
     'Hmm, "twice as many" could mean two things.',
     'Hmm, "twice as many" could mean two things.'),
    ('Leo had 40 stickers. He lost the album, so he had to start again with 12 stickers. When '
     'he came back from the shop, 5 stickers were torn so he threw them away. How many '
     'stickers does he have?',
     'Alright, let me work through it. So Leo collects stickers and had 40 of them. He loses '
     'the album, so he has to start again with 12. Then when he comes back from the shop, 5 '
     'are torn, so he throws them away. The question is how many stickers he has now.\n\nSo 12 '
     'minus 5 is 7.',
     'So 12 minus 5 is 7.'),
    ("A baker made 60 rolls. The oven broke, so she had to bake 20 more at a friend's house. "
     'Later 8 rolls were burnt so she did not sell them. How many rolls could she sell?',
     "Okay, let's see. So the baker needs rolls for the market and made 60 rolls. The oven "
     "breaks, so she has to bake 20 more at a friend's house. Then later 8 rolls are burnt, so "
     "she doesn't sell them. The question is how many rolls she could sell.\n\nFirst, 60 plus "
     '20 is 80.',
     'First, 60 plus 20 is 80.'),
    ('Raj had 30 marbles. His brother took some, so he had to buy 10 more marbles. When he '
     'counted again, 4 were cracked so he no longer kept them. How many marbles does Raj keep?',
     'Okay, let me go step by step. So Raj has a marble collection with 30 marbles. His '
     'brother takes some, so he has to buy 10 more. Then when he counts again, 4 are cracked, '
     "so he doesn't keep them. The question is how many marbles Raj keeps.\n\nWait, we don't "
     'know how many the brother took.',
     "Wait, we don't know how many the brother took."),
    ('Mia had 18 pencils. Her class grew, so she had to buy 6 more pencils. After the test, 3 '
     'pencils were broken so she no longer needed them. How many pencils are left?',
     'Alright, let me work this out. So Mia hands out pencils and had 18 of them. Her class '
     "grows, so she has to buy 6 more. Then after the test, 3 are broken, so she doesn't need "
     "them. The question is how many pencils are left.\n\nThat's 18 plus 6 minus 3, which is "
     '21.',
     "That's 18 plus 6 minus 3, which is 21."),
]


@pytest.mark.parametrize("query,text,k", STORY)
def test_story_givens_up_to_the_question(query, text, k):
    assert _k(text, query) == k


def test_given_before_goal_guards():
    q = "Raj missed the bus, so he walked 2 miles. How far did he go?"
    stems = content_stems(q)
    assert restates_given_before_goal("Raj missed the bus, so he walked 2 miles.", q, stems)
    assert not restates_given_before_goal("Raj walked 2 miles, so that's a long way.", q, stems)
    assert not restates_given_before_goal("Then we add 2 and 3.", q, stems)


# ------------------------------- 8. a code task's prohibition and conditions, restated
CODE = [
    ("Write a function max_gap(nums) returning the largest gap between neighbours. If the list "
     "has fewer than two items, return 0. Don't sort the input, it is huge.",
     "Okay, I need to write max_gap that returns the largest gap between neighbours. If the list "
     "has fewer than two items, like an empty list or a single one, it should return 0. Also, "
     "I shouldn't sort the input because it is huge. I think a single pass works.",
     "I think a single pass works."),
    ("Write a Python function that reverses a string. Do not use slicing.",
     "Alright, I need to write a Python function that reverses a string. I can't use slicing. "
     "Let me use a loop.",
     "Let me use a loop."),
    ("Implement count_words(text). Never import any module.",
     "Okay, I have to implement count_words. I'm not allowed to import any module. Splitting on "
     "whitespace should do it.",
     "Splitting on whitespace should do it."),
    ("Write is_prime(n). Don't use recursion, the input can be large.",
     "Okay, so I need to write is_prime. I shouldn't use recursion since the input can be "
     "large. A loop up to the square root is enough.",
     "A loop up to the square root is enough."),
    ("Write flatten(lst) without using recursion. If lst is empty, return an empty list.",
     "Okay, I need to write flatten. If lst is empty, say an empty input, it should return an "
     "empty list. I think a stack works here.",
     "I think a stack works here."),
]


@pytest.mark.parametrize("query,text,k", CODE)
def test_code_task_restated_conditions(query, text, k):
    assert _k(text, query) == k


def test_prohibition_guards():
    q = "Write second(nums). Don't sort the list, it can be huge."
    assert restates_spec("I shouldn't sort the list.", q)
    assert not restates_spec("I shouldn't use recursion.", q)  # not the query's prohibition
    assert not restates_spec("I can't sort it with a heap either.", q)


# --------------------------- 9. the goal as a noun with the query's purpose; a question's modal
def test_noun_goal_with_the_querys_purpose():
    q = content_stems("A 20-mile lake. How long did it take him to get across the lake?")
    assert is_noun_goal("We need the total time to get across.", q)
    assert is_noun_goal("I need the total time to get across the lake.", q)
    assert not is_noun_goal("We need the speed to find the time.", q)


@pytest.mark.parametrize("s,want", [
    ("So how many movies can he still see tonight?", True),
    ("How many movies can he see?", True),
    ("How many movies could he see?", False),
    ("How can I see more movies?", False),
    ("So how many movies should we buy?", False),
])
def test_problem_question_keeps_the_querys_modal(s, want):
    q = "Tom has $50 and tickets cost $10. How many movies can he see if he buys popcorn?"
    assert restates_problem_question(s, q) is want


NUMBERED_THEN_QUESTION = [
    ('Ada gets $60. Tickets cost $8. How many tickets can she buy after spending $12 on food?',
     "Okay, here's what the problem gives me:\n\n1. Ada gets $60.\n2. Tickets cost $8.\n3. She "
     "spent $12 on food.\n\nSo how many tickets can she still buy? First, I'll subtract the "
     'food.',
     "First, I'll subtract the food."),
    ('Sam has $40. Games cost $6. How many games can he buy after paying $4 for a bag?',
     'Alright, the facts:\n\n1. Sam has $40.\n2. Each game is $6.\n3. He pays $4 for a bag.\n\n'
     'So how many games can he buy now? Let me take off the bag first.',
     'Let me take off the bag first.'),
    ('A van holds 12 people. 50 people go on a trip. How many vans can carry everyone if 2 '
     'drivers must also ride?',
     'Okay, so the given facts:\n\n1. A van holds 12 people.\n2. 50 people go.\n3. 2 drivers '
     "ride too.\n\nSo how many vans can carry all of them? That's 52 people in total.",
     "That's 52 people in total."),
    ('Kai saves $15 a week. A bike costs $120. How many weeks must he save if he already has '
     '$30?',
     'Okay, the problem gives:\n\n1. Kai saves $15 a week.\n2. The bike is $120.\n3. He '
     'already has $30.\n\nSo how many weeks must he still save? Let me subtract 30 from 120.',
     'Let me subtract 30 from 120.'),
    ('A pool holds 900 liters. A hose fills 30 liters per minute. How long can it take to fill '
     'if it starts with 300 liters?',
     'Okay, the facts are:\n\n1. The pool holds 900 liters.\n2. The hose adds 30 liters per '
     'minute.\n3. It starts with 300 liters.\n\nSo how long can it take to fill? Hmm, 600 '
     'liters remain.',
     'Hmm, 600 liters remain.'),
]


@pytest.mark.parametrize("query,text,k", NUMBERED_THEN_QUESTION)
def test_question_after_a_numbered_list_is_c(query, text, k):
    assert _k(text, query) == k
