"""The query's own material restated after its goal: options, code, examples, announced lists
(round 16, issue 13).

A problem trace often names its goal first ("Okay, so I need to count the pairs that add up to
the target.", "I need to pick the planet with the shortest year.") and only then restates the
rest of the query: its lettered options, its example or code, a list of its clues. Until round
16 a goal closed C, so these became K. The tests here are about what the sentence shares with
the query, not about its wording (``docs/locating.md``, "Round 16 (problems)"):

* :func:`restates_query_options`: an options sentence ("The options are A) 0.375, B) 0.38 ...",
  "The choices are:") for a query that has lettered options, with no content word or number
  the query lacks (besides *option / choice*, and since round 22 the words of a summary: "The
  answer choices give various combinations of heights and ratios."): "The options all look
  plausible." and "The options are close, but A) seems right." stay K;
* :func:`restates_query_code`: a literal of the query's of six characters or more, copied
  verbatim (a list, a call, an expression: "count_pairs([1, 5, 7, -1], 6)", "nums.reverse()";
  not a notation such as "O(1)": "Hash maps give O(1) lookups." is an answer), and no literal
  of its own, in a sentence that makes no move of its own (no opener such as "Oh", "But",
  "Wait"; no judgement), whose numbers are the query's and half of whose other content words
  are the query's: "The example is count_pairs([1, 5, 7, -1], 6), which should give 2." is C;
  "Oh, nums.reverse() works in place and returns nothing." and "Running count_pairs([1, 5, 7,
  -1], 6) by hand gives the pairs (1, 5) and (7, -1)." stay K;
* :func:`announces_query_list`: a bare announcement ("The facts are:", "We have these
  conditions:") with no content word of its own, followed by a list whose first item restates
  the query.

Example::

    >>> q = "Which gas do plants absorb?\\nA) Oxygen\\nB) Carbon dioxide\\nC) Nitrogen"
    >>> restates_query_options("The options are A) Oxygen, B) Carbon dioxide, C) Nitrogen.", q)
    True
    >>> restates_query_options("The options all look plausible.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.numbers import numbers_from
from keysent.traces.openings import is_list_item, restates_options
from keysent.traces.restatement import _MOVE_RE, _judges, quotes_query
from keysent.traces.word_forms import content_stems

__all__ = ["restates_query_options", "restates_query_code", "announces_query_list",
           "has_own_literal", "QUERY_OPTION_RE"]

# Lettered options in the query: "A) Oxygen", "(b) Queue", "C. Saturn" at a line start or after
# a space (also what :func:`keysent.traces.givens.is_problem_query` looks for).
QUERY_OPTION_RE = re.compile(r"(?:^|\s)\(?[A-Da-d][.)]\s+\S")
# The words an options sentence adds to the query's options.
_OPTION_WORDS = content_stems("option options choice choices answer answers given listed")
# What a summary of the query's options adds: "The answer choices give various combinations of
# heights and ratios." (real Kimi-K2-Thinking, round 22)
_SUMMARY_WORDS = content_stems("give gives offer offers show shows present presents cover covers "
                               "provide provides range ranges vary varies differ differs various "
                               "different several possible combination combinations value values "
                               "mix set sets pair pairs number numbers list lists")
# A literal: a call, a list or a bracketed group, with what is glued to it ("nums.reverse()",
# "[4, 5, 6]", "count_pairs([1, 5], 6)", "[[1]*3]*2"), one level of nesting.
_LITERAL_RE = re.compile(
    r"[\w.]*(?:\((?:[^()\n]|\([^()\n]*\))*\)|\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\])[\w.*+\-/=]*"
)
# Words a sentence about the query's code or example adds ("The example is ...").
_CODE_WORDS = content_stems("example examples input output answer result code function line "
                            "lines call returns return gives give print prints does just now "
                            "right")
# Words of a bare announcement.
_LIST_WORDS = content_stems("clue clues condition conditions fact facts rule rules statement "
                            "statements given givens option options choice choices constraint "
                            "constraints following these here three two four five")


def _query_has_options(query: str | None) -> bool:
    return bool(query) and len(QUERY_OPTION_RE.findall(query)) >= 2


def restates_query_options(sentence: str, query: str | None,
                           query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` restates the lettered options of ``query`` (see the module
    docstring): an options sentence, nothing in it that the query lacks."""
    if not _query_has_options(query) or not restates_options(sentence):
        return False
    s = sentence.strip()
    stems = query_stems if query_stems is not None else content_stems(query)
    if _MOVE_RE.match(s.lower()) or _judges(s.lower(), stems) or not numbers_from(s, query):
        return False
    return content_stems(s) - _OPTION_WORDS - _SUMMARY_WORDS <= stems


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def has_own_literal(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` has a literal (a call, a list, a bracketed group) that the query does
    not have, spacing aside: "the pairs are (1, 5) and (7, -1)" works an example out."""
    compact = _compact(query or "")
    return any(_compact(m.group()).rstrip(".,;:") not in compact
               for m in _LITERAL_RE.finditer(sentence))


def restates_query_code(sentence: str, query: str | None,
                        query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` restates the query's code or example: it copies a literal of the
    query verbatim, has no literal of its own ("the pairs are (1, 5) and (7, -1)" is a worked
    result) and adds nothing else of its own (see the module docstring)."""
    if not query:
        return False
    s = sentence.strip()
    lower = s.lower()
    if s.endswith("?") or (_MOVE_RE.match(lower) and not lower.startswith("right now")):
        return False
    literals = [m.group() for m in _LITERAL_RE.finditer(s)]
    # a literal of some length: a notation such as "O(1)" is a word of the answer's, not code
    if not any(len(_compact(t)) >= 6 for t in literals) or has_own_literal(s, query):
        return False
    stems = query_stems if query_stems is not None else content_stems(query)
    if _judges(lower, stems) or not numbers_from(s, query):
        return False
    rest = _LITERAL_RE.sub(" ", s)
    own = content_stems(rest) - _CODE_WORDS
    return 2 * len(own & stems) >= len(own)


def announces_query_list(texts: list[str], i: int, query: str | None,
                         query_stems: set[str] | None = None) -> bool:
    """Whether ``texts[i]`` announces a list of the query's material ("The clues are:") with no
    content word of its own, and ``texts[i + 1]`` is a list item that quotes the query or has
    two thirds of its content words (at least two) from it."""
    if not query or i + 1 >= len(texts):
        return False
    s = texts[i].strip().rstrip("*_")
    if not s.endswith(":") or _MOVE_RE.match(s.lower()) or not is_list_item(texts[i + 1]):
        return False
    stems = query_stems if query_stems is not None else content_stems(query)
    if not content_stems(s) <= _LIST_WORDS | stems:
        return False
    item = re.sub(r"^\s*(?:\(?[A-Ja-j0-9]{1,2}[.)]|[-*•])\s+", "", texts[i + 1])
    own = content_stems(item)
    shared = own & stems
    return quotes_query(item, query) or (len(shared) >= 2 and 3 * len(shared) >= 2 * len(own))
