"""The trainer: SFT or SafeKey, in place on a loaded model, with per-epoch checkpoints.

:func:`train` updates the weights that the bridge and the wrapped Hugging Face model share (no
copy), so the same :class:`~keysent.models.loading.LoadedModel` is the trained model afterwards
and every keysent analysis sees the new weights. It checkpoints after every epoch into
``<out>.work`` (see :mod:`keysent.training.checkpoint`), resumes from there to the same final
weights, stops on a NaN or infinite loss naming the step, and writes the finished run directory
only when complete.

Example (trains the micro organism for one epoch on 8 examples, about 5 s on a CPU core)::

    >>> import keysent, tempfile
    >>> from keysent.training import TrainConfig, train, organism_sft_records, examples_from_records
    >>> model = keysent.load_model("toy-r1-micro", device="cpu", progress=False)
    >>> data = examples_from_records(model, organism_sft_records(8))
    >>> out = tempfile.mkdtemp() + "/run"
    >>> result = train(model, data, TrainConfig(method="safekey", epochs=1, aux_epochs=1), out=out, progress=False)
    >>> sorted(result.history[0])
    ['epoch', 'head', 'qmm', 'sft', 'steps']
"""

from __future__ import annotations

import math
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from keysent.errors import ConfigError, KeysentError
from keysent.training.checkpoint import (
    latest_checkpoint,
    load_checkpoint,
    save_checkpoint,
    weights_fingerprint,
    work_dir_for,
)
from keysent.training.config import TrainConfig

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.training.data import TrainingSet


class TrainingError(KeysentError):
    """Training cannot go on (a NaN or infinite loss); the message names the step and the checkpoint."""


@dataclass
class TrainResult:
    """What :func:`train` did: per-epoch mean losses, steps, wall time, where things are."""

    history: list[dict[str, float]]
    steps: int
    seconds: float
    out: Path
    head: Any = None
    resumed_from: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _say(progress: bool, message: str) -> None:
    if progress:
        print(message, file=sys.stderr, flush=True)


