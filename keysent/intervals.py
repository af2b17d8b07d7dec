"""Confidence intervals, one of each kind: Wilson (a proportion), Newcombe (a difference of two
proportions), and the normal-approximation interval of a mean (NaN-aware, vectorised).

Example:
    >>> from keysent.intervals import mean_interval, wilson_interval
    >>> [round(x, 4) for x in wilson_interval(8, 10)]
    [0.4902, 0.9433]
    >>> import torch
    >>> mean, low, high = mean_interval(torch.tensor([[1.0, 2.0], [3.0, float("nan")]]))
    >>> mean.tolist(), [round(x, 3) for x in low.tolist()], high[1].isnan().item()
    ([2.0, 2.0], [0.04, nan], True)
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import TYPE_CHECKING

from keysent.errors import ConfigError, KeysentError

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

__all__ = ["wilson_interval", "newcombe_interval", "mean_interval", "z_value"]


def z_value(confidence: float) -> float:
    """The two-sided standard-normal quantile of ``confidence`` (0.95 -> 1.95996...)."""
    if not isinstance(confidence, (int, float)) or isinstance(confidence, bool) or not (0.0 < float(confidence) < 1.0):
        raise ConfigError(f"confidence must be a number strictly between 0 and 1 (e.g. 0.95), got {confidence!r}")
    return NormalDist().inv_cdf(0.5 + float(confidence) / 2.0)


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion ``successes / n`` (Wilson 1927).

    Raises:
        KeysentError: ``n < 1`` (an empty group has no interval: report it as undefined), or
            ``successes`` outside ``[0, n]``.

    Example::

        >>> [round(x, 4) for x in wilson_interval(0, 5)]
        [0.0, 0.4345]
    """
    if n <= 0:
        raise KeysentError(f"wilson_interval needs n >= 1, got n={n}; check for an empty group")
    if not 0 <= successes <= n:
        raise KeysentError(f"successes must lie in [0, n={n}], got {successes}")
    z = z_value(confidence)
    p = successes / n
    denom = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_interval(k1: int, n1: int, k2: int, n2: int, confidence: float = 0.95) -> tuple[float, float]:
    """Newcombe's hybrid score interval for the difference ``k1/n1 - k2/n2`` (Newcombe 1998, method 10).

    Example::

        >>> [round(x, 4) for x in newcombe_interval(9, 10, 3, 10)]
        [0.1705, 0.809]
    """
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson_interval(k1, n1, confidence)
    l2, u2 = wilson_interval(k2, n2, confidence)
    d = p1 - p2
    low = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return max(-1.0, low), min(1.0, high)


def mean_interval(
    x: "Float[Tensor, 'n *rest']", dim: int = 0, confidence: float = 0.95
) -> tuple["Float[Tensor, '*rest']", "Float[Tensor, '*rest']", "Float[Tensor, '*rest']"]:
    """Mean and normal-approximation interval ``mean ± z * s / sqrt(n)`` along ``dim``, ignoring NaN.

    ``s`` is the sample standard deviation (``n - 1`` denominator). Where fewer than two values are
    present the bounds are NaN (and the mean is NaN where none is).
    """
    import torch

    z = z_value(confidence)
    count = (~torch.isnan(x)).sum(dim)
    n = count.clamp(min=1)
    mean = torch.nanmean(x, dim=dim)
    var = torch.nansum((x - mean.unsqueeze(dim)) ** 2, dim=dim) / (n - 1).clamp(min=1)
    half = z * torch.sqrt(var / n)
    half = torch.where(count > 1, half, torch.full_like(half, float("nan")))
    return mean, mean - half, mean + half
