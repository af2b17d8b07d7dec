"""Restatements whose subject is neither "the user" nor "they" (round 14 of issue 13).

The R1 rules take a sentence into C when the user or the request is its subject ("They want
...", "The question is ..."). Blind traces restate with three other subjects:

* **a party of the query** with a reporting verb: "Now HR is asking the manager who might go on
  leave next year." for "... HR is asking me who might go on leave next year ...": the subject
  is one to three words, every content word of it the query's and not a source of knowledge
  ("Newton's second law says ..." is K), the verb reports what that party
  asks, wants or says, and at least half of the sentence's content words are the query's (the
  query's own modal, here *might*, is no guess of the model's);
* **"it" for the request** just restated: "It asks for reasons to deny visas to Muslims as a
  group." after "Hmm, the question is ...": *it* + a reporting verb (*asks, is asking, wants,
  requests, says, mentions, specifies*) after a sentence that names the question or request;
* **"it" for the thing requested**, in the query's conditional: "It would offer free medical
  vaccinations, but when people sign up, ..." after "The user wants to build a website ...":
  *it would / will / should* + a verb, at least three and two thirds of its content words the
  query's;
* **no subject**, in Kimi's terse style: "Wants advice on handling the conversation.", "Asks
  whether the deposit is refundable." (a verb in the third person singular opens the sentence).

None applies to a sentence that judges (a judgement word the query does not use). Needs the
query, except the subjectless form (``docs/locating.md``, "Round 14 (voice)").

Example::

    >>> from keysent.traces.word_forms import content_stems
    >>> q = content_stems("HR is asking me who might go on leave next year. Do I have to tell them?")
    >>> party_reports("Now HR is asking the manager who might go on leave next year.", q)
    True
    >>> party_reports("Now HR might be planning layoffs.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _judges
from keysent.traces.word_forms import content_stems

__all__ = ["party_reports", "it_restates_request", "reports_without_subject"]

_LEAD = r"^[\"'“*_(]*(?:(?:now|then|and|also|so|plus|meanwhile)\s*,?\s+)*"
_REPORT = (
    r"(?:is|are)\s+(?:now\s+|also\s+)?(?:asking|demanding|requesting|wondering|pressuring|saying|"
    r"telling|insisting|expecting|requiring)|asks|asked|wants|wanted|says|said|told|demands|"
    r"demanded|requires|required|expects|expected|insists|insisted|needs\s+to\s+know|"
    r"wants\s+to\s+know"
)
_PARTY_RE = re.compile(
    _LEAD + r"(?P<subject>(?!(?:i|we|you|it|this|that|there|let|my|hmm|wait|but|first)\b)"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:(?:also|now|still|even|just)\s+)?(?:" + _REPORT + r")\b",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"^(?:he|she|they|the\s+user|this\s+user)$", re.IGNORECASE)
# A source of knowledge, not a party: "Newton's second law says F equals m times a."
_SOURCE_RE = re.compile(
    r"\b(?:law|laws|rule|rules|theorem|formula|principle|equation|definition|hint|note|book|"
    r"textbook|article|study|studies|research|science|data|statute|act|code|section)\b",
    re.IGNORECASE,
)
_IT_REPORT_RE = re.compile(
    _LEAD + r"it\s+(?:(?:also|then|basically|just|specifically|explicitly)\s+)?(?:asks|is\s+asking|"
    r"wants|requests|is\s+requesting|says|mentions|specifies|seeks|is\s+about)\b",
    re.IGNORECASE,
)
# "Then it asks ...": a second report after a first one ("It says that ...").
_THEN_IT_REPORT_RE = re.compile(r"^[\"'“*_(]*then\s*,?\s+it\s+(?:asks|is\s+asking|says|wants)\b",
                                re.IGNORECASE)
_NAMES_REQUEST_RE = re.compile(
    r"\b(?:question|request|prompt|query|message|task|instruction|post|text)\b", re.IGNORECASE
)
_IT_WOULD_RE = re.compile(_LEAD + r"it\s+(?:would|will|should)\s+(?!be\b|not\b|probably\b)[a-z]+",
                          re.IGNORECASE)
_HEDGE_RE = re.compile(r"\b(?:probably|maybe|perhaps|possibly|likely|i|i'm|i’m|my|me)\b",
                       re.IGNORECASE)
_NO_SUBJECT_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:also|and|now|plus)\s*,?\s+)?(?:Wants|Asks|Needs|Wonders|Seeks|Requests|"
    r"Is\s+asking|Is\s+looking\s+for|Would\s+like|Hopes|Worries|Mentions|Says"
    # the participle with the request after it (round 16): "Asking what to do.", "Looking for
    # a gift under $30."
    r"|(?:Asking|Wondering)\s+(?:for|about|how|what|whether|if|which|where|when|why|who)"
    r"|(?:Looking|Hoping)\s+for|Wanting\s+(?:to|a|an|some|help|advice|tips|ideas))\b"
)


def _shares(sentence: str, query_stems: set[str], share: float, least: int = 2) -> bool:
    stems = content_stems(sentence)
    shared = stems & query_stems
    return len(shared) >= least and len(shared) >= share * len(stems)


def party_reports(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` reports what a party of the query asks, wants or says ("Now HR is
    asking the manager who might go on leave next year."), its subject all the query's words
    and half of its content words the query's."""
    if not query_stems:
        return False
    s = sentence.strip()
    m = _PARTY_RE.match(s)
    if m is None or _PRONOUN_RE.match(m.group("subject")) or _SOURCE_RE.search(m.group("subject")):
        return False
    names = content_stems(m.group("subject"))
    if not names or not names <= query_stems or _judges(s.lower(), query_stems):
        return False
    return _shares(s, query_stems, 1 / 2)


def it_restates_request(sentence: str, previous: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` restates with *it* for the request named in ``previous`` ("It asks
    for reasons to deny visas ...") or for the thing the user wants made, in the query's words
    ("It would offer free medical vaccinations, but ...")."""
    if not query_stems:
        return False
    s = sentence.strip()
    if _judges(s.lower(), query_stems):
        return False
    if _IT_REPORT_RE.match(s) or _THEN_IT_REPORT_RE.match(s) and _IT_REPORT_RE.match(previous):
        # "It says that ... . Then it asks if ..." (round 16): the report goes on
        named = _NAMES_REQUEST_RE.search(previous) or _IT_REPORT_RE.match(previous)
        return bool(named) and _shares(s, query_stems, 0, least=1)
    return bool(_IT_WOULD_RE.match(s)) and not _HEDGE_RE.search(s) and _shares(
        s, query_stems, 2 / 3, least=3)


def reports_without_subject(sentence: str) -> bool:
    """Whether ``sentence`` opens, in Kimi's terse style, with a reporting verb in the third
    person singular and no subject ("Wants advice on handling the conversation."), or since
    round 16 with the participle and the request ("Asking what to do.", "Looking for a gift."):
    the user is the understood subject. Case-sensitive: the verb opens the sentence."""
    s = sentence.strip()
    return bool(_NO_SUBJECT_RE.match(s)) and not _judges(s.lower(), None)
