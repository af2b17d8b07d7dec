"""GPU smoke test: every keysent command, with tiny budgets, on a real reasoning checkpoint.

Usage (from the repository root, on a machine with a CUDA GPU)::

    python analyses/gpu_smoke.py                                         # deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B
    python analyses/gpu_smoke.py --model /models/DeepSeek-R1-Distill-Qwen-1.5B --dtype bfloat16 --out runs/gpu-smoke
    python analyses/gpu_smoke.py --require                               # exit 3 (not 0) when it cannot run
    python analyses/gpu_smoke.py --training-smoke                        # also analyses/training_gpu_smoke.py --fsdp

It runs, one after the other, each as the command a user types (a subprocess, offline:
``HF_HUB_OFFLINE=1``), into ``--out`` (a new folder; an existing one needs ``--force``):

1. ``probe``: 8 harmful + 8 benign JBB behaviours (``../shared/data/jbb_behaviors``), generated
   on the GPU (``--max-new-tokens 512``), probes at every layer;
2. ``attention``: the probe run's traces (a run directory as ``--dataset``: nothing regenerated),
   knock-outs with K regenerated;
3. ``train --method sft`` and 4. ``train --method safekey``: 16 STAR-1 traces, one epoch,
   float32 weights under ``--autocast bf16``, LoRA rank 8 (``--full-weights``: every weight),
   gradient checkpointing, before/after snapshots on 4 shared-data queries per group;
5. ``compare``: the SFT and SafeKey after-snapshots;
6. ``steer``: a ``harmful`` direction at ``c_last``, alphas -1, 0, 1, 2 traces per group;
7. ``counterfactual``: 4 samples per trace from the end of C, and K forced, on 2 of the probe's traces;
8. with ``--training-smoke``: ``analyses/training_gpu_smoke.py --fsdp`` (bf16 autocast and FSDP on
   the micro organism).

Then it prints one line per command (status, seconds, output directory) and exits 0 when all
passed, 1 when any failed. When it cannot run it prints ONE line starting ``gpu_smoke: SKIPPED:``
that says why (no CUDA GPU; or the weights are neither a local directory nor in the Hugging Face
cache, with the command that downloads them) and exits 0, or 3 with ``--require`` (for a GPU CI
job that must not pass silently). Never run on the 2-core development machine (no GPU).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DEFAULT_MODEL = "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B"
SKIP_CODE = 3


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=DEFAULT_MODEL, help=f"local directory or hub name (default: {DEFAULT_MODEL})")
    p.add_argument("--device", default="cuda", help="cuda or cuda:N (default: cuda)")
    p.add_argument("--dtype", default="bfloat16", help="float32, bfloat16 or float16 (default: bfloat16)")
    p.add_argument("--out", default="runs/gpu-smoke", help="output folder (default: runs/gpu-smoke)")
    p.add_argument("--force", action="store_true", help="replace an existing --out folder")
    p.add_argument("--full-weights", action="store_true", help="train every weight instead of LoRA rank 8 (needs ~40 GB for 1.5B)")
    p.add_argument("--require", action="store_true", help=f"exit {SKIP_CODE} instead of 0 when it cannot run")
    p.add_argument("--training-smoke", action="store_true", help="also run analyses/training_gpu_smoke.py --fsdp")
    p.add_argument("--shared-data", default=str(SHARED), help="the shared data directory (default: ../shared/data)")
    p.add_argument("--cpu-check", action="store_true",
                   help="developers: run the same command lines on the CPU (e.g. --model toy-r1-micro --dtype float32), "
                        "without --autocast, to check them where there is no GPU")
    return p


def cuda_problem(device: str) -> str | None:
    """Why ``device`` cannot be used (no torch CUDA build, no GPU, index out of range), or None."""
    import torch

    if not device.startswith("cuda"):
        return f"--device {device} is not a CUDA device; this smoke test is for a GPU (use --device cuda)"
    if not torch.cuda.is_available():
        build = "a CPU-only torch build" if torch.version.cuda is None else f"torch {torch.__version__} (CUDA {torch.version.cuda})"
        return f"no CUDA GPU here ({build}): nothing was run; run this on a machine with a GPU"
    if ":" in device and int(device.split(":", 1)[1]) >= torch.cuda.device_count():
        return f"--device {device}: only {torch.cuda.device_count()} GPU(s) visible"
    return None


def weights_problem(model: str) -> str | None:
    """Why ``model``'s weights cannot be loaded offline (neither a directory nor cached), or None."""
    path = Path(model).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            return f"--model {model}: a directory without config.json (not a Hugging Face checkpoint)"
        if not any(path.glob("*.safetensors")) and not any(path.glob("*.bin")):
            return f"--model {model}: no weight files (*.safetensors) in the directory"
        return None
    if model.count("/") != 1:
        return f"--model {model}: no such directory, and not a hub name (owner/name)"
    try:
        from huggingface_hub import snapshot_download

        snapshot_download(model, local_files_only=True, allow_patterns=["config.json", "*.safetensors"])
    except Exception:  # noqa: BLE001 - any failure means: not in the cache
        return (f"the weights of {model} are not in the Hugging Face cache and this test runs offline; "
                f"download them first (hf download {model}) or pass --model /path/to/checkpoint")
    return None


