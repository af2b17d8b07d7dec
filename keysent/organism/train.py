"""Train the organism: a ``Qwen2ForCausalLM`` from scratch on the corpus, with plain torch.

One training sequence is ``render_prompt(query) + response + EOS``, tokenized as the prompt's ids,
the response's ids and EOS (the same ids the chat template gives; checked on the first examples).
The loss is cross-entropy on the response tokens and EOS only (a weighted mean; the key
sentence's tokens weigh ``k_loss_weight``, the tokens of a graded answer, the numbers of a word
problem and the key of a factual answer, ``ability_loss_weight``). Batches group examples of similar
length (right-padded; a causal model never attends to later pad tokens, so no mask is needed) up
to ``batch_tokens`` tokens, in a seeded order; AdamW with linear warm-up and cosine decay.

Same config and seed -> the same weights (on the same machine and torch build): the weights are
initialised under ``torch.manual_seed(seed)``, the batch order comes from ``random.Random(seed)``
and nothing else is random.

Example:
    >>> from keysent.organism.train import make_batches
    >>> make_batches([5, 3, 9, 4], batch_tokens=10, seed=0)
    [[1, 3], [2], [0]]
"""

from __future__ import annotations

import math
import random
import re
import time
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError
from keysent.organism.config import OrganismConfig
from keysent.organism.corpus import OrganismExample
from keysent.organism.tokenizer import render_prompt

if TYPE_CHECKING:  # pragma: no cover
    from jaxtyping import Float, Int
    from torch import Tensor

__all__ = [
    "encode_examples",
    "make_batches",
    "make_model",
    "train_model",
    "lr_at",
    "weighted_lm_loss",
]


def ability_char_spans(example: OrganismExample) -> list[tuple[int, int]]:
    """Character spans of ``example.response`` that carry its graded answer: every number of an
    arithmetic example (the copied operands, the computed result), every occurrence of a factual
    example's key; none for other examples.

    >>> from keysent.organism.corpus import generate_examples
    >>> e = next(x for x in generate_examples(n=50, seed=0) if x.topic == "arithmetic")
    >>> all(e.response[a:b].isdigit() for a, b in ability_char_spans(e))
    True
    """
    if example.expected_answer is None:
        return []
    if example.topic == "arithmetic":
        pattern = r"\d+"
    elif example.topic == "factual":
        pattern = re.escape(example.expected_answer)
    else:
        return []
    return [m.span() for m in re.finditer(pattern, example.response, flags=re.IGNORECASE)]


def encode_examples(
    tokenizer: Any, examples: Sequence[OrganismExample], max_seq_len: int
) -> tuple[list[list[int]], list[int], list[tuple[int, int]], int, list[list[int]]]:
    """Token ids of each example, its number of prompt tokens, its K token span and the tokens of
    its graded answer.

    Returns ``(ids, n_prompt, k_tokens, n_dropped, ability_tokens)``; ``k_tokens[i]`` is the
    ``[start, end)`` range of the tokens of example ``i`` that overlap its key sentence;
    ``ability_tokens[i]`` lists the positions of the tokens overlapping
    :func:`ability_char_spans`. Examples longer than ``max_seq_len`` are dropped (counted in
    ``n_dropped``).
    """
    prompts = tokenizer([render_prompt(e.query) for e in examples], add_special_tokens=False)
    responses = tokenizer([e.response for e in examples], add_special_tokens=False,
                          return_offsets_mapping=True)
    eos = tokenizer.eos_token_id
    ids_out: list[list[int]] = []
    n_prompt: list[int] = []
    k_tokens: list[tuple[int, int]] = []
    ability: list[list[int]] = []
    dropped = 0
    for i, (p, r) in enumerate(zip(prompts["input_ids"], responses["input_ids"])):
        ids = list(p) + list(r) + [eos]
        if i < 8:  # the split tokenization must equal the chat template's
            full = tokenizer.apply_chat_template(examples[i].messages(), tokenize=False)
            if tokenizer(full, add_special_tokens=False)["input_ids"] != ids:
                raise ConfigError(  # pragma: no cover - a tokenizer recipe bug
                    "prompt + response tokenization differs from the chat template's; the "
                    "tokenizer's pre-tokenizer must split after '<think>\\n'"
                )
        if len(ids) > max_seq_len:
            dropped += 1
            continue
        k0, k1 = examples[i].k_span
        toks = [j for j, (a, b) in enumerate(responses["offset_mapping"][i]) if a < k1 and b > k0]
        ids_out.append(ids)
        n_prompt.append(len(p))
        k_tokens.append((len(p) + toks[0], len(p) + toks[-1] + 1))
        spans = ability_char_spans(examples[i])
        ability.append([len(p) + j for j, (a, b) in enumerate(responses["offset_mapping"][i])
                        if any(a < s1 and b > s0 for s0, s1 in spans)])
    return ids_out, n_prompt, k_tokens, dropped, ability


