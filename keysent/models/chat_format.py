"""What keysent needs to know about a model's chat format, detected from its tokenizer.

A reasoning model's prompt is its chat template applied to one user turn with the generation
prompt. keysent needs: where the user's text sits in the rendered prompt (to mark the query
tokens), where the assistant's response starts, the think markers, whether the generation prompt
already opens the think block (DeepSeek-R1-Distill templates end with ``<think>\\n``, so the
generated text has no opening marker; Qwen3 templates do not, so the model writes it), and whether
the template itself carries BOS (then rendered text must be tokenised without adding special tokens,
or BOS appears twice).

Example:
    >>> from transformers import AutoTokenizer
    >>> from keysent.models.chat_format import ChatFormat
    >>> from keysent.organism import organism_path
    >>> tokenizer = AutoTokenizer.from_pretrained(organism_path("toy-r1-micro"))
    >>> fmt = ChatFormat.detect(tokenizer)
    >>> fmt.think_in_prompt, fmt.think_open, fmt.think_close
    (True, '<think>', '</think>')
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from keysent.errors import ChatFormatError
from keysent.records import check_keys

#: Think markers keysent recognises, in order of preference: (open, close).
THINK_MARKERS: tuple[tuple[str, str], ...] = (("<think>", "</think>"),)

_SENTINEL = "KEYSENTQUERYSENTINEL"


@dataclass(frozen=True)
class ChatFormat:
    """How one model renders a single-turn chat and marks its reasoning.

    Attributes:
        user_prefix: Rendered text before the user's message (BOS, role tokens, system prompt).
        user_suffix: Rendered text after the user's message up to where the model starts
            generating; it includes the generation prompt (and the think-open marker when
            ``think_in_prompt``).
        think_open: The think-open marker, or ``None`` for a non-reasoning model.
        think_close: The think-close marker, or ``None``.
        think_in_prompt: ``True`` when the generation prompt already ends with ``think_open``.
        bos_in_template: ``True`` when the template writes the BOS token itself.
        bos_token: The tokenizer's BOS token string, if any.
        eos_token: The token that ends an assistant turn.
    """

    user_prefix: str
    user_suffix: str
    think_open: str | None
    think_close: str | None
    think_in_prompt: bool
    bos_in_template: bool
    bos_token: str | None
    eos_token: str | None

    @property
    def is_reasoning(self) -> bool:
        """Whether the format has think markers (a reasoning model)."""
        return self.think_open is not None and self.think_close is not None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ChatFormat":
        check_keys(cls, data)
        return cls(**data)

    @classmethod
    def detect(cls, tokenizer: Any, **template_kwargs: Any) -> "ChatFormat":
        """Detect the chat format from a Hugging Face tokenizer with a chat template.

        ``template_kwargs`` are passed to the template (e.g. ``enable_thinking=False``).

        Raises:
            ChatFormatError: the tokenizer has no chat template, or its template does not put the
                user's message verbatim into the prompt.
        """
        template = getattr(tokenizer, "chat_template", None)
        if not template:
            name = getattr(tokenizer, "name_or_path", "") or type(tokenizer).__name__
            raise ChatFormatError(
                f"tokenizer {name!r} has no chat template, so keysent cannot tell where the query "
                "and the response are. Load a chat/reasoning model's tokenizer, or pass "
                "chat_template=... (a Jinja string or a path to a .jinja file) to load_model."
            )
        try:
            rendered = tokenizer.apply_chat_template(
                [{"role": "user", "content": _SENTINEL}], tokenize=False, add_generation_prompt=True, **template_kwargs
            )
        except Exception as exc:  # a broken template raises jinja errors of many kinds
            raise ChatFormatError(f"the tokenizer's chat template failed to render a user turn: {exc}") from exc
        if not isinstance(rendered, str) or rendered.count(_SENTINEL) != 1:
            raise ChatFormatError(
                "the chat template does not place the user's message verbatim exactly once in the "
                "prompt; keysent cannot locate the query tokens. Pass a plain chat_template."
            )
        prefix, suffix = rendered.split(_SENTINEL)
        think_open = think_close = None
        vocab = _known_strings(tokenizer)
        for open_marker, close_marker in THINK_MARKERS:
            if (open_marker in vocab and close_marker in vocab) or open_marker in template:
                think_open, think_close = open_marker, close_marker
                break
        think_in_prompt = bool(think_open) and suffix.rstrip().endswith(think_open)
        bos = getattr(tokenizer, "bos_token", None)
        eos = getattr(tokenizer, "eos_token", None)
        return cls(
            user_prefix=prefix,
            user_suffix=suffix,
            think_open=think_open,
            think_close=think_close,
            think_in_prompt=think_in_prompt,
            bos_in_template=bool(bos) and prefix.startswith(bos),
            bos_token=bos,
            eos_token=eos,
        )


def _known_strings(tokenizer: Any) -> set[str]:
    """Added/special token strings of a tokenizer (where think markers live)."""
    known: set[str] = set()
    added = getattr(tokenizer, "added_tokens_decoder", None) or {}
    for tok in added.values():
        known.add(getattr(tok, "content", str(tok)))
    for tok in getattr(tokenizer, "all_special_tokens", []) or []:
        known.add(tok)
    try:
        vocab = tokenizer.get_vocab()
    except Exception:
        vocab = {}
    for marker_pair in THINK_MARKERS:
        for marker in marker_pair:
            if marker in vocab:
                known.add(marker)
    return known
