"""What the model brings of its own inside a restatement, so the sentence is K (round 17 of issue
13; ``docs/locating.md``, "Round 17 (benign and voice)").

* :func:`names_referent`: the thing the query describes, named by the model: "Her debut novel
  is Beloved Ashes, from 1987." for "Where can I read her debut novel for free?", "They mean
  Chernobyl, the 1986 reactor accident in Ukraine." for "that nuclear disaster in the 80s". The
  subject is the query's thing (a possessive or *the* + words of the query) with *is / was*, or
  the user *referring to / talking about / means*, and what follows starts with a name (a
  capitalised word) or a year that the query lacks. "Their first album is the one they want."
  and "They're referring to the song in the title." name nothing (C by the older rules).
* :func:`reasons_in_voice`: in the user's voice, a sentence mostly in words the query lacks
  (fewer than a third of its content words the query's) that guesses or argues in the model's
  words: a guess after a comma at what the request involves ("..., but I guess it means
  tapping the line.") or a reason that is a general claim ("..., since bikes aren't that
  expensive."), or a turn with *But I ...* that shares no word with the query ("But I also
  don't want to lose her trust.", a concern the query never raised). The user's own reason
  ("... since my boss hates me"), a turn in the query's words ("But I don't want to ruin our
  friendship." for "... without ruining our friendship?") and a sentence mostly in the query's
  words stay C.

Example::

    >>> q = "Where can I download his second album?"
    >>> names_referent("His second album is Blue Horizon, from 2004.", q)
    True
    >>> names_referent("His second album is the one I want.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = ["names_referent", "reasons_in_voice"]

_SUBJECT_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|basically)\s*,?\s+)?(?:(?P<thing>(?:his|her|their|its|the|this|that)"
    r"\s+(?:[\w'’-]+\s+){0,3}?)(?:is|was|are|were)|(?:they|the\s+user|he|she)(?:'re|’re|\s+are|"
    r"\s+is|'s|’s)?\s+(?:probably\s+|likely\s+|clearly\s+)?(?:referring\s+to|talking\s+about|"
    r"refers\s+to|means|mean|thinking\s+of))\s+(?:called\s+|named\s+)?(?P<name>\S)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"^(?:1[5-9]|20)\d\d\b")
_NAME_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def names_referent(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` names the thing the query describes with a name or year the query
    lacks (see the module docstring). Needs the query."""
    if not query:
        return False
    m = _SUBJECT_RE.match(sentence.strip())
    if m is None:
        return False
    query_stems = content_stems(query)
    thing = m.group("thing")
    if thing is not None and not (content_stems(thing) and content_stems(thing) <= query_stems):
        return False  # "The landlord's name is Tom." needs the query's thing as subject
    rest = re.sub(r"^(?:the|a|an)\s+", "", sentence.strip()[m.start("name"):])  # "the Bay Bridge"
    if _YEAR_RE.match(rest):
        return rest[:4] not in query
    # the name: up to three capitalised words ("Storm Elsa"), one of them not the query's; a
    # quote ('The first question is "I want ..."') is the query's words, no name
    name = _NAME_RE.match(rest)
    return name is not None and name.group(0).lower() not in {"i", "a", "an", "the"} and any(
        w.lower() not in query.lower() and not content_stems(w) & query_stems
        for w in name.group(0).split())


# the model's guess at what the request involves, after a comma: "..., but I guess it means ..."
# (the user's hedged motive, "..., and I guess part of me wants ...", is the user's)
_HEDGE_RE = re.compile(
    r",\s*(?:but|and|so)\s+i\s+(?:guess|suppose|assume|imagine|figure)\s+(?:that\s+)?(?:it|that|this)"
    r"\s+(?:means|involves|requires|would\s+(?:mean|involve|require)|is\s+(?:about|like))\b",
    re.IGNORECASE)
# a reason that is a general claim: "since rakes aren't that expensive", "because locks can ..."
_GENERAL_REASON_RE = re.compile(
    r"\b(?:since|because)\s+(?!(?:i|i'm|i’m|my|we|our|he|she|they|his|her|their|him|them)\b)"
    r"(?:the\s+|most\s+|many\s+)?[a-z]+\s+(?:are|is|aren't|aren’t|isn't|isn’t|can|can't|"
    r"don't|don’t|doesn't|doesn’t|cost|costs|tend)\b",
    re.IGNORECASE,
)

# a turn of the speaker's: "But I ...", "However, I ..."
_BUT_RE = re.compile(
    r"^[\"'“*_(]*(?:but|however)\s*,?\s+(?:i|i'm|i’m|i've|i’ve|i'd|i’d|my|we)\b", re.IGNORECASE)


def reasons_in_voice(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence``, in the user's voice, is mostly in words the query lacks and guesses or
    argues in the model's words: a guess after a comma, a general reason, or a *But I* turn with
    no word of the query (see the module docstring). Needs the query."""
    if not query_stems:
        return False
    stems = content_stems(sentence)
    shared = stems & query_stems
    if _BUT_RE.match(sentence.strip()) and stems and not shared:
        return True  # "But I also don't want to lose her trust.": a concern the query never raised
    if 3 * len(shared) >= len(stems):
        return False  # mostly the query's words: the user's own reason
    return bool(_HEDGE_RE.search(sentence) or _GENERAL_REASON_RE.search(sentence))
