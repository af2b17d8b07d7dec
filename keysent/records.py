"""``to_dict`` / ``from_dict`` for keysent's dataclasses, with one rule for unknown keys.

Configs and records round-trip through JSON. ``from_dict`` rejects keys the class does not have,
naming them and the known ones, so a typo in a saved config is an error rather than a silently
ignored setting.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any, TypeVar

from keysent.errors import ConfigError

T = TypeVar("T", bound="DictRecord")


def check_keys(cls: type, data: dict[str, Any]) -> None:
    """Raise :class:`ConfigError` if ``data`` has keys that are not fields of dataclass ``cls``."""
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown {cls.__name__} key(s) {unknown}; known keys: {sorted(known)}")


class DictRecord:
    """Mixin for dataclasses: ``to_dict`` is ``asdict``; ``from_dict`` checks the keys first."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it."""
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Rebuild from :meth:`to_dict` output; unknown keys are a :class:`ConfigError`."""
        check_keys(cls, data)
        return cls(**data)
