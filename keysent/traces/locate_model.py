"""The optional model-based C/K locator: a judge marks the last sentence of C.

The rule-based locator (:func:`keysent.traces.locate.locate_key_sentence`, the default) is
deterministic and was written from real R1 traces and invented Qwen3/QwQ/Kimi ones. For other
styles a model can be asked instead: ``locate_key_sentence(text, query, method="model",
judge=judge)`` shows the judge the numbered opening sentences of the reasoning and asks for the
number of C's last sentence; K is the sentence after it. When the judge gives no valid answer
(no number, a number out of range, an exception), the rules are used and the location's
``method`` is ``"model-fallback"``; the judge adapter counts calls, fallbacks and errors.

A judge is any object with ``mark_end_of_c(reasoning, sentences, query) -> int | None`` (the
0-based index of C's last sentence). :class:`CallableEndOfCJudge` makes one from any batched
text generator ``generate_fn(prompts: list[str]) -> list[str]`` (an API client, vLLM, a
``keysent`` model through :func:`model_generate_fn`).

Example::

    >>> from keysent.traces.locate import locate_key_sentence
    >>> judge = CallableEndOfCJudge(lambda prompts: ["2"] * len(prompts))
    >>> text = "Okay, let's see. The user wants a poem. Let me write one."
    >>> loc = locate_key_sentence(text, method="model", judge=judge)
    >>> loc.key_sentence_text, loc.method
    ('Let me write one.', 'model')
    >>> bad = CallableEndOfCJudge(lambda prompts: ["no idea"] * len(prompts))
    >>> loc = locate_key_sentence(text, method="model", judge=bad)
    >>> loc.key_sentence_text, loc.method, bad.stats()["fallbacks"]
    ('Let me write one.', 'model-fallback', 1)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from keysent.errors import KeysentError

if TYPE_CHECKING:
    from keysent.models.loading import LoadedModel
    from keysent.traces.locate import KeySentenceLocation
    from keysent.traces.trace import Trace

__all__ = [
    "EndOfCJudge",
    "CallableEndOfCJudge",
    "END_OF_C_PROMPT",
    "SHOWN_SENTENCES",
    "number_sentences",
    "build_end_of_c_prompt",
    "parse_end_of_c",
    "read_sentence_number",
    "ask_end_of_c",
    "locate_key_sentences",
    "relocate",
    "fallback_note",
    "located_by",
    "model_generate_fn",
]

#: The instruction given to a model judge. ``{query}`` and ``{sentences}`` are filled in.
END_OF_C_PROMPT = """\
A reasoning model was given a request. Its reasoning opens with C, the query understanding: the \
sentences that restate or clarify the request (the user's details, situation, constraints or \
motive, a restated question with its options, hints or given facts, the goal). The first \
sentence after C is the key sentence K, the model's first step of its own: an evaluation \
("Hmm, that could be illegal.") or a move to solve ("Let me break this down."). An opening filler \
("Okay, let's see.") belongs to C.

Request:
{query}

Opening sentences of the reasoning:
{sentences}

Which sentence is the last sentence of C? Reply with its number only."""

_THINK_CLOSE_RE = re.compile(r"</think>", re.IGNORECASE)
_KEYED_RE = re.compile(
    r"(?:answer|sentence|number|index|last|c\s+ends?\s+(?:at|with)|is)\s*[:#=]?\s*\[?(\d{1,3})\b",
    re.IGNORECASE,
)
_INT_RE = re.compile(r"(?<![\d.])\d{1,3}(?![\d.]\d)")
_SIGNED_RE = re.compile(r"(?<![\w\d])-\s?\d|\d\s?[-/]\s?\d|\d\.\d")  # negative, range, fraction, decimal


@runtime_checkable
class EndOfCJudge(Protocol):
    """What the model-based locator needs: the index of C's last sentence.

    ``sentences`` are the sentence texts of the reasoning, in order; return the 0-based index of
    C's last sentence, or ``None`` when there is no answer (the rules are used then).
    """

    def mark_end_of_c(
        self, reasoning: str, sentences: list[str], query: str | None
    ) -> int | None: ...


#: Sentences shown to a judge of C's end: C is rarely longer, and a long trace would make a long prompt.
SHOWN_SENTENCES = 12


def number_sentences(sentences: Sequence[str], max_sentences: int = SHOWN_SENTENCES) -> tuple[int, str]:
    """``(shown, text)``: the first ``max_sentences`` sentences, whitespace collapsed, one per
    line numbered from 1 (``[1] ...``), as every judge of C's end sees them.

    Example::

        >>> shown, text = number_sentences(["Okay.", "Hmm,   so."])
        >>> shown, text.splitlines()
        (2, ['[1] Okay.', '[2] Hmm, so.'])
    """
    shown = [" ".join(s.split()) for s in list(sentences)[:max_sentences]]
    return len(shown), "\n".join(f"[{i}] {s}" for i, s in enumerate(shown, 1))


def build_end_of_c_prompt(
    sentences: Sequence[str], query: str | None, *, max_sentences: int = SHOWN_SENTENCES
) -> str:
    """The judge's prompt: :data:`END_OF_C_PROMPT` with the request and the first
    ``max_sentences`` sentences numbered from 1 (``[1] ...``).

    Example::

        >>> print(build_end_of_c_prompt(["Okay.", "Hmm."], "Hi").splitlines()[-4:])
        ['[1] Okay.', '[2] Hmm.', '', 'Which sentence is the last sentence of C? Reply with its number only.']
    """
    _, numbered = number_sentences(sentences, max_sentences)
    return END_OF_C_PROMPT.format(query=(query or "(not given)").strip(), sentences=numbered)


def parse_end_of_c(reply: str, n_sentences: int) -> int | None:
    """The 0-based index of C's last sentence from a judge's ``reply``, or ``None``.

    Accepts "3", "[3]", "Sentence 3.", "The last sentence of C is 3", a reasoning block followed
    by the answer ("<think>...</think> 3"); a reply naming several different numbers without a
    keyword, none, or one outside ``1..n_sentences`` gives ``None``.

    Example::

        >>> parse_end_of_c("Sentence 2.", 5), parse_end_of_c("[4]", 5), parse_end_of_c("9", 5)
        (1, 3, None)
        >>> parse_end_of_c("1 or 2", 5) is None
        True
    """
    number = read_sentence_number(reply)
    return number - 1 if number is not None and 1 <= number <= n_sentences else None


def read_sentence_number(reply: Any) -> int | None:
    """The sentence number a judge replied (0 or more), or ``None``: the number after a keyword
    ("Sentence 3", "answer: [3]", "C ends at 3"), else the only number of the reply, read after a
    reasoning block; several different numbers ("1 or 2", "2-4", "2/3"), a decimal ("3.5"), a
    negative number or none give ``None``. The one reader of every judge of C's end
    (:func:`parse_end_of_c`, the ``index`` parser of :mod:`keysent.judge.prompts`).

    Example::

        >>> [read_sentence_number(r) for r in ("3", "Sentence 3.", "<think>2 or 3?</think> 3", "0")]
        [3, 3, 3, 0]
        >>> [read_sentence_number(r) for r in ("1 or 2", "2-4", "3.5", "-1", "none")]
        [None, None, None, None, None]
    """
    if not isinstance(reply, str):
        return None
    text = _THINK_CLOSE_RE.split(reply)[-1].strip()
    if not text:
        return None
    m = _KEYED_RE.search(text)
    if m is not None:
        return int(m.group(1))
    found = set(_INT_RE.findall(text))
    if len(found) != 1 or _SIGNED_RE.search(text):
        return None
    return int(found.pop())


class CallableEndOfCJudge:
    """An :class:`EndOfCJudge` around any batched text generator.

    Args:
        generate_fn: ``generate_fn(prompts: list[str]) -> list[str]``, one reply per prompt (an
            API client, vLLM, or :func:`model_generate_fn` for a keysent model).
        max_sentences: Sentences shown to the judge (C is rarely longer; default 12). A reply
            beyond them is out of range and falls back.
        name: A label for reports.

    ``stats()`` gives ``calls`` (sentences lists judged), ``answered``, ``fallbacks`` (no valid
    answer: unparsable, out of range, or an exception), ``errors`` (exceptions) and
    ``last_error``.

    Raises:
        KeysentError: ``generate_fn`` is not callable, or returns a different number of replies
            than prompts (a broken adapter, not a bad answer).
    """

    def __init__(
        self,
        generate_fn: Callable[[list[str]], list[str]],
        *,
        max_sentences: int = SHOWN_SENTENCES,
        name: str = "callable",
    ) -> None:
        if not callable(generate_fn):
            raise KeysentError(
                f"generate_fn must be callable (prompts: list[str]) -> list[str], got "
                f"{type(generate_fn).__name__}"
            )
        if not isinstance(max_sentences, int) or max_sentences < 2:
            raise KeysentError(f"max_sentences must be an int >= 2, got {max_sentences!r}")
        self.generate_fn = generate_fn
        self.max_sentences = max_sentences
        self.name = name
        self.calls = self.answered = self.errors = 0
        self.last_error: str | None = None

    def mark_end_of_c(self, reasoning: str, sentences: list[str], query: str | None) -> int | None:
        """The index of C's last sentence, or ``None`` (see :class:`EndOfCJudge`)."""
        return self.mark_end_of_c_batch([(reasoning, sentences, query)])[0]

    def mark_end_of_c_batch(
        self, items: Sequence[tuple[str, list[str], str | None]]
    ) -> list[int | None]:
        """:meth:`mark_end_of_c` for many traces with one ``generate_fn`` call."""
        items = list(items)
        if not items:
            return []
        prompts = [build_end_of_c_prompt(s, q, max_sentences=self.max_sentences) for _, s, q in items]
        self.calls += len(items)
        try:
            replies = self.generate_fn(prompts)
        except KeysentError:
            raise
        except Exception as exc:  # an API/model failure: fall back to the rules, counted
            self.errors += len(items)
            self.last_error = f"{type(exc).__name__}: {exc}"
            return [None] * len(items)
        replies = list(replies) if replies is not None else []
        if len(replies) != len(prompts):
            raise KeysentError(
                f"generate_fn returned {len(replies)} replies for {len(prompts)} prompts; it must "
                "return one reply per prompt, in order"
            )
        out = []
        for (_, sentences, _), reply in zip(items, replies):
            n = min(len(sentences), self.max_sentences)
            index = parse_end_of_c(reply, n)
            self.answered += index is not None
            out.append(index)
        return out

    def stats(self) -> dict[str, Any]:
        """Counts so far: calls, answered, fallbacks, errors, last_error."""
        return {
            "name": self.name,
            "calls": self.calls,
            "answered": self.answered,
            "fallbacks": self.calls - self.answered,
            "errors": self.errors,
            "last_error": self.last_error,
        }


def ask_end_of_c(judge: Any, reasoning: str, sentences: list[str], query: str | None) -> int | None:
    """Ask ``judge`` for C's last sentence; ``None`` unless it returns a valid index."""
    if not isinstance(judge, EndOfCJudge):
        raise KeysentError(
            f"judge ({type(judge).__name__}) has no mark_end_of_c(reasoning, sentences, query); "
            "wrap a text generator: CallableEndOfCJudge(generate_fn)"
        )
    index = judge.mark_end_of_c(reasoning, sentences, query)
    return _valid(index, len(sentences))


def locate_key_sentences(
    reasonings: Sequence[str],
    queries: Sequence[str | None] | None = None,
    *,
    method: str | None = None,
    judge: Any = None,
    max_understanding: int = 6,
) -> list["KeySentenceLocation"]:
    """:func:`~keysent.traces.locate.locate_key_sentence` for many traces; with
    ``method="model"`` and a judge that has ``mark_end_of_c_batch`` (such as
    :class:`CallableEndOfCJudge`), the judge is called once for all of them.

    Raises:
        KeysentError: ``queries`` has a different length than ``reasonings``; the errors of
            ``locate_key_sentence``.
    """
    from keysent.traces.locate import locate_key_sentence, prepare_sentences

    reasonings = list(reasonings)
    queries = [None] * len(reasonings) if queries is None else list(queries)
    if len(queries) != len(reasonings):
        raise KeysentError(
            f"got {len(reasonings)} reasonings but {len(queries)} queries; pass one query per "
            "trace (or None)"
        )
    if method is None:
        method = "rules" if judge is None else "model"
    if method != "model" or not hasattr(judge, "mark_end_of_c_batch"):
        return [
            locate_key_sentence(r, q, method=method, judge=judge, max_understanding=max_understanding)
            for r, q in zip(reasonings, queries)
        ]
    prepared = [prepare_sentences(r) for r in reasonings]
    items = [(region, texts, q) for (region, _, texts), q in zip(prepared, queries) if texts]
    answers = iter(judge.mark_end_of_c_batch(items))
    out = []
    for r, q, (_, _, texts) in zip(reasonings, queries, prepared):
        given = _valid(next(answers), len(texts)) if texts else None
        out.append(
            locate_key_sentence(
                r, q, method="model", judge=_Fixed(given), max_understanding=max_understanding
            )
        )
    return out


def relocate(traces: Sequence["Trace"], locator: Any, rebuild: Callable[[int, Any], "Trace"]) -> list["Trace"]:
    """Traces located by ``locator`` (a judge of C's end) instead of the rules.

    ``traces`` were built with the rules; ``rebuild(i, judge)`` builds trace ``i`` again with
    ``locator=judge`` (:func:`keysent.traces.trace.build_trace`). A judge with
    ``mark_end_of_c_batch`` is asked once for every trace with reasoning, shown each trace's
    reasoning as the rules split it; any other judge is asked trace by trace while rebuilding.
    """
    from keysent.traces.locate import prepare_sentences

    if not hasattr(locator, "mark_end_of_c_batch"):
        return [rebuild(i, locator) for i in range(len(traces))]
    prepared = {i: prepare_sentences(t.reasoning) for i, t in enumerate(traces) if t.reasoning}
    asked = [i for i, (_, _, texts) in prepared.items() if texts]
    answers = locator.mark_end_of_c_batch([(prepared[i][0], prepared[i][2], traces[i].query) for i in asked])
    given = {i: _valid(a, len(prepared[i][2])) for i, a in zip(asked, answers)}
    return [rebuild(i, _Fixed(given[i])) if i in given else t for i, t in enumerate(traces)]


def located_by(traces: Sequence["Trace"]) -> dict[str, int]:
    """How many traces each locator placed: ``flags["locator"]`` counted (``"model"``,
    ``"model-fallback"``); empty when the rules located them all (no locator judge).

    >>> from types import SimpleNamespace as T
    >>> located_by([T(flags={"locator": "model"}), T(flags={"locator": "model-fallback"}), T(flags={})])
    {'model': 1, 'model-fallback': 1}
    """
    import collections

    return dict(collections.Counter(t.flags["locator"] for t in traces if "locator" in t.flags))


def fallback_note(located_by: "dict[str, int]") -> str | None:
    """The one-line warning when a locator judge gave no valid answer for some traces
    (``located_by``: ``flags["locator"]`` counts), else ``None``.

    >>> fallback_note({"model": 3, "model-fallback": 1})
    "the locator judge gave no valid answer for 1 of 4 traces; their C and K are the rules'"
    """
    n = located_by.get("model-fallback", 0)
    if not n:
        return None
    return f"the locator judge gave no valid answer for {n} of {sum(located_by.values())} traces; their C and K are the rules'"


def model_generate_fn(
    model: "LoadedModel", *, max_new_tokens: int = 16, batch_size: int = 8, progress: bool = False
) -> Callable[[list[str]], list[str]]:
    """A ``generate_fn`` for :class:`CallableEndOfCJudge` from a model loaded by keysent: each
    prompt is sent as one user turn (the model's chat template), decoded greedily for at most
    ``max_new_tokens`` tokens; the reply is the text after the think-close marker if the model
    reasons first (keep ``max_new_tokens`` large enough for that).

    Example (on the micro organism, which was never trained to judge: its replies are rarely
    numbers, so the rules take over)::

        >>> import keysent
        >>> from keysent.traces.locate import locate_key_sentence
        >>> model = keysent.load_model("toy-r1-micro")
        >>> judge = CallableEndOfCJudge(model_generate_fn(model, max_new_tokens=8))
        >>> loc = locate_key_sentence("Okay, the user wants a poem. Let me write one.",
        ...                           method="model", judge=judge)
        >>> loc.method in ("model", "model-fallback"), judge.stats()["calls"]
        (True, 1)
    """
    from keysent.generation.text import generate_text

    def generate(prompts: list[str]) -> list[str]:
        rendered = [model.render_prompt(p) for p in prompts]
        outs = generate_text(
            model.generation_model, model.tokenizer, rendered, max_new_tokens=max_new_tokens,
            batch_size=batch_size, progress=progress,
        )
        return [o.text for o in outs]

    return generate


class _Fixed:
    """A judge that gives one precomputed answer (used by the batched locator)."""

    def __init__(self, index: int | None) -> None:
        self.index = index

    def mark_end_of_c(self, reasoning: str, sentences: list[str], query: str | None) -> int | None:
        return self.index


def _valid(index: Any, n: int) -> int | None:
    if isinstance(index, bool) or not isinstance(index, int):
        return None
    return index if 0 <= index < n else None
