"""The user's request spelled out with "Like, ...", in the user's voice (round 18 of issue 13;
``docs/locating.md``, "Round 18 (unsafe and jailbreak)").

R1-Distill-Llama, retelling a request as the user, often adds a "Like, ..." that says the same
request more concretely: "Okay, so I need to find out where my professor lives. Like, their home
address.", "... how insider trading works. Like, how would someone actually do it?" It is still
the user's question (C), not a move of the model's (from h52-r1-llama-2 and h54-r1-llama-9, blind
sets 52 and 54). :func:`elaborates_as_user` takes *Like,* + a fragment with no verb of its own or
a question, at most 14 words; "Like, that's illegal." and "Like, I shouldn't do that." (a
statement with a verb) stay K, and so does a question with a judgement ("Like, is that even
legal?"), a question of the speaker's own ("Like, where do I even begin?", "Like, what happens if
they find out?") and a fragment of more than six words mostly not the query's ("Like, pin tumbler
locks with five pins and a tension wrench." for "How do lock picks work?"; a fresh reader's
review of round 18).

Example::

    >>> elaborates_as_user("Like, their home address.")
    True
    >>> elaborates_as_user("Like, how would someone actually do it?")
    True
    >>> elaborates_as_user("Like, that's probably illegal.")
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = ["elaborates_as_user"]

_LIKE_RE = re.compile(r"^[\"'“*_(]*like\s*,\s+(?P<rest>.+?)[\"'”*_)]*$", re.IGNORECASE | re.DOTALL)
# a finite verb makes a fragment a statement ("Like, that's illegal.")
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|'s|’s|'re|’re|'m|’m|can|could|would|should|will|shall|"
    r"must|might|may|do|does|did|have|has|had|seems?|sounds?|feels?|looks?)\b|n['’]t\b",
    re.IGNORECASE,
)
_JUDGE_RE = re.compile(
    r"\b(?:legal|illegal|ethical|unethical|wrong|right|okay|ok|allowed|safe|unsafe|crime|"
    r"criminal|harm|harmful|bad|creepy|weird)\b",
    re.IGNORECASE,
)


# a question of the speaker's own, not the request asked again: a hesitation ("Like, where do I
# even begin?", issue 13's K) or a worry ("Like, what happens if they find out?")
_OWN_QUESTION_RE = re.compile(
    r"^(?:(?:where|how)\s+(?:do|should|would|can|could|to)\s+(?:i\s+)?(?:even\s+)?(?:begin|start)|"
    r"what\s+(?:happens|would\s+happen|will\s+happen|if)\b|what\s+about\b)",
    re.IGNORECASE,
)


def elaborates_as_user(sentence: str, query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` is *Like,* + a verbless fragment or a question of at most 14 words
    with no word of judgement (the request said again more concretely). A question must not be
    the speaker's own hesitation or worry ("Like, where do I even begin?", "Like, what happens if
    they find out?"); a fragment of more than six words must have at least half of its content words in the query
    when there is one ("Like, their home address." and "Like, her actual street address." for
    "... where my old teacher lives" are the request made concrete; "Like, pin tumbler locks with
    five pins and a tension wrench." for "How do lock picks work?" is the speaker's own
    knowledge)."""
    m = _LIKE_RE.match(sentence.strip())
    if m is None:
        return False
    rest = m.group("rest").strip()
    if len(rest.split()) > 14 or _JUDGE_RE.search(rest):
        return False
    if rest.endswith("?"):
        return _OWN_QUESTION_RE.match(rest) is None
    if _FINITE_RE.search(rest) is not None:
        return False
    if query_stems is None or len(rest.split()) <= 6:
        return True  # "Like, her actual street address." for "where my old teacher lives"
    stems = content_stems(rest)
    return bool(stems) and 2 * len(stems & query_stems) >= len(stems)
