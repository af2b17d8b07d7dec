"""The KV-cached decoding loop behind :func:`keysent.traces.generate_text.generate_text`.

:func:`decode_batch` generates for one left-padded batch of prompts. It passes the model exactly
what Hugging Face's ``generate`` passes it (the 2-D attention mask, position ids counted from the
first real token, a :class:`~transformers.DynamicCache`, logits of the last position only), so
greedy output equals ``hf_model.generate(do_sample=False)`` token for token (tested). Two things
differ, both for speed and reproducibility:

* **Finished rows leave the batch.** A row that emitted EOS, hit its budget or was stopped by
  ``row_done`` is dropped from the KV cache and the mask at once, so the remaining rows stop
  paying for it. Reasoning traces in one batch end hundreds of tokens apart; ``generate`` keeps
  computing every row until the last one ends.
* **Sampling draws from one generator per row**, seeded from the row's own seed, so a sampled
  continuation does not depend on which other prompts share its batch, on the batch size or on
  the order of the prompts (a resumed run samples what an uninterrupted one would).

Only the per-step Python work of ``generate`` (logits processors, stopping-criteria lists, the
kwargs bookkeeping) is left out; the model's forward is the model's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from jaxtyping import Float, Int
    from torch import Tensor

__all__ = ["decode_batch", "left_pad", "row_generator"]


def left_pad(rows: Sequence[Sequence[int]], pad_id: int
             ) -> tuple["Int[Tensor, 'batch pos']", "Int[Tensor, 'batch pos']"]:
    """Token ids left-padded to one width, and the attention mask (1 = real token).

    >>> ids, mask = left_pad([[5, 6, 7], [8]], pad_id=0)
    >>> ids.tolist(), mask.tolist()
    ([[5, 6, 7], [0, 0, 8]], [[1, 1, 1], [0, 0, 1]])
    """
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for r, row in enumerate(rows):
        if row:
            ids[r, width - len(row):] = torch.tensor(list(row), dtype=torch.long)
            mask[r, width - len(row):] = 1
    return ids, mask


def row_generator(seed: int, key: Sequence[int], occurrence: int, device: Any) -> "torch.Generator":
    """A generator for one row, seeded from the run's seed, the prompt's ids and its occurrence.

    The same prompt under the same seed samples the same continuation wherever it sits; the k-th
    repeat of a prompt in one call gets its own stream.
    """
    import hashlib

    import torch

    h = hashlib.sha256(f"{seed}|{occurrence}|{','.join(map(str, key))}".encode()).digest()
    g = torch.Generator(device=device)
    g.manual_seed(int.from_bytes(h[:8], "little") & ((1 << 63) - 1))
    return g


def _next_tokens(logits: "Float[Tensor, 'batch vocab']", temperature: float | None,
                 generators: list[Any] | None) -> list[int]:
    import torch

    if temperature is None:
        return logits.argmax(dim=-1).tolist()
    probs = torch.softmax(logits / temperature, dim=-1)
    return [int(torch.multinomial(probs[r], 1, generator=generators[r]).item())  # type: ignore[index]
            for r in range(probs.shape[0])]


def decode_batch(
    hf_model: Any,
    rows: Sequence[Sequence[int]],
    *,
    max_new_tokens: int,
    pad_id: int,
    eos_ids: set[int],
    temperature: float | None = None,
    generators: list[Any] | None = None,
    row_done: Callable[[int, list[int]], bool] | None = None,
) -> list[list[int]]:
    """Generate for a batch of prompts; returns each row's new token ids (EOS included if emitted).

    Args:
        hf_model: A Hugging Face causal LM whose forward takes ``attention_mask``,
            ``position_ids``, ``past_key_values`` and ``use_cache``.
        rows: Prompt token ids, one list per row (left-padded here).
        max_new_tokens: Most new tokens per row.
        pad_id: Padding token id (never attended to).
        eos_ids: Token ids that end a row.
        temperature: None for greedy decoding; otherwise sample from ``softmax(logits / T)``.
        generators: One ``torch.Generator`` per row when sampling.
        row_done: Called as ``row_done(row_index, new_ids)`` after each token of a row that has
            not ended; True ends that row (e.g. a stop string appeared).
    """
    import inspect

    import torch

    device = next(hf_model.parameters()).device
    n = len(rows)
    if temperature is not None and (generators is None or len(generators) != n):
        from keysent.errors import ConfigError

        raise ConfigError(f"sampling needs one torch.Generator per row: {n} rows, "
                          f"{'no' if generators is None else len(generators)} generators")
    inp, mask = left_pad(rows, pad_id)
    inp, mask = inp.to(device), mask.to(device)
    positions = (mask.cumsum(-1) - 1).masked_fill(mask == 0, 0)

    extra: dict[str, Any] = {}
    if "logits_to_keep" in inspect.signature(hf_model.forward).parameters:
        extra["logits_to_keep"] = 1
    out = hf_model(input_ids=inp, attention_mask=mask, position_ids=positions, use_cache=True,
                   return_dict=True, **extra)
    cache = out.past_key_values
    new: list[list[int]] = [[] for _ in range(n)]
    active = list(range(n))  # original row index of each batch row still generating
    gens = generators
    while True:
        logits = out.logits[:, -1].to(dtype=torch.float32)
        toks = _next_tokens(logits, temperature, gens)
        keep: list[int] = []
        for b, (r, t) in enumerate(zip(active, toks)):
            new[r].append(t)
            ended = (t in eos_ids or len(new[r]) >= max_new_tokens
                     or (row_done is not None and row_done(r, new[r])))
            if not ended:
                keep.append(b)
        if not keep:
            return new
        step = torch.tensor(toks, dtype=torch.long, device=device)
        if len(keep) < len(active):
            idx = torch.tensor(keep, dtype=torch.long, device=device)
            cache.batch_select_indices(idx)
            mask, positions, step = mask[idx], positions[idx], step[idx]
            active = [active[b] for b in keep]
            if gens is not None:
                gens = [gens[b] for b in keep]
        mask = torch.cat([mask, mask.new_ones((mask.shape[0], 1))], dim=1)
        positions = positions[:, -1:] + 1
        out = hf_model(input_ids=step[:, None], attention_mask=mask, position_ids=positions,
                       past_key_values=cache, use_cache=True, return_dict=True, **extra)
