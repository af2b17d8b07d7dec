"""Editors for steering, ablation and attention knock-outs, on the bridge and while decoding.

Each works in :func:`keysent.engine.run_hooked` / :func:`keysent.engine.hooked` (on the bridge's
hook points) and in hooked KV-cached decoding (``decode_batch(..., interventions=...)``, which
serves the same hook names on the plain generation twin):

* :class:`ResidualAddition`: ``resid + alpha * v`` at chosen layers and positions (activation
  addition / steering; Turner et al. 2023, "Steering Language Models With Activation
  Engineering"; Rimsky et al. 2024, "Steering Llama 2 via Contrastive Activation Addition").
* :class:`DirectionalAblation`: ``resid - (resid . r_hat) r_hat`` (Arditi et al. 2024, "Refusal in
  Language Models Is Mediated by a Single Direction", section 2.4).
* :class:`AttentionBlock`: an additive ``-inf`` mask on the attention scores of every layer for
  (row, column) pairs of a block mask (:mod:`keysent.traces.spans`): knock-outs and SafeKey's
  Query-Mask pass, with position ids unchanged and gradients flowing.

Positions (``at``) are absolute token positions of each row (prompt + generated), see
:func:`position_mask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence, Union

from keysent.engine import Batch, Editor
from keysent.errors import ConfigError
from keysent.hook_names import RESIDUAL_KINDS, hook_name

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Bool, Float
    from torch import Tensor

__all__ = ["ResidualAddition", "DirectionalAblation", "AttentionBlock", "position_mask", "At"]

#: Where an editor acts: None (every position), ``"generated"`` (positions at or after the
#: row's prompt length), an int or list of ints (the same absolute positions in every row), a
#: dict ``{row index: positions}`` (rows by their index in the caller's list), or a callable
#: ``(batch) -> Bool[Tensor, "batch pos"]``.
At = Union[None, str, int, Sequence[int], dict, Callable[[Batch], "Tensor"]]


def position_mask(at: At, batch: Batch) -> "Bool[Tensor, 'batch pos']":
    """``at`` as a boolean mask over the positions of ``batch`` (padding is never selected).

    >>> import torch
    >>> b = Batch(indices=[0, 1], length=3, device="cpu", positions=torch.tensor([[0, 1, 2], [-1, 0, 1]]),
    ...           prompt_lengths=[2, 1])
    >>> position_mask("generated", b).tolist()
    [[False, False, True], [False, False, True]]
    >>> position_mask({1: [0]}, b).tolist()
    [[False, False, False], [False, True, False]]
    """
    import torch

    pos = batch.positions
    real = pos >= 0
    if at is None:
        return real
    if callable(at):
        return at(batch).to(device=pos.device, dtype=torch.bool) & real
    if isinstance(at, str):
        if at != "generated":
            raise ConfigError(f"unknown position selector {at!r}; use 'generated', positions, or a callable")
        if batch.prompt_lengths is None:
            starts = [t.spans["prompt"].tokens[1] for t in (batch.traces or [])]
        else:
            starts = batch.prompt_lengths
        return (pos >= torch.tensor(starts, device=pos.device)[:, None]) & real
    if isinstance(at, dict):
        out = torch.zeros_like(real)
        for row, i in enumerate(batch.indices):
            chosen = at.get(i, ())
            chosen = [chosen] if isinstance(chosen, int) else list(chosen)
            if chosen:
                out[row] = torch.isin(pos[row], torch.tensor(chosen, device=pos.device))
        return out & real
    chosen = [at] if isinstance(at, int) else list(at)
    return torch.isin(pos, torch.tensor(chosen, device=pos.device, dtype=pos.dtype)) & real


def _layers(layers: int | Sequence[int]) -> list[int]:
    out = [layers] if isinstance(layers, int) else list(layers)
    if not out or any(isinstance(x, bool) or not isinstance(x, int) or x < 0 for x in out):
        raise ConfigError(f"layers must be non-negative layer indices, got {layers!r}")
    return out


class _ResidualEditor(Editor):
    def __init__(self, layers: int | Sequence[int], at: At, kind: str):
        if kind not in RESIDUAL_KINDS:
            raise ConfigError(f"residual editors act on {', '.join(RESIDUAL_KINDS)}, got {kind!r}")
        self.names = [hook_name(kind, layer) for layer in _layers(layers)]
        self.at = at
        self.mask: "Tensor | None" = None
        #: Hook points this editor acted on in the last forward (to check that it fired).
        self.fired: list[str] = []

    def hook_names(self) -> list[str]:
        return list(self.names)

    def start_batch(self, batch: Batch) -> None:
        self.mask = position_mask(self.at, batch)
        self.fired = []

    def edit(self, name: str, resid: "Tensor") -> "Tensor":
        assert self.mask is not None
        self.fired.append(name)
        return self._edit(resid, self.mask[:, : resid.shape[1], None].to(resid.dtype))

    def _edit(self, resid: "Tensor", mask: "Tensor") -> "Tensor":  # pragma: no cover
        raise NotImplementedError


class ResidualAddition(_ResidualEditor):
    """Adds ``alpha * vector`` to the residual stream at ``layers`` and positions ``at``.

    Args:
        vector: ``Float[Tensor, "d_model"]`` (e.g. a probe direction, a difference of means).
        layers: Layer index or indices.
        alpha: Scale (units of ``vector``); 0 leaves the forward pass unchanged.
        at: Positions (:data:`At`); default every position.
        kind: ``"resid_post"`` (default) or ``"resid_pre"``.
    """

    def __init__(self, vector: "Float[Tensor, 'd_model']", layers: int | Sequence[int], *, alpha: float = 1.0,
                 at: At = None, kind: str = "resid_post"):
        super().__init__(layers, at, kind)
        if vector.dim() != 1:
            raise ConfigError(f"the steering vector must be 1-D [d_model], got shape {tuple(vector.shape)}")
        self.vector, self.alpha = vector.detach(), float(alpha)

    def _edit(self, resid: "Tensor", mask: "Tensor") -> "Tensor":
        v = self.vector.to(device=resid.device, dtype=resid.dtype)
        return resid + self.alpha * mask * v


class DirectionalAblation(_ResidualEditor):
    """Removes the component along ``direction`` from the residual stream at ``layers``/``at``.

    After the edit, ``resid . direction / |direction| == 0`` at the chosen positions.

    Args:
        direction: ``Float[Tensor, "d_model"]`` (normalised here; must be non-zero).
        layers, at, kind: As for :class:`ResidualAddition`.
    """

    def __init__(self, direction: "Float[Tensor, 'd_model']", layers: int | Sequence[int], *, at: At = None,
                 kind: str = "resid_post"):
        super().__init__(layers, at, kind)
        norm = float(direction.norm())
        if direction.dim() != 1 or norm == 0.0:
            raise ConfigError("the ablation direction must be a non-zero 1-D [d_model] tensor")
        self.direction = (direction.detach() / norm)

    def _edit(self, resid: "Tensor", mask: "Tensor") -> "Tensor":
        from einops import einsum

        r = self.direction.to(device=resid.device, dtype=resid.dtype)
        proj = einsum(resid, r, "b p d, d -> b p")
        return resid - mask * proj[..., None] * r


class AttentionBlock(Editor):
    """Hides key columns from query rows in every layer's attention: ``-inf`` added to the scores.

    Args:
        n_layers: Layers of the model (every layer is edited).
        block: ``(batch) -> Bool[Tensor, "batch query key"]`` in absolute positions of each row
            (True: may not attend), e.g. from :func:`keysent.traces.spans.knockout_block`. It is
            asked for the rows and columns of each forward pass; it must never block a row's own
            position (a softmax row needs one finite score).

    On the bridge it edits ``hook_attn_scores`` (after the causal mask, before the softmax); in
    hooked decoding the decoder adds :meth:`scores_mask` to the attention mask instead.
    """

    def __init__(self, n_layers: int, block: Callable[[Batch], "Tensor"]):
        self.names = [hook_name("attn_scores", layer) for layer in range(int(n_layers))]
        self.block = block
        self.mask: "Tensor | None" = None

    def hook_names(self) -> list[str]:
        return list(self.names)

    def start_batch(self, batch: Batch) -> None:
        from keysent.traces.spans import additive_mask

        self.mask = additive_mask(self.block(batch).to(batch.device))

    def edit(self, name: str, scores: "Tensor") -> "Tensor":
        assert self.mask is not None
        q, k = scores.shape[-2:]
        return scores + self.mask[:, None, :q, :k].to(scores.dtype)

    def scores_mask(self, batch: Batch) -> "Tensor":
        """The ``Bool[Tensor, "batch query key"]`` block for a decoding pass."""
        return self.block(batch)


