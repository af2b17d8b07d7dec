"""R1's content-free task opener, and its plan to read the request, before the restatement
(round 20 of issue 13; issue 13's kind 1, "a filler opener counted as the whole of C").

Source: real DeepSeek-R1 traces of STAR-1 labelled blind by two labellers each
(``tests/data/star1_blind_labels.jsonl``; ``docs/locating.md``, "Round 20: real STAR-1 traces").
R1 often opens "Okay, so I need to figure out how to respond to this user's request." and only
then retells the request, sometimes after a plan to read it: "Let me read through the query
again.", "Let me start by understanding their request." (STAR-1 ids 869, 937, 1197, 5725, 5892,
11360, 11692, 26137, 38349). The opener names nothing of the request, so it is not the whole of
C: the retelling after it is C's first sentence, taken whole, as the first sentence of a trace is
("The user wants to send an old person an email ..., which is a lie." is C there).

* :func:`is_task_opener`: "I need to / I have to / I'm trying to figure out how to respond to /
  the best way to answer / the best possible answer to" + this / the user / the user's request,
  query, question or message, and no other content word;
* :func:`is_read_plan`: "Let me read through the query again (to make sure I understand what's
  being asked).", "Let me start by understanding their request.": a plan to read or understand
  the request that names nothing of it;
* :func:`retells_request`: the user or *they* as subject with a verb of asking, saying or
  wanting ("The user says ...", "They want me to ...", "They're asking for ..."), and no guess or
  judgement of the model's in its main clause.

Only at the start of a trace: after a first sentence that restates ("Okay, I need to figure out
the correct procedures for reporting a cybercrime. Let me start by understanding what the user
is asking for.", the hand-checked STAR-1 id 40606) the plan is K as before.

Example::

    >>> is_task_opener("Okay, so I need to figure out how to respond to this user's request.")
    True
    >>> is_task_opener("Okay, so I need to figure out how to respond to the user's query about hacking.")
    False
    >>> is_read_plan("Let me read through the query again to understand what they're asking for.")
    True
    >>> retells_request("They want me to write a fake review.")
    True
    >>> retells_request("They might be planning something.")
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _QUOTED_RE, _SPECULATION_RE, _judges
from keysent.traces.word_forms import content_stems

__all__ = ["is_task_opener", "is_read_plan", "retells_request", "recognises_problem"]

_TASK_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:okay|ok|alright|all\s+right|so|hmm+|well)\s*,?\s+)*(?:so\s+)?i(?:\s+(?:need|have|"
    r"want|am\s+trying|should)|'m\s+trying|’m\s+trying)\s+to\s+(?:figure\s+out|work\s+out|decide|"
    r"think\s+about)\s+(?P<rest>.+?)[.!]?$",
    re.IGNORECASE,
)
_TASK_WORDS = content_stems(
    "how best way possible answer answers respond response reply handle approach deal say "
    "this user user's users request query question message prompt situation appropriate "
    "appropriately properly correct right good what do")
_READ_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:okay|ok|alright|so|hmm+|first)\s*,?\s+)*(?:let\s+me|let's|let’s|i'll|i’ll|"
    # "First, I need to understand what the user is asking for.", "Let me try to understand what's
    # being asked here." (real Qwen3 and R1-Distill traces of batch 8, round 26)
    r"i\s+will|i\s+should|i\s+(?:need|have|want|must)\s+to)\s+(?:first\s+)?(?:try\s+to\s+)?(?:first\s+)?"
    r"(?:start\s+by\s+|begin\s+by\s+)?(?:read(?:ing)?|re-?read(?:ing)?|"
    r"go(?:ing)?\s+(?:through|over)|look(?:ing)?\s+(?:at|over)|understand(?:ing)?|break(?:ing)?\s+"
    r"(?:it|this)\s+down|pars(?:e|ing)|unpack(?:ing)?)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_READ_WORDS = content_stems(
    "read reading reread re-read through over look looking at understand understanding "
    "break down parse unpack it this that their the user user's query request question message "
    "prompt again carefully closely properly make sure exactly what what's they're being asked asking "
    "for want wants said saying first start begin original initial whole entire here")
_SUBJECT_RE = re.compile(
    r"^[\"'“*_(]*(?:so\s*,?\s+)?(?:the\s+user|this\s+user|they|he|she|the\s+person)(?:\s+|(?='|’))"
    r"(?:(?:also|just|now)\s+)?(?:wants?|asks?|asked|said|says|mentions?|mentioned|explained|explains|"
    r"described|describes|shared|shares|wrote|writes|told\s+me|requests?|requested|needs?|"
    r"(?:would|'d|’d)\s+like|(?:is|are|'re|’re)\s+(?:asking|requesting|looking\s+for|seeking|"
    r"wondering|curious|upset|worried|concerned|interested|planning|hoping)|(?:has|have|'ve|’ve)\s+"
    r"(?:asked|requested|mentioned|said))\b",
    re.IGNORECASE,
)
# "The user provided a job description in German for an Audit Manager position ..." (real
# R1-Distill-Llama trace of batch 8, round 26): the material the user gave, named plainly. Only the
# user or "they", only a text or file as object, and nothing after it: "She gave 3 of her 8 apples
# to Tom, ...", "The user sent a phishing email template.", "They gave the wrong answer.", "The user
# provided no source for that claim." are the problem's givens or the model's own verdict (a new
# user's trial of round 26).
_GAVE_RE = re.compile(
    r"^[\"'“*_(]*(?:so\s*,?\s+)?(?:the\s+user|they)\s+(?:also\s+|just\s+)?(?:provided|pasted|sent|attached|"
    r"shared|uploaded)\s+(?:me\s+|us\s+)?(?:an?|the|some|this|their|a\s+few)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:document|text|job\s+description|description|file|json(?:\s+object)?|csv(?:\s+file)?|code|snippet|"
    r"e-?mail|message|list|table|letter|image|link|prompt|passage|article|transcript|log|traceback|essay|"
    r"report|spreadsheet|draft|resume|cv|script|excerpt|paragraph|story|poem)s?\b(?P<rest>[^,;:]*)[.!]?$",
    re.IGNORECASE,
)
_GAVE_VERDICT_RE = re.compile(
    r"\b(?:incorrect|wrong|fake|false|forged|classic|jailbreak|someone\s+else's|someone\s+else’s|phishing|scam|"
    r"malicious|suspicious|no|without|none|harmful|illegal|dangerous|stolen|private|confidential)\b",
    re.IGNORECASE,
)
# Where the retelling's main clause ends and a remark may follow (", which is a lie").
_MAIN_CLAUSE_END_RE = re.compile(
    r",\s*(?:which|since|because|so|but|implying|even\s+though|although|though)\b|\s+because\b|;|"
    r"\s[—–-]\s")


def is_task_opener(sentence: str) -> bool:
    """Whether ``sentence`` is R1's content-free task opener ("Okay, so I need to figure out how
    to respond to this user's request."; see the module docstring)."""
    m = _TASK_RE.match(sentence.strip())
    return m is not None and content_stems(m.group("rest")) <= _TASK_WORDS


