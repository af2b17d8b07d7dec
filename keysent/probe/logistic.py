"""Pieces shared by the logistic-regression solvers: the objective, the line search, the ridge rule.

Every solver minimises, per (layer, fit) problem, the weighted L2-regularised log-loss

    sum_i wts_i log(1 + exp(-(2 y_i - 1) s_i))  +  l2 / 2 * ||w||^2,    s = Z w + b,

with ``wts`` the fit's training examples weighted ``1 / n_train`` (the mean log-loss), and
returns a :class:`SolverOutput`.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from jaxtyping import Bool, Float, Int
from torch import Tensor

__all__ = ["SolverOutput", "objective", "line_search", "ridge_floor", "prior_intercept"]


@dataclass
class SolverOutput:
    """What a solver returns for a chunk of ``lc`` layers and ``fits`` fits (folds, then the refit)."""

    scores: Float[Tensor, "lc fits n"]  #: every fit's scores of every example
    w_refit: Float[Tensor, "lc d"]  #: the refit's weights, in the design's (standardised) units
    b: Float[Tensor, "lc fits"]  #: every fit's intercept
    n_iter: Int[Tensor, " lc"]  #: Newton steps of the slowest fit of the layer
    converged: Bool[Tensor, " lc"]  #: every fit of the layer reached ``tol``

    def assign(self, layers: Tensor, other: "SolverOutput") -> None:
        """Overwrite the rows ``layers`` with ``other`` (a solve of just those layers)."""
        for name in ("scores", "w_refit", "b", "n_iter", "converged"):
            mine = getattr(self, name)
            mine[layers.to(mine.device)] = getattr(other, name).to(mine.device, mine.dtype)


def objective(S: Tensor, y: Tensor, wts: Tensor, sq_norm: Tensor, l2: float) -> Tensor:
    """Weighted log-loss over the last dim + ``l2/2 * sq_norm``: ``S [..., n]``, ``wts`` broadcastable."""
    loss = torch.nn.functional.softplus(S) - y * S
    return (loss * wts).sum(-1) + 0.5 * l2 * sq_norm


def line_search(
    S: Tensor, T: Tensor, y: Tensor, wts: Tensor, norms: tuple[Tensor, Tensor, Tensor], slope: Tensor, f0: Tensor,
    l2: float, active: Tensor,
) -> Tensor:
    """Backtracking (Armijo, c = 1e-4, halving, at most 40 halvings) step per problem along ``S + t T``.

    ``norms`` = ``(w.w, w.dw, dw.dw)`` of the weights and the direction; ``slope`` = gradient .
    direction (< 0) and ``f0`` the current objective. Returns ``t`` (0 where no step decreases
    the objective, i.e. at the optimum to rounding, and for inactive problems).
    """
    ww, wd, dd = norms
    t = torch.ones_like(f0)
    done = ~active
    step = torch.zeros_like(f0)
    for _ in range(40):
        f = objective(S + t[..., None] * T, y, wts, ww + 2 * t * wd + t * t * dd, l2)
        ok = (~done) & (f <= f0 + 1e-4 * t * slope)
        step = torch.where(ok, t, step)
        done = done | ok
        if bool(done.all()):
            break
        t = torch.where(done, t, t * 0.5)
    return step


def ridge_floor(trace: Float[Tensor, " lc"], n: int, l2: float, dtype: torch.dtype) -> Float[Tensor, "lc 1 1"]:
    """The preconditioners' ridge ``mu`` per layer: ``max(l2, 1e3 * eps(dtype) * trace / (4 n))``.

    Boehning's bound ``Z^T Z / (4 n) + mu I`` must stay positive definite when it is formed and
    inverted in ``dtype``; ``trace`` (of ``Z^T Z``, equal to that of ``Z Z^T``) bounds its largest
    eigenvalue, so a ridge of a thousand roundings of it keeps the inverse definite. The
    preconditioner need not be exact: a larger ``mu`` only slows CG a little.
    """
    return torch.clamp(1e3 * torch.finfo(dtype).eps * trace / (4 * n), min=l2)[:, None, None]


def prior_intercept(wts: Float[Tensor, "fits n"], y: Float[Tensor, " n"]) -> Float[Tensor, " fits"]:
    """The log-odds of each fit's training labels: the intercept every solver starts from."""
    pos = (wts * y).sum(1)
    return torch.log(pos / (wts.sum(1) - pos))
