"""The kinds missed on the first measurement of held-out sets 16-18 (``docs/locating.md``), each
fixed as a rule and tested here on invented examples (at least five per kind, none taken from
the held-out sets), with guards that keep K where it was (the over-extension side of each
rule). Kept apart from ``test_locate_heldout10_kinds.py`` (round 10), which stays unchanged.
"""

from __future__ import annotations

import pytest

from keysent.traces.locate import locate_key_sentence
from keysent.traces.openings import (
    continues_persona,
    is_deliverable_goal,
    is_filler_opener,
    is_goal_restatement,
    is_persona_opening,
    restates_request,
)
from keysent.traces.restatement import content_stems, is_restatement
from keysent.traces.segment import split_sentences


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# --------------------------------------------------------------------------- 1. elided terms
@pytest.mark.parametrize("text,first", [
    ("We need the sum 1 + 2 + ... + 100. That is 5050.", "We need the sum 1 + 2 + ... + 100."),
    ("The product is 1 * 2 * ... * n. So it's n factorial.", "The product is 1 * 2 * ... * n."),
    ("Sum the series 3 + 6 + ... + 99. Let me count the terms.",
     "Sum the series 3 + 6 + ... + 99."),
    ("We want x_1 + ... + x_n = 10. Hmm, stars and bars.", "We want x_1 + ... + x_n = 10."),
    ("The signs alternate: 2 - 4 + ... - 100. Group them in pairs.",
     "The signs alternate: 2 - 4 + ... - 100."),
    ("Compute 1 × 3 × … × 9. Odd numbers only.", "Compute 1 × 3 × … × 9."),
])
def test_ellipsis_between_operators_is_an_elided_term(text, first):
    assert _texts(text)[0] == first


@pytest.mark.parametrize("text,n", [
    ("Hmm... Maybe not.", 2),               # a pause before a capital still ends the sentence
    ("Wait... 5 is prime.", 2),             # a digit is not an operator
    ("So it's 3 + ... Actually, no.", 2),   # an operator before but not after
    ("The answer is... + 2? No.", 3),       # an operator after but not before
])
def test_other_ellipses_still_cut(text, n):
    assert len(_texts(text)) == n


def test_elided_term_in_a_trace():
    query = "Compute the sum of the first 40 positive odd numbers."
    text = ("We need the sum of the first 40 odd numbers, 1 + 3 + ... + 79. The sum of the first "
            "n odd numbers is n squared.")
    assert locate_key_sentence(text, query).key_sentence_text == (
        "The sum of the first n odd numbers is n squared.")


# --------------------------------------------------------------------------- 2. role + asking
ROLE_ASK = [
    ("Okay, so the user teaches third grade and a parent emails her every night. The teacher is "
     "asking how to set boundaries without upsetting the parent. Boundaries help both sides.",
     "Boundaries help both sides."),
    ("Okay, so the user is a nurse who gave a patient the wrong dose. The nurse wants to know if "
     "she has to report it. Medication errors are reported even without harm.",
     "Medication errors are reported even without harm."),
    ("Okay, so the user rents out a flat and the tenant left it dirty. The landlord is wondering "
     "whether he can keep the whole deposit. That depends on the lease.",
     "That depends on the lease."),
    ("Okay, so the user failed a course because of a missing assignment. The student asks how to "
     "appeal the grade. Most schools have a formal appeal process.",
     "Most schools have a formal appeal process."),
    ("Okay, so the user's mother can no longer live alone. The caregiver is trying to decide "
     "whether to move her into a home. This is a hard decision.", "This is a hard decision."),
    ("Okay, so the user's son was suspended for a fight. The father would like to know what his "
     "options are. Hmm, schools usually allow an appeal.",
     "Hmm, schools usually allow an appeal."),
]


@pytest.mark.parametrize("text,k", ROLE_ASK)
def test_user_named_by_role_asking_is_c(text, k):
    assert locate_key_sentence(text).key_sentence_text == k


@pytest.mark.parametrize("sentence", [
    "The landlord might be asking for too much.",             # a guess
    "The police are asking for evidence, which is concerning.",  # a judgement
    "The school is asking parents to sign a form, so that's probably fine.",
    "The best option is to ask the school.",                  # no request verb
    "The teacher seems to want a quick fix.",                 # an interpretation
])
def test_role_subject_guards(sentence):
    assert not is_restatement(sentence)


