"""``keysent.cli.pipes.run_main``: a command piped into a reader that stops early ends without a
traceback; otherwise it exits with ``main``'s status."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from keysent.cli.pipes import run_main

ROOT = Path(__file__).resolve().parents[3]
_SCRIPT = textwrap.dedent("""
    from keysent.cli.pipes import run_main

    def main():
        for i in range(200000):
            print("row", i)
        return 0

    run_main(main)
""")


def test_broken_pipe_exits_without_a_traceback():
    reader = "import sys; sys.stdin.readline()"  # reads one line, then closes the pipe
    writer = subprocess.Popen([sys.executable, "-c", _SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    head = subprocess.run([sys.executable, "-c", reader], stdin=writer.stdout, capture_output=True)
    writer.stdout.close()
    err = writer.stderr.read().decode()
    assert writer.wait(timeout=60) == 1 and head.returncode == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


@pytest.mark.parametrize("status", [0, 2])
def test_status_passes_through(status):
    with pytest.raises(SystemExit) as exc:
        run_main(lambda: status)
    assert exc.value.code == status


def test_analysis_listing_into_a_closed_pipe():
    # the reviewer's case, `python analyses/wild_traces_agreement.py --list | head -3`, made
    # deterministic: the reader's end is closed before the command writes anything
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "analyses/wild_traces_agreement.py", "--list"], cwd=ROOT,
                              stdout=write_end, stderr=subprocess.PIPE, timeout=300,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1",
                                   "OMP_NUM_THREADS": "1"})
    finally:
        os.close(write_end)
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err, err


def test_analysis_scripts_run_with_an_older_keysent_first_on_the_path(tmp_path):
    # the docs rebuild a first measurement with `git archive <commit> keysent` unpacked first on
    # PYTHONPATH; a keysent from before keysent.cli.pipes existed must still run the scripts
    old = tmp_path / "old"
    shutil.copytree(ROOT / "keysent", old / "keysent", ignore=shutil.ignore_patterns("__pycache__"))
    (old / "keysent" / "cli" / "pipes.py").unlink()
    env = {"PYTHONPATH": str(old), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "analyses" / "wild_traces_agreement.py"), "--batch", "5"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, env={**env, "PWD": str(tmp_path)})
    assert done.returncode == 0 and "| **all** | 29 |" in done.stdout, done.stderr
    assert str(old) in subprocess.run(
        [sys.executable, "-c", "import keysent; print(keysent.__file__)"], cwd=tmp_path, capture_output=True,
        text=True, env=env).stdout  # the older copy is the one imported
    # and every analysis script names its exit through script_entry, none through keysent.cli.pipes
    for script in sorted((ROOT / "analyses").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        assert "from keysent.cli.pipes import" not in text, script.name
        if 'if __name__ == "__main__":' in text:
            assert "from script_entry import run_main" in text, script.name
