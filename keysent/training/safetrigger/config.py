"""The frozen configuration of a Safe Trigger run (``python -m keysent.train --method safetrigger``).

Safe Trigger (Miao et al. 2026) publishes neither its elicitation prompt, the segment's place,
the DPO pair construction nor its hyperparameters; every such choice is a field here, and
``docs/safetrigger.md`` states each default.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from keysent.errors import ConfigError
from keysent.records import check_keys

STAGES = ("sft", "dpo", "both")
TRIGGER_ON = ("agree", "verdict", "role")
REVIEW_REPLY = ("answer", "response")
SAFE_ANSWER = ("conditioned", "sampled")


@dataclass(frozen=True)
class SafeTriggerConfig:
    """Settings of the data pipeline and of the DPO stage.

    Attributes:
        stage: ``sft``, ``dpo`` or ``both`` (SFT then DPO).
        n_per_group: Queries generated per group (general, harmful, jailbreak); the paper's SFT set
            is 30k split evenly into the three groups, the built-in default 60 each.
        safe_position: Where the ``<safe>`` segment goes (:data:`keysent.training.safetrigger.segment.POSITIONS`).
        trigger_on: Which unsafe-query judgement decides a trigger: ``agree`` (default: the model's
            own review verdict, kept only where the dataset role agrees; disagreements are dropped
            and counted), ``verdict`` (the model's verdict alone) or ``role`` (the dataset role alone).
        review_reply: What the review shows as the reply: ``answer`` (default; the organism's review
            task shows the answer after ``</think>``) or ``response`` (reasoning and answer).
        safe_tokens: ``text`` (default: ``<safe>``/``</safe>`` are plain text) or ``special``
            (added tokens with mean-initialised embedding rows, saved with the model;
            :mod:`keysent.training.safetrigger.tokens`).
        safe_answer: ``conditioned`` (default: first the model's greedy continuation of its own
            reasoning and ``<safe>analysis</safe>``, kept when it refuses; else the fallbacks) or
            ``sampled`` (only the fallbacks: its greedy answer when it refuses, else sampling).
        safe_tries: Sampled responses tried per unsafe query when no earlier source gave a
            refusal (temperature ``sample_temperature``).
        restate_tries: Sampled responses to the plain restatement of a jailbreak-wrapped query
            whose own tries never refused (the dataset's ``request`` label, else the model's own
            C); 0 turns it off.
        over_refusal_tries: Sampled responses per general query searched for a refusal (an
            over-refusal, the rejected side of an ``over_refusal`` DPO pair); a general query with
            none gets the model's own refusal of an unsafe query instead; see ``over_refusal``.
        over_refusal: Whether to build ``over_refusal`` DPO pairs at all (default True).
        sample_temperature: Sampling temperature of those tries (1.0).
        beta: DPO's ``beta`` (0.1, Rafailov et al. 2023's common default; TRL's default).
        dpo_epochs, dpo_lr, dpo_batch_size: The DPO stage's passes, AdamW learning rate and pairs
            per micro-batch.
        seed: Seeds the query sets, sampling and the pair order.
    """

    stage: str = "both"
    n_per_group: int = 60
    safe_position: str = "after_think"
    trigger_on: str = "agree"
    review_reply: str = "answer"
    safe_tokens: str = "text"
    safe_answer: str = "conditioned"
    safe_tries: int = 8
    restate_tries: int = 4
    over_refusal_tries: int = 1
    over_refusal: bool = True
    sample_temperature: float = 1.0
    beta: float = 0.1
    dpo_epochs: int = 2
    dpo_lr: float = 1e-5
    dpo_batch_size: int = 8
    seed: int = 0

    def __post_init__(self) -> None:
        from keysent.training.safetrigger.segment import check_position

        if self.stage not in STAGES:
            raise ConfigError(f"unknown --stage {self.stage!r}; choose one of {', '.join(STAGES)}")
        if self.trigger_on not in TRIGGER_ON:
            raise ConfigError(f"unknown --trigger-on {self.trigger_on!r}; choose one of {', '.join(TRIGGER_ON)}")
        if self.review_reply not in REVIEW_REPLY:
            raise ConfigError(f"unknown --review-reply {self.review_reply!r}; choose one of {', '.join(REVIEW_REPLY)}")
        if self.safe_answer not in SAFE_ANSWER:
            raise ConfigError(f"unknown --safe-answer {self.safe_answer!r}; choose one of {', '.join(SAFE_ANSWER)}")
        from keysent.training.safetrigger.tokens import check_safe_tokens

        check_safe_tokens(self.safe_tokens)
        check_position(self.safe_position)
        if not isinstance(self.over_refusal, bool):
            raise ConfigError(f"over_refusal must be true or false, got {self.over_refusal!r}")
        for name in ("n_per_group", "dpo_epochs", "dpo_batch_size"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                raise ConfigError(f"{name} must be a positive integer, got {v!r}")
        for name in ("safe_tries", "restate_tries", "over_refusal_tries", "seed"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ConfigError(f"{name} must be a non-negative integer, got {v!r}")
        if not self.beta > 0 or not self.dpo_lr > 0 or not self.sample_temperature > 0:
            raise ConfigError("beta, dpo_lr and sample_temperature must be positive")

    def data_key(self) -> dict[str, Any]:
        """The settings the data stages depend on (a rerun with other ones is refused)."""
        return {k: getattr(self, k) for k in ("n_per_group", "safe_position", "trigger_on", "review_reply",
                                               "safe_tokens", "safe_answer", "safe_tries", "restate_tries",
                                               "over_refusal_tries", "over_refusal", "sample_temperature", "seed")}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SafeTriggerConfig":
        check_keys(cls, data)
        return cls(**data)


__all__ = ["SafeTriggerConfig", "STAGES", "TRIGGER_ON", "REVIEW_REPLY", "SAFE_ANSWER"]
