"""Stratified k-fold splits for the probes (deterministic for a seed, sizes balanced to one example).

Example:
    >>> from keysent.probe.folds import fold_ids, stratified_kfold
    >>> fold_ids([0, 0, 0, 1, 1, 1], folds=3, seed=0).tolist()
    [1, 2, 0, 2, 1, 0]
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from jaxtyping import Int
from torch import Tensor

from keysent.errors import ConfigError, DatasetError

__all__ = ["stratified_kfold", "fold_ids", "check_classes"]


def stratified_kfold(y: Sequence[int] | Tensor, folds: int = 5, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified k-fold split: ``[(train_idx, test_idx), ...]``, one pair per fold.

    Each class is shuffled with ``seed`` and dealt round-robin over the folds, the deal carrying on
    from one class to the next, so every fold gets ``floor`` or ``ceil`` of each class's share and
    fold sizes differ by at most one. Same ``y``, ``folds`` and ``seed``: same split.

    Raises:
        ConfigError: ``folds`` is not an integer >= 2.
        DatasetError: one class only, or a class with fewer than ``folds`` examples.

    Example:
        >>> split = stratified_kfold([0, 0, 0, 1, 1, 1], folds=3, seed=0)
        >>> [sorted(test.tolist()) for _, test in split]
        [[2, 5], [0, 4], [1, 3]]
        >>> all(len(test) == 2 for _, test in split)
        True
    """
    ids = fold_ids(y, folds, seed)
    return [(np.flatnonzero(ids != f), np.flatnonzero(ids == f)) for f in range(folds)]


def fold_ids(y: Sequence[int] | Tensor | np.ndarray, folds: int, seed: int) -> Int[np.ndarray, " n"]:
    """The held-out fold of each example (see :func:`stratified_kfold`)."""
    from keysent.probe.metrics import as_binary_labels

    if isinstance(folds, bool) or not isinstance(folds, (int, np.integer)) or folds < 2:
        raise ConfigError(f"folds must be an integer >= 2, got {folds!r}")
    y = as_binary_labels(y).numpy()
    check_classes(y, folds)
    rng = np.random.default_rng(seed)
    ids = np.empty(len(y), dtype=np.int64)
    start = 0
    for cls in (0, 1):
        members = np.flatnonzero(y == cls)
        members = members[rng.permutation(len(members))]
        ids[members] = (start + np.arange(len(members))) % folds
        start = (start + len(members)) % folds
    return ids


def check_classes(y: np.ndarray, folds: int) -> None:
    """:class:`DatasetError` unless both classes have at least ``folds`` examples (naming the fix)."""
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
