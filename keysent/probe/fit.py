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
               then one ``n x n`` product per CG step; :mod:`keysent.probe.newton_cg`); with
               ``"fold"`` standardisation it costs four passes over ``X`` per CG step.
``newton``     exact Newton / IRLS with batched Cholesky solves of the full Hessian. When ``d``
               exceeds the number of training examples ``m`` the problem is first reduced,
               exactly, to ``m`` coordinates: the optimal ``w`` lies in the span of the training
               rows, so with a QR factorisation ``Z_train^T = Q R`` the fit runs on ``Z Q`` and
               ``w = Q c``. Cost ~ ``n p^2`` per step and problem (``p = min(d, m)``): for small ``p``
               or as a reference (:mod:`keysent.probe.newton`).

Both stop when the Euclidean norm of the gradient (weights and intercept, of the objective above)
is below ``tol`` for every problem; ``converged`` in the result says, per layer, whether all of its
fits did within ``max_iter`` Newton steps. Layers are processed in chunks that fit
``memory_bytes``. The data is held in float32 (float64 if it came as float64 and ``dtype`` is
float64), so bf16 and fp16 captures are upcast chunk by chunk; the solver's state, statistics and
reductions are float64 (float32 by default on CUDA). A layer that float32 data keeps from reaching
``tol`` is solved again with its data in the solver's precision.

The module layout: options in :mod:`keysent.probe.config`, the result in
:mod:`keysent.probe.result`, folds in :mod:`keysent.probe.folds`, the design and ``diffmean`` in
:mod:`keysent.probe.design`, the solvers in :mod:`keysent.probe.newton` and
:mod:`keysent.probe.newton_cg` (sharing :mod:`keysent.probe.logistic`); this module holds the
entry point, the chunking over layers and the input checks.

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
from typing import Any, Iterator, Sequence

import numpy as np
import torch
from jaxtyping import Float
from torch import Tensor

from keysent.errors import ConfigError, DatasetError
from keysent.probe.config import METHODS, SOLVERS, STANDARDIZE, ProbeConfig
from keysent.probe.design import Design, diffmean, inverse_scale
from keysent.probe.folds import fold_ids as _fold_ids
from keysent.probe.folds import stratified_kfold
from keysent.probe.logistic import SolverOutput
from keysent.probe.result import ProbeResult, summarise

__all__ = [
    "ProbeConfig",
    "ProbeResult",
    "fit_probes",
    "stratified_kfold",
    "choose_solver",
    "METHODS",
    "SOLVERS",
    "STANDARDIZE",
]

