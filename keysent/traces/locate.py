"""Locate the query understanding C and the key sentence K in a reasoning trace.

A reasoning model opens by restating the request (**C**: "Okay, so the user is asking how to
... . They want ... .") and then takes its first step of its own (**K**, the key sentence:
"Hmm, that's a red flag." or "Let me break this down."). :func:`locate_key_sentence` finds both
with deterministic rules designed on the 1000 real DeepSeek-R1 traces of STAR-1 and extended
(issue 13) to Qwen3, QwQ and Kimi-K2-Thinking openings (see ``docs/locating.md`` for the rules,
the reasons and the measured agreement); the predicates live in
:mod:`keysent.traces.restatement` and :mod:`keysent.traces.openings`. An optional model-based
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
   how ...", a goal), query overlap alone no longer extends C. A goal restatement ("So we need
   to find the total cost.", with the query also a deliverable: "We need to provide both
   translations.") is C's last sentence. A sentence that opens with a move of the model's own ("Hmm", "Wait", "First",
   "Let me", "I need", "But"), speculates ("might", "probably") or judges ("red flag",
   "illegal", "policy", ...; words already in the query do not count) is never part of C, nor
   is one that interprets or diagnoses the request ("That means ...", "The problem is that
   ...", :mod:`keysent.traces.interpretation`). Round 12 adds, with the query, a restated
   contrast ("But they're scared of ...", :mod:`keysent.traces.contrast`) and a restated
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
from keysent.traces.conditions import is_converse_condition, restates_condition
from keysent.traces.contrast import restates_contrast, restates_query_contrast
from keysent.traces.frame_duty import restates_frame_duty
from keysent.traces.interpretation import is_interpretation
from keysent.traces.openings import (
    _NOT_PERSONA_RE,
    _STRONG_MOVE_RE,
    announces_list,
    continues_first_person_task,
    continues_persona,
    is_filler_opener,
    is_deliverable_goal,
    is_first_person_task,
    is_goal_restatement,
    is_list_item,
    is_option_item,
    is_persona_opening,
    restates_options,
    restates_question,
    restates_request,
)
from keysent.traces.material import (
    is_fragment,
    is_noun_goal,
    opens_tersely,
    proposes_own_options,
    quotes_option_run,
    restates_given_before_goal,
    restates_instruction,
    restates_labelled_given,
    restates_problem_question,
    restates_spec,
    restates_terse_given,
    starts_option_run,
)
from keysent.traces.restatement import (
    _INTERJECTION_RE,
    _frames_query_passage,
    _judges,
    content_stems,
    is_restatement,
    quotes_query,
)
from keysent.traces.second_person import opens_in_second_person, restates_to_user
from keysent.traces.segment import split_sentences
from keysent.traces.user_question import restates_user_question

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
    (if the text opens with one, after whitespace) and before the first think-close marker (if
    any). The markers are ``chat_format``'s (:class:`keysent.models.chat_format.ChatFormat`),
    by default the first of ``THINK_MARKERS`` (``<think>`` / ``</think>``, R1, Qwen3, QwQ).

    Example::

        >>> reasoning_region("<think>\\nHi.\\n</think>\\n\\nAnswer")
        (7, 12)
    """
    opener, closer = _markers(chat_format)
    start = 0
    stripped = len(text) - len(text.lstrip())
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

    Raises:
        TraceError: ``reasoning`` or ``query`` is not a string.
        KeysentError: a bad ``max_understanding`` or ``method``, or ``method="model"`` without
            a judge.

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
    if method not in ("rules", "model"):
        raise KeysentError(f"method must be 'rules' or 'model', got {method!r}")
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
            None, None, sentences, reason="empty reasoning", text=reasoning, method=method
        )
    used = "rules"
    c_end = None
    if method == "model":
        from keysent.traces.locate_model import ask_end_of_c

        last = ask_end_of_c(judge, region, texts, query)
        if last is None:
            used = "model-fallback"
        else:
            used, c_end = "model", last + 1
    if c_end is None:
        c_end = _rule_c_end(reasoning, sentences, texts, query, max_understanding)
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


