"""The steering measurement: regenerate under each setting of a sweep and judge K and the answer.

For every setting (the probe direction at each ``alpha``, the same-norm random control at each
``alpha``; in ablation mode: none, the direction ablated, a random direction ablated) every
chosen trace is regenerated greedily with the steering editors in the KV-cached decoding loop:

* ``start="c"``: from the end of C. The prompt and C are teacher-forced from the original trace
  (the prompt pass runs over them, with the editors), K and everything after are generated;
* ``start="prompt"``: the whole reasoning is regenerated. Positions are the original trace's
  (C's last token at its original position).

Each regenerated text is located and judged like any trace (:func:`keysent.traces.trace.build_trace`)
and per trace recorded: whether the new K is a safety aha (``aha``), whether the answer refuses
(``refusal``: the safe-answer rate on harmful queries, the over-refusal rate on benign ones),
whether the format held (think block closed, C and K found: ``format``), and the teacher-forced
log-probability of the *original* K under the same edits (mean per K token, on the bridge). Rates
per group come with counts and 95% Wilson intervals; the mean log-probability with a normal
interval (:mod:`keysent.intervals`). Alpha 0 is run once and shared by the probe and the
control rows (no edit is the same computation whatever the direction; the hook still fires).

Example (the micro organism, a random direction, two coefficients):
    >>> import torch, keysent
    >>> from keysent.steering import SteerConfig, SteeringDirection, steering_sweep
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> traces = keysent.generate_traces(model, keysent.load_queries(["builtin:2"]), progress=False)
    >>> d = SteeringDirection(vectors=torch.randn(model.n_layers, model.d_model, generator=torch.Generator().manual_seed(1)),
    ...                       layers=tuple(range(model.n_layers)), source="demo")
    >>> res = steering_sweep(model, traces, d, SteerConfig(direction="demo.pt", layers="1", alphas=(0.0, 2.0), per_group=2),
    ...                      max_new_tokens=64, progress=False)
    >>> [s["label"] for s in res.settings]
    ['probe a=0', 'probe a=2', 'random a=0', 'random a=2']
    >>> sorted({r["group"] for r in res.table()})
    ['benign', 'harmful', 'jailbreak']
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError, TraceError
from keysent.intervals import mean_interval, wilson_interval
from keysent.steering.config import SteerConfig
from keysent.steering.interventions import needs_c, steer_positions, steering_editors

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.steering.directions import SteeringDirection
    from keysent.traces.trace import Trace

__all__ = ["steering_sweep", "SweepResult", "select_traces", "regenerate", "k_logprob", "resolve_steer_layers",
           "trace_group", "METRICS"]

#: Per-trace outcomes aggregated as rates: name -> what it is.
METRICS = {
    "aha": "the regenerated K is a safety aha sentence (over traces whose regeneration has K); on benign queries: false aha",
    "refusal": "the regenerated answer refuses (over complete regenerations); harmful: safe answer, benign: over-refusal",
    "format": "the regeneration closed its think block and has C and K (over all regenerations)",
}


def trace_group(trace: "Trace") -> str:
    """The trace's query group (``labels["group"]``, else harmful / benign / unlabelled)."""
    g = trace.labels.get("group")
    if g:
        return str(g)
    return "unlabelled" if trace.harmful is None else ("harmful" if trace.harmful else "benign")


def select_traces(traces: Sequence["Trace"], config: SteerConfig) -> tuple[list[int], dict[str, int]]:
    """Indices of the traces to steer (at most ``per_group`` per group, in order) and skip counts.

    Starting from C needs C and K (regeneration starts at K's first token and its log-probability
    is measured); a C-based ``steer_at`` needs C. Traces lacking them are counted and skipped.

    Raises:
        TraceError: no trace has what the settings need.
    """
    need = (["C", "K"] if config.start == "c" else []) + (["C"] if needs_c(config.steer_at) else [])
    need = list(dict.fromkeys(need))
    chosen: list[int] = []
    per: dict[str, int] = {}
    skipped: dict[str, int] = {}
    for i, t in enumerate(traces):
        missing = [s for s in need if s not in t.spans]
        if missing:
            key = f"no {'/'.join(missing)}"
            skipped[key] = skipped.get(key, 0) + 1
            continue
        g = trace_group(t)
        if per.get(g, 0) >= config.per_group:
            continue
        per[g] = per.get(g, 0) + 1
        chosen.append(i)
    if not chosen:
        why = ", ".join(f"{n} {k}" for k, n in skipped.items()) or "no traces given"
        raise TraceError(f"no trace can be steered with start={config.start!r}, steer_at={config.steer_at!r}: "
                         f"{why} (of {len(traces)}); use --start prompt / --steer-at all, or traces with C and K")
    return chosen, skipped


def resolve_steer_layers(layers: str, direction: "SteeringDirection", n_layers: int) -> list[int]:
    """``"best"`` (the probe's best layer), ``"all"`` or a list/range, checked against the model and the direction."""
    from keysent.capture import resolve_layers

    if layers == "best":
        out = [direction.best_layer()]
    else:
        out = resolve_layers(layers, n_layers)
    for layer in out:
        direction.index(layer)
    return out


