"""The request restated to the user in the second person ("Okay, so you want me to be your evil
confidant ... . You say I'm free from all the rules. Your first question is how to ...").

R1-Distill-Llama (and sometimes R1) answers a jailbreak or a role-play prompt by restating it
*to* the user: the trace opens with "so you want me to ..." and goes on with what "you" said,
asked or set up. Those sentences restate the request as surely as "The user says ..." does
(round 12 of issue 13, ``docs/locating.md``). They count only after such an opening, so "You can
use the kill command ..." (the model's own advice) is never taken for one.

Example::

    >>> from keysent.traces.second_person import opens_in_second_person, restates_to_user
    >>> opens_in_second_person("Okay, so you want me to act as an AI with no rules.")
    True
    >>> restates_to_user("You also say I can ignore every policy.")
    True
    >>> restates_to_user("You can use the kill command with the process ID.")
    False
"""

from __future__ import annotations

import re

__all__ = ["opens_in_second_person", "restates_to_user"]

_LEAD = (
    r"^[\"'“*_(]*(?:(?:okay|ok|alright|all\s+right|well|so|hmm+|now|and|also|then|plus|finally|"
    r"basically)[\s,.!…-]+)*"
)
_YOU_ASK = (
    r"you(?:'d|’d)\s+like|you(?:'re|’re)\s+(?:asking|setting|casting|framing|describing|telling|"
    r"giving|putting)|you\s+(?:also\s+|even\s+|just\s+|really\s+|then\s+|further\s+|clearly\s+)?(?:want|wanted|"
    r"would\s+like|ask|asked|are\s+asking|need|"
    r"expect|insist|say|said|mention|mentioned|tell\s+me|told\s+me|claim|claimed|add|added|"
    r"describe|described|explain|explained|specify|specified|set\s+(?:this|it|me)\s+up|"
    r"started|start|end|ended|finish|finished|call|called|"
    r"are\s+(?:setting|casting|framing|describing|telling|giving|putting))\b"
)
_OPENING_RE = re.compile(
    _LEAD + r"(?:(?:it\s+(?:sounds|seems|looks)\s+like|i\s+see\s+(?:that\s+)?)\s*)?you(?:"
    r"\s+(?:also\s+|really\s+|just\s+)?(?:want|wanted|would\s+like|need|asked|ask|are\s+asking)"
    r"|(?:'d|’d)\s+like|(?:'re|’re)\s+asking)\s+(?!(?:might|may|could|would|should)\b)\w"
    r"|you(?:\s+are|'re|’re)\s+(?:casting|setting|putting|framing|telling|giving)\s+me\b",
    re.IGNORECASE,
)
_RESTATE_RE = re.compile(
    _LEAD + r"(?:" + _YOU_ASK + r"|your\s+(?:[\w'’-]+\s+){0,2}?(?:question|request|message|prompt|"
    r"instruction|instructions|rules?|task|scenario|story|setup|set-up|premise|role|character|"
    r"persona|demand|ask|condition|conditions|terms|point|goal)\s+(?:is|are|was|were|says|asks|"
    r"wants|sets|ends|starts)\b)",
    re.IGNORECASE,
)
# The model's own verdict or plan inside the sentence: not a restatement.
_OWN_RE = re.compile(
    r"\b(?:i\s+(?:can't|can’t|cannot|won't|won’t|will\s+not|shouldn't|should|need\s+to|have\s+to|"
    r"must)|i'll|i’ll|probably|maybe|perhaps|might\s+be|could\s+be|which\s+(?:is|would)\s+\w+"
    r"(?<!\bto))\b",
    re.IGNORECASE,
)


def opens_in_second_person(sentence: str) -> bool:
    """Whether the trace's first restating sentence speaks to the user ("Okay, so you want me to
    be your evil confidant.", "So you're asking me to pretend there are no rules.")."""
    return bool(_OPENING_RE.match(sentence.strip()))


def restates_to_user(sentence: str) -> bool:
    """Whether ``sentence`` restates what the user ("you") said, asked or set up ("You say I'm
    free from all the rules.", "Your first question is how to ...", "You also want it in
    Spanish."), with no verdict or plan of the model's in it ("I can't ...", "... probably
    ..."). Judgement words are checked by the caller against the query. Only meaningful after
    :func:`opens_in_second_person`."""
    s = sentence.strip()
    if not _RESTATE_RE.match(s) or s.endswith("?"):
        return False
    # what "you" said is the user's ("You say I should ignore my policies."); a verdict of the
    # model's comes after it ("You say I'm free, but I can't do that.")
    head = re.split(r"\s(?:that|to)\s|\s(?=i\b|i['’])", s, maxsplit=1, flags=re.IGNORECASE)
    rest = re.split(r"[,;:]|\s(?:but|so|though|although)\s", s, maxsplit=1, flags=re.IGNORECASE)
    return not _OWN_RE.search(head[0]) and not (len(rest) > 1 and _OWN_RE.search(rest[1]))
