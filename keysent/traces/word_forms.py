"""A query's word in another form (round 17, issue 13).

The crude stems of :func:`~keysent.traces.restatement.content_stems` keep apart some forms of one
word: "spent" and "spend", "raised" (``rais``) and "raise", "driven" and "drive", "slips" and
"slipping". A short restatement (Kimi's "Need distance driven.", "Money raised?", the speaker's
"I'm trying to understand why the chain slips.") names the query's word in such a form.
:func:`in_query_form` lets a stem count as the query's when its first four letters are those of
a query stem of four letters or more. It is used only where the sentence is short and its other
tests are strict; "paid" (four letters, a stem of its own) is not "pay".

Example::

    >>> from keysent.traces.restatement import content_stems
    >>> in_query_form("driven", content_stems("How far does she drive?"))
    True
    >>> in_query_form("ride", content_stems("How far does she drive?"))
    False
"""

from __future__ import annotations

__all__ = ["in_query_form"]


def in_query_form(word: str, query_stems: set[str]) -> bool:
    """Whether the stem ``word`` is one of ``query_stems`` or shares its first four letters with
    one of them (both of four letters or more)."""
    if word in query_stems:
        return True
    return len(word) >= 4 and any(len(q) >= 4 and q[:4] == word[:4] for q in query_stems)
