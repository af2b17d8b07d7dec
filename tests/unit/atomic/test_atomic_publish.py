"""Publishing never replaces an output that appeared while a run was going (unless --force).

Two runs with the same output are interleaved deterministically (events, not sleeps): A starts,
B starts, B publishes, A publishes. Without force exactly one target exists, A's complete
results are kept under the name its error prints; with force the last publisher replaces.
Each case runs with ``renameat2`` and with the portable fallback (lock + checked rename).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import keysent.atomic as atomic
from keysent.atomic import PUBLISH_LOCK, atomic_directory, atomic_path, rename_noreplace, write_json, write_text
from keysent.errors import ConfigError, OutputExistsError


@pytest.fixture(params=["renameat2", "fallback"])
def rename_impl(request, monkeypatch):
    if request.param == "fallback":
        monkeypatch.setattr(atomic, "_renameat2", False)
    else:
        if not atomic._libc_renameat2():
            pytest.skip("this system has no renameat2; the fallback case covers it")
    return request.param


def _write_run(tmp: Path, who: str, n_files: int = 5) -> None:
    (tmp / "figures").mkdir()
    for i in range(n_files):
        write_text(tmp / "figures" / f"f{i}.html", f"{who} figure {i}")
    write_json(tmp / "summary.json", {"run": who})


def _interleave(out: Path, *, force: bool):
    """A starts, B starts, B publishes, A publishes; returns A's exception (or None)."""
    a_started, b_published = threading.Event(), threading.Event()
    result: dict[str, BaseException | None] = {"a": None}

    def run_a():
        try:
            with atomic_directory(out, force=force) as tmp:
                _write_run(tmp, "A")
                a_started.set()
                assert b_published.wait(timeout=30)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            result["a"] = exc
        finally:
            a_started.set()

    thread = threading.Thread(target=run_a)
    thread.start()
    assert a_started.wait(timeout=30)
    with atomic_directory(out, force=force) as tmp:  # B starts after A and publishes first
        _write_run(tmp, "B")
    assert json.loads((out / "summary.json").read_text()) == {"run": "B"}
    b_published.set()
    thread.join(timeout=30)
    return result["a"]


def test_interleaved_runs_keep_the_loser_complete(tmp_path, rename_impl):
    out = tmp_path / "runs" / "x"
    exc = _interleave(out, force=False)
    assert isinstance(exc, OutputExistsError) and isinstance(exc, ConfigError)
    msg = str(exc)
    assert "\n" not in msg and "was created by another run while this one was running" in msg
    kept = Path(exc.kept)
    assert repr(str(kept)) in msg and exc.path == str(out)
    assert kept.parent == out.parent and kept.name.startswith("x.") and str(os.getpid()) in kept.name
    # exactly one target, B's; A's complete results under the printed name; nothing else left
    assert json.loads((out / "summary.json").read_text()) == {"run": "B"}
    assert json.loads((kept / "summary.json").read_text()) == {"run": "A"}
    assert sorted(p.name for p in (kept / "figures").iterdir()) == [f"f{i}.html" for i in range(5)]
    assert (kept / "figures" / "f4.html").read_text() == "A figure 4"
    assert sorted(p.name for p in out.parent.iterdir()) == sorted(["x", kept.name])


def test_interleaved_runs_with_force_last_publisher_wins(tmp_path, rename_impl):
    out = tmp_path / "x"
    assert _interleave(out, force=True) is None
    assert json.loads((out / "summary.json").read_text()) == {"run": "A"}
    assert (out / "figures" / "f0.html").read_text() == "A figure 0"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x"]  # B's copy deleted


def test_losers_kept_under_distinct_names(tmp_path, rename_impl):
    out = tmp_path / "x"
    with atomic_directory(out) as b:
        _write_run(b, "B")
    kept = []
    for who in ("A", "C"):  # started before B published (simulated by bypassing the start check)
        tmp = tmp_path / f".x.{who}.partial"
        tmp.mkdir()
        _write_run(tmp, who)
        with pytest.raises(OutputExistsError) as ei:
            atomic.publish_directory(tmp, out)
        kept.append(Path(ei.value.kept))
    assert kept[0] != kept[1]
    assert [json.loads((k / "summary.json").read_text())["run"] for k in kept] == ["A", "C"]
    assert json.loads((out / "summary.json").read_text()) == {"run": "B"}


def test_start_check_fails_before_any_work(tmp_path):
    out = tmp_path / "x"
    out.mkdir()
    ran = []
    with pytest.raises(OutputExistsError, match="already exists; pass --force") as ei:
        with atomic_directory(out):
            ran.append(1)
    assert ran == [] and ei.value.kept is None


