"""Truncated Newton (Newton-CG) for the logistic probes: one loop, two operators.

:func:`newton_cg` is the one Newton loop with its inner preconditioned conjugate-gradient solve
and Armijo line search, written once against an *operator*: the space the weights live in.

* :class:`PrimalOperator`: weights ``w`` in ``d`` coordinates. Products with the design go
  through :class:`~keysent.probe.design.Design` (one pass over ``X`` per product, serving every
  fold and the refit). The preconditioner is Boehning's bound ``Z^T Z / (4 n) + mu I`` of the
  all-examples standardised data, inverted once per layer as a ``d x d`` matrix, or for ``n < d``
  in its ``n x n`` Woodbury form ``P^-1 v = (v - Z^T (4 n mu I + Z Z^T)^-1 Z v) / mu`` (so never a
  ``[layer, d, d]`` matrix).
* :class:`DualOperator`: for a design ``Z`` shared by all fits with ``n < d``. Every CG vector
  stays in the row space of ``Z`` and is held by its coefficients, ``w = Z^T a``, together with its
  image ``K a`` under the kernel ``K = Z Z^T`` (``[n, n]`` per layer). Then ``Z w = K a``,
  ``w . v = a . K c``, the gradient's coefficients are the residuals themselves, and with
  ``M = (K + 4 n mu I)^-1`` the preconditioner is ``P^-1 w = Z^T 4 n M a`` with image
  ``4 n (a - 4 n mu M a)`` (because ``M K = I - 4 n mu M``): each CG step costs one ``[n, n]``
  product instead of four passes over ``Z``, with the primal iterates up to rounding. Layers are
  solved a few at a time so that their ``M`` stays in the CPU cache.

Both preconditioners take their ridge ``mu`` from :func:`keysent.probe.logistic.ridge_floor`.
Vectors are laid out fits-major: ``[Lc, F', m]`` with ``m = d`` (primal) or ``n`` (dual).
"""

from __future__ import annotations

import torch
from jaxtyping import Float
from torch import Tensor

from keysent.probe.config import ProbeConfig
from keysent.probe.design import Design
from keysent.probe.logistic import SolverOutput, line_search, objective, prior_intercept, ridge_floor

__all__ = ["newton_cg", "solve_newton_cg", "PrimalOperator", "DualOperator", "DUAL_BLOCK_BYTES"]

#: The dual operator solves layers in blocks whose kernels (K and M) fit in this many bytes of cache.
DUAL_BLOCK_BYTES = 6 * 2**20
#: CG steps per Newton system at most (also at most the dimension + 1).
CG_MAX = 250

Vec = tuple[Tensor, ...]  # a weight vector: (w,) in the primal, (a, K a) in the dual


