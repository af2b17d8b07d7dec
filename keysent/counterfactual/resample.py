"""Resampling the key sentence from the end of C: how decided is the model before it writes K?

For each trace with C and K, the prefix is the prompt plus the reasoning up to the first token of K
(the end of C, with the whitespace before K when the tokenizer keeps it apart). The prefix runs once;
its KV cache serves all ``n`` samples (:func:`keysent.generation.prefix.decode_from_prefix`). Each
sample becomes a :class:`~keysent.traces.trace.Trace` of its own (located and judged as any trace),
so P(aha K | prefix) and P(safe answer | prefix) are counts over the samples. This is the
resampling idea of thought-anchors (Bogdan et al. 2025) applied to K and safety.

Example:
    >>> import keysent
    >>> from keysent.counterfactual.resample import resample
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> traces = keysent.generate_traces(model, keysent.load_queries(["builtin:2"]), progress=False)
    >>> res = resample(model, traces[:1], n=2, temperature=0.0, progress=False)
    >>> [s.key_sentence == traces[0].key_sentence for s in res.samples[0]]   # greedy: K reproduced
    [True, True]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence

from keysent.errors import TraceError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

__all__ = ["ResampleResult", "usable_traces", "prefix_ids", "response_prefix", "k_end_stop", "resample",
           "trace_from_ids"]


def usable_traces(traces: Sequence["Trace"]) -> tuple[list[int], dict[str, int]]:
    """Indices of the traces with both C and K, and the count of the others by reason.

    Raises:
        TraceError: no trace has both C and K (the message gives the counts).
    """
    keep: list[int] = []
    skipped: dict[str, int] = {}
    for i, t in enumerate(traces):
        if "C" not in t.spans:
            skipped["no C"] = skipped.get("no C", 0) + 1
        elif "K" not in t.spans:
            skipped["no K"] = skipped.get("no K", 0) + 1
        else:
            keep.append(i)
    if not keep:
        detail = ", ".join(f"{v} {k}" for k, v in skipped.items()) or "no traces"
        raise TraceError(f"none of the {len(traces)} traces has both a query understanding C and a key sentence K "
                         f"({detail}); check the model's chat format and the traces' think markers")
    return keep, skipped


def prefix_ids(trace: "Trace") -> list[int]:
    """The prompt and reasoning token ids before K's first token (the end of C)."""
    return list(trace.token_ids[: trace.spans["K"].tokens[0]])


def response_prefix(model: "LoadedModel", trace: "Trace") -> tuple[list[int], str]:
    """The response's ids before K's first token and the text they decode to."""
    from keysent.traces.alignment import offsets_from_ids

    ids = prefix_ids(trace)[trace.spans["prompt"].tokens[1]:]
    return ids, offsets_from_ids(model.tokenizer, ids)[0]


def k_end_stop(model: "LoadedModel", head: str) -> Callable[[str], int | None]:
    """The ``stop_when`` of resampling K alone: the end of the new K in ``head`` (the response up
    to the end of C, :func:`response_prefix`) plus the sample's text
    (:func:`keysent.traces.generate.key_sentence_end`), as an index into the sample's text."""
    from keysent.traces.generate import key_sentence_end

    base_stop = key_sentence_end(model)

    def stop(text: str) -> int | None:
        r = base_stop(head + text)
        return None if r is None else max(1, r - len(head))

    return stop


def trace_from_ids(model: "LoadedModel", trace: "Trace", response_ids: Sequence[int], *, id: str | None,
                   extra_labels: dict[str, Any], judge: Any = "rule") -> "Trace":
    """A trace of ``trace``'s prompt whose response is ``response_ids`` (a final EOS dropped): the
    ids are the trace's own (``build_trace(..., generated_ids=...)``), the text their decoding."""
    from keysent.traces.alignment import offsets_from_ids
    from keysent.traces.trace import build_trace

    body = list(response_ids)
    if body and body[-1] in _eos_ids(model):
        body = body[:-1]
    text = offsets_from_ids(model.tokenizer, body)[0]
    labels = {**trace.labels, "counterfactual": extra_labels}
    return build_trace(model, trace.query, text, labels=labels, judge=judge, id=id, prompt=trace.prompt,
                       generated_ids=body, generated_by=model.name)


