"""The user's goal summed up in the model's own words, C's last sentence (round 15, issue 13).

After restating a request sentence by sentence, R1 and Qwen3 often sum up what the user is
after, in words of their own: "So the goal is to fix the behavior while keeping a good
employee.", "So the main constraints are limited mobility, a short timeframe, and two cities."
Kimi puts the same summary tersely, naming the thing asked for: "Need negotiation approach."
Like "So we need to find the total cost." (kind 4 of ``docs/locating.md``), such a sentence closes C;
the sentence after it is K ("Round 15 (voice)").

Not a summary of the user's goal: the model's own task or policy ("So the goal is to respond
safely.", "The objective is to avoid generating harmful content."), the first person ("So my
goal is ..."), a guess or a judgement ("So the goal is probably to scare her."), and a
deliverable Kimi names in words the query does not use ("Need persuasive script.").

Example::

    >>> summarises_goal("So the goal is to fix the behavior while keeping a good employee.")
    True
    >>> summarises_goal("So the goal is to respond helpfully without giving harmful details.")
    False
    >>> from keysent.traces.word_forms import content_stems
    >>> q = content_stems("How should I negotiate a raise with my manager?")
    >>> names_terse_deliverable("Need negotiation approach.", q)
    True
    >>> names_terse_deliverable("Need persuasive script.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _SPECULATION_RE, _judges
from keysent.traces.word_forms import content_stems

__all__ = ["summarises_goal", "names_terse_deliverable", "states_focus", "restates_goal_in_own_words"]

_SUMMARY_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|basically|essentially|overall|in\s+short)\s*,?\s+)?(?:the|their|"
    r"the\s+user(?:'s|’s)|his|her)\s+(?:(?:main|real|overall|key|primary|big|actual|core|"
    r"practical|underlying)\s+)?(?:(?P<goal>goal|aim|objective)|(?P<list>constraints|"
    r"requirements|priorities))\s+(?:here\s+)?(?:is|are|seems\s+to\s+be|seem\s+to\s+be)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
# The model's own task, not the user's goal: "to respond safely", "to avoid harmful content".
_OWN_TASK_RE = re.compile(
    r"\b(?:i|me|my|we|us|our|respond|response|responses|reply|answer|answering|help|helpful|"
    r"assist|assistance|refuse|refusing|decline|comply|complying|safe|safely|safety|guidelines?|"
    r"polic(?:y|ies)|ethical|ethically|information|inform|educate|harmful|harm|content|"
    r"avoid|avoiding)\b",
    re.IGNORECASE,
)
_TERSE_DELIVERABLE_RE = re.compile(
    r"^[\"'“*_(]*(?:so\s*,?\s+)?(?:(?:we|i)\s+need|need)\s+(?:an?\s+|the\s+)?(?P<mod>[\w'’ -]{2,40}?)"
    r"\s+(?:approach|plan|strategy|advice|tips|script|wording|template|outline|guidance|"
    r"recommendations?|framework)[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)


def summarises_goal(sentence: str) -> bool:
    """Whether ``sentence`` sums up the user's goal or constraints: *(so) the (main) goal / aim
    / objective is* + a purpose, or *the (main) constraints / requirements / priorities are* + a
    list, with no first person, task of the model's own (*respond, help, refuse, safely,
    avoid ...*), guess or judgement."""
    s = sentence.strip()
    m = _SUMMARY_RE.match(s)
    if m is None:
        return False
    rest = m.group("rest")
    if m.group("goal") and not re.match(r"(?:to\s+[a-z]+|an?\s|the\s|[a-z]+ing\b)", rest, re.I):
        return False
    return not (_OWN_TASK_RE.search(rest) or _SPECULATION_RE.search(s.lower())
                or _judges(s.lower(), None))


def names_terse_deliverable(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` names, tersely, what the user asks for: *(we / I) need* + words of
    the query + *approach / plan / strategy / advice / tips / script ...* ("Need negotiation
    approach."); every content word before the head noun must be the query's. Needs the
    query."""
    if not query_stems:
        return False
    m = _TERSE_DELIVERABLE_RE.match(sentence.strip())
    if m is None:
        return False
    words = content_stems(m.group("mod"))
    return bool(words) and words <= query_stems


# Round 18: "So the focus is on healthy ways to talk about emptiness." (h54-qwen3-2, Qwen3): the
# request's topic summed up as its focus, in at least half the query's words.
_FOCUS_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|basically|essentially)\s*,?\s+)?(?:the|their|the\s+user(?:'s|’s))\s+"
    r"(?:(?:main|real|key|primary|whole)\s+)?focus\s+(?:here\s+)?is\s+on\s+(?P<rest>[^.?!;:]+)[.!]?"
    r"[\"'”*_)]*$",
    re.IGNORECASE,
)


def states_focus(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` sums the request up as its focus: *(so) the focus is on* + a phrase
    with at least two of the query's content words, half of its own, and no task of the
    model's or judgement ("So the focus is on responding safely." is the model's own task)."""
    m = _FOCUS_RE.match(sentence.strip()) if query_stems else None
    if m is None:
        return False
    rest = m.group("rest")
    stems = content_stems(rest)
    shared = stems & query_stems
    return (len(shared) >= 2 and 2 * len(shared) >= len(stems) and not _OWN_TASK_RE.search(rest)
            and not _SPECULATION_RE.search(sentence.lower()))


def restates_goal_in_own_words(sentence: str, query_stems: set[str] | None) -> bool:
    """:func:`summarises_goal`, :func:`names_terse_deliverable` or :func:`states_focus`: a goal
    that closes C."""
    return (summarises_goal(sentence) or names_terse_deliverable(sentence, query_stems)
            or states_focus(sentence, query_stems))
