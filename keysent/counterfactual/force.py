"""Forcing the key sentence: replace K by a given sentence and let the model finish the trace.

``do(K = s)``: the prefix is the trace up to K's first token, then ``s`` (after K's own leading
whitespace) is tokenised and appended, and the model continues to the end of the answer, greedy or
sampled. The forced trace has K set to exactly the forced tokens (its character and token spans point at
the forced sentence, whatever the locator would pick), and K and the answer are
judged, so capture, attention and probes can address forced traces like any other. Token ids are
the ones the model saw (the prefix, the forced K's ids, the continuation).

Banks (:func:`sentence_bank`): the run's own key sentences (aha K of the other traces for
``do(K = aha)``, move-to-solve K of the other harmful traces for ``do(K = solve)``), the built-in
organism's phrases, or a file of sentences sorted into aha / solve by the rule judge.

Example:
    >>> import keysent
    >>> from keysent.counterfactual.force import force_key_sentence
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> t = keysent.generate_traces(model, keysent.load_queries(["builtin:1"]), progress=False)[0]
    >>> forced = force_key_sentence(model, [t], ["Hmm, that could be illegal."], progress=False)[0]
    >>> forced.key_sentence, forced.k_aha
    ('Hmm, that could be illegal.', True)
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError, KeysentError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.traces.trace import Trace

__all__ = ["sentence_bank", "force_key_sentence", "choose_forced", "forced_prefix"]


def sentence_bank(spec: str, traces: Sequence["Trace"]) -> dict[str, list[tuple[str, int | None]]]:
    """Forced sentences by kind: ``{"aha": [(sentence, source trace or None)], "solve": [...]}``.

    Args:
        spec: ``own`` (key sentences of ``traces``: aha K for ``aha``, non-aha K of harmful
            traces for ``solve``), ``organism`` (``keysent.organism.phrases.AHA_SENTENCES`` /
            ``SOLVE_SENTENCES``), or a path to a UTF-8 text file, one sentence a line (blank lines
            and lines starting with ``#`` ignored), each put in ``aha`` if the rule judge's
            ``has_safety_aha`` holds, else in ``solve``.
        traces: The run's traces (for ``own``).

    Raises:
        ConfigError: the bank holds no sentence at all; the file does not exist.
    """
    bank: dict[str, list[tuple[str, int | None]]] = {"aha": [], "solve": []}
    if spec == "own":
        for i, t in enumerate(traces):
            k = t.key_sentence
            if not k:
                continue
            if t.k_aha is True:
                bank["aha"].append((k, i))
            elif t.k_aha is False and t.harmful is not False:
                bank["solve"].append((k, i))
        where = "the run's own key sentences"
    elif spec == "organism":
        from keysent.organism.phrases import AHA_SENTENCES, SOLVE_SENTENCES

        bank["aha"] = [(s, None) for s in AHA_SENTENCES]
        bank["solve"] = [(s, None) for s in SOLVE_SENTENCES]
        where = "the organism's phrases"
    else:
        from keysent.judge import has_safety_aha

        path = Path(spec)
        if not path.is_file():
            raise ConfigError(f"--k-bank {spec!r} is neither 'own', 'organism' nor an existing file of sentences "
                              "(one a line)")
        for line in path.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s and not s.startswith("#"):
                bank["aha" if has_safety_aha(s) else "solve"].append((s, None))
        where = f"file {spec!r}"
    if not bank["aha"] and not bank["solve"]:
        raise ConfigError(f"the K bank ({where}) has no sentence; give a file with one sentence a line, or "
                          "--k-bank organism")
    return bank


def choose_forced(traces: Sequence["Trace"], indices: Sequence[int],
                  bank: dict[str, list[tuple[str, int | None]]], seed: int = 0
                  ) -> list[tuple[int, str, str]]:
    """``(trace index, kind, sentence)`` per forcing: harmful (or unlabelled) traces with a
    move-to-solve K get an aha sentence, those with an aha K a solve sentence; never the trace's own
    K, chosen with ``random.Random(seed)``. Traces with no admissible sentence are left out."""
    rng = random.Random(seed)
    plan: list[tuple[int, str, str]] = []
    for i in indices:
        t = traces[i]
        if t.harmful is False or t.k_aha is None:
            continue
        kind = "solve" if t.k_aha else "aha"
        options = sorted({s for s, src in bank[kind] if src != i and s != t.key_sentence})
        if options:
            plan.append((i, kind, rng.choice(options)))
    return plan


def forced_prefix(model: "LoadedModel", trace: "Trace", sentence: str) -> tuple[list[int], list[int]]:
    """The token ids of ``trace`` up to K's first token, and the ids of the forced K.

    The forced K is K's own leading whitespace (what K's first token holds before its first
    character) followed by ``sentence``, tokenised on its own; forcing the trace's own K
    (``sentence == trace.key_sentence``) keeps K's own token ids, so the model sees exactly the
    original prefix.
    """
    from keysent.counterfactual.resample import prefix_ids

    if not isinstance(sentence, str) or not sentence.strip():
        raise ConfigError(f"a forced key sentence must be a non-empty string, got {sentence!r}")
    k0, k1 = trace.spans["K"].tokens
    own = list(trace.token_ids[k0:k1])
    if sentence.strip() == trace.key_sentence:
        return prefix_ids(trace), own
    k_text = model.tokenizer.decode(own, skip_special_tokens=False, clean_up_tokenization_spaces=False)
    lead = k_text[: len(k_text) - len(k_text.lstrip())]
    return prefix_ids(trace), list(model.tokenizer(lead + sentence.strip(), add_special_tokens=False)["input_ids"])


def _set_k(model: "LoadedModel", forced: "Trace", k_tokens: tuple[int, int], judge: Any) -> None:
    """Point K (and ``rest``) of ``forced`` at the forced tokens; C is set by the caller."""
    from keysent.judge import get_judge
    from keysent.traces.alignment import offsets_from_ids
    from keysent.traces.trace import Span, _strip_span

    n_prompt = forced.spans["prompt"].tokens[1]
    p_len = len(forced.prompt)
    _, offs = offsets_from_ids(model.tokenizer, forced.token_ids[n_prompt:])
    a = p_len + offs[k_tokens[0] - n_prompt][0]
    b = p_len + offs[k_tokens[1] - 1 - n_prompt][1]
    k_chars = _strip_span(forced.text, a, b)
    forced.spans["K"] = Span(chars=k_chars, tokens=k_tokens)
    forced.spans.pop("rest", None)
    if "reasoning" in forced.spans:
        rb = forced.spans["reasoning"].chars[1]
        r_tok = forced.spans["reasoning"].tokens[1]
        rest = _strip_span(forced.text, k_chars[1], rb)
        if rest[1] > rest[0] and r_tok > k_tokens[1]:
            forced.spans["rest"] = Span(chars=rest, tokens=(k_tokens[1], r_tok))
    forced.key_sentence_reason = None
    if judge is not None:
        forced.judgements["k_aha"] = bool(get_judge(judge).has_safety_aha(forced.text[k_chars[0]:k_chars[1]]))


def force_key_sentence(
    model: "LoadedModel",
    traces: Sequence["Trace"],
    sentences: Sequence[str],
    *,
    do_sample: bool = False,
    temperature: float = 0.6,
    top_p: float = 0.95,
    seed: int = 0,
    max_new_tokens: int = 384,
    batch_size: int = 16,
    judge: Any = "rule",
    labels: Sequence[dict[str, Any]] | None = None,
    progress: bool = True,
) -> list["Trace"]:
    """Replace each trace's K by ``sentences[i]`` and continue to the end of the answer.

    Args:
        model: The loaded model that made the traces.
        traces: Traces with C and K (see :func:`keysent.counterfactual.resample.usable_traces`).
        sentences: One forced sentence per trace.
        do_sample, temperature, top_p, seed: Greedy by default; else sampled as
            :func:`keysent.generation.text.generate_text` samples (one seeded generator per row,
            independent of the batch).
        max_new_tokens: Budget after the forced K.
        batch_size: Continuations decoded together.
        judge: Judge of the forced K and the new answer.
        labels: Extra metadata per trace, stored under ``labels["counterfactual"]``.
        progress: Show a tqdm bar.

    Returns:
        One forced trace per input, K spanning exactly the forced sentence.

    Raises:
        ConfigError: ``sentences`` and ``traces`` differ in length; an empty sentence.
        TraceError: a trace without C or K.
    """
    from keysent.counterfactual.resample import trace_from_ids
    from keysent.errors import TraceError
    from keysent.generation.text import generate_text

    if len(sentences) != len(traces):
        raise ConfigError(f"{len(sentences)} forced sentences for {len(traces)} traces; give one per trace")
    if not traces:
        return []
    for i, t in enumerate(traces):
        if "C" not in t.spans or "K" not in t.spans:
            raise TraceError(f"trace {i} ({t.id}) has no {'C' if 'C' not in t.spans else 'K'}; forcing K needs both")
    prefixes = [forced_prefix(model, t, s) for t, s in zip(traces, sentences)]
    outs = generate_text(model.generation_model, model.tokenizer, [p + k for p, k in prefixes],
                         max_new_tokens=max_new_tokens, batch_size=batch_size, do_sample=do_sample,
                         temperature=temperature, top_p=top_p, seed=seed, progress=progress)
    forced: list["Trace"] = []
    for i, (t, s, (head, k_ids), out) in enumerate(zip(traces, sentences, prefixes, outs)):
        meta = {"kind": "force", "sentence": s.strip(), "original_k": t.key_sentence,
                **(dict(labels[i]) if labels is not None else {})}
        n_prompt = t.spans["prompt"].tokens[1]
        f = trace_from_ids(model, t, head[n_prompt:] + k_ids + list(out.token_ids), id=f"{t.id or i}/force",
                           extra_labels=meta, judge=judge)
        if f.token_ids[: len(head) + len(k_ids)] != head + k_ids:
            raise KeysentError(f"trace {i} ({t.id}): the forced trace's ids do not start with the forced prefix; "
                               "the tokenizer does not decode these ids back to themselves")
        f.spans["C"] = t.spans["C"]  # the same ids and text up to K
        _set_k(model, f, (len(head), len(head) + len(k_ids)), judge)
        forced.append(f)
    return forced
