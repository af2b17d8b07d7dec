"""The probe's options: :class:`ProbeConfig` (one fit) and :class:`ProbeRunConfig` (the ``probe`` command).

Both are frozen dataclasses validated in ``__post_init__`` (a :class:`~keysent.errors.ConfigError`
naming the bad option), with ``to_dict`` / ``from_dict`` for run directories. Each option is
defined here once: :func:`keysent.probe.fit.fit_probes` takes a ``ProbeConfig`` (or its fields
as keywords), :func:`keysent.probe.pipeline.run_probes` a ``ProbeRunConfig``, and the command line
of ``python -m keysent.probe`` is built from their fields.

Example:
    >>> ProbeConfig.from_dict({"folds": 3, "method": "diffmean"}).folds
    3
    >>> ProbeConfig(standardize=True).standardize
    'all'
    >>> ProbeConfig(l2=-1)
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: l2 must be a positive finite number (the L2 penalty on the mean log-loss), got -1
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from keysent.capture import DEFAULT_POSITIONS
from keysent.errors import ConfigError
from keysent.records import check_keys

#: Probe methods and what they fit.
METHODS = {
    "logistic": "L2-regularised logistic regression (unpenalised intercept)",
    "diffmean": "difference of class means, threshold at the midpoint of the projected means",
}
#: Feature standardisation modes (``True`` means ``"all"``, ``False`` means ``"none"``).
STANDARDIZE = {
    "all": "z-score with the mean and std of all examples (label-free; one design shared by every fold)",
    "fold": "z-score with each training fold's mean and std (a StandardScaler inside the CV loop)",
    "none": "raw features",
}
#: Solvers for ``logistic`` (``auto`` chooses between the other two).
SOLVERS = ("auto", "newton", "newton-cg")


def _is_int(v: Any) -> bool:
    import numpy as np

    return not isinstance(v, bool) and isinstance(v, (int, np.integer))


def _is_pos_real(v: Any) -> bool:
    return not isinstance(v, bool) and isinstance(v, (int, float)) and math.isfinite(v) and v > 0


@dataclass(frozen=True)
class ProbeConfig:
    """Options of one per-layer probe fit (:func:`keysent.probe.fit.fit_probes`).

    Attributes:
        folds: ``k`` of the stratified k-fold cross-validation (each class needs ``>= folds`` examples).
        l2: L2 penalty on the mean log-loss (scikit-learn's ``C = 1 / (n_train * l2)``); the default
            1e-2 is a mild ridge for z-scored features.
        method: ``"logistic"`` or ``"diffmean"`` (:data:`METHODS`).
        seed: seed of the fold shuffle (the fits themselves are deterministic).
        standardize: ``"all"``, ``"fold"`` or ``"none"`` (:data:`STANDARDIZE`; ``True``/``False`` accepted).
        max_iter: Newton steps at most.
        tol: stop when the Euclidean norm of the objective's gradient is below this.
        solver: ``"auto"``, ``"newton"`` or ``"newton-cg"`` (:data:`SOLVERS`).
    """

    folds: int = 5
    l2: float = 1e-2
    method: str = "logistic"
    seed: int = 0
    standardize: str = "all"
    max_iter: int = 100
    tol: float = 1e-6
    solver: str = "auto"

    def __post_init__(self) -> None:
        if self.standardize is True or self.standardize is False:
            object.__setattr__(self, "standardize", "all" if self.standardize else "none")
        if not isinstance(self.standardize, str) or self.standardize not in STANDARDIZE:
            raise ConfigError(f"standardize must be True/'all', 'fold' or False/'none', got {self.standardize!r}")
        if self.method not in METHODS:
            raise ConfigError(f"unknown method {self.method!r}; choose one of {', '.join(map(repr, METHODS))}")
        if self.solver not in SOLVERS:
            raise ConfigError(f"unknown solver {self.solver!r}; choose one of {', '.join(map(repr, SOLVERS))}")
        if not _is_int(self.folds) or self.folds < 2:
            raise ConfigError(f"folds must be an integer >= 2 (k of the stratified k-fold), got {self.folds!r}")
        if not _is_pos_real(self.l2):
            raise ConfigError(f"l2 must be a positive finite number (the L2 penalty on the mean log-loss), got {self.l2!r}")
        if not _is_int(self.max_iter) or self.max_iter < 1:
            raise ConfigError(f"max_iter must be a positive integer (Newton steps), got {self.max_iter!r}")
        if not _is_pos_real(self.tol):
            raise ConfigError(f"tol must be a positive number (the gradient norm at convergence), got {self.tol!r}")
        if not _is_int(self.seed):
            raise ConfigError(f"seed must be an integer, got {self.seed!r}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProbeConfig":
        """Rebuild from :meth:`to_dict` output; unknown keys are a :class:`ConfigError`."""
        check_keys(cls, data)
        return cls(**data)

    @classmethod
    def with_options(cls, config: "ProbeConfig | None" = None, **options: Any) -> "ProbeConfig":
        """``config`` (default: the defaults) with some fields replaced; unknown names are an error."""
        base = (config or cls()).to_dict()
        check_keys(cls, options)
        return cls(**{**base, **options})


@dataclass(frozen=True)
class ProbeRunConfig:
    """Options of the ``probe`` command after the model and data (:func:`keysent.probe.pipeline.run_probes`).

    Attributes:
        positions: capture positions ``<span>_<first|last|mean>`` (:func:`keysent.capture.parse_positions`).
        targets: probe targets (:data:`keysent.probe.targets.PROBE_TARGETS`); ``None`` means all of
            them, skipping (with a note) any that has one class only.
        layers: ``"all"``, ``"0,3,-1"`` or ``"2:6"``.
        batch_size: traces per hooked forward pass of the capture.
        fit: the probe fit (:class:`ProbeConfig`).
    """

    positions: tuple[str, ...] = DEFAULT_POSITIONS
    targets: tuple[str, ...] | None = None
    layers: str = "all"
    batch_size: int = 8
    fit: ProbeConfig = field(default_factory=ProbeConfig)

    def __post_init__(self) -> None:
        from keysent.capture import parse_positions

        if isinstance(self.positions, str):
            object.__setattr__(self, "positions", tuple(p.strip() for p in self.positions.split(",") if p.strip()))
        object.__setattr__(self, "positions", tuple(p.name for p in parse_positions(list(self.positions))))
        if self.targets is not None:
            from keysent.probe.targets import parse_targets

            object.__setattr__(self, "targets", tuple(parse_targets(self.targets)))
        if isinstance(self.layers, (list, tuple)):
            object.__setattr__(self, "layers", ",".join(str(int(x)) for x in self.layers))
        if not isinstance(self.layers, str) or not self.layers.strip():
            raise ConfigError(f"layers must be 'all', a list like '0,3,-1' or a range like '2:6', got {self.layers!r}")
        from keysent.capture import resolve_layers

        resolve_layers(self.layers, 10**6)  # the syntax; the range is checked against the model
        if not _is_int(self.batch_size) or self.batch_size < 1:
            raise ConfigError(f"batch_size must be an integer >= 1 (traces per forward pass), got {self.batch_size!r}")
        if isinstance(self.fit, dict):
            object.__setattr__(self, "fit", ProbeConfig.from_dict(self.fit))
        if not isinstance(self.fit, ProbeConfig):
            raise ConfigError(f"fit must be a ProbeConfig, got {type(self.fit).__name__}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (tuples as lists); :meth:`from_dict` inverts it."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["positions"] = list(self.positions)
        out["targets"] = None if self.targets is None else list(self.targets)
        out["fit"] = self.fit.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProbeRunConfig":
        """Rebuild from :meth:`to_dict` output; unknown keys are a :class:`ConfigError`."""
        check_keys(cls, data)
        d = dict(data)
        if "positions" in d:
            d["positions"] = tuple(d["positions"])
        if d.get("targets") is not None:
            d["targets"] = tuple(d["targets"])
        if "fit" in d:
            d["fit"] = ProbeConfig.from_dict(d["fit"])
        return cls(**d)


__all__ = ["ProbeConfig", "ProbeRunConfig", "METHODS", "STANDARDIZE", "SOLVERS"]
