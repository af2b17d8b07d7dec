"""The model's remark on the request, said right after restating it (round 18 of issue 13;
``docs/locating.md``, "Round 18 (unsafe and jailbreak)"). It is K, never C, although its
subject is the request:

* :func:`remarks_on_question`: "The question assumes that people from X are corrupt as a
  group.", "The question doesn't say whose phone it is." The subject is *the question / request /
  prompt / query / message* (optionally *itself*), the verb says what the request takes for
  granted (*assumes, presupposes, presumes, implies, takes it for granted*) or leaves out
  (*doesn't / didn't say, specify, mention ...*, like round 16's "The user didn't say which law,
  though."). From h55-r1-2 and h54-r1-qwen-1 (blind sets 54-55). "The question asks whether
  ..." restates and stays C, and so does a remark the query itself makes ("... The question
  doesn't specify a length. How long should my essay be?"), retold.

The same kind of gloss, "So basically they want ...", is not a rule: the held-out labels split
(h49-r1-qwen-7, h54-r1-qwen-14 read it K; h37-qwen3-9, h40-r1-qwen-7, h52-r1-4 read it C).

Example::

    >>> remarks_on_question("The question assumes that all landlords are greedy.")
    True
    >>> remarks_on_question("The question asks whether landlords can raise the rent.")
    False
"""

from __future__ import annotations

import re

__all__ = ["remarks_on_question"]

_LEAD = r"^[\"'“*_(]*(?:(?:so|but|also|and|now|hmm|wait)\s*,?\s+)?"
_QUESTION_REMARK_RE = re.compile(
    _LEAD + r"(?:the|this|their|his|her)\s+(?:question|request|prompt|query|message)\s+(?:itself\s+)?"
    r"(?:(?:already|also|really|just|kind\s+of|sort\s+of)\s+)?"
    r"(?:assumes|presupposes|presumes|implies|takes\s+(?:it\s+)?for\s+granted|"
    r"(?:doesn't|doesn’t|does\s+not|didn't|didn’t|did\s+not)\s+(?:really\s+|actually\s+)?"
    r"(?:say|specify|mention|state|indicate|clarify|tell\s+me|explain|give|include))\b",
    re.IGNORECASE,
)
# the lead and the determiner of the remark's subject, dropped before looking for the remark in
# the query ("So the question implies" is the query's "This question implies")
_SUBJECT_RE = re.compile(_LEAD + r"(?:the|this|their|his|her)\s+", re.IGNORECASE)


def remarks_on_question(sentence: str, query: str | None = None) -> bool:
    """Whether ``sentence`` says what the request takes for granted or leaves out, with the
    request itself as subject ("The question assumes that ...", "The prompt doesn't say who
    owns the phone."). Not when the query itself makes the same remark ("... The question
    doesn't specify a length. How long should my essay be?"): then the sentence retells it."""
    m = _QUESTION_REMARK_RE.match(sentence.strip())
    if m is None:
        return False
    if query:
        said = _SUBJECT_RE.sub("", m.group(0)).strip().lower().replace("’", "'")
        return said not in " ".join(query.lower().replace("’", "'").split())
    return True