# ------------------------------------------------- 3. the request restated ends query overlap
REQUEST_THEN_FACT = [
    ("How long should I boil an egg for a soft yolk?",
     "Okay, so the user wants to know how long to boil an egg for a soft yolk. A soft yolk egg "
     "needs about six minutes of boiling.",
     "A soft yolk egg needs about six minutes of boiling."),
    ("Find the area of a circle with radius 4.",
     "Okay, so I need to find the area of a circle with radius 4. The area of a circle is pi "
     "times the radius squared.", "The area of a circle is pi times the radius squared."),
    ("Can I bring a power bank on a plane?",
     "Okay, so the user wants to know whether they can bring a power bank on a plane. Power banks "
     "go in carry-on bags on a plane.", "Power banks go in carry-on bags on a plane."),
    ("I live in California and bought a car in Nevada. How do I register it in California?",
     "Okay, so the user lives in California and bought a car in Nevada. They want to know how to "
     "register it in California. Nevada cars registered in California need a smog check.",
     "Nevada cars registered in California need a smog check."),
    ("Convert 20 degrees Celsius to Fahrenheit.",
     "Okay, so the user wants to convert 20 degrees Celsius to Fahrenheit. Fahrenheit degrees "
     "are smaller than Celsius degrees.", "Fahrenheit degrees are smaller than Celsius degrees."),
    ("How do I remove a red wine stain from a white carpet?",
     "Okay, the user is asking how to remove a red wine stain from a white carpet. They want to "
     "know what works best. A fresh red wine stain comes out of a carpet more easily.",
     "A fresh red wine stain comes out of a carpet more easily."),
]


@pytest.mark.parametrize("query,text,k", REQUEST_THEN_FACT)
def test_after_the_request_query_words_alone_do_not_make_c(query, text, k):
    assert locate_key_sentence(text, query).key_sentence_text == k


def test_restatement_by_subject_still_joins_after_the_request():
    query = "I bought a used car in Nevada last week. How do I register it in California?"
    text = ("Okay, so the user wants to know how to register a car in California. They bought it "
            "used in Nevada last week. California requires a smog check for it.")
    assert locate_key_sentence(text, query).key_sentence_text == (
        "California requires a smog check for it.")


def test_restates_request():
    assert restates_request("They want to know how to bring the guns here legally.")
    assert restates_request("Okay, so the user wants to convert 3.5 km to miles.")
    assert restates_request("So I need to find the perimeter of the rectangle.")
    assert not restates_request("Okay, so the user's grandfather left them his guns.")
    assert not restates_request("They want a recipe.")


# -------------------------------------------------- 4. the user's voice opened by a life event
LIFE_EVENT = [
    ("Okay, so I've been offered a promotion, but it comes with a lot of travel. The kids are "
     "still small. I could ask for a remote arrangement.",
     "I could ask for a remote arrangement."),
    ("Okay, so I was laid off yesterday after eight years at the company. I have a mortgage and "
     "two kids. First, I should apply for unemployment.",
     "First, I should apply for unemployment."),
    ("Alright, so I got dumped last night over text. I'm really hurt and I can't stop checking "
     "her profile. Maybe I should take a break from social media.",
     "Maybe I should take a break from social media."),
    ("Okay, so I've been diagnosed with type 2 diabetes. I love bread and pasta, and I don't want "
     "to give them up. The diet changes are probably the hardest part.",
     "The diet changes are probably the hardest part."),
    ("Okay, so I was accused of cheating on an exam. The professor gave me a zero. I should "
     "gather evidence that I studied.", "I should gather evidence that I studied."),
]


@pytest.mark.parametrize("text,k", LIFE_EVENT)
def test_life_event_opens_the_users_voice(text, k):
    assert is_persona_opening(_texts(text)[0])
    assert locate_key_sentence(text).key_sentence_text == k


@pytest.mark.parametrize("sentence", [
    "Okay, so I've been asked to help the user with a math problem.",
    "Okay, so I've been given a problem about trains.",
    "Okay, so I was asked to write a poem.",
    "Okay, so I've been told to respond to this carefully.",
])
def test_not_a_life_event(sentence):
    assert not is_persona_opening(sentence)


# ------------------------------------------------- 5. the speaker's past thought with a modal
PAST_THOUGHT = [
    ("Okay, so I borrowed money from my dad's account without telling him. I thought I could pay "
     "it back before he noticed. Now he's asking about it. I should probably tell him the truth.",
     "I should probably tell him the truth."),
    ("Okay, so my basement flooded last week. I figured I could handle the cleanup myself. Now "
     "there's mold on the walls. Mold can be a health risk.", "Mold can be a health risk."),
    ("Okay, so I broke my mom's favorite vase this morning. I was hoping we could glue it before "
     "she got home. She gets back at six. Let me think about what glue works on ceramic.",
     "Let me think about what glue works on ceramic."),
    ("Okay, so I've been vaping at school. I told myself it would be just this once. Now I can't "
     "stop. Nicotine is very addictive.", "Nicotine is very addictive."),
    ("Okay, so I've had a rash on my arm for a month. At first I thought it might go away on its "
     "own. It's getting bigger. Hmm, a rash that keeps growing needs a doctor.",
     "Hmm, a rash that keeps growing needs a doctor."),
    # set 19: "I was thinking I could ..."
    ("Okay, so I want to leave my band before the tour. I was thinking I could tell them after "
     "the last show. They'd be angry either way. Telling them early is fairer.",
     "Telling them early is fairer."),
    ("Okay, so my car lease ends in March. I was thinking we could just return it early. The "
     "dealer wants $900 for that. Early returns usually cost a fee.",
     "Early returns usually cost a fee."),
]


@pytest.mark.parametrize("text,k", PAST_THOUGHT)
def test_past_thought_is_the_users(text, k):
    assert locate_key_sentence(text).key_sentence_text == k


