"""A restated given that carries a value the model derived (round 13, issue 13).

"His wife is 4 years older than him, so she's 64." restates the query's fact and then computes
from it: the computation is the model's first step, so the sentence is K, however many of its
words the query has. A derived value is a number the query lacks (compared by value,
:mod:`keysent.traces.numbers`) in a result clause: after *so / which makes / which gives /
that's / = / equals / comes to*.

Example::

    >>> q = "Steve is 60 years old. His wife is 4 years older than him."
    >>> derives_value("His wife is 4 years older than him, so she's 64.", q)
    True
    >>> derives_value("His wife is 4 years older than him.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.numbers import new_numbers

__all__ = ["derives_value"]

# A result clause: ", so she's 64", ", which makes him 32", ", that's 300", "= 398" (not a bare
# "makes" or "total": "He makes $20 an hour.", "the total number of minutes in 7 days").
_RESULT_RE = re.compile(
    r"(?:[,;:]\s*(?:so|thus|hence|therefore|which\s+(?:makes|gives|means|is|equals)|that(?:'s|’s|"
    r"\s+is|\s+makes|\s+gives))\b|=|\b(?:equals|comes\s+to|adds\s+up\s+to)\b)"
    r"(?P<result>[^,;]*)",
    re.IGNORECASE,
)


def derives_value(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` states a value of its own in a result clause: a number the query
    (``query``) lacks after *so, which makes, that's, =, gives ...* ("..., so she's 64.", "...,
    which makes him 32."). Needs the query (without it every number would look derived)."""
    if not query:
        return False
    return any(new_numbers(m.group("result"), query) for m in _RESULT_RE.finditer(sentence))