#: ``solver="auto"`` uses exact Newton while ``min(d, n_train)`` is at most this (tiny problems,
#: where its robustness costs nothing); Newton-CG was faster at every size measured (d = 8 to 1536).
NEWTON_MAX_DIM = 32
#: ``threads=None`` fits chunks of fewer values than this (n * d * layers) on one CPU thread.
SMALL_WORK = 2**22
#: Working memory a chunk of layers may use (bytes); layers are processed in chunks below it.
DEFAULT_MEMORY_BYTES = 768 * 2**20


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
    config: ProbeConfig | None = None,
    *,
    layers: Sequence[int] | None = None,
    position: str | None = None,
    hook: str = "resid_post",
    device: str | torch.device | None = None,
    dtype: torch.dtype | None = None,
    progress: bool = False,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    threads: int | None = None,
    **options: Any,
) -> ProbeResult:
    """Fit a probe per layer with stratified ``folds``-fold cross-validation; refit on all data.

    Args:
        X: hidden states ``[n, layer, d]`` (any float dtype, CPU or CUDA; numpy arrays accepted).
        y: ``n`` labels, 0/1 (or bool).
        config: the fit's options (:class:`~keysent.probe.config.ProbeConfig`: ``folds``, ``l2``,
            ``method``, ``seed``, ``standardize``, ``max_iter``, ``tol``, ``solver``; see the module
            docstring). ``**options`` overrides single fields: ``fit_probes(X, y, folds=3)``.
        layers: the model layer of each of ``X``'s layer rows (default ``0..layer-1``);
            ``position``, ``hook``: the capture point, recorded on the result.
        device: where to compute (default: ``X``'s device). dtype: arithmetic dtype (default
            float64 on CPU, float32 on CUDA).
        progress: show a tqdm bar over chunks of layers.
        memory_bytes: working-memory budget; layers are processed in chunks that fit in it.
        threads: torch intra-op threads on CPU while fitting (process-wide, restored afterwards).
            ``None``: one thread when a chunk holds fewer than :data:`SMALL_WORK` values (the
            solver's operations are then too small to gain from threads, and on a busy machine
            spinning OpenMP threads can make them many times slower), else torch's setting.

    Raises:
        ConfigError: a bad option (named). DatasetError: bad ``X`` or ``y`` (shapes, non-finite
        values, one class, a class smaller than ``folds``).

    Example:
        >>> import torch
        >>> y = torch.tensor([0, 1] * 10)
        >>> X = torch.randn(20, 2, 5, generator=torch.Generator().manual_seed(0))
        >>> X[:, 0, :] += y[:, None].float()
        >>> fit_probes(X, y, folds=2, method="diffmean").best_layer
        0
    """
    cfg = ProbeConfig.with_options(config, **options)
    X = _as_features(X)
    n, n_layers, d = X.shape
    layer_ids = np.arange(n_layers, dtype=np.int64) if layers is None else np.asarray(list(layers), dtype=np.int64)
    if layer_ids.shape != (n_layers,):
        raise ConfigError(f"layers names {layer_ids.size} model layers but X has {n_layers} layer rows ([n, layer, d])")
    from keysent.probe.metrics import as_binary_labels

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
    fit = {
        "coef": np.zeros((n_layers, d)), "intercept": np.zeros(n_layers), "n_iter": np.zeros(n_layers, dtype=np.int64),
        "converged": np.ones(n_layers, dtype=bool), "mean_pos": np.zeros((n_layers, d)),
        "mean_neg": np.zeros((n_layers, d)), "mean_norm": np.zeros(n_layers),
    }
    scores = np.zeros((n_layers, n_fits, n))
    # class-mean weights over the examples: [2, n] (label 1, label 0)
    class_avg = torch.stack([y_dev / y_dev.sum(), (1 - y_dev) / (1 - y_dev).sum()])

    from tqdm.auto import tqdm

    starts = list(range(0, n_layers, chunk))
    with _intra_op_threads(threads, dev, chunk * n * d):
        for start in tqdm(starts, desc="probes", unit="chunk", disable=not progress or len(starts) < 2):
            stop = min(start + chunk, n_layers)
            Xc = torch.empty(stop - start, n, d, device=dev, dtype=data_dtype)  # a copy: centred in place below
            Xc.copy_(X[:, start:stop].transpose(0, 1))
            means = torch.matmul(class_avg.to(data_dtype), Xc).to(dtype)  # [Lc, 2, d], input units
            fit["mean_pos"][start:stop] = means[:, 0].cpu().numpy()
            fit["mean_neg"][start:stop] = means[:, 1].cpu().numpy()
            fit["mean_norm"][start:stop] = torch.linalg.vector_norm(Xc, dim=2).to(dtype).mean(1).cpu().numpy()
            try:
                out = _fit_chunk(Xc, y_dev, train, cfg, solver_used)
            except _NonFinite:
                _check_finite(X)  # raises, naming the examples and layers
                raise DatasetError(
                    f"X overflows {data_dtype} at layers {start}..{stop - 1} (sums of its values are infinite); "
                    "rescale the hidden states before fitting probes"
                ) from None
            for key in ("coef", "intercept", "n_iter", "converged"):
                fit[key][start:stop] = out[key].cpu().numpy()
            scores[start:stop] = out["scores"].cpu().numpy()
            del Xc, out
        return summarise(scores, y_np, fold_ids, fit, cfg, solver_used, layers=layer_ids, position=position, hook=hook)


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
        ops = Design(Xc, delta, inverse_scale(var, delta + mean_all, Xc.dtype))
    else:
        # one design shared by every fit: centred (and scaled) with all examples' statistics
        if cfg.standardize == "all":
            var_all = torch.linalg.vector_norm(Xc, dim=1, keepdim=True).to(sd) ** 2 / n
            inv_all = inverse_scale(var_all, mean_all, Xc.dtype)
            Xc *= inv_all.to(Xc.dtype)
        else:
            inv_all = torch.ones(lc, 1, d, dtype=sd, device=Xc.device)
        zeros = torch.zeros(lc, 1, d, dtype=sd, device=Xc.device)
        ops = Design(Xc, zeros.expand(lc, nf, d), inv_all.expand(lc, nf, d), shared=True)

    out = _solve(ops, y, train, cfg, solver)
    if cfg.method == "logistic" and Xc.dtype != sd and not bool(out.converged.all()):
        # float32 data can stop a fit short of ``tol`` (typically unscaled features of large
        # magnitude): refit those layers with the data in the solver's precision
        redo = (~out.converged).nonzero().squeeze(1).to(Xc.device)
        out.assign(redo, _solve(ops.subset(redo, sd), y, train, cfg, solver))
    # the refit (last fit) in input units: score = ((x - mean_all - delta) * inv_scale) . w + b
    w_all = out.w_refit * ops.inv_scale[:, -1]
    b_all = out.b[:, -1] - (w_all * (ops.delta[:, -1] + mean_all[:, 0])).sum(-1)
    return {"coef": w_all, "intercept": b_all, "scores": out.scores, "n_iter": out.n_iter, "converged": out.converged}


def _solve(ops: Design, y: Tensor, train: Tensor, cfg: ProbeConfig, solver: str) -> SolverOutput:
    """Run the method / solver on a chunk."""
    from keysent.probe.newton import newton_direct
    from keysent.probe.newton_cg import solve_newton_cg

    lc = ops.X.shape[0]
    if cfg.method == "diffmean":
        w, b = diffmean(ops, y, train)
        return SolverOutput(
            scores=ops.forward(w) + b[:, :, None], w_refit=w[:, -1], b=b,
            n_iter=torch.zeros(lc, dtype=torch.int64), converged=torch.ones(lc, dtype=torch.bool),
        )
    if solver == "newton":
        return newton_direct(ops, y, train, cfg)
    return solve_newton_cg(ops, y, train, cfg)


class _NonFinite(Exception):
    """Raised by :func:`_fit_chunk` when its data holds NaN or inf."""
