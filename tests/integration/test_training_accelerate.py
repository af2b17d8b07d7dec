"""``python -m keysent.train`` under ``accelerate launch --num_processes 1 --cpu`` (no sharding)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from conftest import ROOT


def _env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACCELERATE_")}
    env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", OMP_NUM_THREADS="1")
    return env


ARGS = ["-m", "keysent.train", "--model", "toy-r1-micro", "--method", "safekey", "--n-train", "12", "--epochs", "2",
        "--train-batch-size", "4", "--grad-accum", "2", "--eval", "none", "--quiet"]


def test_accelerate_launch_single_cpu_process_matches_a_plain_run(tmp_path):
    import sys

    from safetensors.torch import load_file

    launcher = Path(sys.executable).with_name("accelerate")
    assert launcher.is_file(), "accelerate (extra 'train') must be installed for this test"
    a = subprocess.run([str(launcher), "launch", "--num_processes", "1", "--cpu", "--num_machines", "1",
                        "--mixed_precision", "no", "--dynamo_backend", "no", *ARGS, "--out", str(tmp_path / "acc")],
                       capture_output=True, text=True, cwd=tmp_path, env=_env(), timeout=900)
    assert a.returncode == 0, a.stderr[-3000:]
    info = json.loads((tmp_path / "acc" / "train.json").read_text())
    assert info["accelerate"] == {"num_processes": 1, "device": "cpu"}
    p = subprocess.run([sys.executable, *ARGS, "--out", str(tmp_path / "plain")], capture_output=True, text=True,
                       cwd=tmp_path, env=_env(), timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    assert json.loads((tmp_path / "plain" / "train.json").read_text())["accelerate"] is None
    wa = load_file(tmp_path / "acc" / "model" / "model.safetensors")
    wp = load_file(tmp_path / "plain" / "model" / "model.safetensors")
    assert wa.keys() == wp.keys()
    assert max(float((wa[k] - wp[k]).abs().max()) for k in wa) <= 1e-6
    assert info["history"] == json.loads((tmp_path / "plain" / "train.json").read_text())["history"]