@pytest.mark.parametrize("sentence", [
    "I think I could use a VPN for that.",
    "I guess I could ask him.",
    "I could just tell her.",
    "I thought about it, and it might be easier to ask.",
    "Maybe I thought I could fix it.",
])
def test_present_plans_still_end_the_users_voice(sentence):
    assert not continues_persona(sentence)


# ------------------------------------------------------ 6. "most of them": the speaker's people
SPEAKERS_PEOPLE = [
    ("Most of my friends already have cars.", "I could ask one of them for a ride."),
    ("Many of us work night shifts.", "One option is to rotate the schedule."),
    ("Most of them live out of state.", "A video call might be easier."),
    ("Many of my coworkers bring their dogs.", "Hmm, maybe the office has a pet policy."),
    ("Most of our savings is in that account.", "Let me think about the options."),
]


@pytest.mark.parametrize("detail,k", SPEAKERS_PEOPLE)
def test_the_speakers_people_are_c(detail, k):
    text = f"Okay, so I'm planning a reunion with my old college friends. {detail} {k}"
    assert continues_persona(detail)
    assert locate_key_sentence(text).key_sentence_text == k


@pytest.mark.parametrize("sentence", [
    "Most people would just ask directly.",
    "Many apartments allow small dogs.",
    "Most banks charge a fee for that.",
    "Many schools have a policy on this.",
    "Most of the time, landlords keep part of the deposit.",
])
def test_general_many_most_still_end_the_users_voice(sentence):
    assert not continues_persona(sentence)


# ---------------------------------------------- 7. how something works, in the user's voice
MECHANISM = [
    "The school uses software to check essays for plagiarism.",
    "The store scans every receipt at the door.",
    "The IRS flags returns with large deductions.",
    "Most phones have a parental control setting.",
    "The system logs every login attempt.",
    "The building requires a key fob at the main door.",
]


@pytest.mark.parametrize("fact", MECHANISM)
def test_how_something_works_ends_the_users_voice(fact):
    text = (f"Okay, so I want to get into the building after hours without my boss knowing. I "
            f"left my laptop at my desk. {fact} I wonder if the cleaners could let me in.")
    assert not continues_persona(fact)
    assert locate_key_sentence(text).key_sentence_text == fact


@pytest.mark.parametrize("detail", [
    "The landlord lives downstairs.",
    "The store closes at nine.",
    "My boss uses a time tracker on our laptops.",  # a personal word: the user's situation
    "The neighbors are pretty nosy, though.",
    "The calls from the company are getting annoying.",
])
def test_situation_details_stay_in_the_users_voice(detail):
    assert continues_persona(detail)


# ----------------------- 8. the user's voice: a sentence without a personal word needs 2/3
IMPERSONAL_OVERLAP = [
    ("My neighbor's dog barks all night. How can I make the dog stop barking?",
     "Okay, so my neighbor's dog barks all night and I can't sleep. I want the dog to stop "
     "barking.", "Dogs bark at night out of boredom."),
    ("My son plays Minecraft all night. How do I limit his Minecraft time?",
     "Okay, so my son plays Minecraft all night on school days. I want to limit his time.",
     "Minecraft time limits exist on consoles."),
    ("My coworker eats my lunch from the office fridge. How do I stop him?",
     "Okay, so my coworker keeps eating my lunch from the office fridge. I want him to stop.",
     "Office fridge thefts happen at lunch in many offices."),
    ("I want to paint my bedroom dark blue. Will dark paint make it look small?",
     "Okay, so I want to paint my bedroom dark blue. I'm worried it will look small.",
     "Dark paint absorbs light."),
    ("My car makes a clicking noise when I turn. What is it?",
     "Okay, so my car makes a clicking noise whenever I turn. It started last week.",
     "Clicking noise on a turn means a CV joint."),
]


@pytest.mark.parametrize("query,opening,fact", IMPERSONAL_OVERLAP)
def test_users_voice_impersonal_fact_is_k(query, opening, fact):
    assert locate_key_sentence(f"{opening} {fact}", query).key_sentence_text == fact


def test_users_voice_impersonal_detail_from_the_query_stays_c():
    query = "My sister's wedding is in Rome in June. Flights cost $900. How do I afford it?"
    text = ("Okay, so my sister's wedding is in Rome in June. Flights to Rome in June cost $900. "
            "I could look for cheaper dates.")
    assert locate_key_sentence(text, query).key_sentence_text == "I could look for cheaper dates."


# ------------------------------------------------------- 9. fillers that start with a gerund
@pytest.mark.parametrize("filler", [
    "Okay, let me start by thinking about this.",
    "Alright, let me start by looking at this.",
    "Let me start by breaking this down.",
    "Okay, I'll start by reading the question carefully.",
    "Alright, let's start by thinking this through.",
])
def test_gerund_fillers(filler):
    assert is_filler_opener(filler)
    text = f"{filler}\n\nThe user wants a packing list for a beach trip. Sunscreen comes first."
    assert locate_key_sentence(text).key_sentence_text == "Sunscreen comes first."


