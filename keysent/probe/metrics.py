"""Ranking and classification metrics for probes, vectorised over layers (and folds).

:func:`auroc` is the rank form of the area under the ROC curve (the Mann-Whitney U statistic
divided by ``n_pos * n_neg``), with tied scores given their average rank, so a tie between a
positive and a negative counts one half, exactly as ``sklearn.metrics.roc_auc_score``. Every
leading dimension of ``scores`` is a separate problem (one per layer, or per layer and fold), so a
whole ``[layer, n]`` score matrix is ranked in one sort.

Example:
    >>> import torch
    >>> from keysent.probe.metrics import auroc
    >>> auroc(torch.tensor([0.1, 0.4, 0.35, 0.8]), torch.tensor([0, 0, 1, 1])).item()
    0.75
    >>> auroc(torch.tensor([[0.1, 0.4, 0.35, 0.8], [1.0, 1.0, 1.0, 1.0]]), [0, 0, 1, 1]).tolist()
    [0.75, 0.5]
"""

from __future__ import annotations

from typing import Sequence

import torch
from jaxtyping import Bool, Float
from torch import Tensor

from keysent.errors import DatasetError

__all__ = ["auroc", "accuracy", "as_binary_labels"]


def as_binary_labels(labels: Sequence[int] | Sequence[bool] | Tensor, *, name: str = "labels") -> Tensor:
    """``labels`` as a 1-D int64 tensor of 0s and 1s (bools and 0/1 floats are accepted).

    Example:
        >>> as_binary_labels([True, False, 1]).tolist()
        [1, 0, 1]
    """
    import numpy as np

    if isinstance(labels, Tensor):
        t = labels.detach().cpu()
    else:
        try:
            t = torch.as_tensor(np.asarray(labels))
        except (TypeError, ValueError) as exc:
            raise DatasetError(f"{name} must be a sequence of 0/1 integers, got {type(labels).__name__}") from exc
    if t.ndim != 1:
        raise DatasetError(f"{name} must be 1-D (one 0/1 label per example), got shape {tuple(t.shape)}")
    if t.dtype == torch.bool:
        return t.to(torch.int64)
    if not (t.dtype.is_floating_point or t.dtype in (torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8)):
        raise DatasetError(f"{name} must hold 0/1 integers, got dtype {t.dtype}")
    bad = t[(t != 0) & (t != 1)]
    if bad.numel():
        shown = sorted({float(v) if t.dtype.is_floating_point else int(v) for v in bad[:20].tolist()})
        raise DatasetError(
            f"{name} must be 0/1 (1 = positive class), found other values {shown[:5]}; map the target "
            "to 0/1 first (e.g. y = [int(v == 'harmful') for v in column])"
        )
    return t.to(torch.int64)


def _average_ranks(values: Float[Tensor, "*batch n"]) -> Float[Tensor, "*batch n"]:
    """1-based ranks along the last dimension, tied values sharing their average rank."""
    sorted_vals, order = torch.sort(values, dim=-1, stable=True)
    # for each sorted entry: first and one-past-last index of its tie group
    left = torch.searchsorted(sorted_vals, sorted_vals, right=False)
    right = torch.searchsorted(sorted_vals, sorted_vals, right=True)
    avg = (left + right + 1).to(torch.float64) / 2.0
    ranks = torch.empty_like(avg)
    ranks.scatter_(-1, order, avg)
    return ranks


def auroc(
    scores: Float[Tensor, "*batch n"],
    labels: Sequence[int] | Tensor,
    mask: Bool[Tensor, "*batch n"] | None = None,
) -> Float[Tensor, "*batch"]:
    """Area under the ROC curve of ``scores`` for 0/1 ``labels``, over the last dimension.

    Rank-based (Mann-Whitney U with average ranks for ties), in float64, vectorised over every
    leading dimension of ``scores``. ``labels`` is ``[n]`` (shared by all rows) or the same shape
    as ``scores``. ``mask`` (broadcastable to ``scores``) keeps only the marked examples of each row,
    e.g. one test fold per row; each kept set must hold both classes.

    Example:
        >>> import torch
        >>> s = torch.tensor([[3.0, 1.0, 2.0, 0.0], [0.0, 3.0, 1.0, 2.0]])
        >>> auroc(s, torch.tensor([1, 0, 1, 0])).tolist()
        [1.0, 0.0]
        >>> auroc(s, [1, 0, 1, 0], mask=torch.tensor([True, True, True, False])).tolist()
        [1.0, 0.0]
    """
    if not isinstance(scores, Tensor):
        scores = torch.as_tensor(scores)
    if scores.ndim == 0:
        raise DatasetError("scores must have at least one dimension (one score per example)")
    s = scores.detach().to(torch.float64)
    if isinstance(labels, Tensor) and labels.ndim > 1:
        y = labels.detach().to(s.device)
        if y.shape != s.shape:
            raise DatasetError(f"labels of shape {tuple(y.shape)} do not match scores of shape {tuple(s.shape)}")
        y = as_binary_labels(y.reshape(-1), name="labels").reshape(s.shape).to(s.device)
    else:
        y = as_binary_labels(labels).to(s.device)
        if y.shape[0] != s.shape[-1]:
            raise DatasetError(f"{y.shape[0]} labels for {s.shape[-1]} scores per row; give one label per example")
        y = y.expand(s.shape)
    if not torch.isfinite(s).all():
        raise DatasetError("scores contain NaN or inf; AUROC needs finite scores")
    pos = y.bool()
    if mask is not None:
        keep = mask.to(device=s.device, dtype=torch.bool).expand(s.shape)
        # excluded entries are pushed above every kept score: kept ranks are unchanged
        s = torch.where(keep, s, torch.full_like(s, float("inf")))
        pos = pos & keep
        neg = (~y.bool()) & keep
    else:
        neg = ~pos
    n_pos = pos.sum(-1).to(torch.float64)
    n_neg = neg.sum(-1).to(torch.float64)
    if bool(((n_pos == 0) | (n_neg == 0)).any()):
        raise DatasetError(
            "AUROC needs both classes among the scored examples, but some row has only one; "
            "check the labels (and the mask / fold split)"
        )
    ranks = _average_ranks(s)
    rank_sum = torch.where(pos, ranks, torch.zeros_like(ranks)).sum(-1)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def accuracy(
    scores: Float[Tensor, "*batch n"],
    labels: Sequence[int] | Tensor,
    mask: Bool[Tensor, "*batch n"] | None = None,
    *,
    threshold: float = 0.0,
) -> Float[Tensor, "*batch"]:
    """Fraction of examples with ``(score > threshold) == label``, over the last dimension.

    Example:
        >>> import torch
        >>> accuracy(torch.tensor([-1.0, 2.0, 0.5, -0.2]), [0, 1, 0, 0]).item()
        0.75
    """
    s = torch.as_tensor(scores).detach().to(torch.float64)
    y = as_binary_labels(labels).to(s.device) if not (isinstance(labels, Tensor) and labels.ndim > 1) else labels.to(s.device)
    correct = ((s > threshold).to(torch.int64) == y).to(torch.float64)
    if mask is None:
        return correct.mean(-1)
    keep = mask.to(device=s.device, dtype=torch.float64).expand(s.shape)
    return (correct * keep).sum(-1) / keep.sum(-1)
