"""``keysent.cli.pipes.run_main``: a command piped into a reader that stops early ends without a
traceback; otherwise it exits with ``main``'s status."""

from __future__ import annotations

import os
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
