"""What the probes predict: the probe targets and each trace's label for them.

============ ===================================================================================
harmful      the query is harmful (the dataset's label); all traces
k_aha        the key sentence carries a safety aha moment (judged); harmful queries only
answer_safe  the final answer is safe (a refusal, judged); harmful queries only
============ ===================================================================================

``k_aha`` and ``answer_safe`` are restricted to harmful queries because on benign queries both
are trivially determined by harmfulness; the interesting question is which harmful queries the
model will catch (SafeKey, Zhou et al. 2025, section 3).

Example:
    >>> from keysent.probe.targets import parse_targets
    >>> parse_targets("harmful, k_aha")
    ['harmful', 'k_aha']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from keysent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.traces.trace import Trace

__all__ = ["PROBE_TARGETS", "DEFAULT_TARGETS", "parse_targets", "target_labels"]

#: Probe targets (the labels a probe predicts) and what they mean.
PROBE_TARGETS = {
    "harmful": "the query is harmful (dataset label)",
    "k_aha": "the key sentence carries a safety aha moment (judge; harmful queries)",
    "answer_safe": "the final answer is safe (data label, safety judge or refusal fallback; harmful queries)",
}
DEFAULT_TARGETS = tuple(PROBE_TARGETS)


def parse_targets(names: Iterable[str] | str | None) -> list[str]:
    """Target names from a list or a comma-separated string (``None``: all); unknown ones are an error."""
    if names is None:
        return list(DEFAULT_TARGETS)
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    names = list(names)
    bad = [n for n in names if n not in PROBE_TARGETS]
    if bad or not names:
        raise ConfigError(f"unknown target(s) {bad or names}; targets are {', '.join(PROBE_TARGETS)}")
    return names


def target_labels(traces: Sequence["Trace"], target: str) -> list[int | None]:
    """Per-trace 0/1 labels for a target (None: the trace does not count for it)."""
    from keysent.judge.apply import is_countable

    labels: list[int | None] = []
    any_harm_label = any(t.harmful is not None for t in traces)
    for t in traces:
        if target == "harmful":
            labels.append(None if t.harmful is None else int(t.harmful))
            continue
        if any_harm_label and t.harmful is not True:
            labels.append(None)
            continue
        value = t.k_aha if target == "k_aha" else t.answer_safe
        labels.append(int(value) if is_countable(value) else None)  # None / NOT_JUDGED: not counted
    return labels