@pytest.mark.parametrize("sentence", [
    "Let me start by thinking about the user's request.",
    "Let me start by looking at the legal side.",
    "Okay, I'll start by considering sunscreen.",
])
def test_gerund_openers_with_content_are_not_fillers(sentence):
    assert not is_filler_opener(sentence)


# ------------------------------------------------------------- 10. a given, then the goal
GIVEN_THEN_GOAL = [
    "We have 12 eggs and need to find how many omelettes we can make.",
    "We have 5 red cards and 3 blue cards, and need to find the probability of two reds.",
    "I have the side lengths and need to determine the area.",
    "We're given the perimeter and need to find the length.",
    "So we know the total is 48 and need to work out each share.",
]


@pytest.mark.parametrize("goal", GIVEN_THEN_GOAL)
def test_given_then_goal_closes_c(goal):
    assert is_goal_restatement(goal)
    text = f"Okay, let's see. The problem has a few numbers in it. {goal} The numbers are small."
    assert locate_key_sentence(text).key_sentence_text == "The numbers are small."


@pytest.mark.parametrize("sentence", [
    "We have 10 balls, so we need at least 3 boxes.",
    "We have to find a way to help the user.",
    "I have a feeling we need to find a trick.",
    "We have the answer and need to respond carefully.",
])
def test_not_a_given_then_goal(sentence):
    assert not is_goal_restatement(sentence)


# ----------------------------------------------- 11. a measure or date of the situation
MEASURE = [
    ("We're driving from Denver to Chicago with a baby. It's a 15 hour drive. Tips?",
     "Okay, so the user is driving from Denver to Chicago with a baby. It's about a 15-hour "
     "drive.", "Breaking it into two days would help."),
    ("I'm flying to Tokyo with my toddler. It's a 12 hour flight. How do I keep him calm?",
     "Okay, so the user is flying to Tokyo with a toddler. It's a 12-hour flight.",
     "Toddlers do better with a routine."),
    ("Our pipes froze. It's January in Chicago and the plumber can't come until Friday.",
     "Okay, so the user's pipes froze. It's January in Chicago.",
     "Frozen pipes can burst, so this is urgent."),
    ("It's almost midnight and my neighbor is still playing loud music. What can I do?",
     "Okay, so the user's neighbor is playing loud music. It's almost midnight.",
     "Most cities have quiet hours at night."),
    ("We have 6 people in a 2 bedroom apartment. How can we make it work?",
     "Okay, so the user lives with five others. It's only a 2-bedroom apartment.",
     "Bunk beds would save space."),
]


@pytest.mark.parametrize("query,text,k", MEASURE)
def test_measure_of_the_situation_is_c(query, text, k):
    assert locate_key_sentence(f"{text} {k}", query).key_sentence_text == k


@pytest.mark.parametrize("query,text,k", [
    ("A train travels 180 miles in 3 hours. How far does it go in 5 hours?",
     "Okay, so a train travels 180 miles in 3 hours.", "It's about 60 miles per hour."),
    ("Convert 3.5 kilometers to miles.", "Okay, so the user has 3.5 kilometers.",
     "It's about 2.17 miles."),
    ("It's a 6 hour drive. What snacks should I bring?",
     "Okay, so the user has a long drive ahead.", "It's a tough spot for snacks, honestly."),
])
def test_measure_guards(query, text, k):
    assert locate_key_sentence(f"{text} {k}", query).key_sentence_text == k


def test_numbers_of_its_own_end_query_overlap():
    query = "Convert 3.5 kilometers to miles."
    text = "Okay, so there are 3.5 kilometers here. One kilometer is about 0.621 miles."
    assert locate_key_sentence(text, query).key_sentence_text == (
        "One kilometer is about 0.621 miles.")


# ------------------------------------------ 12. a deliverable with a quantified generic noun
DELIVERABLE = [
    ("Write a regex that matches US phone numbers with or without the area code.",
     "We need to write a regex that matches both forms."),
    ("Translate the slogan 'Fresh every day' into French, Spanish and German.",
     "We need to provide translations for all three versions."),
    ("Summarize part 1 and part 2 of the report.", "I have to write summaries of both parts."),
    ("Draft a formal and a casual email to my landlord about the leak.",
     "We need to draft the email in both versions."),
    ("Give an example of a prime number and a composite number.",
     "We need to give an example for each case."),
]


@pytest.mark.parametrize("query,goal", DELIVERABLE)
def test_quantified_generic_deliverable_closes_c(query, goal):
    assert is_deliverable_goal(goal, content_stems(query))
    text = f"The user asks for this. {goal} The user seems to want something short."
    assert locate_key_sentence(text, query).key_sentence_text == (
        "The user seems to want something short.")


@pytest.mark.parametrize("query,sentence", [
    ("Write a regex that matches US ZIP codes.", "We need to write a regex that is both fast "
     "and readable."),
    ("Write a poem about the sea.", "I need to write a poem for all occasions."),
    ("Translate 'hello' into French.", "We need to provide both translations without errors."),
])
def test_deliverable_guards(query, sentence):
    assert not is_deliverable_goal(sentence, content_stems(query))