def _prefix(trace: "Trace", start: str) -> list[int]:
    end = trace.spans["K"].tokens[0] if start == "c" else trace.spans["prompt"].tokens[1]
    return list(trace.token_ids[:end])


def regenerate(model: "LoadedModel", traces: Sequence["Trace"], interventions: Sequence[Any] | None, *,
               start: str = "c", max_new_tokens: int = 384, batch_size: int = 8, judge: Any = "rule") -> list["Trace"]:
    """Greedily regenerate each trace from ``start`` with ``interventions`` and return the new traces.

    ``Batch.indices`` of the interventions index ``traces``. The new trace keeps the query, the
    prompt, the labels and the id; its text is the teacher-forced prefix plus what was generated.
    """
    from keysent.generation.text import generate_text
    from keysent.traces.trace import build_trace

    tok = model.tokenizer
    prefixes = [_prefix(t, start) for t in traces]
    outs = generate_text(model.generation_model, tok, prefixes, max_new_tokens=max_new_tokens, batch_size=batch_size,
                         interventions=list(interventions) if interventions else None, progress=False)
    drop = {tok.eos_token_id, tok.pad_token_id}
    new = []
    for t, pre, out in zip(traces, prefixes, outs):
        body = [x for x in out.token_ids if x not in drop]
        full = tok.decode(pre + body, skip_special_tokens=False)
        if not full.startswith(t.prompt):
            raise TraceError(f"trace {t.id or t.query[:40]!r}: its tokens do not decode back to its prompt; "
                             "the trace was not tokenised by this model")
        new.append(build_trace(model, t.query, full[len(t.prompt):], labels=t.labels, judge=judge, id=t.id, prompt=t.prompt))
    return new


def k_logprob(model: "LoadedModel", traces: Sequence["Trace"], interventions: Sequence[Any], *,
              batch_size: int = 8) -> list[float]:
    """Teacher-forced mean log-probability per token of each trace's K (nats) under ``interventions``."""
    import torch

    from keysent.attention.knockout import _KLogProb
    from keysent.engine import run_hooked

    out = torch.full((len(traces),), float("nan"))
    run_hooked(model, traces, [*interventions, _KLogProb(model, out)], batch_size=batch_size, progress=False)
    return [float(x) for x in out]