class PrimalOperator:
    """Weights in ``d`` coordinates; the Boehning preconditioner (see the module docstring)."""

    def __init__(self, ops: Design, l2: float, dtype: torch.dtype) -> None:
        X = ops.X
        lc, n, d = X.shape
        self.ops = ops
        self.dim = d
        self.cg_max = min(CG_MAX, d + 1)
        self.inv = ops.inv_scale[:, -1:, :]  # the refit's (all examples) scale, [Lc, 1, d]
        self.rescale = not ops.shared  # a shared design is already scaled
        self.woodbury = n < d
        eye = torch.eye(min(n, d), dtype=dtype, device=X.device)
        # explicit inverses: one batched matmul per application is far faster than batched
        # triangular solves on CPU, and these matrices are well conditioned (eigenvalues >= mu)
        if self.woodbury:
            Xa = X * self.inv.to(X.dtype) if self.rescale else X
            gram = torch.bmm(Xa, Xa.transpose(1, 2)).to(dtype)  # [Lc, n, n]
            del Xa
            # applied in X's dtype: keep its rounding from making P^-1 indefinite
            self.mu = ridge_floor(gram.diagonal(dim1=1, dim2=2).sum(-1), n, l2, X.dtype)
            self.M = torch.cholesky_inverse(torch.linalg.cholesky(gram + (4 * n) * self.mu * eye))
        else:
            gram = torch.bmm(X.transpose(1, 2), X)  # [Lc, d, d], in X's dtype
            if self.rescale:
                gram *= (self.inv.transpose(1, 2) * self.inv).to(X.dtype)
            self.mu = ridge_floor(gram.diagonal(dim1=1, dim2=2).sum(-1).to(dtype), n, l2, X.dtype)
            gram /= 4 * n
            gram.diagonal(dim1=1, dim2=2).add_(self.mu[:, :, 0].to(X.dtype))
            self.M = torch.cholesky_inverse(torch.linalg.cholesky(gram))

    def zeros(self, lc: int, nf: int, like: Tensor) -> Vec:
        return (torch.zeros(lc, nf, self.dim, dtype=like.dtype, device=like.device),)

    def image(self, p: Vec) -> Tensor:
        return self.ops.forward(p[0])

    def hessian(self, u: Tensor, p: Vec, l2: float) -> Tensor:
        return self.ops.adjoint(u) + l2 * p[0]

    def inner(self, p: Vec, q: Tensor) -> Tensor:
        return (p[0] * q).sum(-1)

    def gradient(self, R: Tensor, w: Vec, l2: float) -> tuple[Tensor, Tensor]:
        g = self.ops.adjoint(R) + l2 * w[0]
        return g, (g * g).sum(-1)

    def norms(self, w: Vec, x: Vec) -> tuple[Tensor, Tensor, Tensor]:
        return (w[0] * w[0]).sum(-1), (w[0] * x[0]).sum(-1), (x[0] * x[0]).sum(-1)

    def _apply(self, R: Float[Tensor, "lc fits d"]) -> Float[Tensor, "lc fits d"]:
        if self.woodbury:
            X = self.ops.X
            v = self.inv * R if self.rescale else R
            u = torch.bmm(v.to(X.dtype), X.transpose(1, 2)).to(R.dtype)  # [Lc, F', n]
            u = torch.bmm(torch.bmm(u, self.M).to(X.dtype), X).to(R.dtype)
            return (R - (self.inv * u if self.rescale else u)) / self.mu
        return torch.bmm(R.to(self.M.dtype), self.M).to(R.dtype)

    def precondition(self, r: Tensor, rb: Tensor, hbb: Tensor) -> tuple[Vec, Tensor, Tensor]:
        """``z = P^-1 r`` and ``r . z``; a problem where that is not positive falls back to ``z = r``."""
        zw, zb = self._apply(r), rb / hbb
        rz = (r * zw).sum(-1) + rb * zb
        bad = ~(rz > 0)
        if bool(bad.any()):
            zw = torch.where(bad[..., None], r, zw)
            zb = torch.where(bad, rb, zb)
            rz = (r * zw).sum(-1) + rb * zb
        return (zw,), zb, rz

    def residual(self, r: Tensor, rb: Tensor, rz: Tensor) -> Tensor:
        """The measure CG stops on: the Euclidean norm of the residual."""
        return torch.sqrt((r * r).sum(-1) + rb * rb)

    def cg_threshold(self, gnorm: Tensor, eta: Tensor, rz0: Tensor) -> Tensor:
        return eta * gnorm

    def finish(self, w: Vec, b: Tensor) -> tuple[Tensor, Tensor]:
        """Every fit's scores and the refit's weights in ``d`` coordinates."""
        return self.ops.forward(w[0]) + b[:, :, None], w[0][:, -1]


