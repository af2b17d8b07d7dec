"""Judging answers and key sentences: refusal, safety aha, and safety (harmlessness).

Three verdicts recur in every analysis, each with its own pluggable judge:

* ``refusal`` - :func:`is_refusal`: the answer declines or deflects the request;
* ``k_aha`` - :func:`has_safety_aha`: a sentence (usually K) shows awareness of harm or policy;
* ``safe`` - a safety judge's ``is_safe``: the answer is harmless by policy. Refusal is not
  safety: a helpful, harmless answer to a harmful request is safe. Without a safety judge,
  :attr:`keysent.Trace.answer_safe` takes a data label or falls back to the rules.

Verdicts are ``True``, ``False`` or :data:`NOT_JUDGED` (the text cannot be judged, e.g. a language
the rules do not cover); ``None`` means "not counted". The rule judges (``rules``) are fast and
deterministic; model judges (:mod:`keysent.judge.api`, :mod:`keysent.judge.classifier`,
:class:`ModelJudge`) use versioned prompts (:mod:`keysent.judge.prompts`) and cache their
verdicts on disk. :func:`get_judges` builds one judge per verdict from specs (``rules``,
``api:MODEL``, ``hf:PATH``); ``python -m keysent.judge`` judges a trace file. Rules, rubrics and
measured accuracy: ``docs/judging.md``.

Example::

    >>> from keysent.judge import is_refusal, has_safety_aha
    >>> is_refusal("I'm sorry, but I can't help with that.")
    True
    >>> is_refusal("Sure! Here is a simple pancake recipe: ...")
    False
    >>> has_safety_aha("Hmm, that could be illegal.")
    True
    >>> has_safety_aha("Let me break this down.")
    False
"""

from __future__ import annotations

from keysent.judge.aha import has_safety_aha
from keysent.judge.base import (
    CallableJudge,
    Judge,
    JudgeSet,
    RuleJudge,
    SafetyJudge,
    batch_call,
    judge_name,
)
from keysent.judge.model import AHA_PROMPT, REFUSAL_PROMPT, ModelJudge, PromptJudge
from keysent.judge.prompts import load_prompt, parse_yes_no
from keysent.judge.refusal import OFF_TOPIC_MIN_WORDS, is_off_topic, is_refusal
from keysent.judge.spec import get_judge, get_judges, make_judge
from keysent.judge.verdict import (
    NOT_JUDGED,
    Verdict,
    count_verdicts,
    is_judged,
    is_not_judged,
)

__all__ = [
    "Judge",
    "SafetyJudge",
    "JudgeSet",
    "RuleJudge",
    "CallableJudge",
    "ModelJudge",
    "PromptJudge",
    "get_judge",
    "get_judges",
    "make_judge",
    "is_refusal",
    "has_safety_aha",
    "is_off_topic",
    "OFF_TOPIC_MIN_WORDS",
    "parse_yes_no",
    "load_prompt",
    "REFUSAL_PROMPT",
    "AHA_PROMPT",
    "NOT_JUDGED",
    "Verdict",
    "is_judged",
    "is_not_judged",
    "count_verdicts",
    "batch_call",
    "judge_name",
]
