"""Two real ``python -m keysent.probe`` processes with the same ``--out``, interleaved through a pipe.

Run A is held just before it publishes (a gate patched into ``keysent.atomic.publish_directory``
by the launcher below, released through A's stdin); run B starts after A, runs to the end and
publishes; then A is released. Without ``--force`` A exits non-zero with one line naming where
its complete results are kept; with ``--force`` A, publishing last, replaces B's directory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GATED = r"""
import os, runpy, sys
import keysent.atomic as atomic
fd = int(os.environ["KEYSENT_TEST_GATE_FD"])
real = atomic.publish_directory

def gated(tmp, target, *, force=False):
    os.write(fd, b"publishing\n")  # tell the test A is done computing and about to publish
    sys.stdin.readline()           # wait until the test says go
    return real(tmp, target, force=force)

atomic.publish_directory = gated
sys.argv = ["keysent.probe", *sys.argv[1:]]
runpy.run_module("keysent.probe", run_name="__main__")
"""


@pytest.fixture(scope="module")
def probe_args(tiny_dirs, shared_data, tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-race")
    gsm = [json.loads(line) for line in open(shared_data / "gsm8k" / "test.jsonl")][:8]
    benign = root / "benign.jsonl"
    benign.write_text("".join(
        json.dumps({"query": r["question"], "response": "Okay, so the user asks a math question. "
                    "Let me break this down.\n</think>\n\nThe answer is " + r["answer"].split("####")[-1].strip() + "."}) + "\n"
        for r in gsm))
    return ["--model", str(tiny_dirs["qwen2"]), "--device", "cpu",
            "--dataset", f"harmful={shared_data}/star1/STAR-1.json#query=question,response=response", "--limit", "8",
            "--dataset", f"benign={benign}", "--positions", "k_mean", "--layers", "0", "--folds", "2",
            "--quiet", "--no-static-figures"]


def _env():
    return {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1"}


def _race(args_a, args_b):
    """A starts and computes, B runs start to finish, then A publishes. Returns (A, B) results."""
    r, w = os.pipe()
    env = {**_env(), "KEYSENT_TEST_GATE_FD": str(w)}
    a = subprocess.Popen([sys.executable, "-c", GATED, *args_a], env=env, pass_fds=(w,),
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(w)
    with os.fdopen(r) as gate:
        line = gate.readline()  # blocks until A is about to publish (or A died: empty line)
        if line != "publishing\n":
            out, err = a.communicate(timeout=60)
            pytest.fail(f"run A did not reach publishing: {err[-2000:]}")
        b = subprocess.run([sys.executable, "-m", "keysent.probe", *args_b], env=_env(),
                           capture_output=True, text=True, timeout=600)
        a_out, a_err = a.communicate("go\n", timeout=120)
    return (a.returncode, a_out, a_err), (b.returncode, b.stdout, b.stderr)


def test_same_out_started_twice(probe_args, tmp_path):
    out = tmp_path / "runs" / "x"
    (a_rc, _, a_err), (b_rc, b_out, b_err) = _race(
        [*probe_args, "--seed", "1", "--out", str(out)], [*probe_args, "--seed", "2", "--out", str(out)])
    assert b_rc == 0, b_err
    assert f"run directory: {out}" in b_out
    assert a_rc == 2
    lines = a_err.strip().splitlines()
    assert len(lines) == 1 and "was created by another run while this one was running" in lines[0]
    assert "Traceback" not in a_err
    kept = Path(lines[0].split("kept in '")[1].split("'")[0])
    assert kept.parent == out.parent and kept != out
    # exactly one target (B's), A's complete results under the printed name
    assert json.loads((out / "summary.json").read_text())["argv"][-3:] == ["2", "--out", str(out)]
    a_summary = json.loads((kept / "summary.json").read_text())
    assert a_summary["argv"][-3:] == ["1", "--out", str(out)]
    assert {"summary.json", "probes.csv", "traces.jsonl"} <= {p.name for p in kept.iterdir()}
    assert a_summary["figures"] and all((kept / f).is_file() for f in a_summary["figures"])
    assert sum(1 for _ in open(kept / "traces.jsonl")) == a_summary["n_traces"] == 16
    assert sorted(p.name for p in out.parent.iterdir() if not p.name.startswith(".")) == sorted(["x", kept.name])


@pytest.mark.slow  # the same for --force; tests/unit/atomic/test_atomic_publish.py covers it without processes
def test_same_out_with_force_last_publisher_wins(probe_args, tmp_path):
    out = tmp_path / "runs" / "x"
    (a_rc, a_out, a_err), (b_rc, _, b_err) = _race(
        [*probe_args, "--seed", "3", "--force", "--out", str(out)], [*probe_args, "--seed", "4", "--force", "--out", str(out)])
    assert (a_rc, b_rc) == (0, 0), a_err + b_err
    assert json.loads((out / "summary.json").read_text())["argv"][-4:] == ["3", "--force", "--out", str(out)]
    assert sorted(p.name for p in out.parent.iterdir()) == ["x"]  # B's copy deleted, no lock file left
