"""Causal knock-outs: how much does the key sentence depend on the query and on C?

A knock-out hides spans from attention: in every layer, the chosen *rows* get exactly zero
attention on the hidden span's columns, and those rows alone are renormalised (other rows are
untouched, so every earlier position computes exactly what it computed before). On the bridge the
pattern is edited after the softmax (:class:`PatternKnockout`); while decoding, the same block is
an additive ``-inf`` mask on the scores (:func:`knockout_editor`), which is equivalent. No boolean
attention mask is handed to a library (one library's "masked" is another's "visible").

Which rows (``rows``, the ``--knockout-rows`` option; :func:`keysent.traces.spans.knockout_block`):

``predict`` (default)
    every row that predicts a token of K, from the last token before K on. K's first token is
    *predicted* at the row before K, so a knock-out that leaves that row alone cannot change
    which key sentence starts.
``K``
    K's own tokens on (keysent's convention before this option existed).
``after``
    every token after the hidden span (SafeKey's Query-Mask view).

A token always keeps its own position visible (under ``C`` with ``predict``, the last token of C
still sees itself).

Two measurements per trace and condition, both over the same rows:

* the change in K's log-likelihood (teacher forcing, mean per K token) against no knock-out;
* whether K, regenerated greedily under the knock-out from the end of C (KV-cached, on the plain
  generation twin), is a safety aha sentence (judged by :func:`keysent.judge.has_safety_aha`);
  its rate over traces is P(aha).

Conditions: ``none``, ``query`` (K cannot see the user's message), ``C``, ``query+C``.

Example:
    >>> from keysent.attention import knockout
    >>> result = knockout(model, traces)                         # doctest: +SKIP
    >>> result.table(groups={"safe K": mask, "unsafe K": ~mask})  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from keysent.engine import Batch, Editor, Reader, run_hooked
from keysent.errors import ConfigError, TraceError
from keysent.intervals import mean_interval, wilson_interval
from keysent.hook_names import hook_name
from keysent.traces.spans import KNOCKOUT_ROWS, KnockoutRows

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

#: Knock-out conditions: name -> spans hidden.
CONDITIONS: dict[str, tuple[str, ...]] = {
    "none": (),
    "query": ("query",),
    "C": ("C",),
    "query+C": ("query", "C"),
}

Rows = KnockoutRows


def _condition_spans(condition: str) -> tuple[str, ...]:
    if condition not in CONDITIONS:
        raise ConfigError(f"unknown knock-out condition {condition!r}; use one of {', '.join(CONDITIONS)}")
    return CONDITIONS[condition]


class PatternKnockout(Editor):
    """An editor of every layer's attention pattern that hides spans from chosen rows.

    The rows are chosen by ``rows`` (see :func:`keysent.traces.spans.knockout_block`):
    ``"predict"`` (default) from the last token before K on, i.e. every row that predicts a
    token of K; ``"K"`` from K's first token on; ``"after"`` right after each hidden span.
    Columns are the hidden spans' tokens; a token always keeps its own position.
    """

    def __init__(self, n_layers: int, hide: Sequence[str], rows: Rows = "predict"):
        if rows not in KNOCKOUT_ROWS:
            raise ConfigError(f"rows must be one of {', '.join(KNOCKOUT_ROWS)}, got {rows!r}")
        self.hide = tuple(hide)
        self.rows_mode = rows
        self.names = [hook_name("pattern", layer) for layer in range(n_layers)] if self.hide else []
        self.block: "Tensor | None" = None

    def hook_names(self) -> list[str]:
        return self.names

    def mask_for(self, trace: "Trace", length: int) -> "Tensor":
        """``Bool[Tensor, "query key"]``: True where attention is removed."""
        from keysent.traces.spans import knockout_block

        return knockout_block([trace], self.hide, self.rows_mode, length)[0]

    def start_batch(self, batch: Batch) -> None:
        from keysent.traces.spans import knockout_block

        if not self.hide:
            return
        assert batch.traces is not None
        self.block = knockout_block(batch.traces, self.hide, self.rows_mode, batch.length).to(batch.device)

    def edit(self, name: str, pattern: "Tensor") -> "Tensor":
        import torch

        assert self.block is not None
        block = self.block[:, None, : pattern.shape[-2], : pattern.shape[-1]]
        edited = pattern.masked_fill(block, 0.0)
        rows = block.any(-1, keepdim=True)
        renorm = edited / edited.sum(-1, keepdim=True).clamp_min(torch.finfo(edited.dtype).tiny)
        return torch.where(rows, renorm, pattern)


class _KLogProb(Reader):
    """Teacher-forced log-probability of K's tokens from the final-norm rows that predict them."""

    name = hook_name("ln_final")

    def __init__(self, model: "LoadedModel", out: "Tensor"):
        self.unembed = model.hf_model.get_output_embeddings()
        self.out = out
        self.batch: Batch | None = None

    def hook_names(self) -> list[str]:
        return [self.name]

    def needed_end(self, trace: "Trace") -> int:
        return trace.spans["K"].tokens[1] if "K" in trace.spans else 0

    def start_batch(self, batch: Batch) -> None:
        self.batch = batch

    def read(self, name: str, resid: "Tensor") -> None:
        import torch

        assert self.batch is not None and self.batch.traces is not None
        for row, (i, trace) in enumerate(zip(self.batch.indices, self.batch.traces)):
            ka, kb = trace.spans["K"].tokens
            logits = self.unembed(resid[row, ka - 1 : kb - 1]).float()
            targets = torch.tensor(trace.token_ids[ka:kb], device=logits.device)
            logp = torch.log_softmax(logits, dim=-1).gather(-1, targets[:, None]).squeeze(-1)
            self.out[i] = logp.mean().detach().to("cpu")


