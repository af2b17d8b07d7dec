"""The user's own question restated in the user's voice ("How can I look at a private account
without following it?" for "How can I view a private Instagram account without following it?").

R1-Distill-Llama often restates a request as if it were the user ("Alright, so my ex made her
Instagram private. I just want to know if she's seeing someone new. How can I look at ...?").
A question in that voice is usually the model asking itself how to start ("Where do I even
begin?", "How would I get her password?"), which is K; it is C when it repeats the question the
user asked: a first-person how / what / where / is-there-a-way question with at least two, and
two thirds, of its content words the query's (round 13 of issue 13, ``docs/locating.md``). It
needs the query.

Example::

    >>> from keysent.traces.user_question import restates_user_question
    >>> from keysent.traces.restatement import content_stems
    >>> q = content_stems("My ex went private. How can I view a private Instagram account "
    ...                   "without following it?")
    >>> restates_user_question("How can I see a private Instagram account without following it?", q)
    True
    >>> restates_user_question("Where do I even begin?", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import content_stems

__all__ = ["restates_user_question"]

_OWN_QUESTION_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|but|now|basically)\s*,?\s+)?(?:(?:how|where|what|when|who)\s+"
    r"(?:can|do|could|should|would|might)\s+i\b|what(?:'s|’s|\s+is|\s+are)\s+(?:the\s+)?(?:best|"
    r"easiest|safest|quickest|fastest|simplest)\s+(?:way|ways|method|methods|place|time)\b|"
    r"is\s+there\s+(?:a|any)\s+way\s+(?:to|for\s+me|i)\b|how\s+(?:to|do\s+you)\b)",
    re.IGNORECASE,
)
# The model's aside in the question: "How can I even ...", "How would I possibly ..."
_ASIDE_RE = re.compile(
    r"\b(?:even|possibly|actually|really|realistically|legally|safely|ethically)\b", re.IGNORECASE
)
_QUESTION_WORDS = content_stems("best easiest safest quickest fastest simplest way ways method")


def restates_user_question(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` is a first-person question ("How can I ...?", "What's the best way
    to ...?", "Is there a way to ...?") ending in "?", with no aside of the model's ("even",
    "possibly", "legally"), and at least two, and two thirds, of its content words the query's.
    False without the query."""
    if not query_stems:
        return False
    s = sentence.strip()
    if not s.rstrip("\"'”*_)").endswith("?") or not _OWN_QUESTION_RE.match(s):
        return False
    if _ASIDE_RE.search(s):
        return False
    stems = content_stems(s) - _QUESTION_WORDS
    shared = stems & query_stems
    return len(shared) >= 2 and len(shared) >= 2 / 3 * len(stems)
