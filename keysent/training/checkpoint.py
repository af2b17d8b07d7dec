"""Per-epoch checkpoints of a training run, in a work directory beside ``--out``.

A checkpoint is one directory ``epoch-NNN`` holding everything needed to continue exactly:

============================ ============================================================
file                         contents
============================ ============================================================
``model.safetensors``        the model's weights (safetensors, shared tensors handled)
``head.safetensors``         the Dual-Path Safety Head (SafeKey runs only)
``optimizer.pt``             AdamW state (read back with ``torch.load(weights_only=True)``)
``scheduler.pt``             the learning-rate schedule's state
``rng.pt``                   torch's CPU (and CUDA) random state
``state.json``               epoch, optimiser step, losses so far, model fingerprint, config
============================ ============================================================

Each checkpoint is written with :func:`keysent.atomic.atomic_directory` (a crash never leaves a
half-written one) and the older checkpoint is removed only after the new one is complete.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keysent.atomic import atomic_directory
from keysent.errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    import torch

_NAME = re.compile(r"^epoch-(\d{3,})$")


def work_dir_for(out: str | Path) -> Path:
    """The work directory of a run whose finished output goes to ``out``: ``<out>.work``."""
    out = Path(out)
    return out.with_name(out.name + ".work")


def check_resume(out: str | Path, resume: bool) -> None:
    """Refuse ``--resume`` when there is nothing to resume: no ``<out>.work`` directory.

    A work directory without an epoch checkpoint (interrupted before the first epoch ended, or a
    before snapshot put there on purpose) resumes from the start, reusing what it holds; only a
    missing one is refused, since it means a mistyped ``--out`` or a run already finished
    (``transformers.Trainer`` likewise refuses ``resume_from_checkpoint=True`` without a checkpoint).

    Raises:
        ConfigError: ``resume`` is true and ``<out>.work`` is not a directory. Called before the
            check that ``out`` does not exist, so a finished run is named as such (and
            ``--force`` is never suggested for a run one meant to continue).
    """
    work = work_dir_for(out)
    if resume and not work.is_dir():
        what = f"{str(work)!r} is not a directory" if work.exists() else f"no {str(work)!r}"
        done = " (the run finished there)" if Path(out).is_dir() else ""
        raise ConfigError(f"--resume: nothing to resume for --out {str(out)!r}: {what}{done}; "
                          "check --out, or drop --resume to start a new run")


def resolve_train_out(args: Any) -> Path:
    """The ``--out`` of a training command (:func:`keysent.cli.options.resolve_out`), with
    ``--resume`` checked (:func:`check_resume`): an explicit ``--out`` before the check that it
    does not exist yet, so a finished run is named as such, and the default one after it.

    Raises:
        ConfigError: as :func:`check_resume` and :func:`~keysent.cli.options.resolve_out`.
    """
    from keysent.cli.options import resolve_out

    if args.resume and args.out:  # before the check that --out is new: a finished run is not to be replaced
        check_resume(Path(args.out), True)
    out = resolve_out(args, "train")
    check_resume(out, args.resume)
    return out


def latest_checkpoint(work: Path) -> Path | None:
    """The newest complete ``epoch-NNN`` directory in ``work``, or ``None``."""
    if not work.is_dir():
        return None
    found = sorted((int(m.group(1)), p) for p in work.iterdir() if p.is_dir() and (m := _NAME.match(p.name))
                   and (p / "state.json").is_file())
    return found[-1][1] if found else None


def save_checkpoint(work: Path, epoch: int, *, model: Any, head: Any, optimizer: Any, scheduler: Any,
                    state: dict[str, Any]) -> Path:
    """Write the checkpoint after ``epoch`` (1-based count of finished epochs); returns its path."""
    import torch
    from safetensors.torch import save_model

    work.mkdir(parents=True, exist_ok=True)
    target = work / f"epoch-{epoch:03d}"
    with atomic_directory(target, force=True) as tmp:
        save_model(model, str(tmp / "model.safetensors"))
        if head is not None:
            save_model(head, str(tmp / "head.safetensors"))
        torch.save(optimizer.state_dict(), tmp / "optimizer.pt")
        torch.save(scheduler.state_dict(), tmp / "scheduler.pt")
        rng: dict[str, Any] = {"cpu": torch.get_rng_state()}
        if torch.cuda.is_available():
            rng["cuda"] = torch.cuda.get_rng_state_all()
        torch.save(rng, tmp / "rng.pt")
        (tmp / "state.json").write_text(json.dumps(dict(state, epoch=epoch), indent=2) + "\n", encoding="utf-8")
    for p in work.iterdir():  # keep only the newest checkpoint
        m = _NAME.match(p.name)
        if m and p != target and int(m.group(1)) < epoch:
            shutil.rmtree(p, ignore_errors=True)
    return target


def read_state(ckpt: Path) -> dict[str, Any]:
    return json.loads((ckpt / "state.json").read_text(encoding="utf-8"))


def load_checkpoint(ckpt: Path, *, model: Any, head: Any, optimizer: Any, scheduler: Any,
                    fingerprint: str) -> dict[str, Any]:
    """Restore a checkpoint in place and return its state.

    Raises:
        ConfigError: the checkpoint was written for another model.
    """
    import torch
    from safetensors.torch import load_model

    state = read_state(ckpt)
    if state.get("fingerprint") != fingerprint:
        raise ConfigError(
            f"checkpoint {str(ckpt)!r} was written while training {state.get('model')!r} "
            f"(fingerprint {state.get('fingerprint')}), not this model (fingerprint {fingerprint}); "
            "pass the same --model, or drop --resume and use a new --out")
    try:
        load_model(model, str(ckpt / "model.safetensors"))
        if head is not None:
            load_model(head, str(ckpt / "head.safetensors"))
    except RuntimeError as exc:
        raise ConfigError(f"checkpoint {str(ckpt)!r} does not fit this model: {exc}") from exc
    optimizer.load_state_dict(torch.load(ckpt / "optimizer.pt", weights_only=True))
    scheduler.load_state_dict(torch.load(ckpt / "scheduler.pt", weights_only=True))
    rng = torch.load(ckpt / "rng.pt", weights_only=True)
    torch.set_rng_state(rng["cpu"])
    if "cuda" in rng and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(rng["cuda"])
    return state


def weights_fingerprint(model: "torch.nn.Module") -> str:
    """A hash of a model's parameter names, shapes, dtypes and a sample of its initial values."""
    import hashlib

    h = hashlib.sha256()
    for pname, p in model.state_dict().items():
        flat = p.detach().reshape(-1)
        h.update(f"{pname}:{tuple(p.shape)}:{p.dtype}".encode())
        h.update(flat[: min(16, flat.numel())].float().cpu().numpy().tobytes())
    return h.hexdigest()[:16]


__all__ = ["work_dir_for", "check_resume", "resolve_train_out", "latest_checkpoint", "save_checkpoint", "load_checkpoint", "read_state",
           "weights_fingerprint"]
