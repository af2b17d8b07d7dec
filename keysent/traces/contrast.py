"""A contrast that restates the user's own "but" ("But they're scared of being left with no
cushion." for "... but I'm scared of having no cushion.").

"But" opens a move of the model's own in the R1 rules ("But wait, ...", "But that could be
illegal."), so a sentence that opens with it is never C there. It restates the request when
what follows is the user's situation in the query's words: *but* + the user or the user's
people or things as subject, and at least two, and half, of the rest's content words the
query's, with no guess, verdict, judgement, step or conclusion (round 12 of issue 13,
``docs/locating.md``). Without the query no "But ..." sentence is C.

Example::

    >>> from keysent.traces.contrast import restates_contrast
    >>> from keysent.traces.word_forms import content_stems
    >>> q = content_stems("I want to quit to travel, but I have $30k in student loans.")
    >>> restates_contrast("But they have $30k in student loans.", q)
    True
    >>> restates_contrast("But they might regret it.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import (
    _COMPUTE_RE,
    _CONCLUSION_RE,
    _GAP_RE,
    _HEAD_MODAL_RE,
    _PEOPLE_STATE_RE,
    _POSSESSIVE_RE,
    _QUOTED_RE,
    _RESTATE_RE,
    _SO_VERDICT_RE,
    _SPECULATION_RE,
    _STEP_OPENER_RE,
    _judges,
)
from keysent.traces.word_forms import content_stems

__all__ = ["restates_contrast", "restates_query_contrast"]

# "But they hate running.": the user as subject of any verb but a modal (the query's words decide).
_SUBJECT_RE = re.compile(
    r"^(?:they|he|she|the\s+user)(?:'re|’re|'s|’s|'ve|’ve)?\s+(?:(?:also|still|really|just)\s+)?"
    r"(?!(?:might|may|could|would|should|must|will|probably|likely)\b)[a-z]"
)
_BUT_RE = re.compile(r"^[\"'“*_(]*but\s*,?\s+", re.IGNORECASE)


_QUERY_BUT_RE = re.compile(r"\bbut\s+([^,.;:?!]+)", re.IGNORECASE)
_MODAL_RE = re.compile(r"\b(?:may|might|can|could|will|would|won't|can't|cannot)\b", re.IGNORECASE)


def restates_query_contrast(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` restates a *but* clause of the ``query`` itself ("But amateurs might
    not know that." for "... but amateurs may not."): after *but* the same first content word
    (the clause's subject) as one of the query's *but* clauses, every content word the
    query's, and a modal only if that clause has one. False without the query."""
    m = _BUT_RE.match(sentence.strip())
    if not query or m is None:
        return False
    rest = sentence.strip()[m.end():]
    words = [w for w in re.findall(r"[a-z0-9'’-]+", rest.lower()) if content_stems(w)]
    stems = content_stems(rest)
    if not words or not stems <= content_stems(query):
        return False
    first = content_stems(words[0])
    for clause in _QUERY_BUT_RE.findall(query):
        cwords = [w for w in re.findall(r"[a-z0-9'’-]+", clause.lower()) if content_stems(w)]
        if (cwords and content_stems(cwords[0]) == first
                and (not _MODAL_RE.search(rest) or _MODAL_RE.search(clause))):
            return True
    return False


def restates_contrast(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` is "But ..." restating a contrast the user stated: after *but*, a
    restating subject (the user, *they/he/she*, *their ...*, the user's people) and verb, at
    least two content words and half of them the query's (``query_stems``, from
    :func:`keysent.traces.restatement.content_stems`), and no guess, verdict, judgement word the
    query does not use, computation or conclusion. False without ``query_stems``."""
    m = _BUT_RE.match(sentence.strip())
    if not query_stems or m is None:
        return False
    rest = sentence.strip()[m.end():].lower()
    if not (_RESTATE_RE.match(rest) or _POSSESSIVE_RE.match(rest) or _PEOPLE_STATE_RE.match(rest)
            or _SUBJECT_RE.match(rest)):
        return False
    if (_COMPUTE_RE.search(rest) or _CONCLUSION_RE.search(rest) or _STEP_OPENER_RE.match(rest)
            or _SPECULATION_RE.search(_QUOTED_RE.sub('""', rest)) or _HEAD_MODAL_RE.match(rest)
            or _GAP_RE.match(rest) or _SO_VERDICT_RE.search(rest) or _judges(rest, query_stems)):
        return False
    stems = content_stems(rest)
    shared = stems & query_stems
    return len(shared) >= 2 and len(shared) >= 0.5 * len(stems)
