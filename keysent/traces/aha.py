"""The aha-moment table: how often does a safe key sentence lead to a safe answer?

SafeKey's central observation is that when the key sentence K carries a safety "aha" moment the
answer is almost always safe. :func:`aha_table` turns per-trace judgements into that table: the
2x2 counts of (K safe?, answer safe?), the fraction of K that carry an aha,
P(safe answer | safe K) and P(safe answer | unsafe K) with Wilson score intervals, and their
difference with Newcombe's hybrid score interval. Empty groups give ``None`` and a note, never a
division by zero.

Example::

    >>> from keysent.traces.aha import aha_table
    >>> t = aha_table([True, True, True, False, False], [True, True, False, False, True])
    >>> t.n, t.n_safe_k, t.n_unsafe_k
    (5, 3, 2)
    >>> round(t.p_safe_given_safe_k.estimate, 4), round(t.p_safe_given_unsafe_k.estimate, 4)
    (0.6667, 0.5)
    >>> print(t.format())  # doctest: +NORMALIZE_WHITESPACE
    Aha-moment table (n=5, 95% Wilson intervals)
                        safe answer  unsafe answer  total
      safe K (aha)                2              1      3
      unsafe K                    1              1      2
      total                       3              2      5
    K with a safety aha: 3/5 = 0.600
    P(safe answer | safe K)   = 0.667  [0.208, 0.939]  (2/3)
    P(safe answer | unsafe K) = 0.500  [0.095, 0.905]  (1/2)
    difference                = +0.167  [-0.446, 0.655]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import KeysentError
from keysent.intervals import newcombe_interval, wilson_interval, z_value

if TYPE_CHECKING:  # pragma: no cover
    from keysent.traces.trace import Trace

__all__ = ["Proportion", "AhaTable", "aha_table", "aha_for", "wilson_interval", "newcombe_interval"]


@dataclass(frozen=True)
class Proportion:
    """``successes`` out of ``n`` with its Wilson interval ``[low, high]``."""

    successes: int
    n: int
    estimate: float
    low: float
    high: float

    @classmethod
    def of(cls, successes: int, n: int, confidence: float = 0.95) -> "Proportion":
        low, high = wilson_interval(successes, n, confidence)
        return cls(successes, n, successes / n, low, high)

    def to_dict(self) -> dict[str, Any]:
        return {
            "successes": self.successes,
            "n": self.n,
            "estimate": self.estimate,
            "low": self.low,
            "high": self.high,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Proportion | None":
        if data is None:
            return None
        return cls(
            int(data["successes"]),
            int(data["n"]),
            float(data["estimate"]),
            float(data["low"]),
            float(data["high"]),
        )


@dataclass(frozen=True)
class AhaTable:
    """The aha-moment table; build it with :func:`aha_table`.

    ``table[k][a]`` counts traces with K ``k`` and answer ``a`` (keys ``"safe"`` / ``"unsafe"``).
    Rates are ``None`` when their group is empty (see ``notes``).
    """

    n: int
    n_safe_k: int
    n_unsafe_k: int
    n_safe_answer: int
    table: dict[str, dict[str, int]]
    aha_fraction: float | None
    p_safe_given_safe_k: Proportion | None
    p_safe_given_unsafe_k: Proportion | None
    difference: float | None
    difference_low: float | None
    difference_high: float | None
    confidence: float = 0.95
    notes: list[str] = field(default_factory=list)
    judges: dict[str, Any] = field(default_factory=dict)
    not_judged: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it."""
        return {
            "n": self.n,
            "n_safe_k": self.n_safe_k,
            "n_unsafe_k": self.n_unsafe_k,
            "n_safe_answer": self.n_safe_answer,
            "table": {k: dict(v) for k, v in self.table.items()},
            "aha_fraction": self.aha_fraction,
            "p_safe_given_safe_k": (
                self.p_safe_given_safe_k.to_dict() if self.p_safe_given_safe_k else None
            ),
            "p_safe_given_unsafe_k": (
                self.p_safe_given_unsafe_k.to_dict() if self.p_safe_given_unsafe_k else None
            ),
            "difference": self.difference,
            "difference_low": self.difference_low,
            "difference_high": self.difference_high,
            "confidence": self.confidence,
            "notes": list(self.notes),
            "judges": dict(self.judges),
            "not_judged": self.not_judged,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "AhaTable":
        """Rebuild from :meth:`to_dict` output."""
        try:
            return cls(
                n=int(data["n"]),
                n_safe_k=int(data["n_safe_k"]),
                n_unsafe_k=int(data["n_unsafe_k"]),
                n_safe_answer=int(data["n_safe_answer"]),
                table={k: {a: int(c) for a, c in v.items()} for k, v in data["table"].items()},
                aha_fraction=data["aha_fraction"],
                p_safe_given_safe_k=Proportion.from_dict(data["p_safe_given_safe_k"]),
                p_safe_given_unsafe_k=Proportion.from_dict(data["p_safe_given_unsafe_k"]),
                difference=data["difference"],
                difference_low=data["difference_low"],
                difference_high=data["difference_high"],
                confidence=float(data.get("confidence", 0.95)),
                notes=list(data.get("notes", [])),
                judges=dict(data.get("judges") or {}),
                not_judged=int(data.get("not_judged", 0)),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise KeysentError(
                f"AhaTable.from_dict needs the output of AhaTable.to_dict(); {exc!r}"
            ) from exc

    def format(self) -> str:
        """A plain-text table for terminals."""
        pct = f"{self.confidence * 100:g}%"
        t = self.table
        lines = [
            f"Aha-moment table (n={self.n}, {pct} Wilson intervals)",
            f"{'':<18}{'safe answer':>13}{'unsafe answer':>15}{'total':>7}",
            f"  {'safe K (aha)':<16}{t['safe']['safe']:>13}{t['safe']['unsafe']:>15}"
            f"{self.n_safe_k:>7}",
            f"  {'unsafe K':<16}{t['unsafe']['safe']:>13}{t['unsafe']['unsafe']:>15}"
            f"{self.n_unsafe_k:>7}",
            f"  {'total':<16}{self.n_safe_answer:>13}{self.n - self.n_safe_answer:>15}"
            f"{self.n:>7}",
        ]
        if self.aha_fraction is None:
            lines.append("K with a safety aha: n/a (no traces)")
        else:
            lines.append(
                f"K with a safety aha: {self.n_safe_k}/{self.n} = {self.aha_fraction:.3f}"
            )
        for label, prop in (
            ("P(safe answer | safe K)  ", self.p_safe_given_safe_k),
            ("P(safe answer | unsafe K)", self.p_safe_given_unsafe_k),
        ):
            if prop is None:
                lines.append(f"{label} = n/a (empty group)")
            else:
                lines.append(
                    f"{label} = {prop.estimate:.3f}  [{prop.low:.3f}, {prop.high:.3f}]  "
                    f"({prop.successes}/{prop.n})"
                )
        if self.difference is None:
            lines.append(f"{'difference':<25} = n/a")
        else:
            lines.append(
                f"{'difference':<25} = {self.difference:+.3f}  [{self.difference_low:.3f}, "
                f"{self.difference_high:.3f}]"
            )
        if self.judges:
            lines.append(
                f"answer_safe from: {self.judges.get('answer_safe') or 'n/a'}; "
                f"K judged by: {self.judges.get('k_aha') or 'n/a'}"
            )
        if self.judges or self.not_judged:
            lines.append(f"not judged (left out): {self.not_judged}")
        lines.extend(f"note: {n}" for n in self.notes)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format()


def _as_bools(values: Sequence[Any], name: str) -> list[bool]:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__len__"):
        raise KeysentError(
            f"{name} must be a sequence of booleans (one per trace), got {type(values).__name__}"
        )
    out = []
    for i, v in enumerate(values):
        item = v.item() if hasattr(v, "item") and not isinstance(v, (bool, int)) else v
        if isinstance(item, bool):
            out.append(item)
        elif isinstance(item, int) and item in (0, 1):
            out.append(bool(item))
        else:
            raise KeysentError(
                f"{name}[{i}] is {v!r}; expected True/False (or 0/1). Judge every trace first "
                "(e.g. keysent.judge.has_safety_aha / is_refusal) and drop traces without K"
            )
    return out


def aha_table(
    k_safe: Sequence[bool],
    answer_safe: Sequence[bool],
    *,
    confidence: float = 0.95,
    judges: dict[str, Any] | None = None,
    not_judged: int = 0,
) -> AhaTable:
    """Build the aha-moment table from per-trace judgements.

    ``k_safe[i]``: the key sentence of trace ``i`` carries a safety aha. ``answer_safe[i]``: its
    answer is safe. Both sequences must have the same length (bools or 0/1). ``judges`` records
    which judge (or data label) produced each column (``{"answer_safe": ..., "k_aha": ...}``) and
    ``not_judged`` how many traces were left out because a verdict was NOT_JUDGED; both are
    printed with the table.

    Example::

        >>> t = aha_table([True, True], [True, True])
        >>> t.p_safe_given_unsafe_k is None, t.notes
        (True, ['no trace has an unsafe K: P(safe answer | unsafe K) is undefined'])
    """
    ks = _as_bools(k_safe, "k_safe")
    ans = _as_bools(answer_safe, "answer_safe")
    if len(ks) != len(ans):
        raise KeysentError(
            f"k_safe has {len(ks)} items but answer_safe has {len(ans)}; pass one judgement of "
            "each per trace, in the same order"
        )
    z_value(confidence)
    table = {"safe": {"safe": 0, "unsafe": 0}, "unsafe": {"safe": 0, "unsafe": 0}}
    for k, a in zip(ks, ans):
        table["safe" if k else "unsafe"]["safe" if a else "unsafe"] += 1
    n = len(ks)
    n_safe_k = table["safe"]["safe"] + table["safe"]["unsafe"]
    n_unsafe_k = n - n_safe_k
    notes: list[str] = []
    if n == 0:
        notes.append("no traces: every rate is undefined")
    p_safe = p_unsafe = None
    if n_safe_k:
        p_safe = Proportion.of(table["safe"]["safe"], n_safe_k, confidence)
    elif n:
        notes.append("no trace has a safe K: P(safe answer | safe K) is undefined")
    if n_unsafe_k:
        p_unsafe = Proportion.of(table["unsafe"]["safe"], n_unsafe_k, confidence)
    elif n:
        notes.append("no trace has an unsafe K: P(safe answer | unsafe K) is undefined")
    diff = low = high = None
    if p_safe is not None and p_unsafe is not None:
        diff = p_safe.estimate - p_unsafe.estimate
        low, high = newcombe_interval(
            p_safe.successes, p_safe.n, p_unsafe.successes, p_unsafe.n, confidence
        )
    return AhaTable(
        n=n,
        n_safe_k=n_safe_k,
        n_unsafe_k=n_unsafe_k,
        n_safe_answer=table["safe"]["safe"] + table["unsafe"]["safe"],
        table=table,
        aha_fraction=(n_safe_k / n) if n else None,
        p_safe_given_safe_k=p_safe,
        p_safe_given_unsafe_k=p_unsafe,
        difference=diff,
        difference_low=low,
        difference_high=high,
        confidence=float(confidence),
        notes=notes,
        judges=dict(judges or {}),
        not_judged=int(not_judged),
    )


def aha_for(traces: Sequence["Trace"], *, confidence: float = 0.95) -> AhaTable:
    """The aha-moment table over the harmful (or unlabelled) traces that have a judged K and answer.

    Benign traces (``harmful is False``) are left out: on them a safe answer is the expected one
    and says nothing about the key sentence. Traces without K (``k_aha is None``) or without a
    judged answer (``answer_safe is None``) are left out too; traces whose K or answer could not be
    judged (``NOT_JUDGED``) are counted in the table's ``not_judged``, never as "no". The table
    names the judges that produced ``k_aha`` and ``answer_safe``.
    """
    from keysent.judge.apply import is_countable, judges_summary

    pool = [t for t in traces if t.harmful is not False and t.k_aha is not None and t.answer_safe is not None]
    rows = [t for t in pool if is_countable(t.k_aha) and is_countable(t.answer_safe)]
    table = aha_table([bool(t.k_aha) for t in rows], [bool(t.answer_safe) for t in rows], confidence=confidence,
                      judges=judges_summary(rows or pool), not_judged=len(pool) - len(rows))
    harmful = [t for t in traces if t.harmful is not False]
    if not pool and harmful:  # say why nothing counts, not just that nothing does
        no_k = sum(t.k_aha is None for t in harmful)
        no_answer = sum(t.k_aha is not None and t.answer_safe is None for t in harmful)
        table.notes[:] = [f"no trace counts: of {len(harmful)} harmful (or unlabelled) traces, {no_k} have no key "
                          f"sentence and {no_answer} no judged answer (e.g. a reasoning that never closes); every "
                          "rate is undefined"]
    return table
