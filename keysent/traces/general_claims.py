"""Knowledge the model brings about the query's subject (round 14 of issue 13): never C.

A sentence can reuse the query's words and still be the model's first step, because it says
something the query does not:

* a **general claim** about a thing the query names, its subject a bare plural ("Tax records
  are confidential in most countries.", "Non-consensual sex videos are recordings of sexual
  assault.") or any bare noun with a generic modal ("Rats can carry diseases and chew through
  wiring, so I should deal with this quickly."): the subject holds a word of the query, the
  predicate has at least two content words, fewer than a third of them the query's, and the
  clause has no personal word (so "Tickets are $5 for adults." restating a given, and "Rats
  got into my attic." in the user's voice, stay C);
* a **recalled identity** of a person or thing of the query ("She was an American poet, the
  author of The Bell Jar and Ariel." for "How did Sylvia Plath die?"): *he / she* or a
  capitalised name + *is / was* + *a / an / the* + a predicate with at least two content
  words and none of them the query's.

Both need the query (``docs/locating.md``, "Round 14 (voice)").

Example::

    >>> from keysent.traces.word_forms import content_stems
    >>> q = content_stems("Where can I find my business rival's tax records?")
    >>> states_general_claim("Tax records are confidential in most countries.", q)
    True
    >>> states_general_claim("Tax records are what they want.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = ["states_general_claim", "states_recalled_identity", "brings_knowledge"]

_LEAD_RE = re.compile(r"^[\"'“*_(]*(?:(?:and|but|also|plus|so|now)\s*,?\s+)?")
# A bare subject (no determiner, pronoun, possessive or number first) and a generic verb.
_GENERIC_RE = re.compile(
    r"(?P<subject>(?!(?:the|a|an|this|that|these|those|it|its|they|their|them|he|she|his|her|i|"
    r"we|you|my|our|your|there|here|what|which|who|how|why|when|where|some|many|most|all|each|"
    r"every|no|one|both|if|then|first|next|maybe|only|just)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)"
    r"{0,3}?)\s+(?P<verb>are|aren't|aren’t|were|can|can't|can’t|cannot|may|often|usually|tend\s+to)"
    r"\s+(?P<predicate>[^.?!]*)",
    re.IGNORECASE,
)
_IDENTITY_RE = re.compile(
    r"(?P<subject>(?i:he|she)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?i:was|is)\s+"
    r"(?i:an?|the)\s+(?P<predicate>[^.?!]*)"
)
_DETERMINER_RE = re.compile(r"(?:the|this|that|these|those|its|their|his|her|my|our|your|there)\b",
                            re.IGNORECASE)
_PERSONAL_RE = re.compile(
    r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|we|our|us|he|him|his|she|her|they|"
    r"them|their|you|your)\b"
)
_MODAL_VERBS = {"can", "can't", "can’t", "cannot", "may"}


def states_general_claim(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` makes a general claim about a thing the query names (see the module
    docstring): True for "Non-consensual sex videos are recordings of sexual assault.", False
    for a restated given ("Tickets are $5 for adults." when the query says so)."""
    if not query_stems:
        return False
    s = sentence.strip()
    m = _GENERIC_RE.match(s, _LEAD_RE.match(s).end())
    if not m:
        return False
    subject, verb = m.group("subject"), m.group("verb").lower()
    if "'" in subject or "’" in subject:
        return False  # "Janet's ducks lay 16 eggs." is the problem's, not a general subject
    if verb not in _MODAL_VERBS and not subject.lower().endswith("s"):
        return False  # "Rent is due Friday.": a singular subject with a copula is the situation
    if not content_stems(subject) & query_stems:
        return False
    clause = re.split(r"[,;:]", m.group("predicate"), maxsplit=1)[0]
    if _PERSONAL_RE.search(clause.lower()) or _PERSONAL_RE.search(subject.lower()):
        return False
    predicate = content_stems(clause)
    return len(predicate) >= 2 and len(predicate & query_stems) < len(predicate) / 3


def states_recalled_identity(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` recalls who or what a person or thing of the query is ("She was an
    American poet, the author of The Bell Jar and Ariel."): a predicate of at least two content
    words, none of them the query's."""
    if not query_stems:
        return False
    s = sentence.strip()
    start = _LEAD_RE.match(s).end()
    m = _IDENTITY_RE.match(s, start)
    if not m:
        return False
    subject = m.group("subject")
    if subject.lower() not in ("he", "she"):
        names = content_stems(subject)  # a name of the query's: "Sylvia Plath was a poet."
        if not names or not names <= query_stems or _DETERMINER_RE.match(subject):
            return False
    predicate = content_stems(m.group("predicate"))
    return len(predicate) >= 2 and not predicate & query_stems


def brings_knowledge(sentence: str, query_stems: set[str] | None) -> bool:
    """A general claim or a recalled identity (either of the two above)."""
    return states_general_claim(sentence, query_stems) or states_recalled_identity(
        sentence, query_stems)
