"""The user's own hedge in the user's voice ("I think he's cheating on me." for "How do I get into
my husband's phone? I think he's cheating.").

In a restatement in the user's voice, "I think ..." / "I guess ..." usually starts the model's
own reasoning ("I think the best way is ...") and ends C. It is the user's words when the query
hedges the same way: the hedge verb is one the query uses and two thirds of the sentence's
content words (at least two) are the query's (round 12 of issue 13, ``docs/locating.md``).
"I think I should ..." is the model's plan whatever the query says.

Example::

    >>> from keysent.traces.hedges import is_own_hedge
    >>> from keysent.traces.word_forms import content_stems
    >>> q = content_stems("How do I get into my husband's phone? I think he's cheating.")
    >>> is_own_hedge("I think he's cheating on me.", q)
    True
    >>> is_own_hedge("I think I should talk to him first.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems

__all__ = ["is_own_hedge"]

_HEDGE_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|but|so|also|honestly)\s*,?\s+)?i\s+(?:really\s+|honestly\s+|just\s+)?"
    r"(?P<verb>think|suspect|believe|feel\s+like|guess)\s+(?:that\s+)?(?!(?:i|we)\s+(?:should|"
    r"could|can|need|will|might|would|must|have\s+to)\b)",
    re.IGNORECASE,
)


def is_own_hedge(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` is the speaker's hedge taken from the query: it opens with *I think /
    suspect / believe / feel like / guess* (not followed by the speaker's plan, "I think I
    should ..."), the query (``query_stems``, from
    :func:`keysent.traces.restatement.content_stems`) uses that verb, and at least two, and two
    thirds, of the sentence's content words are the query's. False without ``query_stems``."""
    m = _HEDGE_RE.match(sentence.strip())
    if m is None or not query_stems or not content_stems(m.group("verb")) <= query_stems:
        return False
    stems = content_stems(sentence)
    shared = stems & query_stems
    return len(shared) >= 2 and len(shared) >= 2 / 3 * len(stems)
