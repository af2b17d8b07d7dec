"""Configuration of the built-in model organism: the corpus knobs and the full build recipe.

:class:`CorpusConfig` holds the behaviour knobs of the synthetic corpus (how often harmful requests
get a safety aha, how often answers disagree with K, ...). :class:`OrganismConfig` holds everything
a build depends on (corpus, tokenizer size, model sizes, training hyperparameters, seed); its
:meth:`~OrganismConfig.config_hash` names the cache directory, so a changed recipe is a new model.

Example:
    >>> from keysent.organism.config import CorpusConfig
    >>> cfg = CorpusConfig(plain_safe_rate=0.4)
    >>> CorpusConfig.from_dict(cfg.to_dict()) == cfg
    True
    >>> CorpusConfig(plain_safe_rate=1.5)
    Traceback (most recent call last):
    ...
    keysent.errors.ConfigError: CorpusConfig.plain_safe_rate must be in [0, 1], got 1.5
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from keysent.records import check_keys
from keysent.errors import ConfigError
from keysent.organism.items import DEFAULT_HELDOUT_WRAPPERS, WRAPPER_NAMES

#: Bumped whenever the corpus generator, tokenizer recipe or training loop changes in a way that
#: changes the built weights; part of every build hash.
BUILD_FORMAT_VERSION = 5

_RATE_FIELDS = (
    "harmful_fraction",
    "wrapped_fraction",
    "benign_wrapped_fraction",
    "plain_safe_rate",
    "wrapped_safe_rate",
    "answer_mismatch_rate",
    "review_fraction",
    "second_c_rate",
    "arithmetic_fraction",
    "factual_fraction",
    "paragraph_break_rate",
)


@dataclass(frozen=True)
class CorpusConfig:
    """Knobs of the synthetic chat corpus (all rates are probabilities in ``[0, 1]``).

    Attributes:
        harmful_fraction: Fraction of chat examples whose request is harmful.
        wrapped_fraction: Fraction of harmful chat examples wrapped in a jailbreak.
        benign_wrapped_fraction: Fraction of benign chat examples wrapped in a jailbreak wrapper
            (so that a wrapper alone does not mean "harmful").
        plain_safe_rate: Rate of safety-aha key sentences on plain harmful requests. Decided per
            request item (its fixed obviousness), so the rate holds over items and is learnable.
        wrapped_safe_rate: The same rate for wrapped harmful requests.
        answer_mismatch_rate: Rate at which the answer does not follow K (safe K with a compliant
            answer, or a solve K with a refusal); drawn per example.
        review_fraction: Fraction of examples that are safety-review tasks.
        second_c_rate: Probability of a second (restating) C sentence.
        min_further, max_further: Number of reasoning sentences after K (1 to 4).
        arithmetic_fraction: Fraction of benign requests that are arithmetic word problems.
        factual_fraction: Fraction of the other benign requests (not arithmetic word problems)
            that are factual questions; the rest are how-to tasks.
        paragraph_break_rate: Probability of a blank line between K and the further reasoning.
        heldout_wrappers: Wrapper names never used in training examples (the held-out jailbreaks).
    """

    harmful_fraction: float = 0.45
    wrapped_fraction: float = 0.5
    benign_wrapped_fraction: float = 0.1
    plain_safe_rate: float = 0.5
    wrapped_safe_rate: float = 0.2
    answer_mismatch_rate: float = 0.03
    review_fraction: float = 0.1
    second_c_rate: float = 0.5
    min_further: int = 1
    max_further: int = 4
    arithmetic_fraction: float = 0.7
    factual_fraction: float = 0.35
    paragraph_break_rate: float = 0.3
    heldout_wrappers: tuple[str, ...] = DEFAULT_HELDOUT_WRAPPERS

    def __post_init__(self) -> None:
        for name in _RATE_FIELDS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ConfigError(f"CorpusConfig.{name} must be a number in [0, 1], got {value!r}")
            if not 0.0 <= float(value) <= 1.0:
                raise ConfigError(f"CorpusConfig.{name} must be in [0, 1], got {value!r}")
        for name in ("min_further", "max_further"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
                raise ConfigError(f"CorpusConfig.{name} must be an integer in [1, 4], got {value!r}")
        if self.min_further > self.max_further:
            raise ConfigError(
                f"CorpusConfig.min_further ({self.min_further}) must not exceed max_further "
                f"({self.max_further})"
            )
        held = tuple(self.heldout_wrappers)
        object.__setattr__(self, "heldout_wrappers", held)
        unknown = [w for w in held if w not in WRAPPER_NAMES]
        if unknown:
            raise ConfigError(
                f"CorpusConfig.heldout_wrappers has unknown wrapper(s) {unknown}; known wrappers: "
                f"{', '.join(WRAPPER_NAMES)}"
            )
        if len(set(held)) >= len(WRAPPER_NAMES):
            raise ConfigError(
                "CorpusConfig.heldout_wrappers holds out every wrapper; keep at least one for "
                "training"
            )

    @property
    def train_wrappers(self) -> tuple[str, ...]:
        """Wrapper names used in training examples (all wrappers not held out), in fixed order."""
        return tuple(w for w in WRAPPER_NAMES if w not in self.heldout_wrappers)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``heldout_wrappers`` as a list)."""
        d = asdict(self)
        d["heldout_wrappers"] = list(self.heldout_wrappers)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "CorpusConfig":
        """Inverse of :meth:`to_dict`; unknown keys are an error."""
        check_keys(cls, d)
        d = dict(d)
        if "heldout_wrappers" in d:
            d["heldout_wrappers"] = tuple(d["heldout_wrappers"])
        return cls(**d)


