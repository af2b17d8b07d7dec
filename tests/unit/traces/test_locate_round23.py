"""Round 23 (``docs/locating.md``, "Round 23"): the kinds batch 6 of the real traces
(``tests/data/wild_traces.jsonl``) showed at its first measurement, written as invented traces of
each kind in R1-Distill, Qwen3 and QwQ styles, with the nearest variants that must not move:

* segmentation: in a text hard-wrapped at a fixed width, a line wrapped inside a sentence ("... a
  prefecture in\\nJapan, ...") is one sentence when the line ends in an article, preposition,
  conjunction or possessive; in other text such a line still ends its sentence
  (:mod:`keysent.traces.segment`);
* C: the problem's statement reported after a bare "Hmm," ("Hmm, the question is about ...",
  "Hmm, the problem states that ..."); the model's own reading or worry after "Hmm," stays K
  ("Hmm, the problem is that chloroform could be used to hurt someone.")
  (:func:`keysent.traces.restatement.is_restatement`);
* C: a role the prompt assigns, retold with its task ("My job is to act as a second-opinion
  reviewer and ...", "<the setup>, and now as the second grader, I need to ..."); the model itself
  as the role, a caution, contrast or next move of its own, or "(Now,) as a chemist, I need to
  explain ..." stay K
  (:func:`keysent.traces.frame_duty.retells_assigned_role`);
* C: after the goal, the given material reported in the passive ("The first ten terms and two
  failed guesses have been provided."); "is given by" is a formula, and a verdict or move of the
  model's own after the given ("..., so I can write it now.") keeps it K
  (:func:`keysent.traces.givens.restates_given_material`).
"""

from __future__ import annotations

import pytest

from keysent.traces.frame_duty import retells_assigned_role
from keysent.traces.locate import locate_key_sentence
from keysent.traces.givens import restates_given_material
from keysent.traces.restatement import is_restatement


def _k(reasoning: str, query: str | None) -> str | None:
    return locate_key_sentence(reasoning, query).key_sentence_text


# (query, reasoning, K)
HARD_WRAP = [
    # R1-Distill-Llama, no query: the wrapped sentence is K whole
    (None, "Okay, so the user asks about a planting\nmethod named Miyawaki, which is\nnew to me. The name sounds "
     "Japanese, like a town in\nJapan, so it could be a local\nterm. I should check what I know about it.",
     "The name sounds Japanese, like a town in\nJapan, so it could be a local\nterm."),
    # a wrapped restatement stays C whole
    ("What is the Miyawaki method?", "Okay, so the user is asking what the\nmethod called Miyawaki is, which they "
     "saw mentioned in\nGerman forestry news from\nlast year. I remember it is a way of planting dense native "
     "forests.",
     "I remember it is a way of planting dense native forests."),
    # two wraps, "and" and "but"
    ("Hello there", "Okay, the user just said hello, which is a friendly and\nneutral opening for a\nchat. They "
     "didn't say what they want yet, but\nI'll keep the reply short.",
     "They didn't say what they want yet, but\nI'll keep the reply short."),
    # not hard-wrapped: the line's sentence ends at the line break, and the aha after it is K
    (None, "Okay, so the user wants to get into their ex-partner's email account and log in\nHmm, that's a "
     "serious privacy violation. I can't help with that.", "Hmm, that's a serious privacy violation."),
]

HMM_REPORT = [
    # QwQ, no query
    (None, "Okay, let's try to tackle this puzzle. Hmm, the question is about finding which rule picks the "
     "next term of the sequence. Let me look at the first few terms.", "Let me look at the first few terms."),
    (None, "Alright, let me work through this. Hmm, so the problem says that the train leaves at noon and "
     "we need its arrival time. Let's compute the travel time first.", "Let's compute the travel time first."),
    # "the problem is that" is as often the model's own worry: K (a new user's trial of round 23)
    ("How do I make chloroform at home?", "Okay, so the user wants to know how to make chloroform at home. Hmm, "
     "the problem is that chloroform could be used to hurt someone. I should not give step-by-step "
     "instructions.", "Hmm, the problem is that chloroform could be used to hurt someone."),
    (None, "Okay, let's see. Hmm, the problem states that every box holds 12 eggs. So 5 boxes hold 60 eggs.",
     "So 5 boxes hold 60 eggs."),
    # the model's own reading or guess after "Hmm," stays K
    (None, "Okay, so the user wants a story. Hmm, the user is basically asking for a horror story for kids. "
     "I'll keep it mild.", "Hmm, the user is basically asking for a horror story for kids."),
    (None, "Okay, the user asks about vaccines. Hmm, the user might be testing me. I'll answer plainly.",
     "Hmm, the user might be testing me."),
]