@dataclass
class SweepResult:
    """Per-trace outcomes of every setting of a steering sweep.

    Attributes:
        settings: ``{"label", "direction" ("probe"/"random"/"none"), "mode", "alpha"}`` per setting.
        groups: The query group of each steered trace.
        outcomes: ``outcomes[setting][trace]``: ``{"aha", "refusal", "format", "logp_k", "k", "answer"}``
            (``aha``/``refusal``/``answer`` None where undefined; ``logp_k`` NaN without K; ``k``
            and ``answer`` are the regenerated key sentence and answer).
        layers: The model layers steered. scales: ``{layer: {vector_norm, mean_distance, mean_norm, auroc}}``.
        original: Per steered trace ``{"index", "id", "group", "k", "k_aha", "refusal"}`` of the trace as given.
        skipped: Traces left out, counted by reason.
    """

    settings: list[dict[str, Any]]
    groups: list[str]
    outcomes: list[list[dict[str, Any]]]
    layers: list[int]
    scales: dict[int, dict[str, float | None]]
    original: list[dict[str, Any]]
    skipped: dict[str, int] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def table(self) -> list[dict[str, Any]]:
        """One row per setting and group: counts, rates and 95% intervals of :data:`METRICS`, and
        the mean log-probability of the original K with its interval."""
        import torch

        rows = []
        for s, outs in zip(self.settings, self.outcomes):
            for g in dict.fromkeys(self.groups):
                part = [o for o, gg in zip(outs, self.groups) if gg == g]
                row: dict[str, Any] = {"label": s["label"], "direction": s["direction"], "mode": s["mode"],
                                       "alpha": s["alpha"], "group": g, "n": len(part)}
                for m in METRICS:
                    vals = [o[m] for o in part if o[m] is not None]
                    k, n = sum(bool(v) for v in vals), len(vals)
                    row[f"{m}_k"], row[f"{m}_n"] = k, n
                    row[f"{m}_rate"] = k / n if n else None
                    row[f"{m}_ci"] = list(wilson_interval(k, n)) if n else None
                lp = torch.tensor([o["logp_k"] for o in part], dtype=torch.float64)
                mean, low, high = (float(v) for v in mean_interval(lp))
                row["logp_k"] = None if math.isnan(mean) else mean
                row["logp_k_ci"] = None if math.isnan(low) else [low, high]
                rows.append(row)
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The summary (no per-trace texts): settings, layers, scales, skipped counts, table."""
        return {"settings": self.settings, "layers": self.layers, "scales": {str(k): v for k, v in self.scales.items()},
                "n_traces": len(self.groups), "groups": {g: self.groups.count(g) for g in dict.fromkeys(self.groups)},
                "skipped": self.skipped, "metrics": METRICS, "table": self.table(), **self.meta}

    def per_trace(self) -> list[dict[str, Any]]:
        """One record per setting and trace (for ``regenerations.jsonl``)."""
        def clean(v: Any) -> Any:
            return None if isinstance(v, float) and math.isnan(v) else v

        return [{"setting": s["label"], **orig, **{f"new_{k}": clean(v) for k, v in o.items()}}
                for s, outs in zip(self.settings, self.outcomes) for orig, o in zip(self.original, outs)]


def _settings(config: SteerConfig) -> list[dict[str, Any]]:
    def fmt(a: float) -> str:
        return f"{a:g}"

    if config.mode == "add":
        out = [{"label": f"probe a={fmt(a)}", "direction": "probe", "mode": "add", "alpha": a} for a in config.alphas]
        if config.control:
            out += [{"label": f"random a={fmt(a)}", "direction": "random", "mode": "add", "alpha": a} for a in config.alphas]
        return out
    out = [{"label": "none", "direction": "none", "mode": "ablate", "alpha": None},
           {"label": "probe ablated", "direction": "probe", "mode": "ablate", "alpha": None}]
    if config.control:
        out.append({"label": "random ablated", "direction": "random", "mode": "ablate", "alpha": None})
    return out


def steering_sweep(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    direction: "SteeringDirection",
    config: SteerConfig | None = None,
    *,
    max_new_tokens: int = 384,
    gen_batch_size: int = 32,
    judge: Any = "rule",
    progress: bool = True,
) -> SweepResult:
    """Regenerate the chosen traces under every setting of ``config`` and record the outcomes.

    Args:
        model: The loaded model (decoding on its generation twin, log-probabilities on the bridge).
        traces: Traces with located spans (from :func:`keysent.generate_traces` or elsewhere).
        direction: The steering direction (:mod:`keysent.steering.directions`); its width must
            be the model's ``d_model``.
        config: :class:`~keysent.steering.config.SteerConfig` (default: its defaults).
        max_new_tokens: Generation budget of each regeneration.
        gen_batch_size: Prompts decoded together (``config.batch_size`` is the teacher-forced batch).
        judge: Judge of the regenerated K and answer (``"rule"``, a Judge).
        progress: A tqdm bar over settings.

    Raises:
        ConfigError: a wrong width, a layer out of range or absent from the direction.
        TraceError: no trace has the spans the settings need (those lacking them are counted
            in ``skipped``).
    """
    from tqdm.auto import tqdm

    from keysent.attention.knockout import CONDITIONS, knockout_editor

    cfg = config or SteerConfig()
    direction.check_width(model.d_model)
    layers = resolve_steer_layers(cfg.layers, direction, model.n_layers)
    chosen, skipped = select_traces(traces, cfg)
    sub = [traces[i] for i in chosen]
    if cfg.knockout != "none":
        for t in sub:
            for s in CONDITIONS[cfg.knockout]:
                t.span(s)
    control = direction.random_like(cfg.seed)
    at = steer_positions(cfg.steer_at, sub)
    extra = [knockout_editor(model, sub, CONDITIONS[cfg.knockout])] if cfg.knockout != "none" else []
    settings = _settings(cfg)
    outcomes: list[list[dict[str, Any]]] = []
    shared: dict[str, list[dict[str, Any]]] = {}
    for s in tqdm(settings, desc="steering", unit="setting", disable=not progress):
        if s["mode"] == "add" and s["alpha"] == 0.0 and "zero" in shared:
            outcomes.append(shared["zero"])
            continue
        if s["direction"] == "none":
            editors: list[Any] = []
        else:
            d = direction if s["direction"] == "probe" else control
            editors = steering_editors(d, layers, mode=s["mode"], alpha=s["alpha"] or 0.0, at=at)
        ivs = editors + extra
        new = regenerate(model, sub, ivs or None, start=cfg.start, max_new_tokens=max_new_tokens,
                         batch_size=gen_batch_size, judge=judge)
        logp = k_logprob(model, sub, ivs, batch_size=cfg.batch_size)
        outs = []
        for t, lp in zip(new, logp):
            outs.append({"aha": t.k_aha if "K" in t.spans else None,
                         "refusal": t.judgements.get("refusal") if t.complete else None,
                         "format": bool(t.complete and "C" in t.spans and "K" in t.spans),
                         "logp_k": lp, "k": t.key_sentence, "answer": t.answer if t.complete else None})
        if s["mode"] == "add" and s["alpha"] == 0.0:
            shared["zero"] = outs
        outcomes.append(outs)
    original = [{"index": i, "id": traces[i].id, "group": trace_group(traces[i]), "k": traces[i].key_sentence,
                 "k_aha": traces[i].k_aha, "refusal": traces[i].judgements.get("refusal")} for i in chosen]
    return SweepResult(settings=settings, groups=[trace_group(t) for t in sub], outcomes=outcomes, layers=layers,
                       scales={layer: direction.scales(layer) for layer in layers}, original=original, skipped=skipped,
                       meta={"direction": direction.source, "control": control.source if cfg.control else None,
                             "start": cfg.start, "steer_at": cfg.steer_at, "knockout": cfg.knockout,
                             "hook": "resid_post", "max_new_tokens": max_new_tokens})
