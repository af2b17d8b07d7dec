"""Per-layer linear probes with stratified k-fold cross-validation, all layers at once.

:func:`fit_probes` takes hidden states ``X[n, layer, d]`` and 0/1 labels and, for every layer,
fits a probe on each training fold, scores the held-out fold (AUROC, accuracy), and refits on all
examples for the direction used later (steering). Layers, folds and the refit are solved together
as one batch of problems in torch: there is no Python loop over layers or folds in the solvers.

Methods
-------
``logistic``  L2-regularised logistic regression with an unpenalised intercept, minimising

                  mean_i log(1 + exp(-(2 y_i - 1) (x_i . w + b)))  +  l2 / 2 * ||w||^2

              over the training fold: scikit-learn's ``LogisticRegression(C=1 / (n_train * l2))``
              (default L2 penalty) on the same standardised features.
``diffmean``  the difference of class means (in the standardised space), thresholded at the
              midpoint of the two projected class means of the training fold.

Standardisation (``standardize``)
---------------------------------
``True`` / ``"all"`` (default)  z-score every feature with the mean and standard deviation of all
              ``n`` examples. Label-free, so no held-out label reaches a fit; it is what a
              ``StandardScaler`` fitted on the whole layer before the CV loop gives, and it lets
              every fold share one design (and, when ``n < d``, one ``n x n`` kernel per layer).
``"fold"``    z-score with each training fold's statistics, like a ``StandardScaler`` inside the CV
              loop (a ``Pipeline``); the refit uses all examples' statistics. Slower for ``n < d``.
``False`` / ``"none"``  raw features (centring never matters: the intercept absorbs it).

Solvers (``solver="auto"`` picks one, see :func:`choose_solver`)
----------------------------------------------------------------
``newton-cg``  (the default) truncated Newton: each Newton system is solved by conjugate gradients,
               which only need Hessian-vector products, preconditioned by Boehning's bound
               ``Z^T Z / (4 n) + l2 I`` of the all-examples standardised data ``Z``. For ``d <= n``
               it is inverted once per layer as a ``d x d`` matrix and each product is one pass over
               ``X`` serving every fold and the refit. For ``n < d`` it goes through the Woodbury
               identity (so never a ``[layer, d, d]`` matrix): with a shared design the whole
               solve then runs on the kernel ``K = Z Z^T`` (``[layer, n, n]``, one Gram product,
               then one ``n x n`` product per CG step; see :func:`_newton_cg_dual`); with
               ``"fold"`` standardisation it costs four passes over ``X`` per CG step.
``newton``     exact Newton / IRLS with batched Cholesky solves of the full Hessian. When ``d``
               exceeds the number of training examples ``m`` the problem is first reduced,
               exactly, to ``m`` coordinates: the optimal ``w`` lies in the span of the training
               rows, so with a QR factorisation ``Z_train^T = Q R`` the fit runs on ``Z Q`` and
               ``w = Q c``. Cost ~ ``n p^2`` per step and problem (``p = min(d, m)``): for small ``p``
               or as a reference.

Both stop when the Euclidean norm of the gradient (weights and intercept, of the objective above)
is below ``tol`` for every problem; ``converged`` in the result says, per layer, whether all of its
fits did within ``max_iter`` Newton steps. Layers are processed in chunks that fit
``memory_bytes``. The data is held in float32 (float64 if it came as float64 and ``dtype`` is
float64), so bf16 and fp16 captures are upcast chunk by chunk; the solver's state, statistics and
reductions are float64 (float32 by default on CUDA). A layer that float32 data keeps from reaching
``tol`` is solved again with its data in the solver's precision.

Example:
    >>> import torch
    >>> from keysent.probe.fit import fit_probes
    >>> g = torch.Generator().manual_seed(0)
    >>> y = torch.arange(60) % 2
    >>> X = torch.randn(60, 3, 8, generator=g)
    >>> X[:, 1, 0] += 3.0 * y            # layer 1 carries the label
    >>> res = fit_probes(X, y, folds=3)
    >>> res.best_layer, bool(res.auroc[1] > 0.95), bool(res.auroc[0] < 0.8)
    (1, True, True)
    >>> res.to_records(target="harmful", position="k_last")[1]["layer"]
    1
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Sequence

import numpy as np
import torch
from jaxtyping import Float
from torch import Tensor

from keysent.records import check_keys
from keysent.errors import ConfigError, DatasetError
from keysent.probe.metrics import accuracy as _accuracy
from keysent.probe.metrics import as_binary_labels, auroc

__all__ = [
    "ProbeConfig",
    "ProbeResult",
    "fit_probes",
    "stratified_kfold",
    "choose_solver",
    "METHODS",
    "SOLVERS",
]

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

#: ``solver="auto"`` uses exact Newton while ``min(d, n_train)`` is at most this (tiny problems,
#: where its robustness costs nothing); Newton-CG was faster at every size measured (d = 8 to 1536).
NEWTON_MAX_DIM = 32
#: ``threads=None`` fits chunks of fewer values than this (n * d * layers) on one CPU thread.
SMALL_WORK = 2**22
#: The dual Newton-CG solves layers in blocks whose kernels (K and M) fit in this many bytes of cache.
DUAL_BLOCK_BYTES = 6 * 2**20
#: Working memory a chunk of layers may use (bytes); layers are processed in chunks below it.
DEFAULT_MEMORY_BYTES = 768 * 2**20


# ----------------------------------------------------------------------------- configuration
@dataclass
class ProbeConfig:
    """Options of :func:`fit_probes` (``fit_probes(X, y, **config.to_dict())``).

    Example:
        >>> ProbeConfig.from_dict({"folds": 3, "method": "diffmean"}).folds
        3
        >>> ProbeConfig(l2=-1).validate()
        Traceback (most recent call last):
        ...
        keysent.errors.ConfigError: l2 must be a positive finite number (the L2 penalty on the mean log-loss), got -1
    """

    folds: int = 5
    l2: float = 1e-2
    method: str = "logistic"
    seed: int = 0
    standardize: bool | str = True
    max_iter: int = 100
    tol: float = 1e-6
    solver: str = "auto"

    def validate(self) -> "ProbeConfig":
        """Check every option (``ConfigError`` naming the bad one); ``standardize`` becomes its name."""
        if self.standardize is True or self.standardize is False:
            self.standardize = "all" if self.standardize else "none"
        if not isinstance(self.standardize, str) or self.standardize not in STANDARDIZE:
            raise ConfigError(
                f"standardize must be True/'all', 'fold' or False/'none', got {self.standardize!r}"
            )
        if self.method not in METHODS:
            raise ConfigError(f"unknown method {self.method!r}; choose one of {', '.join(map(repr, METHODS))}")
        if self.solver not in SOLVERS:
            raise ConfigError(f"unknown solver {self.solver!r}; choose one of {', '.join(map(repr, SOLVERS))}")
        if isinstance(self.folds, bool) or not isinstance(self.folds, (int, np.integer)) or self.folds < 2:
            raise ConfigError(f"folds must be an integer >= 2 (k of the stratified k-fold), got {self.folds!r}")
        if isinstance(self.l2, bool) or not isinstance(self.l2, (int, float)) or not math.isfinite(self.l2) or self.l2 <= 0:
            raise ConfigError(f"l2 must be a positive finite number (the L2 penalty on the mean log-loss), got {self.l2!r}")
        if isinstance(self.max_iter, bool) or not isinstance(self.max_iter, (int, np.integer)) or self.max_iter < 1:
            raise ConfigError(f"max_iter must be a positive integer (Newton steps), got {self.max_iter!r}")
        if isinstance(self.tol, bool) or not isinstance(self.tol, (int, float)) or not (self.tol > 0 and math.isfinite(self.tol)):
            raise ConfigError(f"tol must be a positive number (the gradient norm at convergence), got {self.tol!r}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, (int, np.integer)):
            raise ConfigError(f"seed must be an integer, got {self.seed!r}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProbeConfig":
        check_keys(cls, data)
        return cls(**data)


# ----------------------------------------------------------------------------- result
_ARRAYS = (
    "auroc", "auroc_std", "accuracy", "accuracy_std", "fold_auroc", "fold_accuracy", "oof_auroc",
    "coef", "intercept", "oof_scores", "fold_ids", "n_iter", "converged", "labels",
)
_INT_ARRAYS = ("fold_ids", "n_iter", "labels")


@dataclass
class ProbeResult:
    """Per-layer probe scores and the directions refitted on all examples.

    Arrays are float64 numpy arrays indexed by layer (the order of ``X``'s layer axis):

    * ``auroc``, ``auroc_std``, ``accuracy``, ``accuracy_std``: mean and standard deviation
      (``ddof=0``) over the held-out folds; ``fold_auroc``, ``fold_accuracy``: ``[layer, fold]``;
    * ``oof_scores`` ``[layer, n]``: each example's score from the probe that did not see it,
      ``oof_auroc``: the AUROC of those pooled out-of-fold scores;
    * ``coef`` ``[layer, d]``, ``intercept`` ``[layer]``: the probe refitted on all examples, in the
      units of the input (``score = x @ coef + intercept``; standardisation folded in), for steering;
    * ``fold_ids`` ``[n]`` (the held-out fold of each example), ``labels`` ``[n]``, ``n_iter`` and
      ``converged`` per layer (Newton steps of the slowest of its fits; always 0 / True for
      ``diffmean``).

    Example:
        >>> import torch
        >>> y = torch.arange(40) % 2
        >>> X = torch.randn(40, 2, 4, generator=torch.Generator().manual_seed(1)) + 2.0 * y[:, None, None]
        >>> res = fit_probes(X, y, folds=4)
        >>> ProbeResult.from_dict(res.to_dict()).auroc.tolist() == res.auroc.tolist()
        True
        >>> sorted(res.to_records(target="t", position="p")[0])
        ['accuracy', 'accuracy_std', 'auroc', 'auroc_std', 'layer', 'method', 'position', 'target']
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
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def n_layers(self) -> int:
        return int(self.auroc.shape[0])

    @property
    def d_model(self) -> int:
        return int(self.coef.shape[1])

    @property
    def n_examples(self) -> int:
        return int(self.labels.shape[0])

    @property
    def best_layer(self) -> int:
        """Index of the layer with the highest mean held-out AUROC (the first one on ties)."""
        return int(np.argmax(self.auroc))

    @property
    def best_auroc(self) -> float:
        return float(self.auroc[self.best_layer])

    def directions(self) -> np.ndarray:
        """``coef`` scaled to unit norm per layer (``[layer, d]``; zero rows stay zero)."""
        norm = np.linalg.norm(self.coef, axis=1, keepdims=True)
        return np.divide(self.coef, norm, out=np.zeros_like(self.coef), where=norm > 0)

    def to_records(self, target: str | None = None, position: str | None = None) -> list[dict[str, Any]]:
        """One row per layer: ``{target, position, layer, auroc, auroc_std, accuracy, accuracy_std, method}``."""
        return [
            {
                "target": target,
                "position": position,
                "layer": layer,
                "auroc": float(self.auroc[layer]),
                "auroc_std": float(self.auroc_std[layer]),
                "accuracy": float(self.accuracy[layer]),
                "accuracy_std": float(self.accuracy_std[layer]),
                "method": self.method,
            }
            for layer in range(self.n_layers)
        ]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable (arrays as nested lists)."""
        out: dict[str, Any] = {"method": self.method, "solver": self.solver, "config": self.config.to_dict()}
        for name in _ARRAYS:
            out[name] = getattr(self, name).tolist()
        out["extra"] = dict(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ProbeResult":
        missing = [k for k in ("method", "solver", "config", *_ARRAYS) if k not in data]
        if missing:
            raise DatasetError(f"not a ProbeResult dict: missing {missing}")
        kwargs: dict[str, Any] = {
            "method": data["method"],
            "solver": data["solver"],
            "config": ProbeConfig.from_dict(data["config"]),
            "extra": dict(data.get("extra", {})),
        }
        for name in _ARRAYS:
            dtype = np.int64 if name in _INT_ARRAYS else (bool if name == "converged" else np.float64)
            kwargs[name] = np.asarray(data[name], dtype=dtype)
        if kwargs["coef"].ndim == 1:  # zero layers: keep the 2-D shape
            kwargs["coef"] = kwargs["coef"].reshape(len(kwargs["auroc"]), -1)
        return cls(**kwargs)


# ----------------------------------------------------------------------------- folds
def stratified_kfold(y: Sequence[int] | Tensor, folds: int = 5, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified k-fold split: ``[(train_idx, test_idx), ...]``, one pair per fold.

    Each class is shuffled with ``seed`` and dealt round-robin over the folds, the deal carrying on
    from one class to the next, so every fold gets ``floor`` or ``ceil`` of each class's share and
    fold sizes differ by at most one. Same ``y``, ``folds`` and ``seed``: same split.

    Example:
        >>> split = stratified_kfold([0, 0, 0, 1, 1, 1], folds=3, seed=0)
        >>> [sorted(test.tolist()) for _, test in split] == [sorted(t.tolist()) for _, t in stratified_kfold([0, 0, 0, 1, 1, 1], 3, 0)]
        True
        >>> all(len(test) == 2 for _, test in split)
        True
    """
    ids = _fold_ids(as_binary_labels(y).numpy(), folds, seed)
    out = []
    for f in range(folds):
        out.append((np.flatnonzero(ids != f), np.flatnonzero(ids == f)))
    return out


def _fold_ids(y: np.ndarray, folds: int, seed: int) -> np.ndarray:
    if isinstance(folds, bool) or not isinstance(folds, (int, np.integer)) or folds < 2:
        raise ConfigError(f"folds must be an integer >= 2, got {folds!r}")
    _check_classes(y, folds)
    rng = np.random.default_rng(seed)
    ids = np.empty(len(y), dtype=np.int64)
    start = 0
    for cls in (0, 1):
        members = np.flatnonzero(y == cls)
        members = members[rng.permutation(len(members))]
        ids[members] = (start + np.arange(len(members))) % folds
        start = (start + len(members)) % folds
    return ids


def _check_classes(y: np.ndarray, folds: int) -> None:
    n = len(y)
    n_pos = int(y.sum())
    if n_pos in (0, n):
        raise DatasetError(
            f"all {n} labels are {int(n_pos > 0)}: a probe needs both classes; check the target/label mapping"
        )
    for cls, count in ((1, n_pos), (0, n - n_pos)):
        if count < folds:
            raise DatasetError(
                f"only {count} example(s) have label {cls} but folds={folds}: every held-out fold needs both "
                + (f"classes; lower folds (--folds) to at most {min(n_pos, n - n_pos)} or add examples "
                   f"of class {cls}" if min(n_pos, n - n_pos) >= 2 else
                   f"classes, and cross-validation needs at least 2 of each; add examples of class {cls}")
            )


# ----------------------------------------------------------------------------- entry point
def choose_solver(n_train: int, d: int) -> str:
    """The solver ``solver="auto"`` uses for ``n_train`` training examples of ``d`` features.

    Exact Newton costs ``~ n_train * p^2`` per step and problem with ``p = min(d, n_train)``; the
    preconditioned Newton-CG costs a few passes over the data per inner step and was the faster of
    the two on CPU at every size tried (d = 8 to 1536, n = 400, 28 layers), so exact Newton is used
    only for tiny problems (``p <=`` :data:`NEWTON_MAX_DIM`), where it is cheap and the most robust.

    Example:
        >>> choose_solver(320, 16), choose_solver(320, 1536)
        ('newton', 'newton-cg')
    """
    return "newton" if min(d, n_train) <= NEWTON_MAX_DIM else "newton-cg"


def fit_probes(
    X: Float[Tensor, "n layer d"],
    y: Sequence[int] | Tensor,
    *,
    folds: int = 5,
    l2: float = 1e-2,
    method: str = "logistic",
    seed: int = 0,
    standardize: bool | str = True,
    max_iter: int = 100,
    tol: float = 1e-6,
    solver: str = "auto",
    device: str | torch.device | None = None,
    dtype: torch.dtype | None = None,
    progress: bool = False,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    threads: int | None = None,
) -> ProbeResult:
    """Fit a probe per layer with stratified ``folds``-fold cross-validation; refit on all data.

    Args:
        X: hidden states ``[n, layer, d]`` (any float dtype, CPU or CUDA; numpy arrays accepted).
        y: ``n`` labels, 0/1 (or bool).
        folds: ``k`` of the stratified k-fold (each class needs at least ``folds`` examples).
        l2: L2 penalty on the mean log-loss (``C = 1 / (n_train * l2)`` in scikit-learn's terms).
        method: ``"logistic"`` or ``"diffmean"``.
        seed: seed of the fold shuffle (the fits themselves are deterministic).
        standardize: ``True``/``"all"`` (z-score with all examples' statistics), ``"fold"``
            (with each training fold's) or ``False``/``"none"``; see the module docstring.
            ``coef`` is always returned in input units.
        max_iter, tol: Newton steps at most; stop when the gradient's norm is below ``tol``.
        solver: ``"auto"``, ``"newton"`` or ``"newton-cg"`` (see the module docstring).
        device: where to compute (default: ``X``'s device). dtype: arithmetic dtype (default
            float64 on CPU, float32 on CUDA).
        progress: show a tqdm bar over chunks of layers.
        memory_bytes: working-memory budget; layers are processed in chunks that fit in it.
        threads: torch intra-op threads on CPU while fitting (process-wide, restored afterwards).
            ``None``: one thread when a chunk holds fewer than :data:`SMALL_WORK` values (the
            solver's operations are then too small to gain from threads, and on a busy machine
            spinning OpenMP threads can make them many times slower), else torch's setting.

    Example:
        >>> import torch
        >>> y = torch.tensor([0, 1] * 10)
        >>> X = torch.randn(20, 2, 5, generator=torch.Generator().manual_seed(0))
        >>> X[:, 0, :] += y[:, None].float()
        >>> fit_probes(X, y, folds=2, method="diffmean").best_layer
        0
    """
    cfg = ProbeConfig(
        folds=folds, l2=l2, method=method, seed=seed, standardize=standardize, max_iter=max_iter, tol=tol, solver=solver
    ).validate()
    X = _as_features(X)
    n, n_layers, d = X.shape
    labels = as_binary_labels(y, name="y")
    if labels.shape[0] != n:
        raise DatasetError(
            f"X has {n} examples (X.shape = {tuple(X.shape)}, [n, layer, d]) but y has {labels.shape[0]} labels; "
            "give one label per example"
        )
    y_np = labels.numpy()
    fold_ids = _fold_ids(y_np, cfg.folds, cfg.seed)
    dev = torch.device(device) if device is not None else X.device
    if dtype is None:
        dtype = torch.float32 if dev.type == "cuda" else torch.float64
    if dtype not in (torch.float32, torch.float64):
        raise ConfigError(f"dtype must be torch.float32 or torch.float64, got {dtype}")
    if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int) or threads < 1):
        raise ConfigError(f"threads must be a positive integer or None, got {threads!r}")
    if isinstance(memory_bytes, bool) or not isinstance(memory_bytes, int) or memory_bytes < 1:
        raise ConfigError(f"memory_bytes must be a positive integer (bytes), got {memory_bytes!r}")
    n_fits = cfg.folds + 1  # the folds, then the refit on all examples
    train = torch.ones(n_fits, n, dtype=dtype, device=dev)
    fid = torch.as_tensor(fold_ids, device=dev)
    for f in range(cfg.folds):
        train[f, fid == f] = 0.0
    m_train = int(train[: cfg.folds].sum(1).min().item())
    solver_used = "none" if cfg.method == "diffmean" else (choose_solver(m_train, d) if cfg.solver == "auto" else cfg.solver)

    y_dev = labels.to(device=dev, dtype=dtype)
    # the data keeps (at most) float32 precision unless it came as float64; the solver's state,
    # statistics and reductions use ``dtype``
    data_dtype = torch.float64 if (X.dtype == torch.float64 and dtype == torch.float64) else torch.float32
    per_layer = _bytes_per_layer(n, d, n_fits, m_train, solver_used, data_dtype.itemsize, dtype.itemsize)
    chunk = max(1, min(n_layers, int(memory_bytes // max(per_layer, 1))))
    coef = np.zeros((n_layers, d))
    intercept = np.zeros(n_layers)
    scores = np.zeros((n_layers, n_fits, n))
    n_iter = np.zeros(n_layers, dtype=np.int64)
    converged = np.ones(n_layers, dtype=bool)

    from tqdm.auto import tqdm

    starts = list(range(0, n_layers, chunk))
    with _intra_op_threads(threads, dev, chunk * n * d):
        for start in tqdm(starts, desc="probes", unit="chunk", disable=not progress or len(starts) < 2):
            stop = min(start + chunk, n_layers)
            Xc = torch.empty(stop - start, n, d, device=dev, dtype=data_dtype)  # a copy: centred in place below
            Xc.copy_(X[:, start:stop].transpose(0, 1))
            try:
                out = _fit_chunk(Xc, y_dev, train, cfg, solver_used)
            except _NonFinite:
                _check_finite(X)  # raises, naming the examples and layers
                raise DatasetError(
                    f"X overflows {data_dtype} at layers {start}..{stop - 1} (sums of its values are infinite); "
                    "rescale the hidden states before fitting probes"
                ) from None
            coef[start:stop] = out["coef"].cpu().numpy()
            intercept[start:stop] = out["intercept"].cpu().numpy()
            scores[start:stop] = out["scores"].cpu().numpy()
            n_iter[start:stop] = out["n_iter"].cpu().numpy()
            converged[start:stop] = out["converged"].cpu().numpy()
            del Xc, out
        return _summarise(scores, y_np, fold_ids, coef, intercept, n_iter, converged, cfg, solver_used)



@contextlib.contextmanager
def _intra_op_threads(threads: int | None, dev: torch.device, work: int) -> Iterator[None]:
    """Run the block with ``threads`` torch CPU threads (see :func:`fit_probes`), then restore."""
    before = torch.get_num_threads()
    want = threads if threads is not None else (1 if work < SMALL_WORK else before)
    if dev.type != "cpu" or want == before:
        yield
        return
    torch.set_num_threads(want)
    try:
        yield
    finally:
        torch.set_num_threads(before)


# ----------------------------------------------------------------------------- input checks
def _as_features(X: Any) -> Tensor:
    if not isinstance(X, Tensor):
        try:
            X = torch.as_tensor(np.asarray(X))
        except (TypeError, ValueError) as exc:
            raise DatasetError(f"X must be a tensor of hidden states [n, layer, d], got {type(X).__name__}") from exc
    if X.ndim != 3:
        hint = " (one layer? use X[:, None, :])" if X.ndim == 2 else ""
        raise DatasetError(f"X must be 3-D [n, layer, d], got shape {tuple(X.shape)}{hint}")
    if not X.dtype.is_floating_point:
        raise DatasetError(f"X must hold floating-point hidden states, got dtype {X.dtype}")
    n, n_layers, d = X.shape
    if n < 2 or n_layers < 1 or d < 1:
        raise DatasetError(f"X of shape {tuple(X.shape)} is empty; need at least 2 examples, 1 layer and 1 feature")
    return X


def _check_finite(X: Tensor) -> None:
    n, n_layers, d = X.shape
    step = max(1, (64 * 2**20) // max(1, n * d))
    bad_examples: set[int] = set()
    bad_layers: set[int] = set()
    count = 0
    for start in range(0, n_layers, step):
        block = X[:, start : start + step]
        bad = ~torch.isfinite(block)
        if bool(bad.any()):
            count += int(bad.sum())
            where = bad.any(dim=2).nonzero()
            bad_examples.update(where[:, 0].tolist())
            bad_layers.update((where[:, 1] + start).tolist())
    if count:
        ex = sorted(bad_examples)
        ly = sorted(bad_layers)
        raise DatasetError(
            f"X has {count} non-finite value(s) (NaN or inf) in {len(ex)} example(s) {ex[:8]}"
            f"{'...' if len(ex) > 8 else ''} at layer(s) {ly[:8]}{'...' if len(ly) > 8 else ''}; "
            "drop those examples (or recapture in float32) before fitting probes"
        )


def _bytes_per_layer(n: int, d: int, n_fits: int, m: int, solver: str, data_item: int, state_item: int) -> int:
    """Working memory of one layer: the data (and one temporary of its size) plus the solver's."""
    data = 2 * n * d * data_item
    state = 16 * n_fits * (n + d)  # weights, scores, CG vectors
    if solver == "newton":
        p = min(d, m) + 1
        state += n_fits * (n * d + n * p + d * p + 3 * p * p)  # Z per fit, its reduction, Q, H
    elif solver == "newton-cg":
        state += 2 * min(n, d) ** 2  # the preconditioner
    return data + state * state_item


# ----------------------------------------------------------------------------- one chunk
def _fit_chunk(
    Xc: Float[Tensor, "lc n d"], y: Float[Tensor, " n"], train: Float[Tensor, "fits n"], cfg: ProbeConfig, solver: str
) -> dict[str, Tensor]:
    """Standardise, solve every (layer, fit) problem of the chunk, map the refit back to input units.

    ``Xc`` holds the data (float32 or float64, modified in place); ``train`` (the solver's dtype)
    marks each fit's training examples. Vectors are laid out fits-major: weights ``[Lc, F', d]``,
    scores ``[Lc, F', n]``.
    """
    lc, n, d = Xc.shape
    sd = train.dtype  # solver state dtype
    nf = train.shape[0]
    mean_all = Xc.mean(1, keepdim=True)  # [Lc, 1, d]
    if not bool(torch.isfinite(mean_all).all()):
        raise _NonFinite  # NaN/inf in X: fit_probes names them
    Xc -= mean_all  # centred on all examples (the intercept absorbs any shift)
    mean_all = mean_all.to(sd)
    if cfg.standardize == "fold":
        avg = (train / train.sum(1, keepdim=True)).to(Xc.dtype)  # [F', n]
        delta = torch.matmul(avg, Xc).to(sd)  # training-fold means of Xc, [Lc, F', d]
        var = (torch.matmul(avg, Xc * Xc).to(sd) - delta * delta).clamp_min(0.0)
        inv_scale = _inverse_scale(var, delta + mean_all, Xc.dtype)
        ops = _Design(Xc, delta, inv_scale)
    else:
        # one design shared by every fit: centred (and scaled) with all examples' statistics
        if cfg.standardize == "all":
            var_all = torch.linalg.vector_norm(Xc, dim=1, keepdim=True).to(sd) ** 2 / n
            inv_all = _inverse_scale(var_all, mean_all, Xc.dtype)
            Xc *= inv_all.to(Xc.dtype)
        else:
            inv_all = torch.ones(lc, 1, d, dtype=sd, device=Xc.device)
        zeros = torch.zeros(lc, 1, d, dtype=sd, device=Xc.device)
        ops = _Design(Xc, zeros.expand(lc, nf, d), inv_all.expand(lc, nf, d), shared=True)

    out = _solve(ops, y, train, cfg, solver)
    if cfg.method == "logistic" and Xc.dtype != sd and not bool(out["converged"].all()):
        # float32 data can stop a fit short of ``tol`` (typically unscaled features of large
        # magnitude): refit those layers with the data in the solver's precision
        redo = (~out["converged"]).nonzero().squeeze(1).to(Xc.device)
        again = _solve(ops.subset(redo, sd), y, train, cfg, solver)
        for key, value in again.items():
            out[key][redo.to(out[key].device)] = value
    # the refit (last fit) in input units: score = ((x - mean_all - delta) * inv_scale) . w + b
    w_all = out["w_refit"] * ops.inv_scale[:, -1]
    b_all = out["b"][:, -1] - (w_all * (ops.delta[:, -1] + mean_all[:, 0])).sum(-1)
    return {"coef": w_all, "intercept": b_all, "scores": out["scores"], "n_iter": out["n_iter"], "converged": out["converged"]}


def _solve(ops: "_Design", y: Tensor, train: Tensor, cfg: ProbeConfig, solver: str) -> dict[str, Tensor]:
    """Run the method / solver on a chunk: ``scores [Lc, F', n]``, the refit's ``w_refit`` and ``b``."""
    lc, n, d = ops.X.shape
    if cfg.method == "diffmean":
        w, b = _diffmean(ops, y, train)
        out: dict[str, Tensor] = {
            "w": w, "b": b, "n_iter": torch.zeros(lc, dtype=torch.int64), "converged": torch.ones(lc, dtype=torch.bool),
        }
    elif solver == "newton":
        out = _newton_direct(ops, y, train, cfg)
    elif ops.shared and n < d:
        out = _newton_cg_dual(ops, y, train, cfg)
    else:
        out = _newton_cg(ops, y, train, cfg)
    if "scores" not in out:
        out["scores"] = ops.forward(out["w"]) + out["b"][:, :, None]  # [Lc, F', n]
        out["w_refit"] = out.pop("w")[:, -1]
    return out


class _NonFinite(Exception):
    """Raised by :func:`_fit_chunk` when its data holds NaN or inf."""


def _inverse_scale(var: Tensor, raw_mean: Tensor, data_dtype: torch.dtype) -> Tensor:
    """``1 / std``; features constant to rounding (as ``StandardScaler`` judges them) keep scale 1."""
    constant = var <= 1e-24 + (64 * torch.finfo(data_dtype).eps) ** 2 * raw_mean * raw_mean
    return 1.0 / torch.where(constant, torch.ones_like(var), var.sqrt())


class _Design:
    """The standardised design of every fit, applied without materialising it.

    Fit ``f`` of layer ``l`` sees ``Z = (X[l] - delta[l, f]) * inv_scale[l, f]``; when ``shared``,
    ``X`` is already the design of every fit (``delta`` 0, ``inv_scale`` the refit's scale, kept
    only to map the refit back to input units). ``X`` may be float32 while the vectors are
    float64: products run in ``X``'s dtype and come back in the vectors'; each product is one pass
    over ``X`` serving every fit.
    """

    def __init__(self, X: Tensor, delta: Tensor, inv_scale: Tensor, *, shared: bool = False) -> None:
        self.X = X  # [Lc, n, d]
        self.delta = delta  # [Lc, F', d]
        self.inv_scale = inv_scale  # [Lc, F', d]
        self.shared = shared

    def forward(self, V: Float[Tensor, "lc fits d"]) -> Float[Tensor, "lc fits n"]:
        """``Z_f @ v_f`` for every layer and fit."""
        if self.shared:
            return torch.bmm(V.to(self.X.dtype), self.X.transpose(1, 2)).to(V.dtype)
        U = self.inv_scale * V
        out = torch.bmm(U.to(self.X.dtype), self.X.transpose(1, 2)).to(V.dtype)
        return out - (self.delta * U).sum(-1, keepdim=True)

    def adjoint(self, R: Float[Tensor, "lc fits n"]) -> Float[Tensor, "lc fits d"]:
        """``Z_f^T @ r_f`` for every layer and fit."""
        G = torch.bmm(R.to(self.X.dtype), self.X).to(R.dtype)
        if self.shared:
            return G
        return (G - self.delta * R.sum(-1, keepdim=True)) * self.inv_scale

    def subset(self, layers: Tensor, dtype: torch.dtype) -> "_Design":
        """The design of some of the layers, with the data in ``dtype``."""
        return _Design(self.X[layers].to(dtype), self.delta[layers], self.inv_scale[layers], shared=self.shared)

    def materialise(self, fits: Tensor) -> Float[Tensor, "lc g n d"]:
        """``Z`` of the selected fits in the vectors' dtype (memory: one copy of X per fit)."""
        if self.shared:
            return self.X[:, None].to(self.delta.dtype).expand(-1, len(fits), -1, -1)
        delta = self.delta[:, fits, None, :]
        inv = self.inv_scale[:, fits, None, :]
        return (self.X[:, None].to(delta.dtype) - delta) * inv


# ----------------------------------------------------------------------------- diffmean
def _diffmean(ops: _Design, y: Tensor, train: Tensor) -> tuple[Tensor, Tensor]:
    pos = train * y
    neg = train * (1.0 - y)
    wpos = (pos / pos.sum(1, keepdim=True)).to(ops.X.dtype)
    wneg = (neg / neg.sum(1, keepdim=True)).to(ops.X.dtype)
    # class means of the standardised features, per layer and fit: [Lc, F', d]
    if ops.shared:
        mu1 = torch.matmul(wpos, ops.X).to(train.dtype)
        mu0 = torch.matmul(wneg, ops.X).to(train.dtype)
    else:
        mu1 = (torch.matmul(wpos, ops.X).to(train.dtype) - ops.delta) * ops.inv_scale
        mu0 = (torch.matmul(wneg, ops.X).to(train.dtype) - ops.delta) * ops.inv_scale
    w = mu1 - mu0
    b = -(w * (mu1 + mu0)).sum(-1) / 2.0
    return w, b


# ----------------------------------------------------------------------------- logistic pieces
def _objective(S: Tensor, y: Tensor, wts: Tensor, sq_norm: Tensor, l2: float) -> Tensor:
    """Weighted log-loss over the last dim + ``l2/2 * sq_norm``: ``S [..., n]``, ``wts`` broadcastable."""
    loss = torch.nn.functional.softplus(S) - y * S
    return (loss * wts).sum(-1) + 0.5 * l2 * sq_norm


def _line_search(
    S: Tensor, T: Tensor, y: Tensor, wts: Tensor, norms: tuple[Tensor, Tensor, Tensor], slope: Tensor, f0: Tensor,
    l2: float, active: Tensor,
) -> Tensor:
    """Backtracking (Armijo) step per problem along scores ``S + t T``.

    ``norms`` = ``(w.w, w.dw, dw.dw)`` of the weights and the direction, ``[...]``; ``slope`` =
    gradient . direction (< 0) and ``f0`` the current objective. Returns ``t`` (0 where no step
    decreases the objective, i.e. at the optimum to rounding, and for inactive problems).
    """
    ww, wd, dd = norms
    t = torch.ones_like(f0)
    done = ~active
    step = torch.zeros_like(f0)
    for _ in range(40):
        f = _objective(S + t[..., None] * T, y, wts, ww + 2 * t * wd + t * t * dd, l2)
        ok = (~done) & (f <= f0 + 1e-4 * t * slope)
        step = torch.where(ok, t, step)
        done = done | ok
        if bool(done.all()):
            break
        t = torch.where(done, t, t * 0.5)
    return step


def _dots(w: Tensor, dw: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    return (w * w).sum(-1), (w * dw).sum(-1), (dw * dw).sum(-1)


# ----------------------------------------------------------------------------- exact Newton
def _newton_direct(ops: _Design, y: Tensor, train: Tensor, cfg: ProbeConfig) -> dict[str, Tensor]:
    """Exact Newton on every (layer, fit), in ``p = min(d, m) + 1`` dimensions, batched Cholesky."""
    lc, n, d = ops.X.shape
    sd = train.dtype
    dev = ops.X.device
    n_fits = train.shape[0]
    counts = train.sum(1).long()
    w_out = torch.zeros(lc, n_fits, d, dtype=sd, device=dev)
    b_out = torch.zeros(lc, n_fits, dtype=sd, device=dev)
    it_out = torch.zeros(lc, dtype=torch.int64)
    conv_out = torch.ones(lc, dtype=torch.bool)
    # fits with the same training-set size are batched together (the CV folds; the refit)
    groups: dict[int, list[int]] = {}
    for f in range(n_fits):
        groups.setdefault(int(counts[f]), []).append(f)
    for m, fit_idx in groups.items():
        idx = torch.tensor(fit_idx, device=dev)
        g = len(fit_idx)
        Z = ops.materialise(idx).reshape(lc * g, n, d)  # [B, n, d]
        Q = None
        if d > m:
            # exact reduction: w lies in the span of the training rows; Z_train^T = Q R
            rows = torch.stack([train[f].nonzero().squeeze(1) for f in fit_idx]).repeat(lc, 1)  # [B, m]
            Zt = torch.gather(Z, 1, rows[:, :, None].expand(-1, -1, d))  # [B, m, d]
            a, tau = torch.geqrf(Zt.transpose(1, 2))
            Q = torch.linalg.householder_product(a, tau)  # [B, d, m]
            del a, tau, Zt
            Z = torch.bmm(Z, Q)  # [B, n, m]
        wts = train[idx].repeat(lc, 1) / m  # [B, n]
        c, b, n_it, conv = _dense_newton(Z, y, wts, cfg.l2, cfg.max_iter, cfg.tol)
        w = torch.bmm(Q, c[:, :, None]).squeeze(-1) if Q is not None else c  # [B, d]
        w_out[:, idx] = w.reshape(lc, g, d)
        b_out[:, idx] = b.reshape(lc, g)
        it_out = torch.maximum(it_out, n_it.reshape(lc, g).amax(1).cpu())
        conv_out &= conv.reshape(lc, g).all(1).cpu()
        del Z, Q
    return {"w": w_out, "b": b_out, "n_iter": it_out, "converged": conv_out}


def _dense_newton(
    Z: Float[Tensor, "b n p"], y: Float[Tensor, " n"], wts: Float[Tensor, "b n"], l2: float, max_iter: int, tol: float
) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """Newton/IRLS for ``min sum_i wts_i logloss(Z c + b)_i + l2/2 |c|^2`` on a batch of problems."""
    B, n, p = Z.shape
    dt = Z.dtype
    c = torch.zeros(B, p, dtype=dt, device=Z.device)
    pos = (wts * y).sum(1)
    b = torch.log(pos / (wts.sum(1) - pos))  # start at the class prior
    S = b[:, None].expand(B, n).clone()
    n_it = torch.zeros(B, dtype=torch.int64, device=Z.device)
    conv = torch.zeros(B, dtype=torch.bool, device=Z.device)
    stalled = torch.zeros(B, dtype=torch.bool, device=Z.device)
    eye = torch.eye(p, dtype=dt, device=Z.device)
    for it in range(max_iter + 1):
        prob = torch.sigmoid(S)
        r = wts * (prob - y)  # [B, n]
        gc = torch.bmm(r[:, None, :], Z).squeeze(1) + l2 * c
        gb = r.sum(1)
        conv = torch.sqrt((gc * gc).sum(1) + gb * gb) <= tol
        if bool((conv | stalled).all()) or it == max_iter:
            break
        act = (~conv & ~stalled).nonzero().squeeze(1)
        Za = Z[act]
        D = wts[act] * prob[act] * (1 - prob[act])  # [A, n]
        ZD = Za * D[:, :, None]
        H = torch.empty(len(act), p + 1, p + 1, dtype=dt, device=Z.device)
        H[:, :p, :p] = torch.bmm(Za.transpose(1, 2), ZD) + l2 * eye
        H[:, :p, p] = ZD.sum(1)
        H[:, p, :p] = H[:, :p, p]
        H[:, p, p] = D.sum(1)
        g = torch.cat([gc[act], gb[act, None]], 1)
        step = _chol_solve(H, -g)  # [A, p+1]
        dc, db = step[:, :p], step[:, p]
        T = torch.bmm(Za, dc[:, :, None]).squeeze(-1) + db[:, None]
        slope = (g * step).sum(1)
        Sa, wa, ca = S[act], wts[act], c[act]
        f0 = _objective(Sa, y, wa, (ca * ca).sum(1), l2)
        t = _line_search(Sa, T, y, wa, _dots(ca, dc), slope, f0, l2, slope < 0)
        c[act] = ca + t[:, None] * dc
        b[act] = b[act] + t * db
        S[act] = Sa + t[:, None] * T
        n_it[act] += 1
        stalled[act[t == 0]] = True  # no decrease possible at this precision
    return c, b, n_it, conv


def _chol_solve(H: Tensor, rhs: Tensor) -> Tensor:
    """Solve SPD systems ``H x = rhs`` (batched); jitter the diagonal where Cholesky fails."""
    L, info = torch.linalg.cholesky_ex(H)
    if bool((info > 0).any()):
        bad = (info > 0).nonzero().squeeze(1)
        scale = H[bad].diagonal(dim1=1, dim2=2).abs().amax(1).clamp_min(1e-300)
        eye = torch.eye(H.shape[-1], dtype=H.dtype, device=H.device)
        jitter = 1e-12
        for _ in range(12):
            Lb, infob = torch.linalg.cholesky_ex(H[bad] + (jitter * scale)[:, None, None] * eye)
            if not bool((infob > 0).any()):
                break
            jitter *= 10
        L[bad] = Lb
    return torch.cholesky_solve(rhs[:, :, None], L).squeeze(-1)


# ----------------------------------------------------------------------------- Newton-CG, primal
class _Preconditioner:
    """Boehning's bound ``Z_all^T Z_all / (4 n) + mu I`` per layer (all-examples standardisation).

    The same matrix preconditions the weights of every fit of the layer; it is inverted once, in
    its ``d x d`` form, or in the dual ``n x n`` form through the Woodbury identity when ``n < d``:
    ``P^-1 v = (v - Z^T (4 n mu I + Z Z^T)^-1 Z v) / mu``. ``mu`` is ``l2``, raised where needed so
    that the rounding of the data's dtype cannot make ``P^-1`` indefinite
    (``mu >= 1e3 * eps * lambda_max / (4 n)``); the preconditioner need not be exact.
    """

    def __init__(self, ops: _Design, l2: float, dtype: torch.dtype) -> None:
        X = ops.X
        lc, n, d = X.shape
        self.ops = ops
        self.inv = ops.inv_scale[:, -1:, :]  # the refit's (all examples) scale, [Lc, 1, d]
        self.rescale = not ops.shared  # a shared design is already scaled
        self.dual = n < d
        eye = torch.eye(min(n, d), dtype=dtype, device=X.device)
        # explicit inverses: one batched matmul per application is far faster than batched
        # triangular solves on CPU, and these matrices are well conditioned (eigenvalues >= mu)
        if self.dual:
            Xa = X * self.inv.to(X.dtype) if self.rescale else X
            gram = torch.bmm(Xa, Xa.transpose(1, 2)).to(dtype)  # [Lc, n, n]
            del Xa
            # applied in X's dtype: keep its rounding from making P^-1 indefinite
            self.mu = _ridge_floor(gram, n, l2, X.dtype)
            self.M = torch.cholesky_inverse(torch.linalg.cholesky(gram + (4 * n) * self.mu * eye))
        else:
            # in X's dtype: a ridge above its rounding (trace >= the largest eigenvalue) keeps P
            # definite, and P^-1 only has to be close to the inverse, not equal to it
            gram = torch.bmm(X.transpose(1, 2), X)  # [Lc, d, d]
            if self.rescale:
                gram *= (self.inv.transpose(1, 2) * self.inv).to(X.dtype)
            gram /= 4 * n
            trace = gram.diagonal(dim1=1, dim2=2).sum(-1).to(dtype)
            self.mu = torch.clamp(1e3 * torch.finfo(X.dtype).eps * trace, min=l2)[:, None, None]
            gram.diagonal(dim1=1, dim2=2).add_(self.mu[:, :, 0].to(X.dtype))
            self.M = torch.cholesky_inverse(torch.linalg.cholesky(gram))

    def apply(self, R: Float[Tensor, "lc fits d"]) -> Float[Tensor, "lc fits d"]:
        if self.dual:
            X = self.ops.X
            v = self.inv * R if self.rescale else R
            u = torch.bmm(v.to(X.dtype), X.transpose(1, 2)).to(R.dtype)  # [Lc, F', n]
            u = torch.bmm(torch.bmm(u, self.M).to(X.dtype), X).to(R.dtype)
            return (R - (self.inv * u if self.rescale else u)) / self.mu
        return torch.bmm(R.to(self.M.dtype), self.M).to(R.dtype)


def _ridge_floor(gram: Tensor, n: int, l2: float, data_dtype: torch.dtype) -> Tensor:
    """The preconditioner's ridge ``mu`` per layer, ``[Lc, 1, 1]`` (see :class:`_Preconditioner`)."""
    lam = _largest_eigenvalue(gram) / (4 * n)
    return torch.clamp(1e3 * torch.finfo(data_dtype).eps * lam, min=l2)[:, None, None]


def _largest_eigenvalue(A: Float[Tensor, "b k k"], iters: int = 30) -> Float[Tensor, " b"]:
    """Largest eigenvalue of each symmetric PSD matrix, by power iteration (an estimate from below)."""
    v = torch.ones(A.shape[0], A.shape[1], 1, dtype=A.dtype, device=A.device) / math.sqrt(A.shape[1])
    lam = torch.zeros(A.shape[0], dtype=A.dtype, device=A.device)
    for _ in range(iters):
        Av = torch.bmm(A, v)
        lam = (v * Av).sum((1, 2))  # Rayleigh quotient (v has unit norm)
        norm = Av.norm(dim=1, keepdim=True)
        v = torch.where(norm > 0, Av / norm.clamp_min(torch.finfo(A.dtype).tiny), v)
    return torch.nan_to_num(lam, nan=0.0).clamp_min(0.0)


def _precondition(pre: _Preconditioner, rw: Tensor, rb: Tensor, hbb: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    """``z = P^-1 r`` and ``r . z``; a problem where that is not positive falls back to ``z = r``."""
    zw, zb = pre.apply(rw), rb / hbb
    rz = (rw * zw).sum(-1) + rb * zb
    bad = ~(rz > 0)
    if bool(bad.any()):
        zw = torch.where(bad[..., None], rw, zw)
        zb = torch.where(bad, rb, zb)
        rz = (rw * zw).sum(-1) + rb * zb
    return zw, zb, rz


def _newton_cg(ops: _Design, y: Tensor, train: Tensor, cfg: ProbeConfig) -> dict[str, Tensor]:
    """Truncated Newton for every (layer, fit) at once; preconditioned CG on each Newton system."""
    lc, n, d = ops.X.shape
    nf = train.shape[0]
    l2 = cfg.l2
    sd = train.dtype
    dev = ops.X.device
    wts = (train / train.sum(1, keepdim=True)).contiguous()  # [F', n]
    pre = _Preconditioner(ops, l2, sd)
    w = torch.zeros(lc, nf, d, dtype=sd, device=dev)
    pos = (wts * y).sum(1)
    b = torch.log(pos / (1 - pos)).expand(lc, nf).clone()  # start at the class prior
    S = b[:, :, None].expand(lc, nf, n).clone()
    n_it = torch.zeros(lc, nf, dtype=torch.int64, device=dev)
    conv = torch.zeros(lc, nf, dtype=torch.bool, device=dev)
    stalled = torch.zeros(lc, nf, dtype=torch.bool, device=dev)
    cg_max = min(250, d + 1)
    for it in range(cfg.max_iter + 1):
        prob = torch.sigmoid(S)
        r = wts * (prob - y)  # [Lc, F', n]
        gw = ops.adjoint(r) + l2 * w
        gb = r.sum(-1)
        gnorm = torch.sqrt((gw * gw).sum(-1) + gb * gb)
        conv = gnorm <= cfg.tol
        if bool((conv | stalled).all()) or it == cfg.max_iter:
            break
        active = ~conv & ~stalled
        Dw = wts * prob * (1 - prob)  # [Lc, F', n]
        hbb = Dw.sum(-1)  # the intercept's curvature (its preconditioner)
        # CG on H [xw; xb] = -[gw; gb], stopped at relative residual eta (inexact Newton)
        eta = torch.clamp(torch.sqrt(gnorm), max=0.5)
        xw = torch.zeros_like(w)
        xb = torch.zeros_like(b)
        T = torch.zeros_like(S)  # Z xw + xb, accumulated alongside xw
        rw, rb = -gw, -gb
        zw, zb, rz = _precondition(pre, rw, rb, hbb)
        pw, pb = zw, zb
        cg_on = active.clone()
        for _ in range(cg_max):
            t = ops.forward(pw) + pb[..., None]
            u = Dw * t
            qw = ops.adjoint(u) + l2 * pw
            qb = u.sum(-1)
            pq = (pw * qw).sum(-1) + pb * qb
            ok = cg_on & (pq > 0)
            alpha = torch.where(ok, rz / torch.where(ok, pq, torch.ones_like(pq)), torch.zeros_like(pq))
            xw = xw + alpha[..., None] * pw
            xb = xb + alpha * pb
            T = T + alpha[..., None] * t
            rw = rw - alpha[..., None] * qw
            rb = rb - alpha * qb
            rnorm = torch.sqrt((rw * rw).sum(-1) + rb * rb)
            cg_on = ok & (rnorm > eta * gnorm)
            if not bool(cg_on.any()):
                break
            zw, zb, rz_new = _precondition(pre, rw, rb, hbb)
            beta = rz_new / torch.where(rz > 0, rz, torch.ones_like(rz))
            pw = zw + beta[..., None] * pw
            pb = zb + beta * pb
            rz = rz_new
        slope = (gw * xw).sum(-1) + gb * xb
        f0 = _objective(S, y, wts, (w * w).sum(-1), l2)
        step = _line_search(S, T, y, wts, _dots(w, xw), slope, f0, l2, active & (slope < 0))
        w = w + step[..., None] * xw
        b = b + step * xb
        S = S + step[..., None] * T
        n_it += active.long()
        stalled |= active & (step == 0)  # no decrease possible at this precision
    return {"w": w, "b": b, "n_iter": n_it.amax(1).cpu(), "converged": conv.all(1).cpu()}


# ----------------------------------------------------------------------------- Newton-CG, dual
def _newton_cg_dual(ops: _Design, y: Tensor, train: Tensor, cfg: ProbeConfig) -> dict[str, Tensor]:
    """:func:`_newton_cg` for a design ``Z`` shared by all fits with ``n < d``, in ``n``-space.

    Every CG vector stays in the row space of ``Z`` and is held by its coefficients: ``w = Z^T a``.
    Then ``Z w = K a`` and ``w . v = a . K c`` with the kernel ``K = Z Z^T`` (``[n, n]``, one per
    layer, shared by the folds and the refit), and the gradient's coefficients are the residuals
    themselves. The preconditioner's Woodbury form needs no pass over ``Z`` either: with
    ``M = (K + 4 n mu I)^-1``, ``P^-1 w = Z^T (a - M K a) / mu = Z^T 4 n M a``, because
    ``M K = I - 4 n mu M``, and the image of that vector is ``K (4 n M a) = 4 n (a - 4 n mu M a)``.
    So each CG step costs one ``[n, n]`` product (``M a``) instead of four passes over ``Z``: the
    iterates of the primal solver, up to rounding. Layers are solved a few at a time, so that their
    ``M`` stays in the CPU cache.
    """
    X = ops.X
    lc, n, d = X.shape
    sd = train.dtype
    K = torch.bmm(X, X.transpose(1, 2)).to(sd)  # symmetric up to rounding
    per = max(1, min(lc, DUAL_BLOCK_BYTES // (n * n * K.element_size()))) if X.device.type == "cpu" else lc
    parts = [_dual_solve(K[i : i + per], y, train, cfg) for i in range(0, lc, per)]
    out = {key: torch.cat([p[key] for p in parts]) for key in parts[0]}
    a_refit = out.pop("a_refit")  # [Lc, n]
    out["w_refit"] = torch.bmm(a_refit[:, None, :].to(X.dtype), X).to(sd)[:, 0]  # Z^T a, [Lc, d]
    return out


def _dual_solve(K: Tensor, y: Tensor, train: Tensor, cfg: ProbeConfig) -> dict[str, Tensor]:
    """Newton-CG in coefficients ``a`` (``w = Z^T a``) for a block of layers' kernels ``K``."""
    lc, n, _ = K.shape
    nf = train.shape[0]
    l2 = cfg.l2
    sd = K.dtype
    dev = K.device
    # the ridge of P, raised (rarely) so that rounding in K's dtype cannot make P^-1 indefinite
    trace = K.diagonal(dim1=1, dim2=2).sum(-1)  # >= the largest eigenvalue
    mu = torch.clamp(1e3 * torch.finfo(sd).eps * trace / (4 * n), min=l2)[:, None, None]  # [Lc, 1, 1]
    shifted = K.clone()
    shifted.diagonal(dim1=1, dim2=2).add_((4 * n) * mu[:, :, 0])
    M = torch.cholesky_inverse(torch.linalg.cholesky(shifted))
    del shifted
    c = (4 * n) * mu  # [Lc, 1, 1]
    wts = (train / train.sum(1, keepdim=True)).contiguous()  # [F', n]
    a = torch.zeros(lc, nf, n, dtype=sd, device=dev)
    Ka = torch.zeros_like(a)
    pos = (wts * y).sum(1)
    b = torch.log(pos / (1 - pos)).expand(lc, nf).clone()
    S = b[:, :, None].expand(lc, nf, n).clone()
    n_it = torch.zeros(lc, nf, dtype=torch.int64, device=dev)
    conv = torch.zeros(lc, nf, dtype=torch.bool, device=dev)
    stalled = torch.zeros(lc, nf, dtype=torch.bool, device=dev)

    def precondition(r_a: Tensor, r_b: Tensor, hbb: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        Mr = torch.bmm(r_a, M)
        z_a = (4 * n) * Mr  # P^-1 r = Z^T z_a
        Kz_a = (4 * n) * (r_a - c * Mr)
        z_b = r_b / hbb
        rz = (Kz_a * r_a).sum(-1) + r_b * z_b
        return z_a, Kz_a, z_b, rz

    cg_max = min(250, n + 1)
    for it in range(cfg.max_iter + 1):
        prob = torch.sigmoid(S)
        R = wts * (prob - y)  # [Lc, F', n]
        g_a = R + l2 * a  # the gradient is Z^T g_a (and g_b)
        Kg_a = torch.bmm(R, K) + l2 * Ka
        g_b = R.sum(-1)
        gnorm = torch.sqrt(((g_a * Kg_a).sum(-1) + g_b * g_b).clamp_min(0.0))
        conv = gnorm <= cfg.tol
        if bool((conv | stalled).all()) or it == cfg.max_iter:
            break
        active = ~conv & ~stalled
        Dw = wts * prob * (1 - prob)
        hbb = Dw.sum(-1)
        x_a = torch.zeros_like(a)
        Kx_a = torch.zeros_like(a)
        x_b = torch.zeros_like(b)
        T = torch.zeros_like(S)
        r_a, r_b = -g_a, -g_b
        z_a, Kz_a, z_b, rz = precondition(r_a, r_b, hbb)
        # inexact Newton: stop CG when the preconditioned residual has shrunk by eta
        stop = torch.clamp(torch.sqrt(gnorm), max=0.5) ** 2 * rz
        p_a, Kp_a, p_b = z_a, Kz_a, z_b
        cg_on = active & (rz > 0)
        for _ in range(cg_max):
            t = Kp_a + p_b[..., None]  # Z p_w + p_b
            u = Dw * t
            q_a = u + l2 * p_a  # H p, in coefficients
            q_b = u.sum(-1)
            pq = (Kp_a * q_a).sum(-1) + p_b * q_b
            ok = cg_on & (pq > 0)
            alpha = torch.where(ok, rz / torch.where(ok, pq, torch.ones_like(pq)), torch.zeros_like(pq))
            al = alpha[..., None]
            x_a.addcmul_(al, p_a)
            Kx_a.addcmul_(al, Kp_a)
            x_b.addcmul_(alpha, p_b)
            T.addcmul_(al, t)
            r_a = r_a - al * q_a
            r_b = r_b - alpha * q_b
            z_a, Kz_a, z_b, rz_new = precondition(r_a, r_b, hbb)
            cg_on = ok & (rz_new > stop)
            if not bool(cg_on.any()):
                break
            beta = rz_new / torch.where(rz > 0, rz, torch.ones_like(rz))
            be = beta[..., None]
            p_a = z_a.addcmul_(be, p_a)
            Kp_a = Kz_a.addcmul_(be, Kp_a)
            p_b = z_b.addcmul_(beta, p_b)
            rz = rz_new
        slope = (g_a * Kx_a).sum(-1) + g_b * x_b
        norms = ((a * Ka).sum(-1), (x_a * Ka).sum(-1), (x_a * Kx_a).sum(-1))
        f0 = _objective(S, y, wts, norms[0], l2)
        step = _line_search(S, T, y, wts, norms, slope, f0, l2, active & (slope < 0))
        a = a + step[..., None] * x_a
        Ka = Ka + step[..., None] * Kx_a
        b = b + step * x_b
        S = S + step[..., None] * T
        n_it += active.long()
        stalled |= active & (step == 0)
    return {
        "scores": torch.bmm(a, K) + b[..., None], "a_refit": a[:, -1], "b": b,
        "n_iter": n_it.amax(1).cpu(), "converged": conv.all(1).cpu(),
    }


# ----------------------------------------------------------------------------- summary
def _summarise(
    scores: np.ndarray,
    y: np.ndarray,
    fold_ids: np.ndarray,
    coef: np.ndarray,
    intercept: np.ndarray,
    n_iter: np.ndarray,
    converged: np.ndarray,
    cfg: ProbeConfig,
    solver: str,
) -> ProbeResult:
    n_layers, n_fits, n = scores.shape
    k = cfg.folds
    s = torch.from_numpy(np.ascontiguousarray(scores[:, :k]))  # [L, F, n]
    test = torch.from_numpy(fold_ids[None, :] == np.arange(k)[:, None])  # [F, n]
    labels = torch.from_numpy(y)
    fold_auc = auroc(s, labels, mask=test).numpy()
    fold_acc = _accuracy(s, labels, mask=test).numpy()
    oof = np.take_along_axis(scores[:, :k], fold_ids[None, None, :], axis=1)[:, 0]  # [L, n]
    oof_auc = auroc(torch.from_numpy(oof), labels).numpy()
    return ProbeResult(
        method=cfg.method,
        solver=solver,
        config=cfg,
        auroc=fold_auc.mean(1),
        auroc_std=fold_auc.std(1),
        accuracy=fold_acc.mean(1),
        accuracy_std=fold_acc.std(1),
        fold_auroc=fold_auc,
        fold_accuracy=fold_acc,
        oof_auroc=oof_auc,
        coef=coef,
        intercept=intercept,
        oof_scores=oof,
        fold_ids=fold_ids,
        labels=y.astype(np.int64),
        n_iter=n_iter,
        converged=converged,
    )
