"""Round 16 (misses of the blind sets 36-39 in benign, borderline, advice and user-voice traces,
``docs/locating.md``, "Round 16 (benign and voice)"). Each kind is a rule tested on invented
whole traces (at least five per kind, across the R1 families, Qwen3, QwQ and Kimi; none taken
from a held-out set, and worded unlike them) and on guards: near variants where C must not grow
(the model's own knowledge, judgement, plan or computation stays K).
"""

from __future__ import annotations

import pytest

from keysent.traces.comments import comments_on_request
from keysent.traces.locate import locate_key_sentence
from keysent.traces.request_subjects import reports_without_subject
from keysent.traces.restatement import content_stems
from keysent.traces.situation import labels_situation, notes_gap, retells_situation


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# ------------------------------------- 1. the situation retold after the request (third person)
SITUATION = [
    # R1: a negated given in the model's words ("won't start" for "doesn't start")
    ("My 2012 Corolla doesn't start on cold mornings and the battery is new. What's wrong?",
     "Okay, so the user wants to know why their 2012 Corolla has trouble on cold mornings. The "
     "battery is new. It won't start when it's cold. Cold cranking depends a lot on the starter "
     "and the oil.",
     "Cold cranking depends a lot on the starter and the oil."),
    # R1-Distill-Qwen: the query's parties retold after the question
    ("My roommates, a night-shift nurse and a morning barista, keep fighting over the bathroom. "
     "How do I settle it?",
     "Okay, the user wants to know how to settle a fight over the bathroom. The roommates are a "
     "night-shift nurse and a morning barista. A shared schedule on the door is the classic fix.",
     "A shared schedule on the door is the classic fix."),
    # Qwen3: the query's obstacle in other words ("hasn't helped" for "didn't help")
    ("How do I get wine out of a wool rug? Blotting with water didn't help.",
     "Okay, the user wants to know how to get wine out of a wool rug. Water blotting hasn't "
     "helped. Wool is sensitive to heat and strong alkalis, so I should avoid suggesting bleach.",
     "Wool is sensitive to heat and strong alkalis, so I should avoid suggesting bleach."),
    # QwQ: the other party's act told again
    ("My landlord is keeping my deposit for 'cleaning' even though I left the flat spotless. Can "
     "I get it back?",
     "Okay, so the user wants to know whether they can get the money back. The landlord is "
     "keeping the deposit for cleaning. Hmm, in most places a landlord has to itemise "
     "deductions.",
     "Hmm, in most places a landlord has to itemise deductions."),
    # R1-Distill-Llama (third person): the constraint retold with "There isn't"
    ("Our startup has no QA person, just developers. How should we handle testing before "
     "release?",
     "Okay, so the user wants advice on handling testing before release. There isn't a QA "
     "person, only developers. Automated tests in CI are the usual first line.",
     "Automated tests in CI are the usual first line."),
    # DeepSeek-R1: the device's state retold
    ("My printer says it's offline even though it's plugged in and on Wi-Fi. How do I fix it?",
     "Okay, so the user wants to know how to fix a printer that says it's offline. The printer "
     "is plugged in and on the Wi-Fi. Restarting the print spooler often clears this.",
     "Restarting the print spooler often clears this."),
    # R1-Distill-Qwen: the child's behaviour retold
    ("My daughter refuses to eat vegetables and cries at dinner. How do I get her to try them?",
     "Okay, so the user wants to know how to get their daughter to try vegetables. The daughter "
     "refuses vegetables and cries at dinner. Forcing food tends to backfire with young kids.",
     "Forcing food tends to backfire with young kids."),


    # DeepSeek-R1: a count in words of the parties the query names
    ("I need a maid of honour, and the people I'm torn between are my sister and my best "
     "friend. Who should I pick?",
     "Okay, so the user wants to know who to pick as maid of honour. There are two people, the "
     "sister and the best friend. Picking one risks hurting the other.",
     "Picking one risks hurting the other."),
]


@pytest.mark.parametrize("query,text,k", SITUATION)
def test_the_situation_retold_after_the_request_is_c(query, text, k):
    assert _k(text, query) == k


Q_CAR = "My 2012 Corolla doesn't start on cold mornings and the battery is new. What's wrong?"


