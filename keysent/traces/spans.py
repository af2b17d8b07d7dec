"""Per-token tensors built from traces, in one place: padded batches, span masks, pooling
weights, attention-block masks and loss masks.

Every consumer of traces (capture, the attention metrics and knock-outs, hooked decoding, the
training objectives) needs the same few tensors; they are built here and nowhere else.

Conventions:

* Positions are absolute token indices of a trace (``Trace.token_ids``); a batch of traces is
  right-padded (:func:`pad_right`), which causal attention makes harmless for every real
  position. Generation batches are left-padded (:func:`left_pad`), as ``generate`` does.
* A *block* mask is ``Bool[Tensor, "batch query key"]``: True where the query row may **not**
  attend to the key column. It never blocks the diagonal (a token always sees itself), so no
  softmax row is ever empty. :func:`additive_mask` turns it into a float mask (0 or ``-inf``) to
  add to attention scores; no boolean mask crosses a library boundary (libraries disagree on what
  True means).
* Row t of a causal LM *predicts* token t + 1, so the rows that predict a span ``[a, b)`` are
  ``[a - 1, b - 1)`` (:func:`loss_mask`).

>>> ids, mask = pad_right([[5, 6, 7], [8]], pad_id=0)
>>> ids.tolist(), mask.tolist()
([[5, 6, 7], [8, 0, 0]], [[1, 1, 1], [1, 0, 0]])
>>> ids, mask = left_pad([[5, 6, 7], [8]], pad_id=0)
>>> ids.tolist(), mask.tolist()
([[5, 6, 7], [0, 0, 8]], [[1, 1, 1], [0, 0, 1]])
>>> range_mask([(1, 3), None], 4).tolist()
[[False, True, True, False], [False, False, False, False]]
>>> block_mask([[(0, 2)]], [[1]], 4)[0].int().tolist()
[[0, 0, 0, 0], [1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 0, 0]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Sequence

from keysent.errors import ConfigError
from keysent.generation.decoding import left_pad

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from jaxtyping import Bool, Float, Int
    from torch import Tensor

    from keysent.traces.trace import Trace

__all__ = [
    "pad_right", "left_pad", "range_mask", "span_mask", "pooling_weights", "block_mask",
    "knockout_block", "additive_mask", "loss_mask", "KnockoutRows", "KNOCKOUT_ROWS",
]

#: Which rows a knock-out hides a span from (see :func:`knockout_block`).
KnockoutRows = Literal["predict", "K", "after"]
KNOCKOUT_ROWS = ("predict", "K", "after")



def pad_right(rows: Sequence[Sequence[int]], pad_id: int, length: int | None = None
              ) -> tuple["Int[Tensor, 'batch pos']", "Int[Tensor, 'batch pos']"]:
    """Token ids right-padded (or cut) to ``length`` (default: the longest row), and the mask
    (1 = real token)."""
    import torch

    width = max((len(r) for r in rows), default=0) if length is None else int(length)
    ids = torch.full((len(rows), width), int(pad_id), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for r, row in enumerate(rows):
        row = list(row)[:width]
        if row:
            ids[r, : len(row)] = torch.tensor(row, dtype=torch.long)
            mask[r, : len(row)] = 1
    return ids, mask


def range_mask(ranges: Sequence["tuple[int, int] | None"], length: int) -> "Bool[Tensor, 'batch pos']":
    """True on ``[a, b)`` of each row (all False for ``None``), cut at ``length``."""
    import torch

    m = torch.zeros(len(ranges), int(length), dtype=torch.bool)
    for r, rng in enumerate(ranges):
        if rng is not None:
            m[r, rng[0] : rng[1]] = True
    return m


def span_mask(traces: Sequence["Trace"], span: str, length: int) -> "Bool[Tensor, 'batch pos']":
    """True on the tokens of ``span`` in each trace (all False where the trace lacks it)."""
    return range_mask([t.spans[span].tokens if span in t.spans else None for t in traces], length)


def pooling_weights(ranges: Sequence[Sequence["tuple[int, int] | None"]], length: int
                    ) -> "Float[Tensor, 'batch position pos']":
    """Mean-pooling weights: ``1 / (b - a)`` on ``[a, b)`` of each (row, position), else 0.

    ``weights @ activations`` (``[batch, position, pos] x [batch, pos, d]``) gives each row's
    mean over each range; a ``None`` range gives a zero row.

    >>> pooling_weights([[(0, 2), (2, 3)]], 3).tolist()
    [[[0.5, 0.5, 0.0], [0.0, 0.0, 1.0]]]
    """
    import torch

    n_pos = max((len(r) for r in ranges), default=0)
    w = torch.zeros(len(ranges), n_pos, int(length))
    for row, row_ranges in enumerate(ranges):
        for j, rng in enumerate(row_ranges):
            if rng is not None and rng[1] > rng[0]:
                w[row, j, rng[0] : rng[1]] = 1.0 / (rng[1] - rng[0])
    return w


def block_mask(hidden: Sequence[Sequence["tuple[int, int]"]], first_rows: Sequence[Sequence[int]], length: int, *,
               key_length: int | None = None, query_positions: "Int[Tensor, 'batch query'] | None" = None
               ) -> "Bool[Tensor, 'batch query key']":
    """Query rows at positions ``>= first`` may not see the columns of the hidden ranges; a row
    always sees its own position.

    Args:
        hidden: Per batch row, a list of ``(a, b)`` key ranges (absolute positions).
        first_rows: Per batch row, the first blocked query position of each range.
        length: Query rows (when ``query_positions`` is None, row i is position i).
        key_length: Key columns (absolute positions ``0 .. key_length - 1``; default ``length``).
        query_positions: ``Int[Tensor, "batch query"]``: the absolute position of each query row
            (``-1`` for padding, never blocked), e.g. one new token per row while decoding.
    """
    import torch

    kl = int(length if key_length is None else key_length)
    if query_positions is None:
        query_positions = torch.arange(int(length)).expand(len(hidden), int(length))
    qpos = query_positions.to("cpu")
    cols = torch.arange(kl)
    block = torch.zeros(len(hidden), qpos.shape[1], kl, dtype=torch.bool)
    for r, (ranges, firsts) in enumerate(zip(hidden, first_rows)):
        for (a, b), first in zip(ranges, firsts):
            rows = qpos[r] >= max(int(first), 0)
            in_span = (cols >= a) & (cols < b)
            block[r] |= rows[:, None] & in_span[None, :]
    block &= cols[None, None, :] != qpos[:, :, None]  # a token always sees itself
    return block


def knockout_block(traces: Sequence["Trace"], hide: Sequence[str], rows: KnockoutRows, length: int, *,
                   query_positions: "Int[Tensor, 'batch query'] | None" = None, key_length: int | None = None
                   ) -> "Bool[Tensor, 'batch query key']":
    """The block mask of a knock-out hiding the spans ``hide`` (e.g. ``("query",)``).

    ``rows`` chooses the query rows that lose sight of the hidden spans:

    ``predict`` (default of :func:`keysent.attention.knockout`)
        every row that predicts a token of K: from the last token before K on. K's first token
        is predicted at that row, so only this convention can change which key sentence starts.
    ``K``
        K's own tokens and everything after (keysent's convention before this option existed).
    ``after``
        every token after each hidden span (SafeKey's Query-Mask view).

    A token always keeps its own position visible (so under ``C`` with ``predict``, the last
    token of C still sees itself). ``query_positions`` / ``key_length`` as in :func:`block_mask`
    (for decoding passes).

    Raises:
        ConfigError: an unknown ``rows``. SpanError: a trace lacks a hidden span or K.
    """
    if rows not in KNOCKOUT_ROWS:
        raise ConfigError(f"knock-out rows must be one of {', '.join(KNOCKOUT_ROWS)}, got {rows!r}")
    hidden, firsts = [], []
    for t in traces:
        ranges = [t.span(name).tokens for name in hide]
        if rows == "after":
            first = [b for _, b in ranges]
        else:
            k_start = t.span("K").tokens[0]
            first = [k_start - 1 if rows == "predict" else k_start] * len(ranges)
        hidden.append(ranges)
        firsts.append(first)
    return block_mask(hidden, firsts, length, key_length=key_length, query_positions=query_positions)


def additive_mask(block: "Bool[Tensor, '...']", dtype: "torch.dtype | None" = None) -> "Float[Tensor, '...']":
    """0 where visible, ``-inf`` where blocked: add it to attention scores before the softmax."""
    import torch

    dtype = dtype or torch.float32
    return torch.zeros(block.shape, dtype=dtype, device=block.device).masked_fill(block, float("-inf"))


def loss_mask(traces: Sequence["Trace"], span: str, length: int) -> "Bool[Tensor, 'batch pos']":
    """True on the rows that predict the tokens of ``span``: ``[a - 1, b - 1)`` (row t predicts
    token t + 1). The targets of those rows are ``token_ids[a : b]``."""
    return range_mask([(max(t.spans[span].tokens[0] - 1, 0), t.spans[span].tokens[1] - 1)
                       if span in t.spans else None for t in traces], length)
