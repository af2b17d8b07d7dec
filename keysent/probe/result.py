"""What a per-layer probe fit returns: :class:`ProbeResult` (scores, directions, where they live).

A result knows the model layers it was fitted on (``layers``: model layer indices, in the order of
its arrays), the capture position and the hook kind (``resid_post`` by default), so that its
directions can be used in model coordinates (for steering) without the capture at hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from keysent.errors import ConfigError, DatasetError
from keysent.probe.config import ProbeConfig

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

__all__ = ["ProbeResult", "summarise", "DIRECTION_KINDS"]

_ARRAYS = (
    "auroc", "auroc_std", "accuracy", "accuracy_std", "fold_auroc", "fold_accuracy", "oof_auroc",
    "coef", "intercept", "oof_scores", "fold_ids", "n_iter", "converged", "labels",
)
#: arrays added with model coordinates; older dicts without them still load (filled in)
_GEOMETRY = ("layers", "mean_pos", "mean_neg", "mean_norm")
_INT_ARRAYS = ("fold_ids", "n_iter", "labels", "layers")
#: Directions a result gives (:meth:`ProbeResult.direction`).
DIRECTION_KINDS = ("diffmean", "logistic")


@dataclass
class ProbeResult:
    """Per-layer probe scores, the directions refitted on all examples, and where they live.

    Arrays are numpy arrays indexed by the row of ``layers`` (float64 unless said):

    * ``layers`` ``[layer]`` (int): the model layer of each row; ``position`` and ``hook`` name the
      capture point (``hook`` is a kind of :data:`keysent.capture.HOOKS`, ``resid_post`` by default);
    * ``auroc``, ``auroc_std``, ``accuracy``, ``accuracy_std``: mean and standard deviation
      (``ddof=0``) over the held-out folds; ``fold_auroc``, ``fold_accuracy``: ``[layer, fold]``;
    * ``oof_scores`` ``[layer, n]``: each example's score from the probe that did not see it,
      ``oof_auroc``: the AUROC of those pooled out-of-fold scores;
    * ``coef`` ``[layer, d]``, ``intercept`` ``[layer]``: the probe refitted on all examples, in the
      units of the input (``score = x @ coef + intercept``; standardisation folded in);
    * ``mean_pos``, ``mean_neg`` ``[layer, d]``: the class means of the input (label 1, label 0),
      ``mean_norm`` ``[layer]``: the mean L2 norm of the input rows (all in input units);
    * ``fold_ids`` ``[n]`` (the held-out fold of each example), ``labels`` ``[n]``, ``n_iter`` and
      ``converged`` per layer (Newton steps of the slowest of its fits; always 0 / True for
      ``diffmean``).

    Example:
        >>> import torch
        >>> from keysent.probe.fit import fit_probes
        >>> y = torch.arange(40) % 2
        >>> X = torch.randn(40, 2, 4, generator=torch.Generator().manual_seed(1)) + 2.0 * y[:, None, None]
        >>> res = fit_probes(X, y, folds=4, layers=[5, 7], position="c_last")
        >>> res.best_layer in (5, 7), res.hook_name(7)
        (True, 'blocks.7.hook_resid_post')
        >>> repr(res).startswith("ProbeResult(method='logistic', position='c_last', hook='resid_post', "
        ...                      "layers=[5, 7], n=40, d_model=4, best_layer=")
        True
        >>> ProbeResult.from_dict(res.to_dict()).auroc.tolist() == res.auroc.tolist()
        True
        >>> sorted(res.to_records(target="t")[0])
        ['accuracy', 'accuracy_std', 'auroc', 'auroc_std', 'layer', 'method', 'position', 'target']
        >>> v = res.steering_vector(7)          # the difference of the class means, d_model values
        >>> bool(torch.allclose(v, torch.full((4,), 2.0), atol=0.8))
        True
    """

    method: str
    solver: str
    config: ProbeConfig
    auroc: np.ndarray
    auroc_std: np.ndarray
    accuracy: np.ndarray
    accuracy_std: np.ndarray
    fold_auroc: np.ndarray
    fold_accuracy: np.ndarray
    oof_auroc: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    oof_scores: np.ndarray
    fold_ids: np.ndarray
    labels: np.ndarray
    n_iter: np.ndarray
    converged: np.ndarray
    layers: np.ndarray
    mean_pos: np.ndarray
    mean_neg: np.ndarray
    mean_norm: np.ndarray
    position: str | None = None
    hook: str = "resid_post"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def n_layers(self) -> int:
        return int(self.auroc.shape[0])

    def __repr__(self) -> str:
        """One line: what was fitted and the best layer (the arrays stay out of ``print``)."""
        layers = [int(x) for x in self.layers]
        contiguous = len(layers) > 3 and layers == list(range(layers[0], layers[-1] + 1))
        span = f"{layers[0]}..{layers[-1]} ({len(layers)})" if contiguous else str(layers)
        return (f"ProbeResult(method={self.method!r}, position={self.position!r}, hook={self.hook!r}, "
                f"layers={span}, n={self.n_examples}, d_model={self.d_model}, "
                f"best_layer={self.best_layer}, best_auroc={self.best_auroc:.3f})")

    @property
    def d_model(self) -> int:
        return int(self.coef.shape[1])

    @property
    def n_examples(self) -> int:
        return int(self.labels.shape[0])

    @property
    def best_index(self) -> int:
        """Row of the layer with the highest mean held-out AUROC (the first one on ties)."""
        return int(np.argmax(self.auroc))

    @property
    def best_layer(self) -> int:
        """The model layer with the highest mean held-out AUROC (the first one on ties)."""
        return int(self.layers[self.best_index])

    @property
    def best_auroc(self) -> float:
        return float(self.auroc[self.best_index])

    def index(self, layer: int) -> int:
        """The row of model layer ``layer``; :class:`ConfigError` if it was not fitted."""
        hits = np.flatnonzero(self.layers == int(layer))
        if len(hits) == 0:
            raise ConfigError(f"layer {layer} was not probed; probed layers: {self.layers.tolist()}")
        return int(hits[0])

    def hook_name(self, layer: int) -> str:
        """The hook point of model layer ``layer`` whose activations this probe reads."""
        from keysent.capture import hook_point_names

        self.index(layer)
        return next(iter(hook_point_names([self.hook], [int(layer)])))

    def directions(self) -> np.ndarray:
        """``coef`` scaled to unit norm per layer (``[layer, d]``; zero rows stay zero)."""
        norm = np.linalg.norm(self.coef, axis=1, keepdims=True)
        return np.divide(self.coef, norm, out=np.zeros_like(self.coef), where=norm > 0)

    def direction(self, layer: int, kind: str = "logistic") -> "Float[Tensor, ' d_model']":
        """Unit-norm direction at model layer ``layer`` in model coordinates (float32 tensor).

        ``kind``: ``"logistic"`` (the refitted probe's weights ``coef``; for ``method="diffmean"``
        these are the standardised difference of means mapped back) or ``"diffmean"`` (the raw
        difference of class means ``mean_pos - mean_neg``). Both point towards label 1.
        """
        import torch

        if kind not in DIRECTION_KINDS:
            raise ConfigError(f"unknown direction kind {kind!r}; choose one of {', '.join(DIRECTION_KINDS)}")
        i = self.index(layer)
        v = self.coef[i] if kind == "logistic" else self.mean_pos[i] - self.mean_neg[i]
        norm = float(np.linalg.norm(v))
        return torch.from_numpy(v / norm if norm > 0 else v).float()

    def steering_vector(self, layer: int, kind: str = "diffmean", alpha: float = 1.0) -> "Float[Tensor, ' d_model']":
        """``alpha`` times the class-mean difference along :meth:`direction` (model coordinates).

        With ``alpha = 1`` adding the vector moves a label-0 mean onto the label-1 mean: for
        ``diffmean`` it is ``mean_pos - mean_neg`` itself (the activation addition of Arditi et al.
        2024, "Refusal in language models is mediated by a single direction"); for ``logistic`` it
        is the projection of that difference onto the probe's unit normal.
        """
        i = self.index(layer)
        u = self.direction(layer, kind)
        delta = self.mean_pos[i] - self.mean_neg[i]
        if kind == "diffmean":
            import torch

            return alpha * torch.from_numpy(delta).float()
        return alpha * float(u.double().numpy() @ delta) * u

    def to_records(self, target: str | None = None, position: str | None = None) -> list[dict[str, Any]]:
        """One row per layer: ``{target, position, layer, auroc, auroc_std, accuracy, accuracy_std, method}``.

        ``layer`` is the model layer; ``position`` defaults to the result's own.
        """
        return [
            {
                "target": target,
                "position": self.position if position is None else position,
                "layer": int(self.layers[i]),
                "auroc": float(self.auroc[i]),
                "auroc_std": float(self.auroc_std[i]),
                "accuracy": float(self.accuracy[i]),
                "accuracy_std": float(self.accuracy_std[i]),
                "method": self.method,
            }
            for i in range(self.n_layers)
        ]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable (arrays as nested lists)."""
        out: dict[str, Any] = {"method": self.method, "solver": self.solver, "config": self.config.to_dict()}
        for name in _ARRAYS + _GEOMETRY:
            out[name] = getattr(self, name).tolist()
        out.update(position=self.position, hook=self.hook, extra=dict(self.extra))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProbeResult":
        """Rebuild from :meth:`to_dict` output (dicts from before ``layers`` existed load too)."""
        missing = [k for k in ("method", "solver", "config", *_ARRAYS) if k not in data]
        if missing:
            raise DatasetError(f"not a ProbeResult dict: missing {missing}")
        kwargs: dict[str, Any] = {
            "method": data["method"],
            "solver": data["solver"],
            "config": ProbeConfig.from_dict(data["config"]),
            "extra": dict(data.get("extra", {})),
            "position": data.get("position"),
            "hook": data.get("hook", "resid_post"),
        }
        n_layers = len(data["auroc"])
        for name in _ARRAYS + _GEOMETRY:
            dtype = np.int64 if name in _INT_ARRAYS else (bool if name == "converged" else np.float64)
            if name in data:
                kwargs[name] = np.asarray(data[name], dtype=dtype)
        d = np.asarray(data["coef"]).reshape(n_layers, -1).shape[1]
        kwargs["coef"] = kwargs["coef"].reshape(n_layers, d)  # zero layers: keep the 2-D shape
        kwargs.setdefault("layers", np.arange(n_layers, dtype=np.int64))
        for name in ("mean_pos", "mean_neg"):
            kwargs[name] = kwargs.get(name, np.full((n_layers, d), np.nan)).reshape(n_layers, d)
        kwargs.setdefault("mean_norm", np.full(n_layers, np.nan))
        return cls(**kwargs)


