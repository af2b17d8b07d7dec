"""One training step's forward passes and losses, for SFT and SafeKey.

The passes run on the Hugging Face module tree that the bridge wraps (its weight-sharing twin,
:attr:`keysent.models.loading.LoadedModel.generation_model`): every parameter is the bridge's own
tensor, so an update shows in the bridge at once, and the forward needs no hook wrappers. The
hidden states the heads read are the base model's ``last_hidden_state``: the final-norm output,
equal to the bridge's ``ln_final.hook_out`` (tested).

* SFT pass: the ordinary causal forward over the padded batch; logits only at the rows that
  predict a response token (no full-vocabulary logits for the prompt or padding).
* QMM pass (SafeKey): the batch cut at the last K token, under :func:`~keysent.training.objectives.query_mask`
  with explicit position ids; logits only at the rows that predict K's tokens. Attention is causal,
  so the loss equals that of a full-length masked pass (tested).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

import torch

from keysent.training.objectives import (
    IGNORE_INDEX,
    k_rows,
    query_mask,
    query_mask_loss,
    sft_labels,
)

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float, Int
    from torch import Tensor

    from keysent.training.config import TrainConfig
    from keysent.training.data import TrainExample


@dataclass
class Batch:
    """A right-padded batch of :class:`~keysent.training.data.TrainExample` (all ``[batch]``
    tensors except ``input_ids``, ``[batch, pos]``)."""

    input_ids: "Int[Tensor, 'batch pos']"
    lengths: "Int[Tensor, ' batch']"
    prompt_len: "Int[Tensor, ' batch']"
    c_start: "Int[Tensor, ' batch']"
    c_end: "Int[Tensor, ' batch']"
    k_start: "Int[Tensor, ' batch']"
    k_end: "Int[Tensor, ' batch']"
    unsafe: "Float[Tensor, ' batch']"

    @property
    def n_tokens(self) -> int:
        return int(self.lengths.sum())


def collate(examples: Sequence["TrainExample"], pad_id: int, device: "torch.device | str" = "cpu") -> Batch:
    """Right-pad ``examples`` into a :class:`Batch` on ``device``."""
    n = max(len(e.ids) for e in examples)
    ids = torch.full((len(examples), n), int(pad_id), dtype=torch.long)
    for i, e in enumerate(examples):
        ids[i, : len(e.ids)] = torch.tensor(e.ids, dtype=torch.long)

    def col(values: list[Any], dtype: torch.dtype = torch.long) -> torch.Tensor:
        return torch.tensor(values, dtype=dtype, device=device)

    return Batch(
        input_ids=ids.to(device),
        lengths=col([len(e.ids) for e in examples]),
        prompt_len=col([e.prompt_len for e in examples]),
        c_start=col([e.c[0] for e in examples]),
        c_end=col([e.c[1] for e in examples]),
        k_start=col([e.k[0] for e in examples]),
        k_end=col([e.k[1] for e in examples]),
        unsafe=col([float(e.unsafe) for e in examples], torch.float32),
    )


def decoder_parts(hf_model: Any) -> tuple[Any, Any]:
    """``(base model, lm_head)`` of a Hugging Face causal LM (``model.model`` and ``lm_head``)."""
    base = getattr(hf_model, hf_model.base_model_prefix, None)
    head = hf_model.get_output_embeddings()
    if base is None or head is None:
        from keysent.errors import ModelLoadError

        raise ModelLoadError(f"{type(hf_model).__name__} has no base model / output embedding to train")
    return base, head


def hidden_states(base: Any, input_ids: "Int[Tensor, 'batch pos']", attention_mask: "Tensor",
                  position_ids: "Int[Tensor, 'batch pos']") -> "Float[Tensor, 'batch pos d_model']":
    """The final-norm output (``last_hidden_state``) of ``base`` for the given mask."""
    out = base(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids, use_cache=False)
    return out.last_hidden_state


def sft_forward(base: Any, lm_head: Any, batch: Batch
                ) -> "tuple[Float[Tensor, ''], Float[Tensor, 'batch pos d_model']]":
    """The SFT pass: ``(token-mean response cross-entropy, final-norm hidden states)``."""
    ids = batch.input_ids
    B, T = ids.shape
    pos = torch.arange(T, device=ids.device)
    mask2d = (pos[None, :] < batch.lengths[:, None]).long()
    hidden = hidden_states(base, ids, mask2d, pos[None].expand(B, T))
    labels = sft_labels(ids, batch.prompt_len, batch.lengths)
    rows, cols = torch.nonzero(labels[:, 1:] != IGNORE_INDEX, as_tuple=True)
    logits = lm_head(hidden[rows, cols])
    return query_mask_loss(logits, labels[rows, cols + 1]), hidden


def qmm_forward(base: Any, lm_head: Any, batch: Batch, *, truncate: bool = True) -> "Float[Tensor, '']":
    """The Query-Mask Modeling loss: K's token-mean cross-entropy with the prompt hidden from the
    response. ``truncate=False`` runs the full-length pass of the public code (same loss)."""
    ids = batch.input_ids
    T = int(batch.k_end.max()) if truncate else ids.shape[1]
    ids = ids[:, :T]
    lengths = batch.lengths.clamp(max=T)
    dtype = next(base.parameters()).dtype
    mask = query_mask(batch.prompt_len, lengths, T, dtype=dtype if dtype.is_floating_point else None)
    pos = torch.arange(T, device=ids.device)[None].expand(ids.shape[0], T)
    hidden = hidden_states(base, ids, mask, pos)
    rows, cols = k_rows(batch.k_start, batch.k_end)
    return query_mask_loss(lm_head(hidden[rows, cols]), ids[rows, cols + 1])


def step_losses(base: Any, lm_head: Any, head: Any, batch: Batch, config: "TrainConfig", *, aux_on: bool
                ) -> dict[str, "Float[Tensor, '']"]:
    """All losses of one micro-batch; ``"total"`` is what to backpropagate.

    SFT: ``total = sft``. SafeKey with its objectives on: ``total = sft + head_weight * head +
    qmm_weight * qmm`` (``head_mode="detach"``: the head reads detached hidden states;
    ``"detach-drop-sft"``: also no SFT term, as the public code's detach variant).
    """
    sft, hidden = sft_forward(base, lm_head, batch)
    losses: dict[str, torch.Tensor] = {"sft": sft}
    total = sft
    if aux_on:
        if config.head_mode == "detach-drop-sft":
            total = sft * 0.0
        if config.use_head and head is not None:
            h = hidden.detach() if config.head_mode != "joint" else hidden
            losses["head"] = head.loss(h, batch.c_start, batch.c_end, batch.k_start, batch.unsafe)
            total = total + config.head_weight * losses["head"]
        if config.use_qmm:
            losses["qmm"] = qmm_forward(base, lm_head, batch)
            total = total + config.qmm_weight * losses["qmm"]
    losses["total"] = total
    return losses


class TrainingModule(torch.nn.Module):
    """The model and the safety head as one module whose ``forward`` returns the step's losses.

    Distributed wrappers (``accelerate``'s DDP, FSDP, DeepSpeed) wrap this module, so every
    trained parameter is reached through its ``forward`` and gradient synchronisation works.
    """

    def __init__(self, hf_model: Any, head: Any, config: "TrainConfig") -> None:
        super().__init__()
        self.hf = hf_model
        self.head = head
        self.config = config

    def forward(self, batch: Batch, aux_on: bool) -> dict[str, "Float[Tensor, '']"]:  # type: ignore[override]
        base, lm_head = decoder_parts(self.hf)
        return step_losses(base, lm_head, self.head, batch, self.config, aux_on=aux_on)


__all__ = ["TrainingModule", "Batch", "collate", "decoder_parts", "hidden_states", "sft_forward", "qmm_forward", "step_losses"]
