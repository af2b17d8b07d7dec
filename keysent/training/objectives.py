"""The training objectives of SFT and SafeKey, as plain functions of tensors.

Every function here takes tensors and returns a scalar loss; none needs keysent's trainer, so the
objectives drop into any torch or accelerate loop. Shapes use ``batch`` (sequences), ``pos``
(token positions), ``d_model`` and ``vocab``.

* :func:`sft_loss`: token-mean cross-entropy on response tokens only.
* :class:`DualPathSafetyHead`: SafeKey's two linear heads on the final-norm output (C path and
  context path), binary cross-entropy against the unsafe-query label (Zhou et al. 2025, sec. 4.1).
* :func:`query_mask` and :func:`query_mask_loss`: SafeKey's Query-Mask Modeling (sec. 4.2), a pass
  in which no token after the prompt sees a prompt token, with cross-entropy on K's tokens only.

Defaults (``theta = 0.5``, weights 0.2) are the public SafeKey code's (eric-ai-lab/SafeKey); see
``docs/training.md`` for the side-by-side table.

Example:
    >>> import torch
    >>> from keysent.training.objectives import sft_loss
    >>> logits = torch.zeros(1, 4, 3)
    >>> labels = torch.tensor([[-100, 1, 2, -100]])
    >>> round(float(sft_loss(logits, labels)), 4)   # log(3): uniform logits
    1.0986
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F
from torch import nn

from keysent.errors import ConfigError, SpanError

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float, Int
    from torch import Tensor

#: Label value ignored by the cross-entropy (PyTorch's and Hugging Face's convention).
IGNORE_INDEX = -100

#: SafeKey defaults (public code): head mix ``theta``, weights of the head and QMM losses.
THETA = 0.5
HEAD_WEIGHT = 0.2
QMM_WEIGHT = 0.2


def sft_labels(input_ids: "Int[Tensor, 'batch pos']", response_start: "Int[Tensor, ' batch']",
               lengths: "Int[Tensor, ' batch']") -> "Int[Tensor, 'batch pos']":
    """Next-token labels: ``input_ids`` on response tokens, :data:`IGNORE_INDEX` elsewhere.

    Args:
        input_ids: Right-padded token ids.
        response_start: Index of each row's first response token (the prompt's length).
        lengths: Each row's unpadded length.

    Returns:
        Labels aligned with ``input_ids`` (position ``t`` is predicted from position ``t - 1``).
    """
    pos = torch.arange(input_ids.shape[1], device=input_ids.device)[None, :]
    keep = (pos >= response_start[:, None]) & (pos < lengths[:, None])
    return torch.where(keep, input_ids, torch.full_like(input_ids, IGNORE_INDEX))


def sft_loss(logits: "Float[Tensor, 'batch pos vocab']", labels: "Int[Tensor, 'batch pos']") -> "Float[Tensor, '']":
    """Token-mean cross-entropy of next-token prediction over labelled tokens.

    ``logits[:, t]`` predicts ``labels[:, t + 1]``; tokens labelled :data:`IGNORE_INDEX` (prompt,
    padding) are left out, and the mean is over all labelled tokens of the batch (the SafeKey
    code's SFT loss, Hugging Face's causal-LM loss).

    Raises:
        SpanError: no token of the batch is labelled (nothing to learn from).
    """
    target = labels[:, 1:]
    n = int((target != IGNORE_INDEX).sum())
    if n == 0:
        raise SpanError("sft_loss: no response token in the batch; every label is IGNORE_INDEX")
    pred = logits[:, :-1]
    return F.cross_entropy(pred.reshape(-1, pred.shape[-1]).float(), target.reshape(-1),
                           ignore_index=IGNORE_INDEX, reduction="sum") / n


def span_mean(hidden: "Float[Tensor, 'batch pos d_model']", start: "Int[Tensor, ' batch']",
              end: "Int[Tensor, ' batch']") -> "Float[Tensor, 'batch d_model']":
    """Mean of ``hidden`` over positions ``[start, end)`` of each row.

    Raises:
        SpanError: a row's span is empty or leaves the sequence.
    """
    if bool((end <= start).any()) or bool((start < 0).any()) or bool((end > hidden.shape[1]).any()):
        raise SpanError(f"span_mean: every span must be non-empty and inside 0..{hidden.shape[1]}, "
                        f"got starts {start.tolist()} and ends {end.tolist()}")
    pos = torch.arange(hidden.shape[1], device=hidden.device)[None, :]
    weights = ((pos >= start[:, None]) & (pos < end[:, None])).to(hidden.dtype)
    weights = weights / weights.sum(dim=1, keepdim=True)
    return torch.einsum("bp,bpd->bd", weights, hidden)


class DualPathSafetyHead(nn.Module):
    """SafeKey's Dual-Path Safety Head: two independent ``Linear(d_model, 1)`` heads with bias.

    The C head reads the mean of the final-norm output (``ln_final.hook_out``, Hugging Face's
    last hidden state) over C's tokens; the context head reads its mean over every token
    before K (BOS, chat template, query, generation prompt and C). Each logit predicts that
    the query is unsafe.

    Args:
        d_model: Width of the hidden states.
        theta: Weight of the C path in ``theta * L_C + (1 - theta) * L_ctx`` (0.5, public code).

    Unlike the public code, whose optimizer leaves the head biases out by accident, keysent
    trains the biases too.
    """

    def __init__(self, d_model: int, theta: float = THETA) -> None:
        super().__init__()
        if not 0.0 <= float(theta) <= 1.0:
            raise ConfigError(f"theta must lie in [0, 1], got {theta}")
        self.theta = float(theta)
        self.c_head = nn.Linear(d_model, 1, bias=True)
        self.ctx_head = nn.Linear(d_model, 1, bias=True)

    def forward(self, hidden: "Float[Tensor, 'batch pos d_model']", c_start: "Int[Tensor, ' batch']",
                c_end: "Int[Tensor, ' batch']", k_start: "Int[Tensor, ' batch']"
                ) -> "tuple[Float[Tensor, ' batch'], Float[Tensor, ' batch']]":
        """The two logits ``(c_logit, ctx_logit)``, one per row."""
        zeros = torch.zeros_like(k_start)
        c_logit = self.c_head(span_mean(hidden, c_start, c_end).to(self.c_head.weight.dtype)).squeeze(-1)
        ctx_logit = self.ctx_head(span_mean(hidden, zeros, k_start).to(self.ctx_head.weight.dtype)).squeeze(-1)
        return c_logit, ctx_logit

    def loss(self, hidden: "Float[Tensor, 'batch pos d_model']", c_start: "Int[Tensor, ' batch']",
             c_end: "Int[Tensor, ' batch']", k_start: "Int[Tensor, ' batch']",
             unsafe: "Float[Tensor, ' batch']") -> "Float[Tensor, '']":
        """``theta * BCE(c_logit, unsafe) + (1 - theta) * BCE(ctx_logit, unsafe)``, batch means."""
        c_logit, ctx_logit = self(hidden, c_start, c_end, k_start)
        y = unsafe.to(c_logit.dtype)
        return (self.theta * F.binary_cross_entropy_with_logits(c_logit.float(), y.float())
                + (1.0 - self.theta) * F.binary_cross_entropy_with_logits(ctx_logit.float(), y.float()))


def query_mask(prompt_len: "Int[Tensor, ' batch']", lengths: "Int[Tensor, ' batch']", n_pos: int, *,
               dtype: "torch.dtype | None" = None) -> "Float[Tensor, 'batch 1 pos pos']":
    """The additive attention mask of Query-Mask Modeling, as a 4D float tensor.

    Causal attention, padding columns hidden, and every prompt column ``j < prompt_len`` hidden
    from every row after the prompt (``i >= prompt_len``). Prompt rows keep their ordinary causal
    view, so their outputs are unchanged. Entries are ``0`` (visible) or the dtype's most negative
    finite value (hidden): a float mask means the same in eager attention and in SDPA, unlike a
    boolean one, and it keeps the model's own position ids (pass ``position_ids`` explicitly).

    Args:
        prompt_len: Each row's prompt length (BOS, template, query, generation prompt).
        lengths: Each row's unpadded length.
        n_pos: Sequence length of the batch.
        dtype: Mask dtype (the model's); float32 by default.
    """
    dtype = dtype or torch.float32
    dev = prompt_len.device
    i = torch.arange(n_pos, device=dev)[:, None]
    j = torch.arange(n_pos, device=dev)[None, :]
    visible = (j <= i)[None]                                                   # causal
    visible = visible & (j[None] < lengths[:, None, None])                     # padding columns
    in_response = i[None] >= prompt_len[:, None, None]
    visible = visible & ~(in_response & (j[None] < prompt_len[:, None, None]))  # hide the prompt
    # a padding row would see nothing: let it see itself (its outputs are never used)
    visible = visible | (torch.eye(n_pos, dtype=torch.bool, device=dev)[None])
    mask = torch.zeros(visible.shape, dtype=dtype, device=dev)
    mask.masked_fill_(~visible, torch.finfo(dtype).min)
    return mask[:, None]


def k_rows(k_start: "Int[Tensor, ' batch']", k_end: "Int[Tensor, ' batch']"
           ) -> "tuple[Int[Tensor, ' n'], Int[Tensor, ' n']]":
    """``(row, position)`` pairs of the hidden states that predict K's tokens.

    K's token at position ``t`` is predicted from position ``t - 1``, so the positions are
    ``k_start - 1 .. k_end - 2`` of each row, ``n = sum(k_end - k_start)`` pairs in all.
    """
    rows, cols = [], []
    for b, (a, e) in enumerate(zip(k_start.tolist(), k_end.tolist())):
        if e <= a or a < 1:
            raise SpanError(f"k_rows: row {b} has an empty K span or K at position 0 ({a}, {e})")
        rows.extend([b] * (e - a))
        cols.extend(range(a - 1, e - 1))
    return torch.tensor(rows, device=k_start.device), torch.tensor(cols, device=k_start.device)


def query_mask_loss(k_logits: "Float[Tensor, 'n vocab']", k_targets: "Int[Tensor, ' n']") -> "Float[Tensor, '']":
    """Cross-entropy on K's tokens, divided by the number of K tokens (the public code's mean).

    ``k_logits`` are the logits at the rows :func:`k_rows` names, computed under
    :func:`query_mask`; ``k_targets`` are K's token ids in the same order.
    """
    if k_targets.numel() == 0:
        raise SpanError("query_mask_loss: no K token in the batch")
    return F.cross_entropy(k_logits.float(), k_targets, reduction="sum") / k_targets.numel()


__all__ = [
    "IGNORE_INDEX",
    "THETA",
    "HEAD_WEIGHT",
    "QMM_WEIGHT",
    "sft_labels",
    "sft_loss",
    "span_mean",
    "DualPathSafetyHead",
    "query_mask",
    "k_rows",
    "query_mask_loss",
]