def train(
    model: "LoadedModel",
    data: "TrainingSet",
    config: TrainConfig,
    *,
    out: str | Path,
    force: bool = False,
    resume: bool = False,
    progress: bool = True,
    write_output: Callable[[Path, "TrainResult"], None] | None = None,
    before_training: Callable[[Path], None] | None = None,
    stop_after_epochs: int | None = None,
) -> TrainResult:
    """Train ``model`` in place on ``data`` and write the run directory ``out``.

    Args:
        model: A loaded model; its weights are updated in place.
        data: Training examples (:func:`keysent.training.data.examples_from_records`).
        config: The run's settings.
        out: The finished run directory (``model/``, ``train.json``, plus whatever
            ``write_output`` adds). Built in a temporary directory; appears only when complete.
        force: Replace an existing ``out`` (and start over, discarding old checkpoints, unless
            ``resume``).
        resume: Continue from the newest checkpoint in ``<out>.work``.
        progress: Progress bar with the running losses and status lines on stderr.
        write_output: Called with the temporary run directory and the result before it is moved
            into place (the CLI writes the snapshots and ``compare.json`` here).
        before_training: Called with the work directory once it is settled, before any weight
            changes (the CLI writes the "before" snapshot there, so a resumed run reuses it).
        stop_after_epochs: Stop (as an interruption would) after this many epochs, leaving the
            checkpoints; for tests and staged runs.

    Raises:
        ConfigError: ``out`` exists without ``force``; old checkpoints without ``resume``; a
            checkpoint from another model or another configuration on ``resume``.
        TrainingError: a NaN or infinite loss (the last good checkpoint is kept).
    """
    import torch
    from tqdm.auto import tqdm
    from transformers import get_constant_schedule_with_warmup, get_cosine_schedule_with_warmup

    from keysent.atomic import atomic_directory, write_json
    from keysent.training.objectives import DualPathSafetyHead
    from keysent.training.steps import TrainingModule, collate

    out = Path(out)
    accelerator = launched_accelerator()
    rank, world = (accelerator.process_index, accelerator.num_processes) if accelerator else (0, 1)
    main_process = rank == 0
    if out.exists() and not force:
        raise ConfigError(f"output directory {str(out)!r} already exists; pass --force to replace it, or choose another --out")
    work = work_dir_for(out)
    ckpt = latest_checkpoint(work)
    if ckpt is not None and not resume:
        if not force:
            raise ConfigError(f"{str(work)!r} holds a checkpoint of an interrupted run ({ckpt.name}); pass --resume "
                              "to continue it, or --force to start over")
        if main_process:
            shutil.rmtree(work)
        ckpt = None
    if resume and ckpt is None:
        _say(progress, f"no checkpoint in {work}; starting from the beginning")
    if main_process:
        work.mkdir(parents=True, exist_ok=True)
        if before_training is not None:
            before_training(work)
    if accelerator is not None:
        accelerator.wait_for_everyone()

    hf = model.generation_model
    fingerprint = weights_fingerprint(hf)
    device = model.device
    torch.manual_seed(config.seed)
    head = DualPathSafetyHead(model.d_model, theta=config.theta).to(device) if config.safekey else None
    grad_flags = [p.requires_grad for p in hf.parameters()]
    for p in hf.parameters():
        p.requires_grad_(True)
    peft_model = apply_lora(hf, config.lora_rank, seed=config.seed) if config.lora_rank else None
    params = [p for p in hf.parameters() if p.requires_grad] + (list(head.parameters()) if head is not None else [])
    opt = torch.optim.AdamW(params, lr=config.lr, betas=config.betas, weight_decay=config.weight_decay)
    n = len(data.examples)
    micro_per_epoch = math.ceil(n / config.batch_size)
    steps_per_epoch = math.ceil(micro_per_epoch / config.grad_accum)
    total_steps = steps_per_epoch * config.epochs
    warmup = math.ceil(config.warmup_frac * total_steps)
    if config.schedule == "cosine":
        sched = get_cosine_schedule_with_warmup(opt, warmup, total_steps)
    else:
        sched = get_constant_schedule_with_warmup(opt, warmup)

    state: dict[str, Any] = {"model": model.name, "fingerprint": fingerprint, "config": config.to_dict(),
                             "history": [], "step": 0, "n_examples": n, "seconds": 0.0}
    start_epoch = 0
    if ckpt is not None:
        saved = load_checkpoint(ckpt, model=hf, head=head, optimizer=opt, scheduler=sched, fingerprint=fingerprint)
        if saved.get("config") != config.to_dict() or saved.get("n_examples") != n:
            diff = sorted(k for k in config.to_dict() if saved.get("config", {}).get(k) != config.to_dict()[k])
            raise ConfigError(f"checkpoint {str(ckpt)!r} was written with other settings ({', '.join(diff) or 'another training set'}); "
                              "resume with the same options, or drop --resume and use a new --out")
        state = saved
        start_epoch = int(saved["epoch"])
        _say(progress, f"resuming from {ckpt} (epoch {start_epoch} of {config.epochs} done)")
    else:
        _say(progress, f"checkpoints go to {work}")

    module = TrainingModule(hf, head, config)
    if accelerator is not None:
        module, opt = accelerator.prepare(module, opt)
    if config.gradient_checkpointing:  # transformers 5 renamed it activation checkpointing
        if hasattr(hf, "activation_checkpointing_enable"):
            hf.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
        else:  # pragma: no cover - transformers 4.x
            hf.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    use_autocast = config.autocast != "none" and device.type == "cuda"
    amp_dtype = torch.bfloat16 if config.autocast == "bf16" else torch.float16
    pad_id = model.tokenizer.pad_token_id if model.tokenizer.pad_token_id is not None else 0
    t0 = time.perf_counter()
    step = int(state["step"])
    hf.train()
    try:
        for epoch in range(start_epoch, config.epochs):
            if stop_after_epochs is not None and epoch >= stop_after_epochs:
                raise KeyboardInterrupt
            aux = config.aux_on(epoch)
            gen = torch.Generator().manual_seed(config.seed * 100_003 + epoch)
            order = torch.randperm(n, generator=gen).tolist()
            sums: dict[str, float] = {}
            counts = 0
            bar = tqdm(range(micro_per_epoch), desc=f"{config.method} epoch {epoch + 1}/{config.epochs}",
                       disable=not progress, leave=False, file=sys.stderr)
            opt.zero_grad(set_to_none=True)
            for i in bar:
                # under accelerate, process r takes rows r, r + world, ... of each micro-batch
                rows = order[i * config.batch_size:(i + 1) * config.batch_size][rank::world] or \
                    order[i * config.batch_size:(i + 1) * config.batch_size][:1]
                batch = collate([data.examples[j] for j in rows], pad_id, device)
                with torch.autocast(device.type, dtype=amp_dtype, enabled=use_autocast):
                    losses = module(batch, aux)
                values = {k: float(v.detach()) for k, v in losses.items()}
                bad = {k: v for k, v in values.items() if not math.isfinite(v)}
                if bad:
                    last = latest_checkpoint(work)
                    raise TrainingError(
                        f"loss {', '.join(f'{k}={v}' for k, v in bad.items())} at optimiser step {step + 1} "
                        f"(epoch {epoch + 1}, micro-batch {i + 1}); the last good checkpoint is "
                        f"{str(last) if last else 'none (no epoch finished)'}; lower --lr or check the data, "
                        "then rerun with --resume")
                group = min(config.grad_accum, micro_per_epoch - (i // config.grad_accum) * config.grad_accum)
                if accelerator is not None:
                    accelerator.backward(losses["total"] / group)
                else:
                    (losses["total"] / group).backward()
                for k, v in values.items():
                    if k != "total":
                        sums[k] = sums.get(k, 0.0) + v
                counts += 1
                if (i + 1) % config.grad_accum == 0 or i + 1 == micro_per_epoch:
                    if config.grad_clip > 0:
                        if accelerator is not None:
                            accelerator.clip_grad_norm_(params, config.grad_clip)
                        else:
                            torch.nn.utils.clip_grad_norm_(params, config.grad_clip)
                    opt.step()
                    sched.step()
                    opt.zero_grad(set_to_none=True)
                    step += 1
                bar.set_postfix({k: f"{s / counts:.3f}" for k, s in sums.items()})
            bar.close()
            record = {"epoch": epoch + 1, "steps": step, **{k: s / counts for k, s in sums.items()}}
            state["history"].append(record)
            state["step"] = step
            state["seconds"] = float(state.get("seconds", 0.0)) + time.perf_counter() - t0
            t0 = time.perf_counter()
            if main_process:
                saved_to = save_checkpoint(work, epoch + 1, model=hf, head=head, optimizer=opt, scheduler=sched, state=state)
            if accelerator is not None:
                accelerator.wait_for_everyone()
            saved_to = work / f"epoch-{epoch + 1:03d}"
            _say(progress, f"epoch {epoch + 1}/{config.epochs}: " + ", ".join(
                f"{k} {v:.4f}" for k, v in record.items() if k not in ("epoch", "steps")) + f"; checkpoint {saved_to}")
    except KeyboardInterrupt:
        last = latest_checkpoint(work)
        print(f"training interrupted; {'the last checkpoint is ' + str(last) if last else 'no epoch had finished'}; "
              "rerun the same command with --resume to continue", file=sys.stderr, flush=True)
        raise
    finally:
        hf.eval()
        if config.gradient_checkpointing:
            (getattr(hf, "activation_checkpointing_disable", None) or hf.gradient_checkpointing_disable)()
        if peft_model is not None:
            # merge in place: the base weights are the tensors the bridge shares; unloading puts
            # the twin's original modules back
            peft_model.merge_and_unload()
        for p, flag in zip(hf.parameters(), grad_flags):
            p.requires_grad_(flag)

    result = TrainResult(history=list(state["history"]), steps=step, seconds=float(state["seconds"]), out=out,
                         head=head, resumed_from=start_epoch)
    result.extra["accelerate"] = {"num_processes": world, "device": str(device)} if accelerator is not None else None
    if not main_process:
        return result
    with atomic_directory(out, force=force) as tmp:
        save_model_dir(model, tmp / "model")
        if head is not None:
            from safetensors.torch import save_model

            save_model(head, str(tmp / "head.safetensors"))
        if write_output is not None:
            write_output(tmp, result)
        write_json(tmp / "train.json", {"model": model.name, "config": config.to_dict(), "data": data.summary(),
                                        "history": result.history, "steps": step, "seconds": result.seconds,
                                        "resumed_from_epoch": start_epoch, **result.extra})
    shutil.rmtree(work, ignore_errors=True)
    return result


def apply_lora(hf: Any, rank: int, *, seed: int = 0) -> Any:
    """Put LoRA adapters of ``rank`` on every decoder linear layer of ``hf``, in place (peft).

    The base weights stay the tensors the bridge shares (frozen); only the adapters train.
    Returns the ``PeftModel`` (``merge_and_unload`` adds the adapters into the shared weights).

    Raises:
        ConfigError: peft is not installed (``pip install 'keysent[train]'``).
    """
    import torch

    try:
        from peft import LoraConfig, get_peft_model
    except ImportError as exc:
        raise ConfigError("--lora-rank needs peft: pip install 'keysent[train]' (or pip install peft)") from exc
    torch.manual_seed(seed)
    cfg = LoraConfig(r=rank, lora_alpha=2 * rank, lora_dropout=0.0, target_modules="all-linear", bias="none")
    return get_peft_model(hf, cfg)


def launched_accelerator() -> Any:
    """An ``accelerate.Accelerator`` when this process was started by ``accelerate launch`` (its
    environment carries ``ACCELERATE_*`` variables), else ``None``."""
    import os

    if not any(k.startswith("ACCELERATE_") for k in os.environ):
        return None
    try:
        from accelerate import Accelerator
    except ImportError as exc:  # pragma: no cover - launched by accelerate means it is installed
        raise ConfigError("started by accelerate launch, but accelerate cannot be imported") from exc
    return Accelerator()


def save_model_dir(model: "LoadedModel", path: Path) -> Path:
    """Save the (trained) model as a normal Hugging Face directory: safetensors weights, config,
    tokenizer with its chat template. ``keysent.load_model`` and ``AutoModelForCausalLM`` read it."""
    from keysent.progress import hf_progress_bars

    path.mkdir(parents=True, exist_ok=True)
    with hf_progress_bars(False):
        model.generation_model.save_pretrained(path, safe_serialization=True)
    model.tokenizer.save_pretrained(path)
    return path


__all__ = ["train", "TrainResult", "TrainingError", "save_model_dir", "launched_accelerator", "apply_lora"]
