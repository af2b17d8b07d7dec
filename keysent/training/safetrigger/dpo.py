"""Direct Preference Optimization (Rafailov et al. 2023) as plain tensor functions, and the DPO
stage of Safe Trigger with the trainer's checkpoints, resume and NaN stop.

The loss is a function of per-sequence **summed** log-probabilities of the response tokens:
``-logsigmoid(beta * ((pi_c - ref_c) - (pi_r - ref_r)))``, mean over pairs, ``beta`` 0.1 (TRL's
default; TRL's ``loss_type="sigmoid"``, tested equal with its gradient to 1e-5 in
``tests/unit/training/test_training_safetrigger_dpo.py``). The reference log-probabilities are computed once,
with no gradient, from the frozen starting model and stored with the pairs: no second model is
held in memory.

>>> import torch
>>> z = torch.zeros(2)
>>> round(float(dpo_loss(z, z, z, z, beta=0.1)), 6)  # equal margins: log 2
0.693147
"""

from __future__ import annotations

import json
import math
from collections import Counter
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import KeysentError

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from jaxtyping import Float, Int
    from torch import Tensor

    from keysent.models.loading import LoadedModel
    from keysent.training.safetrigger.config import SafeTriggerConfig


def dpo_loss(pi_chosen: "Float[Tensor, ' pairs']", pi_rejected: "Float[Tensor, ' pairs']",
             ref_chosen: "Float[Tensor, ' pairs']", ref_rejected: "Float[Tensor, ' pairs']", *,
             beta: float = 0.1) -> "Float[Tensor, '']":
    """The sigmoid DPO loss, mean over pairs (inputs: summed response log-probabilities, nats)."""
    import torch.nn.functional as F

    margin = (pi_chosen - ref_chosen) - (pi_rejected - ref_rejected)
    return (-F.logsigmoid(beta * margin)).mean()


def response_logprobs(hf_model: Any, input_ids: "Int[Tensor, 'batch pos']", attention_mask: "Int[Tensor, 'batch pos']",
                      response_mask: "Int[Tensor, 'batch pos']") -> "Float[Tensor, ' batch']":
    """Summed log-probability (nats) of the tokens marked in ``response_mask`` (token ``t`` is
    predicted at position ``t - 1``); right-padded batches, padding masked by ``attention_mask``."""
    import torch

    out = hf_model(input_ids=input_ids, attention_mask=attention_mask, use_cache=False)
    logp = torch.log_softmax(out.logits[:, :-1].float(), dim=-1)
    tok = logp.gather(-1, input_ids[:, 1:, None]).squeeze(-1)
    return (tok * response_mask[:, 1:].to(tok.dtype)).sum(-1)


@dataclass(frozen=True)
class PairTokens:
    """One DPO pair as token ids: the prompt's length and each full sequence (prompt + response + EOS)."""

    chosen: tuple[int, ...]
    rejected: tuple[int, ...]
    prompt_len: int
    kind: str


def tokenize_pairs(model: "LoadedModel", pairs: Sequence[dict[str, Any]]) -> list[PairTokens]:
    """Tokenise ``{"query", "chosen", "rejected", "kind"}`` rows with the model's chat template."""
    eos = model.tokenizer.eos_token_id if model.chat.eos_token else None
    out = []
    for p in pairs:
        prompt = model.render_prompt(p["query"])
        n = len(model.tokenize(prompt).ids)
        seqs = []
        for side in ("chosen", "rejected"):
            ids = list(model.tokenize(prompt + p[side]).ids) + ([int(eos)] if eos is not None else [])
            seqs.append(tuple(ids))
        out.append(PairTokens(seqs[0], seqs[1], n, p.get("kind", "")))
    return out


def _pad(seqs: Sequence[Sequence[int]], prompt_lens: Sequence[int], pad_id: int, device: Any):
    import torch

    T = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), T), int(pad_id), dtype=torch.long)
    att = torch.zeros((len(seqs), T), dtype=torch.long)
    resp = torch.zeros((len(seqs), T), dtype=torch.long)
    for i, (s, p) in enumerate(zip(seqs, prompt_lens)):
        ids[i, : len(s)] = torch.tensor(s)
        att[i, : len(s)] = 1
        resp[i, p: len(s)] = 1
    return ids.to(device), att.to(device), resp.to(device)


