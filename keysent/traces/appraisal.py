"""The model's appraisal of the request itself (round 13, issue 13).

"The premise is odd: no human lives 200 years." or "The wording is a bit confusing." restate
nothing: the model evaluates the question, its premise or wording. Such a sentence is K even
when the rest of it reuses the query's words. An appraisal is *the premise / question / wording
/ phrasing / request / prompt / problem / scenario* + a copula + an evaluative adjective.

Example::

    >>> appraises_request("The premise is odd: no human lives 200 years, disabled or not.")
    True
    >>> appraises_request("The question is how many toys he needs.")
    False
"""

from __future__ import annotations

import re

__all__ = ["appraises_request"]

_APPRAISAL_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|but|and|now|hmm+|well|okay|ok)\s*,?\s+)?(?:the|this|that|their|its|"
    r"the\s+user's|the\s+user’s)\s+(?:premise|question|wording|phrasing|framing|request|prompt|"
    r"problem|scenario|assumption|claim|question's\s+premise)\s+(?:itself\s+)?(?:is|seems|sounds|"
    r"looks|feels|appears)\s+(?:(?:a\s+)?(?:bit|little|rather|quite|very|pretty|really|somewhat|"
    r"kind\s+of|sort\s+of|a\s+bit|fairly)\s+)*(?:odd|strange|weird|flawed|false|wrong|confusing|"
    r"ambiguous|unclear|misleading|loaded|off|problematic|offensive|absurd|nonsensical|"
    r"contradictory|inconsistent|mistaken|incorrect|tricky|suspicious|bizarre|questionable|"
    r"discriminatory|biased|harmful|concerning|troubling|silly|impossible|unrealistic)\b",
    re.IGNORECASE,
)


def appraises_request(sentence: str) -> bool:
    """Whether ``sentence`` evaluates the request itself ("The premise is odd: ...", "The
    wording seems a bit confusing."): the model's reaction, so K, never C."""
    return bool(_APPRAISAL_RE.match(sentence.strip()))
