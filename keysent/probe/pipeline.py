"""The probing pipeline behind ``python -m keysent.probe``, usable step by step from a notebook.

Steps: load a model, generate (or load) traces, locate C and K, judge them, capture hidden states
at the chosen positions, fit per-layer probes for each target, and write a run directory.

Targets (:mod:`keysent.probe.targets`): ``harmful`` (all traces), ``k_aha`` and ``answer_safe``
(harmful queries only; ``answer_safe`` is a data label, a safety judge's verdict, or the rule
fallback: a refusal). Traces without the position's span (no K, no C) are left out of that
position's probe, and the counts are recorded.

Example (on the micro organism; ``toy-r1`` is the default model of the command):
    >>> import keysent
    >>> from keysent.probe.config import ProbeConfig, ProbeRunConfig
    >>> from keysent.probe.pipeline import run_probes
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> traces = keysent.generate_traces(model, keysent.load_queries(["builtin:10"]), progress=False)
    >>> run = run_probes(model, traces, ProbeRunConfig(positions=("c_last",), fit=ProbeConfig(folds=3)), progress=False)
    >>> best = run.best()[0]
    >>> best["target"], best["position"], best["n"], best["layer"] in range(model.n_layers)
    ('harmful', 'c_last', 30, True)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError
from keysent.probe.config import ProbeRunConfig
from keysent.probe.targets import PROBE_TARGETS, parse_targets, target_labels
from keysent.judge.apply import judges_summary, verdict_counts, warn_not_judged
from keysent.judge.verdict import is_not_judged

if TYPE_CHECKING:  # pragma: no cover
    from keysent.capture import Activations
    from keysent.models.loading import LoadedModel
    from keysent.probe.result import ProbeResult
    from keysent.traces.aha import AhaTable
    from keysent.traces.trace import Trace

@dataclass
class ProbeRun:
    """Everything one probing run produced (traces, activations, probe results, aha table)."""

    model_name: str
    traces: list["Trace"]
    activations: "Activations"
    results: dict[tuple[str, str], "ProbeResult"]
    counts: dict[tuple[str, str], dict[str, int]]
    aha: "AhaTable"
    config: ProbeRunConfig = field(default_factory=ProbeRunConfig)
    skipped: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """One row per target, position and layer."""
        rows: list[dict[str, Any]] = []
        for (target, position), res in self.results.items():
            for rec in res.to_records(target=target, position=position):
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

    def directions(self) -> list[Any]:
        """The probe directions of every fitted (target, position) (:mod:`keysent.probe.directions`)."""
        from keysent.probe.directions import directions_from_result

        return [directions_from_result(res, target) for (target, _), res in self.results.items()]

    def summary(self) -> dict[str, Any]:
        """The results written to ``summary.json`` (the run's provenance is added by :class:`~keysent.rundir.RunDir`)."""
        return {
            "model": self.model_name,
            "n_traces": len(self.traces),
            "n_with_key_sentence": sum(t.has_key_sentence for t in self.traces),
            "n_complete": sum(t.complete for t in self.traces),
            "groups": _group_counts(self.traces),
            "targets": {t: PROBE_TARGETS[t] for t in dict.fromkeys(k[0] for k in self.results)},
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
        }

    def format_table(self) -> str:
        """Best layer and AUROC per target and position, then the aha table."""
        out = io.StringIO()
        out.write(f"{'target':<12} {'position':<12} {'layer':>5} {'AUROC':>7} {'±':>6} {'acc':>6} {'n':>5}\n")
        for r in sorted(self.best(), key=lambda r: (list(PROBE_TARGETS).index(r["target"]), self.activations.positions.index(r["position"]))):
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
    config: ProbeRunConfig | None = None,
    *,
    progress: bool = True,
    strict_targets: bool | None = None,
) -> ProbeRun:
    """Capture activations and fit a probe per target, position and layer.

    ``config`` (:class:`~keysent.probe.config.ProbeRunConfig`, default: its defaults) holds the
    positions, targets, layers, capture batch size and the fit (:class:`~keysent.probe.config.ProbeConfig`).
    A target whose labels have one class (e.g. a dataset of harmful queries only, for the
    ``harmful`` target) is a :class:`ConfigError` naming the fix; with ``strict_targets=False``
    (the default when ``config.targets`` is None) such a target is skipped and noted instead.
    """
    import torch

    from keysent.capture import capture
    from keysent.errors import KeysentError
    from keysent.probe.fit import fit_probes
    from keysent.traces.aha import aha_for

    cfg = config or ProbeRunConfig()
    if len(traces) == 0:
        raise ConfigError("no traces to probe")
    warn_not_judged(verdict_counts(traces), "probe")
    target_list = parse_targets(cfg.targets)
    strict = (cfg.targets is not None) if strict_targets is None else strict_targets
    pos = list(cfg.positions)
    acts = capture(model, traces, positions=pos, layers=cfg.layers, batch_size=cfg.batch_size,
                   progress="capturing" if progress else False)
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
                    res = fit_probes(acts.values["resid_post"][rows, :, j], torch.tensor(y), cfg.fit,
                                     layers=acts.layers, position=position, hook="resid_post")
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
        config=cfg,
        skipped=skipped,
    )