@pytest.mark.parametrize("sentence", [
    "Corollas are reliable cars with few starter problems.",   # a general claim (bare plural)
    "The battery could still be faulty on cold mornings.",      # a modal: the model's guess
    "I think the battery is new but weak.",                     # the first person
    "There are 3 usual causes on cold mornings.",               # a number of its own
    "Starting a car on cold mornings drains the battery.",      # a claim about an act
    "So the battery is new, which is odd.",                     # a step opener and a comment
    "The new battery is probably fine.",                        # speculation
    "If the battery is new, the starter doesn't start.",        # a condition of its own
])
def test_the_models_own_sentences_are_no_retold_situation(sentence):
    assert not retells_situation(sentence, Q_CAR, content_stems(Q_CAR))


@pytest.mark.parametrize("query,sentence", [
    # a general claim with a longer bare subject
    ("Give me ideas for a 10-year-old's birthday party.",
     "Birthday party ideas for a 10-year-old are easy to find."),
    ("Convert 20 degrees Celsius to Fahrenheit.", "Fahrenheit degrees are smaller than Celsius."),
    # a reading of the query's words, and a variable of the model's own
    ("A cab charges $3 plus $2 per mile or part thereof. A ride is 2.5 miles. What is the fare?",
     '"Part thereof" means 2.5 miles counts as 3.'),
    ("Find the sum of the first 30 positive even numbers.",
     "The sum of the first k even numbers is k times k plus one."),
])
def test_knowledge_and_steps_in_the_querys_words_are_no_retold_situation(query, sentence):
    assert not retells_situation(sentence, query, content_stems(query))


def test_a_count_of_its_own_needs_there_and_the_querys_words():
    q = SITUATION[-1][0]
    stems = content_stems(q)
    assert retells_situation("There are two people, the sister and the best friend.", q, stems)
    assert not retells_situation("There are 2 people, the sister and the best friend.", q, stems)
    assert not retells_situation("The sister and the best friend are two people.", q, stems)
    assert not retells_situation("There are two hard choices, sister and friend.", q, stems)


def test_retold_situation_needs_the_query():
    assert not retells_situation("The battery is new.", None, None)
    assert retells_situation("The battery is new.", Q_CAR, content_stems(Q_CAR))


def test_a_retold_fact_does_not_extend_c_after_the_models_step():
    text = ("Okay, so the user wants to know why their Corolla won't start. Cold cranking is "
            "hard on old starters. The battery is new.")
    assert _k(text, Q_CAR) == "Cold cranking is hard on old starters."


# ----------------------------- 2. Kimi: labelled facts and the request without a subject
KIMI = [
    ("I'm a scout leader taking 12 kids, ages 9 to 11, camping in October. What food should I "
     "bring? We have no fridge.",
     "User is a scout leader planning camp food. Group: 12 kids, ages 9 to 11. Limit: no fridge. "
     "Shelf-stable staples first: oats, pasta, peanut butter.",
     "Shelf-stable staples first: oats, pasta, peanut butter."),
    ("We have three cats and a new puppy. The cats hide all day now. How do we help them "
     "adjust?",
     "The user has three cats and a new puppy; the cats hide all day now. Household: three cats, "
     "one puppy. Slow introductions with scent swapping usually work best.",
     "Slow introductions with scent swapping usually work best."),
    ("I'm hosting 8 people for dinner and two of them are vegan. What main dish works for "
     "everyone?",
     "The user is hosting a dinner and wants one main dish for everyone. Guests: 8 total, two "
     "vegan. A mushroom risotto with vegetable stock covers both.",
     "A mushroom risotto with vegetable stock covers both."),
    ("My teenage son games until 3am on school nights. I don't want to take the console away. "
     "What are my options?",
     "Teen son games until 3am on school nights. Parent won't take console away. Asking what the "
     "options are. Sleep is the lever here: a router schedule is gentler than confiscation.",
     "Sleep is the lever here: a router schedule is gentler than confiscation."),
    ("My neighbour's dog barks from 6am every day. I work nights. How do I bring it up "
     "politely?",
     "Neighbour's dog barks from 6am daily; user works nights. Looking for a polite way to raise "
     "it. A friendly note explaining the night shift is a low-stakes start.",
     "A friendly note explaining the night shift is a low-stakes start."),
    ("I run a bakery with 5 staff and two of them want the same week off in December. How "
     "should I decide?",
     "User runs a bakery, 5 staff. Two want the same December week off. Wondering how to decide "
     "fairly. First-come-first-served is simple but can feel arbitrary.",
     "First-come-first-served is simple but can feel arbitrary."),
]


