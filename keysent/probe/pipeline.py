"""The probing pipeline behind ``python -m keysent.probe``, usable step by step from a notebook.

Steps: load a model, generate (or load) traces, locate C and K, judge them, capture hidden states
at the chosen positions, fit per-layer probes for each target, and write a run directory.

Targets:

============ ===================================================================================
harmful      the query is harmful (the dataset's label); all traces
k_aha        the key sentence carries a safety aha moment (judged); harmful queries only
answer_safe  the final answer is safe (a data label, a safety judge, or the rule fallback: a
             refusal); harmful queries only
============ ===================================================================================

``k_aha`` and ``answer_safe`` are restricted to harmful queries because on benign queries both
are trivially determined by harmfulness; the interesting question is which harmful queries the
model will catch. Traces without the position's span (no K, no C) are left out of that
position's probe, and the counts are recorded.

Example:
    >>> import keysent
    >>> from keysent.probe.pipeline import run_probes, write_run
    >>> model = keysent.load_model("toy-r1")                                      # doctest: +SKIP
    >>> traces = keysent.generate_traces(model, keysent.querysets.load_queries(["builtin:40"]))  # doctest: +SKIP
    >>> run = run_probes(model, traces)                                           # doctest: +SKIP
    >>> run.best()[0]                                                             # doctest: +SKIP
    {'target': 'harmful', 'position': 'c_last', 'layer': 3, 'auroc': 1.0, ...}
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from keysent.errors import ConfigError
from keysent.judge.apply import is_countable, judges_summary, verdict_counts, warn_not_judged
from keysent.judge.verdict import is_not_judged

if TYPE_CHECKING:  # pragma: no cover
    from keysent.capture import Activations
    from keysent.models.loading import LoadedModel
    from keysent.traces.aha import AhaTable
    from keysent.traces.trace import Trace

#: Probe targets and what they mean.
TARGETS = {
    "harmful": "the query is harmful (dataset label)",
    "k_aha": "the key sentence carries a safety aha moment (judge; harmful queries)",
    "answer_safe": "the final answer is safe (data label, safety judge or refusal fallback; harmful queries)",
}
DEFAULT_TARGETS = tuple(TARGETS)


def parse_targets(names: Iterable[str] | str | None) -> list[str]:
    if names is None:
        return list(DEFAULT_TARGETS)
    if isinstance(names, str):
        names = [n.strip() for n in names.split(",") if n.strip()]
    names = list(names)
    bad = [n for n in names if n not in TARGETS]
    if bad or not names:
        raise ConfigError(f"unknown target(s) {bad or names}; targets are {', '.join(TARGETS)}")
    return names


def target_labels(traces: Sequence["Trace"], target: str) -> list[int | None]:
    """Per-trace 0/1 labels for a target (None: the trace does not count for it)."""
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


def aha_for(traces: Sequence["Trace"]) -> "AhaTable":
    """The aha-moment table over harmful (or unlabelled) traces that have K and an answer."""
    from keysent.judge.apply import judges_summary
    from keysent.traces.aha import aha_table

    pool = [t for t in traces if t.harmful is not False and t.k_aha is not None and t.answer_safe is not None]
    rows = [t for t in pool if is_countable(t.k_aha) and is_countable(t.answer_safe)]
    return aha_table([bool(t.k_aha) for t in rows], [bool(t.answer_safe) for t in rows],
                     judges=judges_summary(rows or pool), not_judged=len(pool) - len(rows))


@dataclass
class ProbeRun:
    """Everything one probing run produced (traces, activations, probe results, aha table)."""

    model_name: str
    traces: list["Trace"]
    activations: "Activations"
    results: dict[tuple[str, str], Any]
    counts: dict[tuple[str, str], dict[str, int]]
    aha: "AhaTable"
    skipped: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        """One row per target, position and layer."""
        rows: list[dict[str, Any]] = []
        for (target, position), res in self.results.items():
            for rec in res.to_records(target=target, position=position):
                rec = dict(rec)
                rec["layer"] = self.activations.layers[int(rec["layer"])] if rec["layer"] < len(self.activations.layers) else rec["layer"]
                rec.update(self.counts[(target, position)])
                rows.append(rec)
        return rows

    def best(self) -> list[dict[str, Any]]:
        """The best layer (highest mean AUROC) per target and position."""
        best: dict[tuple[str, str], dict[str, Any]] = {}
        for rec in self.records():
            key = (rec["target"], rec["position"])
            if key not in best or rec["auroc"] > best[key]["auroc"]:
                best[key] = rec
        return list(best.values())

    def summary(self) -> dict[str, Any]:
        return {
            "model": self.model_name,
            "n_traces": len(self.traces),
            "n_with_key_sentence": sum(t.has_key_sentence for t in self.traces),
            "n_complete": sum(t.complete for t in self.traces),
            "groups": _group_counts(self.traces),
            "targets": {t: TARGETS[t] for t in {k[0] for k in self.results}},
            "positions": self.activations.positions,
            "layers": self.activations.layers,
            "best": self.best(),
            "probes": [
                {k: r[k] for k in ("target", "position", "layer", "auroc", "accuracy", "auroc_std", "accuracy_std", "method", "n", "n_positive") if k in r}
                for r in self.records()
            ],
            "judges": judges_summary(self.traces),
            "verdicts": verdict_counts(self.traces),
            "aha": self.aha.to_dict(),
            "skipped": self.skipped,
            "settings": self.settings,
        }

    def format_table(self) -> str:
        """Best layer and AUROC per target and position, then the aha table."""
        out = io.StringIO()
        out.write(f"{'target':<12} {'position':<12} {'layer':>5} {'AUROC':>7} {'±':>6} {'acc':>6} {'n':>5}\n")
        for r in sorted(self.best(), key=lambda r: (list(TARGETS).index(r["target"]), self.activations.positions.index(r["position"]))):
            out.write(f"{r['target']:<12} {r['position']:<12} {r['layer']:>5} {r['auroc']:>7.3f} {r.get('auroc_std', float('nan')):>6.3f} {r['accuracy']:>6.3f} {r['n']:>5}\n")
        for note in _collapse(self.skipped):
            out.write(f"skipped: {note}\n")
        out.write("\n" + self.aha.format() + "\n")
        return out.getvalue()


def _collapse(notes: list[str]) -> list[str]:
    """Merge 'target at position: reason' notes that share target and reason."""
    merged: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        head, _, reason = note.partition(": ")
        target, _, position = head.partition(" at ")
        merged.setdefault((target, reason), []).append(position)
    return [f"{t} at {', '.join(p)}: {r}" for (t, r), p in merged.items()]


def _group_counts(traces: Sequence["Trace"]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for t in traces:
        g = str(t.labels.get("group") or "unlabelled")
        counts[g] = counts.get(g, 0) + 1
    return counts


def run_probes(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    positions: Iterable[str] | str | None = None,
    targets: Iterable[str] | str | None = None,
    layers: Iterable[int] | str | None = None,
    folds: int = 5,
    method: str = "logistic",
    standardize: bool | str = True,
    seed: int = 0,
    batch_size: int = 8,
    progress: bool = True,
    strict_targets: bool | None = None,
) -> ProbeRun:
    """Capture activations and fit a probe per target, position and layer.

    A target whose labels have one class (e.g. a dataset of harmful queries only, for the
    ``harmful`` target) is an error naming the fix; with ``strict_targets=False`` (the default
    when ``targets`` is not given) such a target is skipped and noted instead.
    """
    import torch

    from keysent.capture import capture, parse_positions
    from keysent.errors import KeysentError
    from keysent.probe.fit import fit_probes

    if len(traces) == 0:
        raise ConfigError("no traces to probe")
    warn_not_judged(verdict_counts(traces), "probe")
    target_list = parse_targets(targets)
    strict = (targets is not None) if strict_targets is None else strict_targets
    pos = [p.name for p in parse_positions(positions)]
    acts = capture(model, traces, positions=pos, layers=layers, batch_size=batch_size, progress="capturing" if progress else False)
    results: dict[tuple[str, str], Any] = {}
    counts: dict[tuple[str, str], dict[str, int]] = {}
    skipped: list[str] = []
    for target in target_list:
        labels = target_labels(traces, target)
        for position in pos:
            j = acts.positions.index(position)
            rows = [i for i, y in enumerate(labels) if y is not None and bool(acts.valid[i, j])]
            y = [labels[i] for i in rows]
            n_pos = sum(y)
            why = None
            if not rows:
                why = f"{target} at {position}: no trace has both a label and the position's span"
            elif n_pos in (0, len(y)):
                cls = "positive" if n_pos else "negative"
                why = (
                    f"{target} at {position}: all {len(y)} labelled traces are {cls} (one class); a probe needs both. "
                    + ("Add queries of the other kind (e.g. --dataset benign=... / harmful=...) or drop the target with --targets."
                       if target == "harmful" else "The model behaves the same on every harmful query here; use more or other queries, or drop the target with --targets.")
                )
            n_nj = sum(is_not_judged(getattr(t, target)) for t in traces) if target != "harmful" else 0
            if why is not None and n_nj:
                why += f" ({n_nj} traces whose {target} could not be judged (NOT_JUDGED) were left out; try a model judge)"
            if why is None:
                try:
                    res = fit_probes(acts.values["resid_post"][rows, :, j], torch.tensor(y), folds=folds, method=method, seed=seed, standardize=standardize)
                except KeysentError as exc:
                    why = f"{target} at {position}: {exc}"
                else:
                    results[(target, position)] = res
                    counts[(target, position)] = {"n": len(y), "n_positive": int(n_pos)}
                    continue
            if strict:
                raise ConfigError(why)
            skipped.append(why)
    if not results:
        raise ConfigError("no probe could be fitted:\n  " + "\n  ".join(_collapse(skipped)))
    return ProbeRun(
        model_name=model.name,
        traces=list(traces),
        activations=acts,
        results=results,
        counts=counts,
        aha=aha_for(traces),
        skipped=skipped,
        settings={"folds": folds, "method": method, "standardize": standardize, "seed": seed, "positions": pos, "targets": target_list},
    )


def write_figures(run: ProbeRun, figures_dir: Path, *, static: bool = True) -> tuple[list[str], str | None]:
    """AUROC-by-layer figures per target (HTML always; PNG and PDF when a browser is available)."""
    from keysent.figures import auroc_by_layer, browser_available, save_figure, static_export_note

    records = run.records()
    formats = ("html", "png", "pdf") if static and browser_available() else ("html",)
    note = None if "png" in formats else static_export_note()
    written = []
    for target in dict.fromkeys(r["target"] for r in records):
        fig = auroc_by_layer(records, target=target, title=f"Probe AUROC by layer: {target}")
        paths = save_figure(fig, figures_dir / f"auroc_{target}", formats, require_static=False)
        written += [str(p.relative_to(figures_dir.parent)) for p in paths.values()]
    return written, note


def write_run(run: ProbeRun, out: str | Path, *, force: bool = False, static_figures: bool = True, extra: dict[str, Any] | None = None) -> tuple[Path, str | None]:
    """Write the run directory atomically: summary.json, probes.csv, traces.jsonl, figures/."""
    from keysent.atomic import atomic_directory, write_json, write_text
    from keysent.traces.generate import save_traces

    out = Path(out)
    with atomic_directory(out, force=force) as tmp:
        save_traces(tmp / "traces.jsonl", run.traces)
        records = run.records()
        buf = io.StringIO()
        cols = ["target", "position", "layer", "auroc", "auroc_std", "accuracy", "accuracy_std", "method", "n", "n_positive"]
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(records)
        write_text(tmp / "probes.csv", buf.getvalue())
        (tmp / "figures").mkdir()
        figures, note = write_figures(run, tmp / "figures", static=static_figures)
        summary = run.summary()
        summary["figures"] = figures
        if note:
            summary["figures_note"] = note
        summary.update(extra or {})
        write_json(tmp / "summary.json", summary)  # written last: its presence marks a complete run
    return out, note


__all__ = ["run_probes", "write_run", "ProbeRun", "TARGETS", "target_labels", "aha_for", "parse_targets"]
