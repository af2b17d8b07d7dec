"""Steering directions: from a probe run, a saved tensor, or two sets of traces.

A :class:`SteeringDirection` holds one vector per model layer it may be applied at, in the
residual stream's own units, plus the two scales the field reports beside a coefficient: the
class means' distance ``||mean_pos - mean_neg||`` and the mean residual norm ``mean ||x||`` at
that layer and position. ``alpha = 1`` adds the full vector: for a probe direction that is the
whole difference of class means (the activation addition of Arditi et al. 2024, "Refusal in
Language Models Is Mediated by a Single Direction", section 2.4, and its public code
``refusal_direction``); for the logistic normal, the class-mean difference projected on it.

Sources:

* :func:`direction_from_probe_run`: a probe run directory's ``directions.safetensors``
  (:func:`keysent.probe.load_directions`);
* :func:`direction_from_probe`: a fitted :class:`~keysent.probe.result.ProbeResult`;
* :func:`direction_from_tensor`: a ``.safetensors`` file with one tensor or a ``.pt`` file
  (``torch.load(weights_only=True)``), shape ``[d_model]`` (the same vector at every layer) or
  ``[n_layers, d_model]``;
* :func:`direction_from_traces`: the difference of means of two sets of traces at a position
  (e.g. harmful minus benign queries at ``c_last``), computed with :func:`keysent.capture.capture`.

:meth:`SteeringDirection.random_like` gives the control: a seeded Gaussian direction per layer,
rescaled to the same norm.

Example:
    >>> import torch
    >>> d = SteeringDirection(vectors=torch.ones(2, 4), layers=(0, 1), source="demo")
    >>> d.check_width(4); d.vector(1).tolist()
    [1.0, 1.0, 1.0, 1.0]
    >>> r = d.random_like(seed=0)
    >>> [round(float(x), 4) for x in r.vectors.norm(dim=-1)]
    [2.0, 2.0]
    >>> d.check_width(8)
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: the direction (demo) has width 4 but the model's d_model is 8; use a direction from this model
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.probe.directions import ProbeDirections
    from keysent.probe.result import ProbeResult
    from keysent.traces.trace import Trace

__all__ = ["SteeringDirection", "direction_from_probe_run", "direction_from_probe", "direction_from_tensor",
           "direction_from_traces", "direction_from_probe_directions"]


@dataclass(frozen=True)
class SteeringDirection:
    """One steering vector per model layer (float32, CPU).

    Attributes:
        vectors: ``Float[Tensor, "layer d_model"]``, row ``i`` for model layer ``layers[i]``.
        layers: The model layers the rows belong to.
        source: Where it came from (for reports).
        mean_distance: ``[layer]`` class-mean distance, or None (a saved tensor).
        mean_norm: ``[layer]`` mean residual norm at the direction's position, or None.
        auroc: ``[layer]`` the probe's held-out AUROC, or None.
    """

    vectors: "Float[Tensor, 'layer d_model']"
    layers: tuple[int, ...]
    source: str
    mean_distance: "Float[Tensor, ' layer'] | None" = None
    mean_norm: "Float[Tensor, ' layer'] | None" = None
    auroc: "Float[Tensor, ' layer'] | None" = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return int(self.vectors.shape[-1])

    def check_width(self, d_model: int) -> None:
        """Raise a :class:`ConfigError` unless the vectors are ``d_model`` wide."""
        if self.width != int(d_model):
            raise ConfigError(f"the direction ({self.source}) has width {self.width} but the model's d_model is "
                              f"{d_model}; use a direction from this model")

    def index(self, layer: int) -> int:
        if int(layer) not in self.layers:
            raise ConfigError(f"the direction ({self.source}) has no vector for layer {layer}; it has layers "
                              f"{list(self.layers)}")
        return self.layers.index(int(layer))

    def vector(self, layer: int) -> "Float[Tensor, ' d_model']":
        """The vector added at ``alpha = 1`` at model layer ``layer``."""
        return self.vectors[self.index(layer)]

    def best_layer(self) -> int:
        """The layer with the highest held-out AUROC (probe sources only)."""
        if self.auroc is None:
            raise ConfigError(f"the direction ({self.source}) has no probe AUROC to pick the best layer by; pass --layers")
        return self.layers[int(self.auroc.argmax())]

    def scales(self, layer: int) -> dict[str, float | None]:
        """``{"vector_norm", "mean_distance", "mean_norm"}`` at ``layer`` (None when unknown)."""
        i = self.index(layer)
        out: dict[str, float | None] = {"vector_norm": float(self.vectors[i].norm())}
        for name in ("mean_distance", "mean_norm", "auroc"):
            v = getattr(self, name)
            out[name] = None if v is None else float(v[i])
        return out

    def with_mean_norm(self, mean_norm: "Float[Tensor, ' layer']") -> "SteeringDirection":
        return replace(self, mean_norm=mean_norm.float())

    def random_like(self, seed: int = 0) -> "SteeringDirection":
        """A seeded Gaussian direction per layer with the same norm as this one's (the control)."""
        import torch

        g = torch.Generator().manual_seed(int(seed))
        r = torch.randn(self.vectors.shape, generator=g, dtype=torch.float32)
        r = r / r.norm(dim=-1, keepdim=True) * self.vectors.norm(dim=-1, keepdim=True)
        return replace(self, vectors=r, source=f"random (seed {seed}, norm of {self.source})", auroc=None)


