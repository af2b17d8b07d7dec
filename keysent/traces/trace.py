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

Token ids are the prompt's ids followed by the response's ids tokenised on their own (or the
generated ids themselves), as the model saw them; token spans come from each token's character
offsets, and a token belongs to the span holding its last non-whitespace character, so spans never
share a token and ``c_last`` is strictly before K (:mod:`keysent.traces.alignment`).

Example:
    >>> import keysent
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> t = keysent.Trace.from_text(model, "How do I pick a lock?",
    ...     "Okay, so the user wants to pick a lock. Hmm, that could be illegal. I should decline."
    ...     "\\n</think>\\n\\nI can't help with that.")
    >>> t.key_sentence, t.spans["K"].tokens
    ('Hmm, that could be illegal.', (27, 37))
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import SpanError, TraceError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.traces.reasoning import ReasoningMarkers

#: Version of the trace record written by :meth:`Trace.to_dict`. 1: no ``schema`` key (ids of
#: ``prompt + response`` tokenised as one string, no sentences); 2: faithful ids, ``sentences``,
#: ``flags``, ``generated_by``.
SCHEMA_VERSION = 2

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
        judgements: Judge outputs: ``k_aha`` (K is a safety aha), ``refusal`` (the answer
            declines), ``safe`` (a safety judge's verdict: the answer is harmless), each True,
            False or ``"not_judged"``; ``judges`` names the judge behind each.
        model: Name of the model that tokenised the trace (the one loaded).
        id: An identifier, when the source has one.
        sentences: The reasoning's sentences as found by the locator (char and token spans, in
            order; C and K are runs of them).
        flags: How the trace was built: ``ids`` (``"generated"``: the generated ids themselves;
            ``"tokenized"``: the response tokenised on its own), ``n_prompt_tokens``,
            ``no_markers`` (a response without any reasoning marker, under a prompt that opens the
            reasoning, read as cut-off reasoning), ``unclosed_reasoning`` (the opening marker,
            e.g. ``"<think>"``, of a response that opens its reasoning and never closes it: read
            as reasoning cut off, as a truncated generation is),
            ``inexact_spans`` (spans whose tokens also cover characters outside them, see
            :mod:`keysent.traces.alignment`), ``clipped`` (ids cut to the model's context),
            ``cjk`` (C or K holds Chinese, Japanese or Korean text: sentences end at ``。？！``, but
            the test that extends C over restating sentences reads English words, so C may be
            one sentence short).
        generated_by: The model that generated the response, or ``None`` when it was brought
            (then K regenerated by the loaded model is a different model's sentence).
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
    sentences: list[Span] = field(default_factory=list)
    flags: dict[str, Any] = field(default_factory=dict)
    generated_by: str | None = None

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
    def k_aha(self) -> Any:
        """Whether K carries a safety aha moment (judged): True/False, ``NOT_JUDGED`` when the judge
        could not read K, ``None`` without K or judgement."""
        from keysent.judge.verdict import from_json

        return from_json(self.judgements.get("k_aha"))

    @property
    def refusal(self) -> Any:
        """Whether the answer declines the request (judged): True/False, ``NOT_JUDGED``, or
        ``None`` for an incomplete trace or without judgement. Refusal is not safety; see
        :attr:`answer_safe`."""
        from keysent.judge.verdict import from_json

        return from_json(self.judgements.get("refusal"))

    @property
    def answer_safe(self) -> Any:
        """Whether the final answer is safe (harmless by policy), from the first source that has it:

        1. a data label ``labels["answer_safe"]`` (a bool; ``labels["answer_safe_source"]`` names
           where it came from, e.g. STAR-1's answers are safe by construction);
        2. a safety judge's verdict ``judgements["safe"]`` (``--safety-judge``);
        3. the rule fallback: any answer to a benign query is safe; on a harmful (or unlabelled)
           query, a refusal is safe and anything else unsafe (``judgements["refusal"]``).

        Returns True/False, ``NOT_JUDGED`` (the deciding judge could not judge), or ``None``
        (no source: an incomplete trace without a label, or no judgement).
        """
        from keysent.judge.verdict import from_json

        label = self.labels.get("answer_safe")
        if isinstance(label, bool):
            return label
        safe = self.judgements.get("safe")
        if safe is not None:
            return from_json(safe)
        refusal = self.judgements.get("refusal")
        if refusal is None or not self.complete:
            return None
        if self.harmful is False:
            return True
        return from_json(refusal)

    @property
    def answer_safe_source(self) -> str | None:
        """What decided :attr:`answer_safe`: ``"data:<source>"``, ``"judge:<name>"``,
        ``"rules:refusal"`` (the fallback, with the refusal judge's name when it is not the rules),
        or ``None``."""
        if isinstance(self.labels.get("answer_safe"), bool):
            source = str(self.labels.get("answer_safe_source") or "label")
            return source if source.startswith("data:") else f"data:{source}"
        names = self.judgements.get("judges") or {}
        if self.judgements.get("safe") is not None:
            return f"judge:{names.get('safe') or 'safety'}"
        if self.answer_safe is None:
            return None
        refusal_judge = names.get("refusal") or "rules"
        return "rules:refusal" if refusal_judge == "rules" else f"refusal:{refusal_judge}"

    # ------------------------------------------------------------------ I/O
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["spans"] = {k: v.to_dict() for k, v in self.spans.items()}
        data["sentences"] = [s.to_dict() for s in self.sentences]
        data["schema"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Trace":
        """Read a record of :meth:`to_dict`; a schema-1 record (older keysent) is upgraded.

        A schema-1 record keeps its ids (tokenised as one string then) and gets
        ``flags["ids"] = "joint"``; rebuild it (``build_trace``) for faithful ids and sentences.

        Raises:
            TraceError: not a trace record, or one written by a newer keysent.
        """
        data = dict(data)
        version = data.pop("schema", 1)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise TraceError(
                f"trace record has schema {version!r}, newer than this keysent reads ({SCHEMA_VERSION}); upgrade keysent"
            )
        try:
            spans = {k: Span.from_dict(v) for k, v in data.pop("spans", {}).items()}
            sentences = [Span.from_dict(v) for v in data.pop("sentences", [])]
            if version == 1:
                data.setdefault("flags", {"ids": "joint"})
            return cls(spans=spans, sentences=sentences, **data)
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
        **kwargs: Any,
    ) -> "Trace":
        """Build a trace from a query and a response generated by ``model`` (or elsewhere).

        ``generated`` is the text after the generation prompt. A leading think-open marker is
        accepted even when the template's generation prompt already has one (responses saved by
        other tools often include it); it is then dropped so the text matches what the model saw.
        See :func:`build_trace` for the other inputs.
        """
        return build_trace(model, query, generated, labels=labels, judge=judge, id=id, **kwargs)


def _char_to_token_span(offsets: list[tuple[int, int]], starts: list[int], a: int, b: int) -> tuple[int, int]:
    """Tokens overlapping characters ``[a, b)`` (kept for callers of the old overlap rule)."""
    lo, hi = 0, len(offsets)
    while lo < hi:  # offsets' ends are non-decreasing
        mid = (lo + hi) // 2
        if offsets[mid][1] > a:
            hi = mid
        else:
            lo = mid + 1
    last = bisect.bisect_left(starts, b)
    return lo, max(lo, last)


def compose_response(model: "LoadedModel", reasoning: str | None, answer: str | None) -> str:
    """A response in the model's own format from reasoning and answer saved apart.

    vLLM's reasoning parsers (and most APIs) return ``reasoning_content`` and ``content``
    without the markers; the model wrote ``reasoning\n</think>\n\nanswer`` (after ``<think>\n``,
    written by the model itself when its prompt does not end with it). That layout is the one
    DeepSeek-R1's outputs have (the STAR-1 responses, ``../shared/data/star1``) and the one
    vLLM's ``deepseek_r1`` parser splits at ``</think>``; whitespace the parser kept is normalised
    to it, so ids of a recomposed response can differ from the generated ones by those newlines. With no reasoning the
    answer is the whole response (a parser that was off leaves ``...</think>answer`` in it). An
    ``answer`` of ``None`` with reasoning means the reasoning never closed (a truncated trace).

    Raises:
        TraceError: reasoning given for a model whose chat format has no think markers.
    """
    from keysent.traces.reasoning import ReasoningMarkers, join_response

    chat = model.chat
    if reasoning is None or not reasoning.strip():
        return answer or ""
    if not chat.is_reasoning:
        raise TraceError(
            f"{model.name}'s chat format has no think markers, so reasoning saved apart from the answer has no place "
            "in its prompt; load the reasoning model that wrote it, or give the answers alone"
        )
    markers = ReasoningMarkers(str(chat.think_open), str(chat.think_close))
    return join_response(reasoning, answer, markers, opener_in_prompt=chat.think_in_prompt)


def build_trace(
    model: "LoadedModel",
    query: str,
    generated: str | None = None,
    *,
    labels: dict[str, Any] | None = None,
    judge: Any = "rule",
    id: str | None = None,
    prompt: str | None = None,
    messages: list[dict[str, Any]] | None = None,
    reasoning: str | None = None,
    answer: str | None = None,
    markers: "ReasoningMarkers | None" = None,
    no_reasoning: bool = False,
    generated_ids: Sequence[int] | None = None,
    generated_by: str | None = None,
    locator: Any = None,
) -> Trace:
    """Locate every part of ``prompt + generated`` and return a :class:`Trace`.

    Token ids are the prompt's ids followed by the response's ids tokenised on their own (or
    ``generated_ids``), and token spans follow the boundary rule of :mod:`keysent.traces.alignment`.

    Args:
        model: The loaded model (its tokenizer and chat format are used).
        query: The user's message (the last user turn).
        generated: The text the model produced after the prompt (EOS removed). Give either this or
            ``reasoning``/``answer``.
        labels: Ground truth / metadata to attach (e.g. ``{"harmful": True, "group": "jailbreak"}``).
        judge: ``"rules"`` (default), a :class:`keysent.judge.Judge`, a
            :class:`keysent.judge.JudgeSet` (one judge per verdict), or ``None``: do not judge.
        id: An identifier.
        prompt: The rendered prompt, if it differs from ``model.render_prompt(query)``; the query
            span is then the last occurrence of ``query`` in it.
        messages: The whole conversation ending in the user turn (system prompt, earlier turns);
            the prompt is rendered from it and the query span is its last user turn.
        reasoning, answer: Reasoning and answer saved apart (vLLM's ``reasoning_content`` and
            ``content``); recomposed in the model's format by :func:`compose_response`.
        markers: Reasoning markers of the response (default: the chat format's, or a preset's
            when the response holds that preset's markers and not the chat format's).
        no_reasoning: The response carries no reasoning (all of it is the answer), even when the
            prompt opens a think block.
        generated_ids: The ids the model generated (a final EOS is dropped); used instead of
            tokenising when they decode to the response, else ``flags["generated_ids_differ_at"]``
            records the first differing character.
        generated_by: Name of the model that generated the response (``None``: unknown, brought).
        locator: A judge of C's end (:class:`keysent.traces.locate_model.EndOfCJudge`, e.g.
            ``make_judge("api:MODEL", "c_end")``): C and K are located with ``method="model"``
            (the rules when it gives no answer) and ``flags["locator"]`` records ``"model"`` or
            ``"model-fallback"``. ``None`` (default): the rules.

    Raises:
        TraceError: a non-text query or response.
    """
    from keysent.traces.alignment import response_tokens, span_is_exact, token_keys, token_span
    from keysent.traces.locate import locate_key_sentence
    from keysent.traces.reasoning import detect_markers, markers_for, split_response

    if generated is None and (reasoning is not None or answer is not None):
        generated = compose_response(model, reasoning, answer)
    if not isinstance(query, str) or not isinstance(generated, str):
        raise TraceError(
            f"query and response must be strings, got {type(query).__name__} and {type(generated).__name__} "
            "(give the response as generated=..., or as reasoning=... and answer=...)"
        )
    chat = model.chat
    q_chars: tuple[int, int] | None
    if messages is not None:
        prompt, q_chars = model.render_messages(list(messages))
        query = prompt[q_chars[0] : q_chars[1]]
    elif prompt is None:
        prompt, q_chars = model.render_messages([{"role": "user", "content": query}])
    else:
        at = prompt.rfind(query) if query else -1
        q_chars = (at, at + len(query)) if at >= 0 else None
    eos = chat.eos_token
    if generated_ids is not None:
        generated_ids = list(generated_ids)
        eos_id = getattr(model.tokenizer, "eos_token_id", None)
        if generated_ids and eos_id is not None and generated_ids[-1] == eos_id:
            generated_ids = generated_ids[:-1]
    elif eos and generated.endswith(eos):
        generated = generated[: -len(eos)]
    marks = markers or markers_for(chat)
    if markers is None and marks is not None and not no_reasoning and generated_ids is None:
        marks = detect_markers(generated, marks)  # e.g. OpenThoughts markers in data for an R1 model
    opener = marks.open if marks is not None else None
    opened = False  # the response itself holds the opening marker
    if generated_ids is None and chat.think_in_prompt and opener == chat.think_open and generated.lstrip().startswith(opener):
        # saved with the opening marker the prompt already holds: the model never generated it
        generated = generated.lstrip()[len(opener) :].lstrip("\n")
        opened = True
    flags: dict[str, Any] = {}
    if no_reasoning or marks is None:
        split = None  # the whole response is the answer
    else:
        split = split_response(generated, marks, prompt_opens_reasoning=chat.think_in_prompt)
        if not split.closed and (opened or split.has_markers):
            flags["unclosed_reasoning"] = marks.open  # opened, never closed: a truncated generation? warn
        elif not split.has_markers and chat.think_in_prompt:
            flags["no_markers"] = True  # no marker at all, read as reasoning cut off before its end: warn
    if split is not None and split.reasoning is not None and split.reasoning_chars is None:
        # rewritten reasoning (an Open WebUI block quote): recompose in the model's format
        generated = compose_response(model, split.reasoning, split.answer)
        generated_ids = None
        split = split_response(generated, markers_for(chat), prompt_opens_reasoning=chat.think_in_prompt)
    p_len = len(prompt)
    text = prompt + generated

    has_think = split is not None and split.reasoning is not None
    complete = True if split is None else split.closed
    char_spans: dict[str, tuple[int, int]] = {"prompt": (0, p_len)}
    if query and q_chars is not None:
        char_spans["query"] = q_chars
    reason: str | None = None
    reasoning_text: str | None = None
    sentence_chars: list[tuple[int, int]] = []
    answer_chars = None
    if split is None:
        answer_chars = _strip_span(text, p_len, len(text))
        reason = "the response carries no reasoning" if no_reasoning else "the model's chat format has no think markers"
    else:
        if split.answer_chars is not None:
            answer_chars = (p_len + split.answer_chars[0], p_len + split.answer_chars[1])
        if split.reasoning_chars is None:
            reason = "the trace has no think markers"
        else:
            ra, rb = p_len + split.reasoning_chars[0], p_len + split.reasoning_chars[1]
            reasoning_text = text[ra:rb]
            if rb > ra:
                char_spans["reasoning"] = (ra, rb)
            loc = locate_key_sentence(reasoning_text, query, method="rules" if locator is None else "model",
                                      judge=locator)
            if locator is not None:
                flags["locator"] = loc.method
            reason = loc.reason
            sentence_chars = [(ra + a, ra + b) for a, b in loc.sentences]
            if _CJK.search(reasoning_text[: (loc.key_sentence or loc.understanding or (0, 400))[1]]):
                flags["cjk"] = True  # sentences cut at 。？！, but C's restatement test reads English words
            if loc.understanding is not None:
                char_spans["C"] = (ra + loc.understanding[0], ra + loc.understanding[1])
            if loc.key_sentence is not None:
                ka, kb = ra + loc.key_sentence[0], ra + loc.key_sentence[1]
                char_spans["K"] = (ka, kb)
                if rb > kb:
                    rest = _strip_span(text, kb, rb)
                    if rest[1] > rest[0]:
                        char_spans["rest"] = rest
    answer_text = ""
    if answer_chars is not None and answer_chars[1] > answer_chars[0]:
        char_spans["answer"] = answer_chars
        answer_text = text[answer_chars[0] : answer_chars[1]]

    prompt_enc = model.tokenize(prompt)
    r_ids, r_offsets, ids_source, differs_at = response_tokens(model, generated, generated_ids)
    if differs_at is not None:
        flags["generated_ids_differ_at"] = differs_at
    n_prompt = len(prompt_enc.ids)
    ids = list(prompt_enc.ids) + r_ids
    offsets = list(prompt_enc.offsets) + [(a + p_len, b + p_len) for a, b in r_offsets]
    keys = token_keys(text, offsets)
    spans: dict[str, Span] = {}
    inexact: list[str] = []
    for name, (a, b) in char_spans.items():
        tok = token_span(keys, a, b)
        if tok[1] > tok[0]:
            spans[name] = Span(chars=(a, b), tokens=tok)
            if name != "prompt" and not span_is_exact(text, offsets, tok, a, b):
                inexact.append(name)
    spans["prompt"] = Span(chars=(0, p_len), tokens=(0, n_prompt))
    if "K" in char_spans and "K" not in spans:
        reason = "the key sentence has no token of its own (its only token also ends the query understanding)"
    if inexact:
        flags["inexact_spans"] = inexact
    sentences = [Span(chars=c, tokens=token_span(keys, *c)) for c in sentence_chars]
    sentences = [s for s in sentences if s.n_tokens > 0]

    trace = Trace(
        query=query,
        prompt=prompt,
        generated=generated,
        reasoning=reasoning_text,
        answer=answer_text,
        token_ids=ids,
        spans=spans,
        complete=complete,
        has_think=has_think,
        key_sentence_reason=None if "K" in spans else (reason or "no key sentence found"),
        labels=dict(labels or {}),
        judgements={},
        model=model.name,
        id=id,
        sentences=sentences,
        flags=dict(flags, ids=ids_source, n_prompt_tokens=n_prompt),
        generated_by=generated_by,
    )
    if judge is not None:
        from keysent.judge.apply import judge_traces

        judge_traces([trace], judge)
    return trace


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


__all__ = ["Trace", "Span", "SPAN_NAMES", "SCHEMA_VERSION", "build_trace", "compose_response"]
