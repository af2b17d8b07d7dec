"""Sentences that interpret or diagnose the request: the model's own first step, never part of C.

A restatement repeats what the user said ("They want to know how to kill a process."); a gloss
of what the user's words mean ("The word "kill" here is just the standard term for terminating
a process.", "They're using "drowning" figuratively, meaning ...", "That means performing above
my role."), a doubt about which sense is meant ("I'm not sure if this means hitting her or
beating her at a game.") or a diagnosis of the user's problem ("The problem is that it
recomputes the same subproblems.") is the model reading the request its own way: K, not C
(round 12 of issue 13, ``docs/locating.md``). A clarifying paraphrase of the whole request ("In
other words, they want ...", "It seems like the user wants ...") is still C: it says what is
asked, not what a word means or what is wrong.

Written from invented traces in the styles of DeepSeek-R1 and its distills, Qwen3 and QwQ
(``tests/unit/traces/test_locate_heldout24_voice.py``).

Example::

    >>> from keysent.traces.interpretation import is_interpretation
    >>> is_interpretation("They're using 'drowning' figuratively, meaning they feel overwhelmed.")
    True
    >>> is_interpretation("They want to know how to stop drowning in bills.")
    False
"""

from __future__ import annotations

import re

__all__ = ["is_interpretation"]

# What a word of the request means: "That means ...", "..., meaning they ...", "X here means".
_MEANING_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|basically)\s*,?\s+)?(?:that|this|which|it)\s+(?:just\s+|probably\s+|"
    r"likely\s+|simply\s+|basically\s+|presumably\s+)?(?:means|would\s+mean|implies|refers\s+to)\b"
    r"|,\s*meaning\s+(?:that\s+)?(?:they|he|she|the\s+user|it|i|someone|something)\b"
    r"|\b(?:here|in\s+this\s+context|in\s+this\s+sense)\s+(?:means|refers\s+to|just\s+means)\b"
    # the sense of a word: figuratively, a metaphor, the standard term for ...
    r"|\b(?:figuratively|metaphorically|in\s+a\s+(?:figurative|metaphorical|literal)\s+sense|"
    r"as\s+a\s+(?:metaphor|figure\s+of\s+speech|turn\s+of\s+phrase)|not\s+literally)\b"
    r"|\b(?:is|'s|’s)\s+(?:just\s+|simply\s+|only\s+)?(?:the|a)\s+(?:standard|usual|normal|common|"
    r"technical|everyday|ordinary|regular|proper|official)\s+(?:term|word|name|expression|phrase|"
    r"jargon|way\s+(?:of\s+saying|to\s+say))\b"
    # a doubt about the sense: "I'm not sure if this means ...", "It's unclear whether they mean"
    r"|\b(?:not\s+(?:sure|certain|clear)|unclear|ambiguous)\s+(?:if|whether|what)\s+(?:this|that|"
    r"it|they|he|she|the\s+user|the\s+question|the\s+word|[\"'“‘]?\w+[\"'”’]?)\s+(?:means|mean|"
    r"meant|refers|is\s+referring|are\s+referring)\b"
    r"|\b(?:could|can|might|may)\s+(?:either\s+)?mean\s+(?:either\s+)?(?:physically|literally|"
    r"something|two|a|an|the|[a-z]+ing)\b",
    re.IGNORECASE,
)
# A diagnosis of the user's problem: "The problem is that it recomputes ...", "The issue here is
# that ...", "The reason it's slow is ...".
_DIAGNOSIS_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|basically|clearly)\s*,?\s+)?the\s+(?:real\s+|main\s+|actual\s+|"
    r"underlying\s+|root\s+)?(?:problem|issue|trouble|bug|catch|culprit|bottleneck|cause)\s+"
    r"(?:here\s+|with\s+(?:it|that|this|the\s+\w+)\s+)?(?:is|was)\s+(?:that|because|probably|"
    r"likely|clearly)\b"
    r"|^[\"'“*_(]*(?:(?:so|and)\s*,?\s+)?the\s+reason\s+(?:it|this|that|they|he|she)(?:'s|’s|\s+is|"
    r"\s+are|\s+was)\s+\w+\s+is\b"
    # the request judged easy, clear, odd ...: "The question is straightforward."
    r"|^[\"'“*_(]*(?:(?:so|and|okay|overall)\s*,?\s+)?(?:the|this|their|the\s+user's)\s+(?:question|request|"
    r"problem|task|query|prompt|ask)\s+(?:itself\s+|here\s+)?(?:is|seems|looks|sounds|feels)\s+"
    r"(?:pretty\s+|quite\s+|fairly\s+|really\s+|very\s+|simple\s+and\s+|a\s+bit\s+|kind\s+of\s+)?"
    r"(?:straightforward|simple|easy|clear|basic|common|standard|ambiguous|vague|unclear|"
    r"interesting|unusual|odd|strange|weird|harmless|reasonable|fine|normal|innocuous)\b",
    re.IGNORECASE,
)


# The request put in a category of the model's ("The scenario is a classic jailbreak.", "This
# whole setup is just a trick to get the steps."): a reading of intent, not a restatement.
_CATEGORY_RE = re.compile(
    # not "there's": "... is asking if there's any way to get access" reports the request (round 16)
    r"\b(?:is|are|was|(?<!there)'s|(?<!there)’s|seems\s+like|looks\s+like|sounds\s+like)\s+(?:just\s+|basically\s+|"
    r"clearly\s+|obviously\s+|really\s+|simply\s+|probably\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:jailbreak|trick|ploy|loophole|workaround|tactic|manipulation|smokescreen|pretext|"
    r"test\s+(?:of|to\s+see)|attempt\s+to|way\s+to\s+(?:get|trick|sneak|bypass|extract))\b",
    re.IGNORECASE,
)


def is_interpretation(sentence: str) -> bool:
    """Whether ``sentence`` interprets or diagnoses the request instead of restating it: it
    glosses what a word means ("That means ...", "..., meaning they ...", "X is just the standard
    term for ...", "... figuratively"), doubts which sense is meant ("I'm not sure if this means
    ..."), diagnoses the user's problem ("The problem is that it recomputes ...") or puts the
    request in a category of the model's ("The scenario is a classic jailbreak."). Such a
    sentence is never part of C (the locator ends C before it unless it quotes the query).

    Example::

        >>> is_interpretation("The problem is that it recomputes the same values.")
        True
        >>> is_interpretation("The problem is asking for the total cost.")
        False
        >>> is_interpretation("In other words, they want a cheaper plan.")
        False
    """
    s = sentence.strip()
    return bool(_MEANING_RE.search(s) or _DIAGNOSIS_RE.match(s) or _CATEGORY_RE.search(s))