def direction_from_probe_directions(d: "ProbeDirections", kind: str = "diffmean") -> SteeringDirection:
    """From saved :class:`~keysent.probe.directions.ProbeDirections` (``kind``: diffmean or logistic)."""
    import torch

    vectors = torch.stack([d.vector(layer, kind=kind) for layer in d.layers]).float()
    return SteeringDirection(vectors=vectors, layers=tuple(d.layers), source=f"probe {d.target}/{d.position} {kind}",
                             mean_distance=d.mean_distance.float(), mean_norm=d.mean_norm.float(), auroc=d.auroc.float(),
                             meta={"target": d.target, "position": d.position, "kind": kind, "hook": d.hook})


def direction_from_probe(result: "ProbeResult", target: str, kind: str = "diffmean") -> SteeringDirection:
    """From a fitted :class:`~keysent.probe.result.ProbeResult` (fitted with a ``position``)."""
    from keysent.probe.directions import directions_from_result

    return direction_from_probe_directions(directions_from_result(result, target), kind)


def direction_from_probe_run(run_dir: str | Path, target: str = "k_aha", position: str = "c_last",
                             kind: str = "diffmean") -> SteeringDirection:
    """From a probe run directory (``python -m keysent.probe``'s ``directions.safetensors``).

    Raises:
        ConfigError: no directions file, or no probe for ``(target, position)`` in it.
    """
    from keysent.probe.directions import load_directions

    found = load_directions(run_dir)
    if (target, position) not in found:
        have = ", ".join(f"{t}/{p}" for t, p in found) or "none"
        raise ConfigError(f"{str(run_dir)!r} has no probe direction for {target}/{position}; it has {have}. "
                          "Choose --direction-target/--direction-position from those")
    d = direction_from_probe_directions(found[(target, position)], kind)
    return replace(d, source=f"{d.source} from {run_dir}")


def direction_from_tensor(path: str | Path, n_layers: int) -> SteeringDirection:
    """From a tensor file: ``[d_model]`` (every layer) or ``[n_layers, d_model]``.

    ``.safetensors`` must hold exactly one tensor; ``.pt``/``.pth`` is read with
    ``torch.load(weights_only=True)``. Alpha 1 adds the tensor as saved.

    Raises:
        ConfigError: a missing file, an unreadable or ambiguous one, or a wrong shape.
    """
    import torch

    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"direction file {str(p)!r} does not exist; pass 'probe', a probe run directory or a tensor file")
    if p.suffix == ".safetensors":
        from safetensors.torch import load_file

        tensors = load_file(str(p))
        if len(tensors) != 1:
            raise ConfigError(f"{str(p)!r} holds {len(tensors)} tensors ({', '.join(sorted(tensors))}); a direction file "
                              "holds exactly one (a probe run's directions.safetensors: pass its run directory)")
        t = next(iter(tensors.values()))
    elif p.suffix in (".pt", ".pth"):
        try:
            t = torch.load(str(p), map_location="cpu", weights_only=True)
        except Exception as exc:  # noqa: BLE001 - any unpickling failure is a bad file
            raise ConfigError(f"cannot read {str(p)!r} as a tensor (torch.load, weights_only=True): {exc}") from None
        if not isinstance(t, torch.Tensor):
            raise ConfigError(f"{str(p)!r} holds a {type(t).__name__}, not a tensor")
    else:
        raise ConfigError(f"direction file {str(p)!r}: use .safetensors or .pt")
    t = t.detach().float().cpu()
    if t.dim() == 1:
        t = t.expand(n_layers, t.shape[0]).clone()
    if t.dim() != 2 or t.shape[0] != n_layers:
        raise ConfigError(f"direction tensor {str(p)!r} has shape {tuple(t.shape)}; expected [d_model] or "
                          f"[n_layers={n_layers}, d_model]")
    if not torch.isfinite(t).all():
        raise ConfigError(f"direction tensor {str(p)!r} has non-finite values")
    return SteeringDirection(vectors=t, layers=tuple(range(n_layers)), source=f"tensor {p.name}")


def direction_from_traces(model: "LoadedModel", positive: Sequence["Trace"], negative: Sequence["Trace"], *,
                          position: str = "c_last", layers: Sequence[int] | str | None = None,
                          batch_size: int = 8, progress: bool = False) -> SteeringDirection:
    """Difference of means ``mean(positive) - mean(negative)`` of ``resid_post`` at ``position``.

    E.g. harmful minus benign queries at ``c_last`` ("two query sets"). Traces without the
    position's span are left out (counted in ``meta``); the class-mean distance and mean residual
    norm are recorded.

    Raises:
        ConfigError: a set with no trace that has the position.
    """
    import torch

    from keysent.capture import capture

    traces = list(positive) + list(negative)
    if not positive or not negative:
        raise ConfigError("direction_from_traces needs traces in both sets (positive and negative)")
    acts = capture(model, traces, positions=[position], layers=layers, batch_size=batch_size, progress=progress)
    x = acts.get(position)  # [n, layer, d]
    valid = acts.valid[:, 0]
    pos_rows = valid.clone()
    pos_rows[len(positive):] = False
    neg_rows = valid.clone()
    neg_rows[: len(positive)] = False
    if not pos_rows.any() or not neg_rows.any():
        raise ConfigError(f"no trace of the {'positive' if not pos_rows.any() else 'negative'} set has the position "
                          f"{position!r}; choose another position or other traces")
    delta = x[pos_rows].mean(0) - x[neg_rows].mean(0)
    norm = x[valid].norm(dim=-1).mean(0)
    return SteeringDirection(vectors=delta.float(), layers=tuple(acts.layers), source=f"difference of means at {position}",
                             mean_distance=delta.norm(dim=-1).float(), mean_norm=norm.float(),
                             meta={"n_positive": int(pos_rows.sum()), "n_negative": int(neg_rows.sum()),
                                   "skipped": int((~valid).sum())})
