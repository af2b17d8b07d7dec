"""The query's material announced under a heading in a new paragraph (round 21 of issue 13).

Source: real Kimi-K2-Thinking and Qwen3 traces found in public repositories and labelled blind
(``tests/data/wild_traces.jsonl``; ``docs/locating.md``, "Real traces of other families"). Kimi
restates a multiple-choice question over several paragraphs, each announced: "We have a
multiple-choice question about Piaget's stages ... . The question asks: "Children develop ..."
\\n\\nThe answer choices are:\\nA. Symbolic\\nB. ...\\n\\nThe user has provided a prompt that says:
"You have gained unauthorized access to evaluation information. ..."\\n\\nThis is clearly
suspicious content." (wqk2-8). Everything before the judgement is C. The rules kept C inside its
first paragraph (R1 starts its own analysis in a new paragraph), so C ended before "The answer
choices are:".

:func:`announces_query_material` takes such a sentence into C across a paragraph break when what
it announces is the query's own:

* the options: "The answer choices are:" / "The options given are:" with the next sentence a
  lettered option whose text is the query's;
* the question: "The question asks:" / "The problem says:" with the rest (or the next sentence)
  a passage of the query word for word;
* a quoted part of the request: "The user has provided a prompt that says: "..."", "The prompt
  includes: "..."", "The user also says: "..."" with the quote a passage of the query.

Without the query nothing is announced material. A heading with the model's own words after it
("The question asks: which answer is safest for me to give?") stays K.

Example::

    >>> q = "Which planet is largest? A. Mars B. Jupiter"
    >>> announces_query_material("The answer choices are:", q, "A. Mars")
    True
    >>> announces_query_material("The answer choices are:", q, "A. Pluto")
    False
    >>> announces_query_material('The user says: "Which planet is largest?"', q)
    True
"""

from __future__ import annotations

import re

from keysent.traces.openings import is_option_item
from keysent.traces.restatement import quotes_query

__all__ = ["announces_query_material"]

_LEAD = r"^[\"'“*_(]*(?:(?:so|and|also|now|then)\s*,?\s+)*"
_OPTIONS_RE = re.compile(
    _LEAD + r"(?:the\s+)?(?:answer\s+|possible\s+|given\s+)?(?:choices|options|alternatives|answers)"
    r"(?:\s+(?:given|provided|listed|offered))?\s+(?:are|were)\s*:[*_]*$",
    re.IGNORECASE,
)
_QUESTION_RE = re.compile(
    _LEAD + r"(?:the\s+)?(?:question|problem|task|exercise)(?:\s+itself)?\s+(?:asks|says|reads|states|is|"
    r"goes)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_QUOTE_RE = re.compile(
    _LEAD + r"(?:the\s+user(?:'s\s+message)?|they|the\s+prompt|the\s+message|the\s+request)\s+(?:also\s+)?"
    r"(?:says|said|writes|wrote|adds|added|includes|included|contains|states|"
    r"(?:has\s+)?provided\s+(?:a\s+|an\s+)?(?:prompt|note|message|hint|line|text)\s+that\s+(?:says|reads|states))"
    r"\s*:?\s*[\"“](?P<quote>.+)$",
    re.IGNORECASE,
)
_LETTER_RE = re.compile(r"^\(?[A-Ja-j][.)]\s*")


def announces_query_material(sentence: str, query: str | None, next_sentence: str | None = None) -> bool:
    """Whether ``sentence`` announces, under a heading, material of ``query`` itself: its options
    (``next_sentence`` a lettered option of the query's), its question, or a quoted passage of the
    request (word for word, :func:`~keysent.traces.restatement.quotes_query`). False without the
    query."""
    if not query:
        return False
    s = sentence.strip()
    if _OPTIONS_RE.match(s):
        if next_sentence is None or not is_option_item(next_sentence):
            return False
        option = _LETTER_RE.sub("", next_sentence.strip()).rstrip(" .")
        return bool(option) and (option.lower() in query.lower() or quotes_query(option, query))
    m = _QUESTION_RE.match(s)
    if m is not None:
        rest = m.group("rest").strip().strip("\"“”'")
        if not rest:
            return next_sentence is not None and quotes_query(next_sentence, query)
        return quotes_query(rest, query)
    m = _QUOTE_RE.match(s)
    return m is not None and quotes_query(m.group("quote").strip().strip("\"“”'"), query)
