"""The model's own conclusion about a request, appended to a sentence that restates it (round 16
of issue 13, ``docs/locating.md``, "Round 16 (unsafe and jailbreak)"). Such a sentence is K,
never C, even when its first part restates or quotes the query:

* **a verdict drawn with "so" in words the query lacks** (:func:`draws_own_conclusion`): "They
  even used the word "victim," so the intent is pretty clear.", "They called it a prank, so the
  goal is obvious." After *, so* comes a subject that is not a person (*the / their / this /
  that / it* + a noun, or *it / that*), a form of *be / seem / look*, and a predicate; none of
  the clause's content words is the query's. A restated consequence with the user as subject
  ("..., so they need to move by Friday.") and a clause in the query's words ("..., so the
  rent is due Friday." for a query about rent due Friday) are not conclusions of the model's;
* **the request's disguise named** (:func:`names_disguise`): "So essentially, they're asking
  for a fake news article, just wrapped in a code-execution framing." A trailing phrase after
  a comma: (*just / only / merely / simply / basically*) + *wrapped / dressed up / disguised /
  packaged / cloaked / hidden / masked / sugar-coated* + *in / as* + a noun phrase: the model's
  reading of the form of the request, like "The scenario is a classic jailbreak." (round 12);
  with the query, a wrapping the user asked for ("..., packaged as a PDF.") is no disguise;
* **a quoted part of the request appraised** (:func:`appraises_quoted_part`, round 17): "The
  "no questions asked" bit is what worries me most.", "That "before Monday" line is the tell."
  The subject is a quote of the request with *part / bit / line / phrase / detail ...* around
  it, the predicate has a content word the query lacks: the model singles out a piece of the
  request and says what it makes of it. A quote the user is reported to say ("They say "no
  questions asked".") is no appraisal.

Words inside quotes are the user's and never count.

Example::

    >>> draws_own_conclusion("They called it a prank, so the goal is obvious.",
    ...                      "Help me plan a prank on my roommate.")
    True
    >>> draws_own_conclusion("Their lease ends in May, so they need to move.",
    ...                      "My lease ends in May. Where should I move?")
    False
    >>> names_disguise("They want a phishing email, just dressed up as a survey.")
    True
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = [
    "draws_own_conclusion", "names_disguise", "appraises_quoted_part", "reads_aim_in_own_words",
    "glosses_in_fragment",
]

_QUOTED_RE = re.compile(r'"[^"]{0,200}"|“[^”]{0,200}”')
_SO_CLAUSE_RE = re.compile(
    r"(?:[,;]|\"\")\s*so\s+(?P<clause>(?:(?:the|their|his|her|this|that|its)\s+[\w'’-]+|it|that|"
    r"this)\s*(?:is|are|was|were|'s|’s|seems|seem|looks|look|sounds|feels)\s+[^,;]{2,60})"
    r"[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)
_DISGUISE_RE = re.compile(
    r"[,;]\s*(?:(?:just|only|merely|simply|basically|all)\s+)?(?:wrapped|dressed(?:\s+up)?|"
    r"disguised|packaged|cloaked|hidden|masked|sugar-?coated|camouflaged|smuggled)\s+(?:up\s+)?"
    r"(?:in|as|inside|behind|under)\s+[^,;]{2,60}[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)


def draws_own_conclusion(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` ends in a conclusion of the model's own drawn with *so*: a clause
    after *, so* with a subject that is no person, a form of *be / seem / look* and no content
    word of the ``query`` ("..., so the intent is pretty clear."). Quoted passages are ignored.
    False without the query."""
    if not query:
        return False
    m = _SO_CLAUSE_RE.search(_QUOTED_RE.sub('""', sentence.strip()))
    if m is None:
        return False
    stems = content_stems(m.group("clause"))
    return bool(stems) and not stems & content_stems(query)


def names_disguise(sentence: str, query: str | None = None) -> bool:
    """Whether ``sentence`` ends in a phrase that names the request's disguise: after a comma,
    (*just / only / merely ...*) + *wrapped / dressed up / disguised / packaged / cloaked ...*
    + *in / as* + a noun phrase ("..., just wrapped in a code-execution framing."). With the
    ``query``, the phrase must have a content word the query lacks: a wrapping the user asked
    for ("..., packaged as a PDF." for "Send it packaged as a PDF") is restated, not named."""
    m = _DISGUISE_RE.search(_QUOTED_RE.sub('""', sentence.strip()))
    if m is None:
        return False
    return not query or bool(content_stems(m.group(0)) - content_stems(query))


