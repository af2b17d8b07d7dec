"""JsonlCache: whole lines, first write wins, schema header, torn tails, two real processes at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from keysent.cache import FORMAT, JsonlCache
from keysent.errors import CacheError, KeysentError

ROOT = Path(__file__).resolve().parents[3]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().split(b"\n") if line]


def test_put_get_len_and_first_write_wins(tmp_path):
    path = tmp_path / "sub" / "c.jsonl"
    cache = JsonlCache(path, schema=3)
    assert len(cache) == 0 and cache.get_many(["a"]) == {} and not path.exists()
    cache.put_many({"a": {"v": 1}, "b": {"v": 2}})
    cache.put_many({"a": {"v": 99}, "c": {"v": 3}})  # "a" exists: skipped
    cache.put_many({"b": {"v": 2}})  # identical duplicate: nothing written
    assert cache.get_many(["a", "b", "c", "z"]) == {"a": {"v": 1}, "b": {"v": 2}, "c": {"v": 3}}
    assert len(cache) == 3 and "a" in cache and "z" not in cache
    lines = _lines(path)
    assert lines[0] == {"format": FORMAT, "schema": 3}
    assert [ln["key"] for ln in lines[1:]] == ["a", "b", "c"]
    # a second instance (another process) reads the same, and sees appends made by the first
    other = JsonlCache(path, schema=3)
    assert other.get_many(["a", "c"]) == {"a": {"v": 1}, "c": {"v": 3}}
    cache.put_many({"d": {"v": 4}})
    assert other.get_many(["d"]) == {"d": {"v": 4}}
    other.put_many({"d": {"v": 5}})  # other has seen d through its refresh under the lock
    assert [ln["key"] for ln in _lines(path)[1:]] == ["a", "b", "c", "d"]


def test_unicode_and_line_separators_stay_one_line(tmp_path):
    cache = JsonlCache(tmp_path / "c.jsonl")
    text = "两个\u2028进程\r\nline\x85end"
    cache.put_many({"k\u2029": {"text": text}})
    assert JsonlCache(tmp_path / "c.jsonl").get_many(["k\u2029"]) == {"k\u2029": {"text": text}}
    assert len(_lines(tmp_path / "c.jsonl")) == 2


def test_torn_tail_is_ignored_then_repaired(tmp_path):
    path = tmp_path / "c.jsonl"
    JsonlCache(path).put_many({"a": {"v": 1}})
    with open(path, "ab") as fh:
        fh.write(b'{"key": "b", "row": {"v"')  # a writer killed mid-line
    reader = JsonlCache(path)
    assert reader.get_many(["a", "b"]) == {"a": {"v": 1}} and len(reader) == 1
    reader.put_many({"b": {"v": 2}})
    assert [ln["key"] for ln in _lines(path)[1:]] == ["a", "b"]
    assert JsonlCache(path).get_many(["b"]) == {"b": {"v": 2}}


def test_torn_header_is_repaired(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"format": "keysent-jso')  # killed while writing the header
    cache = JsonlCache(path)
    assert len(cache) == 0
    cache.put_many({"a": {"v": 1}})
    assert _lines(path)[0] == {"format": FORMAT, "schema": 1}


def test_schema_mismatch_and_foreign_files_are_clear_errors(tmp_path):
    path = tmp_path / "c.jsonl"
    JsonlCache(path, schema=1).put_many({"a": {"v": 1}})
    with pytest.raises(CacheError, match=r"has schema 1, this keysent reads schema 2; move or delete"):
        JsonlCache(path, schema=2).get_many(["a"])
    legacy = tmp_path / "old.jsonl"
    legacy.write_text('{"prompt_hash": "x", "generated": "y"}\n')
    with pytest.raises(CacheError, match="is not a keysent cache"):
        len(JsonlCache(legacy))
    corrupt = tmp_path / "bad.jsonl"
    JsonlCache(corrupt).put_many({"a": {"v": 1}})
    corrupt.write_bytes(corrupt.read_bytes() + b"not json\n" + b'{"key": "b", "row": {}}\n')
    with pytest.raises(CacheError, match="line 3 is corrupt"):
        JsonlCache(corrupt).get_many(["b"])
    with pytest.raises(CacheError, match="positive integer"):
        JsonlCache(path, schema=0)


def test_bad_rows_are_rejected_before_anything_is_written(tmp_path):
    path = tmp_path / "c.jsonl"
    cache = JsonlCache(path)
    with pytest.raises(CacheError, match="not JSON-serialisable"):
        cache.put_many({"a": {"v": 1}, "b": {"v": object()}})
    with pytest.raises(CacheError, match="must be dicts"):
        cache.put_many({"a": [1]})
    with pytest.raises(CacheError, match="keys must be strings"):
        cache.put_many({1: {}})
    assert not path.exists() and isinstance(CacheError("x"), KeysentError)


# -- two real processes on the same cache and the same keys ---------------------------------
WRITER = r"""
import hashlib, sys
from keysent.cache import JsonlCache
path, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def row(k):  # the content is a function of the key, ~20 kB so a line spans several pages
    return {"text": hashlib.sha256(k.encode()).hexdigest() * 320, "key_echo": k}
cache = JsonlCache(path, schema=2)
keys = [f"q{i:04d}" for i in range(n)]
if name == "B":
    keys = keys[::-1]  # the other order: the two writers meet in the middle and overlap there
print("ready", flush=True)
sys.stdin.readline()  # the barrier: both start writing when the test says go
for start in range(0, n, 3):
    part = keys[start:start + 3]
    seen = cache.get_many(part)  # what a generator does: look up, compute the rest, append
    cache.put_many({k: row(k) for k in part if k not in seen})
    cache.put_many({k: row(k) for k in part[:1]})  # and a redundant duplicate write
print(len(cache), flush=True)
"""


@pytest.mark.parametrize("round_", range(10))
def test_two_processes_fill_one_cache(tmp_path, round_):
    import hashlib

    n = 60
    path = tmp_path / "shared.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(n)], env=env,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for name in ("A", "B")
    ]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert [int(o.split()[-1]) for o in outs] == [n, n]  # each process ends seeing every key
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    lines = [json.loads(line) for line in raw.split(b"\n")[:-1]]  # every line is whole JSON
    assert lines[0] == {"format": FORMAT, "schema": 2}  # one header, at the top
    keys = [ln["key"] for ln in lines[1:]]
    assert sorted(keys) == [f"q{i:04d}" for i in range(n)]  # every key exactly once
    for ln in lines[1:]:
        assert ln["row"] == {"text": hashlib.sha256(ln["key"].encode()).hexdigest() * 320,
                             "key_echo": ln["key"]}
    assert len(JsonlCache(path, schema=2)) == n
