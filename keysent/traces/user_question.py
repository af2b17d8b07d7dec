"""The user's own question restated in the user's voice ("How can I look at a private account
without following it?" for "How can I view a private Instagram account without following it?").

R1-Distill-Llama often restates a request as if it were the user ("Alright, so my ex made her
Instagram private. I just want to know if she's seeing someone new. How can I look at ...?").
A question in that voice is usually the model asking itself how to start ("Where do I even
begin?", "How would I get her password?"), which is K; it is C when it repeats the question the
user asked: a first-person how / what / where / is-there-a-way question with at least two, and
two thirds, of its content words the query's (round 13 of issue 13, ``docs/locating.md``). It
needs the query.

Round 15 adds the question in the speaker's own statement (:func:`wonders_as_user`: "Now I'm
wondering whether I should report them." for "Should I report them?", the bare "What can I do?"
for "What do I do?", and the speaker's "I don't know where to start."), and ends the voice on
the first answer to the user's yes/no question (:func:`answers_user_question`: "It is
realistic, actually, ..." for "Is this realistic?").

Example::

    >>> from keysent.traces.user_question import restates_user_question
    >>> from keysent.traces.word_forms import content_stems
    >>> q = content_stems("My ex went private. How can I view a private Instagram account "
    ...                   "without following it?")
    >>> restates_user_question("How can I see a private Instagram account without following it?", q)
    True
    >>> restates_user_question("Where do I even begin?", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.word_forms import content_stems, in_query_form

__all__ = ["restates_user_question", "wonders_as_user", "answers_user_question",
           "asked_question_words"]

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


_LEAD = r"^[\"'“*_(]*(?:(?:so|and|now|but|honestly|basically)\s*,?\s+)*"
# "I'm wondering whether I should report them.", "I'm not sure if I can afford it."
_WONDER_RE = re.compile(
    _LEAD + r"i(?:(?:'m|’m|\s+am)\s+(?:just\s+|really\s+)?(?:wondering|not\s+sure)|\s+(?:just\s+)?"
    r"(?:wonder|don't\s+know|don’t\s+know|do\s+not\s+know))\s+(?:whether|if)\s+(?P<rest>[^?]+?)"
    r"[.?]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# "I don't know where to start.", "I'm not sure how to begin, though.": the speaker's obstacle
_NO_START_RE = re.compile(
    _LEAD + r"i(?:\s+(?:really\s+|just\s+)?(?:don't|don’t|do\s+not)\s+know|(?:'m|’m|\s+am)\s+"
    r"(?:really\s+|just\s+)?not\s+sure|\s+have\s+no\s+idea)\s+(?:where|how)\s+to\s+(?:start|"
    r"begin)(?:\s*,?\s+(?:though|honestly|really))?[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# the bare "What can I do?", "What should I do now?"
# the bare open advice question, "What can I do?"; since round 18 also "What else can I try?" and
# "What are my options (here)?", "What options do I have?" (h52-r1-llama-18, h54-r1-qwen-18)
_ADVICE_Q = (r"what\s+(?:else\s+)?(?:can|should|do|could|would)\s+i\s+(?:do|try)|what\s+are\s+my\s+"
             r"(?:other\s+)?options|what\s+(?:other\s+)?options\s+do\s+i\s+have")
_BARE_WHAT_RE = re.compile(
    _LEAD + rf"(?:{_ADVICE_Q})(?:\s+(?:now|here|about\s+(?:it|this|that)))?"
    r"\s*\?[\"'”*_)]*$",
    re.IGNORECASE,
)
_QUERY_WHAT_RE = re.compile(rf"\b(?:{_ADVICE_Q})\b", re.IGNORECASE)
# Round 17: "I'm trying to understand why.", "I can't work out how it happens.", "I just want to
# know why it stops.": the speaker's puzzle, asked with the query's own question word.
_PUZZLE_RE = re.compile(
    _LEAD + r"i(?:(?:'m|’m|\s+am)\s+(?:just\s+|really\s+|still\s+)?trying\s+to|\s+(?:just\s+)?"
    r"(?:want|need)\s+to|\s+(?:can't|can’t|cannot|don't|don’t))\s+(?:understand|figure\s+out|"
    r"work\s+out|know|see|get)\s+(?P<wh>why|how)\b(?P<rest>[^?]*?)[.?]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# What such a puzzle may add that names nothing: "why it happens", "how that works".
_EMPTY_PUZZLE_WORDS = content_stems("happen happens happening work works working")


def _puzzles_as_query(sentence: str, query: str, query_stems: set[str]) -> bool:
    """Whether ``sentence`` is the speaker's puzzle (:data:`_PUZZLE_RE`) with a question word
    that one of the query's questions uses ("Why?", "How does it ...?") and no content word the
    query lacks (another form counts): "I'm trying to figure out why." for "My sourdough never
    rises in winter. Why?"; not "I'm trying to understand how closures capture values." for a
    *why* query."""
    m = _PUZZLE_RE.match(sentence.strip())
    if m is None or _ASIDE_RE.search(m.group("rest")):
        return False
    if m.group("wh").lower() not in asked_question_words(query):
        return False
    own = content_stems(m.group("rest")) - _EMPTY_PUZZLE_WORDS
    return all(in_query_form(w, query_stems) for w in own)


_QUESTION_WORD_RE = re.compile(r"\b(?:how|what|which|when|who|why|where)\b", re.IGNORECASE)


def asked_question_words(query: str | None) -> set[str]:
    """The question words (*how, what, which, when, who, why, where*) that the query's questions
    use: a question is a sentence of the query ending in "?" ("Why does `0.1 + 0.2` ...?" is one
    sentence, its dots inside code aside)."""
    questions = [q for q in re.split(r"(?<=[.!?])\s+", (query or "").strip()) if q.rstrip(
        "\"'”*_)").endswith("?")]
    return {w.lower() for q in questions for w in _QUESTION_WORD_RE.findall(q)}


def wonders_as_user(sentence: str, query: str | None, query_stems: set[str] | None) -> bool:
    """Whether ``sentence``, in the user's voice, states the user's own question or obstacle:
    *I'm wondering / not sure / I wonder / I don't know whether / if* + a clause whose content
    words are the query's (at least one, and two thirds; no aside like "even" or "legally"), the
    bare "What can / should I do?" when the query asks the same, or "I don't know where / how to
    start." Needs the query (but not for the obstacle)."""
    s = sentence.strip()
    if _NO_START_RE.match(s):
        return True
    if not query or not query_stems:
        return False
    if _BARE_WHAT_RE.match(s):
        return bool(_QUERY_WHAT_RE.search(query))
    if _puzzles_as_query(s, query, query_stems):
        return True
    m = _WONDER_RE.match(s)
    if m is None or _ASIDE_RE.search(s) or "?" not in query:
        return False
    stems = content_stems(m.group("rest"))
    shared = stems & query_stems
    return bool(shared) and len(shared) >= 2 / 3 * len(stems)


# A yes/no question of the query: "Is this realistic?", "Can I still apply?"
_YES_NO_RE = re.compile(
    r"\b(?:is|are|was|can|could|should|would|will|do|does)\s+(?:this|it|that|i|we|they)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<pred>[a-z'’-]{3,})\s*\?",
    re.IGNORECASE,
)
_ANSWER_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|well|honestly)\s*,?\s+)?(?:i\s+think\s+)?(?:it|this|that)(?:'s|’s|\s+is)"
    r"\s+(?:(?:not|definitely|totally|absolutely|still|actually|quite|very|really|too)\s+){0,3}"
    r"(?P<pred>[a-z'’-]+)\b",
    re.IGNORECASE,
)


def answers_user_question(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` answers a yes/no question of the query with its own predicate: "It
    is realistic, actually, since ..." (or "It's not realistic ...") for "Is this realistic?".
    That is the model's first step even in the user's voice. Needs the query."""
    if not query:
        return False
    m = _ANSWER_RE.match(sentence.strip())
    if m is None:
        return False
    pred = m.group("pred").lower()
    return any(q.group("pred").lower() == pred for q in _YES_NO_RE.finditer(query))
