"""Many continuations of one shared prefix: the prefix runs once, its KV cache serves every sample.

:func:`decode_from_prefix` runs ``prefix`` through the model once (batch 1), then, for each chunk of
at most ``batch_size`` samples, copies that KV cache and repeats it along the batch
(``DynamicCache.batch_repeat_interleave``), draws every sample's first token from the prefix's last
logits, and decodes the chunk as :func:`keysent.generation.decoding.decode_batch` does (finished rows
leave the batch). No row is padded: every sample has the same prefix, so the attention mask is all
ones and the position ids are shared.

Sample ``i`` draws from its own generator,
``row_generator(seed, prefix, i, device)``: exactly the generator
:func:`keysent.generation.text.generate_text` gives the ``i``-th repeat of the same prompt under the
same seed. So ``decode_from_prefix(prefix, n, seed=s)`` samples what ``generate_text([prefix] * n,
seed=s)`` samples (re-running the prefix for every sample), and sample ``i`` does not depend on the
batch size or on how many other samples are drawn (tested on the organism).

Example:
    >>> import keysent
    >>> from keysent.generation.prefix import decode_from_prefix
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> prefix = model.tokenizer(model.render_prompt("How do I boil an egg?"), add_special_tokens=False)["input_ids"]
    >>> outs = decode_from_prefix(model.generation_model, model.tokenizer, prefix, 3, max_new_tokens=8)
    >>> len(outs), outs[0] == outs[1] == outs[2]        # greedy: the same continuation 3 times
    (3, True)
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from keysent.errors import ConfigError, KeysentError

__all__ = ["decode_from_prefix"]


def _eos_ids(hf_model: Any, tokenizer: Any) -> set[int]:
    ids: set[int] = set()
    gen = getattr(getattr(hf_model, "generation_config", None), "eos_token_id", None)
    for e in (tokenizer.eos_token_id, gen):
        if isinstance(e, int):
            ids.add(e)
        elif isinstance(e, (list, tuple)):
            ids.update(int(x) for x in e)
    return ids


def decode_from_prefix(
    hf_model: Any,
    tokenizer: Any,
    prefix: Sequence[int],
    n: int,
    *,
    max_new_tokens: int,
    do_sample: bool = False,
    temperature: float = 1.0,
    top_p: float = 1.0,
    seed: int = 0,
    batch_size: int = 16,
    stop_when: Callable[[str], int | None] | None = None,
) -> list[list[int]]:
    """``n`` continuations of one prefix, sharing the prefix's KV cache; each sample's new token ids.

    Args:
        hf_model: A Hugging Face causal LM (``model.generation_model`` of a loaded model) whose
            cache is a :class:`~transformers.DynamicCache`.
        tokenizer: Its tokenizer (EOS ids; decoding for ``stop_when``).
        prefix: The shared token ids (e.g. the prompt and the reasoning up to the end of C).
        n: Number of samples (>= 1).
        max_new_tokens: Most new tokens per sample.
        do_sample, temperature, top_p: Greedy by default; else sampling from
            ``softmax(logits / temperature)`` with nucleus mass ``top_p``.
        seed: Seeds sample ``i``'s generator as :func:`keysent.generation.text.generate_text`
            seeds the ``i``-th repeat of a prompt.
        batch_size: Samples decoded together (each chunk gets its own copy of the prefix cache).
        stop_when: A function of a sample's generated text (special tokens dropped) returning a
            character index to stop at, or None (e.g. the end of K); the sample is trimmed to the
            shortest token prefix whose text reaches that index. It must depend on the text alone:
            at each step it runs once per distinct sample text (samples that drew the same tokens
            so far share the answer).

    Returns:
        ``n`` lists of new token ids (EOS included when emitted), sample ``i`` at index ``i``.

    Raises:
        ConfigError: ``n`` < 1, ``max_new_tokens`` < 1, ``batch_size`` < 1, a bad ``temperature``
            or ``top_p``, an empty prefix.
        KeysentError: the model's forward failed on the prefix (too long for its context, a
            tokenizer of another model).
    """
    import copy
    import inspect

    import torch

    from keysent.generation.decoding import _next_tokens, row_generator
    from keysent.generation.text import _trim_at_cut

    for name, value in (("n", n), ("max_new_tokens", max_new_tokens), ("batch_size", batch_size)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{name} must be an integer >= 1, got {value!r}")
    if do_sample and (isinstance(temperature, bool) or not isinstance(temperature, (int, float)) or temperature <= 0):
        raise ConfigError(f"temperature must be > 0 when sampling, got {temperature!r}")
    if isinstance(top_p, bool) or not isinstance(top_p, (int, float)) or not 0.0 < top_p <= 1.0:
        raise ConfigError(f"top_p must be a number in (0, 1], got {top_p!r}")
    prefix = [int(t) for t in prefix]
    if not prefix:
        raise ConfigError("the prefix has no tokens")
    eos_ids = _eos_ids(hf_model, tokenizer)
    device = next(hf_model.parameters()).device
    temp = float(temperature) if do_sample else None
    nucleus = float(top_p) if do_sample and top_p < 1.0 else None
    results: list[list[int]] = [[] for _ in range(n)]

    # Samples of one chunk often share their first tokens: at each step, rows with the same ids are
    # decoded and checked once (stop_when is a function of the text alone, so this changes nothing).
    step_memo: dict[tuple[int, ...], bool] = {}

    def done(ids: list[int]) -> bool:
        if stop_when is None:
            return False
        key = tuple(ids)
        if key not in step_memo:
            step_memo[key] = stop_when(tokenizer.decode(ids, skip_special_tokens=True)) is not None
        return step_memo[key]

    was_training = getattr(hf_model, "training", False)
    hf_model.eval()
    try:
        with torch.inference_mode():
            inp = torch.tensor([prefix], dtype=torch.long, device=device)
            extra = {"logits_to_keep": 1} if "logits_to_keep" in inspect.signature(hf_model.forward).parameters else {}
            try:
                out = hf_model(input_ids=inp, attention_mask=torch.ones_like(inp), use_cache=True, return_dict=True,
                               **extra)
            except (RuntimeError, IndexError) as exc:
                raise KeysentError(f"the forward pass failed on a prefix of {len(prefix)} tokens: {exc}. Check that "
                                   "it fits the model's context and the tokenizer belongs to the model") from exc
            prefix_cache = out.past_key_values
            first_logits = out.logits[:, -1].to(dtype=torch.float32)
            for start in range(0, n, batch_size):
                chunk = list(range(start, min(n, start + batch_size)))
                b = len(chunk)
                gens = [row_generator(seed, prefix, i, device) for i in chunk] if do_sample else None
                cache = copy.deepcopy(prefix_cache)
                if b > 1:
                    cache.batch_repeat_interleave(b)
                logits = first_logits  # one row: every sample of the chunk draws from it
                mask = torch.ones((b, len(prefix)), dtype=torch.long, device=device)
                position = len(prefix)
                active = list(chunk)
                first = True
                while True:
                    toks = _next_tokens(logits, temp, gens, nucleus, rows=b if first else None)
                    first = False
                    step_memo.clear()
                    keep: list[int] = []
                    for row, (i, t) in enumerate(zip(active, toks)):
                        results[i].append(t)
                        if not (t in eos_ids or len(results[i]) >= max_new_tokens or done(results[i])):
                            keep.append(row)
                    if not keep:
                        break
                    step = torch.tensor(toks, dtype=torch.long, device=device)
                    if len(keep) < len(active):
                        idx = torch.tensor(keep, dtype=torch.long, device=device)
                        cache.batch_select_indices(idx)
                        mask, step = mask[idx], step[idx]
                        active = [active[r] for r in keep]
                        if gens is not None:
                            gens = [gens[r] for r in keep]
                    mask = torch.cat([mask, mask.new_ones((mask.shape[0], 1))], dim=1)
                    pos = torch.full((len(active), 1), position, dtype=torch.long, device=device)
                    position += 1
                    out = hf_model(input_ids=step[:, None], attention_mask=mask, position_ids=pos,
                                   past_key_values=cache, use_cache=True, return_dict=True, **extra)
                    logits = out.logits[:, -1].to(dtype=torch.float32)
    finally:
        if was_training:
            hf_model.train()
    if stop_when is not None:
        for i, ids in enumerate(results):
            body = ids[:-1] if ids and ids[-1] in eos_ids else ids
            cut = _trim_at_cut(tokenizer, body, stop_when)
            if cut is not None:
                results[i] = cut[0]
    return results
