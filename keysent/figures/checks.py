"""Input checks shared by the figure functions: arrays, shapes, finiteness and spans.

Every failure is a :class:`FigureDataError` (or :class:`keysent.errors.SpanError` for spans) whose
message names the argument, what was expected and what was given.

>>> as_matrix([[0.5, 0.5], [0.0, 1.0]], "pattern").shape
(2, 2)
>>> check_span("K", (1, 3), 4)
(1, 3)
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np

from keysent.errors import KeysentError, SpanError


class FigureDataError(KeysentError):
    """The data handed to a figure function has the wrong shape, length or non-finite values."""


def _to_array(value: Any, name: str) -> np.ndarray:
    if hasattr(value, "detach") and hasattr(value, "cpu"):  # a torch tensor: accept it politely
        value = value.detach().cpu().float().numpy()
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError) as exc:
        raise FigureDataError(
            f"{name} must be numeric (a numpy array or nested list of numbers); could not "
            f"convert {type(value).__name__}: {exc}"
        ) from exc
    return arr


def check_finite(arr: np.ndarray, name: str) -> np.ndarray:
    """Raise if ``arr`` holds NaN or infinity, naming the first bad index."""
    bad = ~np.isfinite(arr)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        count = int(bad.sum())
        raise FigureDataError(
            f"{name} contains {count} non-finite value(s) (NaN or inf), first at index "
            f"{where if len(where) > 1 else where[0]}; replace them (e.g. np.nan_to_num) or drop "
            "those entries before plotting"
        )
    return arr


def as_matrix(value: Any, name: str) -> np.ndarray:
    """A finite 2-D float array, or a :class:`FigureDataError`."""
    arr = _to_array(value, name)
    if arr.ndim != 2:
        raise FigureDataError(f"{name} must be 2-D, got shape {tuple(arr.shape)}")
    if arr.shape[0] == 0 or arr.shape[1] == 0:
        raise FigureDataError(f"{name} is empty (shape {tuple(arr.shape)}); nothing to plot")
    return check_finite(arr, name)


def as_vector(value: Any, name: str, length: int | None = None) -> np.ndarray:
    """A finite 1-D float array (of ``length`` if given), or a :class:`FigureDataError`."""
    arr = _to_array(value, name)
    if arr.ndim != 1:
        raise FigureDataError(f"{name} must be 1-D, got shape {tuple(arr.shape)}")
    if arr.size == 0:
        raise FigureDataError(f"{name} is empty; nothing to plot")
    if length is not None and arr.size != length:
        raise FigureDataError(f"{name} has {arr.size} values but x has {length}; they must match")
    return check_finite(arr, name)


def check_labels(labels: Sequence[str], count: int, name: str, what: str) -> list[str]:
    """Check that there is one string label per row/column."""
    if isinstance(labels, str) or not isinstance(labels, Sequence):
        raise FigureDataError(f"{name} must be a list of strings, got {type(labels).__name__}")
    if len(labels) != count:
        raise FigureDataError(
            f"{name} has {len(labels)} labels but {what} has {count}; pass one label per entry"
        )
    for i, label in enumerate(labels):
        if not isinstance(label, str):
            raise FigureDataError(f"{name}[{i}] must be a string, got {type(label).__name__}")
    return list(labels)


def check_span(name: str, span: Any, length: int, *, what: str = "tokens") -> tuple[int, int]:
    """Check an end-exclusive ``(start, end)`` span inside ``range(length)``."""
    try:
        start, end = (int(v) for v in span)
        if any(float(v) != int(v) for v in span):
            raise ValueError
    except (TypeError, ValueError):
        raise SpanError(
            f"span {name!r} must be a pair of integers (start, end), end exclusive; got {span!r}"
        ) from None
    if not 0 <= start < end <= length:
        raise SpanError(
            f"span {name!r} = ({start}, {end}) lies outside the {length} {what} "
            f"(need 0 <= start < end <= {length}, end exclusive)"
        )
    return start, end


def check_spans(spans: Mapping[str, Any] | None, length: int, *, what: str = "tokens"
                ) -> dict[str, tuple[int, int]]:
    """Check every span of a ``{name: (start, end)}`` mapping."""
    if spans is None:
        return {}
    if not isinstance(spans, Mapping):
        raise SpanError(
            f"spans must be a dict like {{'K': (start, end)}}, got {type(spans).__name__}"
        )
    return {str(k): check_span(str(k), v, length, what=what) for k, v in spans.items()}


def check_indices(indices: Any, length: int, name: str) -> list[int]:
    """Check a list of distinct row indices inside ``range(length)`` (order is kept)."""
    try:
        out = [int(i) for i in indices]
        if any(float(i) != int(i) for i in indices):
            raise ValueError
    except (TypeError, ValueError):
        raise FigureDataError(
            f"{name} must be a list of integer indices, got {indices!r}"
        ) from None
    if not out:
        raise FigureDataError(f"{name} is empty; pass at least one index or None for all")
    bad = [i for i in out if not 0 <= i < length]
    if bad:
        raise SpanError(f"{name} has indices {bad[:5]} outside 0..{length - 1}")
    if len(set(out)) != len(out):
        raise FigureDataError(f"{name} repeats an index; each row may appear once")
    return out


__all__ = [
    "FigureDataError",
    "as_matrix",
    "as_vector",
    "check_finite",
    "check_indices",
    "check_labels",
    "check_span",
    "check_spans",
]
