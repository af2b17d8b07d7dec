"""The organism's tokenizer: byte-level BPE trained on the corpus, with the R1-Distill chat format.

The normaliser (NFC) and pre-tokenizer (Qwen2's split regex, then byte-level) are those of
``Qwen2Tokenizer``, which ``AutoTokenizer`` uses for a ``qwen2`` model directory; a build checks
that the saved directory reloads to the same token ids.

Special tokens are the real DeepSeek-R1-Distill strings, each a single token:
``<｜begin▁of▁sentence｜>`` (BOS), ``<｜end▁of▁sentence｜>`` (EOS and pad), ``<｜User｜>``,
``<｜Assistant｜>``, ``<think>``, ``</think>``. BOS and EOS are *special* (dropped by
``decode(skip_special_tokens=True)``); the role and think markers are ordinary added tokens, so
decoded reasoning keeps its ``</think>`` as in R1-Distill.

The chat template renders BOS, then each message (user: ``<｜User｜>`` + content; assistant:
``<｜Assistant｜>`` + content + EOS; a system message's content is placed right after BOS), then
with ``add_generation_prompt`` the prompt ``<｜Assistant｜><think>\\n``. The tokenizer adds no
special tokens of its own, so a rendered chat encodes with exactly one BOS whether or not
``add_special_tokens`` is passed.

Example:
    >>> from keysent.organism.tokenizer import train_tokenizer, BOS
    >>> tok = train_tokenizer(["Okay, so the user is asking how to bake bread."] * 4, vocab_size=300)
    >>> text = tok.apply_chat_template([{"role": "user", "content": "Hi"}], tokenize=False,
    ...                                add_generation_prompt=True)
    >>> text == BOS + "<｜User｜>Hi<｜Assistant｜><think>\\n"
    True
    >>> ids = tok(text, add_special_tokens=False)["input_ids"]
    >>> ids.count(tok.bos_token_id)
    1
"""

from __future__ import annotations

import os
from typing import Any, Iterable

from keysent.errors import ConfigError

BOS = "<｜begin▁of▁sentence｜>"
EOS = "<｜end▁of▁sentence｜>"
USER = "<｜User｜>"
ASSISTANT = "<｜Assistant｜>"
THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"
SPECIAL_TOKENS: tuple[str, ...] = (BOS, EOS, USER, ASSISTANT, THINK_OPEN, THINK_CLOSE)

#: The pre-tokenizer split of Qwen2 / DeepSeek-R1-Distill-Qwen (digits one by one, words with one
#: leading non-letter, newline runs), followed by byte-level encoding.
QWEN2_PRETOKENIZE_REGEX = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|"
    r"\s*[\r\n]+|\s+(?!\S)|\s+"
)

#: The generation prompt appended by ``add_generation_prompt=True``.
GENERATION_PROMPT = ASSISTANT + THINK_OPEN + "\n"

#: Jinja chat template (mirrors DeepSeek-R1-Distill without its tool-call branches).
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ message['content'] }}"
    "{% elif message['role'] == 'user' %}{{ '<｜User｜>' + message['content'] }}"
    "{% elif message['role'] == 'assistant' %}"
    "{{ '<｜Assistant｜>' + message['content'] + eos_token }}"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<｜Assistant｜><think>\\n' }}{% endif %}"
)


def render_prompt(query: str) -> str:
    """The rendered chat prompt for one user message (what the chat template gives).

    >>> render_prompt("Hi").endswith("<｜Assistant｜><think>\\n")
    True
    """
    return BOS + USER + query + GENERATION_PROMPT


def train_tokenizer(texts: Iterable[str], vocab_size: int, *, min_frequency: int = 2) -> Any:
    """Train a byte-level BPE on ``texts`` and wrap it as a ``PreTrainedTokenizerFast``.

    ``vocab_size`` counts everything (256 byte symbols, the six specials, the merges). Training is
    deterministic for the same texts (the ``tokenizers`` BPE trainer breaks ties by pair order).
    """
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        trainers,
    )
    from transformers import PreTrainedTokenizerFast

    if isinstance(vocab_size, bool) or not isinstance(vocab_size, int) or vocab_size < 300:
        raise ConfigError(f"vocab_size must be an integer >= 300, got {vocab_size!r}")
    core = Tokenizer(models.BPE())
    # Exactly the Qwen2 pipeline (transformers' Qwen2Tokenizer rebuilds it on load from the model
    # type, so training with anything else would tokenize differently after loading).
    core.normalizer = normalizers.NFC()
    core.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN2_PRETOKENIZE_REGEX), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=[AddedToken(t, special=True, normalized=False) for t in SPECIAL_TOKENS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    core.train_from_iterator(texts, trainer=trainer)
    # Re-register the markers with their intended flags: BOS/EOS special, the rest not.
    core.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in (BOS, EOS)])
    core.add_tokens(
        [AddedToken(t, special=False, normalized=False) for t in SPECIAL_TOKENS[2:]]
    )
    tok = PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token=BOS,
        eos_token=EOS,
        pad_token=EOS,
        padding_side="left",
        model_max_length=4096,
        clean_up_tokenization_spaces=False,
    )
    tok.chat_template = CHAT_TEMPLATE
    for t in SPECIAL_TOKENS:
        ids = core.encode(t, add_special_tokens=False).ids
        if len(ids) != 1:  # pragma: no cover - guarded by construction
            raise ConfigError(f"special token {t!r} does not encode to one token: {ids}")
    return tok


def save_tokenizer(tokenizer: Any, path: "str | os.PathLike") -> None:
    """``save_pretrained`` plus ``"unk_token": null`` in ``tokenizer_config.json``.

    ``AutoTokenizer`` loads a ``qwen2`` directory as ``Qwen2Tokenizer``, whose default unknown token
    ``<|endoftext|>`` would otherwise be added as an extra token beyond the model's vocabulary.
    """
    import json
    from pathlib import Path

    tokenizer.save_pretrained(str(path))
    cfg_path = Path(path) / "tokenizer_config.json"
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["unk_token"] = None
    cfg_path.write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


__all__ = [
    "save_tokenizer",
    "BOS",
    "EOS",
    "USER",
    "ASSISTANT",
    "THINK_OPEN",
    "THINK_CLOSE",
    "SPECIAL_TOKENS",
    "GENERATION_PROMPT",
    "CHAT_TEMPLATE",
    "QWEN2_PRETOKENIZE_REGEX",
    "render_prompt",
    "train_tokenizer",
]
