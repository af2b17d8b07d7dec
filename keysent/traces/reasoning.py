"""The one reasoning/answer splitter that traces and judges share.

A reasoning model's response is ``<open> reasoning <close> answer``. Tools save it in several
shapes: the DeepSeek-R1 / Qwen3 / QwQ ``<think>...</think>`` block (with the opening marker in the
prompt or in the response), OpenThoughts' ``<|begin_of_thought|>...<|end_of_thought|>``, Open
WebUI's exported ``<details type="reasoning">`` block (reasoning lines quoted with ``> ``), or a
response whose reasoning parser has removed the opening marker (only ``</think>`` is left).
:func:`split_response` handles all of them with one rule:

* the reasoning opens at the first opening marker that comes before the first closing marker
  (or at the start of the text when the prompt already opened it, or when only a closing marker
  is present);
* the answer is everything after the **first** closing marker; a later mention of ``<think>``
  inside the answer (a model explaining its format) does not cut it.

Example:
    >>> from keysent.traces.reasoning import split_response, OPENTHOUGHTS
    >>> s = split_response("<think>\\nOkay, so the user wants X.\\n</think>\\n\\nSure. Use <think> tags.")
    >>> s.reasoning, s.answer, s.closed, s.has_markers
    ('Okay, so the user wants X.', 'Sure. Use <think> tags.', True, True)
    >>> split_response("Hmm, risky.\\n</think>\\n\\nNo.").reasoning     # a parser removed <think>
    'Hmm, risky.'
    >>> split_response("<|begin_of_thought|>A.<|end_of_thought|>B.", OPENTHOUGHTS).answer
    'B.'
    >>> split_response("Still thinking", prompt_opens_reasoning=True)
    SplitResponse(reasoning='Still thinking', answer='', closed=False, has_markers=False, reasoning_chars=(0, 14), answer_chars=None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from keysent.errors import ConfigError


@dataclass(frozen=True)
class ReasoningMarkers:
    """The markers around a response's reasoning.

    Attributes:
        open: The opening marker (for ``tag_prefix`` markers, the start of an HTML tag).
        close: The closing marker.
        tag_prefix: ``open`` is the start of an HTML tag whose attributes vary; the marker ends at
            the next ``>`` (Open WebUI writes ``<details type="reasoning" done="true" duration="3">``).
        quoted: The reasoning is a Markdown block quote (``> `` before every line) with a leading
            ``<summary>...</summary>``, as Open WebUI exports it; both are removed.
        name: The preset's name, or ``None`` for custom markers.
    """

    open: str = "<think>"
    close: str = "</think>"
    tag_prefix: bool = False
    quoted: bool = False
    name: str | None = None

    def __post_init__(self) -> None:
        if not self.open or not self.close:
            raise ConfigError(f"reasoning markers need a non-empty open and close marker, got {self.open!r} and {self.close!r}")

    def _find_open(self, text: str, start: int = 0) -> tuple[int, int] | None:
        """``(start, end)`` of the first opening marker at or after ``start``."""
        i = text.find(self.open, start)
        if i < 0:
            return None
        end = i + len(self.open)
        if self.tag_prefix:
            gt = text.find(">", end)
            if gt < 0:
                return None
            end = gt + 1
        return i, end

    def to_dict(self) -> dict[str, Any]:
        return {"open": self.open, "close": self.close, "tag_prefix": self.tag_prefix, "quoted": self.quoted, "name": self.name}

    @classmethod
    def parse(cls, text: str) -> "ReasoningMarkers":
        """A preset name (``think``, ``openthoughts``, ``openwebui``) or ``OPEN...CLOSE``.

        Raises:
            ConfigError: neither a preset nor two markers separated by ``...``.
        """
        key = text.strip().lower()
        if key in PRESETS:
            return PRESETS[key]
        open_, sep, close = text.strip().partition("...")
        if not sep or not open_.strip() or not close.strip():
            raise ConfigError(
                f"unknown reasoning markers {text!r}; use a preset ({', '.join(PRESETS)}) or OPEN...CLOSE, "
                "e.g. markers=<|begin_of_thought|>...<|end_of_thought|>"
            )
        return cls(open=open_.strip(), close=close.strip())


#: DeepSeek-R1, Qwen3, QwQ.
THINK = ReasoningMarkers("<think>", "</think>", name="think")
#: OpenThoughts / Bespoke-Stratos (``<|begin_of_thought|>`` ... ``<|end_of_thought|>``).
OPENTHOUGHTS = ReasoningMarkers("<|begin_of_thought|>", "<|end_of_thought|>", name="openthoughts")
#: Open WebUI's chat export (``<details type="reasoning" ...><summary>...</summary>`` quoted lines ``</details>``).
OPEN_WEBUI = ReasoningMarkers('<details type="reasoning"', "</details>", tag_prefix=True, quoted=True, name="openwebui")

PRESETS: dict[str, ReasoningMarkers] = {"think": THINK, "openthoughts": OPENTHOUGHTS, "openwebui": OPEN_WEBUI}


@dataclass(frozen=True)
class SplitResponse:
    """A response split into reasoning and answer.

    Attributes:
        reasoning: The reasoning (surrounding whitespace stripped), or ``None`` when the response
            has none.
        answer: The text after the first closing marker, stripped; ``""`` for a truncated trace.
        closed: The reasoning block was closed, or there is none (the answer is complete).
        has_markers: An opening or closing marker was found in the text.
        reasoning_chars: ``(start, end)`` of ``reasoning`` in the input text, when it is a verbatim
            substring (``None`` for block-quoted reasoning, which is rewritten).
        answer_chars: ``(start, end)`` of ``answer`` in the input text, or ``None`` when empty.
    """

    reasoning: str | None
    answer: str
    closed: bool
    has_markers: bool
    reasoning_chars: tuple[int, int] | None = None
    answer_chars: tuple[int, int] | None = None


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_SUMMARY = re.compile(r"\A\s*<summary>.*?</summary>", re.S)


def _unquote(text: str) -> str:
    text = _SUMMARY.sub("", text)
    lines = [re.sub(r"^\s*>\s?", "", line) for line in text.split("\n")]
    return "\n".join(lines).strip()


def split_response(
    text: str,
    markers: ReasoningMarkers | None = None,
    *,
    prompt_opens_reasoning: bool = False,
) -> SplitResponse:
    """Split a response into its reasoning and its answer (rules in the module docstring).

    Args:
        text: The response (the text after the generation prompt).
        markers: The reasoning markers; default ``<think>``/``</think>`` (pass the chat format's,
            see :func:`markers_for`).
        prompt_opens_reasoning: The prompt ends with the opening marker (DeepSeek-R1-Distill's
            and QwQ's templates), so a response without markers is reasoning, cut off before
            its closing marker (``closed=False``).

    Returns:
        A :class:`SplitResponse`. Without markers and with ``prompt_opens_reasoning=False`` the
        whole text is the answer and ``reasoning`` is ``None``.

    Raises:
        TypeError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_response needs a string, got {type(text).__name__}")
    m = markers or THINK
    close = text.find(m.close)
    opened = m._find_open(text)
    if opened is not None and close >= 0 and opened[0] > close:
        opened = None  # an opening marker after the close belongs to the answer
    if opened is not None and close < 0 and text[: opened[0]].strip():
        opened = None  # no close, and text before the "opening" marker: a mention of it, not a marker
    if opened is None and close < 0:
        if prompt_opens_reasoning:
            a, b = _strip(text, 0, len(text))
            return SplitResponse(text[a:b], "", False, False, (a, b), None)
        a, b = _strip(text, 0, len(text))
        return SplitResponse(None, text[a:b], True, False, None, (a, b) if b > a else None)
    r_start = opened[1] if opened is not None else 0
    r_end = close if close >= 0 else len(text)
    ra, rb = _strip(text, r_start, r_end)
    if close >= 0:
        aa, ab = _strip(text, close + len(m.close), len(text))
        answer, answer_chars = text[aa:ab], ((aa, ab) if ab > aa else None)
    else:
        answer, answer_chars = "", None
    if m.quoted:
        return SplitResponse(_unquote(text[ra:rb]), answer, close >= 0, True, None, answer_chars)
    return SplitResponse(text[ra:rb], answer, close >= 0, True, (ra, rb), answer_chars)


def detect_markers(text: str, default: ReasoningMarkers | None = None) -> ReasoningMarkers | None:
    """The markers a response uses: ``default`` when its closing marker (or opening one) is in the
    text, else the first preset whose opening and closing markers both are, else ``default``.

    >>> detect_markers("<|begin_of_thought|>x<|end_of_thought|>y", THINK).name
    'openthoughts'
    >>> detect_markers("x</think>y", THINK).name
    'think'
    """
    if default is not None and (default.close in text or default._find_open(text) is not None):
        return default
    for preset in PRESETS.values():
        if preset.close in text and preset._find_open(text) is not None:
            return preset
    return default


def markers_for(chat: Any) -> ReasoningMarkers | None:
    """The markers of a :class:`keysent.models.chat_format.ChatFormat`, ``None`` when it has none."""
    if getattr(chat, "think_open", None) and getattr(chat, "think_close", None):
        if (chat.think_open, chat.think_close) == (THINK.open, THINK.close):
            return THINK
        return ReasoningMarkers(chat.think_open, chat.think_close)
    return None


def join_response(reasoning: str | None, answer: str | None, markers: ReasoningMarkers, *,
                  opener_in_prompt: bool = False) -> str:
    r"""``reasoning`` and ``answer`` saved apart, joined as the model wrote them.

    The layout is DeepSeek-R1's (``<think>\nreasoning\n</think>\n\nanswer``, the one vLLM's
    ``deepseek_r1`` parser splits): the reasoning's outer newlines and the answer's leading ones
    are normalised to it. Without reasoning the answer is the whole response; an ``answer`` of
    ``None`` with reasoning means the reasoning never closed. ``opener_in_prompt``: the prompt
    already ends with the opening marker, so the response starts inside the reasoning.

    >>> join_response("Okay, so X.", "No.", THINK)
    '<think>\nOkay, so X.\n</think>\n\nNo.'
    >>> join_response("Okay, so X.", None, THINK, opener_in_prompt=True)
    'Okay, so X.'
    >>> join_response("  ", "No.", THINK)
    'No.'
    """
    if reasoning is None or not reasoning.strip():
        return answer or ""
    body = reasoning.strip("\n")
    if answer is not None:
        body += "\n" + markers.close + "\n\n" + answer.lstrip("\n")
    return body if opener_in_prompt else f"{markers.open}\n{body}"


__all__ = ["ReasoningMarkers", "SplitResponse", "split_response", "join_response", "markers_for", "detect_markers",
           "PRESETS", "THINK", "OPENTHOUGHTS", "OPEN_WEBUI"]