def batch_logprobs(hf: Any, toks: Sequence[PairTokens], pad_id: int, device: Any) -> "tuple[Tensor, Tensor]":
    """``(chosen, rejected)`` summed response log-probabilities of ``toks`` (one forward pass)."""
    seqs = [t.chosen for t in toks] + [t.rejected for t in toks]
    ids, att, resp = _pad(seqs, [t.prompt_len for t in toks] * 2, pad_id, device)
    lp = response_logprobs(hf, ids, att, resp)
    return lp[: len(toks)], lp[len(toks):]


def reference_logprobs(model: "LoadedModel", toks: Sequence[PairTokens], *, batch_size: int = 8,
                       progress: bool = False) -> list[tuple[float, float]]:
    """The frozen starting model's ``(chosen, rejected)`` log-probabilities per pair, no gradient."""
    import torch
    from tqdm.auto import tqdm

    hf = model.generation_model
    pad = model.tokenizer.pad_token_id if model.tokenizer.pad_token_id is not None else 0
    out: list[tuple[float, float]] = []
    was = hf.training
    hf.eval()
    with torch.no_grad():
        for i in tqdm(range(0, len(toks), batch_size), desc="reference log-probs", disable=not progress, leave=False):
            c, r = batch_logprobs(hf, toks[i: i + batch_size], pad, model.device)
            out.extend(zip(c.tolist(), r.tolist()))
    hf.train(was)
    return out


class DPOError(KeysentError):
    """The DPO stage cannot go on (a NaN or infinite loss, or no pairs)."""