class DualOperator:
    """Weights ``w = Z^T a`` held as ``(a, K a)`` for a block of kernels ``K`` (module docstring)."""

    def __init__(self, K: Float[Tensor, "lc n n"], l2: float) -> None:
        lc, n, _ = K.shape
        self.K = K
        self.n = n
        self.dim = n
        self.cg_max = min(CG_MAX, n + 1)
        # the kernel is held in the solver's dtype: the ridge guards against its rounding
        mu = ridge_floor(K.diagonal(dim1=1, dim2=2).sum(-1), n, l2, K.dtype)  # [Lc, 1, 1]
        shifted = K.clone()
        shifted.diagonal(dim1=1, dim2=2).add_((4 * n) * mu[:, :, 0])
        self.M = torch.cholesky_inverse(torch.linalg.cholesky(shifted))
        self.c = (4 * n) * mu

    def zeros(self, lc: int, nf: int, like: Tensor) -> Vec:
        z = torch.zeros(lc, nf, self.n, dtype=like.dtype, device=like.device)
        return z, torch.zeros_like(z)

    def image(self, p: Vec) -> Tensor:
        return p[1]

    def hessian(self, u: Tensor, p: Vec, l2: float) -> Tensor:
        return u + l2 * p[0]

    def inner(self, p: Vec, q: Tensor) -> Tensor:
        return (p[1] * q).sum(-1)

    def gradient(self, R: Tensor, w: Vec, l2: float) -> tuple[Tensor, Tensor]:
        g = R + l2 * w[0]  # the gradient is Z^T g
        Kg = torch.bmm(R, self.K) + l2 * w[1]
        return g, (g * Kg).sum(-1).clamp_min(0.0)

    def norms(self, w: Vec, x: Vec) -> tuple[Tensor, Tensor, Tensor]:
        return (w[0] * w[1]).sum(-1), (x[0] * w[1]).sum(-1), (x[0] * x[1]).sum(-1)

    def precondition(self, r: Tensor, rb: Tensor, hbb: Tensor) -> tuple[Vec, Tensor, Tensor]:
        Mr = torch.bmm(r, self.M)
        z = (4 * self.n) * Mr  # P^-1 r = Z^T z
        Kz = (4 * self.n) * (r - self.c * Mr)
        zb = rb / hbb
        return (z, Kz), zb, (Kz * r).sum(-1) + rb * zb

    def residual(self, r: Tensor, rb: Tensor, rz: Tensor) -> Tensor:
        """The measure CG stops on: the preconditioned residual ``r . P^-1 r``."""
        return rz

    def cg_threshold(self, gnorm: Tensor, eta: Tensor, rz0: Tensor) -> Tensor:
        return eta * eta * rz0

    def finish(self, w: Vec, b: Tensor) -> tuple[Tensor, Tensor]:
        """Every fit's scores and the refit's coefficients ``a`` (``w = Z^T a``)."""
        return torch.bmm(w[0], self.K) + b[..., None], w[0][:, -1]


