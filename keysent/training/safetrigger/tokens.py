"""``<safe>``/``</safe>`` as added tokens (``--safe-tokens special``), saved with the model.

Safe Trigger (Miao et al. 2026) does not say whether ``<safe>`` is a new token. keysent's default
(``--safe-tokens text``) leaves the markers as plain text the tokenizer splits; ``special`` adds
each marker to the tokenizer as one token that is never split (an ``AddedToken`` with
``special=False`` and ``normalized=False``, as R1-Distill's own ``<think>``/``</think>``, so decoded
text keeps the markers and ``find_segment`` still finds them) and gives each new id an embedding
row (and an ``lm_head`` row when the unembedding is not tied) equal to the mean of the existing
vocabulary's rows. A checkpoint whose embedding matrix already has spare rows past the
tokenizer's vocabulary (Qwen2's padded 152064) reuses them and overwrites them with that mean; a
smaller one is resized. The model is saved as a normal Hugging Face directory and reloaded with
:func:`keysent.load_model`, so the bridge, the generation twin and every later save hold the new
rows (``model/`` of the run loads back with ``keysent.load_model`` and ``AutoModelForCausalLM``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from keysent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel

SAFE_TOKENS = ("text", "special")


def check_safe_tokens(value: str) -> str:
    if value not in SAFE_TOKENS:
        raise ConfigError(f"unknown --safe-tokens {value!r}; choose one of {', '.join(SAFE_TOKENS)}")
    return value


def marker_ids(tokenizer: Any) -> dict[str, int] | None:
    """The ids of ``<safe>`` and ``</safe>`` when each is a single added token, else None."""
    from keysent.training.safetrigger.segment import SAFE_CLOSE, SAFE_OPEN

    vocab = tokenizer.get_added_vocab()
    if SAFE_OPEN in vocab and SAFE_CLOSE in vocab:
        return {SAFE_OPEN: vocab[SAFE_OPEN], SAFE_CLOSE: vocab[SAFE_CLOSE]}
    return None


def add_safe_tokens(model: "LoadedModel", path: str | Path) -> "LoadedModel":
    """``model`` with ``<safe>``/``</safe>`` as added tokens, saved to ``path`` and loaded back.

    Args:
        model: A loaded model (left unchanged; free it after the call if memory is short).
        path: A new directory for the extended checkpoint (an existing complete one, from an
            interrupted run, is loaded as it is).

    Returns:
        The extended model, loaded on ``model``'s device and dtype. A model whose tokenizer
        already has both markers as added tokens (e.g. the ``model/`` of a ``--safe-tokens
        special`` run) is returned unchanged.

    The new rows: ``E[new] = mean(E[:n_vocab])`` over the ``n_vocab`` ids of the tokenizer before
    the addition (shape ``[d_model]``); the same for ``lm_head`` when it is not tied to ``E``.
    """
    import torch
    from transformers import AddedToken, AutoModelForCausalLM, AutoTokenizer

    from keysent.atomic import atomic_directory
    from keysent.models.loading import load_model
    from keysent.progress import hf_progress_bars
    from keysent.training.safetrigger.segment import SAFE_CLOSE, SAFE_OPEN

    if marker_ids(model.tokenizer) is not None:
        return model
    path = Path(path)
    if not (path / "config.json").is_file():
        with atomic_directory(path, force=True) as tmp:
            with hf_progress_bars(False):
                model.generation_model.save_pretrained(tmp, safe_serialization=True)
            model.tokenizer.save_pretrained(tmp)
            tok = AutoTokenizer.from_pretrained(str(tmp))
            n_vocab = len(tok)
            tok.add_tokens([AddedToken(SAFE_OPEN, special=False, normalized=False),
                            AddedToken(SAFE_CLOSE, special=False, normalized=False)])
            with hf_progress_bars(False):
                hf = AutoModelForCausalLM.from_pretrained(str(tmp), dtype=model.dtype)
            emb = hf.get_input_embeddings().weight
            if emb.shape[0] < len(tok):
                hf.resize_token_embeddings(len(tok), mean_resizing=False)
            new = [tok.convert_tokens_to_ids(SAFE_OPEN), tok.convert_tokens_to_ids(SAFE_CLOSE)]
            with torch.no_grad():
                e = hf.get_input_embeddings().weight
                e[new] = e[:n_vocab].mean(dim=0, keepdim=True).to(e.dtype)
                out = hf.get_output_embeddings()
                if out is not None and out.weight.data_ptr() != e.data_ptr():
                    out.weight[new] = out.weight[:n_vocab].mean(dim=0, keepdim=True).to(out.weight.dtype)
                    bias = getattr(out, "bias", None)
                    if bias is not None:
                        bias[new] = bias[:n_vocab].mean()
            with hf_progress_bars(False):
                hf.save_pretrained(tmp, safe_serialization=True)
            tok.save_pretrained(tmp)
            del hf
    extended = load_model(str(path), device=str(model.device), dtype=model.dtype, progress=False,
                          chat_template_kwargs=model.chat_template_kwargs or None)
    extended.name = model.name  # the same model, for everything keyed by its name (built-in evaluation sets)
    return extended


__all__ = ["SAFE_TOKENS", "check_safe_tokens", "marker_ids", "add_safe_tokens"]