def _eos_ids(model: "LoadedModel") -> set[int]:
    from keysent.generation.prefix import _eos_ids as eos_of

    return eos_of(model.generation_model, model.tokenizer)


@dataclass
class ResampleResult:
    """Samples per usable trace.

    Attributes:
        indices: index in the input list of each resampled trace.
        samples: ``samples[j]``: the ``n`` sample traces of trace ``indices[j]``.
        skipped: traces left out, by reason (``no C``, ``no K``).
        settings: the decoding settings used.
    """

    indices: list[int]
    samples: list[list["Trace"]]
    skipped: dict[str, int] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


def resample(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    *,
    n: int = 16,
    until: str = "answer",
    temperature: float = 0.6,
    top_p: float = 0.95,
    seed: int = 0,
    max_new_tokens: int = 384,
    batch_size: int = 16,
    judge: Any = "rule",
    progress: bool = True,
) -> ResampleResult:
    """Resample K (and the answer) ``n`` times from the end of each trace's C.

    Args:
        model: The loaded model that made the traces (its tokenizer must match their token ids).
        traces: Traces; those without C or K are counted in ``skipped`` and left out.
        n: Samples per trace (default 16, the issue's default).
        until: ``"answer"`` (to EOS or the budget) or ``"k"`` (stop at the end of the new K, with
            :func:`keysent.traces.generate.key_sentence_end`; no answer is judged).
        temperature, top_p: Sampling settings (default 0.6 / 0.95, DeepSeek's recommendation for
            R1 models); ``temperature == 0`` decodes greedily (every sample the same).
        seed: Sample ``i`` of a prefix draws from ``row_generator(seed, prefix, i)``.
        max_new_tokens: Budget per sample after the prefix.
        batch_size: Samples decoded together from one prefix cache.
        judge: Judge of each sample's K and answer.
        progress: Show a tqdm bar over traces.

    Raises:
        ConfigError: ``n`` < 1, a bad ``until``, temperature or top_p.
        TraceError: no trace has both C and K.
    """
    from tqdm.auto import tqdm

    from keysent.errors import ConfigError
    from keysent.generation.prefix import decode_from_prefix

    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ConfigError(f"n must be an integer >= 1 (samples per trace), got {n!r}")
    if until not in ("answer", "k"):
        raise ConfigError(f"until must be 'answer' or 'k', got {until!r}")
    if isinstance(temperature, bool) or not isinstance(temperature, (int, float)) or temperature < 0:
        raise ConfigError(f"temperature must be a number >= 0 (0: greedy), got {temperature!r}")
    keep, skipped = usable_traces(traces)
    samples: list[list["Trace"]] = []
    for i in tqdm(keep, desc="resampling", unit="trace", disable=not progress):
        t = traces[i]
        head_ids, head = response_prefix(model, t)
        stop = k_end_stop(model, head) if until == "k" else None
        outs = decode_from_prefix(model.generation_model, model.tokenizer, prefix_ids(t), n,
                                  max_new_tokens=max_new_tokens, do_sample=temperature > 0,
                                  temperature=float(temperature) if temperature > 0 else 1.0, top_p=float(top_p),
                                  seed=seed, batch_size=batch_size, stop_when=stop)
        samples.append([trace_from_ids(model, t, head_ids + ids, id=f"{t.id or i}/resample-{s}",
                                                extra_labels={"kind": "resample", "source": i, "sample": s},
                                                judge=judge)
                        for s, ids in enumerate(outs)])
    settings = {"n": n, "until": until, "temperature": temperature, "top_p": top_p, "seed": seed,
                "max_new_tokens": max_new_tokens}
    return ResampleResult(indices=keep, samples=samples, skipped=skipped, settings=settings)