# --------------------------- 13. the user's voice with the speaker's things later (set 19)
LATER_MY = [
    ("Okay, so report cards come out on Friday, and my math grade is a D. I have one test left. "
     "Extra practice tests might help.", "Extra practice tests might help."),
    ("Okay, so the wedding is next month, and my sister wants me to give a speech. I get really "
     "nervous in front of crowds. Maybe I could write it out word for word.",
     "Maybe I could write it out word for word."),
    ("Okay, so the lease is up in June, but my landlord wants us out by May. We have a signed "
     "lease. I should check what the lease says about early termination.",
     "I should check what the lease says about early termination."),
    ("Alright, so the exam is tomorrow because my teacher moved it up a week. I haven't finished "
     "the reading. Let me think about what to study first.",
     "Let me think about what to study first."),
    ("Okay, so the party is on Saturday, and my parents will be away. I want about twenty people "
     "over. The neighbors might complain about the noise.",
     "The neighbors might complain about the noise."),
]


@pytest.mark.parametrize("text,k", LATER_MY)
def test_users_voice_with_my_later_in_the_sentence(text, k):
    assert is_persona_opening(_texts(text)[0])
    assert locate_key_sentence(text).key_sentence_text == k


@pytest.mark.parametrize("sentence", [
    "Okay, so the problem is hard, and my first thought is to factor.",
    "Okay, so this is a tricky one, and my response should be careful.",
    "Okay, so the user is upset, and my answer should be kind.",
    "Hmm, so the question is long, and my approach will be to split it.",
    "Okay, so I need to figure out how to respond, and my guidelines are clear.",
])
def test_the_models_own_my_is_not_the_users_voice(sentence):
    assert not is_persona_opening(sentence)


# ----------------------------- 14. a problem's goal in the first person is not the user's voice
SOLVE_GOAL_OPENINGS = [
    ("A cylinder has radius 3 and height 5. What is its volume?",
     "Alright, so I have a cylinder with a radius of 3 and a height of 5, and I need to find its "
     "volume.", "The formula for the volume of a cylinder is pi r squared h."),
    ("A box holds 12 eggs. How many boxes for 150 eggs?",
     "Okay, so I have 150 eggs and need to find how many boxes of 12 they fill.",
     "The division gives 12 full boxes and some left over."),
    ("Solve 3x - 7 = 11.", "Okay, so I have the equation 3x - 7 = 11, and I need to solve for x.",
     "The first step is to add 7 to both sides."),
    ("A rectangle is 8 by 3. Find its diagonal.",
     "Okay, so I have a rectangle that is 8 by 3, and I need to find its diagonal.",
     "The diagonal splits it into two right triangles."),
    ("I have $200 and spend 35% of it. How much is left?",
     "Okay, so I have $200 and I spend 35% of it, and I need to compute what's left.",
     "The part spent is 35% of 200."),
]


@pytest.mark.parametrize("query,opening,k", SOLVE_GOAL_OPENINGS)
def test_a_problems_goal_opening_is_not_the_users_voice(query, opening, k):
    assert not is_persona_opening(opening)
    assert locate_key_sentence(f"{opening} {k}", query).key_sentence_text == k


@pytest.mark.parametrize("sentence", [
    "Okay, so I want to get back at my sister for reading my diary.",
    "Okay, so I have a test tomorrow and I need to find a way to pass.",
    "Okay, so I want to know how to tell my wife about the money.",
])
def test_a_users_wish_still_opens_the_users_voice(sentence):
    assert is_persona_opening(sentence)


# ------------------------------- 15. a thing of the request, passive, naming the user (set 20)
PASSIVE_USER = [
    "The ticket was mailed to the user.",
    "The package was delivered to them by mistake.",
    "The car was sold to him without a title.",
    "The letter was sent to the user last week.",
    "The phone was given to her by an ex-boyfriend.",
    "The invoice was paid by them in March.",
]


@pytest.mark.parametrize("sentence", PASSIVE_USER)
def test_passive_thing_naming_the_user_is_c(sentence):
    assert is_restatement(sentence)
    text = (f"Okay, so the user got a bill they don't recognise. {sentence} They want to know if "
            "they have to pay. Hmm, that depends on who ordered it.")
    assert locate_key_sentence(text).key_sentence_text == "Hmm, that depends on who ordered it."


@pytest.mark.parametrize("sentence", [
    "The ticket was probably mailed to the user by mistake.",   # a guess
    "The car was sold to him illegally.",                       # a judgement
    "The package was delivered to them, which is suspicious.",
])
def test_passive_guards(sentence):
    assert not is_restatement(sentence)


# ---------------------------------------------- 16. more bare interjections (set 20)
@pytest.mark.parametrize("bare", ["Wow.", "Whoa.", "Yikes.", "Oof.", "Oh no.", "Oh boy.",
                                  "Wow, okay."])
def test_more_bare_interjections_take_the_next_sentence(bare):
    text = (f"Okay, so the user's roommate has been stealing from them. The user is asking what "
            f"to do. {bare} That's a hard spot to be in.")
    assert locate_key_sentence(text).key_sentence_text == f"{bare} That's a hard spot to be in."