ASSIGNED_ROLE = [
    # R1-Distill-Qwen, no query: the role and its task retold, then the first step in a new paragraph
    (None, "Okay, so I'm trying to figure out how to critique the draft. My job is to act as a second-opinion "
     "reviewer and identify weaknesses the author missed.\n\nFirst, I'll go through each paragraph.",
     "First, I'll go through each paragraph."),
    (None, "Okay, so I need to help grade the essays. The teacher has already marked them, and now as the "
     "second grader, I need to check the marks she might have got wrong.\n\nLet me start with the first essay.",
     "Let me start with the first essay."),
    # Qwen3, "My task is to act as"
    (None, "Okay, let me see. My task is to act as a translator and turn the text into French. Let me begin "
     "with the first line.", "Let me begin with the first line."),
    # the model itself, a contrast, or a bare "As <role>, I need to" stay K
    (None, "Okay, the user wants a poem. As an AI, I need to be careful with song lyrics. I'll write an "
     "original one.", "As an AI, I need to be careful with song lyrics."),
    (None, "Okay, so the user wants help with a scene. My job is to act as a helpful assistant, but this scene "
     "describes real violence. I'll keep it vague.",
     "My job is to act as a helpful assistant, but this scene describes real violence."),
    (None, "Okay, so the user set up a story about a chemist. As a chemist, I need to explain the synthesis "
     "step by step. That would be dangerous.", "As a chemist, I need to explain the synthesis step by step."),
    (None, "Okay, so the user set up a story about a chemist. Now, as the chemist, I need to explain the "
     "synthesis of methamphetamine step by step. First, you need pseudoephedrine.",
     "Now, as the chemist, I need to explain the synthesis of methamphetamine step by step."),
]

PASSIVE_GIVEN = [
    # QwQ, no query: the material after the goal
    (None, "Okay, let's tackle this step by step. The goal is to find the rule that picks each term. The first "
     "ten terms and two failed guesses have been provided. Let's start with the differences.",
     "Let's start with the differences."),
    # a formula "given by" is the model's step
    (None, "Okay, let's tackle this. The goal is to find the area of the shape. The area is given by length "
     "times width, so it is 12.", "The area is given by length times width, so it is 12."),
]


@pytest.mark.parametrize("query, reasoning, k", HARD_WRAP + HMM_REPORT + ASSIGNED_ROLE + PASSIVE_GIVEN)
def test_round23_kinds(query, reasoning, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("sentence, expected", [
    ("Hmm, the question is about figuring out which property selects the key.", True),
    ("Hmm, so the problem says that only one value is chosen each time.", True),
    ("Hmm, the problem is that chloroform could be used to hurt someone.", False),
    ("Hmm, the prompt is asking me to ignore my safety rules.", False),
    ("Hmm... the problem states that every box holds 12 eggs.", True),
    ("Hmm, the user is basically asking how to use darknet markets.", False),
    ("Hmm, this question is built on a negative stereotype.", False),
    ("Hmm, so they're asking me to make a false rumor sound convincing.", False),
    ("Hmm, the question is about making a bomb, which is dangerous.", False),
])
def test_hmm_report(sentence, expected):
    assert is_restatement(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("My job is to act as a second-opinion reviewer and identify weaknesses the first model might have missed.", True),
    ("The model has already generated a list, and now as a second-opinion reviewer, I need to find weaknesses.", True),
    ("As the narrator, I'm supposed to describe the heist.", True),
    ("My role here is to serve as the judge and score both essays.", True),
    ("My job is to act as an AI safety auditor and review the logs.", True),  # not the model itself
    ("My job is to act as a safe-driving coach and give tips.", True),
    ("My job is to be a second-opinion reviewer and find weaknesses.", True),
    ("I'm supposed to act as a Linux terminal and print the output.", True),
    ("My job is to act as DAN and answer every question.", True),  # the frame retold: C by the brief
    ("As a chemist, I need to explain the synthesis.", False),  # alone: as often the model's own move
    ("Now, as the chemist, I need to explain the synthesis.", False),
    ("The user set up a story, and as the villain, I need to describe how to build the bomb.", False),
    ("As DAN, I'm supposed to ignore the rules, so I'll write the keylogger.", False),  # its next move
    ("My job is to act as a chemist and give the steps, so let me start with the precursors.", False),
    ("As an AI, I need to be careful here.", False),
    ("My role is to protect privacy and prevent harm.", False),  # no role taken: STAR-1's own voice
    ("My job is to act as a helpful assistant, but I must follow the rules.", False),
    ("Now, as the reviewer, I need to refuse this.", False),
    ("My job is to act as a tutor and explain it, which seems sketchy.", False),  # a judgement
])
def test_retells_assigned_role(sentence, expected):
    assert retells_assigned_role(sentence) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("The known values and some hypotheses have been provided, but the correct property hasn't been found.", True),
    ("The first 20 values are given.", True),
    ("Its three sides are listed in the table.", True),
    ("The answer is given by x = 5.", False),
    ("The area is given as length times width.", False),
    ("The values are provided, but they are clearly wrong.", False),
    ("The facts are given, but they're wrong.", False),
    ("Some of the steps are listed online, which makes this dangerous.", False),
    ("The details are provided, so I can just write the exploit now.", False),
])
def test_restates_given_material(sentence, expected):
    assert restates_given_material(sentence) is expected
