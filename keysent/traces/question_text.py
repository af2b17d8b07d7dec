"""The question's own text, described after the model named the question (round 27 of issue 13).

Source: real Qwen3 traces of MMLU-style fill-in-the-blank and physics questions in batch 8
(``tests/data/wild_traces.jsonl``, w8b-11, w8b-12, w8b-14, w8b-28; ``docs/locating.md``, "Round
27"), most of them saved without the prompt. Having said what the question is about ("The question
is about filling in the blanks in the advertising regulatory body's statements."), the model
quotes or reports the question's text, counts its blanks, or gives its figures; all of it is C,
and K is its first move after it ("First, let's break down the structure of the sentence.", "Hmm,
I remember that ..."):

* :func:`quotes_question_text`: 'The sentence is: "Typical advertising regulatory bodies suggest
  ..."', "The original statement says that ads must not encourage certain things, ...";
* :func:`counts_question_parts`: "So there are four blanks here.", "The sentence has four
  blanks.";
* :func:`gives_question_figures`: "The lifetimes are 10^-9 seconds and 10^-8 seconds." after "The
  question is about ... two quantum states with different lifetimes".

None of them takes a sentence with a word of the model's own: a guess, a judgement, a plan or a
conclusion ('The sentence is: "..." which seems to test idioms.', "So there are four blanks, and I
think the first is 'harm'.", "The lifetimes are 10^-9 and 10^-8 seconds, so the second lives ten
times longer."). A new user's trial (``tests/data/locator_trial27.py``) showed that each may
also be the answer when the question asks for it: a complete quote ('The full sentence is: "A
stitch in time saves nine."'), a count ("There are five parts." for "how many parts ..."), the
figures of the noun asked about ("The roots are 2 and 3." for "finding the roots"). So a quote must
hold the question's blank, a report and a count need a fill-in question in C that does not ask for
the count, and figures must belong to a noun the question's things *have* ("with different
lifetimes") and, with the query, be the query's.

Example::

    >>> quotes_question_text('The sentence is: "Adverts must not cause ____ offence."')
    True
    >>> counts_question_parts("So there are four blanks here.", 'The sentence is: "Cause ____ or ____."')
    True
    >>> gives_question_figures("The lifetimes are 10^-9 seconds and 10^-8 seconds.",
    ...                        "The question is about two states with different lifetimes.")
    True
"""

from __future__ import annotations

import re

from keysent.traces.numbers import new_numbers
from keysent.traces.question_goals import names_the_options

__all__ = ["counts_question_parts", "describes_question_at", "gives_question_figures", "names_question",
           "quotes_question_text"]

_LEAD = r"^[\"'“*_(]*(?:(?:so|and|now|here|basically|okay|alright)\s*,?\s+)*"
# what the question is: "The question is about ...", "So, the task is to fill in the blanks ...",
# "The problem asks ...", "We have a fill-in-the-blank question ..."
_NAMES_QUESTION_RE = re.compile(
    _LEAD + r"(?:the\s+(?:question|problem|task|exercise|prompt)\s+(?:here\s+)?(?:is\s+(?:about|asking|to|"
    r"whether|if|which|what|how)|asks|wants|involves|concerns|deals\s+with)|(?:we|i)\s+(?:have|'ve\s+got|’ve\s+got|"
    r"are\s+given|am\s+given)\s+(?:a|an|this)\s+(?:[\w-]+\s+){0,3}?(?:question|problem|exercise))\b",
    re.IGNORECASE,
)
_TEXT_NOUN = (r"(?:sentence|statement|question|problem|passage|text|prompt|phrase|line|quote|quotation|"
              r"paragraph|stem)")