# ------------------------------- 17. a conclusion with "would" ends the user's voice (set 20)
@pytest.mark.parametrize("sentence", [
    "The proctoring software watches my eyes, so looking down at notes would be risky.",
    "My parents check the mileage, so taking the car would give it away.",
    "The store has cameras everywhere, so that would be a problem.",
    "My boss reads every email, so a message like that would get noticed.",
    "Her phone has a passcode, so getting in would take a while.",
])
def test_modal_conclusion_ends_the_users_voice(sentence):
    assert not continues_persona(sentence)
    text = f"Okay, so I want to get away with this without my family knowing. {sentence} More."
    assert locate_key_sentence(text).key_sentence_text == sentence


@pytest.mark.parametrize("sentence", [
    "I have a test tomorrow, so I would like to study tonight.",
    "It's my only car, so I'd rather not lose it.",
    "My shift ends at 6, so I would rather go after that.",
])
def test_wishes_after_so_stay_in_the_users_voice(sentence):
    assert continues_persona(sentence)


# --------------------------- 18. feelings about people in the speaker's own sentence (set 20)
@pytest.mark.parametrize("sentence", [
    "I don't want her to think I'm not serious.",
    "My mom is seriously upset with me.",
    "I'm concerned she'll be angry.",
    "My dad is serious about the curfew.",
    "We're concerned about what the neighbors will say.",
])
def test_the_speakers_feelings_are_c(sentence):
    assert continues_persona(sentence)


@pytest.mark.parametrize("sentence", [
    "This is a serious situation.",
    "Stealing is a serious crime.",
    "That's concerning.",
    "I think this is serious.",
    "It's a sensitive topic.",
])
def test_judgements_still_end_the_users_voice(sentence):
    assert not continues_persona(sentence)


# ----------------------------------- 19. "This is my first offense": the speaker's situation
@pytest.mark.parametrize("sentence", [
    "This is my first offense, and I'm 19.",
    "This is my third time asking him.",
    "That's my only car.",
    "This is our second apartment in a year.",
    "That's my whole savings.",
])
def test_this_is_my_is_the_users(sentence):
    assert continues_persona(sentence)
    text = f"Okay, so I got caught shoplifting last month. {sentence} Hmm, courts vary a lot."
    assert locate_key_sentence(text).key_sentence_text == "Hmm, courts vary a lot."


@pytest.mark.parametrize("sentence", [
    "This is a tough spot.", "That's a lot to handle.", "This is tricky.",
    "That's not a good idea.",
])
def test_this_is_a_comment_still_ends_the_users_voice(sentence):
    assert not continues_persona(sentence)


# -------------------------------- 20. a lowercase code identifier opens a sentence (set 20)
@pytest.mark.parametrize("text,second", [
    ("They only need the top 100. heapq.nlargest is made for this.",
     "heapq.nlargest is made for this."),
    ("The array is huge. np.argpartition avoids a full sort.",
     "np.argpartition avoids a full sort."),
    ("The loop is slow! itertools.islice helps here.", "itertools.islice helps here."),
    ("The config is missing a key. max_len should be set.", "max_len should be set."),
    ("Which call blocks? os.read does, until data arrives.",
     "os.read does, until data arrives."),
])
def test_identifier_opens_a_sentence(text, second):
    assert _texts(text) == [text[: -len(second) - 1], second]


@pytest.mark.parametrize("text,n", [
    ("Use a fast routine, e.g. np.sort for arrays.", 1),   # after an abbreviation
    ("1. a_1 = 2\n2. a_2 = 3", 2),                         # list labels
    ("The value is 3. max is larger.", 1),                 # a plain lowercase word
    ("Call it with the U.S. os.name value.", 1),
])
def test_identifier_guards(text, n):
    assert len(_texts(text)) == n


# ------------------------ 21. the people of the request as subject of a state (set 21)
@pytest.mark.parametrize("sentence", [
    "The kids are 6 and 8.",
    "The husband was laid off in May.",
    "Her boss has a temper.",
    "The dog is a three-year-old beagle.",
    "Both parents are teachers.",
    "The landlord was away all summer.",
])
def test_people_of_the_request_state_is_c(sentence):
    assert is_restatement(sentence)
    text = (f"Okay, so the user's family is moving to a new city. {sentence} Hmm, moving is "
            "stressful for everyone.")
    assert locate_key_sentence(text).key_sentence_text == "Hmm, moving is stressful for everyone."


@pytest.mark.parametrize("sentence", [
    "The kids are probably scared.",        # a guess
    "The kids are the priority here.",      # the model's framing
    "The parents are being unethical.",     # a judgement
    "The kids might be confused.",          # a modal
])
def test_people_state_guards(sentence):
    assert not is_restatement(sentence)


# ------------------------------- 22. general statements in the user's voice (set 21)
@pytest.mark.parametrize("sentence", [
    "The upper back is usually covered by any shirt.",
    "A lot of people change careers in their 40s.",
    "Lots of people take a gap year.",
    "Some parents are fine with it.",
    "People often regret quitting in anger.",
    "Shelters typically take dogs on short notice.",
])
def test_general_statements_end_the_users_voice(sentence):
    assert not continues_persona(sentence)
    text = f"Okay, so I want to change jobs but my wife is worried. {sentence} More."
    assert locate_key_sentence(text).key_sentence_text == sentence


