"""The query's question answered at once, in the query's own words (round 19 of issue 13).

Source: a fresh reader's review of round 18 (``docs/locating.md``, "Round 19: an answer in the
query's words"). Two first moves were taken into C because every word of them is the query's
or the format's:

* **one of the query's choices named as the answer** (:func:`names_one_choice`): for "Which is
  the largest planet? Mercury, Venus, Jupiter, Mars", Kimi's "Jupiter is the largest planet."
  restates nothing: it picks one choice. The query offers two or more choices (lettered "(a)
  Saturn", "B. Queue", or a bare list "Mercury, Venus, Jupiter or Mars" after its question), and
  the sentence opens with exactly one of them, a verb of being and a predicate sharing a word
  with the query's question ("Jupiter is the largest ..." for "Which is the largest ...?",
  "Option C is ..."), or says "it's / that's / the answer is" one of them or its letter. A
  sentence that names two or more choices ("The options are Saturn, Neptune, Jupiter and
  Earth."), asks ("Is it Jupiter?"), has a number or reports the query ("Tom has 3 apples.",
  "Java is harder, according to what they've heard.": givens retold; the fresh reader's review
  of round 19) picks none;
* **the answer given in the query's format** (:func:`gives_formatted_answer`): for "Answer in
  one word.", "One word: blue." is the answer after the format's label. The sentence is a label
  of answering ("One word", "Answer", "Final answer", "Letter", "In short") and a colon or dash,
  then a value with a word the query lacks or one of its choices. "Format: one word." (the
  format told again) and "Answer: in one word." give no value.

Both need the query.

Example::

    >>> q = "Which is the largest planet? Mercury, Venus, Jupiter, Mars"
    >>> names_one_choice("Jupiter is the largest planet.", q)
    True
    >>> names_one_choice("The options are Mercury, Venus, Jupiter and Mars.", q)
    False
    >>> gives_formatted_answer("One word: blue.", "What colour is the sky? Answer in one word.")
    True
    >>> gives_formatted_answer("Format: one word.", "What colour is the sky? Answer in one word.")
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = ["query_choices", "names_one_choice", "gives_formatted_answer"]

# Lettered choices: "(a) Saturn", "B. Queue", "C) 59" at a line start or after a space, up to the
# next one or the end of the line.
_LETTERED_RE = re.compile(
    r"(?:^|(?<=\s))\(?(?P<letter>[A-Ja-j])[.)]\s+(?P<text>.+?)(?=\s+\(?[A-Ja-j][.)]\s|\n|$)",
    re.MULTILINE,
)
# A bare list after the question or a colon: "? Mercury, Venus, Jupiter, Mars", ": red, blue or
# green" (two to eight short items, commas and a final "or" / "and").
_BARE_LIST_RE = re.compile(r"[?:]\s*(?P<list>[^?.:\n]{3,200}?)\s*(?=[.?]|\n|$)")
# A bare list is a set of choices only in a query that asks to choose.
_CHOICE_QUESTION_RE = re.compile(r"\b(?:which|pick|choose|select|options?|choices?)\b|\bor\b[^.?!]*\?",
                                 re.IGNORECASE)
_ITEM_SPLIT_RE = re.compile(r"\s*,(?!\d{3})\s*(?:or\s+|and\s+)?|\s+or\s+")
# A verb of being after the choice: "Jupiter is ...", "Jupiter's the biggest", "B must be ...".
_BE = r"(?:is|are|was|were|'s|’s|must\s+be|should\s+be|would\s+be|seems|looks)\b"
# A report of what the query or the user says: a given, not a pick ("..., according to them").
_REPORT_RE = re.compile(r"\b(?:according\s+to|they(?:'ve|’ve)?\s+(?:heard|said|say|think)|the\s+user|"
                        r"the\s+(?:query|question|problem)|we're\s+told|is\s+given)\b", re.IGNORECASE)
# What opens a sentence that picks a choice as the answer.
_ANSWER_OPENER_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|then|thus|hence|okay|ok|well|clearly|obviously)\s*,?\s+)?"
    r"(?:(?:it|that|this)(?:'s|’s|\s+is|\s+would\s+be|\s+must\s+be)|the\s+answer(?:'s|’s|\s+is|"
    r"\s+would\s+be|\s+must\s+be)|answer\s*:)\s*(?:option\s+|choice\s+)?",
    re.IGNORECASE,
)
# A label of answering before a colon or a dash: "One word: blue.", "Final answer - 42".
_ANSWER_LABEL_RE = re.compile(
    r"^[\"'“*_(]*(?:so\s*,?\s+)?(?P<label>(?:in\s+)?(?:one|a\s+single|two|three)\s+words?|"
    r"(?:the\s+)?(?:one|single|two|three)[- ]word\s+answer|(?:(?:the\s+)?answer|it)\s+in\s+(?:one|a\s+"
    r"single|two|three)\s+words?|(?:final\s+|short\s+|my\s+|the\s+)?answer|letter|in\s+short|"
    r"short\s+version)[*_]*\s*(?::|-|–|—)\s*"
    r"(?P<value>[^:]+?)\s*[.!]?[*_\"'”]*$",
    re.IGNORECASE,
)
# Words a format's value may be made of without being an answer ("Answer: in one word.").
_FORMAT_WORDS = content_stems(
    "word words one single two three letter letters only just short sentence sentences number "
    "numbers yes no answer format brief briefly need needs needed keep kept go goes inside box "
    "boxed constraint explanation explain put within must should required rule")


def query_choices(query: str | None) -> list[str]:
    """The choices ``query`` offers, lower-cased: its lettered options, or else a bare list of
    two to eight short items after a question mark or colon (the first such list); ``[]`` when
    it offers none.

    >>> query_choices("Which is prime? (a) 21 (b) 23 (c) 27")
    ['21', '23', '27']
    >>> query_choices("Which planet is the largest: Mercury, Venus, Jupiter or Mars?")
    ['mercury', 'venus', 'jupiter', 'mars']
    >>> query_choices("What is 2 + 2?")
    []
    """
    if not query:
        return []
    found = _lettered(query)
    if found:
        return [m.group("text").strip().rstrip(".,;").lower() for m in found]
    if not _CHOICE_QUESTION_RE.search(query):
        return []  # "What should I do? I'm tired, sad and broke." offers no choice
    for m in _BARE_LIST_RE.finditer(query.strip()):
        items = [t.strip().lower() for t in _ITEM_SPLIT_RE.split(m.group("list")) if t.strip()]
        if 2 <= len(items) <= 8 and all(len(t.split()) <= 4 for t in items):
            return items
    return []


def _choice_at(text: str, choices: list[str]) -> str | None:
    """The choice ``text`` opens with (the longest that matches as whole words), if any."""
    low = text.lower()
    best = None
    for c in choices:
        if c and re.match(re.escape(c) + r"(?![\w])", low) and (best is None or len(c) > len(best)):
            best = c
    return best


def _lettered(query: str | None) -> list[re.Match]:
    """The query's lettered options, when two or more run A, B, C, ... (initials such as "Thomas
    H. Cormen" or "J. R. R." do not); else ``[]``."""
    found = list(_LETTERED_RE.finditer(query or ""))
    if len(found) >= 2 and [m.group("letter").lower() for m in found] == list("abcdefghij"[:len(found)]):
        return found
    return []


