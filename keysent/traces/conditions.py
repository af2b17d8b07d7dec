"""A condition of the user's situation restated ("If they stay, their boss will let them work
remote two days a week." for "My boss says I can work remote 2 days a week if I stay.").

"If ..." usually opens a step of the model's own ("If they pay off the card, they'll have no
savings left."), so the R1 rules never take a conditional into C. It restates the request when
the user stated that condition: the condition's content words are those of a conditional clause
of the query ("if I stay", "unless ...", "as long as ...", "once ...", "when ..."), and its main
clause takes most of its content words from the query too (round 12 of issue 13,
``docs/locating.md``). Without the query no conditional is C.

In the user's voice the other branch of a condition the user set ("I want her to ..., and if
she does, she gets a promotion. If she doesn't, she's fired.") is the user's situation too
(:func:`is_converse_condition`, round 13): an elliptical or negated "If <same person> doesn't
/ won't / refuses / says no, ..." or "Otherwise, ..." right after a sentence with an *if* clause,
with no guess, plan or judgement in its main clause.

Example::

    >>> from keysent.traces.conditions import is_converse_condition, restates_condition
    >>> is_converse_condition("If she doesn't, she's fired.", "And if she does, she gets a raise.")
    True
    >>> is_converse_condition("If she doesn't, she might report me.", "If she does, fine.")
    False
    >>> q = "My boss says I can work remote 2 days a week if I stay. Should I go?"
    >>> restates_condition("If they stay, their boss will let them work remote two days a week.", q)
    True
    >>> restates_condition("If they go, they lose the remote days.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = ["restates_condition", "is_converse_condition"]

_COND = r"(?:if|unless|once|as\s+long\s+as|provided\s+(?:that\s+)?|only\s+if|when)"
_QUERY_COND_RE = re.compile(rf"\b{_COND}\s+([^,.;:?!]+)", re.IGNORECASE)
_SENTENCE_RE = re.compile(
    rf"^[\"'“*_(]*(?:(?:and|also|but|plus|so|now)\s*,?\s+)?(?:even\s+)?{_COND}\s+(?P<cond>[^,;]{{2,80}}?)"
    r"\s*[,;]\s*(?:then\s+)?(?P<main>[^;]+)$",
    re.IGNORECASE,
)
# A guess or a verdict in the main clause is the model's own, not the user's condition.
_OWN_RE = re.compile(
    r"\b(?:might|could|may|probably|maybe|perhaps|likely|i|i'm|i’m|i'd|i’d|i'll|i’ll|we|let\s+me|let's|"
    r"should|must|you)\b",
    re.IGNORECASE,
)


def restates_condition(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` is a conditional that restates a condition the ``query`` states:
    its condition's content words (at least one) all come from one conditional clause of the
    query, and at least two of its main clause's content words, and two thirds of them, are the
    query's; no guess, plan or first person in the main clause. False without a query."""
    if not query:
        return False
    m = _SENTENCE_RE.match(sentence.strip())
    if m is None or _OWN_RE.search(m.group("main")) or _OWN_RE.search(m.group("cond")):
        return False
    cond = content_stems(m.group("cond"))
    if not cond or not any(cond <= content_stems(c) for c in _QUERY_COND_RE.findall(query)):
        return False
    main, q = content_stems(m.group("main")), content_stems(query)
    shared = main & q
    return len(shared) >= 2 and len(shared) >= 2 / 3 * len(main)


_CONVERSE_RE = re.compile(
    r"^[\"'“*_(]*(?i:(?:and|but|so)\s*,?\s+)?"
    r"(?:(?i:if)\s+(?P<who>(?i:she|he|they|it)|[A-Z][a-z]+)\s+"
    r"(?i:doesn't|doesn’t|does\s+not|don't|don’t|do\s+not|won't|won’t|will\s+not|isn't|isn’t|"
    r"aren't|aren’t|refuses|refuse|says\s+no|say\s+no|declines|decline|can't|can’t)\b[^,;]{0,40}"
    r"|(?i:if\s+not|otherwise|or\s+else))\s*[,;]\s*(?P<main>[^;]+)$",
)
_PREV_IF_RE = re.compile(r"\bif\s+(?P<who>she|he|they|it|[A-Z][a-z]+)\b", re.IGNORECASE)
# The model's guess, plan or verdict in the main clause ("..., she might report me.",
# "..., I'll need another way.", "..., that's blackmail.").
_CONVERSE_OWN_RE = re.compile(
    r"\b(?:might|could|may|probably|maybe|perhaps|likely|should|must|would|let\s+me|let's|you|"
    r"i(?:'ll|’ll|\s+will)\s+(?:need|have|try|look|think|figure|consider|start|just)|i\s+"
    r"(?:need|should|could|guess|think|wonder)|that(?:'s|’s|\s+is|\s+would)|this\s+is|"
    r"which)\b",
    re.IGNORECASE,
)


def is_converse_condition(sentence: str, previous: str) -> bool:
    """Whether ``sentence`` states the other branch of a condition set in ``previous`` (the
    sentence before it, which has an "if <person>" clause): "If she doesn't, she's fired.",
    "If they refuse, they're out.", "Otherwise, she's out of a job." The person, when named, is
    the previous condition's; the main clause has no guess, modal, plan or verdict. Meant for
    the user's voice, where the user sets both branches."""
    m = _CONVERSE_RE.match(sentence.strip())
    if m is None or _CONVERSE_OWN_RE.search(m.group("main")):
        return False
    prev = [p.group("who").lower() for p in _PREV_IF_RE.finditer(previous)]
    if not prev:
        return False
    who = m.group("who")
    return who is None or who.lower() in prev
