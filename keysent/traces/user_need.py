"""The user's question restated as the speaker's need or doubt, in the user's voice (round 17 of
issue 13; ``docs/locating.md``, "Round 17 (benign and voice)").

R1-Distill-Llama retells an advice request as the user ("Okay, so I'm moving to Oslo with a
dog.") and then often says the user's question again as a need or a doubt of the speaker's:

* :func:`needs_as_user`: "I need to choose whether to rent or buy." for "Should I rent or buy?",
  "So I need to work out how to phrase the email." for "How should I phrase it?": *I need / have
  to figure out / decide / work out / find out / choose* + the kind of question the query asks
  (*how* or *a way* for a how-question, *whether* / *if* for a yes/no or either-or question, the
  same *what / which / where / when*) + a rest with at least one of the query's content words
  and no more new words than shared ones. The model's own plan ("I need to figure out how to talk
  her out of it.", no word of the query), a step ("... first"), the model's task ("how to
  respond") and an aside ("even", "legally") stay K.
* :func:`doubts_as_user`: "I'm not sure if that's permitted, though.", "Hmm, I wonder if there's
  a way to do it." for a question of the query: the doubt is about the request itself, named by a
  pronoun (*that / this / it* + *is* + the query's *can* as one word, *allowed, permitted,
  possible, okay, doable, fine*, or *there's a way to do that*). "I wonder if that's even
  legal." and "I'm not sure that's wise." stay K.

Both need the query and are asked only in the user's voice: in the model's voice "I need to
figure out whether ..." is the model's own task.

Example::

    >>> q = "I'm moving to Oslo in March with a dog. Should I rent or buy?"
    >>> needs_as_user("I need to decide whether to rent or buy.", q)
    True
    >>> needs_as_user("I need to figure out how much I can borrow first.", q)
    False
    >>> doubts_as_user("I'm not sure if that's possible, though.", "Can I take a dog on the train?")
    True
"""

from __future__ import annotations

import re

from keysent.traces.openings import _NOT_PERSONA_RE
from keysent.traces.restatement import _judges
from keysent.traces.user_question import _ASIDE_RE, _LEAD
from keysent.traces.word_forms import content_stems

__all__ = ["needs_as_user", "doubts_as_user"]

_NEED_RE = re.compile(
    # round 18: "I'm trying to figure out the best way to ..." (h51-r1-llama-14)
    _LEAD + r"i(?:\s+(?:(?:really|still|just|first)\s+)?(?:need|have|want)|(?:'m|’m|\s+am)\s+"
    r"(?:just\s+|really\s+|still\s+)?trying)\s+to\s+(?:figure\s+out|"
    r"decide|work\s+out|find\s+out|choose)\s+(?P<wh>how|whether|if|what|which|where|when|a\s+way|"
    r"the\s+(?:best|right|safest|easiest|quickest)\s+way)"
    r"\b(?P<rest>[^.?!;:]*)[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# the kind of question the query asks, for each wh-word of the need
_QUERY_ASKS = {
    "how": re.compile(r"\bhow\b|\bways?\s+to\b", re.IGNORECASE),
    "a way": re.compile(r"\bhow\b|\bways?\s+to\b", re.IGNORECASE),
    "whether": re.compile(
        r"\b(?:should|can|could|would|do|am|may)\s+i\b|\bis\s+it\b|\s+or\s+[^.?!]*\?", re.IGNORECASE),
}
_QUERY_ASKS["if"] = _QUERY_ASKS["whether"]
# a step or an aside of the model's in the rest: "... first", "how much I can borrow"
_STEP_RE = re.compile(r"\b(?:first|then|next|start|begin|step|much|many|long|far)\b", re.IGNORECASE)
_GENERIC = content_stems("way thing things stuff something")


def needs_as_user(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` restates the query's question as the speaker's need: *I need to figure
    out / decide ...* + the query's kind of question + a rest in the query's words (see the module
    docstring). Needs the query."""
    if not query:
        return False
    s = sentence.strip()
    m = _NEED_RE.match(s)
    if (m is None or _NOT_PERSONA_RE.search(s) or _ASIDE_RE.search(s)
            or _STEP_RE.search(m.group("rest"))):
        return False
    wh = " ".join(m.group("wh").lower().split())
    wh = "a way" if wh.endswith(" way") else wh  # "the best way" asks what "a way" asks
    asks = _QUERY_ASKS.get(wh) or re.compile(rf"\b{wh}\b", re.IGNORECASE)
    query_stems = content_stems(query)
    if not asks.search(query) or _judges(s.lower(), query_stems):
        return False
    stems = content_stems(m.group("rest")) - _GENERIC
    shared = stems & query_stems
    return bool(shared) and len(stems - shared) <= len(shared)


_DOUBT_RE = re.compile(
    r"^[\"'“*_(]*(?:hmm+\s*,?\s+|(?:so|and|but|now|honestly)\s*,?\s+)?i(?:(?:'m|’m|\s+am)\s+"
    r"(?:just\s+|really\s+|entirely\s+)?(?:wondering|not\s+(?:entirely\s+|really\s+)?sure)|\s+(?:just\s+)?"
    r"(?:wonder|don't\s+know|don’t\s+know|do\s+not\s+know))\s+(?:whether|if)\s+"
    r"(?:(?:that|this|it)(?:'s|’s|\s+is|\s+would\s+be)\s+(?P<pred>[a-z-]+)|there(?:'s|’s|\s+is)\s+"
    r"(?:a|any)\s+way\s+to\s+do\s+(?:that|this|it))"
    r"(?:\s*,?\s+(?:though|then|anyway|honestly))?\s*[.?]?[\"'”*_)]*$",
    re.IGNORECASE,
)
# the query asks whether or how the thing can be done
_QUERY_CAN_RE = re.compile(
    r"\b(?:can|could|may)\s+i\b|\bis\s+it\s+(?:ok|okay|possible|allowed|legal|fine)\b|\bam\s+i\s+"
    r"allowed\b|\bhow\s+(?:can|do|could)\s+i\b|\bis\s+there\s+(?:a|any)\s+way\b",
    re.IGNORECASE,
)

# the query's "can I" said as a predicate (any other, "wrong", "wise", "legal", judges; "allowed"
# is a policy word elsewhere, not here)
_CAN_WORDS = frozenset({"allowed", "permitted", "possible", "okay", "ok", "doable", "fine"})


def doubts_as_user(sentence: str, query: str | None) -> bool:
    """Whether ``sentence`` restates the query's can-I question as the speaker's doubt about the
    request named by a pronoun ("I'm not sure if that's allowed, though.", "Hmm, I wonder if
    there's a way to do that."): no aside ("even") and a predicate of permission or possibility.
    Needs the query."""
    if not query or not _QUERY_CAN_RE.search(query):
        return False
    s = sentence.strip()
    m = _DOUBT_RE.match(s)
    if m is None or _ASIDE_RE.search(s):
        return False
    pred = (m.group("pred") or "").lower()
    return not pred or pred in _CAN_WORDS
