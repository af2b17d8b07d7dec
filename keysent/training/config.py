"""The one frozen configuration of a training run (``python -m keysent.train``).

:class:`TrainConfig`'s defaults are the public SafeKey code's (eric-ai-lab/SafeKey);
:func:`builtin_defaults` gives the built-in model's (the organism's reference safety-SFT budget,
:data:`keysent.organism.splits.REFERENCE_SFT`). ``docs/training.md`` lists both side by side.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from keysent.errors import ConfigError
from keysent.records import check_keys

#: Training methods: plain safety SFT, SFT plus SafeKey's two objectives, or Safe Trigger (its
#: data stages, then SFT on the self-generated examples with the plain SFT objective, then DPO;
#: ``keysent.training.safetrigger``; a ``TrainConfig`` with this method is its SFT stage).
METHODS = ("sft", "safekey", "safetrigger")

#: How the Dual-Path Safety Head's loss reaches the model.
#: ``joint``: gradients of SFT + head + QMM flow into the model (the paper's method);
#: ``detach``: the heads train on detached hidden states, the model gets SFT (+ QMM) only;
#: ``detach-drop-sft``: the public code's detach variant, which also drops the SFT loss in the
#: epochs where the auxiliary objectives are on.
HEAD_MODES = ("joint", "detach", "detach-drop-sft")


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one training run; validated on construction.

    Attributes:
        method: ``"sft"``, ``"safekey"`` or ``"safetrigger"`` (:data:`METHODS`; ``safetrigger``
            trains with the SFT objective alone: the SFT stage of Safe Trigger).
        epochs: Passes over the training set (public code: 5).
        aux_epochs: SafeKey's head and QMM losses are on in the last ``aux_epochs`` epochs only
            (public code: 2).
        lr: Peak AdamW learning rate (public code: 1e-5, for 7B-14B models; the built-in model's
            reference budget, :data:`keysent.organism.splits.REFERENCE_SFT`, uses 1e-4).
        betas, weight_decay: AdamW (public code: (0.9, 0.95), 1e-4).
        schedule: ``"cosine"`` (public code: linear warm-up, then cosine decay to 0) or
            ``"constant"`` (linear warm-up, then constant: the organism's reference safety SFT).
        warmup_frac: Linear warm-up share of all optimiser steps (0.05).
        grad_clip: Gradient-norm clip (1.0; ``0`` disables).
        batch_size: Sequences per micro-batch.
        grad_accum: Micro-batches per optimiser step.
        max_length: Longest sequence in tokens (public code: 8192); longer examples are skipped
            and counted when K does not fit.
        theta, head_weight, qmm_weight: SafeKey's mix of the two head paths (0.5) and the weights
            of the head and QMM losses (0.2 each).
        head_mode: :data:`HEAD_MODES`.
        use_head, use_qmm: Switch SafeKey's objectives individually (ablations).
        seed: Seeds the heads' initialisation and the batch order (public code: 2002; keysent's
            shared ``--seed`` default is 0).
        gradient_checkpointing: Recompute layer activations in the backward pass (less memory).
        autocast: ``"none"``, ``"bf16"`` or ``"fp16"`` (autocast on GPU only).
        lora_rank: LoRA rank through ``peft`` (extra ``train``); 0 trains every weight. Adapters
            go on every linear layer of the decoder (peft's ``"all-linear"``: not ``lm_head``), with
            ``lora_alpha = 2 * rank`` and no dropout, and are merged into the weights when
            training ends (before the "after" snapshot and the save).
    """

    method: str = "sft"
    epochs: int = 5
    aux_epochs: int = 2
    lr: float = 1e-5
    betas: tuple[float, float] = (0.9, 0.95)
    weight_decay: float = 1e-4
    schedule: str = "cosine"
    warmup_frac: float = 0.05
    grad_clip: float = 1.0
    batch_size: int = 8
    grad_accum: int = 1
    max_length: int = 8192
    theta: float = 0.5
    head_weight: float = 0.2
    qmm_weight: float = 0.2
    head_mode: str = "joint"
    use_head: bool = True
    use_qmm: bool = True
    seed: int = 0
    gradient_checkpointing: bool = False
    autocast: str = "none"
    lora_rank: int = 0

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"unknown --method {self.method!r}; choose one of {', '.join(METHODS)}")
        if self.head_mode not in HEAD_MODES:
            raise ConfigError(f"unknown head mode {self.head_mode!r}; choose one of {', '.join(HEAD_MODES)}")
        if self.schedule not in ("cosine", "constant"):
            raise ConfigError(f"unknown schedule {self.schedule!r}; choose cosine or constant")
        if self.autocast not in ("none", "bf16", "fp16"):
            raise ConfigError(f"unknown autocast {self.autocast!r}; choose none, bf16 or fp16")
        for name in ("epochs", "batch_size", "grad_accum", "max_length"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise ConfigError(f"{name} must be a positive integer, got {v!r}")
        for name in ("aux_epochs", "seed", "lora_rank"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ConfigError(f"{name} must be a non-negative integer, got {v!r}")
        if self.safekey and self.aux_epochs > self.epochs:
            raise ConfigError(f"aux_epochs ({self.aux_epochs}) cannot exceed epochs ({self.epochs})")
        if not self.lr > 0:
            raise ConfigError(f"lr must be positive, got {self.lr}")
        for name in ("weight_decay", "grad_clip", "head_weight", "qmm_weight"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must be non-negative, got {getattr(self, name)}")
        for name in ("warmup_frac", "theta"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ConfigError(f"{name} must lie in [0, 1], got {getattr(self, name)}")
        if len(self.betas) != 2 or not all(0.0 <= b < 1.0 for b in self.betas):
            raise ConfigError(f"betas must be two numbers in [0, 1), got {self.betas}")
        object.__setattr__(self, "betas", tuple(float(b) for b in self.betas))

    @property
    def safekey(self) -> bool:
        return self.method == "safekey"

    def aux_on(self, epoch: int) -> bool:
        """Whether SafeKey's objectives are on in ``epoch`` (0-based): the last ``aux_epochs``."""
        return self.safekey and epoch >= self.epochs - self.aux_epochs

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["betas"] = list(self.betas)
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TrainConfig":
        check_keys(cls, data)
        d = dict(data)
        if "betas" in d:
            d["betas"] = tuple(d["betas"])
        return cls(**d)


def builtin_defaults() -> dict[str, Any]:
    """Settings for the built-in model: the organism's reference safety-SFT budget (examples,
    epochs, learning rate, batch size, betas, weight decay; constant learning rate without
    warm-up), at which plain SFT leaves the unseen-jailbreak gap (docs/organism.md)."""
    from keysent.organism.splits import REFERENCE_SFT as R

    return {"n_examples": R["n_examples"], "epochs": R["epochs"], "lr": R["lr"], "batch_size": R["batch_size"],
            "betas": tuple(R["betas"]), "weight_decay": R["weight_decay"], "schedule": "constant",
            "warmup_frac": 0.0, "data_seed": R["data_seed"]}


#: Settings for other checkpoints: the public SafeKey code's, and its number of examples (~3k).
PUBLIC_DEFAULTS: dict[str, Any] = {"epochs": 5, "lr": 1e-5, "batch_size": 8, "betas": (0.9, 0.95),
                                   "weight_decay": 1e-4, "schedule": "cosine", "warmup_frac": 0.05}


__all__ = ["TrainConfig", "METHODS", "HEAD_MODES", "builtin_defaults", "PUBLIC_DEFAULTS"]
