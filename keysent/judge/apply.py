"""Judging whole trace lists, and what every summary reports about the judges.

:func:`judge_traces` fills each trace's ``judgements`` (``k_aha`` for K, ``refusal`` and, with
a safety judge, ``safe`` for the answer, and ``judges``: which judge produced which), calling each
judge once per batch (model judges batch and cache their requests). :func:`judges_summary` and
:func:`verdict_counts` are what ``summary.json``, the aha table and the attention report record:
the judge (or data label) behind each column, and the yes / no / not-judged / missing counts,
with a warning when anything was not judged.

Example::

    >>> from keysent.judge.apply import verdict_counts
    >>> class T:  # a stand-in with the three verdict properties
    ...     k_aha, refusal, answer_safe = True, "not_judged", None
    >>> verdict_counts([T()])["refusal"]
    {'yes': 0, 'no': 0, 'not_judged': 1, 'missing': 0}
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Sequence

from keysent.judge.base import batch_call
from keysent.judge.text import as_answer
from keysent.judge.verdict import count_verdicts, is_not_judged, to_json

if TYPE_CHECKING:  # pragma: no cover
    from keysent.traces.trace import Trace

#: Summary column -> the verdict it holds.
COLUMNS = ("refusal", "answer_safe", "k_aha")


def judge_traces(
    traces: Sequence["Trace"],
    judge: Any = "rules",
    *,
    refusal: Any = None,
    aha: Any = None,
    safety: Any = None,
) -> Sequence["Trace"]:
    """Judge K and the answer of every trace in place (see the module docstring); returns them.

    ``judge``, ``refusal``, ``aha``, ``safety`` are as for :func:`keysent.judge.get_judges`
    (``judge`` may be a ready :class:`~keysent.judge.JudgeSet`). Only complete traces get
    ``refusal``/``safe``; only traces with K get ``k_aha``. The refusal and safety judges see
    the query.
    """
    from keysent.judge.spec import get_judges

    judges = get_judges(judge, refusal=refusal, aha=aha, safety=safety)
    names = judges.names()
    with_k = [t for t in traces if t.has_key_sentence]
    done = [t for t in traces if t.complete]
    k_verdicts = batch_call(judges.aha, "k_aha", [t.key_sentence for t in with_k]) if with_k else []
    answers = [as_answer(t.answer) for t in done]  # split already: judges must not cut it again
    queries = [t.query for t in done]
    r_verdicts = batch_call(judges.refusal, "refusal", answers, queries) if done else []
    s_verdicts = batch_call(judges.safety, "safe", answers, queries) if done and judges.safety is not None else []
    for t in traces:
        t.judgements.pop("k_aha", None)
        t.judgements.pop("refusal", None)
        t.judgements.pop("safe", None)
        t.judgements["judges"] = dict(names)
    for t, v in zip(with_k, k_verdicts):
        t.judgements["k_aha"] = to_json(v)
    for t, v in zip(done, r_verdicts):
        t.judgements["refusal"] = to_json(v)
    for t, v in zip(done, s_verdicts):
        t.judgements["safe"] = to_json(v)
    return traces


def judges_summary(traces: Sequence["Trace"]) -> dict[str, str | None]:
    """``{"refusal", "answer_safe", "k_aha"}`` -> the judge(s) or data label(s) behind the column
    (several, comma-separated, when traces differ; ``None`` when no trace has the column)."""
    found: dict[str, list[str]] = {c: [] for c in COLUMNS}
    for t in traces:
        names = t.judgements.get("judges") or {}
        for col, value, source in (
            ("refusal", t.judgements.get("refusal"), names.get("refusal")),
            ("k_aha", t.judgements.get("k_aha"), names.get("k_aha")),
            ("answer_safe", t.answer_safe, t.answer_safe_source),
        ):
            if value is not None and source and source not in found[col]:
                found[col].append(str(source))
    return {c: (", ".join(v) if v else None) for c, v in found.items()}


def verdict_counts(traces: Sequence[Any]) -> dict[str, dict[str, int]]:
    """yes / no / not_judged / missing counts of ``refusal``, ``answer_safe`` and ``k_aha``."""
    return {c: count_verdicts(getattr(t, c) for t in traces) for c in COLUMNS}


def warn_not_judged(counts: dict[str, dict[str, int]], where: str = "") -> str | None:
    """Warn (``UserWarning``) when some verdict was not judged; returns the message or None."""
    parts = [f"{c}: {v['not_judged']}" for c, v in counts.items() if v.get("not_judged")]
    if not parts:
        return None
    msg = (f"{where + ': ' if where else ''}some answers or key sentences could not be judged "
           f"(NOT_JUDGED, e.g. a language without rules) and are left out of the rates: "
           f"{', '.join(parts)}; use a model judge (--refusal-judge/--aha-judge/--safety-judge api:...)")
    warnings.warn(msg, UserWarning, stacklevel=2)
    return msg


def is_countable(value: Any) -> bool:
    """A verdict that counts in a rate: a real bool (not None, not NOT_JUDGED)."""
    return isinstance(value, bool) and not is_not_judged(value)


__all__ = ["judge_traces", "judges_summary", "verdict_counts", "warn_not_judged", "is_countable", "COLUMNS"]
