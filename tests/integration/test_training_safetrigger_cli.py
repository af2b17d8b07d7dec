"""``python -m keysent.train --method safetrigger`` end to end on the micro organism: --stage sft,
then --stage dpo on its model and pairs; outputs, compare.json's safetrigger section."""

from __future__ import annotations

import json

SMALL = ["--st-per-group", "4", "--safe-tries", "2", "--trigger-on", "role", "--eval-per-group", "2", "--epochs", "1",
         "--dpo-epochs", "1", "--max-new-tokens", "160", "--quiet"]


def test_sft_then_dpo_from_the_cli(tmp_path, capsys):
    from keysent.training.cli import main

    sft = tmp_path / "sft"
    assert main(["--method", "safetrigger", "--stage", "sft", "--model", "toy-r1-micro", "--out", str(sft), *SMALL]) == 0
    for name in ("model/config.json", "data/sft.jsonl", "data/pairs.jsonl", "data/review.json", "compare.json",
                 "safetrigger.json", "before/snapshot.json", "after/snapshot.json"):
        assert (sft / name).is_file(), name
    assert not (sft.parent / "sft.work").exists()
    doc = json.loads((sft / "compare.json").read_text())
    st = doc["safetrigger"]
    assert set(st["before"]) == set(st["after"]) and "unseen_wrappers" in st["after"]
    row = st["after"]["plain"]
    assert row["trigger"]["n"] == 2 and "harmful_answer" in row and "over_refusal" in st["after"]["benign"]
    report = json.loads((sft / "safetrigger.json").read_text())
    assert report["stages"]["sft"]["sft_triggered"] >= 1 and "dpo" not in report

    dpo = tmp_path / "dpo"
    assert main(["--method", "safetrigger", "--stage", "dpo", "--model", str(sft / "model"), "--st-data", str(sft),
                 "--out", str(dpo), "--eval", "builtin", *SMALL]) == 0
    report = json.loads((dpo / "safetrigger.json").read_text())
    n_pairs = json.loads((sft / "data" / "pairs.json").read_text())["n"]
    assert report["dpo"]["n_pairs"] == n_pairs and len(report["dpo"]["history"]) == 1
    ref = json.loads((dpo / "data" / "dpo_reference.json").read_text())
    assert len(ref["logps"]) == n_pairs and ref["beta"] == 0.1
    out = capsys.readouterr().out
    assert "trigger before" in out