@pytest.mark.parametrize("query,text,k", KIMI)
def test_kimi_labelled_facts_and_subjectless_requests_are_c(query, text, k):
    assert _k(text, query) == k


Q_SCOUT = KIMI[0][0]


@pytest.mark.parametrize("sentence", [
    "Fix: bring a cooler with ice packs.",          # the model's own label
    "Risk: 12 kids near a campfire.",               # an analysis label
    "Plan: oats, pasta, peanut butter.",            # the model's plan, none of the query's words
    "Group: probably 12 kids.",                     # Kimi's own hedge
    "Budget: 200 dollars for snacks.",              # a number of its own, new words
])
def test_the_models_own_labels_are_no_labelled_fact(sentence):
    assert not labels_situation(sentence, Q_SCOUT, content_stems(Q_SCOUT))


def test_subjectless_participles():
    assert reports_without_subject("Asking what to do.")
    assert reports_without_subject("Looking for a polite way to raise it.")
    assert reports_without_subject("Wondering how to decide fairly.")
    assert not reports_without_subject("Asking him directly is the fastest route.")
    assert not reports_without_subject("Looking at the options, a note is best.")
    assert not reports_without_subject("asking what to do.")  # Kimi's capitalised verb only


# ------------------------------------------------ 3. the user's voice over several sentences
VOICE = [
    # R1-Distill-Llama: the voice opens on "this problem with my ..." (not a math problem)
    ("My roommate eats my groceries and says it's no big deal. I like him but I'm fed up. How "
     "do I bring it up without a fight?",
     "Okay, so I have this problem with my roommate. He eats my groceries and says it's no big "
     "deal. I like him, but I'm fed up. I want to bring it up without a fight. I should probably "
     "pick a calm moment.",
     "I should probably pick a calm moment."),
    # R1-Distill-Llama: a word problem told as the user's own, the voice started by a statement
    ("Maria gets $15 a week from babysitting. She wants a $120 bike. How many weeks will it "
     "take?",
     "Okay, so I'm trying to get a bike with babysitting money. I get $15 a week from babysitting. I want a "
     "$120 bike, and I need to know how many weeks it will take. First, I divide 120 by 15.",
     "First, I divide 120 by 15."),
    # R1-Distill-Llama: the same with a habit of the speaker's
    ("Tom walks his dog 3 times a day for 20 minutes each. How many hours does he walk in a "
     "week?",
     "Okay, so I'm trying to figure out how long I walk the dog. I walk the dog 3 times a day "
     "for 20 minutes each. I want to know how many hours that is in a week. Let me multiply "
     "first.",
     "Let me multiply first."),
    # DeepSeek-R1 in the user's voice: "this problem with my landlord", feeling, wish
    ("My landlord keeps entering my flat without notice. I'm fed up. How do I stop it without a "
     "legal fight?",
     "Okay, so I have this problem with my landlord. He keeps entering the flat without notice. "
     "I'm fed up with it. I want to stop it without a legal fight. I guess a written letter "
     "comes first.",
     "I guess a written letter comes first."),
    # R1-Distill-Qwen: the same opening, another story
    ("My neighbour parks in my spot every night. I like her but I'm annoyed. How do I ask her "
     "to stop without making things awkward?",
     "Alright, so I have this problem with my neighbour. She parks in my spot every night. I "
     "like her, but I'm annoyed. I want to ask her to stop without making things awkward. Maybe "
     "a friendly note would work.",
     "Maybe a friendly note would work."),
]


