"""Capture, attention-metric and greedy-generation outputs equal the values recorded before the
engine refactor (tests/golden/engine.json, written by tests/golden/record_engine.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import torch

GOLDEN = Path(__file__).resolve().parents[2] / "golden"


def _recorder():
    spec = importlib.util.spec_from_file_location("record_engine", GOLDEN / "record_engine.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def golden():
    return json.loads((GOLDEN / "engine.json").read_text())


@pytest.fixture(scope="module")
def micro():
    from keysent import load_model

    return load_model("toy-r1-micro", device="cpu", progress=False)


def _compare(now: dict, then: dict) -> None:
    assert now["generation"] == then["generation"]
    assert now["capture_valid"] == then["capture_valid"]
    assert set(now["capture"]) == set(then["capture"])
    for kind in then["capture"]:
        torch.testing.assert_close(torch.tensor(now["capture"][kind]), torch.tensor(then["capture"][kind]), rtol=0, atol=1e-5)
    torch.testing.assert_close(torch.tensor(now["attention_mass"]), torch.tensor(then["attention_mass"]), rtol=0, atol=1e-5)


def test_micro_equals_golden(micro, golden):
    digest = _recorder().weights_sha256(micro.path)
    entry = golden["micro_builds"].get(digest)
    if entry is None:  # the build's weights differ between CPU types: values are per build
        pytest.skip(
            f"no golden values for this machine's toy-r1-micro build ({micro.path.name}, weights "
            f"{digest[:12]}; recorded: {', '.join(d[:12] for d in golden['micro_builds'])}): record them with "
            "`python tests/golden/record_engine.py tests/golden/engine.json` on the commit before the "
            "engine change that is being checked")
    _compare(_recorder().record(micro), entry["micro"])


def test_golden_micro_entries_name_their_build(golden):
    """Each recorded micro entry says which build directory and CPU it came from."""
    assert golden["micro_builds"]
    for digest, entry in golden["micro_builds"].items():
        assert len(digest) == 64 and entry["micro_dir"].startswith("toy-r1-micro-") and entry["cpu"]


def test_tiny_qwen2_equals_golden(tiny_qwen2, golden):
    _compare(_recorder().record(tiny_qwen2, max_new_tokens=16), golden["qwen2"])
