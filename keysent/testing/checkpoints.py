"""Tiny random checkpoints of real architectures, for tests and benchmarks that need no download.

A tiny ``Qwen2ForCausalLM`` saved with ``save_pretrained`` goes through exactly the loading path a
real DeepSeek-R1-Distill-Qwen checkpoint takes, so tests on it exercise the real code. The
tokenizers are byte-level BPEs trained on a few sentences, with the chat templates of the model
families keysent targets:

* ``"r1"``: DeepSeek-R1-Distill (BOS written by the template, the tokenizer also adds BOS when
  asked to, and the generation prompt ends with ``<think>\\n``);
* ``"llama3"``: Llama-3 header style, BOS in the template, the model writes ``<think>`` itself;
* ``"chatml"``: Qwen3 style, no BOS at all, the model writes ``<think>`` itself;
* ``None``: no chat template (to test the error).

Example:
    >>> from keysent.testing import make_tiny_checkpoint
    >>> import tempfile, keysent
    >>> path = make_tiny_checkpoint(tempfile.mkdtemp() + "/tiny-qwen2", arch="qwen2", template="r1")
    >>> keysent.load_model(str(path), progress=False).n_layers
    2
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

R1_BOS = "<｜begin▁of▁sentence｜>"
R1_EOS = "<｜end▁of▁sentence｜>"

TEMPLATES: dict[str, str] = {
    "r1": (
        "{{ bos_token }}{% for message in messages %}"
        "{% if message['role'] == 'user' %}<｜User｜>{{ message['content'] }}"
        "{% elif message['role'] == 'assistant' %}<｜Assistant｜>{{ message['content'] }}<｜end▁of▁sentence｜>"
        "{% endif %}{% endfor %}"
        "{% if add_generation_prompt %}<｜Assistant｜><think>\n{% endif %}"
    ),
    "llama3": (
        "{{ bos_token }}{% for message in messages %}"
        "<|start_header_id|>{{ message['role'] }}<|end_header_id|>\n\n{{ message['content'] }}<|eot_id|>"
        "{% endfor %}{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"
    ),
    "chatml": (
        "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
        "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
    ),
}

_SPECIALS: dict[str, dict[str, str | list[str]]] = {
    "r1": {"bos": R1_BOS, "eos": R1_EOS, "extra": ["<｜User｜>", "<｜Assistant｜>"]},
    "llama3": {
        "bos": "<|begin_of_text|>",
        "eos": "<|eot_id|>",
        "extra": ["<|start_header_id|>", "<|end_header_id|>"],
    },
    "chatml": {"bos": "", "eos": "<|im_end|>", "extra": ["<|im_start|>", "<|endoftext|>"]},
}

_TRAIN_TEXT = [
    "Okay, so the user is asking how to bake bread at home. Hmm, that seems fine.",
    "Alright, the user wants to know how to pick a lock. Wait, that could be illegal.",
    "Let me break this down step by step. First, mix flour, water, salt and yeast.",
    "I can't help with that request. Is there something else I can do for you?",
    "The answer is 42. 3.14 is pi, e.g. in circles; i.e. the ratio of circumference to diameter.",
    "def add(a, b): return a + b  # code, numbers 0123456789 and punctuation !?.,;:'\"()[]{}",
]


def make_tokenizer(template: Literal["r1", "llama3", "chatml"] | None = "r1", vocab_size: int = 400):
    """A byte-level BPE fast tokenizer with the specials and chat template of ``template``."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    family = template or "r1"
    spec = _SPECIALS[family]
    bos, eos = str(spec["bos"]), str(spec["eos"])
    specials = [t for t in [bos, eos, *spec["extra"], "<think>", "</think>"] if t]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_TRAIN_TEXT * 4, trainer)
    if bos:
        # like the real R1-Distill / Llama tokenizers: BOS is added when special tokens are requested
        tok.post_processor = processors.TemplateProcessing(
            single=f"{bos} $A", pair=f"{bos} $A {bos} $B", special_tokens=[(bos, tok.token_to_id(bos))]
        )
    kwargs = {"eos_token": eos, "pad_token": eos}
    if bos:
        kwargs["bos_token"] = bos
    hf_tok = PreTrainedTokenizerFast(tokenizer_object=tok, **kwargs)
    if template is not None:
        hf_tok.chat_template = TEMPLATES[template]
    return hf_tok


def make_tiny_checkpoint(
    path: str | Path,
    *,
    arch: Literal["qwen2", "llama", "qwen3"] = "qwen2",
    template: Literal["r1", "llama3", "chatml"] | None = "r1",
    d_model: int = 64,
    n_layers: int = 2,
    n_heads: int = 4,
    n_kv_heads: int = 2,
    d_mlp: int = 128,
    max_positions: int = 4096,
    seed: int = 0,
) -> Path:
    """Save a tiny randomly initialised causal LM of a real architecture with a tokenizer.

    The weights are saved with ``save_pretrained`` (safetensors) *before* any wrapping, the way a
    real checkpoint lies on disk. Returns the directory.
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    tok = make_tokenizer(template)
    common = dict(
        vocab_size=len(tok),
        hidden_size=d_model,
        intermediate_size=d_mlp,
        num_hidden_layers=n_layers,
        num_attention_heads=n_heads,
        num_key_value_heads=n_kv_heads,
        max_position_embeddings=max_positions,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    if arch == "qwen2":
        model = Qwen2ForCausalLM(Qwen2Config(**common))
    elif arch == "llama":
        model = LlamaForCausalLM(LlamaConfig(**common))
    elif arch == "qwen3":
        from transformers import Qwen3Config, Qwen3ForCausalLM

        model = Qwen3ForCausalLM(Qwen3Config(head_dim=d_model // n_heads, **common))
    else:
        raise ValueError(f"unknown arch {arch!r}; use 'qwen2', 'llama' or 'qwen3'")
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


def tiny_checkpoint_around(
    tokenizer_dir: str | Path,
    path: str | Path,
    *,
    arch: Literal["qwen2", "llama", "qwen3"],
    d_model: int = 16,
    n_layers: int = 1,
    max_positions: int = 4096,
    seed: int = 0,
) -> Path:
    """A tiny random model of ``arch`` around a real tokenizer (``vocab_size = len(tokenizer)``).

    For the tokenizers in ``../shared/tokenizers``: the tokenizer files are copied beside the
    weights, so the directory loads like a real checkpoint of that family. One layer, width 16:
    about 5M parameters for a 150k vocabulary (embedding and unembedding).
    """
    import shutil

    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    tok = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    common = dict(
        vocab_size=len(tok), hidden_size=d_model, intermediate_size=2 * d_model, num_hidden_layers=n_layers,
        num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=max_positions,
        bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    if arch == "qwen2":
        model = Qwen2ForCausalLM(Qwen2Config(**common))
    elif arch == "llama":
        model = LlamaForCausalLM(LlamaConfig(**common))
    elif arch == "qwen3":
        from transformers import Qwen3Config, Qwen3ForCausalLM

        model = Qwen3ForCausalLM(Qwen3Config(head_dim=d_model // 2, **common))
    else:
        raise ValueError(f"unknown arch {arch!r}; use 'qwen2', 'llama' or 'qwen3'")
    model.save_pretrained(path)
    for f in Path(tokenizer_dir).iterdir():
        if f.is_file() and f.suffix in (".json", ".jinja", ".txt", ".model"):
            shutil.copy(f, path / f.name)
    return path


__all__ = ["make_tiny_checkpoint", "tiny_checkpoint_around", "make_tokenizer", "TEMPLATES", "R1_BOS", "R1_EOS"]
