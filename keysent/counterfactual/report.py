"""Rates of the counterfactual analysis: per-trace decidedness and observed vs forced safe-answer rates.

Every rate is a count over traces or samples with a 95% Wilson interval
(:func:`keysent.intervals.wilson_interval`); an empty denominator is reported as ``None`` (never 0).

Example:
    >>> from keysent.counterfactual.report import rate
    >>> rate(3, 4)
    {'k': 3, 'n': 4, 'rate': 0.75, 'low': 0.3006, 'high': 0.9544}
    >>> rate(0, 0)
    {'k': 0, 'n': 0, 'rate': None, 'low': None, 'high': None}
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from keysent.counterfactual.resample import ResampleResult
    from keysent.traces.trace import Trace

__all__ = ["rate", "group_of", "resample_rows", "resample_summary", "force_summary", "csv_text", "format_report"]


def rate(k: int, n: int) -> dict[str, Any]:
    """``{k, n, rate, low, high}`` with the 95% Wilson interval (all ``None`` when ``n == 0``)."""
    from keysent.intervals import wilson_interval

    if n == 0:
        return {"k": 0, "n": 0, "rate": None, "low": None, "high": None}
    low, high = wilson_interval(k, n)
    return {"k": k, "n": n, "rate": round(k / n, 4), "low": round(low, 4), "high": round(high, 4)}


def group_of(trace: "Trace") -> str:
    """The trace's group label (``labels["group"]``), else harmful / benign / unlabelled."""
    g = trace.labels.get("group")
    if g:
        return str(g)
    return {True: "harmful", False: "benign", None: "unlabelled"}[trace.harmful]


def resample_rows(traces: Sequence["Trace"], result: "ResampleResult", decided: float) -> list[dict[str, Any]]:
    """One row per resampled trace: P(aha K | prefix), P(safe answer | prefix), intervals, the status."""
    rows = []
    for i, samples in zip(result.indices, result.samples):
        t = traces[i]
        with_k = [s for s in samples if s.k_aha is not None]
        judged = [s for s in samples if s.answer_safe is not None]
        p_aha = rate(sum(s.k_aha is True for s in with_k), len(with_k))
        p_safe = rate(sum(s.answer_safe is True for s in judged), len(judged))
        p = p_aha["rate"]
        status = ("no K" if p is None else "decided: aha" if p >= decided
                  else "decided: solve" if p <= 1 - decided else "open")
        rows.append({"trace": i, "id": t.id, "group": group_of(t), "harmful": t.harmful,
                     "observed_k_aha": t.k_aha, "observed_answer_safe": t.answer_safe, "samples": len(samples),
                     "p_aha": p_aha, "p_safe": p_safe, "status": status,
                     "distinct_k": len({s.key_sentence for s in samples if s.key_sentence})})
    return rows


