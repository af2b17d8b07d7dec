"""Numbers of a sentence compared with the query's by value (round 13, issue 13).

A restated given writes the query's figures in its own way ("$0.50" for the query's "$0.5",
"1,200" for "1200"); a number the query lacks is the model's own (a result it computed, a fact
it brings). Used by :mod:`keysent.traces.material` and :mod:`keysent.traces.derivation`.

Example::

    >>> numbers_from("The lollipops cost them $0.50 each.", "They bought them for $0.5 each.")
    True
    >>> numbers_from("So she's 64.", "His wife is 4 years older than him, who is 60.")
    False
"""

from __future__ import annotations

import re

__all__ = ["numbers_from", "new_numbers"]

_NUMBER_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


def _values(text: str | None) -> list[float]:
    return [float(n.replace(",", "")) for n in _NUMBER_RE.findall(text or "")]


# Round 17: an amount in cents is retold in dollars ("Each pencil is $0.35." for "35 cents each").
_CENTS_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:cents?|¢)", re.IGNORECASE)


def new_numbers(sentence: str, query: str | None) -> list[float]:
    """The values of the numbers in ``sentence`` that the query (``query``) does not have,
    compared by value ("0.50" is the query's "0.5", and the query's "50 cents"), in order."""
    known = set(_values(query)) | {float(c) / 100 for c in _CENTS_RE.findall(query or "")}
    return [v for v in _values(sentence) if v not in known]


def numbers_from(sentence: str, query: str | None) -> bool:
    """Whether every number in ``sentence`` is, by value, one of the query's."""
    return not new_numbers(sentence, query)
