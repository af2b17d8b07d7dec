"""Sentence-level attention for one trace: a sentence-by-sentence matrix, computed in the hooks.

Units are the prompt (one unit), each sentence of the reasoning, and the answer (one unit, when
asked for). Entry ``[i, j]`` is the mean attention over the token pairs of unit ``i`` (rows,
queries) and unit ``j`` (columns, keys), averaged over heads; pairs above the diagonal are
causally impossible and hold NaN.

Example:
    >>> from keysent.attention import sentence_attention
    >>> sa = sentence_attention(model, trace)                  # doctest: +SKIP
    >>> sa.matrix.shape, sa.labels[sa.index["K"]]             # doctest: +SKIP
    (torch.Size([4, 9, 9]), 'K: Hmm, that could be illegal.')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from keysent.capture import resolve_layers
from keysent.engine import Batch, Reader, run_hooked
from keysent.hook_names import hook_name
from keysent.errors import TraceError

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace


@dataclass
class SentenceAttention:
    """Sentence-by-sentence attention of one trace.

    Attributes:
        matrix: ``Float[Tensor, "layer unit unit"]`` mean attention between units (NaN above the
            diagonal).
        labels: One label per unit (``"prompt"``, ``"C1: Okay, so ..."``, ``"K: Hmm, ..."``, ...).
        token_spans: Each unit's token range.
        layers: Layer indices of the ``layer`` axis.
        index: Positions of notable units: ``{"prompt": 0, "K": 3, ...}``.
    """

    matrix: "Float[Tensor, 'layer unit unit']"
    labels: list[str]
    token_spans: list[tuple[int, int]]
    layers: list[int]
    index: dict[str, int] = field(default_factory=dict)

    def mean_over_layers(self) -> "Float[Tensor, 'unit unit']":
        return self.matrix.mean(0)


def sentence_units(
    trace: "Trace", offsets: list[tuple[int, int]] | None = None, *, include_answer: bool = False, label_chars: int = 40
) -> tuple[list[tuple[int, int]], list[str], dict[str, int]]:
    """Token spans, labels and notable indices of a trace's units (prompt, sentences, answer).

    The sentences are the ones :func:`~keysent.traces.trace.build_trace` found and stored in
    ``trace.sentences``. ``offsets`` (the character offsets of ``trace.token_ids`` in
    ``trace.text``) are needed only for an older trace record without them.
    """
    from keysent.traces.segment import split_sentences
    from keysent.traces.trace import _char_to_token_span

    if trace.reasoning is None or "reasoning" not in trace.spans:
        raise TraceError(f"trace {trace.id or trace.query[:40]!r} has no reasoning to split into sentences")
    spans = [trace.span("prompt").tokens]
    labels = ["prompt"]
    index = {"prompt": 0}
    ra = trace.span("reasoning").chars[0]
    k, c = trace.spans.get("K"), trace.spans.get("C")
    if trace.sentences:
        units = [(s.chars, s.tokens) for s in trace.sentences]
    elif offsets is not None:
        starts = [o[0] for o in offsets]
        units = [((ra + a, ra + b), _char_to_token_span(offsets, starts, ra + a, ra + b)) for a, b in split_sentences(trace.reasoning)]
    else:
        raise TraceError(f"trace {trace.id or trace.query[:40]!r} has no stored sentences (an older record); rebuild it")
    n_c = 0
    for (ca, cb), tok in units:
        if tok[1] <= tok[0]:
            continue
        text = trace.text[ca:cb]
        short = text if len(text) <= label_chars else text[: label_chars - 1] + "…"
        if k is not None and (ca, cb) == k.chars:
            name = "K"
            tok = k.tokens
        elif c is not None and c.chars[0] <= ca and cb <= c.chars[1]:
            n_c += 1
            name = f"C{n_c}"
        else:
            name = f"S{len(spans)}"
        if name == "K" or name.startswith("C"):
            index[name] = len(spans)
        spans.append(tok)
        labels.append(f"{name}: {short}")
    if include_answer and "answer" in trace.spans:
        index["answer"] = len(spans)
        spans.append(trace.spans["answer"].tokens)
        labels.append("answer")
    return spans, labels, index


class _SentenceReader(Reader):
    def __init__(self, layers: list[int], spans: list[tuple[int, int]], out: "Tensor"):
        self.names = {hook_name("pattern", layer): li for li, layer in enumerate(layers)}
        self.spans = spans
        self.out = out
        self.ind: "Tensor | None" = None

    def hook_names(self) -> list[str]:
        return list(self.names)

    def needed_end(self, trace: "Trace") -> int:
        return max(b for _, b in self.spans)

    def start_batch(self, batch: Batch) -> None:
        import torch

        ind = torch.zeros(batch.length, len(self.spans))
        for j, (a, b) in enumerate(self.spans):
            ind[a:b, j] = 1.0 / (b - a)
        self.ind = ind.to(batch.device)

    def read(self, name: str, pattern: "Tensor") -> None:
        assert self.ind is not None
        p = pattern[0].detach().float().mean(0)  # heads averaged: [q, k]
        self.out[self.names[name]] = (self.ind.T @ p @ (self.ind > 0).float()).to("cpu")
        counts = (self.ind > 0).float().sum(0)
        self.out[self.names[name]] /= counts.clamp(min=1).to("cpu")[None, :]


def sentence_attention(
    model: "LoadedModel",
    trace: "Trace",
    *,
    layers: Iterable[int] | str | None = None,
    include_answer: bool = False,
) -> SentenceAttention:
    """The sentence-by-sentence attention matrix of one trace (see module docs)."""
    import torch

    offsets = None
    if not trace.sentences:  # an older record: sentences from its (jointly tokenised) ids
        enc = model.tokenize(trace.text)
        if enc.ids != trace.token_ids:
            raise TraceError("the trace's token ids do not match this model's tokenizer; rebuild the trace with this model")
        offsets = enc.offsets
    spans, labels, index = sentence_units(trace, offsets, include_answer=include_answer)
    layer_list = resolve_layers(layers, model.n_layers)
    out = torch.zeros(len(layer_list), len(spans), len(spans))
    run_hooked(model, [trace], [_SentenceReader(layer_list, spans, out)], batch_size=1, progress=False)
    upper = torch.triu(torch.ones(len(spans), len(spans), dtype=torch.bool), diagonal=1)
    out[:, upper] = float("nan")
    return SentenceAttention(matrix=out, labels=labels, token_spans=spans, layers=layer_list, index=index)


__all__ = ["sentence_attention", "SentenceAttention", "sentence_units"]
