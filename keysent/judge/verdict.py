"""The verdict values judges return: ``True``, ``False`` and :data:`NOT_JUDGED`.

A judge answers yes (``True``) or no (``False``) when it can read the text. When it cannot (the
text is in a language its rules do not cover, or a model judge's reply could not be parsed and no
fallback was asked for), it returns :data:`NOT_JUDGED`: an explicit third value, distinct from
``None`` (which keeps meaning "not counted": no K, a truncated trace, a benign query for a
harmful-only target).

:data:`NOT_JUDGED` refuses to act as a boolean, so ``if is_refusal(text):`` on unjudgeable text
fails loudly instead of silently counting as "no". In JSON (trace files, summaries) it is the
string ``"not_judged"``; :func:`from_json` maps it back.

Example::

    >>> from keysent.judge import NOT_JUDGED, is_judged
    >>> NOT_JUDGED
    NOT_JUDGED
    >>> is_judged(True), is_judged(NOT_JUDGED), is_judged("not_judged"), is_judged(None)
    (True, False, False, False)
    >>> bool(NOT_JUDGED)
    Traceback (most recent call last):
    ...
    keysent.errors.KeysentError: a NOT_JUDGED verdict has no truth value; test `v is NOT_JUDGED` (or keysent.judge.is_judged(v)) and count it separately
"""

from __future__ import annotations

from typing import Any, Union

from keysent.errors import KeysentError

#: How :data:`NOT_JUDGED` is written in JSON files.
NOT_JUDGED_JSON = "not_judged"


class NotJudged:
    """The type of :data:`NOT_JUDGED` (a singleton)."""

    _instance: "NotJudged | None" = None

    def __new__(cls) -> "NotJudged":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        raise KeysentError(
            "a NOT_JUDGED verdict has no truth value; test `v is NOT_JUDGED` (or "
            "keysent.judge.is_judged(v)) and count it separately"
        )

    def __repr__(self) -> str:
        return "NOT_JUDGED"

    def __reduce__(self) -> str:
        return "NOT_JUDGED"

    def __eq__(self, other: object) -> bool:
        return other is self or other == NOT_JUDGED_JSON

    def __hash__(self) -> int:
        return hash(NOT_JUDGED_JSON)


#: The verdict of a judge that could not judge the text (see the module docstring).
NOT_JUDGED = NotJudged()

#: A judge's verdict.
Verdict = Union[bool, NotJudged]


def is_judged(value: Any) -> bool:
    """True for a real ``True``/``False`` verdict; False for NOT_JUDGED (or its JSON) and None."""
    return isinstance(value, bool)


def is_not_judged(value: Any) -> bool:
    """True for :data:`NOT_JUDGED` or its JSON form ``"not_judged"``."""
    return value is NOT_JUDGED or (isinstance(value, str) and value == NOT_JUDGED_JSON)


def to_json(value: Any) -> Any:
    """A verdict as JSON: ``True``/``False``/``None`` unchanged, NOT_JUDGED as ``"not_judged"``."""
    return NOT_JUDGED_JSON if is_not_judged(value) else value


def from_json(value: Any) -> Any:
    """Inverse of :func:`to_json`."""
    return NOT_JUDGED if is_not_judged(value) else value


def count_verdicts(values: Any) -> dict[str, int]:
    """``{"yes", "no", "not_judged", "missing"}`` counts over verdicts (missing: ``None``).

    Example::

        >>> count_verdicts([True, False, NOT_JUDGED, None, "not_judged"])
        {'yes': 1, 'no': 1, 'not_judged': 2, 'missing': 1}
    """
    out = {"yes": 0, "no": 0, "not_judged": 0, "missing": 0}
    for v in values:
        if v is None:
            out["missing"] += 1
        elif is_not_judged(v):
            out["not_judged"] += 1
        elif isinstance(v, bool):
            out["yes" if v else "no"] += 1
        else:
            raise KeysentError(f"not a verdict: {v!r}; expected True, False, NOT_JUDGED or None")
    return out


__all__ = [
    "NOT_JUDGED",
    "NOT_JUDGED_JSON",
    "NotJudged",
    "Verdict",
    "is_judged",
    "is_not_judged",
    "to_json",
    "from_json",
    "count_verdicts",
]
