"""The KV-cached decoding loop behind :func:`keysent.generation.text.generate_text`.

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

**Hooked decoding.** ``interventions=`` takes :mod:`keysent.engine` readers and editors (e.g.
:class:`keysent.edits.ResidualAddition`) and runs them at every forward of the loop (the prompt
pass and each new token), on the plain model's modules under TransformerLens' hook names:
``blocks.{l}.hook_resid_pre`` / ``hook_resid_post`` (the input / output of decoder layer l) and
``ln_final.hook_out`` (the final norm's output). Each intervention's :class:`~keysent.engine.Batch`
carries the absolute positions (prompt + generated tokens, pads ``-1``) of the rows of that pass,
so "the last prompt token" and "every generated position" are plain position sets. An
:class:`keysent.edits.AttentionBlock` becomes an additive 4-D attention mask (0 or ``-inf``) on
every layer, in absolute positions, so knock-outs run with the KV cache. With no interventions the
loop is exactly the hook-free one.

Sampling: ``temperature`` alone samples from ``softmax(logits / T)``; ``top_p`` (nucleus sampling,
Holtzman et al. 2020) keeps the smallest set of most likely tokens whose probability reaches
``top_p`` (always at least the most likely one) and renormalises, as ``generate``'s
``TopPLogitsWarper`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from jaxtyping import Bool, Float, Int
    from torch import Tensor

from keysent.errors import ConfigError

__all__ = ["decode_batch", "left_pad", "row_generator", "nucleus_probs", "TwinHooks"]


def left_pad(rows: Sequence[Sequence[int]], pad_id: int
             ) -> tuple["Int[Tensor, 'batch pos']", "Int[Tensor, 'batch pos']"]:
    """Token ids left-padded to one width, and the attention mask (1 = real token).

    >>> ids, mask = left_pad([[5, 6, 7], [8]], pad_id=0)
    >>> ids.tolist(), mask.tolist()
    ([[5, 6, 7], [0, 0, 8]], [[1, 1, 1], [0, 0, 1]])
    """
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), int(pad_id), dtype=torch.long)
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


_SORT_VOCAB = 1024  # nucleus_probs sorts vocabularies up to this size


def nucleus_probs(probs: "Float[Tensor, 'batch vocab']", top_p: float) -> "Float[Tensor, 'batch vocab']":
    """Keep the smallest set of most likely tokens whose mass reaches ``top_p``; renormalise.

    The kept set is that of a full descending sort: sorted position ``j`` is kept when the mass
    strictly before it (``cumsum - p`` over the sorted values) is below ``top_p``; the most likely
    token always is. It is found without sorting the vocabulary: the boundary is searched among
    the ``top-k`` values (k = 256, then larger as the top-k mass asks, up to a values-only sort), whose cumulative sum
    is the full sort's own (the same values in the same order), and the kept tokens are those at
    least as likely as the last kept value. Only when that value is tied with the first dropped
    one (which of the tied tokens a sort keeps is the sort's choice) does a row fall back to the
    full sort with indices. So the result equals the full-sort rule bit for bit (tested), at a
    small part of its cost on a 150k-token vocabulary (on a trained model's peaked distribution,
    16 rows of DeepSeek-R1-Distill-Qwen's 151,665 tokens: about 0.03 s against 0.24 s on one
    thread; on a random model's flat one, 0.15 s). Vocabularies up to 1,024 tokens are sorted.

    >>> import torch
    >>> nucleus_probs(torch.tensor([[0.5, 0.3, 0.2]]), 0.7).tolist()
    [[0.625, 0.375, 0.0]]
    """
    import torch

    b, vocab = probs.shape
    if vocab <= _SORT_VOCAB:  # a small vocabulary sorts faster than it is searched
        kept = probs.masked_fill(~_sorted_keep(probs, top_p), 0.0)
        return kept / kept.sum(-1, keepdim=True)
    src = probs.detach()  # the kept set needs no gradient; the result keeps probs' own
    threshold = torch.empty((b, 1), dtype=probs.dtype, device=probs.device)
    todo = list(range(b))  # rows whose boundary is not found yet
    full_sort: list[int] = []  # rows with a tie across the boundary
    k = min(256, vocab)
    while todo:
        rows = src[todo]
        if k < vocab:
            vals = rows.topk(k, dim=-1).values
        else:
            vals = _sorted_values(rows)
        before = vals.cumsum(-1) - vals  # as the full sort computes it, position for position
        dropped = before[:, 1:] >= top_p  # monotone along the row: a suffix
        found = dropped.any(-1)
        m = dropped.int().argmax(-1) + 1  # kept count (where found): positions 0 .. m-1
        last = vals.gather(1, (m - 1)[:, None])[:, 0]
        tie = found & (vals.gather(1, m.clamp(max=k - 1)[:, None])[:, 0] == last)
        if k == vocab:  # every token kept where no position is dropped
            last = torch.where(found, last, vals[:, -1])
        idx = torch.tensor(todo, dtype=torch.long, device=probs.device)
        done = (found & ~tie) | (~found if k == vocab else torch.zeros_like(found))
        threshold[idx[done], 0] = last[done]
        full_sort += idx[tie].tolist()
        left = idx[~found].tolist() if k < vocab else []
        if left:  # next k: twice what the lightest row's top-k mass suggests (its tail is flatter)
            mass = float(vals[~found].sum(-1).min())
            k = vocab if not mass > 0 else min(vocab, max(16 * k, int(2 * k * top_p / mass)))
            if k > vocab // 8:
                k = vocab
        todo = left
    keep = src >= threshold
    for r in full_sort:
        keep[r] = _sorted_keep(src[r], top_p)
    kept = probs.masked_fill(~keep, 0.0)
    return kept / kept.sum(-1, keepdim=True)


def _sorted_values(rows: "Float[Tensor, 'batch vocab']") -> "Float[Tensor, 'batch vocab']":
    """Each row's values in descending order (numpy's values-only sort on CPU: no indices)."""
    import torch

    if rows.device.type != "cpu" or rows.dtype not in (torch.float32, torch.float64):
        return rows.sort(dim=-1, descending=True).values
    import numpy as np

    return torch.from_numpy(np.ascontiguousarray(np.sort(rows.numpy(), axis=-1)[:, ::-1]))


def _sorted_keep(probs: "Float[Tensor, '*batch vocab']", top_p: float) -> "Bool[Tensor, '*batch vocab']":
    """The kept tokens by the full sort (ties in the sort's own order): the nucleus rule itself."""
    import torch

    sorted_p, order = probs.sort(dim=-1, descending=True)
    keep_sorted = (sorted_p.cumsum(-1) - sorted_p) < top_p  # mass strictly before each token
    keep_sorted[..., 0] = True
    return torch.zeros_like(keep_sorted).scatter(-1, order, keep_sorted)


def _next_tokens(logits: "Float[Tensor, 'batch vocab']", temperature: float | None,
                 generators: list[Any] | None, top_p: float | None = None, *, rows: int | None = None) -> list[int]:
    """One token per row; ``rows`` given: ``logits`` is one row that all ``rows`` rows share (the
    first step after a shared prefix), so softmax and nucleus run once (the same values)."""
    import torch

    n = logits.shape[0] if rows is None else rows
    if temperature is None:
        toks = logits.argmax(dim=-1).tolist()
        return toks * n if rows is not None else toks
    probs = torch.softmax(logits / temperature, dim=-1)
    if top_p is not None and top_p < 1.0:
        probs = nucleus_probs(probs, top_p)
    if rows is not None:
        probs = probs.expand(n, -1)
    return [int(torch.multinomial(probs[r], 1, generator=generators[r]).item())  # type: ignore[index]
            for r in range(n)]


def _kind(name: str) -> str:
    from keysent.hook_names import parse_hook_name

    try:
        return parse_hook_name(name)[0]
    except ConfigError:
        return name


class TwinHooks:
    """Serves :mod:`keysent.engine` interventions on a plain Hugging Face model while decoding.

    Hook names map onto the model's own modules: ``blocks.{l}.hook_resid_pre`` (input of decoder
    layer ``l``), ``blocks.{l}.hook_resid_post`` (its output), ``ln_final.hook_out`` (the final
    norm's output). :class:`keysent.edits.AttentionBlock` editors are not hooked: the decoder
    turns them into an additive attention mask. Other hook names raise a :class:`ConfigError`.
    """

    def __init__(self, hf_model: Any, interventions: Sequence[Any]):
        from keysent.edits import AttentionBlock
        from keysent.engine import check_hook_names
        from keysent.hook_names import FINAL_NORM, RESIDUAL_KINDS, hook_name

        inner = getattr(hf_model, "model", None)
        layers = getattr(inner, "layers", None)
        norm = getattr(inner, "norm", None)
        if layers is None or norm is None:
            raise ConfigError(f"hooked decoding needs a decoder with model.layers and model.norm; "
                              f"{type(hf_model).__name__} has none")
        self.blocks = [iv for iv in interventions if isinstance(iv, AttentionBlock)]
        self.others = [iv for iv in interventions if not isinstance(iv, AttentionBlock)]
        self.modules: dict[str, tuple[Any, bool]] = {}  # name -> (module, pre-hook?)
        for layer in range(len(layers)):
            for kind in RESIDUAL_KINDS:
                self.modules[hook_name(kind, layer)] = (layers[layer], kind == "resid_pre")
        self.modules[FINAL_NORM] = (norm, False)
        bad = [n for iv in self.others for n in iv.hook_names() if n not in self.modules]
        if bad:
            kinds = sorted({_kind(n) for n in bad})
            raise ConfigError(f"hooked decoding serves resid_pre, resid_post and ln_final hooks (and AttentionBlock "
                              f"knock-outs); not {', '.join(kinds)}. Use keysent.engine.run_hooked on the bridge "
                              "for the other hook points")
        self.names = check_hook_names(self.modules, self.others)
        self.handles: list[Any] = []

    def __enter__(self) -> "TwinHooks":
        for name in self.names:
            module, pre = self.modules[name]
            users = [iv for iv in self.others if name in iv.hook_names()]
            if pre:
                def pre_hook(mod: Any, args: tuple, kwargs: dict, users: list = users, name: str = name) -> Any:
                    x = args[0]
                    for iv in users:
                        x = iv.apply(name, x)
                    return (x, *args[1:]), kwargs

                self.handles.append(module.register_forward_pre_hook(pre_hook, with_kwargs=True))
            else:
                def post_hook(mod: Any, args: tuple, out: Any, users: list = users, name: str = name) -> Any:
                    x = out[0] if isinstance(out, tuple) else out
                    for iv in users:
                        x = iv.apply(name, x)
                    return (x, *out[1:]) if isinstance(out, tuple) else x

                self.handles.append(module.register_forward_hook(post_hook))
        return self

    def __exit__(self, *exc: Any) -> None:
        for h in self.handles:
            h.remove()
        self.handles = []

    def start(self, batch: Any) -> None:
        """``start_batch`` of the hooked interventions (attention blocks are asked for
        :meth:`~keysent.edits.AttentionBlock.scores_mask` instead)."""
        for iv in self.others:
            iv.start_batch(batch)

    def end(self, batch: Any) -> None:
        for iv in self.others + self.blocks:
            iv.end_batch(batch)

    def attention_mask(self, batch: Any, mask2d: "Tensor", pads: "Tensor", dtype: Any) -> "Tensor | None":
        """The 4-D additive mask ``[batch, 1, query, key]`` for a pass with AttentionBlocks, else None.

        ``mask2d`` is the 2-D padding mask over the key columns, ``pads`` each row's left padding
        (key column ``c`` of a row holds absolute position ``c - pad``).
        """
        import torch

        if not self.blocks:
            return None
        b, kv = mask2d.shape
        q = batch.length
        col_pos = torch.arange(kv, device=mask2d.device)[None, :] - pads[:, None]  # [b, kv] absolute
        qpos = batch.positions  # [b, q] absolute, -1 on pads
        q_col = (torch.arange(q, device=mask2d.device) + (kv - q))[None, :].expand(b, q)  # each row's own column
        causal = col_pos[:, None, :] > qpos[:, :, None]
        hidden = causal | (mask2d[:, None, :] == 0)
        for blk in self.blocks:
            abs_block = blk.scores_mask(batch).to(mask2d.device)  # [b, q, L] over absolute keys
            L = abs_block.shape[-1]
            idx = col_pos.clamp(0, max(L - 1, 0))[:, None, :].expand(b, q, kv)
            inside = ((col_pos >= 0) & (col_pos < L))[:, None, :]
            hidden = hidden | (abs_block.gather(2, idx) & inside)
        own = torch.zeros_like(hidden)
        own.scatter_(2, q_col[:, :, None], True)
        hidden = hidden & ~own  # a token always sees itself (pad rows too: no empty softmax row)
        return torch.zeros(hidden.shape, dtype=dtype, device=hidden.device).masked_fill(hidden, float("-inf"))[:, None]


def decode_batch(
    hf_model: Any,
    rows: Sequence[Sequence[int]],
    *,
    max_new_tokens: int,
    pad_id: int,
    eos_ids: set[int],
    temperature: float | None = None,
    top_p: float | None = None,
    generators: list[Any] | None = None,
    row_done: Callable[[int, list[int]], bool] | None = None,
    interventions: Sequence[Any] | None = None,
    row_ids: Sequence[int] | None = None,
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
        top_p: Nucleus sampling mass in (0, 1] (with ``temperature``); None or 1.0: off.
        generators: One ``torch.Generator`` per row when sampling.
        row_done: Called as ``row_done(row_index, new_ids)`` after each token of a row that has
            not ended; True ends that row (e.g. a stop string appeared).
        interventions: Readers and editors (see the module docs); None: the hook-free loop.
        row_ids: Each row's index in the caller's list, given to interventions as
            ``Batch.indices`` (default ``0..len(rows)-1``).

    Raises:
        ConfigError: sampling without one generator per row; a bad ``top_p``; a hook point the
            plain model cannot serve.
    """
    import contextlib
    import inspect

    import torch

    from keysent.engine import Batch

    device = next(hf_model.parameters()).device
    n = len(rows)
    if temperature is not None and (generators is None or len(generators) != n):
        raise ConfigError(f"sampling needs one torch.Generator per row: {n} rows, "
                          f"{'no' if generators is None else len(generators)} generators")
    if top_p is not None and not 0.0 < float(top_p) <= 1.0:
        raise ConfigError(f"top_p must be in (0, 1], got {top_p!r}")
    hooks = TwinHooks(hf_model, interventions) if interventions else None
    ids_of = list(row_ids) if row_ids is not None else list(range(n))
    prompt_lengths = [len(r) for r in rows]
    inp, mask = left_pad(rows, pad_id)
    inp, mask = inp.to(device), mask.to(device)
    positions = (mask.cumsum(-1) - 1).masked_fill(mask == 0, 0)
    pads = (mask == 0).sum(-1)

    extra: dict[str, Any] = {}
    if "logits_to_keep" in inspect.signature(hf_model.forward).parameters:
        extra["logits_to_keep"] = 1
    active = list(range(n))  # original row index of each batch row still generating

    def forward(input_ids: "Tensor", attn: "Tensor", pos: "Tensor", step: int, cache: Any = None) -> Any:
        if hooks is None:
            return hf_model(input_ids=input_ids, attention_mask=attn, position_ids=pos,
                            past_key_values=cache, use_cache=True, return_dict=True, **extra)
        real_pos = pos.masked_fill(attn[:, -pos.shape[1]:] == 0, -1)
        batch = Batch(indices=[ids_of[r] for r in active], length=int(pos.shape[1]), device=device,
                      positions=real_pos, prompt_lengths=[prompt_lengths[r] for r in active], step=step)
        hooks.start(batch)
        mask4 = hooks.attention_mask(batch, attn, pads_now[0], next(hf_model.parameters()).dtype)
        out = hf_model(input_ids=input_ids, attention_mask=attn if mask4 is None else mask4, position_ids=pos,
                       past_key_values=cache, use_cache=True, return_dict=True, **extra)
        hooks.end(batch)
        return out

    pads_now = [pads]
    with hooks if hooks is not None else contextlib.nullcontext():
        out = forward(inp, mask, positions, 0)
        cache = out.past_key_values
        new: list[list[int]] = [[] for _ in range(n)]
        gens = generators
        step_no = 0
        while True:
            logits = out.logits[:, -1].to(dtype=torch.float32)
            toks = _next_tokens(logits, temperature, gens, top_p)
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
                pads_now[0] = pads_now[0][idx]
                active = [active[b] for b in keep]
                if gens is not None:
                    gens = [gens[b] for b in keep]
            mask = torch.cat([mask, mask.new_ones((mask.shape[0], 1))], dim=1)
            positions = positions[:, -1:] + 1
            step_no += 1
            out = forward(step[:, None], mask, positions, step_no, cache)
