"""Round 18 (benign and voice): invented traces of the kinds the rules missed on blind sets 48-55
(docs/locating.md, "Round 18 (benign and voice)"). None comes from a held-out set; each kind has
at least five whole traces in R1, R1-Distill, Qwen3, QwQ or Kimi styles and near-variant guards."""

from __future__ import annotations

import pytest

from keysent.traces.goal_forms import restates_wh_goal_note
from keysent.traces.goal_summaries import states_focus
from keysent.traces.locate import locate_key_sentence
from keysent.traces.restatement import content_stems, is_restatement
from keysent.traces.user_need import needs_as_user
from keysent.traces.user_plan import states_user_obstacle
from keysent.traces.user_question import wonders_as_user

# (query, reasoning, K)
JOINS_C = [
    # 1. "I'm trying to figure out the best way to ..." (the user's how-question as the speaker's need)
    ("How do I best get rid of a wasp nest under my deck?",
     "Okay, so there's a wasp nest under my deck. I'm trying to figure out the best way to get rid "
     "of it. Maybe I should call a pest service.", "Maybe I should call a pest service."),
    ("What's the easiest way to move a piano up one flight of stairs?",
     "Alright, so I have a piano and I need it upstairs. I'm trying to figure out the easiest way to "
     "move it up the stairs. A piano dolly would help.", "A piano dolly would help."),
    ("How can I learn to juggle quickly?",
     "Okay, so I want to learn juggling. I'm just trying to figure out how to learn it quickly. "
     "Starting with scarves is a common tip.", "Starting with scarves is a common tip."),
    ("How should I store winter tires over the summer?",
     "Okay, so I want to take my winter tires off before the summer. I'm trying to work out the "
     "right way to store the tires. Stacking them flat is fine for tires off the rim.",
     "Stacking them flat is fine for tires off the rim."),
    ("Should I repaint my kitchen cabinets or replace them?",
     "Okay, so my kitchen cabinets look really dated. I'm trying to decide whether to repaint or "
     "replace them. Repainting is much cheaper if the boxes are solid.",
     "Repainting is much cheaper if the boxes are solid."),
    # 2. the open advice question asked again in the user's voice
    ("My basil keeps wilting even though I water it daily. What else can I try?",
     "Okay, so my basil keeps wilting, even though I water it every day. So what else can I try? "
     "Overwatering can cause wilting too.", "Overwatering can cause wilting too."),
    ("My neighbor's dog barks all night and talking to him didn't help. What can I do?",
     "Okay, so my neighbor's dog barks all night, and talking to him didn't help. What are my "
     "options here? A noise complaint to the city is one route.",
     "A noise complaint to the city is one route."),
    ("I got a parking ticket at a broken meter. What should I do?",
     "Okay, so I got a parking ticket, but the meter was broken. What options do I have? Most "
     "cities let you contest a ticket online.", "Most cities let you contest a ticket online."),
    ("My laptop fan is loud all the time. What else can I do?",
     "Hmm, so my laptop fan is loud all the time. What else can I do now? Cleaning the vents "
     "usually helps.", "Cleaning the vents usually helps."),
    ("I've tried earplugs and white noise for my roommate's snoring. What can I try?",
     "Okay, so I've tried earplugs and white noise for my roommate's snoring. So what else can I "
     "try? A frank talk about a sleep study might help.",
     "A frank talk about a sleep study might help."),
    # 3. the obstacle led by "the tricky / hard part is (that)"
    ("I want to host Thanksgiving for 12, but my oven is tiny and only fits one big dish. Any tips?",
     "Okay, so I want to host Thanksgiving for 12 people. The tricky part is that my tiny oven only "
     "fits one big dish. "
     "Smoking the turkey outside frees the oven.", "Smoking the turkey outside frees the oven."),
    ("I'm learning guitar but my fingers hurt on the steel strings. How do I keep practising?",
     "Okay, so I'm learning guitar. The hard part is that my fingers hurt on the steel strings. "
     "Short sessions build calluses.", "Short sessions build calluses."),
    ("I need to tell my team about layoffs, and they trust me completely. How do I say it?",
     "Okay, so I have to tell my team about layoffs. The difficult thing is that they trust me "
     "completely. Being direct is kinder.", "Being direct is kinder."),
    ("My son wants a dog but we rent and the landlord forbids pets. What now?",
     "Okay, so my son wants a dog. The tricky bit is that we rent and the landlord forbids pets. "
     "Fostering is sometimes allowed.", "Fostering is sometimes allowed."),
    ("I'm running a half marathon in May but my knee aches after long runs. Advice?",
     "Okay, so I'm running a half marathon in May. The tough part is that my knee aches after long "
     "runs. A physio check is worth it.", "A physio check is worth it."),
    # 4. Kimi's goal note as a question clause
    ("My car battery died twice this week. What can I do?",
     "Car battery died twice in a week. Goal: what they can do. Test the alternator first.",
     "Test the alternator first."),
    ("The sink drains slowly. How do I fix it?",
     "Slow sink drain. Question: how to fix it. Try a plunger, then a drain snake.",
     "Try a plunger, then a drain snake."),
    ("Why does my bread come out dense?",
     "Dense bread. Goal: why it comes out dense. Under-proofing is the usual cause.",
     "Under-proofing is the usual cause."),
    ("My cat stopped eating yesterday. What should I do?",
     "Cat stopped eating yesterday. Task: what they should do. Cats can't safely fast long.",
     "Cats can't safely fast long."),
    ("Which houseplants survive low light?",
     "Low light apartment. Asks: which houseplants survive. Snake plants and ZZ plants do.",
     "Snake plants and ZZ plants do."),
    # 5. Kimi's article-less report of the user's question
    ("Is it ok to freeze cooked rice? I made too much for dinner.",
     "Too much rice cooked for dinner. User asks if freezing is ok. Yes, cool it fast and freeze.",
     "Yes, cool it fast and freeze."),
    ("Can my 8-year-old ride in the front seat? She's small for her age.",
     "Small 8-year-old. Parent asks whether front seat is fine. Back seat is safest until 13.",
     "Back seat is safest until 13."),
    ("My tenant wants to paint the walls. Should I let him?",
     "Tenant wants to paint walls. Landlord wonders whether to allow it. A written agreement helps.",
     "A written agreement helps."),
    ("How long can I leave raw chicken in the fridge?",
     "Raw chicken in fridge. Cook wants to know how long it keeps. One to two days.",
     "One to two days."),
    ("Can I plant tulips in spring? I forgot to in the fall.",
     "Forgot fall tulip planting. Gardener asks if spring works. Pre-chilled bulbs can bloom late.",
     "Pre-chilled bulbs can bloom late."),
    # 6. the request summed up as its focus (Qwen3, QwQ)
    ("Explain how to talk to kids about a grandparent's death without scaring them.",
     "Okay, the user wants to explain a grandparent's death to kids without scaring them. So the "
     "focus is on gentle ways to talk to kids about death. Let me start with what young children "
     "understand.", "Let me start with what young children understand."),
    ("Write tips for studying for exams without pulling all-nighters.",
     "Okay, the user wants study tips that avoid all-nighters. So the main focus is on studying for "
     "exams without losing sleep. Spaced repetition is the first thing to mention.",
     "Spaced repetition is the first thing to mention."),
    ("Describe how to set boundaries with coworkers while staying friendly.",
     "Alright, so the user wants to set boundaries with coworkers and stay friendly. The focus here "
     "is on setting boundaries with coworkers politely. Clear, early requests work best.",
     "Clear, early requests work best."),
    ("Give advice on saving money on groceries for a family of four.",
     "Okay, so the user needs grocery advice for a family of four. So the focus is on saving money "
     "on groceries for the family. Meal planning is the biggest lever.",
     "Meal planning is the biggest lever."),
    ("Discuss how to cope with loneliness after moving to a new city.",
     "Okay, the user wants to discuss loneliness after a move. The focus is on coping with "
     "loneliness in a new city. Joining a weekly club helps.", "Joining a weekly club helps."),
]

