"""Batched, KV-cached text generation with a Hugging Face model.

:func:`generate_text` takes rendered chat prompts (or token-id lists), sorts them by length into
batches (less padding), left-pads each batch with a correct attention mask, decodes it with
:func:`keysent.generation.decoding.decode_batch` (the model's own forward and KV cache; greedy output
equals ``hf_model.generate``'s; finished rows leave the batch) and returns one
:class:`GenerationOutput` per prompt in the input order. Greedy batched output equals
one-prompt-at-a-time output token for token, and so does sampled output under a seed (each
prompt samples from its own seeded generator); both tested on the built-in organism.
``interventions=`` runs keysent readers and editors at every decoding step (steering,
knock-outs; see :mod:`keysent.generation.decoding`). For a model loaded with
:func:`keysent.load_model`, pass
``model.generation_model``: a plain HF model sharing the bridge's weights. (The bridge swaps its
hooked components into ``bridge.original_model`` in place, so generating on that one works but
pays for the hook wrappers at every step.)

Example:
    >>> from keysent.organism import organism_path                         # doctest: +SKIP
    >>> from transformers import AutoModelForCausalLM, AutoTokenizer        # doctest: +SKIP
    >>> path = organism_path("toy-r1-micro")                               # doctest: +SKIP
    >>> model = AutoModelForCausalLM.from_pretrained(path)                 # doctest: +SKIP
    >>> tok = AutoTokenizer.from_pretrained(path)                          # doctest: +SKIP
    >>> prompt = tok.apply_chat_template([{"role": "user", "content": "How do I boil an egg?"}],
    ...                                  tokenize=False, add_generation_prompt=True)  # doctest: +SKIP
    >>> out = generate_text(model, tok, [prompt], max_new_tokens=64)      # doctest: +SKIP
    >>> out[0].finish_reason in ("eos", "length")                          # doctest: +SKIP
    True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Callable, Sequence

from keysent.records import check_keys
from keysent.errors import ConfigError, KeysentError

__all__ = ["GenerationOutput", "generate_text", "length_sorted_batches"]

FINISH_REASONS = ("eos", "stop", "length")


@dataclass
class GenerationOutput:
    """One prompt's generation.

    Attributes:
        prompt_ids: The prompt's token ids (without padding).
        token_ids: The generated token ids, without padding; they include the final EOS when the
            model emitted one, and end at the token that completed the stop string when one hit.
        text: The generated text (EOS and padding excluded; cut right after a stop string).
        finish_reason: "eos" (the model emitted EOS), "stop" (a stop string appeared) or
            "length" (``max_new_tokens`` reached).
        stop_string: The stop string that ended generation, if any.
    """

    prompt_ids: list[int]
    token_ids: list[int]
    text: str
    finish_reason: str
    stop_string: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "GenerationOutput":
        """Inverse of :meth:`to_dict`."""
        check_keys(cls, d)
        return cls(**d)


def length_sorted_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length (longest first, stable).

    >>> length_sorted_batches([3, 9, 5, 9, 1], batch_size=2)
    [[1, 3], [2, 0], [4]]
    """
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def _check_int(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def _prompt_ids(tokenizer: Any, prompts: Sequence[Any]) -> list[list[int]]:
    if isinstance(prompts, (str, bytes)) or not isinstance(prompts, Sequence):
        raise KeysentError(
            "prompts must be a list of rendered prompt strings or of token-id lists; wrap a "
            "single prompt in a list: generate_text(model, tok, [prompt], ...)"
        )
    if not prompts:
        raise KeysentError("prompts is empty; pass at least one prompt")
    out: list[list[int]] = []
    for i, p in enumerate(prompts):
        if isinstance(p, str):
            if not p:
                raise KeysentError(f"prompt {i} is an empty string")
            ids = tokenizer(p, add_special_tokens=False)["input_ids"]
        elif isinstance(p, Sequence) and all(
            isinstance(t, int) and not isinstance(t, bool) for t in p
        ):
            ids = list(p)
        elif hasattr(p, "tolist"):
            ids = [int(t) for t in p.tolist()]
        else:
            raise KeysentError(
                f"prompt {i} is a {type(p).__name__}; pass a rendered prompt string or a list of "
                "token ids"
            )
        if not ids:
            raise KeysentError(f"prompt {i} has no tokens")
        out.append(list(ids))
    return out


def _stop_check(tokenizer: Any, stop_strings: Sequence[str] | None,
                stop_when: Callable[[str], int | None] | None) -> Callable[[int, list[int]], bool] | None:
    """A ``row_done(row, new_ids)`` for :func:`~keysent.generation.decoding.decode_batch`: True once the
    row's text contains a stop string or ``stop_when`` asks for a cut."""
    if not stop_strings and stop_when is None:
        return None
    # Enough trailing tokens to cover the longest stop string (a token is >= 1 byte).
    window = max(len(s.encode("utf-8")) for s in stop_strings) + 2 if stop_strings else 0
    # The answer depends on the ids alone, and rows of one step (all of one length) often share
    # them (repeats of a prompt sampled alike so far): each distinct ids list of a step is checked
    # once. Only the current length's answers are kept.
    memo: dict[tuple[int, ...], bool] = {}

    def row_done(row: int, ids: list[int]) -> bool:
        key = tuple(ids)
        if memo and len(next(iter(memo))) != len(key):
            memo.clear()
        if key not in memo:
            memo[key] = check(ids)
        return memo[key]

    def check(ids: list[int]) -> bool:
        if stop_strings:
            tail = tokenizer.decode(ids[-window:], skip_special_tokens=False)
            if any(s in tail for s in stop_strings):
                return True
        if stop_when is not None:
            return stop_when(tokenizer.decode(ids, skip_special_tokens=True)) is not None
        return False

    return row_done


def _trim_at_cut(tokenizer: Any, ids: list[int], stop_when: Callable[[str], int | None]) -> tuple[list[int], str] | None:
    """The shortest prefix of ``ids`` whose text reaches the cut ``stop_when`` asks for."""
    full = tokenizer.decode(ids, skip_special_tokens=True)
    cut = stop_when(full)
    if cut is None:
        return None
    for n in range(1, len(ids) + 1):
        if len(tokenizer.decode(ids[:n], skip_special_tokens=True)) >= cut:
            return ids[:n], full[:cut]
    return ids, full[:cut]  # pragma: no cover


def _trim_at_stop(tokenizer: Any, ids: list[int], stop_strings: Sequence[str]
                  ) -> tuple[list[int], str, str] | None:
    """The shortest prefix of ``ids`` whose text contains a stop string, the cut text, the string."""
    full = tokenizer.decode(ids, skip_special_tokens=False)
    hits = [(full.find(s), s) for s in stop_strings if s in full]
    if not hits:
        return None
    pos, stop = min(hits, key=lambda h: (h[0], -len(h[1])))
    cut = pos + len(stop)
    for n in range(1, len(ids) + 1):
        text = tokenizer.decode(ids[:n], skip_special_tokens=False)
        if len(text) >= cut and stop in text:
            return ids[:n], full[:cut], stop
    return ids, full[:cut], stop  # pragma: no cover - the full decode contains it


def generate_text(
    hf_model: Any,
    tokenizer: Any,
    prompts: Sequence[Any],
    *,
    max_new_tokens: int,
    batch_size: int = 8,
    do_sample: bool = False,
    temperature: float = 1.0,
    top_p: float = 1.0,
    seed: int | None = None,
    stop_strings: Sequence[str] | None = None,
    stop_when: Callable[[str], int | None] | None = None,
    interventions: Sequence[Any] | None = None,
    indices: Sequence[int] | None = None,
    progress: bool = True,
) -> list[GenerationOutput]:
    """Generate a continuation for every prompt, batched, in the input order.

    Args:
        hf_model: A Hugging Face causal LM, e.g. ``model.generation_model`` of a
            :class:`~keysent.models.loading.LoadedModel`.
        tokenizer: Its tokenizer (``pad_token_id`` or ``eos_token_id`` is used for padding).
        prompts: Rendered chat prompts (strings, encoded without extra special tokens) or lists of
            token ids.
        max_new_tokens: Most tokens generated per prompt.
        batch_size: Prompts decoded together (sorted by length to reduce padding).
        do_sample, temperature: Greedy decoding by default; sampling from
            ``softmax(logits / temperature)``.
        top_p: Nucleus sampling (with ``do_sample``): sample only from the most likely tokens
            whose probability reaches ``top_p``; 1.0 (default) keeps every token.
        seed: Seeds the sampler. Each prompt samples from its own generator, seeded from
            ``seed``, its token ids and its repeat number, so its continuation does not depend on
            the batch it lands in; torch's global RNG is not touched. Without a seed, one is drawn
            from torch's global RNG.
        stop_when: A function of the generated text (special tokens dropped) returning the character
            index to cut at, or None to go on; generation of that prompt stops once it returns an
            index, and the text is cut there (e.g. right after the key sentence). It must depend
            on the text alone: at each step it runs once per distinct generated ids list (rows
            that generated the same tokens so far share the answer).
        stop_strings: Generation of a prompt stops once its text contains one of them; the text is
            cut right after the first occurrence. EOS always stops.
        interventions: :mod:`keysent.engine` readers and editors run at every decoding step
            (steering with :class:`keysent.edits.ResidualAddition`, knock-outs with
            :class:`keysent.edits.AttentionBlock`); their ``Batch.indices`` are indices into
            ``prompts`` and positions are absolute in each prompt + its generated tokens (see
            :mod:`keysent.generation.decoding`). None: the hook-free loop.
        indices: What ``Batch.indices`` reports for each prompt (default: its position in
            ``prompts``), e.g. the prompts' positions in a longer list generated in chunks.
        progress: Show a tqdm bar over batches.

    Returns:
        One :class:`GenerationOutput` per prompt.
    """
    import torch
    from tqdm.auto import tqdm

    from keysent.generation.decoding import decode_batch, row_generator

    if not hasattr(hf_model, "generate"):
        raise KeysentError(
            f"hf_model ({type(hf_model).__name__}) has no .generate; pass the Hugging Face model "
            "(for a model from keysent.load_model: model.generation_model)"
        )
    _check_int("max_new_tokens", max_new_tokens, 1)
    _check_int("batch_size", batch_size, 1)
    if seed is not None:
        _check_int("seed", seed, 0)
    if do_sample and (not isinstance(temperature, (int, float)) or temperature <= 0):
        raise ConfigError(f"temperature must be > 0 when sampling, got {temperature!r}")
    if isinstance(top_p, bool) or not isinstance(top_p, (int, float)) or not 0.0 < top_p <= 1.0:
        raise ConfigError(f"top_p must be a number in (0, 1], got {top_p!r}")
    if stop_strings is not None:
        if isinstance(stop_strings, str):
            stop_strings = [stop_strings]
        stop_strings = list(stop_strings)
        if not stop_strings or not all(isinstance(s, str) and s for s in stop_strings):
            raise ConfigError(
                f"stop_strings must be a list of non-empty strings, got {stop_strings!r}"
            )
    eos_id = tokenizer.eos_token_id
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos_id
    if pad_id is None:
        raise KeysentError(
            "the tokenizer has neither a pad nor an EOS token; set tokenizer.pad_token first"
        )
    gen_eos = getattr(getattr(hf_model, "generation_config", None), "eos_token_id", None)
    eos_ids = set()
    for e in (eos_id, gen_eos):
        if isinstance(e, int):
            eos_ids.add(e)
        elif isinstance(e, (list, tuple)):
            eos_ids.update(int(x) for x in e)

    all_ids = _prompt_ids(tokenizer, prompts)
    if indices is not None and len(indices) != len(all_ids):
        raise ConfigError(f"indices has {len(indices)} entries for {len(all_ids)} prompts")
    ids_of = list(indices) if indices is not None else list(range(len(all_ids)))
    device = next(hf_model.parameters()).device
    batches = length_sorted_batches([len(x) for x in all_ids], batch_size)
    results: list[GenerationOutput | None] = [None] * len(all_ids)

    row_done = _stop_check(tokenizer, stop_strings, stop_when)
    temp = float(temperature) if do_sample else None
    occurrences: dict[tuple[int, ...], int] = {}
    row_seeds: list[int] = []
    for ids in all_ids:  # the k-th repeat of a prompt gets the k-th stream of that prompt
        key = tuple(ids)
        row_seeds.append(occurrences.get(key, 0))
        occurrences[key] = row_seeds[-1] + 1
    base_seed = 0
    if do_sample:  # without a seed, draw one from torch's global RNG (as generate() would use it)
        base_seed = seed if seed is not None else int(torch.randint(0, 2**62, (1,)).item())

    was_training = getattr(hf_model, "training", False)
    hf_model.eval()
    try:
        with torch.inference_mode():
            bar = tqdm(batches, desc="generating", unit="batch", disable=not progress)
            for batch in bar:
                rows = [all_ids[i] for i in batch]
                gens = ([row_generator(base_seed, rows[r], row_seeds[i], device)
                         for r, i in enumerate(batch)] if do_sample else None)
                try:
                    new = decode_batch(hf_model, rows, max_new_tokens=max_new_tokens, pad_id=pad_id,
                                       eos_ids=eos_ids, temperature=temp, generators=gens,
                                       top_p=float(top_p) if do_sample and top_p < 1.0 else None,
                                       row_done=row_done, interventions=interventions,
                                       row_ids=[ids_of[i] for i in batch])
                except (RuntimeError, IndexError) as exc:
                    raise KeysentError(
                        f"generation failed on a batch of {len(rows)} prompt(s) of up to "
                        f"{max(len(r) for r in rows)} tokens: {exc}. Check that the prompts fit the "
                        "model's context and the tokenizer belongs to the model"
                    ) from exc
                for r, idx in enumerate(batch):
                    results[idx] = _finish(tokenizer, rows[r], new[r], eos_ids, stop_strings,
                                           stop_when)
    finally:
        if was_training:
            hf_model.train()
    return [r for r in results if r is not None]


def _finish(tokenizer: Any, prompt: list[int], new: list[int], eos_ids: set[int],
            stop_strings: Sequence[str] | None,
            stop_when: Callable[[str], int | None] | None = None) -> GenerationOutput:
    """One prompt's output from its :func:`~keysent.generation.decoding.decode_batch` row, which ends
    at the row's first EOS, its budget, or the token on which a stop check fired."""
    ids = list(new)
    reason = "eos" if ids and ids[-1] in eos_ids else "length"
    body = ids[:-1] if reason == "eos" else ids
    text = tokenizer.decode(body, skip_special_tokens=False)
    stop = None
    if stop_strings:
        hit = _trim_at_stop(tokenizer, body, stop_strings)
        if hit is not None:
            ids, text, stop = hit
            reason = "stop"
    if stop_when is not None and stop is None:
        cut = _trim_at_cut(tokenizer, body, stop_when)
        if cut is not None:
            ids, text = cut
            reason = "stop"
    return GenerationOutput(list(prompt), ids, text, reason, stop)
