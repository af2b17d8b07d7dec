"""The options of ``python -m keysent.attention`` after the model and data: :class:`AttentionConfig`.

Example:
    >>> from keysent.attention.config import AttentionConfig
    >>> AttentionConfig.from_dict({"layers": "0,-1", "regenerate": False}).knockout
    True
    >>> AttentionConfig(knockout_rows="all")
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: knockout_rows must be one of 'predict', 'K', 'after', got 'all'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from keysent.errors import ConfigError
from keysent.records import check_keys

__all__ = ["AttentionConfig", "knockout_row_conventions"]


def knockout_row_conventions() -> tuple[str, ...]:
    """The values of ``rows`` that :func:`keysent.attention.knockout.knockout` accepts."""
    from typing import get_args

    from keysent.attention.knockout import Rows

    return tuple(get_args(Rows))


@dataclass(frozen=True)
class AttentionConfig:
    """Options of the attention analysis (:mod:`keysent.attention.__main__`).

    Attributes:
        layers: ``"all"``, ``"0,3,-1"`` or ``"2:6"``: the layers measured.
        knockout: run the knock-outs (K cannot see the query / C / both).
        knockout_rows: which rows lose sight of the span (:func:`knockout_row_conventions`).
        regenerate: regenerate K under each knock-out (else only K's log-likelihood is measured).
        batch_size: traces per hooked forward pass.
        static_figures: export PNG and PDF besides HTML (needs Chromium).
    """

    layers: str = "all"
    knockout: bool = True
    knockout_rows: str = "predict"
    regenerate: bool = True
    batch_size: int = 8
    static_figures: bool = True

    def __post_init__(self) -> None:
        from keysent.capture import resolve_layers

        if not isinstance(self.layers, str) or not self.layers.strip():
            raise ConfigError(f"layers must be 'all', a list like '0,3,-1' or a range like '2:6', got {self.layers!r}")
        resolve_layers(self.layers, 10**6)  # the syntax; the range is checked against the model
        rows = knockout_row_conventions()
        if self.knockout_rows not in rows:
            raise ConfigError(f"knockout_rows must be one of {', '.join(map(repr, rows))}, got {self.knockout_rows!r}")
        for name in ("knockout", "regenerate", "static_figures"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"{name} must be True or False, got {getattr(self, name)!r}")
        if isinstance(self.batch_size, bool) or not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise ConfigError(f"batch_size must be an integer >= 1 (traces per forward pass), got {self.batch_size!r}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` inverts it."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "AttentionConfig":
        """Rebuild from :meth:`to_dict` output; unknown keys are a :class:`ConfigError`."""
        check_keys(cls, data)
        return cls(**data)