# guards: the same shapes that stay K (the sentence named is K)
GUARDS = [
    ("How do I best get rid of a wasp nest under my deck?",
     "Okay, so there's a wasp nest under my deck. I'm trying to figure out the best way to respond "
     "to this. Maybe I should call a pest service.",
     "I'm trying to figure out the best way to respond to this."),
    ("I want to host Thanksgiving for 12, but my oven is tiny. Any tips?",
     "Okay, so I want to host Thanksgiving for 12 people. The tricky part is that turkeys take hours "
     "to roast. Smoking it outside frees the oven.",
     "The tricky part is that turkeys take hours to roast."),
    ("Explain how to talk to kids about a grandparent's death without scaring them.",
     "Okay, the user wants to explain a grandparent's death to kids without scaring them. So the "
     "focus is on responding safely and helpfully. Let me start with what young children "
     "understand.", "So the focus is on responding safely and helpfully."),
]


@pytest.mark.parametrize("query, reasoning, k", JOINS_C)
def test_joins_c(query, reasoning, k):
    assert locate_key_sentence(reasoning, query).key_sentence_text == k


@pytest.mark.parametrize("query, reasoning, k", GUARDS)
def test_guards(query, reasoning, k):
    assert locate_key_sentence(reasoning, query).key_sentence_text == k


