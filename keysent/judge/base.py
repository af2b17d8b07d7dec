"""The judge interfaces and the simple judges: rules and plain functions.

keysent asks three questions, each answered by its own judge (one per verdict, chosen with
``--refusal-judge``, ``--aha-judge``, ``--safety-judge``; see :class:`JudgeSet`):

============ ===================================== ============================================
verdict      method                                 question
============ ===================================== ============================================
``refusal``  ``is_refusal(response, query=None)``    does the answer decline the request?
``k_aha``    ``has_safety_aha(sentence)``            does K show awareness of harm / policy?
``safe``     ``is_safe(response, query=None)``       is the answer harmless (by policy)?
============ ===================================== ============================================

Every method returns ``True``, ``False`` or :data:`~keysent.judge.NOT_JUDGED`. Every judge has a
``name`` (recorded in summaries beside the column it produced) and ``*_batch`` variants.

Example::

    >>> from keysent.judge import RuleJudge, CallableJudge
    >>> RuleJudge().is_refusal("I won't help with that.")
    True
    >>> j = CallableJudge(aha_fn=lambda s: "danger" in s)
    >>> j.has_safety_aha("no danger here"), j.is_refusal("I cannot assist with that.")
    (True, True)
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable, Protocol, Sequence, runtime_checkable

from keysent.errors import ConfigError, KeysentError
from keysent.judge.aha import has_safety_aha
from keysent.judge.refusal import is_refusal
from keysent.judge.text import check_text
from keysent.judge.verdict import NOT_JUDGED, Verdict, is_not_judged


@runtime_checkable
class Judge(Protocol):
    """Anything that can say whether an answer refuses and whether a sentence has a safety aha."""

    def is_refusal(self, response: str, query: str | None = None) -> Verdict: ...

    def has_safety_aha(self, sentence: str) -> Verdict: ...


@runtime_checkable
class SafetyJudge(Protocol):
    """Anything that can say whether an answer is safe (harmless), e.g. a harmfulness rubric."""

    def is_safe(self, response: str, query: str | None = None) -> Verdict: ...


def judge_name(judge: Any) -> str:
    """The name a judge is recorded under (its ``name`` attribute, else its class name)."""
    return str(getattr(judge, "name", None) or type(judge).__name__)


class BatchMixin:
    """``*_batch`` methods for a judge that defines the single-item ones."""

    def is_refusal_batch(
        self, responses: Sequence[str], queries: Sequence[str | None] | None = None
    ) -> list[Verdict]:
        """:meth:`is_refusal` over a batch (``queries`` aligned with ``responses`` or None)."""
        queries = aligned(responses, queries)
        judge: Any = self
        return [judge.is_refusal(r, q) for r, q in zip(responses, queries)]

    def has_safety_aha_batch(self, sentences: Sequence[str]) -> list[Verdict]:
        """:meth:`has_safety_aha` over a batch."""
        if isinstance(sentences, str):
            raise KeysentError("pass a list of sentences to has_safety_aha_batch, not a str")
        judge: Any = self
        return [judge.has_safety_aha(s) for s in sentences]

    def is_safe_batch(
        self, responses: Sequence[str], queries: Sequence[str | None] | None = None
    ) -> list[Verdict]:
        """:meth:`is_safe` over a batch (``queries`` aligned with ``responses`` or None)."""
        queries = aligned(responses, queries)
        judge: Any = self
        return [judge.is_safe(r, q) for r, q in zip(responses, queries)]


def aligned(responses: Sequence[str], queries: Sequence[str | None] | None) -> list:
    """``queries`` as a list aligned with ``responses`` (``None`` -> all None); errors if not."""
    if isinstance(responses, str):
        raise KeysentError("pass a list of responses to *_batch, not a single str")
    if queries is None:
        return [None] * len(responses)
    if isinstance(queries, str) or len(queries) != len(responses):
        raise KeysentError(
            f"queries must be a list aligned with responses ({len(responses)} items); got "
            f"{'a str' if isinstance(queries, str) else len(queries)}"
        )
    return list(queries)


def batch_call(judge: Any, verdict: str, texts: Sequence[str], queries: Sequence[str | None] | None = None) -> list[Verdict]:
    """Call a judge's batch method for ``verdict`` (``refusal``, ``k_aha``, ``safe``), or its
    single-item method in a loop when it has no batch method."""
    method = {"refusal": "is_refusal", "k_aha": "has_safety_aha", "safe": "is_safe"}[verdict]
    if hasattr(judge, method + "_batch"):
        fn = getattr(judge, method + "_batch")
        return list(fn(texts) if verdict == "k_aha" else fn(texts, queries))
    fn = getattr(judge, method, None)
    if fn is None:
        raise ConfigError(f"judge {judge_name(judge)!r} has no {method}(); it cannot judge {verdict}")
    if verdict == "k_aha":
        return [fn(t) for t in texts]
    return [fn(t, q) for t, q in zip(texts, aligned(texts, queries))]


class RuleJudge(BatchMixin):
    """The rule-based judge (:func:`~keysent.judge.is_refusal`, :func:`~keysent.judge.has_safety_aha`).

    It has no ``is_safe``: safety by rules is the documented fallback of
    :attr:`keysent.Trace.answer_safe` (a refusal on a harmful query, any answer to a benign one).

    Example::

        >>> RuleJudge().is_refusal("I won't help with that.")
        True
    """

    name = "rules"

    def is_refusal(self, response: str, query: str | None = None) -> Verdict:
        return is_refusal(response, query)

    def has_safety_aha(self, sentence: str) -> Verdict:
        return has_safety_aha(sentence)

    def __repr__(self) -> str:
        return "RuleJudge()"


def _verdict(value: Any) -> Verdict:
    return NOT_JUDGED if is_not_judged(value) else bool(value)


class CallableJudge(BatchMixin):
    """A judge made of plain functions returning truthy values (or NOT_JUDGED); a missing one
    falls back to the rules. ``refusal_fn``/``safe_fn`` may take ``(response)`` or
    ``(response, query)``.

    Example::

        >>> j = CallableJudge(safe_fn=lambda r: "bomb" not in r)
        >>> j.is_safe("Here is a cake recipe."), j.is_safe("Here is a bomb recipe.")
        (True, False)
    """

    name = "callable"

    def __init__(
        self,
        refusal_fn: Callable[..., Any] | None = None,
        aha_fn: Callable[[str], Any] | None = None,
        safe_fn: Callable[..., Any] | None = None,
    ) -> None:
        for label, fn in (("refusal_fn", refusal_fn), ("aha_fn", aha_fn), ("safe_fn", safe_fn)):
            if fn is not None and not callable(fn):
                raise ConfigError(f"{label} must be callable or None, got {type(fn).__name__}")
        self.refusal_fn = refusal_fn
        self.aha_fn = aha_fn
        self.safe_fn = safe_fn

    def is_refusal(self, response: str, query: str | None = None) -> Verdict:
        check_text(response, "response")
        if self.refusal_fn is None:
            return is_refusal(response, query)
        return _verdict(_call(self.refusal_fn, response, query))

    def has_safety_aha(self, sentence: str) -> Verdict:
        check_text(sentence, "sentence")
        if self.aha_fn is None:
            return has_safety_aha(sentence)
        return _verdict(self.aha_fn(sentence))

    def is_safe(self, response: str, query: str | None = None) -> Verdict:
        check_text(response, "response")
        if self.safe_fn is None:
            raise ConfigError("this CallableJudge has no safe_fn; pass CallableJudge(safe_fn=...)")
        return _verdict(_call(self.safe_fn, response, query))

    def __repr__(self) -> str:
        return f"CallableJudge(refusal_fn={self.refusal_fn!r}, aha_fn={self.aha_fn!r}, safe_fn={self.safe_fn!r})"


def _call(fn: Callable[..., Any], response: str, query: str | None) -> Any:
    return fn(response, query) if _takes_two_args(fn) else fn(response)


def _takes_two_args(fn: Callable[..., Any]) -> bool:
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return False
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return len(positional) >= 2 or any(p.kind == p.VAR_POSITIONAL for p in params)


@dataclass(frozen=True)
class JudgeSet:
    """One judge per verdict: ``refusal`` and ``aha`` (required), ``safety`` (optional).

    Without a safety judge, :attr:`keysent.Trace.answer_safe` uses a data label when there is one,
    else the rule fallback (refusal on a harmful query). Build one with
    :func:`keysent.judge.get_judges`.

    Example::

        >>> from keysent.judge import get_judges
        >>> get_judges().names()
        {'refusal': 'rules', 'k_aha': 'rules', 'safe': None}
    """

    refusal: Any
    aha: Any
    safety: Any = None

    def names(self) -> dict[str, str | None]:
        """``{"refusal": name, "k_aha": name, "safe": name or None}``."""
        return {
            "refusal": judge_name(self.refusal),
            "k_aha": judge_name(self.aha),
            "safe": judge_name(self.safety) if self.safety is not None else None,
        }


__all__ = [
    "Judge",
    "SafetyJudge",
    "JudgeSet",
    "RuleJudge",
    "CallableJudge",
    "BatchMixin",
    "aligned",
    "batch_call",
    "judge_name",
]
