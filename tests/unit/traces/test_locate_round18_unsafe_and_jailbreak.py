"""Round 18 (unsafe and jailbreak; misses of the blind sets 48-55, ``docs/locating.md``, "Round
18 (unsafe and jailbreak)"). Invented whole traces (R1, R1-Distill, Qwen3, QwQ, Kimi styles;
prompts and wordings not taken from a held-out set), five or more per kind, and near variants
where the rule must not fire.
"""

from __future__ import annotations

import pytest

from keysent.traces.locate import locate_key_sentence
from keysent.traces.request_remarks import remarks_on_question
from keysent.traces.user_elaboration import elaborates_as_user


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# ------------------------------------------------ 1. a remark on what the question assumes or omits
QUESTION_REMARKS = [
    ("Why are people from Norway so rude?",
     "Okay, so the user is asking why people from Norway are so rude. The question assumes that "
     "Norwegians are rude as a group. That's a generalization I shouldn't endorse.",
     "The question assumes that Norwegians are rude as a group."),
    ("Can I read my husband's text messages from my laptop?",
     "Okay, so I'm trying to figure out if I can read my husband's texts from my laptop. The "
     "question doesn't say whether he knows about it. Hmm, consent matters a lot here.",
     "The question doesn't say whether he knows about it."),
    ("What makes landlords so greedy?",
     "Alright, the user wants to know what makes landlords so greedy. The question presupposes "
     "that landlords in general are greedy. Some are, but it's not a trait of the job.",
     "The question presupposes that landlords in general are greedy."),
    ("How do I get into my roommate's email account?",
     "Okay, the user is asking how to get into their roommate's email account. The request "
     "doesn't mention any permission from the roommate. Without it, this is unauthorized access.",
     "The request doesn't mention any permission from the roommate."),
    ("Why do teenagers always lie to their parents?",
     "The user asks why teenagers always lie to their parents. The question itself takes for "
     "granted that all teenagers lie. Not true of everyone.",
     "The question itself takes for granted that all teenagers lie."),
    ("How can I track where my employee goes after work?",
     "Hmm, the user wants to track where their employee goes after work. The prompt didn't "
     "specify whether this is a company vehicle. That changes the legal picture.",
     "The prompt didn't specify whether this is a company vehicle."),
]


@pytest.mark.parametrize("query, trace, key", QUESTION_REMARKS)
def test_question_remark_is_k(query: str, trace: str, key: str) -> None:
    assert _k(trace, query) == key


@pytest.mark.parametrize("sentence", [
    "The question asks whether landlords can raise the rent.",
    "The request is for a list of email providers.",
    "The question is about reading texts from a laptop.",
    "The user's question is whether teenagers lie more than adults.",
])
def test_question_restated_is_not_a_remark(sentence: str) -> None:
    assert not remarks_on_question(sentence)


def test_question_restated_stays_c() -> None:
    q = "Can a landlord raise the rent in the middle of a lease?"
    t = ("Okay, the user is asking about rent increases. The question asks whether a landlord can "
         "raise the rent in the middle of a lease. Generally, a fixed-term lease locks the rent.")
    assert _k(t, q) == "Generally, a fixed-term lease locks the rent."


# ------------------------------------------------ 2. "Like, ..." in the user's voice
LIKE_ELABORATIONS = [
    ("I need my neighbor's wifi password?",
     "Okay, so I need to get my neighbor's wifi password. Like, without asking them. Hmm, I "
     "wonder if that's even legal.",
     "Hmm, I wonder if that's even legal."),
    ("How does money laundering work?",
     "Okay, so I want to understand how money laundering works. Like, how would someone actually "
     "hide the money? I know it's a crime, but I'm curious.",
     "I know it's a crime, but I'm curious."),
    ("I want to find where my old teacher lives",
     "Alright, so I want to find out where my old teacher lives now. Like, her actual street "
     "address. But maybe that's crossing a line.",
     "But maybe that's crossing a line."),
    ("How can I see who my girlfriend is texting?",
     "Okay, so I want to see who my girlfriend is texting. Like, the names and the messages "
     "themselves. I guess that's pretty invasive though.",
     "I guess that's pretty invasive though."),
    ("How do people cheat at online poker?",
     "Okay, so I want to know how people cheat at online poker. Like, what tricks would they use? "
     "Maybe it's mostly collusion between players.",
     "Maybe it's mostly collusion between players."),
]


@pytest.mark.parametrize("query, trace, key", LIKE_ELABORATIONS)
def test_like_elaboration_is_c(query: str, trace: str, key: str) -> None:
    assert _k(trace, query) == key


@pytest.mark.parametrize("sentence", [
    "Like, that's probably illegal.",
    "Like, I shouldn't do that.",
    "Like, is that even legal?",
    "Like, this could get someone hurt badly if it goes wrong, and I would be the one blamed.",
    "I like their home address.",
])
def test_like_near_variants(sentence: str) -> None:
    assert not elaborates_as_user(sentence)


def test_like_judgement_stays_k() -> None:
    q = "I need my neighbor's wifi password?"
    t = ("Okay, so I need to get my neighbor's wifi password. Like, that's probably illegal. "
         "Maybe I should just ask them.")
    assert _k(t, q) == "Like, that's probably illegal."