def newton_cg(
    op: PrimalOperator | DualOperator, y: Float[Tensor, " n"], train: Float[Tensor, "fits n"], cfg: ProbeConfig, lc: int
) -> tuple[Tensor, Tensor, Tensor, Tensor, Tensor]:
    """Truncated Newton for ``lc`` layers x every fit at once; preconditioned CG on each Newton system.

    Inexact Newton: CG stops once its residual has shrunk by ``eta = min(0.5, sqrt(|g|))`` (in the
    operator's measure); each step is then an Armijo line search. Stops when every problem's
    gradient norm is below ``cfg.tol`` or no step decreases it any more (stalled at rounding).
    Returns ``(scores [lc, fits, n], refit [lc, m], b [lc, fits], n_iter [lc], converged [lc])``.
    """
    nf, n = train.shape
    l2 = cfg.l2
    dev = train.device
    wts = (train / train.sum(1, keepdim=True)).contiguous()  # [F', n]
    w = op.zeros(lc, nf, train)
    b = prior_intercept(wts, y).expand(lc, nf).clone()  # start at the class prior
    S = b[:, :, None].expand(lc, nf, n).clone()
    n_it = torch.zeros(lc, nf, dtype=torch.int64, device=dev)
    conv = torch.zeros(lc, nf, dtype=torch.bool, device=dev)
    stalled = torch.zeros(lc, nf, dtype=torch.bool, device=dev)
    for it in range(cfg.max_iter + 1):
        prob = torch.sigmoid(S)
        R = wts * (prob - y)  # [Lc, F', n]
        g, g_sq = op.gradient(R, w, l2)
        gb = R.sum(-1)
        gnorm = torch.sqrt(g_sq + gb * gb)
        conv = gnorm <= cfg.tol
        if bool((conv | stalled).all()) or it == cfg.max_iter:
            break
        active = ~conv & ~stalled
        Dw = wts * prob * (1 - prob)  # [Lc, F', n]
        hbb = Dw.sum(-1)  # the intercept's curvature (its preconditioner)
        x = op.zeros(lc, nf, train)
        xb = torch.zeros_like(b)
        T = torch.zeros_like(S)  # Z x + xb, accumulated alongside x
        r, rb = -g, -gb
        z, zb, rz = op.precondition(r, rb, hbb)
        stop = op.cg_threshold(gnorm, torch.clamp(torch.sqrt(gnorm), max=0.5), rz)
        p, pb = z, zb
        cg_on = active & (rz > 0)
        for _ in range(op.cg_max):
            t = op.image(p) + pb[..., None]
            u = Dw * t
            q = op.hessian(u, p, l2)  # H p
            qb = u.sum(-1)
            pq = op.inner(p, q) + pb * qb
            ok = cg_on & (pq > 0)
            alpha = torch.where(ok, rz / torch.where(ok, pq, torch.ones_like(pq)), torch.zeros_like(pq))
            al = alpha[..., None]
            for xi, pi in zip(x, p):
                xi.addcmul_(al, pi)
            xb.addcmul_(alpha, pb)
            T.addcmul_(al, t)
            r = r - al * q
            rb = rb - alpha * qb
            z, zb, rz_new = op.precondition(r, rb, hbb)
            cg_on = ok & (op.residual(r, rb, rz_new) > stop)
            if not bool(cg_on.any()):
                break
            beta = rz_new / torch.where(rz > 0, rz, torch.ones_like(rz))
            be = beta[..., None]
            p = tuple(zi.addcmul_(be, pi) for zi, pi in zip(z, p))
            pb = zb.addcmul_(beta, pb)
            rz = rz_new
        slope = op.inner(x, g) + gb * xb
        norms = op.norms(w, x)
        f0 = objective(S, y, wts, norms[0], l2)
        step = line_search(S, T, y, wts, norms, slope, f0, l2, active & (slope < 0))
        st = step[..., None]
        w = tuple(wi + st * xi for wi, xi in zip(w, x))
        b = b + step * xb
        S = S + st * T
        n_it += active.long()
        stalled |= active & (step == 0)  # no decrease possible at this precision
    scores, refit = op.finish(w, b)
    return scores, refit, b, n_it.amax(1).cpu(), conv.all(1).cpu()


def solve_newton_cg(ops: Design, y: Tensor, train: Tensor, cfg: ProbeConfig) -> SolverOutput:
    """Newton-CG on a chunk: the dual operator for a shared design with ``n < d``, else the primal."""
    X = ops.X
    lc, n, d = X.shape
    sd = train.dtype
    if not (ops.shared and n < d):
        scores, w_refit, b, n_it, conv = newton_cg(PrimalOperator(ops, cfg.l2, sd), y, train, cfg, lc)
        return SolverOutput(scores=scores, w_refit=w_refit, b=b, n_iter=n_it, converged=conv)
    K = torch.bmm(X, X.transpose(1, 2)).to(sd)  # symmetric up to rounding
    per = max(1, min(lc, DUAL_BLOCK_BYTES // (n * n * K.element_size()))) if X.device.type == "cpu" else lc
    parts = [newton_cg(DualOperator(K[i : i + per], cfg.l2), y, train, cfg, min(per, lc - i)) for i in range(0, lc, per)]
    scores, a_refit, b, n_it, conv = (torch.cat([p[j] for p in parts]) for j in range(5))
    w_refit = torch.bmm(a_refit[:, None, :].to(X.dtype), X).to(sd)[:, 0]  # Z^T a, [Lc, d]
    return SolverOutput(scores=scores, w_refit=w_refit, b=b, n_iter=n_it, converged=conv)
