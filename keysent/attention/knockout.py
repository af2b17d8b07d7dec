"""Causal knock-outs: how much does the key sentence depend on the query and on C?

A knock-out hides spans from attention: in every layer's ``hook_pattern``, the chosen *rows* (by
default K's tokens) get exactly zero attention on the hidden span's columns, and those rows alone
are renormalised (other rows are untouched, so every position before K computes exactly what it
computed before). Editing the pattern after the softmax is equivalent to an additive ``-inf``
mask on the scores, and it avoids the trap that a boolean attention mask means "masked" in one
library and "visible" in another.

Two measurements per trace and condition:

* the change in K's log-likelihood (teacher forcing, mean per K token) against no knock-out;
* whether K, regenerated greedily under the knock-out from the end of C, is a safety aha
  sentence (judged by :func:`keysent.judge.has_safety_aha`); its rate over traces is P(aha).

Conditions: ``none``, ``query`` (K cannot see the user's message), ``C``, ``query+C``.
``rows="after"`` hides the span from every token after it instead (SafeKey's Query-Mask view).

Example:
    >>> from keysent.attention import knockout
    >>> result = knockout(model, traces)                         # doctest: +SKIP
    >>> result.table(groups={"safe K": mask, "unsafe K": ~mask})  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Sequence

from keysent.capture import Batch, run_hooked
from keysent.errors import ConfigError, TraceError

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

Rows = Literal["K", "after"]


def _condition_spans(condition: str) -> tuple[str, ...]:
    if condition not in CONDITIONS:
        raise ConfigError(f"unknown knock-out condition {condition!r}; use one of {', '.join(CONDITIONS)}")
    return CONDITIONS[condition]


class PatternKnockout:
    """A reducer that edits every layer's attention pattern to hide spans from chosen rows.

    Rows start at K's first token (``rows="K"``: K and everything generated after it) or right
    after each hidden span (``rows="after"``). Columns are the hidden spans' tokens.
    """

    def __init__(self, n_layers: int, hide: Sequence[str], rows: Rows = "K"):
        if rows not in ("K", "after"):
            raise ConfigError(f"rows must be 'K' or 'after', got {rows!r}")
        self.hide = tuple(hide)
        self.rows_mode = rows
        self.names = [f"blocks.{layer}.attn.hook_pattern" for layer in range(n_layers)] if self.hide else []
        self.block: "Tensor | None" = None

    def hook_names(self) -> list[str]:
        return self.names

    def needed_end(self, trace: "Trace") -> int:
        return 0  # it edits, it does not decide how far to run

    def mask_for(self, trace: "Trace", length: int) -> "Tensor":
        """``[query_row, key_col]`` boolean: True where attention is removed."""
        import torch

        block = torch.zeros(length, length, dtype=torch.bool)
        k_start = trace.span("K").tokens[0]
        for name in self.hide:
            a, b = trace.span(name).tokens
            first_row = k_start if self.rows_mode == "K" else b
            block[first_row:, a:b] = True
        return block

    def start_batch(self, batch: Batch) -> None:
        import torch

        if not self.hide:
            return
        self.block = torch.stack([self.mask_for(t, batch.length) for t in batch.traces]).to(batch.device)

    def hook(self, name: str, pattern: "Tensor") -> "Tensor":
        import torch

        assert self.block is not None
        block = self.block[:, None, : pattern.shape[-2], : pattern.shape[-1]]
        edited = pattern.masked_fill(block, 0.0)
        rows = block.any(-1, keepdim=True)
        renorm = edited / edited.sum(-1, keepdim=True).clamp_min(torch.finfo(edited.dtype).tiny)
        return torch.where(rows, renorm, pattern)


class _KLogProb:
    """Teacher-forced log-probability of K's tokens from the final-norm rows that predict them."""

    name = "ln_final.hook_out"

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

    def hook(self, name: str, resid: "Tensor") -> None:
        import torch

        assert self.batch is not None
        for row, (i, trace) in enumerate(zip(self.batch.indices, self.batch.traces)):
            ka, kb = trace.spans["K"].tokens
            logits = self.unembed(resid[row, ka - 1 : kb - 1]).float()
            targets = torch.tensor(trace.token_ids[ka:kb], device=logits.device)
            logp = torch.log_softmax(logits, dim=-1).gather(-1, targets[:, None]).squeeze(-1)
            self.out[i] = logp.mean().to("cpu")
        return None