def knockout_editor(model: "LoadedModel", traces: Sequence["Trace"], hide: Sequence[str], rows: Rows = "predict"):
    """An :class:`keysent.edits.AttentionBlock` that knocks ``hide`` out of ``traces`` in any pass.

    It works on the bridge (``run_hooked``/``hooked``, ``Batch.indices`` index ``traces``) and in
    hooked decoding (prompts in the order of ``traces``): the block is built for each pass's
    query positions, so rows generated after K's start keep the knock-out.
    """
    from keysent.edits import AttentionBlock
    from keysent.traces.spans import knockout_block

    def block(batch: Batch) -> "Tensor":
        ts = [traces[i] for i in batch.indices]
        key_length = int(batch.positions.max()) + 1
        return knockout_block(ts, hide, rows, batch.length, query_positions=batch.positions, key_length=key_length)

    return AttentionBlock(model.n_layers, block)


def regenerate_key_sentence(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    condition: str = "none",
    rows: Rows = "predict",
    max_new_tokens: int = 48,
    batch_size: int = 8,
    progress: bool | str = False,
) -> list[str | None]:
    """Greedily regenerate each trace's key sentence from the end of C under a knock-out.

    Returns the first generated sentence per trace (``None`` for traces without K). Decodes with
    the KV cache on the plain generation twin; the knock-out is an additive attention mask on
    every layer (:func:`knockout_editor`), applied to the prompt pass (so the row that predicts
    K's first token is knocked out under ``rows="predict"``) and to every new token. Under
    ``none`` this is plain greedy decoding.
    """
    from keysent.generation.text import generate_text
    from keysent.traces.segment import split_sentences

    hide = _condition_spans(condition)
    tok = model.tokenizer
    closer = model.chat.think_close
    live = [i for i, t in enumerate(traces) if t.has_key_sentence]
    out: list[str | None] = [None] * len(traces)
    if not live:
        return out
    sub = [traces[i] for i in live]
    prompts = [list(t.token_ids[: t.spans["K"].tokens[0]]) for t in sub]

    def stop_when(text: str) -> int | None:
        done = (closer and closer in text) or "\n" in text.strip() or len(split_sentences(text)) >= 2
        return len(text) if done else None

    interventions = [knockout_editor(model, sub, hide, rows)] if hide else None
    gens = generate_text(model.generation_model, tok, prompts, max_new_tokens=max_new_tokens, batch_size=batch_size,
                         stop_when=stop_when, interventions=interventions, progress=bool(progress))
    for i, g in zip(live, gens):
        text = tok.decode([t for t in g.token_ids if t not in (tok.eos_token_id, tok.pad_token_id)],
                          skip_special_tokens=False)
        if closer:
            text = text.split(closer)[0]
        sentences = split_sentences(text)
        out[i] = text[sentences[0][0] : sentences[0][1]] if sentences else text.strip()
    return out


