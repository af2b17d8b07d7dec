"""AttentionConfig: frozen, validated, the knock-out row convention recorded explicitly."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from keysent.attention.config import AttentionConfig, knockout_row_conventions
from keysent.attention.knockout import knockout
from keysent.errors import ConfigError


def test_defaults_follow_knockout_and_round_trip() -> None:
    cfg = AttentionConfig()
    assert cfg.knockout_rows == inspect.signature(knockout).parameters["rows"].default
    assert cfg.knockout_rows in knockout_row_conventions()
    assert AttentionConfig.from_dict(cfg.to_dict()) == cfg and cfg.to_dict()["knockout_rows"] is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.layers = "0"  # type: ignore[misc]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"knockout_rows": "all"}, "knockout_rows must be one of"),
    ({"layers": "a:b"}, "cannot parse layers"),
    ({"batch_size": 0}, "batch_size must be an integer >= 1"),
    ({"regenerate": "yes"}, "regenerate must be True or False"),
])
def test_bad_options_are_config_errors(kwargs, message) -> None:
    with pytest.raises(ConfigError, match=message):
        AttentionConfig(**kwargs)
    with pytest.raises(ConfigError, match="unknown AttentionConfig key"):
        AttentionConfig.from_dict({"layer": "all"})