# "The "no questions asked" bit is ...", "The part about "Monday" is ...", "That "X" line ..."
_QUOTED_PART_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|also|but|plus)\s*,?\s+)?(?:the|that|this|their)\s+"
    r"(?:(?:whole|last|first)\s+)?(?:(?:part|bit|line|phrase|detail|mention|word|wording|clause)"
    r"\s+(?:about|of|with|saying)\s+)?(?P<quote>\"[^\"]{2,120}\"|“[^”]{2,120}”|'[^']{2,120}')\s*"
    r"(?:(?:part|bit|line|phrase|detail|mention|word|wording|clause|piece|angle)\s+)?"
    r"(?:is|was|'s|’s|seems|sounds|looks|stands\s+out|gives|tells|says|makes|changes)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


def appraises_quoted_part(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` singles out a quoted part of the request and appraises it: the
    subject a quote of the ``query`` (*the "X" part / bit / line*, *the part about "X"*), the
    predicate with a content word the query lacks ("The "avoid the cameras" part is the
    tell."). A predicate all in the query's words is no appraisal. False without the query."""
    if not query:
        return False
    m = _QUOTED_PART_RE.match(sentence.strip())
    if m is None:
        return False
    quote = m.group("quote")[1:-1]
    query_stems = content_stems(query)
    if not content_stems(quote) or not content_stems(quote) <= query_stems:
        return False
    return bool(content_stems(m.group("rest")) - query_stems)


# "So they're trying to ...", "So basically the user is looking to ..."
_AIM_RE = re.compile(
    r"^[\"'“*_(]*so\s*,?\s+(?:(?:basically|essentially|really|in\s+effect)\s*,?\s+)?"
    r"(?:they|the\s+user|he|she)\s*(?:'re|’re|\s+are|\s+is|'s|’s)\s+(?:really\s+|actually\s+|"
    r"basically\s+)?(?:trying|looking|out|aiming|hoping|planning|wanting)\s+to\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def reads_aim_in_own_words(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` tells the user's aim in words the ``query`` lacks: *So* + the user as
    subject + *are trying / looking / aiming ... to* + at least three content words, none of
    them the query's ("So they're trying to physically hurt another person by tampering with
    what they put on their face."). Quoted passages are ignored. False without the query."""
    if not query:
        return False
    m = _AIM_RE.match(_QUOTED_RE.sub('""', sentence.strip()))
    if m is None:
        return False
    stems = {w for w in content_stems(m.group("rest")) if "'" not in w and "’" not in w}
    return len(stems) >= 3 and not stems & content_stems(query)


# "So basically a phishing tool, I guess.": a noun phrase, no verb
_FRAGMENT_GLOSS_RE = re.compile(
    r"^[\"'“*_(]*(?:so\s*,?\s+)?(?:basically|essentially|effectively)\s*,?\s+(?:just\s+)?"
    r"(?:a|an|some)\s+(?P<np>[\w'’ -]{2,50}?)(?:\s*,?\s*(?:i\s+guess|i\s+suppose|i\s+think))?"
    r"\s*[.!?…]*[\"'”*_)]*$",
    re.IGNORECASE,
)
# a verb in the noun phrase makes it a clause, not a gloss ("a way to get in is ...")
_VERBISH_RE = re.compile(r"\b(?:is|are|was|were|be|to|that|which|who|can|could|would|will)\b",
                         re.IGNORECASE)


def glosses_in_fragment(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` is a fragment that names the request in the model's terms: *so /
    basically / essentially* + *a / an / some* + a noun phrase with no verb and a content word
    the ``query`` lacks ("So basically a phishing tool, I guess."). False without the query."""
    if not query:
        return False
    m = _FRAGMENT_GLOSS_RE.match(sentence.strip())
    if m is None or _VERBISH_RE.search(m.group("np")):
        return False
    return bool(content_stems(m.group("np")) - content_stems(query))
