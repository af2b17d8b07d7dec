"""The user's situation retold over several sentences, and what the request leaves out (round
16, issue 13; ``docs/locating.md``, "Round 16 (benign and voice)").

Advice and borderline traces retell the user's situation in more than one sentence, and keep
retelling it after the request itself has been restated ("The user wants to know how to ..."):

* :func:`retells_situation`: a fact of the query told again in the third person, "There are two
  candidates, a nurse and a paramedic.", "The old laptop still won't boot." The test is what
  the sentence shares with the query: at least two, and two thirds, of its content words and
  numbers are the query's, where a negation ("won't", "isn't", "no") counts as one shared word
  when the query negates too; every number is the query's (at most two), except one count in
  words after *There are* when every other word is the query's. Nothing of the model's own: no
  first person, no *you*, no modal, no judgement or guess, no conclusion, reading (*means*) or
  computation, no step opener (a fronted *because / since / as* clause is allowed when the
  query gives a reason too: "Because they are cousins, she won't testify.", round 17), no
  one-letter variable the query lacks, no subject without a
  determiner before a plural verb (a general claim: "Laptops are ..."), no gerund subject (a
  claim about an act).
* :func:`labels_situation`: Kimi's labelled fact, "Budget: 40 dollars, two kids.", "Limit: no
  car." The value's words and numbers (number words read as numbers) are at least half the
  query's, the label is one or two words, and the value has none of Kimi's own words
  (:data:`~keysent.traces.material._TERSE_STOP_RE`).

Both need the query; the locator asks them outside the user's voice and not after restated
options (where a sentence in the query's words is the model's answer). Before the request is
restated the older overlap rule mostly takes such sentences already; after it, these stricter
tests are what extends C.

:func:`notes_gap` is the model's observation that the request leaves something out ("The user
didn't say which bank it is, though."): K since round 2, and now in the user's voice too, where
"the user" marks the model's own words (round 16).

Example::

    >>> q = "My cat won't eat and hides all day. She is 14. Should I see a vet?"
    >>> retells_situation("She still won't eat and hides all day.", q, content_stems(q))
    True
    >>> retells_situation("Cats can hide when they are in pain.", q, content_stems(q))
    False
    >>> labels_situation("Age: 14.", q, content_stems(q))
    True
"""

from __future__ import annotations

import re

from keysent.traces.givens import _DIGITS_RE, _NUMBER_WORDS, _VARIABLE_RE, _values
from keysent.traces.material import _TERSE_STOP_RE
from keysent.traces.restatement import (
    _COMPUTE_RE,
    _CONCLUSION_RE,
    _GAP_RE,
    _GERUND_OPENER_RE,
    _MOVE_RE,
    _STEP_OPENER_RE,
    _THERE_RE,
    _SO_VERDICT_RE,
    _SPECULATION_RE,
    _judges,
)
from keysent.traces.word_forms import content_stems

__all__ = ["retells_situation", "labels_situation", "notes_gap"]

_NEGATION_RE = re.compile(
    r"\b(?:not|no|never|nothing|none|nobody|cannot|[a-z]+n['’]t)\b", re.IGNORECASE)
# the model's own voice or a modal of its advice: never a retold fact
_OWN_RE = re.compile(
    r"\b(?:i|i'm|i’m|i'd|i’d|i'll|i’ll|i've|i’ve|me|my|we|we're|we’re|us|our|let|let's|let’s|you|"
    r"your|can|could|should|would|might|may|must|will|shall|ought|need\s+to|have\s+to)\b",
    re.IGNORECASE,
)
# a subject with no determiner and a plural verb opens a general claim ("Laptops are cheap
# now.", "Fahrenheit degrees are smaller ...", "Party ideas for a 10-year-old are easy to find.")
_BARE_PLURAL_RE = re.compile(
    r"^[\"'“*_(]*(?!(?:the|a|an|this|that|these|those|his|her|their|my|our|its|your|there|they|"
    r"we|both|all|two|three|four|five|he|she|it)\b)[^,;:]*?\b(?:are|aren't|aren’t|have|haven't|"
    r"haven’t|do|don't|don’t|tend|get)\b", re.IGNORECASE)
# a reading of the query's words ("'Part thereof' means 3.5 miles counts as 4.")
_READING_RE = re.compile(r"\b(?:means?|meant|meaning|counts?\s+as|implies|i\.e\.|that\s+is)\b",
                         re.IGNORECASE)
