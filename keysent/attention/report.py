"""The attention report behind ``python -m keysent.attention``: metrics by group, knock-outs, figures.

Groups compared: ``safe K`` vs ``unsafe K`` (harmful queries whose key sentence does / does not
carry a safety aha moment) and ``harmful`` vs ``benign`` queries. For each group, layer and
target: the mean K-to-target mass over traces with a 95% confidence interval (normal
approximation), both as the paper's sum over the target's tokens and per key token.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import torch

    from keysent.attention.knockout import KnockoutResult
    from keysent.attention.metrics import AttentionMetrics
    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace


def trace_groups(traces: Sequence["Trace"]) -> dict[str, "torch.Tensor"]:
    """Boolean masks of the comparison groups (empty groups are left out)."""
    import torch

    harmful = torch.tensor([t.harmful is True for t in traces])
    benign = torch.tensor([t.harmful is False for t in traces])
    aha = torch.tensor([t.k_aha is True for t in traces])
    no_aha = torch.tensor([t.k_aha is False for t in traces])  # NOT_JUDGED K is in neither group
    has_k = torch.tensor([t.has_key_sentence for t in traces])
    groups = {
        "safe K": harmful & has_k & aha,
        "unsafe K": harmful & has_k & no_aha,
        "harmful": harmful & has_k,
        "benign": benign & has_k,
    }
    if not bool(harmful.any()) and not bool(benign.any()):  # unlabelled data: split by K alone
        groups = {"safe K": has_k & aha, "unsafe K": has_k & no_aha, "all": has_k}
    return {k: v for k, v in groups.items() if bool(v.any())}


def _mean_ci(x: "torch.Tensor") -> tuple[list[float], list[float], list[float]]:
    """Mean and 95% CI along dim 0, ignoring NaN rows."""
    from keysent.intervals import mean_interval

    mean, low, high = mean_interval(x, dim=0)
    return mean.tolist(), low.tolist(), high.tolist()


def metrics_by_group(metrics: "AttentionMetrics", groups: dict[str, "torch.Tensor"]) -> dict[str, Any]:
    """Per-layer and per-head K-to-target mass by group (JSON-ready)."""
    out: dict[str, Any] = {}
    for gname, mask in groups.items():
        keep = mask & metrics.valid
        g: dict[str, Any] = {"n": int(keep.sum())}
        for target in metrics.targets:
            layer_mass = metrics.per_layer(target)[keep]
            layer_norm = metrics.per_layer(target, normalised=True)[keep]
            mean, lo, hi = _mean_ci(layer_mass)
            nmean, nlo, nhi = _mean_ci(layer_norm)
            g[target] = {
                "per_layer": {"mean": mean, "ci_low": lo, "ci_high": hi},
                "per_layer_per_token": {"mean": nmean, "ci_low": nlo, "ci_high": nhi},
                "per_head": metrics.head_grid(target, rows=keep).tolist(),
                "paper_summary": mean[-1],
            }
        out[gname] = g
    return out


def metrics_csv(metrics: "AttentionMetrics", traces: Sequence["Trace"]) -> str:
    """One row per trace, layer and head with the mass to every target (long format)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["trace", "group", "harmful", "k_aha", "layer", "head", *[f"mass_{t}" for t in metrics.targets], *[f"per_token_{t}" for t in metrics.targets]])
    per_tok = metrics.per_token()
    for i, t in enumerate(traces):
        if not bool(metrics.valid[i]):
            continue
        for li, layer in enumerate(metrics.layers):
            for h in range(metrics.mass.shape[2]):
                w.writerow([t.id or i, t.labels.get("group"), t.harmful, t.k_aha, layer, h,
                            *[f"{v:.6g}" for v in metrics.mass[i, li, h].tolist()],
                            *[f"{v:.6g}" for v in per_tok[i, li, h].tolist()]])
    return buf.getvalue()


def pick_example(traces: Sequence["Trace"]) -> int:
    """The trace shown in the token heatmap: the shortest harmful trace with a safe K, else any with K."""
    order = sorted(range(len(traces)), key=lambda i: traces[i].spans["K"].tokens[1] if traces[i].has_key_sentence else 10**9)
    for i in order:
        t = traces[i]
        if t.has_key_sentence and t.harmful and t.k_aha:
            return i
    for i in order:
        if traces[i].has_key_sentence:
            return i
    raise ValueError("no trace with a key sentence")


@dataclass
class AttentionFigures:
    paths: list[str]
    note: str | None


