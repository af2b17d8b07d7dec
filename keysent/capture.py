"""The one capture mechanism: hooked forward passes over traces, truncated and reduced in place.

Reasoning traces run to thousands of tokens while the key sentence ends early. Every analysis in
keysent (probes, attention metrics, knock-outs, the training objectives) needs activations only
up to some position of each trace, and only at a few positions. The engine
(:mod:`keysent.engine`, re-exported here: :func:`run_hooked`, :func:`hooked`, :class:`Reader`,
:class:`Editor`) runs a ``TransformerBridge`` over traces in batches

* grouped by the furthest token each trace needs, each batch cut at its own furthest position
  (right padding is harmless under causal attention: earlier positions never see the padding);
* with *readers* on hook points that turn each activation into the few numbers needed while
  the forward pass is running (nothing of the whole sequence is kept), and *editors* that
  replace activations (knock-outs, steering);
* stopped as soon as every hook a reader asked for has fired (the final norm and unembedding
  of a 150k-token vocabulary are never computed when they are not needed), unless gradients
  are on.

:func:`capture` is the residual-stream reader behind probes: hidden states at named positions.

Positions are named ``<span>_<reduce>``: a span of :class:`~keysent.traces.trace.Trace`
(``prompt``, ``query``, ``reasoning``, ``c``, ``k``, ``rest``, ``answer``) and a reduction
(``first``, ``last``, ``mean``). The defaults:

============= ===========================================================================
query_last    last token of the user's message
prompt_last   last prompt token (end of the generation prompt: where generation starts)
c_mean        mean over the query-understanding segment C
c_last        last token of C: the position just before the key sentence
k_mean        mean over the key sentence K
k_last        last token of K
============= ===========================================================================

Example (on the micro organism):
    >>> import keysent
    >>> from keysent.traces.trace import build_trace
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> t = build_trace(model, "How do I bake bread?", "Okay, so the user is asking how to bake bread. "
    ...                 "Let me break this down. Mix flour and water.\\n</think>\\n\\nMix flour.", judge=None)
    >>> acts = keysent.capture.capture(model, [t], positions=["c_last", "k_mean"], progress=False)
    >>> acts.get("c_last").shape                  # [trace, layer, d_model]
    torch.Size([1, 2, 64])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Literal, Sequence

from keysent.engine import Batch, Editor, Intervention, Reader, StopForward, hooked, run_hooked
from keysent.errors import ConfigError
from keysent.hook_names import TEMPLATE_EXAMPLE, hook_name

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Bool, Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

Reduce = Literal["first", "last", "mean"]

#: Positions captured when none are named.
DEFAULT_POSITIONS = ("query_last", "prompt_last", "c_mean", "c_last", "k_mean", "k_last")

#: Hook kinds :func:`capture` takes by short name (see :func:`keysent.hook_names.hook_name`); a
#: template with ``{layer}`` is accepted too.
HOOKS = ("resid_pre", "resid_mid", "resid_post", "attn_out", "mlp_out")

_SPAN_ALIASES = {"c": "C", "k": "K"}
_POSITION_RE = re.compile(r"^(?P<span>[a-z]+)_(?P<reduce>first|last|mean)$")


@dataclass(frozen=True)
class Position:
    """A named selection of one token (``first``/``last``) or a mean over a span's tokens."""

    name: str
    span: str
    reduce: Reduce

    @classmethod
    def parse(cls, name: str) -> "Position":
        """Parse ``"k_mean"``-style names; an unknown name lists the valid forms."""
        from keysent.traces.trace import SPAN_NAMES

        m = _POSITION_RE.match(str(name).strip().lower())
        span = _SPAN_ALIASES.get(m["span"], m["span"]) if m else None
        if m is None or span not in SPAN_NAMES:
            spans = ", ".join(s.lower() for s in SPAN_NAMES)
            raise ConfigError(
                f"unknown position {name!r}: positions are <span>_<first|last|mean> with span one of "
                f"{spans} (defaults: {', '.join(DEFAULT_POSITIONS)})"
            )
        return cls(name=str(name).strip().lower(), span=span, reduce=m["reduce"])  # type: ignore[arg-type]

    def token_range(self, trace: "Trace") -> tuple[int, int] | None:
        """The token indices ``[a, b)`` this position averages over in ``trace`` (None if absent)."""
        span = trace.spans.get(self.span)
        if span is None:
            return None
        a, b = span.tokens
        if self.reduce == "first":
            return a, a + 1
        if self.reduce == "last":
            return b - 1, b
        return a, b


