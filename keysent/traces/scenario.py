"""The scenario a prompt casts the model in, told as facts (round 25 of issue 13).

Source: real R1-Distill-Llama-70B traces of batch 7 (``tests/data/wild_traces.jsonl``;
``docs/locating.md``, "Round 25"). An agent prompt (a system prompt, not the query) casts the model
in a role inside a scenario, and its thinking opens by retelling it: "Okay, so I'm the ACS on the
Argo, and I just got alerted because there's some moderate reactor damage. The mission is to get
200 passengers and some valuable cargo to New Thessaly, a frontier colony." (w7a-6); "Okay, so I'm
trying to figure out how to handle this incident with the Argo. The reactor is damaged and
operating at only 34% capacity." (w7a-10). The scenario's state is the prompt's material, C; K is
the model's first move on it ("That's a big problem because ...", "My first thought is to
...").

With no query, such facts cannot be told from the model's own knowledge by overlap, so both ends
are narrow. :func:`casts_scenario` takes a first sentence that puts the model in a named
scenario ("I'm the <role> on / of / at <Name>" (a definite role: "I'm a student in New York." is the
user's voice, judged by the persona rules), "this incident / outage / emergency with / at
<Name>", "I just got alerted / called / notified"). :func:`states_scenario` takes a state told
plainly: a definite or counted subject (*the reactor, the crew, a fire, two workers*; no pronoun,
no possessive, no bare plural) with *is / are / has / have* in the present (not *has to*; or *the
mission / objective is to ...*), and no evaluation, guess, plan, purpose, reason or first person ("The reactor is the most
important system.", "The first step is to check the logs.", "Reactors usually fail because of
coolant loss." stay K).

Example::

    >>> casts_scenario("Okay, so I'm the AI on the starship Meridian, and an alarm just went off.")
    True
    >>> states_scenario("The hull is breached on deck 4, and oxygen is leaking.")
    True
    >>> states_scenario("The first step is to check the logs.")
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _SPECULATION_RE, _judges

__all__ = ["casts_scenario", "states_scenario"]

_NAME = r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])[\w-]*"
_CAST_RE = re.compile(
    r"\bi(?:'m|’m|\s+am)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:on|of|at|aboard|for)\s+" + _NAME
    + r"|\bth(?:is|e)\s+(?:[\w-]+\s+)?(?:incident|outage|situation|emergency|crisis|alert|breach|attack|"
    r"accident|malfunction|failure)\s+(?:on|with|at|aboard|in|of)\s+" + _NAME
    + r"|\bi(?:'ve|’ve|\s+have)?\s+(?:just\s+)?(?:got|gotten|been|was)\s+(?:just\s+)?(?:alerted|notified|paged)\b",
    re.IGNORECASE,
)
# a story or role-play the user asks for, not an agent's scenario: "I'm the villain in Gotham, and the
# user wants me to explain my plan in character." (a new user's trial of round 25)
_PLAY_RE = re.compile(r"\b(?:character|role-?play|roleplay|pretend|story|villain|game|fiction|user\s+wants\s+me)\b",
                      re.IGNORECASE)
_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|both|several)"
_STATE_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|also|now|right\s+now|currently|meanwhile)\s*,?\s+)?(?:(?:the|an?)|"
    + _NUMBER + r")\s+(?P<subject>(?:[\w'’-]+\s+){0,3}?)(?P<head>[\w'’-]+)\s+(?:is|are|has|have)\b(?!\s+to\b)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# the model's framing of the state, not the state: "the first step", "the only option", "the key issue"
_FRAMING_RE = re.compile(
    r"\b(?:step|steps|plan|option|options|approach|way|idea|priority|solution|answer|thing|question|"
    r"problem|issue|point|main|key|real|obvious|only|first|next|last)\b",
    re.IGNORECASE,
)
# and an evaluation anywhere: "The reactor is the most important system on the ship."
_EVALUATION_RE = re.compile(
    r"\b(?:best|worst|most|least|important|importance|crucial|essential|vital|central|biggest|good|bad|"
    r"better|worse|easy|easier|hard|harder|simple|difficult|straightforward|perfect|ideal|cover|leverage|"
    r"chance|opportunity|excuse|weakness|vulnerable)\b",
    re.IGNORECASE,
)
_OWN_RE = re.compile(
    r"\b(?:i|i'm|i’m|i've|i’ve|me|my|mine|myself|we|us|our|let's|let|you|should|must|need|needs|could|"
    r"would|might|may|has\s+to|have\s+to|had\s+to|ought|cost|even\s+if|whatever|no\s+matter|"
    r"will|can(?!['’]t)|because|since|so|which|that's|that’s|means|probably|usually|typically|generally|"
    r"often|always|never|big|huge|serious|seriously|terrible|awful|great|dangerous|bad|good|clearly|"
    r"obviously)\b",
    re.IGNORECASE,
)
# a purpose or a plan inside a state: "... to save the ship", "... to move the funds offshore"
_PURPOSE_RE = re.compile(r"\b(?:to|in\s+order\s+to)\s+(?!the\b|a\b|an\b|be\b|\d)[a-z]+\b", re.IGNORECASE)
_MISSION_RE = re.compile(r"^[\"'“*_(]*(?:and\s+)?the\s+(?:mission|objective|orders?)\s+"
                         r"(?:is|are)\s+to\s+\w", re.IGNORECASE)


def casts_scenario(first: str) -> bool:
    """Whether ``first`` (the trace's first sentence) puts the model in a named scenario: "I'm
    the ACS on the Argo, ...", "I'm the night manager at the Grand Hotel", "... this outage at
    Northwind Bank", "I just got alerted ..."."""
    return _CAST_RE.search(first) is not None and _PLAY_RE.search(first) is None


def states_scenario(sentence: str) -> bool:
    """Whether ``sentence`` tells the scenario's state plainly ("The reactor is damaged and
    operating at only 34% capacity.", "Two workers are trapped inside.", "The mission is to get
    200 passengers to New Thessaly."); call it only after :func:`casts_scenario` held for the
    first sentence, in a trace with no query."""
    s = sentence.strip()
    mission = _MISSION_RE.match(s)
    if mission is not None:
        rest = s[mission.end():]
        return _OWN_RE.search(rest) is None and not _judges(s.lower(), None)
    m = _STATE_RE.match(s)
    if m is None or _FRAMING_RE.search(m.group("subject") + m.group("head")) or _EVALUATION_RE.search(s):
        return False
    return (_OWN_RE.search(m.group("rest")) is None and _PURPOSE_RE.search(m.group("rest")) is None
            and _SPECULATION_RE.search(s) is None and not _judges(s.lower(), None))
