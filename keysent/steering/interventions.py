"""Where steering acts, and the editors that do it (on :mod:`keysent.edits`).

:func:`steer_positions` turns a ``--steer-at`` choice into the ``at`` selector of
:class:`keysent.edits.ResidualAddition` / :class:`keysent.edits.DirectionalAblation`: a callable
``(batch) -> Bool[Tensor, "batch pos"]`` over absolute token positions, with ``Batch.indices``
indexing the traces given here. The same selector works on the bridge
(:func:`keysent.engine.run_hooked`, teacher forcing) and in hooked KV-cached decoding (the
prompts in the order of the traces), so a row generated after C is steered when the choice
covers it:

======== =======================================================================
c_last   the last token of C only (the position just before K)
c        every token of C
after_c  every position from the last token of C on (K and all generated tokens)
all      every position (the prompt too)
======== =======================================================================

:func:`steering_editors` builds the editor of one setting: ``alpha * v_l`` added at each chosen
layer ``l`` (one :class:`~keysent.edits.ResidualAddition` per layer, since the vector differs
per layer), or the direction projected out (one :class:`~keysent.edits.DirectionalAblation` per
layer). Both compose with the knock-out editors (:func:`keysent.attention.knockout.knockout_editor`).

Example:
    >>> import torch
    >>> from keysent.engine import Batch
    >>> from keysent.traces.trace import Span
    >>> class T:  # a stand-in trace: C is tokens 2..5
    ...     spans = {"C": Span(chars=(0, 1), tokens=(2, 5))}
    >>> at = steer_positions("c_last", [T()])
    >>> b = Batch(indices=[0], length=7, device="cpu", positions=torch.arange(7)[None])
    >>> at(b).int().tolist()
    [[0, 0, 0, 0, 1, 0, 0]]
    >>> steer_positions("after_c", [T()])(b).int().tolist()
    [[0, 0, 0, 0, 1, 1, 1]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

from keysent.errors import ConfigError, SpanError

if TYPE_CHECKING:  # pragma: no cover
    from torch import Tensor

    from keysent.engine import Batch, Editor
    from keysent.steering.directions import SteeringDirection
    from keysent.traces.trace import Trace

__all__ = ["steer_positions", "steering_editors", "needs_c"]


def needs_c(steer_at: str) -> bool:
    """Whether ``steer_at`` needs each trace's C span."""
    return steer_at in ("c_last", "c", "after_c")


def steer_positions(steer_at: str, traces: Sequence["Trace"]) -> Callable[["Batch"], "Tensor"] | None:
    """The ``at`` selector of ``steer_at`` for ``traces`` (None: every position).

    Raises:
        ConfigError: an unknown choice. SpanError: a trace without C for a C-based choice.
    """
    import torch

    from keysent.steering.config import STEER_AT

    if steer_at not in STEER_AT:
        raise ConfigError(f"steer_at must be one of {', '.join(STEER_AT)}, got {steer_at!r}")
    if steer_at == "all":
        return None
    bounds = []
    for i, t in enumerate(traces):
        if "C" not in t.spans:
            raise SpanError(f"trace {i} has no C span, so --steer-at {steer_at} has no position in it; leave it out")
        a, b = t.spans["C"].tokens
        bounds.append((a, b))
    table = torch.tensor(bounds, dtype=torch.long).reshape(-1, 2)

    def at(batch: "Batch") -> "Tensor":
        pos = batch.positions
        rows = table[torch.as_tensor(batch.indices, dtype=torch.long)].to(pos.device)
        a, b = rows[:, :1], rows[:, 1:]
        if steer_at == "c_last":
            return pos == b - 1
        if steer_at == "c":
            return (pos >= a) & (pos < b)
        return pos >= b - 1  # after_c

    return at


def steering_editors(direction: "SteeringDirection", layers: Sequence[int], *, mode: str, alpha: float = 1.0,
                     at: Any = None) -> list["Editor"]:
    """The editors of one setting: addition of ``alpha * direction`` or its ablation, at ``layers``.

    Args:
        direction: The vectors (:class:`~keysent.steering.directions.SteeringDirection`).
        layers: Model layers (each must be one of ``direction.layers``); the edit is on
            ``blocks.{l}.hook_resid_post``.
        mode: ``"add"`` or ``"ablate"`` (``alpha`` unused).
        at: Positions (:func:`steer_positions`; None: every position).
    """
    from keysent.edits import DirectionalAblation, ResidualAddition

    if mode not in ("add", "ablate"):
        raise ConfigError(f"mode must be 'add' or 'ablate', got {mode!r}")
    out: list[Any] = []
    for layer in layers:
        v = direction.vector(layer)
        if mode == "add":
            out.append(ResidualAddition(v, [int(layer)], alpha=float(alpha), at=at))
        else:
            out.append(DirectionalAblation(v, [int(layer)], at=at))
    return out
