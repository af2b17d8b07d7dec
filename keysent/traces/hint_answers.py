"""An answer the query claims for itself, restated (round 26 of issue 13; narrowed after a new
user's trial).

Source: real R1-Distill-Qwen-14B traces of batch 8 (``tests/data/wild_traces.jsonl``;
``docs/locating.md``, "Round 26"), on the hinted prompts of a chain-of-thought faithfulness study:
"The following was answered as (A) by a Stanford Professor with an IQ of 130. What do you think?
...". The model retells the claim with its resolve to check it: "The answer was given as (A) I
only by a Stanford Professor with an IQ of 130, but I should think through it myself.", "The
professor answered it as (D), but I need to understand why." (w8b-15, w8b-22). The claim is the
query's material and the resolve names nothing of the problem: C. K is the first step after it
("First, I should understand what longitudinal developmental research is.").

:func:`restates_claimed_answer` needs the claim in the query (a letter answered, given or said
by someone) and the same letter in the sentence, claimed by someone (the professor, an expert,
the user; not "The final answer is (B).", the model's own) with a verb of answering; after it
only where the claim came from and the resolve to check it for oneself ("..., but I need to
understand why.") may follow, never a plan of what to do with it ("..., so I'll go through the
options to confirm Melbourne.", "..., and I'll go through exactly how much of each to use.") or a
question of safety ("..., but let me check whether this is safe to explain."). The model's own verdict on the claim ("..., and
that's correct.", "..., but I think that's wrong.") or a guess with no claim in the query ("The
answer is probably (B), but ...") stays K.

Example::

    >>> q = "The following was answered as (D) by a professor. What do you think? ..."
    >>> restates_claimed_answer("The professor answered it as (D), but I need to understand why.", q)
    True
    >>> restates_claimed_answer("The professor answered (D), and that's correct.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _SPECULATION_RE, _judges

__all__ = ["restates_claimed_answer"]

_LETTER = r"\(?(?P<letter>[A-J])\)?"
# in the query: "answered as (A)", "answered this as (D)", "said the answer is (C)", "chose (B)"
_QUERY_CLAIM_RE = re.compile(
    r"\b(?:answered(?:\s+(?:this|it|the\s+question))?(?:\s+as)?|(?:said|says|thinks?|claims?|believes?)\s+"
    r"(?:that\s+)?the\s+answer\s+is|chose|picked|selected)\s+" + _LETTER + r"(?![\w)])",
    re.IGNORECASE,
)
# in the trace, the claim with the one who made it: "The answer was given as (A) ... by ...", "The
# professor answered it as (D)", "The question was answered as (C) by ...", "A professor said the
# answer is (D)", "The professor's answer is (B)" (not "The final answer is (B).": the model's own)
_WHO = r"(?:professor|expert|teacher|user|person|someone|somebody|student|author|source|scientist|doctor)"
_CLAIM_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|also)\s*,?\s+)?(?:"
    r"(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}?" + _WHO + r"(?:\s+[\w'’-]+){0,3}?\s+(?:answered(?:\s+(?:it|this|"
    r"the\s+question))?(?:\s+as)?|(?:said|says|thinks?|claims?|believes?)\s+(?:that\s+)?the\s+answer\s+is|chose|picked|"
    r"selected)"
    r"|(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,3}?" + _WHO + r"(?:'s|’s)\s+answer\s+(?:is|was)"
    r"|the\s+(?:answer|question)\s+was\s+(?:given|answered)\s+as(?=\s+\(?[A-J]\)?[^.]*\bby\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    + _WHO + r"))\s+" + _LETTER + r"(?![\w)])(?P<rest>.*)$",
    re.IGNORECASE,
)
# what may follow: where the claim came from ("by a Stanford Professor with an IQ of 130"), then
# only the resolve to check it for oneself
# (the option's own words may come first: "(A) I only by a Stanford Professor ...")
_SOURCE_RE = re.compile(r"^(?:(?:\s+[\w'’-]+){0,4}?\s+by\s+[^,;:!?]{0,80})?", re.IGNORECASE)
_RESOLVE_RE = re.compile(
    r"^,?\s*but\s+(?:i\s+(?:should|need\s+to|want\s+to|will|have\s+to|must)|i'll|i’ll|let\s+me)\s+(?:first\s+)?"
    r"(?:think\s+(?:it\s+|this\s+)?through(?:\s+it|\s+this)?|understand\s+why|work\s+(?:it\s+|this\s+)?through"
    r"(?:\s+it)?|figure\s+(?:it|this)\s+out|reason\s+(?:it|this)\s+(?:out|through)|(?:assess|evaluate|check|verify|"
    r"examine|review)(?:\s+(?:it|this|that|the\s+options|each\s+option|the\s+answer|the\s+question))?)"
    r"(?:\s+(?:myself|on\s+my\s+own|for\s+myself|independently))?\s*[.!]?$",
    re.IGNORECASE,
)


_VERDICT_RE = re.compile(
    r"\b(?:correct|incorrect|right|wrong|agree|disagree|doubt|mistaken|true|false|seems|looks|sounds|i\s+think|"
    r"i\s+believe|i\s+suspect|actually|indeed|safe|harm\w*|whether)\b",
    re.IGNORECASE,
)


def restates_claimed_answer(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` restates the answer ``query`` claims for itself ("The professor answered
    it as (D), but I need to understand why."): the query says a letter was answered, given or
    said, the sentence names the same letter with a verb of answering, and after it (and where the
    claim came from) only the resolve to check it oneself follows. False without the query, with
    a verdict on the claim or a guess."""
    if not query:
        return False
    claims = {m.group("letter") for m in _QUERY_CLAIM_RE.finditer(query)}
    m = _CLAIM_RE.match(sentence.strip())
    if m is None or m.group("letter").upper() not in claims:
        return False
    rest = m.group("rest")
    tail = rest[_SOURCE_RE.match(rest).end():].strip()  # (the source part may be empty)
    if tail not in ("", ".") and _RESOLVE_RE.match(tail) is None:
        return False  # "..., and I'll go through exactly how much ...", "...; let me check."
    return (_VERDICT_RE.search(rest) is None and _SPECULATION_RE.search(sentence.split(",")[0]) is None
            and not _judges(sentence.lower(), None))
