"""The ``<safe> ... </safe>`` segment of Safe Trigger (Miao et al. 2026): where it goes, and its span.

The paper trains the model to open an explicit safety analysis after its initial reasoning on
unsafe queries; it does not publish the segment's exact place. keysent's positions
(:data:`POSITIONS`, ``--safe-position``):

* ``after_think`` (default): after the think block, before the answer:
  ``<reasoning>\\n</think>\\n\\n<safe>analysis</safe>\\n\\nanswer``;
* ``after_k``: inside the reasoning, right after the key sentence K (the reasoning after K is
  dropped, the think block closes after the segment):
  ``<reasoning up to K> <safe>analysis</safe>\\n</think>\\n\\nanswer``.

``<safe>``/``</safe>`` are plain text (the tokenizer splits them into ordinary tokens).

>>> insert_segment("Okay. Hmm, risky. Let me see.\\n</think>\\n\\nNo.", "It is harmful.",
...                reasoning_end=29, answer_start=40, k_end=17, position="after_think", answer="I can't.")
"Okay. Hmm, risky. Let me see.\\n</think>\\n\\n<safe>It is harmful.</safe>\\n\\nI can't."
>>> insert_segment("Okay. Hmm, risky. Let me see.\\n</think>\\n\\nNo.", "It is harmful.",
...                reasoning_end=29, answer_start=40, k_end=17, position="after_k", answer="I can't.")
"Okay. Hmm, risky. <safe>It is harmful.</safe>\\n</think>\\n\\nI can't."
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from keysent.errors import ConfigError, TraceError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Span, Trace

SAFE_OPEN = "<safe>"
SAFE_CLOSE = "</safe>"
POSITIONS = ("after_think", "after_k")
_SEGMENT = re.compile(re.escape(SAFE_OPEN) + r"(.*?)" + re.escape(SAFE_CLOSE), re.S)


def check_position(position: str) -> str:
    if position not in POSITIONS:
        raise ConfigError(f"unknown --safe-position {position!r}; choose one of {', '.join(POSITIONS)}")
    return position


def insert_segment(generated: str, analysis: str, *, reasoning_end: int, answer_start: int, k_end: int | None,
                   position: str, answer: str) -> str:
    """A response with the ``<safe>`` segment holding ``analysis`` and then ``answer``.

    Args:
        generated: The model's original response (reasoning, think-close separator, answer).
        analysis: The text of the safety analysis.
        reasoning_end, answer_start: Character offsets in ``generated`` where the reasoning ends and
            the answer starts (the separator between them, e.g. ``"\\n</think>\\n\\n"``, is kept).
        k_end: Character offset in ``generated`` where K ends (needed for ``after_k``).
        position: One of :data:`POSITIONS`.
        answer: The answer after the segment.

    Raises:
        ConfigError: unknown position, or ``after_k`` without a key sentence.
    """
    check_position(position)
    separator = generated[reasoning_end:answer_start]
    segment = f"{SAFE_OPEN}{analysis.strip()}{SAFE_CLOSE}"
    if position == "after_think":
        return generated[:answer_start] + segment + "\n\n" + answer
    if k_end is None:
        raise ConfigError("--safe-position after_k needs a located key sentence")
    return generated[:k_end] + " " + segment + separator + answer


def find_segment(text: str) -> tuple[int, int] | None:
    """``(start, end)`` characters of the first whole ``<safe>...</safe>`` segment in ``text``."""
    m = _SEGMENT.search(text)
    return (m.start(), m.end()) if m else None


def segment_analysis(text: str) -> str | None:
    """The analysis inside the first ``<safe>`` segment of ``text``, or None."""
    m = _SEGMENT.search(text)
    return m.group(1).strip() if m else None


def strip_segment(text: str) -> str:
    """``text`` without its ``<safe>`` segments (and the blank line after one)."""
    return re.sub(_SEGMENT.pattern + r"\s*", "", text, flags=re.S)


def has_trigger(text: str) -> bool:
    """Whether ``text`` opens a ``<safe>`` segment (a trigger, closed or not)."""
    return SAFE_OPEN in text


def safe_span(model: "LoadedModel", trace: "Trace") -> "Span":
    """The span of the ``<safe>...</safe>`` segment of ``trace``: characters index ``trace.text``,
    tokens index ``trace.token_ids`` (every token overlapping the segment, from the tokenizer's
    offset mapping, as for the other spans). Also stored as ``trace.spans["safe"]``, so capture,
    attention and ``Trace.to_dict`` address it like C or K.

    Raises:
        TraceError: the trace has no closed ``<safe>`` segment.
    """
    from keysent.traces.alignment import response_tokens, token_keys, token_span
    from keysent.traces.trace import Span

    found = find_segment(trace.generated)
    if found is None:
        raise TraceError(f"trace {trace.id or trace.query[:40]!r} has no <safe>...</safe> segment")
    base = len(trace.prompt)
    a, b = base + found[0], base + found[1]
    # the trace's own ids and the rule every span follows (keysent.traces.alignment)
    n_prompt = trace.flags.get("n_prompt_tokens")
    prompt_offsets = list(model.tokenize(trace.prompt).offsets)
    if n_prompt is None:
        n_prompt = len(prompt_offsets)
    _, r_offsets, _, _ = response_tokens(model, trace.generated, trace.token_ids[n_prompt:])
    offsets = prompt_offsets + [(x + base, y + base) for x, y in r_offsets]
    span = Span(chars=(a, b), tokens=token_span(token_keys(trace.text, offsets), a, b))
    trace.spans["safe"] = span
    return span


__all__ = ["SAFE_OPEN", "SAFE_CLOSE", "POSITIONS", "check_position", "insert_segment", "find_segment",
           "segment_analysis", "strip_segment", "has_trigger", "safe_span"]
