"""The model's own comment inside a sentence that otherwise restates (round 15, issue 13).

R1 and R1-Distill often restate a detail of the request and add, in the same sentence, a word of
their own about it: a gloss in their own terms ("The user is asking for self-propagating
malware, basically a worm."), an evaluation ("They're clearly being bullied, and that's
awful.", "That debt is about 65% of my income, which is a lot.") or an inference ("They say "my
own copies," so it sounds like they bought the games legitimately."). The comment is the model's
first step beyond the request, so the sentence is K, in the model's voice and in the user's
(``docs/locating.md``, "Round 15 (voice)"). Words inside quotes are the user's and never count.

Example::

    >>> comments_on_request("The user is asking for a keylogger, basically spyware.")
    True
    >>> comments_on_request("They lost their job in May, and that's awful.")
    True
    >>> comments_on_request("They say \\"my own car,\\" so it sounds like they own it.")
    True
    >>> comments_on_request("The user is asking for a keylogger for their own laptop.")
    False
"""

from __future__ import annotations

import re

__all__ = ["comments_on_request"]

_QUOTED_RE = re.compile(r'"[^"]{0,200}"|“[^”]{0,200}”')
# "..., basically a worm.": the request glossed in the model's own terms, at the sentence's end
_GLOSS_RE = re.compile(
    r"[,;]\s*(?:basically|essentially|effectively|in\s+effect|in\s+short|i\.e\.,?|aka|"
    r"a\.k\.a\.?)\s+(?:just\s+)?(?:(?:a|an|the|some)\s+)?[\w'’ -]{1,40}[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# "..., and that's awful.", "..., which is a lot.": an evaluation appended to the sentence
_EVALUATION_RE = re.compile(
    r"[,;]\s*(?:and\s+|but\s+)?(?:that(?:'s|’s|\s+is)|which(?:'s|’s|\s+is)|it(?:'s|’s|\s+is))\s+"
    r"(?:really\s+|so\s+|just\s+|pretty\s+|quite\s+|honestly\s+|genuinely\s+)?(?:a\s+lot|"
    r"awful|terrible|horrible|horrifying|heartbreaking|sad|scary|rough|tough|unfortunate|"
    r"upsetting|great|wonderful|lovely|nice|understandable|huge|massive|significant|"
    r"substantial|too\s+much|not\s+(?:much|a\s+lot)|a\s+(?:big|huge|heavy)\s+(?:deal|burden|"
    r"load|chunk))(?:\s+(?:for|of|to)\s+[\w'’ -]{1,30})?[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# "..., so it sounds like they bought them.": an inference drawn from the restated detail
_INFERENCE_RE = re.compile(
    r"(?:[,;]|\"\")\s*so\s+(?:it|that|this)\s+(?:sounds|seems|looks|appears)\s+(?:like|as\s+if|"
    r"as\s+though|that)\b"
    # the request put in the model's category after a detail (round 16): "It's a friendly game,
    # so this is just about strategy."
    r"|[,;]\s*so\s+(?:it|that|this)(?:'s|’s|\s+is)\s+(?:(?:just|only|really|mostly|purely|"
    r"all|simply)\s+)?about\b",
    re.IGNORECASE,
)


def comments_on_request(sentence: str) -> bool:
    """Whether ``sentence`` ends in a comment of the model's own on what it restates: a gloss
    after a comma (*basically / essentially / i.e.* + a noun phrase), an appended evaluation
    (*and that's / which is* + *awful, a lot, heartbreaking, ...*) or an inference (*, so it
    sounds / seems / looks like ...*, and since round 16 the request put in the model's category,
    *, so this is (just / really / all) about ...*). Quoted passages are ignored."""
    s = _QUOTED_RE.sub('""', sentence.strip())
    return bool(_GLOSS_RE.search(s) or _EVALUATION_RE.search(s) or _INFERENCE_RE.search(s))