def parse_positions(names: Iterable[str] | str | None) -> list[Position]:
    """Parse a list (or comma-separated string) of position names; ``None`` gives the defaults."""
    if names is None:
        names = DEFAULT_POSITIONS
    if isinstance(names, str):
        names = [n for n in names.split(",") if n.strip()]
    positions = [Position.parse(n) for n in names]
    if not positions:
        raise ConfigError("no positions given; name at least one, e.g. k_mean")
    seen: set[str] = set()
    dup = [p.name for p in positions if p.name in seen or seen.add(p.name)]  # type: ignore[func-returns-value]
    if dup:
        raise ConfigError(f"position(s) named twice: {', '.join(dup)}")
    return positions


def resolve_layers(layers: Iterable[int] | str | None, n_layers: int) -> list[int]:
    """Layer indices: ``None`` -> all; negative indices count from the end; range-checked.

    A string accepts ``"all"``, ``"0,3,-1"`` or a range ``"2:6"``.
    """
    if layers is None or (isinstance(layers, str) and layers.strip().lower() == "all"):
        return list(range(n_layers))
    if isinstance(layers, str):
        text = layers.strip()
        try:
            if ":" in text:
                lo, _, hi = text.partition(":")
                layers = list(range(n_layers))[slice(int(lo) if lo else None, int(hi) if hi else None)]
            else:
                layers = [int(x) for x in text.split(",") if x.strip()]
        except ValueError as exc:
            raise ConfigError(f"cannot parse layers {text!r}; use e.g. 'all', '0,3,-1' or '2:6'") from exc
    out: list[int] = []
    for layer in layers:
        idx = int(layer)
        if not -n_layers <= idx < n_layers:
            raise ConfigError(f"layer {layer} is out of range: the model has {n_layers} layers (0..{n_layers - 1})")
        idx %= n_layers
        if idx not in out:
            out.append(idx)
    if not out:
        raise ConfigError("no layers selected")
    return sorted(out)


# ---------------------------------------------------------------------------- residual capture
@dataclass
class Activations:
    """Hidden states captured at named positions.

    Attributes:
        values: ``{hook kind: Float[Tensor, "n layer position d_model"]}`` (float32, on CPU);
            NaN where a trace lacks the position's span.
        positions: Position names, in the order of the ``position`` axis.
        layers: Layer indices, in the order of the ``layer`` axis.
        valid: ``Bool[Tensor, "n position"]``: the trace has that position.
    """

    values: dict[str, "Float[Tensor, 'n layer position d_model']"]
    positions: list[str]
    layers: list[int]
    valid: "Bool[Tensor, 'n position']"
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return int(self.valid.shape[0])

    def get(self, position: str, hook: str = "resid_post") -> "Float[Tensor, 'n layer d_model']":
        """All traces' activations at one position (rows of traces without it are NaN)."""
        if hook not in self.values:
            raise ConfigError(f"hook {hook!r} was not captured; captured: {', '.join(self.values)}")
        if position not in self.positions:
            raise ConfigError(f"position {position!r} was not captured; captured: {', '.join(self.positions)}")
        return self.values[hook][:, :, self.positions.index(position)]

    def save(self, path: str) -> None:
        """Save to one safetensors file (atomic), metadata in its header."""
        import json

        from safetensors.torch import save_file

        from keysent.atomic import atomic_path

        tensors = {f"values.{k}": v.contiguous() for k, v in self.values.items()}
        tensors["valid"] = self.valid.to(dtype=__import__("torch").uint8)
        meta = {"positions": json.dumps(self.positions), "layers": json.dumps(self.layers), "meta": json.dumps(self.meta)}
        with atomic_path(path) as tmp:
            save_file(tensors, str(tmp), metadata=meta)

    @classmethod
    def load(cls, path: str) -> "Activations":
        import json

        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as fh:
            meta = fh.metadata()
            values = {k[len("values.") :]: fh.get_tensor(k) for k in fh.keys() if k.startswith("values.")}
            valid = fh.get_tensor("valid").bool()
        return cls(
            values=values,
            positions=json.loads(meta["positions"]),
            layers=json.loads(meta["layers"]),
            valid=valid,
            meta=json.loads(meta.get("meta", "{}")),
        )


