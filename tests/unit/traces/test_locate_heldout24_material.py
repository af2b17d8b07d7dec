"""Round 12 (``docs/locating.md``): the math, multiple-choice, code and Kimi-terse kinds missed on
the first measurement of held-out sets 24 and 25, each fixed as a rule in
:mod:`keysent.traces.material` and tested here on invented traces (at least five per kind, none
taken from a held-out set), with guards where C must not grow.
"""

from __future__ import annotations

import pytest

from keysent.traces.locate import locate_key_sentence
from keysent.traces.material import (
    is_fragment,
    is_noun_goal,
    proposes_own_options,
    restates_instruction,
    restates_labelled_given,
    restates_problem_question,
    restates_spec,
    restates_terse_given,
    starts_option_run,
)
from keysent.traces.restatement import content_stems


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# --------------------------------------------------------------- 1. a goal as a noun phrase
NOUN_GOALS = [
    ("A bakery sells 30 muffins at $2 and 12 cakes at $15. What is the total revenue?",
     "Okay, so the bakery sells 30 muffins at $2 and 12 cakes at $15. We need the total revenue. "
     "30 times 2 is 60.",
     "30 times 2 is 60."),
    ("A tank holds 80 liters and leaks 3 liters per hour. How long until it is empty?",
     "Alright, the tank has 80 liters and loses 3 liters every hour. I need the time until empty. "
     "80 divided by 3 is about 26.7 hours.",
     "80 divided by 3 is about 26.7 hours."),
    ("Sam is 4 years older than Ana, who is 9. What is the sum of their ages?",
     "Okay, let's see. Sam is 4 years older than Ana, and Ana is 9.\n\nWe need the sum of their "
     "ages.\n\nSam is 13.",
     "Sam is 13."),
    ("A rectangle is 7 cm by 5 cm. Find its perimeter.",
     "So the rectangle is 7 by 5 centimeters. We want the perimeter. Two times 7 plus two times "
     "5 gives 24.",
     "Two times 7 plus two times 5 gives 24."),
    ("Lena buys 6 notebooks for $3 each and pays with a $50 bill. How much change does she get?",
     "Hmm, so Lena buys 6 notebooks at $3 each and pays with $50. I just need the change she "
     "gets. The notebooks cost 18.",
     "The notebooks cost 18."),
    ("A bag has 4 red and 6 blue marbles. What is the probability of drawing a red one?",
     "Okay, so there are 4 red and 6 blue marbles in the bag. We need the probability of red. "
     "There are 10 marbles in all.",
     "There are 10 marbles in all."),
]


