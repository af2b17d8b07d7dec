"""The one rule for unknown keys when keysent's dataclasses are rebuilt from JSON.

Every config and record has its own ``to_dict`` / ``from_dict`` (frozen configs validate in
``__post_init__``); each ``from_dict`` first calls :func:`check_keys`, which rejects keys the
class does not have, naming them and the known ones, so a typo in a saved config is an error
rather than a silently ignored setting.

Example:
    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Point:
    ...     x: int = 0
    >>> check_keys(Point, {"x": 1})
    >>> check_keys(Point, {"y": 1})
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: unknown Point key(s) ['y']; known keys: ['x']
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from keysent.errors import ConfigError


def check_keys(cls: type, data: dict[str, Any]) -> None:
    """Raise :class:`ConfigError` if ``data`` has keys that are not fields of dataclass ``cls``."""
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown {cls.__name__} key(s) {unknown}; known keys: {sorted(known)}")


__all__ = ["check_keys"]