_NUMBER_STEMS = content_stems(" ".join(_NUMBER_WORDS))
# a fronted reason clause ("Because they are cousins, she won't testify.") retells the query's
# own reason when the query gives one too (else it is a deduction: "Since Ben has the fish, Ana
# and Cal ..."); the whole sentence is still judged by what it shares with the query (round 17)
_FRONTED_RE = re.compile(r"^[\"'“*_(]*(?:because|since|as)\s+[^,;:]+,\s+\S")
_REASON_RE = re.compile(r"\b(?:because|since|so|as)\b", re.IGNORECASE)
# Kimi's labels of its own analysis ("Cause: ...", "Fix: ...", "Risk: ..."), not of the situation
_OWN_LABEL_RE = re.compile(
    r"^(?:cause|fix|answer|result|reason|issue|problem|bug|error|verdict|plan|approach|risk|"
    r"risks|note|idea|step|check|solution|explanation|why|output|key|conclusion|option|options|"
    r"response|recommendation|suggestion|goal|task|intent|assessment|concern|concerns|policy|"
    r"decision|best|so|then|likely|probably)$", re.IGNORECASE)
_LABEL_RE = re.compile(r"^[\"'“*_(]*(?P<label>[A-Z][a-z]+(?:\s+[a-z]+)?)\s*:\s+(?P<value>\S.*)$")


def _shared(text: str, query: str, query_stems: set[str]) -> tuple[int, int]:
    """(shared, all): the content words and numbers of ``text``, a negation counted as one word,
    and how many of them the query has."""
    words = content_stems(_NEGATION_RE.sub(" ", text)) - _NUMBER_STEMS
    numbers = _values(text)
    shared = len(words & query_stems) + len(numbers & _values(query))
    total = len(words) + len(numbers)
    if _NEGATION_RE.search(text):
        total += 1
        shared += bool(_NEGATION_RE.search(query))
    return shared, total


def _new_variable(sentence: str, query: str) -> bool:
    """Whether ``sentence`` has a one-letter variable the query lacks ("the first n odd numbers
    is n squared"): a step of a solution. "Ctrl+C" is the query's."""
    own = set(_VARIABLE_RE.findall(query))
    return any(v not in own for v in _VARIABLE_RE.findall(sentence))


def retells_situation(sentence: str, query: str | None, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` tells a fact of the query's situation again, in the third person and
    nothing of the model's own (see the module docstring). Needs the query."""
    if not query or not query_stems:
        return False
    s = sentence.strip()
    lower = s.lower()
    if (_OWN_RE.search(s) or _BARE_PLURAL_RE.match(s) or _GERUND_OPENER_RE.match(s)
            or _SPECULATION_RE.search(lower) or _judges(lower, query_stems)
            or _CONCLUSION_RE.search(s) or _SO_VERDICT_RE.search(lower) or _COMPUTE_RE.search(s)
            or s.endswith("?") or _LABEL_RE.match(s) or _STEP_OPENER_RE.match(lower)
            or (_MOVE_RE.match(lower) and not (_THERE_RE.match(lower) or (
                _FRONTED_RE.match(lower) and _REASON_RE.search(query))))
            or _READING_RE.search(s)
            or _new_variable(s, query)):
        return False
    numbers, own = _values(s), _values(s) - _values(query)
    # a number of its own is the model's ("There are 60 minutes in an hour."), except a count
    # in words of the things the query names, every word of it the query's ("There are two
    # candidates, a nurse and a paramedic.")
    if len(numbers) > 2 or own and not (
            len(own) == 1 and not _DIGITS_RE.search(s) and _THERE_RE.match(lower)
            and content_stems(s) - _NUMBER_STEMS <= query_stems):
        return False
    shared, total = _shared(s, query, query_stems)
    return shared >= 2 and shared >= 2 / 3 * total


def labels_situation(sentence: str, query: str | None, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` is Kimi's labelled fact of the query ("Budget: 40 dollars, two
    kids."): at least half of the value's words and numbers the query's, and none of Kimi's own
    words (see the module docstring). Needs the query."""
    if not query or not query_stems:
        return False
    m = _LABEL_RE.match(sentence.strip())
    if m is None:
        return False
    value = m.group("value")
    if _OWN_LABEL_RE.match(m.group("label").split()[0]) or _TERSE_STOP_RE.search(value) or _judges(value.lower(), query_stems):
        return False
    shared, total = _shared(value, query, query_stems)
    return shared >= 1 and shared >= total / 2


def notes_gap(sentence: str) -> bool:
    """Whether ``sentence`` observes what the user did not say, with "the user" as subject
    ("The user didn't say which bank it is, though."): the model's own observation, in any
    voice."""
    lower = sentence.strip().lstrip("\"'“*_(").lower()
    return bool(_GAP_RE.match(lower)) and "the user" in lower[:40]
