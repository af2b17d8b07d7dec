"""Counterfactual key sentences: resample K from the end of C (how decided is the model?) and force K
(does the answer follow?). :func:`~keysent.counterfactual.resample.resample`,
:func:`~keysent.counterfactual.force.force_key_sentence`, the command ``python -m keysent.counterfactual``;
docs/counterfactual.md."""

from __future__ import annotations

from typing import Any

__all__ = ["resample", "force_key_sentence", "sentence_bank", "CounterfactualConfig"]


def __getattr__(name: str) -> Any:
    if name == "resample":
        from keysent.counterfactual.resample import resample

        return resample
    if name in ("force_key_sentence", "sentence_bank"):
        from keysent.counterfactual import force

        return getattr(force, name)
    if name == "CounterfactualConfig":
        from keysent.counterfactual.config import CounterfactualConfig

        return CounterfactualConfig
    raise AttributeError(f"module 'keysent.counterfactual' has no attribute {name!r}")
