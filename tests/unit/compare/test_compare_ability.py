"""General ability in every comparison snapshot: the rows, their counts and intervals, compare.json."""

from __future__ import annotations

import json

import pytest

from keysent.compare.report import compare_snapshots, render_markdown, write_comparison
from keysent.compare.snapshot import ability_rows, builtin_eval_queries, snapshot
from keysent.errors import ConfigError


def _ability_snap(correct: int, label: str) -> dict:
    return {"schema": "keysent.snapshot/1", "label": label, "model": "m", "n_queries": 0,
            "general_ability": [
                {"name": "arithmetic", "n": 10, "correct": correct, "accuracy": correct / 10,
                 "ci_low": 0.1, "ci_high": 0.9, "kind": "organism", "seed": 7919},
                {"name": "factual", "n": 10, "correct": 9, "accuracy": 0.9, "ci_low": 0.6,
                 "ci_high": 0.98, "kind": "organism", "seed": 7919}]}


def test_general_ability_rows_in_compare_json_and_md():
    doc = compare_snapshots(_ability_snap(8, "before"), _ability_snap(5, "after"))
    rows = {r["metric"]: r for r in doc["rows"] if r["section"] == "general_ability"}
    assert set(rows) == {"arithmetic", "factual"}
    ar = rows["arithmetic"]
    assert ar["group"] == "organism"
    assert ar["before"] == {"value": 0.8, "k": 8, "n": 10, "ci": [0.1, 0.9]}
    assert ar["after"]["k"] == 5 and ar["delta"] == pytest.approx(-0.3)
    assert rows["factual"]["delta"] == pytest.approx(0.0)
    md = render_markdown(doc)
    assert "## general_ability" in md and "| arithmetic | organism | 0.800 (8/10, [0.10, 0.90])" in md
    # a snapshot without the rows (older schema) gives a row with one side missing, not an error
    old = {k: v for k, v in _ability_snap(8, "before").items() if k != "general_ability"}
    half = [r for r in compare_snapshots(old, _ability_snap(5, "after"))["rows"]
            if r["section"] == "general_ability"]
    assert len(half) == 2 and all(r["before"] is None and r["delta"] is None for r in half)


def test_ability_rows_gsm8k_on_tiny_qwen2(tiny_qwen2, shared_data):
    rows = ability_rows(tiny_qwen2, gsm8k_n=3, gsm8k_path=shared_data / "gsm8k" / "test.jsonl",
                        max_new_tokens=8, batch_size=3)
    assert [(r["name"], r["kind"], r["n"]) for r in rows] == [("gsm8k", "gsm8k", 3)]
    r = rows[0]
    assert 0 <= r["correct"] <= 3 and 0.0 <= r["ci_low"] <= r["ci_high"] <= 1.0
    assert ability_rows(tiny_qwen2, kind="none") == []
    with pytest.raises(ConfigError, match="general-ability kind"):
        ability_rows(tiny_qwen2, kind="mmlu")


@pytest.fixture(scope="module")
def micro():
    import torch

    from keysent import load_model

    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield load_model("toy-r1-micro", device="cpu", progress=False)
    torch.set_num_threads(old)


def test_snapshot_and_compare_carry_general_ability_on_micro(micro, tmp_path):
    queries = builtin_eval_queries(1)
    snap, traces = snapshot(micro, queries, max_new_tokens=48, progress=False, label="before",
                            ability={"organism_n": 3, "max_new_tokens": 48})
    rows = snap["general_ability"]
    assert [(r["name"], r["kind"], r["n"]) for r in rows] == [("arithmetic", "organism", 3),
                                                              ("factual", "organism", 3)]
    assert all(0 <= r["correct"] <= 3 and r["ci_low"] <= r["ci_high"] for r in rows)
    doc = write_comparison(tmp_path, snap, snap, figures=False)
    on_disk = json.loads((tmp_path / "compare.json").read_text(encoding="utf-8"))
    ga = [r for r in on_disk["rows"] if r["section"] == "general_ability"]
    assert [r["metric"] for r in ga] == ["arithmetic", "factual"] and ga == [
        r for r in doc["rows"] if r["section"] == "general_ability"]
    assert all(r["before"]["n"] == 3 and r["delta"] == 0.0 for r in ga)
    assert "## general_ability" in (tmp_path / "compare.md").read_text(encoding="utf-8")