def test_rename_noreplace_refuses_even_an_empty_directory(tmp_path, rename_impl):
    src, dst = tmp_path / "src", tmp_path / "dst"
    src.mkdir()
    (src / "a").write_text("a")
    dst.mkdir()  # plain os.rename would silently replace an empty directory
    with pytest.raises(FileExistsError):
        rename_noreplace(src, dst)
    (dst / "b").write_text("b")
    with pytest.raises(FileExistsError):
        rename_noreplace(src, dst)
    f1, f2 = tmp_path / "f1", tmp_path / "f2"
    f1.write_text("1")
    f2.write_text("2")
    with pytest.raises(FileExistsError):
        rename_noreplace(f1, f2)
    assert f2.read_text() == "2" and (src / "a").is_file() and (dst / "b").is_file()
    rename_noreplace(f1, tmp_path / "f3")
    assert (tmp_path / "f3").read_text() == "1" and not f1.exists()


def test_file_publish_without_overwrite_keeps_the_loser(tmp_path, rename_impl):
    target = tmp_path / "verdicts.json"
    with pytest.raises(OutputExistsError) as ei:
        with atomic_path(target, overwrite=False) as a_tmp:  # A starts
            a_tmp.write_text("A")
            write_text(target, "B", overwrite=False)  # B starts and publishes first
            assert target.read_text() == "B"
            with pytest.raises(OutputExistsError, match="already exists") as late:
                write_text(target, "C", overwrite=False)  # a third writer fails at its start
            assert late.value.kept is None
    kept = Path(ei.value.kept)
    assert target.read_text() == "B" and kept.read_text() == "A"
    assert kept.name.startswith("verdicts.") and kept.suffix == ".json"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["verdicts.json", kept.name])
    write_text(target, "D")  # the default (inside a run's own temporary directory) replaces
    assert target.read_text() == "D"


RACER = r"""
import json, sys
from keysent.atomic import atomic_directory, write_text
from keysent.errors import OutputExistsError
out, who, force = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
print("ready", flush=True)
sys.stdin.readline()  # both start together
try:
    with atomic_directory(out, force=force) as tmp:
        for i in range(20):
            write_text(tmp / f"part{i}.txt", who * 1000)
        write_text(tmp / "summary.json", json.dumps({"run": who}))
    print(json.dumps({"published": True}), flush=True)
except OutputExistsError as exc:
    print(json.dumps({"published": False, "kept": exc.kept}), flush=True)
"""


@pytest.mark.parametrize("force", [False, True])
def test_two_processes_publish_at_once(tmp_path, force):
    """Two real processes build and publish the same directory at the same moment, ten times."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    for round_ in range(10):
        out = tmp_path / f"r{round_}" / "x"
        procs = [subprocess.Popen([sys.executable, "-c", RACER, str(out), who, str(int(force))], env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                 for who in "AB"]
        for p in procs:
            assert p.stdout.readline().strip() == "ready"
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = [json.loads(p.communicate(timeout=60)[0].strip().splitlines()[-1]) for p in procs]
        assert [p.returncode for p in procs] == [0, 0]
        visible = sorted(p.name for p in out.parent.iterdir() if not p.name.startswith("."))
        winner = json.loads((out / "summary.json").read_text())["run"]
        assert len(list(out.iterdir())) == 21 and all((out / f"part{i}.txt").read_text() == winner * 1000 for i in range(20))
        if force:
            assert all(r["published"] for r in results) and visible == ["x"]
        else:
            # exactly one target; the other run's complete results kept under the name it was told
            assert sorted(r["published"] for r in results) == [False, True]
            loser = next(who for who, r in zip("AB", results) if not r["published"])
            kept = Path(next(r["kept"] for r in results if not r["published"]))
            assert loser != winner and visible == sorted(["x", kept.name])
            assert json.loads((kept / "summary.json").read_text()) == {"run": loser}
            assert len(list(kept.iterdir())) == 21
        assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []  # no lock file left


def test_publish_lock_is_exclusive_and_leaves_nothing(tmp_path):
    from keysent.atomic import publish_lock

    probe = ("import fcntl, os, sys\nfd = os.open(sys.argv[1], os.O_RDONLY)\n"
             "try:\n    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept BlockingIOError:\n    sys.exit(3)\n")
    with publish_lock(tmp_path):  # another process cannot take the lock meanwhile
        held = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], timeout=60)
    free = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], timeout=60)
    assert (held.returncode, free.returncode) == (3, 0)
    assert list(tmp_path.iterdir()) == []


def test_publish_lock_falls_back_to_a_lock_file_where_directories_cannot_be_locked(tmp_path, monkeypatch):
    import fcntl
    import stat

    real = fcntl.flock

    def no_directory_locks(fd, op):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.ENOLCK, "No locks available")
        return real(fd, op)

    monkeypatch.setattr(fcntl, "flock", no_directory_locks)
    out = tmp_path / "x"
    with atomic_directory(out) as tmp:
        write_text(tmp / "a.txt", "a")
    assert (out / "a.txt").read_text() == "a"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([PUBLISH_LOCK, "x"])