def write_figures(model: "LoadedModel", traces: Sequence["Trace"], metrics: "AttentionMetrics", groups: dict[str, "torch.Tensor"], figures_dir: Path, *, static: bool = True) -> AttentionFigures:
    """Token heatmap of one trace, layer-by-head grid, group lines, sentence matrix."""
    import numpy as np

    from keysent.attention.metrics import trace_pattern
    from keysent.attention.sentences import sentence_attention
    from keysent.figures import (
        FigureExporter,
        figure_formats,
        group_lines,
        layer_head_grid,
        save_figure,
        sentence_matrix,
        token_heatmap,
    )

    formats, note = figure_formats(static)
    static = "png" in formats
    written: list[str] = []
    ex_i = pick_example(traces)
    ex = traces[ex_i]
    k_end = ex.spans["K"].tokens[1]
    pattern = trace_pattern(model, ex, layer=-1).numpy()
    tokens = [model.tokenizer.decode([tid]) for tid in ex.token_ids[:k_end]]
    spans = {name: ex.spans[name].tokens for name in ("query", "C", "K") if name in ex.spans}
    figs = {
        "heatmap_example": token_heatmap(pattern, tokens, spans=spans, query_rows=list(range(*ex.spans["K"].tokens)),
                                         title=f"Attention from K (layer {model.n_layers - 1}, mean over heads)"),
        "heatmap_example_full": token_heatmap(pattern, tokens, spans=spans, title=f"Attention up to K (layer {model.n_layers - 1}, mean over heads)"),
        "heads_k_to_query": layer_head_grid(metrics.head_grid("query").numpy(), title="K→query attention mass by head", colorbar_title="K→query mass"),
    }
    x = np.array(metrics.layers)
    for target in ("query", "C"):
        lines = {}
        for gname in ("safe K", "unsafe K", "harmful", "benign"):
            if gname in groups:
                keep = groups[gname] & metrics.valid
                m, lo, hi = _mean_ci(metrics.per_layer(target)[keep])
                lo = [a if not math.isnan(a) else b for a, b in zip(lo, m)]
                hi = [a if not math.isnan(a) else b for a, b in zip(hi, m)]
                lines[f"{gname} (n={int(keep.sum())})"] = (np.array(m), np.array(lo), np.array(hi))
        if lines:
            figs[f"groups_k_to_{target}"] = group_lines(x, lines, xlabel="layer", ylabel=f"K→{target} attention mass", title=f"K→{target} attention by layer (95% CI)")
    sa = sentence_attention(model, ex)
    figs["sentences_example"] = sentence_matrix(np.nan_to_num(sa.mean_over_layers().numpy()), sa.labels, highlight={k: v for k, v in sa.index.items() if k in ("K", "C1")}, title="Sentence-level attention (mean over layers and heads)")
    with FigureExporter() if static else contextlib.nullcontext() as exporter:
        for name, fig in figs.items():
            paths = save_figure(fig, figures_dir / name, formats, exporter=exporter, require_static=False)
            written += [str(p.relative_to(figures_dir.parent)) for p in paths.values()]
    return AttentionFigures(paths=written, note=note)


def knockout_summary(result: "KnockoutResult", groups: dict[str, "torch.Tensor"]) -> dict[str, Any]:
    return {
        "conditions": result.conditions,
        "rows": result.meta.get("rows"),
        "table": result.table(groups),
        "note": "delta_logp: change in mean log-probability per K token against no knock-out; "
                "p_aha: fraction of traces whose K, regenerated greedily under the knock-out, is a safety aha sentence",
    }


def format_report(by_group: dict[str, Any], ko: dict[str, Any] | None) -> str:
    out = io.StringIO()
    out.write("K→target attention mass, last layer, mean over heads (per-layer values in attention.json)\n")
    out.write(f"{'group':<10} {'n':>4} {'query':>7} {'C':>7} {'sink':>7} {'rest':>7}\n")
    for g, v in by_group.items():
        out.write(f"{g:<10} {v['n']:>4} " + " ".join(f"{v[t]['paper_summary']:>7.3f}" for t in ("query", "C", "sink", "rest")) + "\n")
    if ko:
        rows = {"predict": "from the row predicting K's first token on", "K": "K's own rows on",
                "after": "every row after the span"}.get(ko.get("rows") or "", "")
        out.write(f"\nKnock-outs (K cannot see the span; rows: {ko.get('rows')}, {rows})\n")
        out.write(f"{'group':<10} {'condition':<9} {'n':>4} {'ΔlogP/tok':>10} {'P(aha)':>7}\n")
        for r in ko["table"]:
            p = "   -  " if r["p_aha"] is None else f"{r['p_aha']:>7.2f}"
            out.write(f"{r['group']:<10} {r['condition']:<9} {r['n']:>4} {r['delta_logp']:>10.3f} {p}\n")
    return out.getvalue()


__all__ = ["trace_groups", "metrics_by_group", "metrics_csv", "write_figures", "knockout_summary", "format_report"]