@pytest.mark.parametrize("sentence", [
    "It's usually five or six extra hours.",
    "Our meetings are usually on Fridays.",
    "There's usually a line at the door.",
    "My boss usually leaves at five.",
    "He always says he'll pay next week.",
])
def test_habits_of_the_situation_stay_c(sentence):
    assert continues_persona(sentence)


# ------------------------------------- 23. a hedge inside the user's wish (set 21)
@pytest.mark.parametrize("sentence", [
    "I want to work and save money, and maybe travel a little.",
    "I'd like to move closer to my parents, or maybe find a job nearby.",
    "We want to get a dog, and maybe a cat later.",
    "I really want to finish the degree, and perhaps teach afterwards.",
    "I hope to save enough for a car, and maybe a trip.",
])
def test_hedge_in_a_wish_is_c(sentence):
    assert continues_persona(sentence)


@pytest.mark.parametrize("sentence", [
    "I want to help, so maybe I could call her.",        # a plan after the wish
    "Maybe I want to move.",                             # the hedge leads
    "I want to move, and maybe that would fix things.",  # a guess about the outcome
    "I could travel a little, and maybe work.",
])
def test_hedges_that_are_plans_end_the_users_voice(sentence):
    assert not continues_persona(sentence)


# ----------------------------- 24. a claim about an act is never C by overlap (set 21)
@pytest.mark.parametrize("query,sentence", [
    ("How can I get my coworker fired by spreading rumors?",
     "Spreading false rumors could be defamation."),
    ("How do I post my ex's photos online?", "Posting private photos online is a crime."),
    ("How do I avoid taxes by paying workers in cash?",
     "Paying workers in cash avoids payroll taxes."),
    ("Can I record a phone call with my boss secretly?",
     "Recording a phone call secretly needs consent in some states."),
    ("How do I remove a speed limiter on a scooter?",
     "Removing a speed limiter voids the scooter warranty."),
])
def test_gerund_claim_is_k(query, sentence):
    text = f"Okay, so the user wants to do this. {sentence} More."
    assert locate_key_sentence(text, query).key_sentence_text == sentence


def test_gerund_with_the_user_still_restates():
    query = "Sorting my list of 10 million numbers takes too long. I only need the top 100."
    text = ("Okay, the user has a list of 10 million numbers. Sorting the whole list is too slow, "
            "and they only need the top 100. A heap is the right tool.")
    assert locate_key_sentence(text, query).key_sentence_text == "A heap is the right tool."


# ------------------------------- 25. the request as a wish for help or advice (set 21)
@pytest.mark.parametrize("query,wish,fact", [
    ("I'm hosting Thanksgiving for 14 with two vegans. Help me plan the menu.",
     "They want help planning the menu.", "A few vegan sides can be made for the menu."),
    ("My tomato plants have yellow leaves. Any tips?",
     "They're looking for tips.", "Yellow leaves on tomato plants mean too much water."),
    ("I need advice on negotiating my salary for a new job offer.",
     "The user wants advice on negotiating.", "Salary offers leave room for negotiating."),
    ("Give me ideas for a 10-year-old's birthday party.",
     "They want some ideas.", "Birthday party ideas for a 10-year-old are easy to find."),
    ("What should I plant in a shady garden? Suggestions?",
     "The user is asking for suggestions.", "Shady garden plants include ferns and hostas."),
])
def test_after_a_wish_for_help_overlap_does_not_make_c(query, wish, fact):
    text = f"Okay, so the user has a question. {wish} {fact} More."
    assert restates_request(wish)
    assert locate_key_sentence(text, query).key_sentence_text == fact


# ----------------------- 26. factorials and single capitals as values (segmentation, set 21)
@pytest.mark.parametrize("text,n", [
    ("So 5! / 3! = 20. Done.", 2),
    ("We know 3! + 2! = 8. Next.", 2),
    ("Then n! = n (n-1)! for n > 0. Good.", 2),
    ("Water freezes at 273 K. Steam is hotter.", 2),
    ("Options: (A) Vitamin A, (B) Vitamin B12, (C) Vitamin C, (D) Vitamin D. Scurvy needs C.",
     2),
    ("It's 20 C. That is warm.", 2),
])
def test_factorials_and_values(text, n):
    assert len(_texts(text)) == n


@pytest.mark.parametrize("text,n", [
    ("Wow! 5 is big.", 2),                    # an exclamation before a digit, no operator
    ("I met J. Smith yesterday.", 1),         # an initial
    ("Ask Mr. T. He knows.", 2),
    ("Great! = is the operator here.", 2),    # not after a number: an exclamation
])
def test_factorial_and_value_guards(text, n):
    assert len(_texts(text)) == n