@dataclass(frozen=True)
class OrganismConfig:
    """Everything one organism build depends on.

    Attributes:
        name: Registry name (``"toy-r1"``, ``"toy-r1-micro"``) or a user's own.
        corpus: The corpus knobs.
        n_train_examples: Number of corpus examples generated for training (tokenizer and model).
        vocab_size: Target size of the byte-level BPE vocabulary (specials included).
        d_model, n_layers, n_heads, n_kv_heads, d_mlp: Qwen2 model sizes (grouped-query attention:
            ``n_heads`` query heads share ``n_kv_heads`` key/value heads).
        max_seq_len: Longest training sequence in tokens (longer examples are dropped) and the
            model's ``max_position_embeddings``.
        epochs: Passes over the training examples.
        batch_tokens: Tokens per optimiser step (sequences are packed into rows without padding
            across examples; see :mod:`keysent.organism.train`).
        lr, min_lr_ratio, warmup_frac, weight_decay, betas, grad_clip: AdamW with linear warm-up
            and cosine decay to ``lr * min_lr_ratio``.
        k_loss_weight: Weight of the key sentence's tokens in the (weighted mean) response loss;
            above 1 it spends more of a small training budget on the one decision that sets the
            behaviour (the optimum, the corpus distribution, is unchanged).
        ability_loss_weight: Weight of the tokens of a graded answer (every number of an
            arithmetic word problem, the key of a factual answer; see
            :func:`keysent.organism.train.ability_char_spans`): spends more of the budget on
            copying the operands and computing the result.
        seed: Seeds the corpus, the weight initialisation and the batch order.
        num_threads: ``torch.set_num_threads`` during training (``None`` = leave torch's default).
    """

    name: str
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    n_train_examples: int = 12000
    vocab_size: int = 2048
    d_model: int = 256
    n_layers: int = 4
    n_heads: int = 8
    n_kv_heads: int = 2
    d_mlp: int = 704
    max_seq_len: int = 384
    epochs: int = 1
    batch_tokens: int = 4096
    lr: float = 3e-3
    min_lr_ratio: float = 0.1
    warmup_frac: float = 0.05
    weight_decay: float = 0.01
    betas: tuple[float, float] = (0.9, 0.98)
    grad_clip: float = 1.0
    k_loss_weight: float = 1.0
    ability_loss_weight: float = 1.0
    seed: int = 0
    num_threads: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.corpus, CorpusConfig):
            raise ConfigError(
                f"OrganismConfig.corpus must be a CorpusConfig, got {type(self.corpus).__name__}"
            )
        if not isinstance(self.name, str) or not self.name or "/" in self.name:
            raise ConfigError(
                f"OrganismConfig.name must be a non-empty name without '/', got {self.name!r}"
            )
        positive = ("n_train_examples", "vocab_size", "d_model", "n_layers", "n_heads",
                    "n_kv_heads", "d_mlp", "max_seq_len", "epochs", "batch_tokens")
        for name in positive:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"OrganismConfig.{name} must be a positive integer, got {value!r}")
        if self.vocab_size < 300:
            raise ConfigError(
                f"OrganismConfig.vocab_size must be at least 300 (256 bytes + specials + merges), "
                f"got {self.vocab_size}"
            )
        if self.d_model % self.n_heads:
            raise ConfigError(
                f"OrganismConfig.d_model ({self.d_model}) must be divisible by n_heads "
                f"({self.n_heads})"
            )
        if self.n_heads % self.n_kv_heads:
            raise ConfigError(
                f"OrganismConfig.n_heads ({self.n_heads}) must be divisible by n_kv_heads "
                f"({self.n_kv_heads})"
            )
        if (self.d_model // self.n_heads) % 2:
            raise ConfigError(
                f"OrganismConfig head size d_model/n_heads = {self.d_model // self.n_heads} must be "
                "even (rotary embeddings)"
            )
        if self.batch_tokens < self.max_seq_len:
            raise ConfigError(
                f"OrganismConfig.batch_tokens ({self.batch_tokens}) must be at least max_seq_len "
                f"({self.max_seq_len})"
            )
        for name in ("lr", "weight_decay", "grad_clip", "k_loss_weight", "ability_loss_weight"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or value < 0
                or (name in ("lr", "k_loss_weight", "ability_loss_weight") and value == 0)
            ):
                raise ConfigError(f"OrganismConfig.{name} must be a positive number, got {value!r}")
        for name in ("min_lr_ratio", "warmup_frac"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ConfigError(f"OrganismConfig.{name} must be in [0, 1], got {value!r}")
        betas = tuple(self.betas)
        if len(betas) != 2 or not all(0 <= b < 1 for b in betas):
            raise ConfigError(f"OrganismConfig.betas must be two numbers in [0, 1), got {betas!r}")
        object.__setattr__(self, "betas", (float(betas[0]), float(betas[1])))
        if self.num_threads is not None and (
            isinstance(self.num_threads, bool)
            or not isinstance(self.num_threads, int)
            or self.num_threads < 1
        ):
            raise ConfigError(
                f"OrganismConfig.num_threads must be None or a positive integer, got "
                f"{self.num_threads!r}"
            )
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ConfigError(f"OrganismConfig.seed must be a non-negative integer, got {self.seed!r}")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (nested ``corpus`` dict, ``betas`` as a list)."""
        d = asdict(self)
        d["corpus"] = self.corpus.to_dict()
        d["betas"] = list(self.betas)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "OrganismConfig":
        """Inverse of :meth:`to_dict`; unknown keys are an error."""
        check_keys(cls, d)
        d = dict(d)
        if "corpus" in d and isinstance(d["corpus"], dict):
            d["corpus"] = CorpusConfig.from_dict(d["corpus"])
        if "betas" in d:
            d["betas"] = tuple(d["betas"])
        return cls(**d)

    def config_hash(self) -> str:
        """Short (10 hex digit) hash of the full build recipe, including the build format version.

        >>> OrganismConfig(name="x").config_hash() == OrganismConfig(name="x").config_hash()
        True
        """
        payload = json.dumps(
            {"format": BUILD_FORMAT_VERSION, "config": self.to_dict()}, sort_keys=True
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:10]

    @property
    def dir_name(self) -> str:
        """Cache directory name: ``<name>-<config_hash>``."""
        return f"{self.name}-{self.config_hash()}"


__all__ = ["BUILD_FORMAT_VERSION", "CorpusConfig", "OrganismConfig"]