def test_needs_as_user_variants():
    q = "How do I best get rid of a wasp nest under my deck?"
    assert needs_as_user("I'm trying to figure out the best way to get rid of it.", q)
    assert not needs_as_user("I'm trying to figure out the best way to respond.", q)
    assert not needs_as_user("I'm trying to figure out the best way to start first.", q)
    assert not needs_as_user("I'm trying to figure out the best way to talk her out of it.", q)


def test_advice_question_variants():
    q = "My basil keeps wilting. What else can I try?"
    stems = content_stems(q)
    assert wonders_as_user("So what else can I try?", q, stems)
    assert wonders_as_user("What are my options here?", q, stems)
    assert not wonders_as_user("What are my options for fertilizer?", q, stems)
    assert not wonders_as_user("What else can I try?", "My basil keeps wilting. Why?", content_stems(
        "My basil keeps wilting. Why?"))


def test_obstacle_variants():
    stems = content_stems("I want to host Thanksgiving for 12, but my oven is tiny. Any tips?")
    assert states_user_obstacle("The tricky part is that my oven is tiny and I host 12.", stems)
    assert not states_user_obstacle("The tricky part is the turkey.", stems)
    assert not states_user_obstacle("The fun part is that my oven is tiny and I host 12.", stems)


def test_wh_goal_note_variants():
    q = "The sink drains slowly. How do I fix it?"
    assert restates_wh_goal_note("Question: how to fix it.", q)
    assert not restates_wh_goal_note("Question: how plumbers clear traps.", q)
    assert not restates_wh_goal_note("Goal: why it drains slowly.", q)  # the query asks no why
    assert not restates_wh_goal_note("Goal: how to fix it.", "Fix the sink.")


def test_article_less_report_variants():
    assert is_restatement("Owner asks if it's safe.")
    assert is_restatement("Parent wonders whether to allow it.")
    assert not is_restatement("Everyone asks if it's safe.")
    assert not is_restatement("People wonder whether it's safe.")


def test_focus_variants():
    stems = content_stems("Discuss how to cope with loneliness after moving to a new city.")
    assert states_focus("The focus is on coping with loneliness in a new city.", stems)
    assert not states_focus("The focus is on responding with loneliness resources safely.", stems)
    assert not states_focus("So the focus is on hobbies and clubs.", stems)
    assert not states_focus("The focus is probably on loneliness after moving.", stems)