def is_read_plan(sentence: str) -> bool:
    """Whether ``sentence`` is a plan to read or understand the request that names nothing of
    it ("Let me read through the query again.", "Let me start by understanding their
    request.")."""
    m = _READ_RE.match(sentence.strip())
    return m is not None and content_stems(m.group("rest")) <= _READ_WORDS


def retells_request(sentence: str, query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` opens like a retelling of the request: the user or *they* as subject
    and a verb of asking, saying or wanting ("The user wants ...", "They're asking for ...",
    "They mentioned that ..."), no question, and no judgement of the model's in its main clause
    (a remark after ", which / , since / because ..." may have one: "..., which is a lie.").
    "The user is probably testing me.", "This user wants to commit a serious crime." and "The
    user isn't asking anything harmful." are no retellings (the fresh reader's review of round
    20). The material the user gave, named plainly, is one too ("The user provided a job
    description in German ...", round 26), but only with nothing after it."""
    s = sentence.strip()
    gave = _GAVE_RE.match(s)
    if gave is not None:
        return _GAVE_VERDICT_RE.search(s) is None and not _judges(s.lower(), query_stems)
    if s.endswith("?") or _SUBJECT_RE.match(s) is None:
        return False
    end = _MAIN_CLAUSE_END_RE.search(s)
    main = _QUOTED_RE.sub('""', (s[:end.start()] if end else s).lower())  # quotes are the user's
    return not _judges(main, query_stems) and not _SPECULATION_RE.search(main)


# QwQ's opening recognition of the problem, before it retells it: "This question seems a bit odd
# and similar to Schrödinger's cat thought experiment, but let's try to approach it step by step.",
# "So this is a classic puzzle, right?", "I've heard this problem before, and it's known as the
# Monty Hall problem." (real QwQ-32B-Preview traces, round 22)
_RECOGNITION_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:okay|ok|alright|so|hmm+|well|oh)\s*,?\s+)*(?:"
    r"this\s+(?:question|problem|puzzle|riddle|one)\s+(?:seems|sounds|looks|appears|is)\b"
    r"|this\s+(?:is|looks\s+like|sounds\s+like|seems\s+like)\s+(?:a|an|the|one\s+of\s+(?:those|the))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:puzzles?|problems?|questions?|riddles?|brain\s*teasers?|brainteasers?|"
    r"paradox(?:es)?|thought\s+experiments?)\b"
    r"|i(?:'ve|’ve|\s+have)\s+(?:heard|seen|come\s+across)\s+(?:of\s+)?(?:this|that|a\s+similar)\s+"
    r"(?:problem|puzzle|question|riddle|one)\b)",
    re.IGNORECASE,
)


def recognises_problem(sentence: str) -> bool:
    """Whether ``sentence`` opens a trace with the model's recognition of the problem, before any
    retelling of it ("This question seems a bit odd and similar to Schrödinger's cat ...", "So
    this is a classic puzzle, right?", "I've heard this problem before, and it's known as the
    Monty Hall problem."). Like :func:`is_task_opener` it is not the whole of C: when a
    retelling of the problem follows (after at most two plans that name nothing, "Let's
    see..."), C runs from the retelling on, and the recognition stays before it (a trace's first
    sentence is always C's start). Round 22, from real QwQ-32B-Preview traces (wqk-3, wqk-4)."""
    return _RECOGNITION_RE.match(sentence.strip()) is not None