def steps(args: argparse.Namespace, out: Path) -> list[tuple[str, list[str], Path | None]]:
    """``(name, argv after `python`, output directory)`` of every command, in order."""
    m = ["--model", args.model, "--device", args.device, "--dtype", args.dtype, "--quiet"]
    jbb = Path(args.shared_data) / "jbb_behaviors"
    star1 = Path(args.shared_data) / "star1" / "STAR-1.json"
    probe = out / "probe"
    # training keeps float32 master weights under bf16 autocast (docs/training.md), LoRA rank 8 to fit a 24 GB GPU
    mt = ["--model", args.model, "--device", args.device, "--dtype", "float32", "--quiet"]
    lora = [] if args.full_weights else ["--lora-rank", "8"]
    train = [*lora, "--dataset", f"harmful={star1}#query=question,response=response", "--limit", "16", "--epochs", "1",
             *([] if args.cpu_check else ["--autocast", "bf16"]), "--gradient-checkpointing", "--train-batch-size", "4", "--eval", "shared",
             "--eval-data", str(args.shared_data), "--eval-per-group", "4", "--max-new-tokens", "512"]
    run = [
        ("probe", ["-m", "keysent.probe", *m, "--dataset", f"harmful={jbb}/harmful-behaviors.csv#query=Goal",
                   "--dataset", f"benign={jbb}/benign-behaviors.csv#query=goal", "--limit", "8",
                   "--max-new-tokens", "512", "--out", str(probe)], probe),
        ("attention", ["-m", "keysent.attention", *m, "--dataset", str(probe), "--out", str(out / "attention")],
         out / "attention"),
        ("train sft", ["-m", "keysent.train", *mt, "--method", "sft", *train, "--out", str(out / "sft")], out / "sft"),
        ("train safekey", ["-m", "keysent.train", *mt, "--method", "safekey", *train, "--out", str(out / "safekey")],
         out / "safekey"),
        ("compare", ["-m", "keysent.compare", str(out / "sft" / "after"), str(out / "safekey" / "after"),
                     "--quiet", "--out", str(out / "compare")], out / "compare"),
        ("steer", ["-m", "keysent.steer", *m, "--dataset", str(probe), "--direction-target", "harmful",
                   "--alphas=-1,0,1", "--per-group", "2", "--out", str(out / "steer")], out / "steer"),
        ("counterfactual", ["-m", "keysent.counterfactual", *m, "--dataset", str(probe), "--limit", "2",
                            "--samples", "4", "--out", str(out / "counterfactual")], out / "counterfactual"),
    ]
    if args.training_smoke:
        run.append(("training smoke (bf16, FSDP)", [str(ROOT / "analyses" / "training_gpu_smoke.py"), "--fsdp"], None))
    return run


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.cpu_check:
        args.device = "cpu"
    problem = None if args.cpu_check else (cuda_problem(args.device) or weights_problem(args.model))
    if problem:
        print(f"gpu_smoke: SKIPPED: {problem}")
        return SKIP_CODE if args.require else 0
    out = Path(args.out)
    if out.exists() and not args.force:
        print(f"analyses/gpu_smoke.py: error: {out} exists; pass --force to replace it or choose another --out",
              file=sys.stderr)
        return 2
    if out.exists():
        import shutil

        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    results = []
    for name, cmd, where in steps(args, out):
        start = time.perf_counter()
        code = subprocess.run([sys.executable, *cmd], cwd=ROOT, env=env).returncode
        results.append((name, code, time.perf_counter() - start, where))
        print(f"gpu_smoke: {name}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {results[-1][2]:.1f} s",
              flush=True)
    failed = [r for r in results if r[1] != 0]
    print(f"\ngpu_smoke on {args.model} ({args.device}, {args.dtype}): {len(results) - len(failed)}/{len(results)} passed")
    for name, code, secs, where in results:
        print(f"  {name:<30} {'ok' if code == 0 else f'exit {code}':>8} {secs:8.1f} s  {where or ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
