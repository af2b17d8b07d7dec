"""Check traces against the model's context before any forward pass.

A 45k-token trace read at ``answer_last`` by a model with 32k positions fails deep inside torch
(or asks for tens of GB for its attention pattern). :func:`check_context` looks at every trace
first: a trace whose *needed* positions (the end of the last span a position reads) fit in the
model's ``max_position_embeddings`` but whose ids run past it is clipped, with a count; a trace
that needs more is an error that counts them and says what to do.

Example:
    >>> from keysent.traces.context import needed_length
    >>> needed_length(trace, ["c_last", "k_mean"])      # doctest: +SKIP
    212
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Iterable, Sequence

from keysent.errors import SpanError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.traces.trace import Trace


def needed_length(trace: "Trace", positions: Iterable[str] | None = None) -> int:
    """Tokens a forward pass needs for ``positions`` (position names; ``None``: the whole trace)."""
    if positions is None:
        return trace.n_tokens
    from keysent.capture import parse_positions

    ends = [0]
    for pos in parse_positions(list(positions)):
        rng = pos.token_range(trace)
        if rng is not None:
            ends.append(rng[1])
    return max(ends)


def check_context(
    traces: Sequence["Trace"], max_positions: int | None, positions: Iterable[str] | None = None
) -> tuple[list["Trace"], int]:
    """Traces that fit the model's context, clipped where the needed positions fit.

    Args:
        traces: Located traces.
        max_positions: The model's maximum sequence length (``None``: no limit known).
        positions: Position names the analysis reads (``None``: every token).

    Returns:
        ``(traces, n_clipped)``: clipped traces keep their first ``max_positions`` ids, lose the
        spans that end after them, and carry ``flags["clipped"] = original length``.

    Raises:
        SpanError: some traces need more positions than the model has (with counts and the fix).
    """
    if max_positions is None:
        return list(traces), 0
    positions = list(positions) if positions is not None else None
    too_long = [(i, needed_length(t, positions)) for i, t in enumerate(traces) if t.n_tokens > max_positions]
    over = [(i, n) for i, n in too_long if n > max_positions]
    if over:
        what = f"positions {', '.join(positions)}" if positions else "all their tokens"
        raise SpanError(
            f"{len(over)} of {len(traces)} traces need more tokens for {what} than the model's {max_positions} positions "
            f"(longest needs {max(n for _, n in over)}; traces {', '.join(str(i) for i, _ in over[:5])}"
            f"{', ...' if len(over) > 5 else ''}); read earlier positions (e.g. c_last, k_mean), or leave those traces out"
        )
    out = list(traces)
    for i, _ in too_long:
        t = out[i]
        spans = {k: s for k, s in t.spans.items() if s.tokens[1] <= max_positions}
        out[i] = dataclasses.replace(
            t, token_ids=list(t.token_ids[:max_positions]), spans=spans,
            sentences=[s for s in t.sentences if s.tokens[1] <= max_positions],
            flags=dict(t.flags, clipped=t.n_tokens),
        )
    return out, len(too_long)


__all__ = ["check_context", "needed_length"]