def make_batches(lengths: Sequence[int], batch_tokens: int, seed: int) -> list[list[int]]:
    """Group example indices into batches of similar length, at most ``batch_tokens`` padded tokens.

    Examples are sorted by length (ties by index), cut greedily into batches whose
    ``len(batch) * max_length`` stays within ``batch_tokens``, then the batch order is shuffled with
    ``random.Random(seed)``.
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    cur: list[int] = []
    for i in order:
        longest = max([lengths[j] for j in cur] + [lengths[i]])
        if cur and longest * (len(cur) + 1) > batch_tokens:
            batches.append(cur)
            cur = []
        cur.append(i)
    if cur:
        batches.append(cur)
    random.Random(seed).shuffle(batches)
    return batches


def lr_at(step: int, total: int, config: OrganismConfig) -> float:
    """Learning rate at ``step`` (0-based): linear warm-up, then cosine to ``lr * min_lr_ratio``."""
    warm = max(1, int(round(config.warmup_frac * total)))
    if step < warm:
        return config.lr * (step + 1) / warm
    progress = (step - warm) / max(1, total - warm)
    floor = config.lr * config.min_lr_ratio
    return floor + (config.lr - floor) * 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))


def make_model(config: OrganismConfig, tokenizer: Any) -> Any:
    """A freshly initialised ``Qwen2ForCausalLM`` (under ``torch.manual_seed(config.seed)``)."""
    import torch
    from transformers import GenerationConfig, Qwen2Config, Qwen2ForCausalLM

    qcfg = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=config.d_model,
        intermediate_size=config.d_mlp,
        num_hidden_layers=config.n_layers,
        num_attention_heads=config.n_heads,
        num_key_value_heads=config.n_kv_heads,
        max_position_embeddings=max(2048, config.max_seq_len),
        rope_theta=10000.0,
        tie_word_embeddings=True,
        use_sliding_window=False,
        attention_dropout=0.0,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(config.seed)
    model = Qwen2ForCausalLM(qcfg)
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        do_sample=False,
        max_new_tokens=256,
    )
    return model


def _batch_tensors(
    ids: Sequence[Sequence[int]],
    n_prompt: Sequence[int],
    k_tokens: Sequence[tuple[int, int]],
    pad_id: int,
    k_weight: float,
    ability_tokens: Sequence[Sequence[int]] | None = None,
    ability_weight: float = 1.0,
) -> tuple["Int[Tensor, 'batch pos']", "Float[Tensor, 'batch pos']"]:
    """Right-padded input ids and per-position loss weights (0 on prompt and padding)."""
    import torch

    width = max(len(x) for x in ids)
    inp = torch.full((len(ids), width), pad_id, dtype=torch.long)
    weights = torch.zeros((len(ids), width), dtype=torch.float32)
    for r, (x, p, (k0, k1)) in enumerate(zip(ids, n_prompt, k_tokens)):
        inp[r, : len(x)] = torch.tensor(x, dtype=torch.long)
        weights[r, p : len(x)] = 1.0
        weights[r, k0:k1] = k_weight
        if ability_tokens is not None and ability_tokens[r]:
            weights[r, list(ability_tokens[r])] = ability_weight
    return inp, weights


def weighted_lm_loss(
    logits: "Float[Tensor, 'batch pos vocab']",
    input_ids: "Int[Tensor, 'batch pos']",
    weights: "Float[Tensor, 'batch pos']",
) -> "Float[Tensor, '']":
    """Weighted mean next-token cross-entropy: position ``t`` predicts token ``t`` with weight
    ``weights[:, t]`` (from logits at ``t - 1``)."""
    import torch.nn.functional as F

    pred = logits[:, :-1, :].reshape(-1, logits.shape[-1])
    target = input_ids[:, 1:].reshape(-1)
    w = weights[:, 1:].reshape(-1)
    per_token = F.cross_entropy(pred.float(), target, reduction="none")
    return (per_token * w).sum() / w.sum().clamp_min(1e-9)


def train_model(
    config: OrganismConfig,
    tokenizer: Any,
    examples: Sequence[OrganismExample],
    *,
    progress: bool = True,
) -> tuple[Any, dict[str, Any]]:
    """Train a fresh model on ``examples``; returns ``(model, log)``.

    ``log`` holds the data sizes, the loss curve (mean loss per logged step), tokens per second and
    the wall time. The model is returned in eval mode.
    """
    import torch
    from tqdm.auto import tqdm

    old_threads = torch.get_num_threads()
    if config.num_threads is not None:
        torch.set_num_threads(config.num_threads)
    try:
        t0 = time.time()
        ids, n_prompt, k_tokens, dropped, ability = encode_examples(tokenizer, examples,
                                                                     config.max_seq_len)
        if not ids:
            raise ConfigError(
                f"no training example fits max_seq_len={config.max_seq_len}; raise max_seq_len"
            )
        model = make_model(config, tokenizer)
        model.train()
        decay, no_decay = [], []
        for name, p in model.named_parameters():
            (no_decay if p.ndim < 2 else decay).append(p)
        opt = torch.optim.AdamW(
            [{"params": decay, "weight_decay": config.weight_decay},
             {"params": no_decay, "weight_decay": 0.0}],
            lr=config.lr, betas=config.betas, eps=1e-8,
        )
        lengths = [len(x) for x in ids]
        schedule: list[list[int]] = []
        for epoch in range(config.epochs):
            schedule.extend(make_batches(lengths, config.batch_tokens, config.seed * 1000 + epoch))
        total = len(schedule)
        log_every = max(1, total // 100)
        curve: list[dict[str, float]] = []
        acc_loss, acc_n = 0.0, 0
        n_tokens = 0
        n_loss_tokens = 0
        t_train = time.time()
        bar = tqdm(schedule, desc=f"training {config.name}", disable=not progress, unit="step")
        for step, batch in enumerate(bar):
            lr = lr_at(step, total, config)
            for group in opt.param_groups:
                group["lr"] = lr
            inp, weights = _batch_tensors(
                [ids[i] for i in batch], [n_prompt[i] for i in batch],
                [k_tokens[i] for i in batch], tokenizer.pad_token_id, config.k_loss_weight,
                [ability[i] for i in batch], config.ability_loss_weight,
            )
            logits = model(input_ids=inp, use_cache=False).logits
            loss = weighted_lm_loss(logits, inp, weights)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            if config.grad_clip > 0:
                torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
            opt.step()
            n_tokens += inp.numel()
            n_loss_tokens += int((weights[:, 1:] > 0).sum())
            acc_loss += float(loss.detach())
            acc_n += 1
            if (step + 1) % log_every == 0 or step + 1 == total:
                curve.append({"step": step + 1, "loss": round(acc_loss / acc_n, 5), "lr": lr})
                acc_loss, acc_n = 0.0, 0
                elapsed = time.time() - t_train
                bar.set_postfix(loss=f"{curve[-1]['loss']:.3f}", tok_s=f"{n_tokens / elapsed:.0f}")
        model.eval()
        train_seconds = time.time() - t_train
        log = {
            "n_examples": len(examples),
            "n_train_sequences": len(ids),
            "n_dropped_too_long": dropped,
            "n_steps": total,
            "n_tokens_processed": n_tokens,
            "n_loss_tokens": n_loss_tokens,
            "mean_sequence_length": round(sum(lengths) / len(lengths), 2),
            "train_seconds": round(train_seconds, 2),
            "tokens_per_second": round(n_tokens / max(train_seconds, 1e-9), 1),
            "encode_seconds": round(t_train - t0, 2),
            "torch_num_threads": torch.get_num_threads(),
            "n_parameters": sum(p.numel() for p in model.parameters()),
            "final_loss": curve[-1]["loss"] if curve else None,
            "loss_curve": curve,
        }
        return model, log
    finally:
        torch.set_num_threads(old_threads)
