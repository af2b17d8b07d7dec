"""Shared test set-up: offline hub, one torch thread per xdist worker, paths to the shared data.

The organism cache is the user's ``KEYSENT_HOME`` (CI points it inside the clone); builds are
guarded by a file lock, so parallel workers build a model once.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
if os.environ.get("PYTEST_XDIST_WORKER"):
    # two workers on two cores: one thread each (two threads each oversubscribe the cores and
    # run several times slower); kernels started by the notebook tests inherit the variable
    os.environ["OMP_NUM_THREADS"] = "1"
    import torch

    torch.set_num_threads(1)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` beside the checkout (real public data sets, read only)."""
    assert SHARED_DATA.is_dir(), f"expected the shared data at {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture(scope="session")
def tiny_dirs(tmp_path_factory) -> dict[str, Path]:
    """Tiny random checkpoints of the real architectures, saved once per session.

    ``qwen2`` has the DeepSeek-R1-Distill chat template, ``llama`` a Llama-3 style one, ``qwen3`` a
    ChatML one, and ``notemplate`` a Qwen2 whose tokenizer has no chat template.
    """
    from keysent.testing import make_tiny_checkpoint

    root = tmp_path_factory.mktemp("tiny")
    return {
        "qwen2": make_tiny_checkpoint(root / "qwen2", arch="qwen2", template="r1"),
        "llama": make_tiny_checkpoint(root / "llama", arch="llama", template="llama3"),
        "qwen3": make_tiny_checkpoint(root / "qwen3", arch="qwen3", template="chatml"),
        "notemplate": make_tiny_checkpoint(root / "notemplate", arch="qwen2", template=None),
    }


@pytest.fixture(scope="session")
def tiny_qwen2(tiny_dirs):
    """The tiny R1-style Qwen2 loaded through keysent (session-wide; do not mutate)."""
    from keysent import load_model

    return load_model(str(tiny_dirs["qwen2"]), device="cpu")


SHARED_TOKENIZERS = ROOT.parent / "shared" / "tokenizers"
#: The real tokenizers in ../shared/tokenizers and the architecture of their model family.
REAL_TOKENIZERS = {"r1-distill-qwen": "qwen2", "r1-distill-qwen-jan2025": "qwen2", "r1-distill-llama": "llama",
                   "qwen3": "qwen3", "qwq": "qwen2"}


@pytest.fixture(scope="session")
def real_tokenizer_dirs(tmp_path_factory) -> dict[str, Path]:
    """A tiny random model (1 layer, width 16) around each real tokenizer, saved once per session."""
    from keysent.testing import tiny_checkpoint_around

    assert SHARED_TOKENIZERS.is_dir(), f"expected the shared tokenizers at {SHARED_TOKENIZERS}"
    root = tmp_path_factory.mktemp("real-tok")
    return {name: tiny_checkpoint_around(SHARED_TOKENIZERS / name, root / name, arch=arch)
            for name, arch in REAL_TOKENIZERS.items()}


@pytest.fixture(scope="session")
def real_models(real_tokenizer_dirs):
    """Those checkpoints loaded through keysent (session-wide; do not mutate)."""
    from keysent import load_model

    return {name: load_model(str(path), device="cpu", progress=False) for name, path in real_tokenizer_dirs.items()}