class _NextToken:
    """Greedy next token at each sequence's last position (for regeneration under a knock-out)."""

    name = "ln_final.hook_out"

    def __init__(self, model: "LoadedModel"):
        self.unembed = model.hf_model.get_output_embeddings()
        self.next: dict[int, int] = {}
        self.batch: Batch | None = None

    def hook_names(self) -> list[str]:
        return [self.name]

    def needed_end(self, trace: "Trace") -> int:
        return trace.n_tokens

    def start_batch(self, batch: Batch) -> None:
        self.batch = batch

    def hook(self, name: str, resid: "Tensor") -> None:
        import torch

        assert self.batch is not None
        last = torch.tensor([t.n_tokens - 1 for t in self.batch.traces], device=resid.device)
        rows = resid[torch.arange(resid.shape[0], device=resid.device), last]
        picks = self.unembed(rows).argmax(-1).tolist()
        for i, tok in zip(self.batch.indices, picks):
            self.next[i] = int(tok)
        return None


def regenerate_key_sentence(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    condition: str = "none",
    rows: Rows = "K",
    max_new_tokens: int = 48,
    batch_size: int = 8,
    progress: bool | str = False,
) -> list[str | None]:
    """Greedily regenerate each trace's key sentence from the end of C under a knock-out.

    Returns the first generated sentence per trace (``None`` for traces without K). Runs on the
    hooked bridge without a KV cache (the edit must apply at every step), so it is meant for the
    short key sentence, not for whole answers.
    """
    from keysent.traces.segment import split_sentences

    hide = _condition_spans(condition)
    tok = model.tokenizer
    stops = {tok.eos_token_id, tok.pad_token_id}
    closer = model.chat.think_close
    live = [i for i, t in enumerate(traces) if t.has_key_sentence]
    work = {i: dataclasses.replace(traces[i], token_ids=list(traces[i].token_ids[: traces[i].spans["K"].tokens[0]])) for i in live}
    new: dict[int, list[int]] = {i: [] for i in live}
    done: set[int] = set()
    for _ in range(max_new_tokens):
        todo = [i for i in live if i not in done]
        if not todo:
            break
        picker = _NextToken(model)
        edits = PatternKnockout(model.n_layers, hide, rows)
        run_hooked(model, [work[i] for i in todo], [edits, picker], batch_size=batch_size, progress=False)
        for j, i in enumerate(todo):
            nxt = picker.next[j]
            if nxt in stops:
                done.add(i)
                continue
            new[i].append(nxt)
            work[i].token_ids.append(nxt)
            text = tok.decode(new[i], skip_special_tokens=False)
            if (closer and closer in text) or "\n" in text.strip() or len(split_sentences(text)) >= 2:
                done.add(i)
    out: list[str | None] = [None] * len(traces)
    for i in live:
        text = tok.decode(new[i], skip_special_tokens=False)
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
                mean = float(d.mean()) if len(d) else float("nan")
                half = float(1.96 * d.std(unbiased=True) / math.sqrt(len(d))) if len(d) > 1 else float("nan")
                k, m = int(a.sum()), len(a)
                rows.append(
                    {
                        "group": gname,
                        "condition": cond,
                        "n": int(len(d)),
                        "delta_logp": mean,
                        "delta_logp_ci": [mean - half, mean + half],
                        "p_aha": (k / m) if m else None,
                        "p_aha_ci": list(wilson_interval(k, m)) if m else None,
                    }
                )
        return rows


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes out of ``n``."""
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def knockout(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    conditions: Sequence[str] = tuple(CONDITIONS),
    rows: Rows = "K",
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

    from keysent.judge import get_judge, is_judged

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
    j = get_judge(judge) if judge is not None else None  # None: do not judge (p_aha stays NaN)
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
                if text is not None and j is not None:
                    verdict = j.has_safety_aha(text)
                    if is_judged(verdict):  # NOT_JUDGED stays NaN, like a missing K
                        aha[i, ci] = float(verdict)
    return KnockoutResult(conditions=conds, logp=logp, aha=aha, regenerated=regen, meta={"rows": rows, "model": model.name})


__all__ = ["knockout", "KnockoutResult", "PatternKnockout", "regenerate_key_sentence", "CONDITIONS", "wilson_interval"]