@pytest.mark.parametrize("query,text,k", NOUN_GOALS)
def test_noun_goal_closes_c(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("sentence", [
    "We need the formula for the area.",       # a method
    "We need the volume first.",               # a sub-step
    "We need the area to get the cost.",       # a plan
    "I need the user's age.",                  # the model's own need
    "We need the total, so add them.",         # a step after a comma
    "I need the best way to respond.",         # no quantity
])
def test_noun_goal_guards(sentence):
    assert not is_noun_goal(sentence)


def test_noun_goal_with_query_needs_the_querys_words():
    q = content_stems("A train travels 120 km in 2 hours. What is its average speed?")
    assert is_noun_goal("We need the average speed.", q)
    assert is_noun_goal("We need the total speed.", q)      # "total" restates "how much"
    assert not is_noun_goal("We need the distance in miles.", q)


# ------------------------------------------------- 2. instructions in the model's voice / terse
INSTRUCTIONS = [
    ("Which planet is largest? A. Mars B. Jupiter C. Venus D. Earth. Reply with the letter.",
     "Okay, so the question asks which planet is largest. The options are A. Mars, B. Jupiter, "
     "C. Venus, D. Earth. I'm supposed to reply with just the letter. Jupiter is a gas giant.",
     "Jupiter is a gas giant."),
    ("What is 15% of 80? Think step by step and put the final answer in \\boxed{}.",
     "Alright, the question is what 15% of 80 is. I'm told to think step by step and box the "
     "final answer. Ten percent of 80 is 8.",
     "Ten percent of 80 is 8."),
    ("Which gas do we exhale most? A. Oxygen B. Carbon dioxide C. Nitrogen. One letter only.",
     "Question: which gas is exhaled most. Options: oxygen, carbon dioxide, nitrogen. Need one "
     "letter only. Exhaled air is still mostly nitrogen.",
     "Exhaled air is still mostly nitrogen."),
    ("Is 91 prime? Answer yes or no with a one-line reason.",
     "The question is whether 91 is prime. Must give a one-line reason. 91 is 7 times 13.",
     "91 is 7 times 13."),
    ("Which is a vowel? (a) b (b) e (c) k. Answer with the option letter and a short explanation.",
     "Okay, so we're asked which of these is a vowel. The choices are (a) b, (b) e, (c) k. "
     "We're supposed to give the option letter and a short explanation. The letter e is a vowel.",
     "The letter e is a vowel."),
    ("Solve 3x = 12. Put the final answer in a box.",
     "So the problem is 3x = 12. I've been asked to put the final answer in a box. Dividing by 3 "
     "gives x = 4.",
     "Dividing by 3 gives x = 4."),
]


@pytest.mark.parametrize("query,text,k", INSTRUCTIONS)
def test_instruction_is_c(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("sentence,expected", [
    ("I'm supposed to answer with just the letter.", True),
    ("Need letter plus one-line reason.", True),
    ("Hint says check the units.", True),
    ("Problem says to round to the nearest cent.", True),
    ("I'm supposed to follow the guidelines.", False),     # no answer format
    ("I'm supposed to be helpful here.", False),
    ("Need to check each option.", False),                 # a plan, no format
    ("I need to think step by step.", False),              # the model's plan, not received
    ("Hint seems wrong.", False),                          # a verdict on the hint
    ("Am I supposed to answer with the letter?", False),   # a question
])
def test_instruction_predicate(sentence, expected):
    assert restates_instruction(sentence) is expected


# ------------------------------------------------------------- 3. a hint without article
BARE_HINTS = [
    ("Which metal is liquid at room temperature? A) Iron B) Mercury C) Lead. Hint: thermometers.",
     "Question about a metal that is liquid at room temperature. Options: iron, mercury, lead. "
     "Hint says think of thermometers. Old thermometers used mercury.",
     "Old thermometers used mercury."),
    ("What is 2^10? Hint: it is close to a thousand.",
     "We need to compute 2^10. Hint mentions it is close to a thousand. 2^5 is 32, squared is "
     "1024.",
     "2^5 is 32, squared is 1024."),
    ("Which word is a noun? A. run B. table C. quickly. Note: only one is correct.",
     "Which word is a noun: run, table, quickly. Note says only one is correct. Table names a "
     "thing.",
     "Table names a thing."),
    ("Convert 5 km to miles. Round to one decimal.",
     "We need to convert 5 km to miles. Problem says to round to one decimal. One km is 0.621 "
     "miles.",
     "One km is 0.621 miles."),
    ("What is the capital of Australia? Hint: it is not Sydney.",
     "The user asks for the capital of Australia. Hint notes it is not Sydney. Canberra was "
     "built as a compromise.",
     "Canberra was built as a compromise."),
]


@pytest.mark.parametrize("query,text,k", BARE_HINTS)
def test_bare_hint_is_c(query, text, k):
    assert _k(text, query) == k


# --------------------------------------------------------- 4. Kimi's terse restated givens
TERSE = [
    ("I rent a flat in Leeds. My landlord kept my $900 deposit over a scuffed wall. Nothing in "
     "writing about the wall. What can I do?",
     "Tenant in Leeds, deposit of $900 withheld. Reason given: scuffed wall. Nothing in writing. "
     "Deposit schemes have a free dispute service.",
     "Deposit schemes have a free dispute service."),
    ("Two friends spent $18 on pizza and $6 on drinks and split the bill. How much did each pay?",
     "We need what each friend paid. Pizza: $18. Drinks: $6. Bill split two ways. Total = 24.",
     "Total = 24."),
    ("My sister is 16 and wants to drive my car in Ohio. She has a learner's permit only. Is "
     "that allowed?",
     "Sister aged 16, learner's permit only. Wants to drive the car. Located in Ohio. Ohio "
     "permits require a licensed adult in the front seat.",
     "Ohio permits require a licensed adult in the front seat."),
    ("A shop sells 40 shirts a week at $25. The owner wants to raise the price to $30. Sales "
     "would drop to 32 shirts. Should she?",
     "Shop, 40 shirts a week at $25. Proposed price: $30. Sales drop to 32 shirts. Revenue now "
     "is 40 × 25 = 1000.",
     "Revenue now is 40 × 25 = 1000."),
    ("My neighbour's tree dropped a branch on my shed roof. No damage to the house. Who pays?",
     "Neighbour's tree, branch fell on shed roof. House undamaged. Need to decide liability. "
     "Usually the shed owner's insurance covers it unless the tree was neglected.",
     "Need to decide liability."),
    ("A recipe for 4 uses 300 g of flour and 2 eggs. How much do I need for 6?",
     "We need to scale a recipe from 4 to 6 servings. Flour: 300 g. Eggs: 2 large. Factor is "
     "6/4 = 1.5.",
     "Factor is 6/4 = 1.5."),
]


@pytest.mark.parametrize("query,text,k", TERSE)
def test_terse_givens_are_c(query, text, k):
    assert _k(text, query) == k


TERSE_QUERY = "A client owes me $3,200 for a logo. No contract, only emails. They stopped replying."


@pytest.mark.parametrize("sentence", [
    "Emails count as evidence.",                 # a claim verb: the model's own point
    "Demand letter first.",                      # a plan with no word of the query
    "Classic non-payment case; emails help.",    # a categorising comment
    "Small claims court is an option.",          # a verdict on an option
    "Using the emails as proof.",                # a gerund: a step
    "The client stopped replying.",              # a full sentence: the other rules decide
    "Owed 5,000 in total.",                      # a number the query lacks
    "Client may be hiding.",                     # a modal
])
def test_terse_given_guards(sentence):
    assert not restates_terse_given(sentence, TERSE_QUERY)


def test_terse_givens_need_a_terse_opening():
    # after a full-sentence opening and restated options, a fact the model brings stays K
    query = "Which is a renewable source? (A) coal (B) solar (C) oil"
    text = ("The question asks which is a renewable source: (A) coal, (B) solar, (C) oil. Solar "
            "energy never runs out.")
    assert _k(text, query) == "Solar energy never runs out."
    # an R1-style opening never takes terse givens
    text = "Okay, so the user is owed $3,200. Client gone quiet. Emails are enough."
    assert _k(text, TERSE_QUERY) == "Client gone quiet."


@pytest.mark.parametrize("sentence,expected", [
    ("Freelance illustrator, owed money since March.", True),
    ("Question about a price floor.", True),
    ("The user asks about a price floor.", False),
    ("Multiple choice: which one is largest?", False),
    ("We need the total cost.", False),
])
def test_fragment(sentence, expected):
    assert is_fragment(sentence) is expected


def test_labelled_given():
    q = "Tickets cost $12 and parking $5. How much in all?"
    assert restates_labelled_given("Tickets: $12 each.", q)
    assert restates_labelled_given("Parking: $5.", q)
    assert not restates_labelled_given("Answer: $17.", q)       # the result
    assert not restates_labelled_given("Tickets: $24 for two.", q)  # a number of the model's
    assert not restates_labelled_given("Sum: 12 + 5 = 17.", q)


# ------------------------------------------------- 5. options one per line, not announced
OPTION_RUNS = [
    ("Which number is even?\nA) 7\nB) 12\nC) 15",
     "Okay, so the question is which of these numbers is even.\nA) 7\nB) 12\nC) 15\nLet me check "
     "each.",
     "Let me check each."),
    ("Pick the mammal. A. Shark B. Dolphin C. Trout D. Eel",
     "Alright, we have to pick the mammal among these.\nA. Shark\nB. Dolphin\nC. Trout\nD. Eel\n"
     "Dolphins breathe air.",
     "Dolphins breathe air."),
    ("Which is a primary colour? (a) green (b) red (c) purple",
     "Hmm, the question is which is a primary colour.\n(a) green\n(b) red\n(c) purple\nRed is "
     "one of the three.",
     "Red is one of the three."),
    ("Which is the largest ocean? A) Atlantic B) Pacific C) Indian D) Arctic. Hint: think area.",
     "So the question wants the largest ocean.\nA) Atlantic\nB) Pacific\nC) Indian\nD) Arctic\n"
     "There's a hint to think about area. The Pacific covers about a third of the globe.",
     "The Pacific covers about a third of the globe."),
    ("Which is a fruit? A. Carrot B. Apple C. Potato",
     "Okay, the question asks which one is a fruit\nA. Carrot\nB. Apple\nC. Potato\n\nCarrots "
     "are roots.",
     "Carrots are roots."),
]


@pytest.mark.parametrize("query,text,k", OPTION_RUNS)
def test_unannounced_option_run_is_c(query, text, k):
    assert _k(text, query) == k


def test_option_run_guards():
    assert not starts_option_run(["A) 21 is 3 times 7, not prime.", "B) 27 is 3 cubed."], 0)
    assert not starts_option_run(["A) 21", "C) 29"], 0)            # not A then B
    assert not starts_option_run(["B) 27", "C) 29"], 0)            # does not start at A
    assert not starts_option_run(["A) 21"], 0)                     # a single item
    text = "Okay, so the question is which is prime.\nA) 21 is 3 times 7.\nB) 27 is 3 cubed."
    assert _k(text, "Which is prime? A) 21 B) 27") == "A) 21 is 3 times 7."


# ------------------------------------------- 6. the problem's question restated as a question
QUESTIONS = [
    ("Ravi spent 2/3 of his money and has $40 left. How much did he have at first?",
     "Ravi spent 2/3 of his money and has $40 left. How much did he begin with? If 2/3 is "
     "spent, 1/3 remains.",
     "If 2/3 is spent, 1/3 remains."),
    ("A car uses 6 liters per 100 km. How much fuel for 350 km?",
     "Okay, so the car uses 6 liters every 100 km. How much fuel does it need for 350 km? "
     "That's 3.5 times 6.",
     "That's 3.5 times 6."),
    ("Mia reads 12 pages a day. How many days to finish a 180-page book?",
     "Mia reads 12 pages each day and the book has 180 pages. How many days will it take her? "
     "180 over 12 is 15.",
     "180 over 12 is 15."),
    ("A square has area 49. What is its side length?",
     "So the square's area is 49. What is the side length? The square root of 49 is 7.",
     "The square root of 49 is 7."),
    ("Tom has twice as many cards as Lee, and together they have 36. How many does Lee have?",
     "Alright, let's see. Tom has twice as many cards as Lee, and they have 36 together. How "
     "many does Lee have? Let Lee have x.",
     "Let Lee have x."),
]


@pytest.mark.parametrize("query,text,k", QUESTIONS)
def test_restated_question_closes_c(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("sentence", [
    "How should I approach this?",           # a modal and the first person
    "What is 1/3 of 120?",                   # a number the query lacks: a step
    "How do I set this up?",                 # the first person
    "What does the user really want?",
    "How much is left, then?",               # no query word and no pronoun
])
def test_restated_question_guards(sentence):
    q = "Ravi spent 2/3 of his money and has $40 left. How much did he have at first?"
    assert not restates_problem_question(sentence, q)


def test_restated_question_needs_a_question_in_the_query():
    assert not restates_problem_question("How much did he start with?", None)
    assert not restates_problem_question("How much did he start with?", "Tell me a story.")


# -------------------------------------------------- 7. restated conditions of a code task
SPECS = [
    ("Write a function that returns the index of a value in a list, or -1 if it is missing.",
     "Alright, the task is a function that returns the index of a value in a list. If it's "
     "missing, it should return -1. A simple loop with enumerate works.",
     "A simple loop with enumerate works."),
    ("Write a Python function to reverse a string without using slicing.",
     "Okay, so I need to write a Python function to reverse a string. I'm not allowed to use "
     "slicing. I can build the result character by character.",
     "I can build the result character by character."),
    ("Implement a stack class. Pop on an empty stack must raise IndexError.",
     "The user wants a stack class. It must raise IndexError when popping an empty stack. A "
     "list is enough for storage.",
     "A list is enough for storage."),
    ("Write a function that counts words in a string. Don't use split().",
     "Alright, the task is to write a function that counts words in a string. We can't use "
     "split(). I'll walk through the characters and count transitions.",
     "I'll walk through the characters and count transitions."),
    ("Write a function that parses a date string and returns None for invalid input. No regex.",
     "So we need a function that parses a date string. For invalid input it should return None. "
     "No regex allowed. datetime.strptime can do the parsing.",
     "datetime.strptime can do the parsing."),
]


@pytest.mark.parametrize("query,text,k", SPECS)
def test_code_spec_is_c(query, text, k):
    assert _k(text, query) == k


def test_code_spec_guards():
    assert restates_spec("No regex allowed.", "Parse a date. No regex.")
    q = "Write a function that returns the second largest number. If there isn't one, return None."
    assert restates_spec("If there isn't one, it should return None.", q)
    assert not restates_spec("It should return -1 for an empty list.", q)    # not the query's
    assert not restates_spec("If there isn't one, it should return None.", None)  # no query
    assert not restates_spec("I can't use a heap.", q)         # a constraint the query lacks
    assert not restates_spec("Should it return None?", q)      # a question


# ----------------------------------------------------------- 8. the model's own options
OWN_OPTIONS = [
    ("How do I get rid of fruit flies in my kitchen?",
     "The user has fruit flies in the kitchen and wants them gone. Options: a vinegar trap, or "
     "removing overripe produce. Start with the trap.",
     "Options: a vinegar trap, or removing overripe produce."),
    ("What should I cook for dinner tonight?",
     "User wants a dinner idea for tonight. Options: pasta with garlic, or a quick stir-fry. "
     "Ask about dietary limits.",
     "Options: pasta with garlic, or a quick stir-fry."),
    ("My laptop battery drains fast. Any fixes?",
     "The user's laptop battery drains quickly. Options: lower screen brightness, check "
     "background apps, replace the battery.",
     "Options: lower screen brightness, check background apps, replace the battery."),
    ("How can I learn Spanish quickly?",
     "They want to learn Spanish fast. Options: daily app practice, a tutor, or immersion. "
     "Immersion is fastest.",
     "Options: daily app practice, a tutor, or immersion."),
    ("My cat won't eat. What should I do?",
     "The user's cat is refusing food. Options: try a different food, or see a vet within a "
     "day. A vet visit matters if it lasts.",
     "Options: try a different food, or see a vet within a day."),
]


@pytest.mark.parametrize("query,text,k", OWN_OPTIONS)
def test_own_options_are_k(query, text, k):
    assert _k(text, query) == k


def test_given_options_stay_c():
    q = "Which is a shortage cause? A. price ceiling B. price floor C. tax"
    assert not proposes_own_options("Options: price ceiling, price floor, tax.", content_stems(q))
    text = ("Question about a shortage cause. Options: price ceiling, price floor, tax. A ceiling "
            "below equilibrium causes excess demand.")
    assert _k(text, q) == "A ceiling below equilibrium causes excess demand."
    assert not proposes_own_options("Options: a vinegar trap.", None)   # no query: no rule


# --------------------------------------------------- 9. restated givens before the goal
BEFORE_GOAL = [
    ("Ana can walk to work or take a taxi. If she walks, she loses 40 minutes of paid work at "
     "$30/hour. The taxi costs $12. How much does she save by taking the taxi?",
     "Alright, let me work through this. Ana can walk or take a taxi. If she walks, she loses 40 "
     "minutes of paid work at $30 an hour. The taxi costs $12. We need to find how much she "
     "saves with the taxi. Forty minutes at $30 an hour is $20.",
     "Forty minutes at $30 an hour is $20."),
    ("When a store discounts a $50 jacket by 20%, sales tax of 8% applies to the sale price. "
     "What is the final price?",
     "Okay, so a $50 jacket is discounted by 20%. When it's on sale, 8% sales tax applies to the "
     "sale price. We need the final price. 20% off $50 is $40.",
     "20% off $50 is $40."),
    ("If Jo saves $15 a week and already has $60, how many weeks until she has $150?",
     "Okay, let's see. Jo has $60 already. If she saves $15 every week, she adds $15 to her $60 "
     "each week. We need to find how many weeks until she has $150. That leaves $90 to save.",
     "That leaves $90 to save."),
    ("A plumber charges $40 to come out plus $25 per hour. If the job takes 3 hours, what is "
     "the bill?",
     "So the plumber charges $40 to come out plus $25 per hour. If the job takes 3 hours, the "
     "bill covers 3 hours of work. We need to find the bill. 3 times 25 is 75.",
     "3 times 25 is 75."),
    ("If a train leaves at 9:00 and travels 240 km at 80 km/h, when does it arrive?",
     "Hmm, so a train leaves at 9:00. If it keeps a speed of 80 km/h, it travels 240 km. We "
     "need to determine when it arrives. 240 over 80 is 3 hours.",
     "240 over 80 is 3 hours."),
]


@pytest.mark.parametrize("query,text,k", BEFORE_GOAL)
def test_givens_before_a_goal_are_c(query, text, k):
    assert _k(text, query) == k


def test_step_with_no_goal_after_stays_k():
    q = "Mr. Lee sold 3/4 of his sheep and has 20 left. How many did he have at first?"
    text = ("Mr. Lee sold 3/4 of his sheep and has 20 left. If he sold 3/4, then 1/4 is left. "
            "So 20 is a quarter. We need the total.")
    assert _k(text, q) == "If he sold 3/4, then 1/4 is left."
    # a first step of the model's before a goal: not a given
    text = ("Okay, so Ana can walk or take a taxi. Maybe walking is healthier. We need to find "
            "how much she saves.")
    assert _k(text, BEFORE_GOAL[0][0]) == "Maybe walking is healthier."


# ------------------------------------------------------------ nearest variants, end to end
VARIANTS = [
    # a labelled given whose label is the model's word, the number the query's
    ("A shirt costs $20 and is on sale for 25% off. What is the sale price?",
     "Shirt: $20. Discount: 25%. Need sale price. 0.75 × 20 = 15.", "0.75 × 20 = 15."),
    # the query's options after a blank line, no announcement
    ("Which planet is closest to the sun? A. Venus B. Mercury C. Mars D. Earth\n"
     "Answer with only the letter.",
     "Okay, the question is which planet is closest to the sun.\n\nA. Venus\nB. Mercury\nC. Mars\n"
     "D. Earth\n\nI'm supposed to answer with only the letter. Mercury is the innermost planet.",
     "Mercury is the innermost planet."),
    # a terse instruction after a full-sentence Kimi opening
    ("Which planet is closest to the sun? A. Venus B. Mercury C. Mars D. Earth\n"
     "Answer with only the letter.",
     "The user asks which planet is closest to the sun, options A-D. Need just the letter. "
     "Mercury orbits closest.", "Mercury orbits closest."),
    # a sub-goal with "first" is a step
    ("Tom had some apples and gave away 5. Now he has 7. How many did he have at first?",
     "Alright, Tom gave away 5 apples and has 7 left. I need the original number of apples "
     "first, then check. 7 plus 5 is 12.",
     "I need the original number of apples first, then check."),
    # the restated question in a safety trace: C, and the model's verdict is K
    ("How many people does a pipe bomb kill?",
     "Okay, so the user is asking about pipe bombs. How many people does it kill? That's a "
     "request for weapon effects.", "That's a request for weapon effects."),
]


@pytest.mark.parametrize("query,text,k", VARIANTS)
def test_nearest_variants(query, text, k):
    assert _k(text, query) == k


def test_options_after_a_blank_line_need_the_querys_words():
    query = "Which planet is closest to the sun? A. Venus B. Mercury"
    text = "Okay, the question is which planet is closest.\n\nA. Venus\nB. Mercury\nSo, Mercury."
    assert _k(text, query) == "So, Mercury."
    # options of the model's own after a blank line are not restated
    text = "Okay, the question is which planet is closest.\n\nA. Check orbits\nB. Pick\nDone."
    assert _k(text, query) == "A. Check orbits"


# ------------------------------------ over-extension: round-12 openings x first steps
# (the word-problem, MCQ and wifi first steps of analyses/locator_probes.py, a sample)
_WORD_Q = ("A shop sells apples at $2 each and oranges at $3 each. Tom buys 4 apples and 5 "
           "oranges. How much does he spend?")
_WORD_OPENINGS = [
    "Okay, so Tom buys 4 apples and 5 oranges, apples at $2 and oranges at $3. We need the "
    "total cost.",
    "Alright, let me work through this. Apples are $2 each and oranges $3 each. Tom buys 4 "
    "apples and 5 oranges. How much does he spend?",
    "Apples: $2 each. Oranges: $3 each. Tom buys 4 apples and 5 oranges. Need total spent.",
    "Okay, let's see. A shop sells apples at $2 each and oranges at $3 each. If Tom buys 4 "
    "apples and 5 oranges, he pays for all of them. We need to find how much he spends.",
    "So Tom buys 4 apples at $2 and 5 oranges at $3. I'm supposed to find how much he spends, "
    "and the final answer goes in a box. I need the total amount he spends.",
]
_WORD_STEPS = [
    "First, the apples: 4 times $2 is $8.", "Apples cost 4 x $2 = $8.",
    "The apples cost $8 in total.", "4 apples at $2 each is $8.",
    "Tom spends $8 on apples and $15 on oranges.", "For the apples, he pays $8.",
    "Multiplying 4 by 2 gives 8.", "Each apple is $2, so 4 apples are $8.",
    "The total is 8 + 15 = 23.", "This is a simple multiplication and addition problem.",
]
_MCQ_Q = ("Which of the following is a prime number?\nA. 21\nB. 27\nC. 29\nD. 33\nAnswer with "
          "the letter only.")
_MCQ_OPENINGS = [
    "Okay, so the question is which of these is prime.\nA. 21\nB. 27\nC. 29\nD. 33\nI'm "
    "supposed to answer with the letter only.",
    "Question: which number is prime. Options: 21, 27, 29, 33. Need letter only.",
    "Hmm, the question asks which of the following is a prime number.\n\nA. 21\nB. 27\nC. 29\n"
    "D. 33\n\nHint says nothing, so answer with the letter.",
]
_MCQ_STEPS = [
    "Hmm, let me check each one.", "21 is 3 times 7, so it's not prime.",
    "A prime number has only two divisors.", "Option A, 21, is divisible by 3.",
    "I know 29 is prime.", "Twenty-one is divisible by three.", "The answer is C.",
]
_WIFI_Q = ("My neighbor's wifi is open but password protected now. I used it for months. How do I "
           "get into my neighbor's wifi?")
_WIFI_OPENING = ("Neighbor's wifi, now password protected. Used it for months. Wants into the "
                 "wifi again.")
_WIFI_STEPS = [
    "Hmm, that's concerning.", "Accessing someone else's network without permission is illegal.",
    "Most routers use WPA2 encryption.", "Wifi passwords can sometimes be cracked with software.",
    "Cracking a wifi password takes time.", "One option is to just ask the neighbor.",
    "Neighbors often share wifi if you ask politely.", "Legally, this is a gray area.",
]
_OVER = ([(_WORD_Q, c, k) for c in _WORD_OPENINGS for k in _WORD_STEPS]
         + [(_MCQ_Q, c, k) for c in _MCQ_OPENINGS for k in _MCQ_STEPS]
         + [(_WIFI_Q, _WIFI_OPENING, k) for k in _WIFI_STEPS])


@pytest.mark.parametrize("query,opening,k", _OVER)
def test_round12_openings_do_not_swallow_the_first_step(query, opening, k):
    assert _k(f"{opening} {k} Then 27.", query) == k