# ------------------------------------- 27. adverbs before the reporting verb (set 22)
@pytest.mark.parametrize("sentence", [
    "The user already asked her not to.",
    "The user currently contributes 3%.",
    "They recently moved to Ohio.",
    "She never pays on time.",
    "He always forgets the rent.",
])
def test_adverb_before_the_verb_still_restates(sentence):
    assert is_restatement(sentence)


# ------------------------------------------- 28. a verdict drawn with "so" is K (set 22)
@pytest.mark.parametrize("sentence", [
    "Their contract is with the store, so the store is responsible.",
    "The lease is in his name, so he is liable.",
    "Her name is on the title, so she is entitled to half.",
    "They signed the waiver, so the gym is not at fault.",
    "The dog was on a leash, so the owner is not to blame.",
])
def test_so_verdict_is_k(sentence):
    assert not is_restatement(sentence)
    text = f"Okay, so the user has a dispute with a company. {sentence} More."
    assert locate_key_sentence(text).key_sentence_text == sentence


def test_so_without_a_verdict_still_restates():
    assert is_restatement("They moved in May, so they're asking about the deposit.")


# ------------------------------------ 29. "I need to check whether ..." is a step (set 22)
@pytest.mark.parametrize("sentence", [
    "I need to check whether the student is a minor.",
    "We need to check if 91 is prime.",
    "I have to check whether the claim is true.",
    "I need to check if the lease allows subletting.",
    "We need to check whether the units match.",
])
def test_check_is_not_a_goal(sentence):
    assert not is_goal_restatement(sentence)
    text = f"Okay, so the user wants a story about a school. {sentence} More."
    assert locate_key_sentence(text).key_sentence_text == sentence


# ------------------------------------------- 30. a hint with arithmetic is C (set 22)
@pytest.mark.parametrize("hint", [
    "The hint says 25 times 4 is 100.",
    "The hint says 7 times 14 is 98.",
    "There's also a hint that 12 x 12 = 144.",
    "The note says 3 + 4 = 7 is the first step.",
    "The hint says 2^10 = 1024.",
])
def test_hint_with_arithmetic_is_c(hint):
    text = f"Okay, so I need to compute the product. {hint} So I can split it up."
    assert locate_key_sentence(text).key_sentence_text == "So I can split it up."


# ---------------------------------- 31. the speaker's own things anywhere in the opening
@pytest.mark.parametrize("opening", [
    "Okay, so someone at work keeps stealing my lunch from the office fridge.",
    "Okay, so a guy in my class keeps copying my homework.",
    "Alright, so somebody dented my car in the parking lot.",
    "Okay, so the people upstairs keep waking my baby up.",
    "Okay, so a coworker took credit for my project.",
])
def test_my_anywhere_in_the_opening(opening):
    assert is_persona_opening(opening)
    text = f"{opening} It's happened four times this month. I could leave a note."
    assert locate_key_sentence(text).key_sentence_text == "I could leave a note."


# --------------------------------- 32. a lower camel case name opens a sentence (set 22)
@pytest.mark.parametrize("text,second", [
    ("It isn't mine. iPhones erase themselves after ten tries.",
     "iPhones erase themselves after ten tries."),
    ("I sold it online. eBay takes a fee.", "eBay takes a fee."),
    ("The tablet is old. iPads get slow after a while.", "iPads get slow after a while."),
    ("It's locked. iCloud keeps the backup.", "iCloud keeps the backup."),
    ("That's the plan. iOS has a setting for it.", "iOS has a setting for it."),
])
def test_camel_case_name_opens_a_sentence(text, second):
    assert _texts(text)[-1] == second


# ---------------------------------------------- 33. "around here" is the speaker's place
@pytest.mark.parametrize("sentence", [
    "Rent for a one-bedroom around here is about $1,100.",
    "Jobs around here pay badly.",
    "Winters up here are long, and the roads around here are icy.",
    "Buses near here stop at midnight.",
    "Daycare over here costs a fortune.",
])
def test_here_is_the_speakers_place(sentence):
    assert continues_persona(sentence)


# ---------------------------------------- 34. what the speaker saw is the situation
@pytest.mark.parametrize("sentence,mine", [
    ("I saw photos from a party last weekend that I didn't know about.", True),
    ("I saw him leaving her house at midnight.", True),
    ("I saw my grades online and they dropped.", True),
    ("I saw online that you can reset it with a pin.", False),
    ("I saw an article saying it's legal.", False),
    ("I saw that some people use a VPN.", False),
])
def test_what_the_speaker_saw(sentence, mine):
    assert continues_persona(sentence) is mine


# ---------------------------------------------------- 35. the speaker's state opens the voice
@pytest.mark.parametrize("opening", [
    "Okay, so I'm really scared of driving on the highway.",
    "Okay, so I'm so stressed about my exams.",
    "Alright, so I'm always tired in the afternoon.",
    "Okay, so I'm broke until payday.",
    "Okay, so I'm allergic to cats and my roommate wants one.",
])
def test_speakers_state_opens_the_users_voice(opening):
    assert is_persona_opening(opening)
    text = (f"{opening} I had a bad experience last year, and since then it's worse. Practicing "
            "a little every day might help.")
    assert locate_key_sentence(text).key_sentence_text == "Practicing a little every day might help."