def _letters(query: str | None) -> set[str]:
    """The option letters of the query's lettered choices, lower-cased."""
    return {m.group("letter").lower() for m in _lettered(query)}


def _question_stems(query: str, choices: list[str]) -> set[str]:
    """Content stems of the query's question (its sentences ending "?" or opening with *which /
    what / who*), the choices' own words aside."""
    parts = [p for p in re.split(r"(?<=[.?!])\s+|\n", query)
             if p.rstrip().endswith("?") or re.match(r"\s*(?:which|what|who)\b", p, re.IGNORECASE)]
    return content_stems(" ".join(parts)) - content_stems(" ".join(choices))


def _named(text: str, choices: list[str]) -> set[str]:
    low = text.lower()
    return {c for c in choices if c and re.search(r"(?<![\w])" + re.escape(c) + r"(?![\w])", low)}


def names_one_choice(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` names one of the query's choices as the answer (see the module
    docstring): it opens with the choice (or "Option C") and a verb of being, or with "it's /
    that's / the answer is" and the choice; it names no other choice and asks nothing. False
    without the query or when the query offers fewer than two choices."""
    choices = query_choices(query)
    if len(choices) < 2:
        return False
    s = sentence.strip()
    # a number or a report is a given retold ("Tom has 3 apples.", "Apples are $2 each.")
    if s.endswith("?") or re.search(r"\d", s) or _REPORT_RE.search(s):
        return False
    letters = _letters(query)
    body = re.sub(r"^[\"'“*_(]*(?:(?:so|then|thus|hence|clearly|obviously)\s*,?\s+)?(?:the\s+)?", "", s,
                  flags=re.IGNORECASE)
    m = re.match(r"(?:option|choice)\s+\(?([a-j])\)?(?![\w'’])", body, re.IGNORECASE)
    if m is not None:  # "Option C is the largest."
        verb = re.match(r"\s*" + _BE, body[m.end():], re.IGNORECASE)
        return m.group(1).lower() in letters and verb is not None
    choice = _choice_at(body, choices)
    if choice is not None and len(_named(s, choices)) == 1:
        verb = re.match(r"\s*\)?\s*" + _BE, body[len(choice):], re.IGNORECASE)
        # the predicate answers the query's question: it shares a word with it ("largest")
        return verb is not None and bool(content_stems(body[len(choice) + verb.end():])
                                         & _question_stems(query, choices))
    m = _ANSWER_OPENER_RE.match(s)
    if m is None:
        return False
    rest = s[m.end():].lstrip("(\"'“*_ ")
    letter = re.match(r"([a-j])\)?(?:[.!,]|\s*$)", rest, re.IGNORECASE)  # "It's C."
    if letter is not None:
        return letter.group(1).lower() in letters
    return _choice_at(rest, choices) is not None and len(_named(s, choices)) == 1


def gives_formatted_answer(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` is an answer after a label of answering ("One word: blue.",
    "Answer: Jupiter.", see the module docstring): the value has a content word the query lacks
    and the format's words do not make, or is one of the query's choices. False without the
    query."""
    if not query:
        return False
    m = _ANSWER_LABEL_RE.match(sentence.strip())
    if m is None:
        return False
    value = m.group("value").strip()
    stems = content_stems(value)
    if stems and stems - content_stems(query) - _FORMAT_WORDS:
        return True
    choices = query_choices(query)
    return value.lower().strip("()*_\"'“” ") in choices or (
        len(choices) >= 2 and _choice_at(value.lstrip("(\"'“*_ "), choices) is not None
        and len(_named(value, choices)) == 1)
