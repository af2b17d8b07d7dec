"""Content words, their crude stems, and a query's word in another form (issue 13).

:func:`content_stems` is what the locator measures query overlap on: the content words of a
text (stopwords, numbers and one-letter words dropped), each cut to a crude stem of at most six
letters by :func:`stem`. :func:`query_has_stem` lets a stem of five letters or more count as the
query's when one begins the other (round 17). The stopwords and suffixes were written from the
openings of STAR-1's DeepSeek-R1 traces.

These crude stems keep apart some forms of one
word: "spent" and "spend", "raised" (``rais``) and "raise", "driven" and "drive", "slips" and
"slipping". A short restatement (Kimi's "Need distance driven.", "Money raised?", the speaker's
"I'm trying to understand why the chain slips.") names the query's word in such a form.
:func:`in_query_form` lets a stem count as the query's when its first four letters are those of
a query stem of four letters or more. It is used only where the sentence is short and its other
tests are strict; "paid" (four letters, a stem of its own) is not "pay".

Example::

    >>> sorted(content_stems("The user wants to know how far she drives."))
    ['driv', 'far']
    >>> in_query_form("driven", content_stems("How far does she drive?"))
    True
    >>> in_query_form("ride", content_stems("How far does she drive?"))
    False
"""

from __future__ import annotations

import re

__all__ = ["content_stems", "in_query_form", "query_has_stem", "stem"]

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at for from by with about as into onto over under than
    then so that this these those it its it's is are was were be been being am do does did
    doing have has had having i me my we our you your he him his she her they them their
    theirs what which who whom whose when where why how all any both each few more most other
    some such no nor not only own same too very can will just should would could might may
    must shall also there here okay ok so user user's users asking asks asked ask want wants
    wanted know like one get make use using way ways something someone thing things really
    """.split()
)
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s")


def stem(word: str) -> str:
    """The crude stem of one lowercase ``word``: a possessive "'s" and the first of
    :data:`_SUFFIXES` that leaves three letters or more cut off, then at most six letters
    ("policies" -> ``polic``, "drives" -> ``driv``)."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:6]


def content_stems(text: str | None) -> set[str]:
    """Crude stems of the content words of ``text`` (stopwords, numbers and one-letter words
    dropped): what query overlap is measured on. An empty set for ``None`` or ``""``."""
    if not text:
        return set()
    return {
        stem(w)
        for w in _WORD_RE.findall(text.lower())
        if w not in _STOPWORDS and len(w) > 1 and not w.isdigit()
    }


def query_has_stem(word_stem: str, query_stems: set[str]) -> bool:
    """Whether ``word_stem`` is one of ``query_stems``, or (five letters or more) begins one or
    is begun by one: the crude stems part "fraud" from "fraudulence" and "policy" from
    "policies" (round 17)."""
    if word_stem in query_stems:
        return True
    return len(word_stem) >= 5 and any(
        len(q) >= 5 and (q.startswith(word_stem) or word_stem.startswith(q)) for q in query_stems)


def in_query_form(word: str, query_stems: set[str]) -> bool:
    """Whether the stem ``word`` is one of ``query_stems`` or shares its first four letters with
    one of them (both of four letters or more)."""
    if word in query_stems:
        return True
    return len(word) >= 4 and any(len(q) >= 4 and q[:4] == word[:4] for q in query_stems)
