"""In-place training of the hooked model: SFT and SafeKey (Dual-Path Safety Head, Query-Mask Modeling).

Modules: :mod:`~keysent.training.objectives` (the losses, plain tensor functions),
:mod:`~keysent.training.data` (examples with located C and K), :mod:`~keysent.training.steps`
(the forward passes of one step), :mod:`~keysent.training.trainer` (the loop, checkpoints,
resume), :mod:`~keysent.training.config` (``TrainConfig``). Names are imported lazily.
"""

from __future__ import annotations

from keysent.lazy import lazy_exports


_LAZY = {
    "TrainConfig": "keysent.training.config",
    "METHODS": "keysent.training.config",
    "train": "keysent.training.trainer",
    "TrainResult": "keysent.training.trainer",
    "TrainingError": "keysent.training.trainer",
    "save_model_dir": "keysent.training.trainer",
    "TrainExample": "keysent.training.data",
    "TrainingSet": "keysent.training.data",
    "examples_from_records": "keysent.training.data",
    "organism_sft_records": "keysent.training.data",
    "sft_loss": "keysent.training.objectives",
    "query_mask": "keysent.training.objectives",
    "query_mask_loss": "keysent.training.objectives",
    "DualPathSafetyHead": "keysent.training.objectives",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _LAZY)