def summarise(
    scores: np.ndarray,
    y: np.ndarray,
    fold_ids: np.ndarray,
    fit: dict[str, np.ndarray],
    cfg: ProbeConfig,
    solver: str,
    *,
    layers: np.ndarray,
    position: str | None,
    hook: str,
) -> ProbeResult:
    """Held-out metrics from the fits' scores ``[layer, fold + 1, n]`` and the refit's geometry ``fit``."""
    import torch

    from keysent.probe.metrics import accuracy, auroc

    k = cfg.folds
    s = torch.from_numpy(np.ascontiguousarray(scores[:, :k]))  # [L, F, n]
    test = torch.from_numpy(fold_ids[None, :] == np.arange(k)[:, None])  # [F, n]
    labels = torch.from_numpy(y)
    fold_auc = auroc(s, labels, mask=test).numpy()
    fold_acc = accuracy(s, labels, mask=test).numpy()
    oof = np.take_along_axis(scores[:, :k], fold_ids[None, None, :], axis=1)[:, 0]  # [L, n]
    oof_auc = auroc(torch.from_numpy(oof), labels).numpy()
    return ProbeResult(
        method=cfg.method, solver=solver, config=cfg,
        auroc=fold_auc.mean(1), auroc_std=fold_auc.std(1), accuracy=fold_acc.mean(1), accuracy_std=fold_acc.std(1),
        fold_auroc=fold_auc, fold_accuracy=fold_acc, oof_auroc=oof_auc, oof_scores=oof, fold_ids=fold_ids,
        labels=y.astype(np.int64), layers=np.asarray(layers, dtype=np.int64), position=position, hook=hook,
        **fit,
    )