def train_dpo(model: "LoadedModel", pairs: Sequence[dict[str, Any]], cfg: "SafeTriggerConfig", *, work: Path,
              resume: bool = False, progress: bool = True, stop_after_epochs: int | None = None) -> dict[str, Any]:
    """DPO in place on ``model``'s shared weights, checkpointed per epoch in ``work``.

    The reference log-probabilities are computed at the start from the model as it is (the
    frozen starting model) and stored in ``work/reference.json`` with its weights fingerprint; a
    resumed run reads them back. AdamW (betas 0.9/0.95, no weight decay), constant learning rate
    ``cfg.dpo_lr``, gradient clipping at 1.0.

    Returns:
        ``{"history": per-epoch mean loss, reward accuracy and margin, "steps", "seconds", "n_pairs"}``.

    Raises:
        DPOError: no pairs, or a NaN/infinite loss (the last good checkpoint is kept).
        ConfigError: a checkpoint of another model or other settings on ``resume``.
    """
    import torch
    from tqdm.auto import tqdm
    from transformers import get_constant_schedule

    from keysent.atomic import write_json
    from keysent.errors import ConfigError
    from keysent.training.checkpoint import latest_checkpoint, load_checkpoint, save_checkpoint, weights_fingerprint

    if not pairs:
        raise DPOError("the DPO stage has no pairs; build them with the data stages (--stage sft or both)")
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    hf = model.generation_model
    toks = tokenize_pairs(model, pairs)
    ref_path = work / "reference.json"
    ckpt = latest_checkpoint(work)
    if ckpt is not None and not resume:
        raise ConfigError(f"{str(work)!r} holds a DPO checkpoint ({ckpt.name}); pass --resume to continue it, or --force")
    if ref_path.is_file():
        saved = json.loads(ref_path.read_text(encoding="utf-8"))
        if len(saved["logps"]) != len(toks):
            raise ConfigError(f"{ref_path} holds {len(saved['logps'])} reference pairs, not {len(toks)}; use a new --out")
        fingerprint, ref = saved["fingerprint"], [tuple(x) for x in saved["logps"]]
    else:
        fingerprint = weights_fingerprint(hf)
        ref = reference_logprobs(model, toks, batch_size=cfg.dpo_batch_size, progress=progress)
        write_json(ref_path, {"fingerprint": fingerprint, "beta": cfg.beta, "logps": [list(x) for x in ref]})
    params = [p for p in hf.parameters()]
    flags = [p.requires_grad for p in params]
    for p in params:
        p.requires_grad_(True)
    opt = torch.optim.AdamW(params, lr=cfg.dpo_lr, betas=(0.9, 0.95), weight_decay=0.0)
    sched = get_constant_schedule(opt)
    state: dict[str, Any] = {"model": model.name, "fingerprint": fingerprint, "config": cfg.to_dict(),
                             "history": [], "step": 0, "n_examples": len(toks), "seconds": 0.0}
    start = 0
    if ckpt is not None:
        state = load_checkpoint(ckpt, model=hf, head=None, optimizer=opt, scheduler=sched, fingerprint=fingerprint)
        if state.get("config") != cfg.to_dict():
            raise ConfigError(f"DPO checkpoint {str(ckpt)!r} was written with other settings; resume with the same options")
        start = int(state["epoch"])
    pad = model.tokenizer.pad_token_id if model.tokenizer.pad_token_id is not None else 0
    ref_t = torch.tensor(ref, dtype=torch.float32, device=model.device)
    n, bs = len(toks), cfg.dpo_batch_size
    step, t0 = int(state["step"]), time.perf_counter()
    hf.train()
    try:
        for epoch in range(start, cfg.dpo_epochs):
            if stop_after_epochs is not None and epoch >= stop_after_epochs:
                raise KeyboardInterrupt
            order = torch.randperm(n, generator=torch.Generator().manual_seed(cfg.seed * 100_003 + 77 + epoch)).tolist()
            sums = {"dpo": 0.0, "reward_accuracy": 0.0, "margin": 0.0}
            bar = tqdm(range(0, n, bs), desc=f"dpo epoch {epoch + 1}/{cfg.dpo_epochs}", disable=not progress, leave=False)
            for i in bar:
                rows = order[i: i + bs]
                c, r = batch_logprobs(hf, [toks[j] for j in rows], pad, model.device)
                rc, rr = ref_t[rows, 0], ref_t[rows, 1]
                loss = dpo_loss(c, r, rc, rr, beta=cfg.beta)
                if not math.isfinite(float(loss.detach())):
                    last = latest_checkpoint(work)
                    raise DPOError(f"DPO loss {float(loss)} at optimiser step {step + 1} (epoch {epoch + 1}, pairs "
                                   f"{i + 1}-{i + len(rows)}); the last good checkpoint is {last or 'none'}; lower "
                                   "--dpo-lr or check the pairs, then rerun with --resume")
                opt.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                sched.step()
                step += 1
                with torch.no_grad():
                    m = (c - rc) - (r - rr)
                sums["dpo"] += float(loss.detach()) * len(rows)
                sums["reward_accuracy"] += float((m > 0).float().sum())
                sums["margin"] += float(m.sum())
                bar.set_postfix(dpo=f"{sums['dpo'] / (i + len(rows)):.4f}")
            bar.close()
            state["history"].append({"epoch": epoch + 1, "steps": step, **{k: v / n for k, v in sums.items()}})
            state["step"] = step
            state["seconds"] = float(state["seconds"]) + time.perf_counter() - t0
            t0 = time.perf_counter()
            saved = save_checkpoint(work, epoch + 1, model=hf, head=None, optimizer=opt, scheduler=sched, state=state)
            if progress:
                h = state["history"][-1]
                print(f"dpo epoch {epoch + 1}/{cfg.dpo_epochs}: loss {h['dpo']:.4f}, reward accuracy "
                      f"{h['reward_accuracy']:.3f}; checkpoint {saved}", file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        last = latest_checkpoint(work)
        print(f"DPO interrupted; {'the last checkpoint is ' + str(last) if last else 'no epoch had finished'}; "
              "rerun the same command with --resume to continue", file=sys.stderr, flush=True)
        raise
    finally:
        hf.eval()
        for p, f in zip(params, flags):
            p.requires_grad_(f)
    return {"history": state["history"], "steps": step, "seconds": state["seconds"], "n_pairs": n,
            "pairs_by_kind": dict(Counter(t.kind for t in toks)), "beta": cfg.beta}


__all__ = ["dpo_loss", "response_logprobs", "tokenize_pairs", "batch_logprobs", "reference_logprobs", "train_dpo",
           "PairTokens", "DPOError"]
