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
    assert digest == golden["micro_weights_sha256"], (
        f"the micro organism's weights changed ({micro.path.name}, golden values from "
        f"{golden['micro_dir']}): its outputs cannot be compared; re-record with "
        "tests/golden/record_engine.py on the commit before the engine change that is being checked")
    _compare(_recorder().record(micro), golden["micro"])


def test_tiny_qwen2_equals_golden(tiny_qwen2, golden):
    _compare(_recorder().record(tiny_qwen2, max_new_tokens=16), golden["qwen2"])