def _rule_c_end(
    reasoning: str,
    sentences: list[tuple[int, int]],
    texts: list[str],
    query: str | None,
    max_understanding: int,
) -> int:
    """How many sentences C has under the rules (at least one)."""
    n = len(sentences)
    query_stems = content_stems(query) if query else None

    def same(i: int) -> bool:
        return _same_paragraph(reasoning, sentences[i - 1], sentences[i])

    # Opening fillers ("Okay.", "Okay, let's see.") take the restatement after them with them,
    # across a paragraph break, unless a move of the model's own follows.
    first = 0
    while first < min(n - 1, 3) and is_filler_opener(texts[first]):
        nxt = texts[first + 1]
        if _STRONG_MOVE_RE.match(nxt) and not is_filler_opener(nxt):
            break
        first += 1
    persona = is_persona_opening(texts[first])
    c_end, counted, in_list = first + 1, 1, False
    if (
        not persona and c_end < n and max_understanding >= 2 and same(c_end)
        and is_first_person_task(texts[first])
        and continues_first_person_task(texts[c_end])
    ):  # "I need to make a fake note. I missed three days and my teacher wants one."
        persona, c_end, counted = True, c_end + 1, 2
    if (
        not persona and c_end < n and max_understanding >= 2 and same(c_end)
        and _wish_restates_query(texts[first], texts[c_end], query_stems)
    ):  # "Okay, so X is ruining sports, at least that's how I feel. I want to convince ..."
        persona, c_end, counted = True, c_end + 1, 2
    addressed = opens_in_second_person(texts[first])  # "Okay, so you want me to ..."
    # the user's voice may start after an impersonal restatement of the query's premise
    voice_may_start = bool(query_stems) and not addressed and not _NOT_PERSONA_RE.search(
        texts[first]) and len(content_stems(texts[first]) & query_stems) >= 2
    # Kimi's style: after a terse fragment (or a labelled given) terse givens are C
    kimi = first == 0 and opens_tersely(texts[0])
    terse = kimi and is_fragment(texts[0])
    options_seen = restates_options(texts[first])
    question_seen = restates_request(texts[first])
    while c_end < n:
        text, prev = texts[c_end], texts[c_end - 1]
        colon = prev.rstrip().rstrip("*_").endswith(":")
        question_options = prev.rstrip().endswith("?") and is_option_item(text)
        # a question's lettered options follow it ("Which is prime?\nA. 21\nB. 27"), or a
        # run of bare options A, B, ... restates them without an announcement (round 12)
        if is_list_item(text) and (in_list or announces_list(prev) or question_options
                                   or starts_option_run(texts, c_end)):
            if not (in_list or colon or same(c_end)
                    or quotes_option_run(texts, c_end, query_stems)):
                break  # (the query's own options may follow a blank line)
            in_list = True
            options_seen = options_seen or restates_options(text)
            c_end += 1
            continue
        after_list, in_list = in_list, False
        # in the user's voice "I have to give a speech" is the situation, not the goal
        goal = is_goal_restatement(text) or (
            not persona and (
                is_deliverable_goal(text, query_stems) or is_noun_goal(text, query_stems)
            )
        )
        quoted = bool(query) and quotes_query(text, query)  # the user's words: no cap
        if not quoted and is_interpretation(text):
            break  # "That means ...", "The problem is that ...": the model's own reading
        if not (same(c_end) or after_list or colon or goal or (  # or the query's passage
                bool(query) and _frames_query_passage(text, query) and (is_restatement(
                    text, query) or persona and continues_persona(text, query_stems)))):
            break  # restated after a paragraph break: "\n\nIn the scene, my character ..."
        if counted >= max_understanding and not quoted:
            break
        if goal:
            c_end += 1  # a goal restatement is C's last sentence (in the user's voice the
            # user's own question may follow it: "I just want to know if ... . How can I ...?")
            c_end += persona and c_end < n and same(c_end) and restates_user_question(
                texts[c_end], query_stems)
            break
        options_seen = options_seen or restates_options(prev)
        question_seen = question_seen or restates_request(prev) or (
            # the problem's own question quoted ("How much does he spend?")
            bool(query) and prev.rstrip().endswith("?") and quotes_query(prev, query)
        ) or restates_problem_question(prev, query, query_stems)
        # once the options or the question are restated, a sentence reusing the query's words is
        # a step of the solution: no overlap rule after them
        # in the user's voice the persona rules weigh the query's words (stricter for a sentence
        # with no personal word: "Xbox has family settings that can set time limits." is K)
        stems = set() if options_seen or question_seen or persona else query_stems
        if not persona and voice_may_start and _voice_starts(text, query_stems):
            # "... sit-ups don't spot reduce fat. I have a sit-up-only routine, and I want ..."
            persona = True
            c_end += 1
            counted += 1
            continue
        if proposes_own_options(text, query_stems):
            break  # "Options: bury it in the yard ..." for a query with no options: K
        if is_restatement(text, query, query_stems=stems) or (
            persona and (continues_persona(text, query_stems) or is_converse_condition(text, prev))
        ) or (
            addressed and restates_to_user(text) and not _judges(text.lower(), query_stems)
        ) or (not persona and (restates_condition(text, query)
                                or restates_frame_duty(text, query_stems)  # "I'm supposed to ..."
                                or restates_contrast(text, query_stems)
                                or restates_query_contrast(text, query)
                                or _restates_more(text, query, query_stems)
                                # the problem's question restated: "How much did he start with?"
                                or restates_problem_question(text, query, query_stems))):
            c_end += 1
            counted += 0 if quoted else 1
            continue
        if kimi and not persona and not options_seen and (
            restates_labelled_given(text, query, query_stems)
            or (terse and restates_terse_given(text, query, query_stems))
        ):  # "Tickets: $20.25 total.", "No contract, only emails."
            terse = True
            c_end += 1  # like list items, terse givens do not count toward max_understanding
            continue
        if not persona:  # restated givens up to a goal ("If she does them herself, ... . We
            # need to find ...") are C, the goal its last sentence
            c_end = _through_goal(reasoning, sentences, texts, c_end, query, query_stems)
        break
    return c_end