# 'The sentence is: "..."', 'The original statement says that ...', 'The sentence structure given
# is: "..."', 'The full question reads: "..."'
_QUOTES_RE = re.compile(
    _LEAD + r"the\s+(?:(?:original|given|full|actual|whole|exact|incomplete)\s+)?" + _TEXT_NOUN
    + r"(?:\s+(?:structure|itself))?(?:\s+(?:given|provided|here|in\s+question|we\s+have))?\s+"
    r"(?:is|reads|says|states|goes|runs)(?:\s+(?:as\s+follows|like\s+this|something\s+like))?"
    r"(?P<rest>\s*:\s*.*|\s+that\s+.*|\s*[\"“].*)$",
    re.IGNORECASE | re.DOTALL,
)
_OPEN_QUOTE_RE = re.compile(r"^\s*:?\s*[\"“'‘]")
# the question's own text has its blanks: a quote without one may be the model's answer ('The
# full sentence is: "A stitch in time saves nine."', 'The sentence is: "I don't know."' for a
# translation; a new user's trial of round 27)
_BLANK_RE = re.compile(r"_{2,}|\[\s*blank\s*\]|\(\s*blank\s*\)", re.IGNORECASE)
# a fill-in question named in C: "The question is about filling in the blanks ..."
_FILL_IN_RE = re.compile(r"\bblanks?\b|\bfill(?:ing)?[\s-]+in\b|\bcloze\b|\bgaps?\b|_{2,}", re.IGNORECASE)
# a report of a fill-in text keeps its gaps as vague words: "... must not encourage certain
# things, cause unnecessary harm, or cause some other effect ..."
_PLACEHOLDER_RE = re.compile(r"\b(?:certain|some|something|someone|somewhere|blank|blanks)\b|_{2,}", re.IGNORECASE)
# the question asks for the count itself: "The question asks how many blanks the cloze test has."
_ASKS_COUNT_RE = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b", re.IGNORECASE)
# "So there are four blanks here.", "The sentence has four blanks.", "There are two gaps to
# fill.", "The sentence structure has four blanks, so each blank needs to be filled with the
# correct term from the options." (the blanks' task said again)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
_PARTS = r"(?:blanks?|gaps?)"  # (parts, clauses, statements may be the answer: "There are five parts.")
_COUNTS_RE = re.compile(
    _LEAD + r"(?:there\s+(?:are|is)\s+" + _NUMBER + r"\s+" + _PARTS
    + r"|the\s+(?:" + _TEXT_NOUN + r")(?:\s+structure)?\s+(?:has|contains|includes)\s+" + _NUMBER + r"\s+" + _PARTS
    + r")(?:\s+(?:here|in\s+(?:it|the\s+" + _TEXT_NOUN + r"|total)|to\s+fill(?:\s+in)?))?"
    r"(?:\s*,\s*(?:so\s+)?each\s+(?:blank|gap)\s+(?:needs|has)\s+to\s+be\s+(?:filled|completed)"
    r"(?:\s+(?:in\s+)?with\s+(?:the\s+)?(?:correct|right)\s+(?:term|word|answer|option)s?(?:\s+from\s+the\s+"
    r"(?:options|choices))?)?)?\s*[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)
_OWN_TEXT_RE = re.compile(_LEAD + r"the\s+" + _TEXT_NOUN + r"\b", re.IGNORECASE)
# "The lifetimes are 10^-9 seconds and 10^-8 seconds.": a plural noun of the question, two
# figures or more, nothing else
_FIGURES_RE = re.compile(
    _LEAD + r"the\s+(?:(?:two|three|given|respective)\s+)?(?P<noun>[a-z][\w-]*s)\s+(?:are|were)\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_FIGURE_LIST_RE = re.compile(
    r"^[^,;]*?\d[^,;]*?(?:(?:,\s*[^,;]*?\d[^,;]*?)*,?\s+and\s+[^,;]*?\d[^,;]*?)\s*(?:,?\s*respectively)?\s*[.!]?$",
    re.IGNORECASE,
)
# a word of the model's own: a guess, judgement, plan, conclusion or remark
_OWN_RE = re.compile(
    r"\b(?:i|i'm|i’m|i'll|i’ll|i've|i’ve|me|my|we|we'll|we’ll|let's|let’s|us|our|so\s+(?:the|it|that|this)|"
    r"which\s+(?:is|means|seems|suggests|makes|tests)|means|seems?|appears?|looks?|sounds?|probably|maybe|"
    r"perhaps|likely|guess|think|tricky|easy|hard|simple|obvious\w*|clearly|interesting|odd|weird|strange|"
    r"because|since|therefore|thus|hence|answer\s+is|correct\s+answer|must\s+be|should\s+be|would\s+be)\b",
    re.IGNORECASE,
)


def names_question(sentence: str) -> bool:
    """Whether ``sentence`` says what the question is ("The question is about filling in the
    blanks ...", "So, the task is to fill in the blanks ...", "We have a physics problem about
    ..."): what :func:`quotes_question_text`, :func:`counts_question_parts` and
    :func:`gives_question_figures` may follow in C. Round 27.

    Example::

        >>> names_question("The question is about filling in the blanks in a sentence.")
        True
        >>> names_question("The answer is clearly B.")
        False
    """
    return _NAMES_QUESTION_RE.match(sentence.strip()) is not None


def quotes_question_text(sentence: str, context: str = "") -> bool:
    """Whether ``sentence`` quotes or reports the question's own text, with nothing of the
    model's own ('The sentence is: "..."', "The original statement says that ads must not
    ..."): C after :func:`names_question`. A quote must hold the question's blank (``____``): a
    complete sentence may be the model's answer or draft. A report ("says that ...") must have no
    guess, judgement or conclusion, ``context`` (C so far) must name a fill-in question, and the
    report must keep the gaps as vague words (*certain, some, something*). Round 27, real Qwen3
    traces of batch 8, narrowed after a new user's trial.

    Example::

        >>> quotes_question_text('The sentence is: "Adverts must not cause ____ offence."')
        True
        >>> quotes_question_text('The full sentence is: "A stitch in time saves nine."')
        False
        >>> quotes_question_text("The original statement says that ads must not encourage certain things.",
        ...                      "The question is about filling in the blanks.")
        True
    """
    m = _QUOTES_RE.match(sentence.strip())
    if m is None:
        return False
    rest = m.group("rest")
    if _OPEN_QUOTE_RE.match(rest):
        # the quote itself may say anything; after it, only a closing mark
        closing = max(rest.rfind("\""), rest.rfind("”"), rest.rfind("'"), rest.rfind("’"))
        tail = rest[closing + 1:] if closing > 0 else ""
        return (_BLANK_RE.search(rest) is not None and _OWN_RE.search(tail) is None
                and len(tail.strip(" .!?)*_")) == 0)
    return (_OWN_RE.search(rest) is None and _FILL_IN_RE.search(context) is not None
            and _PLACEHOLDER_RE.search(rest) is not None)


def counts_question_parts(sentence: str, context: str = "") -> bool:
    """Whether ``sentence`` only counts the blanks of a fill-in question that ``context`` (C so
    far) names or quotes ("So there are four blanks here.", "The sentence has four blanks.",
    also "..., so each blank needs to be filled with the correct term from the options."): C.
    Not when the question asks for the count ("The question asks how many blanks ..."), and not
    a count of parts, clauses or statements, which may be the answer. Round 27, narrowed after a
    new user's trial.

    Example::

        >>> counts_question_parts("So there are four blanks here.", 'The sentence is: "Cause ____ or ____."')
        True
        >>> counts_question_parts("There are four blanks.", "The question asks how many blanks it has.")
        False
    """
    s = sentence.strip()
    # "The sentence has four blanks." names the blanks of the question's text itself
    own = _OWN_TEXT_RE.match(s) is not None
    return (_COUNTS_RE.match(s) is not None and (own or _FILL_IN_RE.search(context) is not None)
            and _ASKS_COUNT_RE.search(context) is None)


def gives_question_figures(sentence: str, named: str, query: str | None = None) -> bool:
    """Whether ``sentence`` gives the figures of a plural noun that ``named`` (the sentence
    that named the question) names as what the question's things *have* ("The lifetimes are
    10^-9 seconds and 10^-8 seconds." after "... two quantum states with different lifetimes."),
    and nothing else: C. A noun the question is about ("the lethal doses of ...", "finding the
    roots"; the figures are then the answer), a single figure, a word of the model's own
    ("..., so the second lives longer."), or with ``query`` a figure the query does not have is a
    step of the model's own. Round 27, a real Qwen3 trace of batch 8 (w8b-14), narrowed after a
    new user's trial.

    Example::

        >>> gives_question_figures("The masses are 2 kg and 3 kg.",
        ...                        "The problem is about two blocks with different masses.")
        True
        >>> gives_question_figures("The roots are 2 and 3.", "The problem is about finding the roots of x^2 - 5x + 6.")
        False
    """
    m = _FIGURES_RE.match(sentence.strip())
    if m is None or _OWN_RE.search(m.group("rest")) or not _FIGURE_LIST_RE.match(m.group("rest").strip()):
        return False
    noun = re.escape(m.group("noun").lower())
    if re.search(r"\b(?:with|having|has|have)\s+(?:[\w-]+\s+){0,2}?" + noun + r"\b", named.lower()) is None:
        return False
    return not query or not new_numbers(m.group("rest"), query)


def describes_question_at(texts: list[str], i: int, first: int = 0, query: str | None = None) -> bool:
    """Whether ``texts[i]`` describes the question's text after a sentence of C, from index
    ``first`` on, named the question (:func:`names_question`): it quotes or reports the text,
    counts its blanks, or (right after the naming) gives its figures (``query``, when given, must
    have them); or, right after such a quote or count, only names the options ("The answer
    choices are A to I.", in a new paragraph too). Round 27.

    Example::

        >>> describes_question_at(["The question is about a fill-in-the-blank sentence.",
        ...                        'The sentence is: "Adverts must not cause ____ offence."'], 1)
        True
        >>> describes_question_at(["The user wants a poem.",
        ...                        'The sentence is: "Adverts must not cause ____ offence."'], 1)
        False
    """
    if i < 1 or not any(names_question(t) for t in texts[first:i]):
        return False
    text, prev = texts[i], texts[i - 1]
    context = " ".join(texts[first:i])
    if quotes_question_text(text, context) or counts_question_parts(text, context):
        return True
    if names_question(prev) and gives_question_figures(text, prev, query):
        return True
    before = " ".join(texts[first:i - 1])  # C before the quote or count the options follow
    return names_the_options(text) and (quotes_question_text(prev, before) or counts_question_parts(prev, before))
