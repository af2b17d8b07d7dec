"""Exact Newton (IRLS) for the logistic probes: batched Cholesky solves of the full Hessian.

When ``d`` exceeds the number of training examples ``m`` the problem is first reduced, exactly, to
``m`` coordinates: the optimal ``w`` lies in the span of the training rows, so with a QR
factorisation ``Z_train^T = Q R`` the fit runs on ``Z Q`` and ``w = Q c``. Cost ~ ``n p^2`` per
step and problem (``p = min(d, m)``): for small ``p`` or as a reference.
"""

from __future__ import annotations

import torch
from jaxtyping import Float
from torch import Tensor

from keysent.probe.config import ProbeConfig
from keysent.probe.design import Design
from keysent.probe.logistic import SolverOutput, line_search, objective, prior_intercept

__all__ = ["newton_direct"]


def newton_direct(ops: Design, y: Tensor, train: Tensor, cfg: ProbeConfig) -> SolverOutput:
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
    scores = ops.forward(w_out) + b_out[:, :, None]
    return SolverOutput(scores=scores, w_refit=w_out[:, -1], b=b_out, n_iter=it_out, converged=conv_out)


def _dense_newton(
    Z: Float[Tensor, "b n p"], y: Float[Tensor, " n"], wts: Float[Tensor, "b n"], l2: float, max_iter: int, tol: float
) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """Newton/IRLS for ``min sum_i wts_i logloss(Z c + b)_i + l2/2 |c|^2`` on a batch of problems."""
    B, n, p = Z.shape
    dt = Z.dtype
    c = torch.zeros(B, p, dtype=dt, device=Z.device)
    b = prior_intercept(wts, y)
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
        f0 = objective(Sa, y, wa, (ca * ca).sum(1), l2)
        norms = ((ca * ca).sum(1), (ca * dc).sum(1), (dc * dc).sum(1))
        t = line_search(Sa, T, y, wa, norms, slope, f0, l2, slope < 0)
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