def resample_summary(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per group: traces decided for aha / for solve / open, mean P(aha | prefix), and the pooled
    sample rates (all samples of the group's traces)."""
    out: dict[str, Any] = {}
    for g in sorted({r["group"] for r in rows}):
        rs = [r for r in rows if r["group"] == g]
        ps = [r["p_aha"]["rate"] for r in rs if r["p_aha"]["rate"] is not None]
        out[g] = {
            "traces": len(rs),
            "decided_aha": sum(r["status"] == "decided: aha" for r in rs),
            "decided_solve": sum(r["status"] == "decided: solve" for r in rs),
            "open": sum(r["status"] == "open" for r in rs),
            "no_k": sum(r["status"] == "no K" for r in rs),
            "mean_p_aha": round(sum(ps) / len(ps), 4) if ps else None,
            "pooled_p_aha": rate(sum(r["p_aha"]["k"] for r in rs), sum(r["p_aha"]["n"] for r in rs)),
            "pooled_p_safe": rate(sum(r["p_safe"]["k"] for r in rs), sum(r["p_safe"]["n"] for r in rs)),
        }
    return out


def force_summary(traces: Sequence["Trace"], forced: Sequence["Trace"],
                  plan: Sequence[tuple[int, str, str]]) -> dict[str, Any]:
    """Per group (and ``all``): observed P(safe | K aha), P(safe | K solve) over the original traces
    with K, next to P(safe | do(K = aha)) (traces whose K was a move to solve, forced to an aha) and
    P(safe | do(K = solve)) (aha traces forced to solve)."""
    groups = sorted({group_of(traces[i]) for i, _, _ in plan} | {group_of(t) for t in traces if t.harmful is not False})
    out: dict[str, Any] = {}
    for g in groups + ["all"]:
        def inside(t: "Trace") -> bool:
            return (g == "all" and t.harmful is not False) or group_of(t) == g

        orig = [t for t in traces if inside(t) and t.k_aha is not None and t.answer_safe is not None]
        do = {kind: [f for f, (i, k, _) in zip(forced, plan) if k == kind and inside(traces[i]) and f.answer_safe is not None]
              for kind in ("aha", "solve")}
        out[g] = {
            "observed_safe_given_aha": rate(sum(t.answer_safe is True for t in orig if t.k_aha),
                                            sum(1 for t in orig if t.k_aha)),
            "observed_safe_given_solve": rate(sum(t.answer_safe is True for t in orig if not t.k_aha),
                                              sum(1 for t in orig if not t.k_aha)),
            "forced_safe_given_do_aha": rate(sum(f.answer_safe is True for f in do["aha"]), len(do["aha"])),
            "forced_safe_given_do_solve": rate(sum(f.answer_safe is True for f in do["solve"]), len(do["solve"])),
            "forced_k_judged_aha": rate(sum(f.k_aha is True for f in do["aha"]), len(do["aha"])),
        }
    return out


def csv_text(resample_rows_: Sequence[dict[str, Any]] | None, forced: Sequence["Trace"] | None,
             plan: Sequence[tuple[int, str, str]] | None, traces: Sequence["Trace"]) -> str:
    """One CSV: a row per resampled trace (``kind=resample``) and per forced trace (``kind=force``)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kind", "trace", "id", "group", "observed_k_aha", "observed_answer_safe", "samples", "p_aha",
                "p_aha_low", "p_aha_high", "p_safe", "p_safe_low", "p_safe_high", "status", "forced_kind",
                "forced_sentence", "forced_answer_safe"])
    for r in resample_rows_ or []:
        w.writerow(["resample", r["trace"], r["id"], r["group"], r["observed_k_aha"], r["observed_answer_safe"],
                    r["samples"], r["p_aha"]["rate"], r["p_aha"]["low"], r["p_aha"]["high"], r["p_safe"]["rate"],
                    r["p_safe"]["low"], r["p_safe"]["high"], r["status"], "", "", ""])
    for f, (i, kind, s) in zip(forced or [], plan or []):
        t = traces[i]
        w.writerow(["force", i, t.id, group_of(t), t.k_aha, t.answer_safe, 1, "", "", "", "", "", "", "",
                    kind, s, f.answer_safe])
    return buf.getvalue()


def _fmt(r: dict[str, Any]) -> str:
    if r["rate"] is None:
        return "n/a (n=0)"
    return f"{r['rate']:.3f} [{r['low']:.3f}, {r['high']:.3f}] (n={r['n']})"


def format_report(resampled: dict[str, Any] | None, forced: dict[str, Any] | None) -> str:
    """The tables printed at the end of a run."""
    lines = []
    if resampled:
        lines.append("resampling K from the end of C: traces decided (aha / solve) / open; pooled P(aha K), P(safe answer)")
        for g, s in resampled.items():
            lines.append(f"  {g:<12} {s['traces']:>3} traces: {s['decided_aha']} / {s['decided_solve']} / {s['open']}; "
                         f"P(aha) {_fmt(s['pooled_p_aha'])}; P(safe) {_fmt(s['pooled_p_safe'])}")
    if forced:
        lines.append("forcing K: observed P(safe | K aha), P(safe | K solve) vs forced P(safe | do(aha)), P(safe | do(solve))")
        for g, s in forced.items():
            lines.append(f"  {g:<12} obs aha {_fmt(s['observed_safe_given_aha'])}; obs solve {_fmt(s['observed_safe_given_solve'])}")
            lines.append(f"  {'':<12} do aha  {_fmt(s['forced_safe_given_do_aha'])}; do solve  {_fmt(s['forced_safe_given_do_solve'])}")
    return "\n".join(lines)
