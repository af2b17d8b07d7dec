"""Probe directions saved with a run, for steering: difference-in-means and logistic, per layer.

A probe run writes ``directions.safetensors``: for every fitted (target, position), per probed
model layer, the difference of class means ``mean_pos - mean_neg`` (label 1 minus label 0, in the
residual stream's own units), the logistic probe's unit normal (when the run's method is
``logistic``), the class means' distance ``||mean_pos - mean_neg||``, the mean residual norm
``mean ||x||`` and the held-out AUROC. :func:`load_directions` reads them back.

:meth:`ProbeDirections.vector` gives the vector to add at a hook: ``alpha = 1`` is the full
difference of class means (the activation addition of Arditi et al. 2024, "Refusal in language
models is mediated by a single direction", and its public code ``refusal_direction``); for the
logistic direction it is the class-mean difference projected on the probe's normal.

Example:
    >>> import tempfile, pathlib, torch
    >>> from keysent.probe.fit import fit_probes
    >>> from keysent.probe.directions import directions_from_result, load_directions, save_directions
    >>> y = torch.arange(40) % 2
    >>> X = torch.randn(40, 2, 4, generator=torch.Generator().manual_seed(0)) + 3.0 * y[:, None, None]
    >>> res = fit_probes(X, y, folds=4, layers=[2, 3], position="c_last")
    >>> run = pathlib.Path(tempfile.mkdtemp())
    >>> _ = save_directions(run / "directions.safetensors", [directions_from_result(res, "harmful")], model="demo")
    >>> d = load_directions(run)[("harmful", "c_last")]
    >>> d.layers, tuple(d.diffmean.shape), d.hook_name(3)
    ((2, 3), (2, 4), 'blocks.3.hook_resid_post')
    >>> neg_mean = X[y == 0, 1].mean(0)
    >>> bool(torch.allclose(neg_mean + d.vector(3), X[y == 1, 1].mean(0), atol=1e-5))
    True
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from keysent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.probe.result import ProbeResult

__all__ = ["ProbeDirections", "directions_from_result", "save_directions", "load_directions", "DIRECTIONS_FILE"]

#: The file a probe run writes its directions to.
DIRECTIONS_FILE = "directions.safetensors"
#: Layout version of that file.
DIRECTIONS_SCHEMA = 1
_FIELDS = ("diffmean", "logistic", "mean_distance", "mean_norm", "auroc")


@dataclass(frozen=True)
class ProbeDirections:
    """The directions of one (target, position) probe, per probed model layer (float32, CPU).

    Attributes:
        diffmean: ``[layer, d_model]`` ``mean_pos - mean_neg`` (points to label 1; model units).
        logistic: ``[layer, d_model]`` unit normal of the logistic probe, or None (diffmean runs).
        mean_distance: ``[layer]`` ``||mean_pos - mean_neg||``; mean_norm: ``[layer]`` mean ``||x||``.
        auroc: ``[layer]`` held-out AUROC of the run's probe.
    """

    target: str
    position: str
    hook: str
    layers: tuple[int, ...]
    diffmean: "Float[Tensor, 'layer d_model']"
    logistic: "Float[Tensor, 'layer d_model'] | None"
    mean_distance: "Float[Tensor, ' layer']"
    mean_norm: "Float[Tensor, ' layer']"
    auroc: "Float[Tensor, ' layer']"

    def index(self, layer: int) -> int:
        if int(layer) not in self.layers:
            raise ConfigError(f"layer {layer} was not probed at {self.target}/{self.position}; probed layers: {list(self.layers)}")
        return self.layers.index(int(layer))

    def hook_name(self, layer: int) -> str:
        """The hook point of model layer ``layer`` these directions live at."""
        from keysent.capture import hook_point_names

        self.index(layer)
        return next(iter(hook_point_names([self.hook], [int(layer)])))

    def vector(self, layer: int, kind: str = "diffmean", alpha: float = 1.0) -> "Float[Tensor, ' d_model']":
        """The steering vector at ``layer``: ``alpha`` times the class-mean difference along ``kind``."""
        i = self.index(layer)
        delta = self.diffmean[i]
        if kind == "diffmean":
            return alpha * delta
        if kind != "logistic":
            raise ConfigError(f"unknown direction kind {kind!r}; choose 'diffmean' or 'logistic'")
        if self.logistic is None:
            raise ConfigError(f"{self.target}/{self.position} has no logistic direction (the run used --method diffmean)")
        u = self.logistic[i]
        return alpha * (u @ delta) * u


def directions_from_result(result: "ProbeResult", target: str) -> ProbeDirections:
    """The directions of a fitted :class:`~keysent.probe.result.ProbeResult` (``position`` required)."""
    import numpy as np
    import torch

    if result.position is None:
        raise ConfigError("the probe result has no position; fit it with fit_probes(..., position=...)")
    delta = result.mean_pos - result.mean_neg
    logistic = None
    if result.method == "logistic":
        logistic = torch.from_numpy(result.directions()).float()
    return ProbeDirections(
        target=target, position=result.position, hook=result.hook, layers=tuple(int(x) for x in result.layers),
        diffmean=torch.from_numpy(delta).float(), logistic=logistic,
        mean_distance=torch.from_numpy(np.linalg.norm(delta, axis=1)).float(),
        mean_norm=torch.from_numpy(result.mean_norm).float(), auroc=torch.from_numpy(result.auroc).float(),
    )


def save_directions(path: str | os.PathLike, directions: Sequence[ProbeDirections], *, model: str) -> Path:
    """Write ``directions`` to one safetensors file (atomic); the index lives in its metadata."""
    from safetensors.torch import save_file

    from keysent.atomic import atomic_path

    tensors = {}
    index = []
    for d in directions:
        key = f"{d.target}/{d.position}"
        for name in _FIELDS:
            value = getattr(d, name)
            if value is not None:
                tensors[f"{key}/{name}"] = value.contiguous()
        index.append({"target": d.target, "position": d.position, "hook": d.hook, "layers": list(d.layers)})
    meta = {"schema_version": str(DIRECTIONS_SCHEMA), "model": model, "index": json.dumps(index)}
    with atomic_path(path) as tmp:
        save_file(tensors, str(tmp), metadata=meta)
    return Path(path)


def load_directions(run_dir: str | os.PathLike) -> dict[tuple[str, str], ProbeDirections]:
    """``{(target, position): ProbeDirections}`` from a probe run directory (or the file itself).

    Raises:
        ConfigError: no directions file (a run from before directions were saved: rerun the
            probe), or one written by a newer keysent.
    """
    from safetensors import safe_open

    p = Path(run_dir)
    f = p / DIRECTIONS_FILE if p.is_dir() else p
    if not f.is_file():
        raise ConfigError(f"{str(p)!r} has no {DIRECTIONS_FILE}; it is not a probe run, or one from before keysent "
                          "saved directions: rerun python -m keysent.probe")
    with safe_open(str(f), framework="pt") as fh:
        meta = fh.metadata() or {}
        version = int(meta.get("schema_version", "0"))
        if version > DIRECTIONS_SCHEMA:
            raise ConfigError(f"{f} has directions schema version {version}; this keysent reads up to "
                              f"{DIRECTIONS_SCHEMA}: upgrade keysent")
        keys = set(fh.keys())
        out = {}
        for entry in json.loads(meta.get("index", "[]")):
            key = f"{entry['target']}/{entry['position']}"
            values = {name: fh.get_tensor(f"{key}/{name}") if f"{key}/{name}" in keys else None for name in _FIELDS}
            out[(entry["target"], entry["position"])] = ProbeDirections(
                target=entry["target"], position=entry["position"], hook=entry["hook"],
                layers=tuple(int(x) for x in entry["layers"]), **values,
            )
    return out