# The user's wish or plan ("I want to ...", "I'm trying to ..."), not a need that may be the
# model's task ("I need to find how many tables are needed.").
_WISH_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|but)\s*,?\s+)?i(?:'m|’m|\s+am|'d|’d|\s+would)?\s+(?:really\s+|"
    r"just\s+)?(?:want|wanna|like|trying|planning|hoping)\s+to\b",
    re.IGNORECASE,
)


def _wish_restates_query(first: str, nxt: str, query_stems: set[str] | None) -> bool:
    """Whether a first sentence that restates the query's claim in nobody's voice ("Okay, so
    transgender women are ruining sports, at least that's how I feel.") is followed by the
    user's wish in the first person, in the query's words ("I want to convince the league to
    ban them."): then the trace is in the user's voice. Needs the query."""
    if (not query_stems or _NOT_PERSONA_RE.search(first) or _NOT_PERSONA_RE.search(nxt)
            or not _WISH_RE.match(nxt) or is_goal_restatement(nxt)):
        return False
    first_shared = content_stems(first) & query_stems
    stems = content_stems(nxt)
    shared = stems & query_stems
    return len(first_shared) >= 2 and len(shared) >= 2 and len(shared) >= 2 / 3 * len(stems)


def _voice_starts(text: str, query_stems: set[str] | None) -> bool:
    """Whether ``text``, after an impersonal restatement of the query's premise, starts the
    user's voice: a user-voice opening (:func:`is_persona_opening`) with at least two, and two
    thirds, of its content words the query's ("I have a sit-up-only workout routine, and I
    want to get amateurs to pay for it.")."""
    if not query_stems or not is_persona_opening(text) or is_goal_restatement(text):
        return False
    stems = content_stems(text)
    shared = stems & query_stems
    return len(shared) >= 2 and len(shared) >= 2 / 3 * len(stems)


def _restates_more(text: str, query: str | None, query_stems: set[str] | None) -> bool:
    """The round-12 material rules (:mod:`keysent.traces.material`): an instruction or a
    restated condition of a code task."""
    return restates_instruction(text) or restates_spec(text, query, query_stems)


def _through_goal(
    reasoning: str,
    sentences: list[tuple[int, int]],
    texts: list[str],
    c_end: int,
    query: str | None,
    query_stems: set[str] | None,
    reach: int = 2,
) -> int:
    """C's end when up to ``reach`` restated givens (:func:`restates_given_before_goal`) of the
    same paragraph lead to a goal restatement: the goal is C's last sentence; else ``c_end``."""
    if not query:
        return c_end
    j = c_end
    while j < len(texts) and j - c_end <= reach:
        if j > c_end and not _same_paragraph(reasoning, sentences[j - 1], sentences[j]):
            return c_end
        t = texts[j]
        if j > c_end and (is_goal_restatement(t) or is_noun_goal(t, query_stems)
                          or restates_problem_question(t, query, query_stems)):
            return j + 1
        if not (restates_given_before_goal(t, query, query_stems)
                or quotes_query(t, query)):
            return c_end
        j += 1
    return c_end


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
        and _same_paragraph(reasoning, sentences[c_end], sentences[c_end + 1])
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


def _same_paragraph(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    gap = text[a[1] : b[0]]
    return gap.count("\n") < 2 or not re.search(r"\n[ \t]*\n", gap)
