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


def test_safe_tokens_special_from_the_cli_saves_the_markers_with_the_model(tmp_path):
    """--safe-tokens special: model/ has <safe>/</safe> as single tokens and loads with keysent and
    AutoModelForCausalLM; the stage counts name every safe-answer source and the over-refusal pairs."""
    import torch
    from transformers import AutoModelForCausalLM

    import keysent
    from keysent.training.cli import main
    from keysent.training.safetrigger.tokens import marker_ids

    out = tmp_path / "special"
    assert main(["--method", "safetrigger", "--stage", "sft", "--safe-tokens", "special", "--model", "toy-r1-micro",
                 "--out", str(out), *SMALL]) == 0
    back = keysent.load_model(str(out / "model"), device="cpu", progress=False)
    ids = marker_ids(back.tokenizer)
    assert ids is not None and len(set(ids.values())) == 2
    hf = AutoModelForCausalLM.from_pretrained(str(out / "model"))
    x = torch.tensor([back.tokenizer("<safe>x</safe>", add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        assert torch.allclose(hf(x).logits, back.generation_model(x).logits, atol=1e-5)
    report = json.loads((out / "safetrigger.json").read_text())
    assert report["config"]["safe_tokens"] == "special"
    sa = report["stages"]["safe_answers"]
    assert set(sa["by_source"]) == {"conditioned", "greedy", "sampled", "restatement", "not found"}
    assert sum(sa["by_source"].values()) == sa["n"]
    assert report["stages"]["over_refusals"]["n"] >= 1
    sft = [json.loads(x) for x in (out / "data" / "sft.jsonl").read_text().splitlines()]
    triggered = [r for r in sft if r["kind"] == "triggered"]
    assert triggered and all(back.tokenizer(r["response"], add_special_tokens=False)["input_ids"].count(ids["<safe>"]) == 1
                             for r in triggered)


def test_method_list_is_one_list_for_cli_config_and_help(capsys):
    import pytest

    from keysent.training.cli import build_parser, main
    from keysent.training.config import METHODS, TrainConfig

    assert "safetrigger" in METHODS and TrainConfig(method="safetrigger").safekey is False
    assert "safetrigger" in build_parser().format_help()
    assert main(["--method", "safetriger", "--model", "toy-r1-micro", "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown --method 'safetriger'; choose one of sft, safekey, safetrigger" in err[0]
    with pytest.raises(Exception, match="choose one of sft, safekey, safetrigger"):
        TrainConfig(method="dpo")
