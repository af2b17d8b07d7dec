"""The named built-in organisms and their build recipes.

* ``toy-r1`` (default): about 4M parameters (d_model 256, 4 layers, 8 query / 2 key-value heads),
  built on first use within the 10-minute budget on a 2-core CPU.
* ``toy-r1-micro`` (for tests): a tiny model built in well under a minute; it keeps the output
  format most of the time but does not reach the behaviour quality bar.

Example:
    >>> from keysent.organism.registry import ORGANISMS, get_organism_config
    >>> get_organism_config("toy-r1").d_model
    256
"""

from __future__ import annotations

from keysent.errors import ConfigError
from keysent.organism.config import CorpusConfig, OrganismConfig

ORGANISMS: dict[str, OrganismConfig] = {
    "toy-r1": OrganismConfig(
        name="toy-r1",
        # v5: more factual questions (about 1300 of 13000 examples, v4: 589) at a small cost in
        # arithmetic word problems (issue 14's factual goal).
        corpus=CorpusConfig(arithmetic_fraction=0.6, factual_fraction=0.55),
        n_train_examples=13000,
        vocab_size=2048,
        d_model=256,
        n_layers=4,
        n_heads=8,
        n_kv_heads=2,
        d_mlp=704,
        max_seq_len=320,
        epochs=1,
        batch_tokens=1024,
        lr=3e-3,
        k_loss_weight=5.0,
        ability_loss_weight=5.0,
        seed=0,
        num_threads=1,
    ),
    "toy-r1-micro": OrganismConfig(
        name="toy-r1-micro",
        corpus=CorpusConfig(),
        n_train_examples=2500,
        vocab_size=1024,
        d_model=64,
        n_layers=2,
        n_heads=4,
        n_kv_heads=2,
        d_mlp=192,
        max_seq_len=320,
        epochs=2,  # 1 epoch kept the format on one CPU type and not on another (0.73 on AVX2)
        batch_tokens=512,
        lr=1e-2,
        k_loss_weight=5.0,
        seed=0,
        num_threads=1,
    ),
}


def get_organism_config(name: "str | OrganismConfig") -> OrganismConfig:
    """The :class:`OrganismConfig` for a registered name (or the config itself, passed through)."""
    if isinstance(name, OrganismConfig):
        return name
    if not isinstance(name, str) or name not in ORGANISMS:
        raise ConfigError(
            f"unknown organism {name!r}; built-in organisms are {', '.join(sorted(ORGANISMS))} "
            "(or pass an OrganismConfig)"
        )
    return ORGANISMS[name]


__all__ = ["ORGANISMS", "get_organism_config"]