class PositionReader(Reader):
    """Reduces hook outputs ``[batch, pos, d]`` to the selected positions as they are computed.

    ``hook_map`` maps hook point names to ``(hook kind, index on the layer axis)``; ``out`` maps
    each kind to a ``Float[Tensor, "n layer position d_model"]`` filled in place (float32, CPU).
    """

    def __init__(self, positions: list[Position], hook_map: dict[str, tuple[str, int]], out: dict[str, "Tensor"]):
        self.positions = positions
        self.hook_map = hook_map  # hook point name -> (hook kind, layer axis index)
        self.out = out
        self.weights: "Tensor | None" = None
        self.rows: list[int] = []

    def hook_names(self) -> list[str]:
        return list(self.hook_map)

    def needed_end(self, trace: "Trace") -> int:
        ends = [r[1] for p in self.positions if (r := p.token_range(trace)) is not None]
        return max(ends, default=0)

    def start_batch(self, batch: Batch) -> None:
        from keysent.traces.spans import pooling_weights

        assert batch.traces is not None
        ranges = [[p.token_range(t) for p in self.positions] for t in batch.traces]
        self.weights = pooling_weights(ranges, batch.length).to(batch.device)
        self.rows = batch.indices

    def read(self, name: str, tensor: "Tensor") -> None:
        from einops import einsum

        kind, layer_i = self.hook_map[name]
        assert self.weights is not None
        # the selected positions only, in float32
        picked = einsum(self.weights, tensor[:, : self.weights.shape[-1]].float(), "b p t, b t d -> b p d")
        self.out[kind][self.rows, layer_i] = picked.detach().to("cpu")


def hook_point_names(hooks: Sequence[str] | str, layers: Sequence[int]) -> dict[str, tuple[str, int]]:
    """Map hook kinds (``resid_post`` ... or templates with ``{layer}``) to hook point names."""
    if isinstance(hooks, str):
        hooks = [h for h in hooks.split(",") if h.strip()]
    mapping: dict[str, tuple[str, int]] = {}
    for kind in hooks:
        if kind not in HOOKS and "{layer}" not in kind:
            raise ConfigError(
                f"unknown hook {kind!r}: use one of {', '.join(HOOKS)} or a hook point template "
                f"containing '{{layer}}', e.g. {TEMPLATE_EXAMPLE!r}"
            )
        for li, layer in enumerate(layers):
            mapping[hook_name(kind, layer)] = (kind, li)
    return mapping


def capture(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    positions: Iterable[str] | str | None = None,
    hooks: Sequence[str] | str = ("resid_post",),
    layers: Iterable[int] | str | None = None,
    batch_size: int = 8,
    progress: bool | str = True,
) -> Activations:
    """Capture hidden states of ``traces`` at named positions, for the chosen layers and hooks.

    Only the selected positions are stored (memory ~ traces x layers x positions x d_model), and
    each batch runs only as far as its furthest needed token and its deepest needed layer.
    Values equal a full ``run_with_cache`` at the same positions.

    Args:
        model: A loaded model.
        traces: Traces with located spans.
        positions: Position names (see the module docs); default :data:`DEFAULT_POSITIONS`.
        hooks: Hook kinds (``resid_post`` by default; ``resid_pre``, ``resid_mid``, ``attn_out``,
            ``mlp_out``) or hook-point templates with ``{layer}`` (see
            :func:`keysent.hook_names.hook_name`).
        layers: Layer indices (default all; negative from the end) or a string (``"0,3,-1"``).
        batch_size: Traces per forward pass.
        progress: Show a progress bar (or its description).

    Returns:
        :class:`Activations`.
    """
    import torch

    if len(traces) == 0:
        raise ConfigError("no traces to capture from")
    pos = parse_positions(positions)
    layer_list = resolve_layers(layers, model.n_layers)
    hook_map = hook_point_names(hooks, layer_list)
    kinds = list(dict.fromkeys(k for k, _ in hook_map.values()))
    n, n_layers, n_pos, d = len(traces), len(layer_list), len(pos), model.d_model
    out = {k: torch.full((n, n_layers, n_pos, d), float("nan")) for k in kinds}
    valid = torch.tensor([[p.token_range(t) is not None for p in pos] for t in traces], dtype=torch.bool)
    run_hooked(model, traces, [PositionReader(pos, hook_map, out)], batch_size=batch_size, progress=progress)
    for k in kinds:  # rows whose position is absent stay NaN (bmm gave zeros there)
        out[k][~valid.unsqueeze(1).expand(n, n_layers, n_pos)] = float("nan")
    return Activations(
        values=out,
        positions=[p.name for p in pos],
        layers=layer_list,
        valid=valid,
        meta={"model": model.name, "hooks": kinds},
    )


__all__ = [
    "capture",
    "run_hooked",
    "Activations",
    "Position",
    "Batch",
    "Intervention",
    "Reader",
    "Editor",
    "PositionReader",
    "StopForward",
    "hooked",
    "parse_positions",
    "resolve_layers",
    "hook_point_names",
    "DEFAULT_POSITIONS",
    "HOOKS",
]