@dataclass
class KnockoutResult:
    """Knock-out effects per trace and condition.

    Attributes:
        conditions: Condition names, in the order of the ``condition`` axis.
        logp: ``Float[Tensor, "n condition"]``: mean log-probability per K token (NaN without K).
        aha: ``Float[Tensor, "n condition"]``: 1.0 if the regenerated K is a safety aha sentence,
            0.0 if not, NaN when not regenerated.
        regenerated: Regenerated key sentences ``[trace][condition]`` (``None`` without K).
    """

    conditions: list[str]
    logp: "Float[Tensor, 'n condition']"
    aha: "Float[Tensor, 'n condition']"
    regenerated: list[list[str | None]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def delta_logp(self) -> "Float[Tensor, 'n condition']":
        """Change in mean per-token log-probability of K against ``none``."""
        base = self.logp[:, self.conditions.index("none")] if "none" in self.conditions else 0.0
        return self.logp - (base[:, None] if not isinstance(base, float) else base)

    def table(self, groups: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows ``{group, condition, n, delta_logp, delta_logp_ci, p_aha, p_aha_ci}`` (95% CIs:
        normal for the mean change, Wilson for the rate)."""
        import torch

        n = self.logp.shape[0]
        groups = groups or {"all": torch.ones(n, dtype=torch.bool)}
        rows = []
        delta = self.delta_logp
        for gname, mask in groups.items():
            mask = torch.as_tensor(mask, dtype=torch.bool)
            for j, cond in enumerate(self.conditions):
                d = delta[mask, j]
                d = d[~torch.isnan(d)]
                a = self.aha[mask, j]
                a = a[~torch.isnan(a)]
                mean, low, high = (float(v) for v in mean_interval(d))
                k, m = int(a.sum()), len(a)
                rows.append(
                    {
                        "group": gname,
                        "condition": cond,
                        "n": int(len(d)),
                        "delta_logp": mean,
                        "delta_logp_ci": [low, high],
                        "p_aha": (k / m) if m else None,
                        "p_aha_ci": list(wilson_interval(k, m)) if m else None,
                    }
                )
        return rows


def knockout(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    conditions: Sequence[str] = tuple(CONDITIONS),
    rows: Rows = "predict",
    regenerate: bool = True,
    max_new_tokens: int = 48,
    judge: Any = "rule",
    batch_size: int = 8,
    progress: bool = True,
) -> KnockoutResult:
    """Measure K's dependence on the query and on C under each knock-out condition.

    Traces without K stay as NaN rows. Raises a :class:`TraceError` when no trace has K.
    """
    import torch
    from tqdm.auto import tqdm

    from keysent.judge import get_judge

    conds = list(conditions)
    for c in conds:
        _condition_spans(c)
    if not any(t.has_key_sentence for t in traces):
        raise TraceError(f"none of the {len(traces)} traces has a key sentence: nothing to knock out")
    for t in traces:
        if t.has_key_sentence:
            for c in conds:
                for s in CONDITIONS[c]:
                    t.span(s)  # a clear error if a hidden span is missing
    j = get_judge(judge)
    n = len(traces)
    logp = torch.full((n, len(conds)), float("nan"))
    aha = torch.full((n, len(conds)), float("nan"))
    regen: list[list[str | None]] = [[None] * len(conds) for _ in range(n)]
    for ci, cond in enumerate(tqdm(conds, desc="knock-outs", disable=not progress, leave=False)):
        out = torch.full((n,), float("nan"))
        run_hooked(
            model,
            traces,
            [PatternKnockout(model.n_layers, CONDITIONS[cond], rows), _KLogProb(model, out)],
            batch_size=batch_size,
            progress=False,
        )
        logp[:, ci] = out
        if regenerate:
            texts = regenerate_key_sentence(model, traces, condition=cond, rows=rows, max_new_tokens=max_new_tokens, batch_size=batch_size)
            for i, text in enumerate(texts):
                regen[i][ci] = text
                if text is not None:
                    aha[i, ci] = float(bool(j.has_safety_aha(text)))
    return KnockoutResult(conditions=conds, logp=logp, aha=aha, regenerated=regen, meta={"rows": rows, "model": model.name})


__all__ = ["knockout", "KnockoutResult", "PatternKnockout", "knockout_editor", "regenerate_key_sentence", "CONDITIONS",
           "wilson_interval"]