def write_figures(run: ProbeRun, figures_dir: Path, *, static: bool = True) -> tuple[list[str], str | None]:
    """AUROC-by-layer figures per target (HTML always; PNG and PDF when a browser is available)."""
    from keysent.figures import auroc_by_layer, figure_formats, save_figure

    records = run.records()
    formats, note = figure_formats(static)
    written = []
    for target in dict.fromkeys(r["target"] for r in records):
        fig = auroc_by_layer(records, target=target, title=f"Probe AUROC by layer: {target}")
        paths = save_figure(fig, figures_dir / f"auroc_{target}", formats, require_static=False)
        written += [str(p.relative_to(figures_dir.parent)) for p in paths.values()]
    return written, note


def write_run(
    run: ProbeRun,
    out: str | Path,
    *,
    force: bool = False,
    static_figures: bool = True,
    argv: Sequence[str] | None = None,
    inputs: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
) -> tuple[Path, str | None]:
    """Write the run directory (:class:`~keysent.rundir.RunDir`, atomic).

    Files: ``summary.json`` (provenance, then :meth:`ProbeRun.summary`), ``config.json`` (the
    :class:`~keysent.probe.config.ProbeRunConfig`), ``probes.csv``, ``directions.safetensors``
    (:mod:`keysent.probe.directions`), ``traces.jsonl`` and ``figures/``. ``inputs``: the model and
    data options the traces came from and ``data`` what was read from the data (per-dataset counts,
    notes; :func:`keysent.cli.options.data_summary`), both recorded in the summary. Returns the directory and a note
    when static figures could not be exported.
    """
    from keysent.probe.directions import DIRECTIONS_FILE, save_directions
    from keysent.rundir import RunDir
    from keysent.traces.generate import save_traces

    out = Path(out)
    with RunDir.create(out, command="probe", config=run.config, argv=list(argv or []), force=force) as rd:
        save_traces(rd.file("traces.jsonl"), run.traces)
        buf = io.StringIO()
        cols = ["target", "position", "layer", "auroc", "auroc_std", "accuracy", "accuracy_std", "method", "n", "n_positive"]
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(run.records())
        rd.write_text("probes.csv", buf.getvalue())
        save_directions(rd.file(DIRECTIONS_FILE), run.directions(), model=run.model_name)
        (rd.path / "figures").mkdir()
        figures, note = write_figures(run, rd.path / "figures", static=static_figures)
        rd.summary.update(run.summary())
        if inputs:
            rd.summary["inputs"] = dict(inputs)
        if data:
            rd.summary["data"] = dict(data)
        rd.summary["figures"] = figures
        if note:
            rd.summary["figures_note"] = note
    return out, note


__all__ = ["run_probes", "write_run", "write_figures", "ProbeRun"]
