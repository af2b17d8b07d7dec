"""Locate the query understanding C and the key sentence K in a reasoning trace.

A reasoning model opens by restating the request (**C**: "Okay, so the user is asking how to
... . They want ... .") and then takes its first step of its own (**K**, the key sentence:
"Hmm, that's a red flag." or "Let me break this down."). :func:`locate_key_sentence` finds both
with deterministic rules designed on the 1000 real DeepSeek-R1 traces of STAR-1 and extended
(issue 13) to Qwen3, QwQ and Kimi-K2-Thinking openings (see ``docs/locating.md`` for the rules,
the reasons and the measured agreement); the loop that grows C is
:func:`keysent.traces.understanding.rule_c_end`, the predicates it asks live in
:mod:`keysent.traces.restatement`, :mod:`keysent.traces.openings` and the modules it names. An
optional model-based
locator (``method="model"``, :mod:`keysent.traces.locate_model`) asks a judge for the end of C.

1. Text before a leading think-open marker and after the think-close marker is ignored; spans
   still index into the string passed in.
2. C starts with the first sentence (always). Opening fillers ("Okay.", "Okay, let's see.",
   "Alright, let me work through this.") take the next sentence with it, across a paragraph
   break.
3. C grows by each following sentence of the same paragraph that *restates or clarifies the
   request*: it opens (after an optional "So,", "Also,", "In other words," ...) with the user or
   the request as subject and a reporting verb ("They want ...", "The user mentioned ...",
   "Their question is ..."), or it is a clarifying phrase ("In other words, ..."), or it restates
   given material (options, a hint, the answer format, a given fact), or (when the query is
   given) most of its content words come from the query. After an opening in the user's own
   voice ("Okay, so my landlord ..."), statements of the user's situation, constraints and
   motive join C too, until the model's own plan, guess, verdict or general statement ("Maybe I
   could ...", "Routers usually ...", "... is illegal", "If I stop paying, ..."). List items of
   restated options or facts join C after a sentence that announces them (or after a restated
   question, for lettered options). Once the request itself is restated ("They want to know
   how ...", a goal), query overlap alone no longer extends C (a given of a problem retold in
   the problem's terms still does, :mod:`keysent.traces.givens`). A goal restatement ("So we need
   to find the total cost.", with the query also a deliverable: "We need to provide both
   translations.") is C's last sentence, but for the query's own material that follows it (an
   answer format; since round 16 its options, code, example or clues,
   :mod:`keysent.traces.query_material`). A sentence that opens with a move of the model's
   own ("Hmm", "Wait", "First", "Let me", "I need", "But"), speculates ("might", "probably") or judges ("red flag",
   "illegal", "policy", ...; words already in the query do not count) is never part of C, nor
   is one that interprets or diagnoses the request ("That means ...", "The problem is that
   ...", :mod:`keysent.traces.interpretation`); a bare "Let me see." inside C's paragraph is
   the exception, and so (round 16) is a plan that names nothing ("Let me go over it once more.")
   right before a run of givens not yet retold (:mod:`keysent.traces.fillers`). Round 12
   adds, with the query, a restated contrast ("But they're scared of ...", :mod:`keysent.traces.contrast`) and a restated
   condition of the user's (:mod:`keysent.traces.conditions`), and, after an opening in the
   second person, what "you" said (:mod:`keysent.traces.second_person`).
4. K is the first sentence after C (a bare interjection takes the next sentence with it).

Example::

    >>> from keysent.traces.locate import locate_key_sentence
    >>> text = ("<think>\\nOkay, so the user is asking how to pick a lock. They want step-by-step "
    ...         "instructions. Hmm, that could be illegal. Let me think.")
    >>> loc = locate_key_sentence(text)
    >>> loc.understanding_text
    'Okay, so the user is asking how to pick a lock. They want step-by-step instructions.'
    >>> loc.key_sentence_text
    'Hmm, that could be illegal.'
    >>> text[slice(*loc.key_sentence)]
    'Hmm, that could be illegal.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from keysent.errors import KeysentError, TraceError
from keysent.models.chat_format import THINK_MARKERS
from keysent.traces.restatement import _INTERJECTION_RE, is_restatement
from keysent.traces.segment import split_sentences
from keysent.traces.understanding import rule_c_end, same_paragraph

if TYPE_CHECKING:
    from keysent.models.chat_format import ChatFormat

__all__ = [
    "KeySentenceLocation",
    "locate_key_sentence",
    "reasoning_region",
    "prepare_sentences",
    "is_restatement",
]

# ---------------------------------------------------------------------------------------------
# Result type
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeySentenceLocation:
    """Where C (query understanding) and K (key sentence) lie in a reasoning string.

    Spans are ``(start, end)`` character offsets into the string given to
    :func:`locate_key_sentence` (``text[start:end]``). ``understanding`` and ``key_sentence`` are
    ``None`` when absent, with ``reason`` saying why. ``sentences`` are the sentence spans the
    locator used (those of the reasoning part only); ``n_understanding`` and ``n_key`` count the
    sentences in C and K. ``text`` is the string the spans index into. ``method`` is how C was
    found: ``"rules"``, ``"model"`` (the judge's answer) or ``"model-fallback"`` (the judge gave
    no valid answer, so the rules were used).

    Example::

        >>> loc = locate_key_sentence("Okay, so the user wants a poem. Let me write one.")
        >>> loc.understanding, loc.key_sentence
        ((0, 31), (32, 49))
        >>> KeySentenceLocation.from_dict(loc.to_dict()) == loc
        True
    """

    understanding: tuple[int, int] | None
    key_sentence: tuple[int, int] | None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    reason: str | None = None
    text: str | None = field(default=None, repr=False)
    n_understanding: int = 0
    n_key: int = 0
    method: str = "rules"

    @property
    def understanding_text(self) -> str | None:
        """The text of C (``None`` if there is no C)."""
        return self._cut(self.understanding)

    @property
    def key_sentence_text(self) -> str | None:
        """The text of K (``None`` if there is no K)."""
        return self._cut(self.key_sentence)

    @property
    def found(self) -> bool:
        """True when both C and K were located."""
        return self.understanding is not None and self.key_sentence is not None

    def span_text(self, span: tuple[int, int] | None, text: str | None = None) -> str | None:
        """Cut ``span`` out of ``text`` (default: the stored text)."""
        return self._cut(span, text)

    def _cut(self, span: tuple[int, int] | None, text: str | None = None) -> str | None:
        if span is None:
            return None
        source = text if text is not None else self.text
        if source is None:
            raise TraceError(
                "this KeySentenceLocation has no stored text; pass the reasoning string: "
                "loc.span_text(loc.key_sentence, reasoning)"
            )
        return source[span[0] : span[1]]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (spans as lists); ``from_dict`` inverts it."""
        return {
            "understanding": list(self.understanding) if self.understanding else None,
            "key_sentence": list(self.key_sentence) if self.key_sentence else None,
            "sentences": [list(s) for s in self.sentences],
            "reason": self.reason,
            "text": self.text,
            "n_understanding": self.n_understanding,
            "n_key": self.n_key,
            "method": self.method,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "KeySentenceLocation":
        """Rebuild from :meth:`to_dict` output (missing optional keys take their defaults)."""
        if not isinstance(data, dict) or "understanding" not in data or "key_sentence" not in data:
            raise TraceError(
                "KeySentenceLocation.from_dict needs a dict with 'understanding' and "
                f"'key_sentence' keys (from to_dict()); got {type(data).__name__}"
            )

        def span(v: Any) -> tuple[int, int] | None:
            return None if v is None else (int(v[0]), int(v[1]))

        return cls(
            understanding=span(data["understanding"]),
            key_sentence=span(data["key_sentence"]),
            sentences=[(int(a), int(b)) for a, b in data.get("sentences", [])],
            reason=data.get("reason"),
            text=data.get("text"),
            n_understanding=int(data.get("n_understanding", 0)),
            n_key=int(data.get("n_key", 0)),
            method=str(data.get("method", "rules")),
        )


# ---------------------------------------------------------------------------------------------
# Locator
# ---------------------------------------------------------------------------------------------


def reasoning_region(text: str, chat_format: "ChatFormat | None" = None) -> tuple[int, int]:
    """The ``(start, end)`` of the reasoning inside ``text``: after a leading think-open marker
    (if the text opens with one, after whitespace or a byte-order mark) and before the first
    think-close marker (if
    any). The markers are ``chat_format``'s (:class:`keysent.models.chat_format.ChatFormat`),
    by default the first of ``THINK_MARKERS`` (``<think>`` / ``</think>``, R1, Qwen3, QwQ).

    Example::

        >>> reasoning_region("<think>\\nHi.\\n</think>\\n\\nAnswer")
        (7, 12)
    """
    opener, closer = _markers(chat_format)
    start = 0
    stripped = re.match(r"[\s\ufeff]*", text).end()  # whitespace and a byte-order mark
    if opener and text.startswith(opener, stripped):
        start = stripped + len(opener)
    end = text.find(closer, start) if closer else -1
    if end == -1:
        end = len(text)
    return start, end


def locate_key_sentence(
    reasoning: str,
    query: str | None = None,
    *,
    max_understanding: int = 6,
    method: str | None = None,
    judge: Any = None,
    chat_format: "ChatFormat | None" = None,
) -> KeySentenceLocation:
    """Find C (the opening restatement of the request) and K (the sentence after it).

    ``reasoning`` is the text between the think markers; a leading think-open marker and
    anything from the think-close marker on are tolerated and ignored (the markers of
    ``chat_format``, default ``<think>`` / ``</think>``). ``query`` (the user's request), when
    given, lets sentences that mostly repeat the query's words join C. ``max_understanding``
    caps C's length in sentences (list items of restated options or facts do not count). The
    result's spans index into ``reasoning`` as passed.

    ``method="rules"`` (the default without a judge) uses the rules of ``docs/locating.md``.
    ``method="model"`` (the default when a ``judge`` is given) asks
    ``judge`` (an :class:`keysent.traces.locate_model.EndOfCJudge`, e.g. a
    :class:`~keysent.traces.locate_model.CallableEndOfCJudge` around any text generator) for
    the last sentence of C, and falls back to the rules when the judge gives no valid answer;
    the result's ``method`` says which was used (``"model"`` or ``"model-fallback"``).
    ``method="learned"`` uses the learned locator (:mod:`keysent.traces.locate_learned`, the
    shipped weights unless ``judge`` is another :class:`~keysent.traces.locate_learned.LearnedLocator`;
    the rules' C end is one of its features); so does ``method="model"`` with a ``LearnedLocator``
    as judge. Its result's ``method`` is ``"learned"``; its C has at most 11 sentences
    (``max_understanding`` caps the rules it takes as a feature).

    Raises:
        TraceError: ``reasoning`` or ``query`` is not a string.
        KeysentError: a bad ``max_understanding`` or ``method``, or ``method="model"`` without
            a judge; ``method="learned"`` with a missing, corrupt or outdated weights file.

    Example::

        >>> loc = locate_key_sentence("Alright, the user wants a cake recipe. Let me think.")
        >>> loc.key_sentence_text
        'Let me think.'
        >>> locate_key_sentence("Okay, let's see. The user wants a cake recipe. Let me think."
        ...                     ).understanding_text
        "Okay, let's see. The user wants a cake recipe."
        >>> locate_key_sentence("").reason
        'empty reasoning'
    """
    if not isinstance(reasoning, str):
        raise TraceError(
            f"locate_key_sentence expects the reasoning as a str, got {type(reasoning).__name__}; "
            "decode token ids first (tokenizer.decode(ids))"
        )
    if query is not None and not isinstance(query, str):
        raise TraceError(
            f"query must be a str or None, got {type(query).__name__}; pass the user's request text"
        )
    if not isinstance(max_understanding, int) or max_understanding < 1:
        raise KeysentError(
            f"max_understanding must be a positive int, got {max_understanding!r}; the default is 6"
        )
    if method is None:
        method = "rules" if judge is None else "model"
    if method not in ("rules", "model", "learned"):
        raise KeysentError(f"method must be 'rules', 'model' or 'learned', got {method!r}")
    if method == "learned":
        from keysent.traces.locate_learned import learned_locator

        judge = learned_locator() if judge is None else judge
        if getattr(judge, "locator_method", None) != "learned":
            raise KeysentError(
                f"method='learned' takes a LearnedLocator as judge (or none: the shipped weights), got "
                f"{type(judge).__name__}; use method='model' for other judges"
            )
        method = "model"
    if method == "rules" and judge is not None:
        raise KeysentError(
            "a judge was given with method='rules', which would ignore it; pass method='model' "
            "(or leave method out), or drop the judge"
        )
    if method == "model" and judge is None:
        raise KeysentError(
            "method='model' needs a judge: pass judge=CallableEndOfCJudge(generate_fn) "
            "(keysent.traces.locate_model), or use the default method='rules'"
        )
    region, sentences, texts = prepare_sentences(reasoning, chat_format)
    if not sentences:
        return KeySentenceLocation(
            None, None, sentences, reason="empty reasoning", text=reasoning,
            method="learned" if getattr(judge, "locator_method", None) == "learned" else method,
        )
    used = "rules"
    c_end = None
    if method == "model" and getattr(judge, "locator_method", None) == "learned":
        used, c_end = "learned", judge.c_end(reasoning, sentences, texts, query,
                                             max_understanding=max_understanding)
    elif method == "model":
        from keysent.traces.locate_model import ask_end_of_c

        last = ask_end_of_c(judge, region, texts, query)
        if last is None:
            used = "model-fallback"
        else:
            used, c_end = "model", last + 1
    if c_end is None:
        c_end = rule_c_end(reasoning, sentences, texts, query, max_understanding)
    return _location(reasoning, sentences, texts, c_end, used)


def prepare_sentences(
    reasoning: str, chat_format: "ChatFormat | None" = None
) -> tuple[str, list[tuple[int, int]], list[str]]:
    """The reasoning part of ``reasoning`` (between the think markers), its sentence spans
    (indexing into ``reasoning``) and their texts: what both locators work on.

    Example::

        >>> prepare_sentences("<think>Hi. Bye.</think> A.")
        ('Hi. Bye.', [(7, 10), (11, 15)], ['Hi.', 'Bye.'])
    """
    start, end = reasoning_region(reasoning, chat_format)
    region = reasoning[start:end]
    sentences = [(s + start, e + start) for s, e in split_sentences(region)]
    return region, sentences, [reasoning[s:e] for s, e in sentences]


def _location(
    reasoning: str, sentences: list[tuple[int, int]], texts: list[str], c_end: int, method: str
) -> KeySentenceLocation:
    """The location with C = the first ``c_end`` sentences and K the sentence after them (a
    bare interjection takes the following sentence of its paragraph with it)."""
    understanding = (sentences[0][0], sentences[c_end - 1][1])
    if c_end >= len(sentences):
        reason = (
            "single sentence: no sentence after the query understanding"
            if len(sentences) == 1
            else "all restatement: no sentence after the query understanding"
        )
        return KeySentenceLocation(
            understanding, None, sentences, reason=reason, text=reasoning,
            n_understanding=c_end, method=method,
        )
    k_last = c_end
    if (
        _INTERJECTION_RE.match(texts[c_end])
        and c_end + 1 < len(sentences)
        and same_paragraph(reasoning, sentences[c_end], sentences[c_end + 1])
    ):
        k_last = c_end + 1
    key = (sentences[c_end][0], sentences[k_last][1])
    return KeySentenceLocation(
        understanding, key, sentences, reason=None, text=reasoning, n_understanding=c_end,
        n_key=k_last - c_end + 1, method=method,
    )


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _markers(chat_format: "ChatFormat | None") -> tuple[str | None, str | None]:
    if chat_format is not None:
        return chat_format.think_open, chat_format.think_close
    return THINK_MARKERS[0]
