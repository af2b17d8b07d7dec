"""The one error type keysent raises for user mistakes.

Every user-facing problem (a missing path, an unknown position name, a dataset without the named
column, a span outside the sequence, ...) raises :class:`KeysentError` or one of its subclasses, with
a message that names the offending input and the fix. Errors from deep inside torch or transformers
are caught at the boundary and re-raised as a ``KeysentError`` with the original as ``__cause__``.

Subclasses exist only so callers can catch one area's problems; each is still a ``KeysentError``
and a ``ValueError``, so ``except ValueError`` keeps working for code that does not know keysent.
"""

from __future__ import annotations


class KeysentError(ValueError):
    """A problem with the input keysent was given; the message says what and how to fix it."""


class ModelLoadError(KeysentError):
    """A model or tokenizer could not be loaded (missing path, offline hub name, no chat template)."""


class ChatFormatError(KeysentError):
    """The tokenizer's chat template does not have the shape keysent needs."""


class TraceError(KeysentError):
    """A reasoning trace is malformed or lacks a part an analysis needs (no K, no think markers)."""


class SpanError(KeysentError):
    """A span or position lies outside the sequence, or is empty where it must not be."""


class DatasetError(KeysentError):
    """A dataset spec cannot be read, is empty, or lacks a named column."""


class ConfigError(KeysentError):
    """An option or configuration value is unknown or out of range."""


class CacheError(KeysentError):
    """A cache file is corrupt, of another schema, or not a keysent cache; the message names it."""


__all__ = [
    "KeysentError",
    "ModelLoadError",
    "ChatFormatError",
    "TraceError",
    "SpanError",
    "DatasetError",
    "ConfigError",
    "CacheError",
]
