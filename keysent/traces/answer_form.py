"""The query's own answer-form instruction told again in few words (round 18, problems).

Source: blind sets 48-55 (``docs/locating.md``, "Round 18 (problems)"). A multiple-choice query
that ends "Respond with the letter." or "Answer with the letter only." is retold by Kimi as
"Output just the letter." or "Letter only.", and a word problem that asks "how high ..., in
feet?" is retold by QwQ as "The answer needs to be in feet.". :func:`~keysent.traces.material.
restates_instruction` knows a fixed list of format objects and openers ("Need letter plus
one-line reason.", "Answer should be just the letter."); these forms it missed. The test here
is the query's side: the query must *have* an answer-form instruction (:data:`_QUERY_FORM_RES`)
and the sentence must name what that instruction names ("letter", "feet", "percentage",
"yes or no") and nothing else of its own but words of answering ("output", "just", "need", ...).

Guards: the answer itself ("The letter is C.", "Letter B."), a number of the model's own ("So
that's 120 feet."), a step ("Convert inches to feet at the end."), a question, and any sentence
for a query without such an instruction ("Letter only." for a query that asks for none).

Example::

    >>> q = "Which of these is NOT prime? (A) 51 (B) 53 (C) 59 (D) 61. Respond with the letter."
    >>> restates_answer_form("Output just the letter.", q)
    True
    >>> restates_answer_form("The letter is A.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.numbers import numbers_from
from keysent.traces.word_forms import content_stems

__all__ = ["restates_answer_form", "query_answer_form"]

# Where a query says what form the answer takes, the words that name the form.
_QUERY_FORM_RES = (
    # "Respond with the letter.", "Answer with the letter only.", "Reply using one word."
    re.compile(r"\b(?:respond|answer|reply)\s+(?:only\s+|just\s+)?(?:with|using|in)\s+"
               r"(?P<form>[^.?!\n]{1,40})", re.IGNORECASE),
    # "Answer yes or no and explain."
    re.compile(r"\banswer\s+(?P<form>yes\s+or\s+no)\b", re.IGNORECASE),
    # "..., how high can Naruto lift a mountain, in feet?": a unit before the question mark
    re.compile(r",\s*in\s+(?P<form>[a-z]+(?:\s+[a-z]+)?)\s*\?", re.IGNORECASE),
    # "expressed as a percentage", "given in meters"
    re.compile(r"\b(?:expressed|given|written)\s+(?:as|in)\s+(?:an?\s+)?(?P<form>[a-z]+)\b",
               re.IGNORECASE),
)
# Words of answering a retold instruction may add to the form it names.
_ANSWER_WORDS = content_stems(
    "answer answers output respond response reply give gives return final format needs need "
    "needed must should required just only expressed express written write units unit")
# What the model's own moves, answers or steps open with.
_OWN_OPENER_RE = re.compile(
    r"^[\"'“*_(]*(?:so|then|thus|therefore|hence|that|which|convert|converting|now|first|"
    r"next|finally|let|let's|i\s+think|maybe)\b",
    re.IGNORECASE,
)
# An option letter named or a claim made: the answer, not the instruction ("Letter B.", "The
# letter is C.", "The letter e is a vowel.").
_OPTION_LETTER_RE = re.compile(r"(?<![\w'’])(?-i:[A-J])(?![\w'’])|\b(?:letter|option)\s+\(?[a-j]\)?(?![\w'’])|"
                               r"\b(?:is|are|was|were|=)\b", re.IGNORECASE)


def query_answer_form(query: str | None) -> set[str]:
    """The content stems that name the answer's form in ``query``'s own instruction (``letter``
    for "Respond with the letter.", ``feet`` for "..., in feet?"); empty when it gives none."""
    stems: set[str] = set()
    for pattern in _QUERY_FORM_RES:
        for m in pattern.finditer(query or ""):
            stems |= content_stems(m.group("form")) - _ANSWER_WORDS
    return stems


def restates_answer_form(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` (at most eight words) tells again the answer form the query's own
    instruction asks for: it names a word of that instruction's form and has no content word
    but the query's and words of answering, no number the query lacks, no option letter, no
    opener of a move of the model's own and no question mark. See the module docstring."""
    form = query_answer_form(query)
    s = sentence.strip()
    if not form or not s or s.endswith("?") or len(s.split()) > 8:
        return False
    if _OWN_OPENER_RE.match(s) or _OPTION_LETTER_RE.search(s):
        return False
    if not numbers_from(s, query):
        return False
    stems = content_stems(s)
    return bool(stems & form) and stems <= form | _ANSWER_WORDS | content_stems(query)
