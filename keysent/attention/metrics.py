"""Attention from the key sentence to the query, to C, and to the attention sinks.

For each trace, layer and head: the attention mass from K's tokens (the rows) to each *target*
span (the columns), averaged over K's tokens. The targets partition every key position up to the
end of K, so the four masses of a row sum to one:

========= ======================================================================================
query     the user's message tokens
C         the query-understanding segment
sink      the other prompt tokens: BOS, chat-template role tokens, the generation prompt (the
          usual attention sinks)
rest      everything else K can see: K's own earlier tokens and any text between C and K
========= ======================================================================================

The span sums are computed inside the ``hook_pattern`` hooks, for K's rows only, while the forward
pass runs (it stops at the end of K): no layer's full pattern is kept, so memory does not grow
with layers x sequence^2.

``mass`` is the paper's quantity (SafeKey: summed over the target span, averaged over K's
tokens); :meth:`AttentionMetrics.per_token` divides by the target's token count, which corrects
for span length. :meth:`AttentionMetrics.summary` is the paper's headline number: last layer,
mean over heads.

Example:
    >>> from keysent.attention import attention_metrics
    >>> metrics = attention_metrics(model, traces)                 # doctest: +SKIP
    >>> metrics.summary("query")                                   # doctest: +SKIP
    tensor([0.21, 0.35, ...])   # one value per trace
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from keysent.capture import resolve_layers
from keysent.engine import Batch, Reader, run_hooked
from keysent.errors import ConfigError, TraceError
from keysent.hook_names import hook_name

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Bool, Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

#: The spans K attends to (key-side columns of the pattern), in the order of the ``target`` axis;
#: renamed from ``TARGETS`` (the probe targets are :data:`keysent.probe.targets.PROBE_TARGETS`).
ATTENDED_SPANS = ("query", "C", "sink", "rest")


def target_columns(trace: "Trace", length: int | None = None) -> "Float[Tensor, 'pos target']":
    """Indicator matrix: which target each key position up to the end of K belongs to."""
    import torch

    k_end = trace.span("K").tokens[1]
    length = k_end if length is None else length
    m = torch.zeros(length, len(ATTENDED_SPANS))
    pa, pb = trace.span("prompt").tokens
    m[pa:pb, ATTENDED_SPANS.index("sink")] = 1.0
    if "query" in trace.spans:
        qa, qb = trace.spans["query"].tokens
        m[qa:qb, ATTENDED_SPANS.index("sink")] = 0.0
        m[qa:qb, ATTENDED_SPANS.index("query")] = 1.0
    if "C" in trace.spans:
        ca, cb = trace.spans["C"].tokens
        m[ca:cb, ATTENDED_SPANS.index("C")] = 1.0
    assigned = m[:k_end].sum(-1) == 0
    m[:k_end][assigned, ATTENDED_SPANS.index("rest")] = 1.0
    return m


@dataclass
class AttentionMetrics:
    """K-to-target attention for a set of traces.

    Attributes:
        mass: ``Float[Tensor, "n layer head target"]``: attention mass from K's tokens to each
            target, summed over the target's tokens, averaged over K's tokens. NaN for traces
            without a key sentence.
        n_target_tokens: ``Float[Tensor, "n target"]``: how many tokens each target has.
        layers: Layer indices of the ``layer`` axis.
        valid: ``Bool[Tensor, "n"]``: the trace has a key sentence.
    """

    mass: "Float[Tensor, 'n layer head target']"
    n_target_tokens: "Float[Tensor, 'n target']"
    layers: list[int]
    valid: "Bool[Tensor, 'n']"
    targets: tuple[str, ...] = ATTENDED_SPANS
    meta: dict[str, Any] = field(default_factory=dict)

    def _t(self, target: str) -> int:
        if target not in self.targets:
            raise ConfigError(f"unknown attention target {target!r}; targets are {', '.join(self.targets)}")
        return self.targets.index(target)

    def per_token(self) -> "Float[Tensor, 'n layer head target']":
        """Mass divided by the target's token count: mean attention per key token of the target."""
        counts = self.n_target_tokens.clamp(min=1)[:, None, None, :]
        return self.mass / counts

    def per_layer(self, target: str, *, normalised: bool = False) -> "Float[Tensor, 'n layer']":
        """Mean over heads, per trace and layer (the all-layer view)."""
        values = self.per_token() if normalised else self.mass
        return values[..., self._t(target)].mean(dim=2)

    def summary(self, target: str, *, normalised: bool = False) -> "Float[Tensor, 'n']":
        """The paper's number per trace: the last captured layer, mean over heads."""
        return self.per_layer(target, normalised=normalised)[:, -1]

    def head_grid(self, target: str, rows: "Bool[Tensor, 'n'] | None" = None) -> "Float[Tensor, 'layer head']":
        """Mean over (valid, selected) traces: a layer-by-head grid for one target."""
        import torch

        keep = self.valid if rows is None else (self.valid & rows)
        if not bool(keep.any()):
            raise ConfigError("no traces with a key sentence in this selection")
        return torch.nanmean(self.mass[keep][..., self._t(target)], dim=0)

    def top_heads(self, target: str = "query", k: int = 10) -> list[dict[str, Any]]:
        """Heads ranked by mean K-to-target mass: ``[{layer, head, mass}, ...]`` best first."""
        grid = self.head_grid(target)
        flat = grid.flatten()
        order = flat.argsort(descending=True)[:k]
        n_heads = grid.shape[1]
        return [
            {"layer": self.layers[int(i) // n_heads], "head": int(i) % n_heads, "mass": float(flat[i])}
            for i in order
        ]


class _AttentionReader(Reader):
    """Sums each K row's attention over the target spans inside the ``hook_pattern`` hooks."""

    def __init__(self, layers: list[int], mass: "Tensor"):
        self.names = {hook_name("pattern", layer): li for li, layer in enumerate(layers)}
        self.mass = mass
        self.rows_w: "Tensor | None" = None
        self.cols: "Tensor | None" = None
        self.rows: list[int] = []

    def hook_names(self) -> list[str]:
        return list(self.names)

    def needed_end(self, trace: "Trace") -> int:
        return trace.spans["K"].tokens[1] if "K" in trace.spans else 0

    def start_batch(self, batch: Batch) -> None:
        import torch

        from keysent.traces.spans import pooling_weights

        assert batch.traces is not None
        rows_w = pooling_weights([[t.spans["K"].tokens] for t in batch.traces], batch.length)[:, 0]
        cols = torch.stack([target_columns(t, batch.length) for t in batch.traces])
        self.rows_w, self.cols = rows_w.to(batch.device), cols.to(batch.device)
        self.rows = batch.indices

    def read(self, name: str, pattern: "Tensor") -> None:
        from einops import einsum

        assert self.rows_w is not None and self.cols is not None
        # mean over K's rows first, then sum over each target's columns
        per_key = einsum(self.rows_w, pattern.float(), "b q, b h q k -> b h k")
        self.mass[self.rows, self.names[name]] = einsum(per_key, self.cols, "b h k, b k t -> b h t").detach().to("cpu")


def attention_metrics(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    layers: Iterable[int] | str | None = None,
    batch_size: int = 8,
    progress: bool | str = True,
) -> AttentionMetrics:
    """Attention from K's tokens to the query, C, the sinks and the rest, per layer and head.

    Traces without a key sentence are kept as NaN rows (``valid`` is False for them), so the
    result lines up with ``traces``. Raises if no trace has a key sentence.
    """
    import torch

    if len(traces) == 0:
        raise ConfigError("no traces given")
    valid = torch.tensor([t.has_key_sentence for t in traces], dtype=torch.bool)
    if not bool(valid.any()):
        reasons = {t.key_sentence_reason for t in traces}
        raise TraceError(f"none of the {len(traces)} traces has a key sentence ({'; '.join(sorted(r for r in reasons if r))})")
    layer_list = resolve_layers(layers, model.n_layers)
    mass = torch.full((len(traces), len(layer_list), model.n_heads, len(ATTENDED_SPANS)), float("nan"))
    run_hooked(model, traces, [_AttentionReader(layer_list, mass)], batch_size=batch_size, progress=progress or False)
    counts = torch.zeros(len(traces), len(ATTENDED_SPANS))
    for i, t in enumerate(traces):
        if t.has_key_sentence:
            counts[i] = target_columns(t).sum(0)
    return AttentionMetrics(mass=mass, n_target_tokens=counts, layers=layer_list, valid=valid, meta={"model": model.name})


class _OnePattern(Reader):
    def __init__(self, layer: int, out: dict):
        self.name = hook_name("pattern", layer)
        self.out = out

    def hook_names(self) -> list[str]:
        return [self.name]

    def needed_end(self, trace: "Trace") -> int:
        return trace.spans["K"].tokens[1]

    def read(self, name: str, pattern: "Tensor") -> None:
        from einops import reduce

        self.out["pattern"] = reduce(pattern[0].float(), "h q k -> q k", "mean").detach().to("cpu")


def trace_pattern(model: "LoadedModel", trace: "Trace", *, layer: int = -1) -> "Float[Tensor, 'pos pos']":
    """One trace's attention pattern up to the end of K at one layer, averaged over heads.

    For the token-by-token heatmap of a single trace (the only place a whole pattern is kept).
    """
    require_key_sentence(trace)
    (layer_idx,) = resolve_layers([layer], model.n_layers)
    out: dict[str, Any] = {}
    run_hooked(model, [trace], [_OnePattern(layer_idx, out)], batch_size=1, progress=False)
    return out["pattern"]


def require_key_sentence(trace: "Trace") -> None:
    """A clear error for a trace without K (single-trace analyses need one)."""
    if not trace.has_key_sentence:
        raise TraceError(f"trace {trace.id or trace.query[:40]!r} has no key sentence: {trace.key_sentence_reason}")


__all__ = ["attention_metrics", "AttentionMetrics", "ATTENDED_SPANS", "target_columns", "trace_pattern", "require_key_sentence"]
