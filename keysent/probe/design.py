"""The standardised design of every (layer, fit) problem, applied without materialising it.

Shapes: ``Lc`` layers of a chunk, ``F'`` fits (the CV folds, then the refit on all examples),
``n`` examples, ``d`` features. See :mod:`keysent.probe.fit` for the standardisation modes.
"""

from __future__ import annotations

import torch
from jaxtyping import Float
from torch import Tensor

__all__ = ["Design", "inverse_scale", "diffmean"]


def inverse_scale(var: Tensor, raw_mean: Tensor, data_dtype: torch.dtype) -> Tensor:
    """``1 / std``; features constant to rounding (as ``StandardScaler`` judges them) keep scale 1."""
    constant = var <= 1e-24 + (64 * torch.finfo(data_dtype).eps) ** 2 * raw_mean * raw_mean
    return 1.0 / torch.where(constant, torch.ones_like(var), var.sqrt())


class Design:
    """Fit ``f`` of layer ``l`` sees ``Z = (X[l] - delta[l, f]) * inv_scale[l, f]``.

    When ``shared``, ``X`` is already the design of every fit (``delta`` 0, ``inv_scale`` the
    refit's scale, kept only to map the refit back to input units). ``X`` may be float32 while the
    vectors are float64: products run in ``X``'s dtype and come back in the vectors'; each product
    is one pass over ``X`` serving every fit.
    """

    def __init__(
        self,
        X: Float[Tensor, "lc n d"],
        delta: Float[Tensor, "lc fits d"],
        inv_scale: Float[Tensor, "lc fits d"],
        *,
        shared: bool = False,
    ) -> None:
        self.X = X
        self.delta = delta
        self.inv_scale = inv_scale
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

    def subset(self, layers: Tensor, dtype: torch.dtype) -> "Design":
        """The design of some of the layers, with the data in ``dtype``."""
        return Design(self.X[layers].to(dtype), self.delta[layers], self.inv_scale[layers], shared=self.shared)

    def materialise(self, fits: Tensor) -> Float[Tensor, "lc g n d"]:
        """``Z`` of the selected fits in the vectors' dtype (memory: one copy of X per fit)."""
        if self.shared:
            return self.X[:, None].to(self.delta.dtype).expand(-1, len(fits), -1, -1)
        delta = self.delta[:, fits, None, :]
        inv = self.inv_scale[:, fits, None, :]
        return (self.X[:, None].to(delta.dtype) - delta) * inv


def diffmean(
    ops: Design, y: Float[Tensor, " n"], train: Float[Tensor, "fits n"]
) -> tuple[Float[Tensor, "lc fits d"], Float[Tensor, "lc fits"]]:
    """Difference of the standardised class means per fit, thresholded at the projected midpoint."""
    pos = train * y
    neg = train * (1.0 - y)
    wpos = (pos / pos.sum(1, keepdim=True)).to(ops.X.dtype)
    wneg = (neg / neg.sum(1, keepdim=True)).to(ops.X.dtype)
    if ops.shared:
        mu1 = torch.matmul(wpos, ops.X).to(train.dtype)
        mu0 = torch.matmul(wneg, ops.X).to(train.dtype)
    else:
        mu1 = (torch.matmul(wpos, ops.X).to(train.dtype) - ops.delta) * ops.inv_scale
        mu0 = (torch.matmul(wneg, ops.X).to(train.dtype) - ops.delta) * ops.inv_scale
    w = mu1 - mu0
    b = -(w * (mu1 + mu0)).sum(-1) / 2.0
    return w, b