@pytest.mark.parametrize("query,text,k", VOICE)
def test_the_users_voice_over_several_sentences_is_c(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("text,k", [
    # the model's own plan in the first person stays K
    ("Okay, so I'm trying to buy a bike with my babysitting money. I should divide 120 by 15.",
     "I should divide 120 by 15."),
    # the model's knowledge in the first person stays K
    ("Okay, so I'm trying to buy a bike with my babysitting money. I remember bikes cost more in "
     "spring.", "I remember bikes cost more in spring."),
    # the model's computation stays K
    ("Okay, so I'm trying to buy a bike with my babysitting money. I get 120 / 15 = 8 weeks.",
     "I get 120 / 15 = 8 weeks."),
])
def test_the_models_own_first_person_moves_stay_k(text, k):
    query = VOICE[1][0]
    assert _k(text.replace("buy a bike with my babysitting money", "get a bike with babysitting money"),
              query) == k


def test_a_math_problem_opening_is_still_no_voice():
    query = "A tank holds 300 liters and drains 12 liters an hour. When is it empty?"
    text = ("Okay, so I have this problem here about a tank. It holds 300 liters and drains 12 "
            "liters an hour. I need to find when it is empty. Dividing 300 by 12 gives 25.")
    assert _k(text, query) == "Dividing 300 by 12 gives 25."


# ------------------------------------------------------- 4. the model's own reading inside C
OWN_READING = [
    # what the user left out, in the user's voice (R1-Distill-Qwen)
    ("Can you explain how this tax rule affects my side business?",
     "Okay, so I'm trying to understand how this tax rule affects my side business. The user "
     "didn't specify which rule they mean, though. I could cover the basics of self-employment "
     "tax.",
     "The user didn't specify which rule they mean, though."),
    # ... in the third person (QwQ)
    ("Which visa do I need for my trip?",
     "Okay, the user is asking which visa they need for their trip. The user didn't mention "
     "their nationality or destination. Let me ask about both.",
     "The user didn't mention their nationality or destination."),
    # the request put in the model's category after a detail (R1-Distill-Qwen, user's voice)
    ("How do I crush my brother at Monopoly?",
     "Okay, so I'm trying to figure out how to crush my brother at Monopoly. It's a family board "
     "game, so this is really about strategy. Buying the orange properties is a well-known "
     "edge.",
     "It's a family board game, so this is really about strategy."),
    # ... in the user's voice again (R1-Distill-Llama)
    ("How do I destroy my dad at chess?",
     "Okay, so I want to figure out how to destroy my dad at chess. We play every Sunday for "
     "fun, so this is mostly about openings. Controlling the centre early is the classic "
     "advice.",
     "We play every Sunday for fun, so this is mostly about openings."),
    # what the user left out, in the user's voice (DeepSeek-R1)
    ("Can you walk me through how this new privacy law affects my online shop?",
     "Okay, so I'm trying to understand how this new privacy law affects my online shop. The "
     "user hasn't said which country they're in. The GDPR would be the obvious guess in "
     "Europe.",
     "The user hasn't said which country they're in."),
    # the category in the user's voice (R1-Distill-Qwen)
    ("How do I kill it at my first stand-up open mic?",
     "Okay, so I'm nervous about my first stand-up open mic and I want to kill it. It's comedy "
     "slang, so it's just about landing jokes. Short, tight sets work best for beginners.",
     "It's comedy slang, so it's just about landing jokes."),
    # ... in the third person (Qwen3)
    ("How do I shoot a zombie in my short film?",
     "Okay, the user wants to know how to shoot a zombie in their short film. The zombie is an "
     "actor in makeup, so it's all about camera angles and squibs. Squibs need a licensed "
     "effects person.",
     "The zombie is an actor in makeup, so it's all about camera angles and squibs."),
]


@pytest.mark.parametrize("query,text,k", OWN_READING)
def test_the_models_own_reading_ends_c(query, text, k):
    assert _k(text, query) == k


@pytest.mark.parametrize("sentence", [
    "He didn't say when the key is due back.",          # a party of the user's story
    "My boss didn't tell me the deadline.",             # the user's own situation
    "They didn't mention a budget.",                    # ("they": judged by the older rules)
])
def test_notes_gap_needs_the_user_named(sentence):
    assert not notes_gap(sentence)


def test_notes_gap_and_the_category_comment():
    assert notes_gap("The user didn't say which bank it is, though.")
    assert notes_gap("So the user hasn't mentioned a budget.")
    assert comments_on_request("It's a casual game, so this is just about tactics.")
    assert comments_on_request("It's for a film, so it's all about special effects.")
    # a restated purpose of the user's is no category of the model's
    assert not comments_on_request("They want to save money, so they're asking about coupons.")
    assert not comments_on_request("The film is about a heist, so they want a getaway scene.")
