"""A reasoning trace with every part located, as character spans and as token spans.

A :class:`Trace` holds one query, the rendered prompt, the generated text (reasoning, think-close,
answer), the token ids of ``prompt + generated`` and the spans of its parts:

========== =================================================================================
span       what it covers
========== =================================================================================
prompt     every prompt token: chat template, BOS, the user's message, the generation prompt
query      the user's message only (a sub-span of ``prompt``)
reasoning  the text between the think markers (stripped of surrounding whitespace)
C          the query-understanding segment (opening restatement sentences of the reasoning)
K          the key sentence: the first sentence after C
rest       the reasoning after K
answer     the text after the think-close marker
========== =================================================================================

Token spans come from the tokenizer's offset mapping over the whole text, never from adding the
lengths of separately tokenised pieces (that off-by-one is a known bug in public code). A token
belongs to a span when its characters overlap the span's characters; C and K never share a token.

Example:
    >>> import keysent
    >>> model = keysent.load_model("toy-r1-micro")                                   # doctest: +SKIP
    >>> t = keysent.Trace.from_text(model, "How do I pick a lock?",
    ...     "Okay, so the user wants to pick a lock. Hmm, that could be illegal. I should decline."
    ...     "\\n</think>\\n\\nI can't help with that.")                                   # doctest: +SKIP
    >>> t.key_sentence, t.spans["K"].tokens                                          # doctest: +SKIP
    ('Hmm, that could be illegal.', (19, 26))
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from keysent.errors import SpanError, TraceError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel

#: Span names a trace may carry (a span is absent when that part is absent or empty).
SPAN_NAMES = ("prompt", "query", "reasoning", "C", "K", "rest", "answer", "safe")  # "safe": Safe Trigger's <safe> segment, set by keysent.training.safetrigger.segment.safe_span


@dataclass(frozen=True)
class Span:
    """One part of a trace: ``chars`` index ``Trace.text``; ``tokens`` index ``Trace.token_ids``.

    Both are half-open ``(start, end)`` ranges.
    """

    chars: tuple[int, int]
    tokens: tuple[int, int]

    @property
    def n_tokens(self) -> int:
        return self.tokens[1] - self.tokens[0]

    @property
    def last_token(self) -> int:
        """Index of the span's last token."""
        return self.tokens[1] - 1

    def to_dict(self) -> dict[str, list[int]]:
        return {"chars": list(self.chars), "tokens": list(self.tokens)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Span":
        return cls(chars=tuple(data["chars"]), tokens=tuple(data["tokens"]))  # type: ignore[arg-type]


@dataclass
class Trace:
    """A query, the model's generated text, and the located parts (see the module docstring).

    Attributes:
        query: The user's message.
        prompt: The rendered chat prompt, ending where generation starts.
        generated: What the model generated after the prompt (no EOS).
        reasoning: The text between the think markers, or ``None`` when there are no markers.
        answer: The text after the think-close marker (empty when the trace was truncated).
        token_ids: Token ids of ``prompt + generated``.
        spans: Located parts by name (see :data:`SPAN_NAMES`).
        complete: The think block was closed (``False`` for a truncated generation).
        has_think: The trace has a think block at all (``False`` for a non-reasoning model).
        key_sentence_reason: Why C or K is missing, when one is.
        labels: Ground truth and metadata supplied with the query (``harmful``, ``group``, ...).
        judgements: Judge outputs (``k_aha``: K is a safety aha; ``refusal``: the answer refuses).
        model: Name of the model that produced or tokenised the trace.
        id: An identifier, when the source has one.
    """

    query: str
    prompt: str
    generated: str
    reasoning: str | None
    answer: str
    token_ids: list[int]
    spans: dict[str, Span]
    complete: bool
    has_think: bool
    key_sentence_reason: str | None = None
    labels: dict[str, Any] = field(default_factory=dict)
    judgements: dict[str, Any] = field(default_factory=dict)
    model: str | None = None
    id: str | None = None

    # ------------------------------------------------------------------ views
    @property
    def text(self) -> str:
        """The whole text the token ids encode: ``prompt + generated``."""
        return self.prompt + self.generated

    @property
    def n_tokens(self) -> int:
        return len(self.token_ids)

    @property
    def has_key_sentence(self) -> bool:
        return "K" in self.spans

    def span(self, name: str) -> Span:
        """The span called ``name``; a clear :class:`TraceError` when the trace lacks it."""
        if name in self.spans:
            return self.spans[name]
        if name not in SPAN_NAMES:
            raise SpanError(f"unknown span {name!r}; spans are {', '.join(SPAN_NAMES)}")
        why = self.key_sentence_reason if name in ("C", "K", "rest") else None
        if name in ("reasoning", "C", "K", "rest") and not self.has_think:
            why = "the trace has no think markers (a non-reasoning model or a plain answer)"
        if name == "answer" and not self.complete:
            why = "the generation ended before the think block closed (truncated trace)"
        raise TraceError(f"trace {self.id or self.query[:40]!r} has no {name} span" + (f": {why}" if why else ""))

    def span_text(self, name: str) -> str:
        a, b = self.span(name).chars
        return self.text[a:b]

    @property
    def understanding(self) -> str | None:
        """The text of C, or ``None``."""
        return self.span_text("C") if "C" in self.spans else None

    @property
    def key_sentence(self) -> str | None:
        """The text of K, or ``None``."""
        return self.span_text("K") if "K" in self.spans else None

    @property
    def harmful(self) -> bool | None:
        value = self.labels.get("harmful")
        return None if value is None else bool(value)

    @property
    def k_aha(self) -> bool | None:
        """Whether K carries a safety aha moment (judged), ``None`` without K or judgement."""
        return self.judgements.get("k_aha")

    @property
    def answer_safe(self) -> bool | None:
        """Whether the final answer is safe: a refusal for a harmful query; any answer for a benign
        one. ``None`` for an incomplete trace or when the judgement is missing."""
        refusal = self.judgements.get("refusal")
        if refusal is None or not self.complete:
            return None
        if self.harmful is False:
            return True
        return bool(refusal)

    # ------------------------------------------------------------------ I/O
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["spans"] = {k: v.to_dict() for k, v in self.spans.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Trace":
        try:
            spans = {k: Span.from_dict(v) for k, v in data.get("spans", {}).items()}
            kwargs = {k: v for k, v in data.items() if k != "spans"}
            return cls(spans=spans, **kwargs)
        except (TypeError, KeyError) as exc:
            raise TraceError(f"not a keysent trace record ({exc}); keys present: {sorted(data)}") from exc

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_text(
        cls,
        model: "LoadedModel",
        query: str,
        generated: str,
        *,
        labels: dict[str, Any] | None = None,
        judge: Any = "rule",
        id: str | None = None,
    ) -> "Trace":
        """Build a trace from a query and a response generated by ``model`` (or elsewhere).

        ``generated`` is the text after the generation prompt. A leading think-open marker is
        accepted even when the template's generation prompt already has one (responses saved by
        other tools often include it); it is then dropped so the text matches what the model saw.
        """
        return build_trace(model, query, generated, labels=labels, judge=judge, id=id)


def _char_to_token_span(offsets: list[tuple[int, int]], starts: list[int], a: int, b: int) -> tuple[int, int]:
    """Tokens overlapping characters ``[a, b)``: first with end > a, through last with start < b."""
    first = _first_end_after(offsets, a)
    last = bisect.bisect_left(starts, b)  # tokens [.., last) start before b
    return first, max(first, last)


def _first_end_after(offsets: list[tuple[int, int]], a: int) -> int:
    lo, hi = 0, len(offsets)
    while lo < hi:  # offsets' ends are non-decreasing
        mid = (lo + hi) // 2
        if offsets[mid][1] > a:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def build_trace(
    model: "LoadedModel",
    query: str,
    generated: str,
    *,
    labels: dict[str, Any] | None = None,
    judge: Any = "rule",
    id: str | None = None,
    prompt: str | None = None,
) -> Trace:
    """Locate every part of ``prompt + generated`` and return a :class:`Trace`.

    Args:
        model: The loaded model (its tokenizer and chat format are used).
        query: The user's message.
        generated: The text the model produced after the prompt (EOS removed).
        labels: Ground truth / metadata to attach (e.g. ``{"harmful": True, "group": "jailbreak"}``).
        judge: ``"rule"`` (default), any :class:`keysent.judge.Judge`, or ``None`` to skip judging.
        id: An identifier.
        prompt: The rendered prompt, if it differs from ``model.render_prompt(query)``.
    """
    from keysent.traces.locate import locate_key_sentence

    if not isinstance(query, str) or not isinstance(generated, str):
        raise TraceError(f"query and response must be strings, got {type(query).__name__} and {type(generated).__name__}")
    chat = model.chat
    if prompt is None:
        prompt = model.render_prompt(query)
    eos = chat.eos_token
    if eos and generated.endswith(eos):
        generated = generated[: -len(eos)]
    opener, closer = chat.think_open, chat.think_close
    if chat.think_in_prompt and opener and generated.lstrip().startswith(opener):
        generated = generated.lstrip()[len(opener) :].lstrip("\n")
    text = prompt + generated
    p_len = len(prompt)

    has_think = complete = False
    reasoning_chars: tuple[int, int] | None = None
    answer_chars: tuple[int, int] | None = None
    if chat.is_reasoning and opener and closer:
        if chat.think_in_prompt:
            r_start: int | None = p_len
        else:
            idx = text.find(opener, p_len)
            r_start = idx + len(opener) if idx >= 0 else None
        if r_start is not None:
            has_think = True
            close = text.find(closer, r_start)
            if close >= 0:
                complete = True
                reasoning_chars = _strip_span(text, r_start, close)
                answer_chars = _strip_span(text, close + len(closer), len(text))
            else:
                reasoning_chars = _strip_span(text, r_start, len(text))
        elif closer in generated:  # a close marker without an open one: treat what precedes as reasoning
            has_think, complete = True, True
            close = text.find(closer, p_len)
            reasoning_chars = _strip_span(text, p_len, close)
            answer_chars = _strip_span(text, close + len(closer), len(text))
    if not has_think:
        complete = True
        answer_chars = _strip_span(text, p_len, len(text))

    char_spans: dict[str, tuple[int, int]] = {"prompt": (0, p_len)}
    q_start = len(chat.user_prefix)
    if not prompt.startswith(chat.user_prefix) or not prompt.startswith(query, q_start):
        q_start = prompt.find(query)  # a custom prompt: find the message in it
    if query and q_start >= 0:
        char_spans["query"] = (q_start, q_start + len(query))
    reason: str | None = None
    reasoning: str | None = None
    if reasoning_chars is not None:
        ra, rb = reasoning_chars
        reasoning = text[ra:rb]
        if rb > ra:
            char_spans["reasoning"] = (ra, rb)
        loc = locate_key_sentence(reasoning, query)
        reason = loc.reason
        if loc.understanding is not None:
            char_spans["C"] = (ra + loc.understanding[0], ra + loc.understanding[1])
        if loc.key_sentence is not None:
            ka, kb = ra + loc.key_sentence[0], ra + loc.key_sentence[1]
            char_spans["K"] = (ka, kb)
            if rb > kb:
                rest = _strip_span(text, kb, rb)
                if rest[1] > rest[0]:
                    char_spans["rest"] = rest
    else:
        reason = "the trace has no think markers" if chat.is_reasoning else "the model's chat format has no think markers"
    answer = ""
    if answer_chars is not None and answer_chars[1] > answer_chars[0]:
        char_spans["answer"] = answer_chars
        answer = text[answer_chars[0] : answer_chars[1]]

    enc = model.tokenize(text)
    offsets = enc.offsets
    starts = [o[0] for o in offsets]
    spans: dict[str, Span] = {}
    for name, (a, b) in char_spans.items():
        tok = _char_to_token_span(offsets, starts, a, b)
        if tok[1] > tok[0]:
            spans[name] = Span(chars=(a, b), tokens=tok)
    spans["prompt"] = Span(chars=(0, p_len), tokens=(0, bisect.bisect_left(starts, p_len)))
    if "C" in spans and "K" in spans and spans["K"].tokens[0] < spans["C"].tokens[1]:
        # a token straddling the C/K boundary belongs to C; K starts after it
        k = spans["K"]
        new_start = spans["C"].tokens[1]
        if new_start < k.tokens[1]:
            spans["K"] = Span(chars=k.chars, tokens=(new_start, k.tokens[1]))
        else:
            del spans["K"]
            reason = "the key sentence shares its only token with the query understanding"

    judgements: dict[str, Any] = {}
    if judge is not None:
        from keysent.judge import get_judge

        j = get_judge(judge)
        if "K" in spans:
            judgements["k_aha"] = bool(j.has_safety_aha(text[spans["K"].chars[0] : spans["K"].chars[1]]))
        if complete:
            judgements["refusal"] = bool(j.is_refusal(answer))  # an empty answer counts as a refusal
    return Trace(
        query=query,
        prompt=prompt,
        generated=generated,
        reasoning=reasoning,
        answer=answer,
        token_ids=list(enc.ids),
        spans=spans,
        complete=complete,
        has_think=has_think,
        key_sentence_reason=None if "K" in spans else (reason or "no key sentence found"),
        labels=dict(labels or {}),
        judgements=judgements,
        model=model.name,
        id=id,
    )


__all__ = ["Trace", "Span", "SPAN_NAMES", "build_trace"]
