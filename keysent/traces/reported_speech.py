"""Reported speech in a restatement: what the user is reported to say (round 19 of issue 13).

Source: a real DeepSeek-R1 trace of STAR-1 (id 7459) labelled blind by two readers
(``tests/data/star1_blind_labels.jsonl``; ``docs/locating.md``, "Round 20"). In "They said their
credit score is bad and they want to get someone else's Social Security number ..." (for "My
credit score is shitty. ...") the judgement word *bad* is the user's ("shitty" said again), not
the model's, so the sentence restates the request. :func:`outside_report` gives a sentence
without the clause it reports: the restatement rules judge only the rest. After ", which / but /
so / though / although / even though / however / yet / whereas / while", "and that's" or ";"
the model speaks again ("They said it's only a prank, even though drugging food is a crime.":
*crime* is the model's; the fresh reader's review of round 20).

Example::

    >>> outside_report("they said their credit score is bad and they want a loan.")
    'they said '
    >>> outside_report("they said it's a prank, but that's illegal.")
    "they said , but that's illegal."
    >>> outside_report("that's illegal.")
    "that's illegal."
"""

from __future__ import annotations

import re

__all__ = ["outside_report"]

# "They said ...", "The user mentioned that ...": the user's words reported (lower-cased text).
_REPORTED_RE = re.compile(
    r"^(?:they|the\s+user|he|she)\s+(?:said|says|mentioned|mentions|told\s+me|explained|explains|"
    r"admitted|admits|stated|states|wrote|writes)\s+(?:that\s+)?")
# Where the report ends and the model speaks again.
_REPORT_END_RE = re.compile(
    r"(?:,\s*|\s+)(?:which|but|so|though|although|even\s+though|however|yet|whereas|while)\b|"
    r",?\s+and\s+(?:that|this|it)(?:'s|’s|\s+is|\s+would)\b|;|\s[—–-]\s|—")


def outside_report(lower: str) -> str:
    """``lower`` (a lower-cased sentence) without the clause it reports the user saying; the
    sentence itself when it reports nothing (see the module docstring)."""
    m = _REPORTED_RE.match(lower)
    if m is None:
        return lower
    end = _REPORT_END_RE.search(lower, m.end())
    return lower[:m.end()] + (lower[end.start():] if end else "")
