"""GPU smoke test of training: bf16 autocast, and FSDP through ``accelerate launch`` when 2+ GPUs.

Needs a CUDA GPU; without one it says so and exits with status 0 having checked nothing.

Usage (from the repository root)::

    .venv/bin/python analyses/training_gpu_smoke.py             # bf16 autocast on one GPU
    .venv/bin/python analyses/training_gpu_smoke.py --fsdp      # also FSDP over every visible GPU

What it checks, on the micro organism (``toy-r1-micro``, one epoch of SafeKey on 16 examples):

1. ``--autocast bf16`` on ``cuda``: the run finishes and every logged loss is finite;
2. with ``--fsdp`` and at least two GPUs: ``accelerate launch`` with
   ``configs/accelerate/fsdp.yaml`` (its layer class set to ``Qwen2DecoderLayer``, processes =
   visible GPUs) finishes and writes ``model/``.

Never run yet: the development machine has no GPU. Known open point for FSDP: the per-epoch
checkpoint saves the main process's parameters, which under full sharding are shards; a gathered
(``FULL_STATE_DICT``) save is still to be wired in.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--fsdp", action="store_true", help="also run FSDP over every visible GPU (needs 2+)")
    args = p.parse_args(argv)
    import torch

    if not torch.cuda.is_available():
        print("no CUDA GPU here: nothing checked (bf16 autocast and FSDP need a GPU); run this on a GPU machine")
        return 0
    with tempfile.TemporaryDirectory(prefix="keysent-gpu-smoke-") as tmp:
        out = Path(tmp) / "bf16"
        cmd = [sys.executable, "-m", "keysent.train", "--model", "toy-r1-micro", "--device", "cuda", "--dtype", "float32",
               "--method", "safekey", "--n-train", "16", "--epochs", "1", "--autocast", "bf16", "--eval", "none",
               "--out", str(out), "--quiet"]
        subprocess.run(cmd, check=True, cwd=ROOT)
        info = json.loads((out / "train.json").read_text())
        losses = [v for rec in info["history"] for k, v in rec.items() if k not in ("epoch", "steps")]
        assert losses and all(v == v and abs(v) != float("inf") for v in losses), losses
        print(f"bf16 autocast: ok, losses {info['history']}")
        if args.fsdp:
            n = torch.cuda.device_count()
            if n < 2:
                print(f"--fsdp needs at least 2 GPUs, found {n}: FSDP not checked")
                return 0
            cfg = (ROOT / "configs" / "accelerate" / "fsdp.yaml").read_text().replace("num_processes: 8", f"num_processes: {n}")
            cfg_path = Path(tmp) / "fsdp.yaml"
            cfg_path.write_text(cfg)
            launcher = Path(sys.executable).with_name("accelerate")
            subprocess.run([str(launcher), "launch", "--config_file", str(cfg_path), *cmd[1:-3], "--out",
                            str(Path(tmp) / "fsdp"), "--quiet"], check=True, cwd=ROOT)
            assert (Path(tmp) / "fsdp" / "model" / "config.json").is_file()
            print(f"FSDP over {n} GPUs: ok")
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
