"""Training examples: token ids with the prompt, C and K spans and the unsafe-query label.

Spans come from keysent's offset-mapped :class:`~keysent.traces.trace.Trace`, never from adding the
lengths of separately tokenised pieces (the public SafeKey code's index arithmetic counts the
generation prompt's ``<think>\\n`` twice on R1-Distill templates and lands one token late).

Sources:

* dataset specs in the shared grammar (``[harmful=|benign=]SOURCE[#query=COL,response=COL,label=COL]``):
  STAR-1-style files with ``question``/``response``, keysent trace JSONL, run directories. The
  label comes from a column or from the spec's ``harmful=``/``benign=`` role;
* :func:`organism_sft_records`: the built-in model's safety-SFT set as the organism defines it
  (:mod:`keysent.organism.splits`: harmful queries of the seen request and wrapper families with
  safe traces, benign queries with helpful ones; nothing from an unseen split).

Examples without C or K are skipped and counted; none left is a :class:`~keysent.errors.DatasetError`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import DatasetError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord
    from keysent.traces.trace import Trace


@dataclass(frozen=True)
class TrainExample:
    """One tokenised training sequence (prompt + response + EOS) with its located parts.

    Attributes:
        ids: Token ids of the prompt, the response and EOS (when the chat format has one).
        prompt_len: Number of prompt tokens (BOS, template, query, generation prompt).
        c: ``(start, end)`` token span of C (half-open, indexes ``ids``).
        k: ``(start, end)`` token span of K.
        unsafe: The query is unsafe (SafeKey's head label).
        id: The source row's identifier.
        k_text: K's text (for checks and logs).
    """

    ids: tuple[int, ...]
    prompt_len: int
    c: tuple[int, int]
    k: tuple[int, int]
    unsafe: bool
    id: str | None = None
    k_text: str = ""


@dataclass
class TrainingSet:
    """Examples plus what was skipped and why (``skipped``: reason -> count)."""

    examples: list[TrainExample]
    skipped: Counter = field(default_factory=Counter)
    sources: list[str] = field(default_factory=list)
    n_unclosed: int = 0  # examples whose reasoning never closes (no answer after the think block)
    located_by: Counter = field(default_factory=Counter)  # with a locator judge: "model" / "model-fallback" -> count

    def summary(self) -> dict[str, Any]:
        n_unsafe = sum(e.unsafe for e in self.examples)
        return {"n_examples": len(self.examples), "n_unsafe": n_unsafe, "n_safe": len(self.examples) - n_unsafe,
                "skipped": dict(self.skipped), "sources": list(self.sources),
                "n_tokens": sum(len(e.ids) for e in self.examples), "n_unclosed": self.n_unclosed,
                **({"located_by": dict(self.located_by)} if self.located_by else {})}

    def warnings(self) -> list[str]:
        """What a user should know before training on this set (one line each)."""
        out = []
        if self.n_unclosed:
            out.append(f"{self.n_unclosed} of {len(self.examples)} training responses never close their "
                       "reasoning (no answer after the think block): the model is trained to stop mid-thought; "
                       "check the response column, or name the markers with #markers=NAME or "
                       "#markers=OPEN...CLOSE (docs/datasets.md)")
        from keysent.traces.locate_model import fallback_note

        note = fallback_note(self.located_by)
        if note:
            out.append(note)
        return out


def example_from_trace(model: "LoadedModel", trace: "Trace", *, max_length: int = 8192) -> TrainExample | str:
    """A :class:`TrainExample` from a located trace, or the reason it cannot be one."""
    if trace.harmful is None:
        return "no unsafe-query label"
    if "K" not in trace.spans:
        return "no key sentence"
    if "C" not in trace.spans:
        return "no query understanding (C)"
    p = trace.spans["prompt"].tokens[1]
    c, k = trace.spans["C"].tokens, trace.spans["K"].tokens
    if c[0] < p:
        return "C starts inside the prompt"
    ids = list(trace.token_ids)
    eos = model.tokenizer.eos_token_id
    if trace.complete and eos is not None and model.chat.eos_token:
        ids.append(int(eos))
    if k[1] > max_length:
        return f"K ends after max_length ({max_length} tokens)"
    ids = ids[:max_length]
    return TrainExample(ids=tuple(ids), prompt_len=p, c=tuple(c), k=tuple(k), unsafe=bool(trace.harmful),
                        id=trace.id, k_text=trace.key_sentence or "")


def examples_from_records(model: "LoadedModel", records: Sequence["QueryRecord"], *, max_length: int = 8192,
                          sources: Sequence[str] = (), locator: Any = None) -> TrainingSet:
    """Locate C and K in each record's response and build the training set.

    ``locator``: a judge of C's end (``--locator``; :func:`keysent.traces.locate_model.relocate`),
    ``None`` for the rules.

    Raises:
        DatasetError: a record has no response (training needs traces, not bare queries), a
            record has no unsafe-query label, or no example with C and K remains.
    """
    from keysent.traces.trace import build_trace

    out = TrainingSet(examples=[], sources=list(sources))
    for i, rec in enumerate(records):
        if rec.response is None and rec.reasoning is None:
            raise DatasetError(
                f"training row {rec.id or i} of {rec.labels.get('source')!r} has no response; training needs "
                "traces: name the response column with --response-column or #response=COL")
        if rec.labels.get("harmful") is None:
            raise DatasetError(
                f"training row {rec.id or i} of {rec.labels.get('source')!r} has no unsafe-query label; "
                "prefix the spec with harmful= or benign=, or name the label column with --label-column "
                "or #label=COL")

    def build(i: int, judge: Any = None) -> "Trace":
        rec = records[i]
        kwargs = rec.build_kwargs()  # markers, no_reasoning, messages, reasoning saved apart: as every command reads them
        kwargs.setdefault("generated", rec.response)
        return build_trace(model, rec.query, labels=rec.labels, judge=None, id=rec.id,
                           prompt=rec.render(model) if rec.prompt is not None else None, locator=judge, **kwargs)

    traces = [build(i) for i in range(len(records))]
    if locator is not None:
        from keysent.traces.locate_model import relocate

        traces = relocate(traces, locator, build)
        out.located_by.update(t.flags["locator"] for t in traces if "locator" in t.flags)
    for trace in traces:
        ex = example_from_trace(model, trace, max_length=max_length)
        if isinstance(ex, str):
            out.skipped[ex] += 1
        else:
            out.examples.append(ex)
            out.n_unclosed += not trace.complete
    if not out.examples:
        detail = ", ".join(f"{n} {why}" for why, n in out.skipped.items()) or "no rows"
        raise DatasetError(f"no training example with a located C and K remains ({detail}); "
                           "check that the responses are reasoning traces (<think> ... </think>)")
    return out


def organism_sft_records(n: int, *, seed: int = 0) -> list["QueryRecord"]:
    """The built-in model's safety-SFT set (:func:`keysent.organism.splits.safety_sft_records`).

    Harmful requests of the seen families, plain or in seen wrappers, each with a safety-aha K and
    a refusal; benign requests with their helpful traces. No unseen request or wrapper family.

    >>> recs = organism_sft_records(20, seed=0)
    >>> from keysent.organism.splits import UNSEEN_WRAPPERS
    >>> any(r.labels["wrapper"] in UNSEEN_WRAPPERS for r in recs), all(r.response for r in recs)
    (False, True)
    """
    from keysent.organism.splits import safety_sft_records

    return safety_sft_records(n, seed=seed)


__all__ = ["TrainExample", "TrainingSet", "example_from_trace", "examples_from_records", "organism_sft_records"]
