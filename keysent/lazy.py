"""Lazy exports for a package's ``__init__``: names imported from their modules on first access.

Heavy dependencies (torch, transformers) load only when a name that needs them is used::

    __all__, __getattr__, __dir__ = lazy_exports(__name__, {"fit_probes": "keysent.probe.fit"})

>>> import keysent.probe as probe
>>> probe.fit_probes.__module__
'keysent.probe.fit'
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, Callable

__all__ = ["lazy_exports"]


def lazy_exports(package: str, table: dict[str, str]) -> tuple[list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """``(__all__, __getattr__, __dir__)`` for ``package``, exporting ``table``'s names (name ->
    defining module). A name is imported on first access and then cached in the package; an
    unknown name raises :class:`AttributeError` naming the package, as Python does."""
    names = sorted(table)

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return names

    return names, __getattr__, __dir__
