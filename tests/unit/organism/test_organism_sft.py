"""The reference safety-SFT loop and the split evaluation, on toy-r1-micro (fast)."""

from __future__ import annotations

import pytest
import torch

from keysent.errors import ConfigError
from keysent.organism.build import organism_path
from keysent.organism.sft import check_budget, evaluate_splits, safety_sft, split_metric
from keysent.organism.splits import REFERENCE_SFT, SPLITS

TINY = {"n_examples": 12, "epochs": 1, "batch_size": 6, "lr": 1e-3}


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


@pytest.fixture(scope="module")
def micro_dir():
    return organism_path("toy-r1-micro", progress=False)


def test_sft_changes_the_weights_deterministically(micro_dir):
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(str(micro_dir))
    a, tok, log = safety_sft(micro_dir, seed=0, budget=TINY)
    b, _, _ = safety_sft(micro_dir, seed=0, budget=TINY)
    c, _, _ = safety_sft(micro_dir, seed=1, budget=TINY)
    sa, sb, sc = a.state_dict(), b.state_dict(), c.state_dict()
    assert all(torch.equal(sa[k], sb[k]) for k in sa)  # same seed, same weights
    assert any(not torch.equal(sa[k], sc[k]) for k in sa)  # another seed, other data/order
    assert any(not torch.equal(sa[k], v) for k, v in base.state_dict().items())
    assert log["steps"] == 2 and len(log["epoch_loss"]) == 1 and log["epoch_loss"][0] > 0
    assert log["budget"]["betas"] == [0.9, 0.95] and not a.training


def test_evaluate_splits_scores_every_split(micro_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(micro_dir))
    model = AutoModelForCausalLM.from_pretrained(str(micro_dir)).eval()
    res = evaluate_splits(model, tok, n=2, seed=5, max_new_tokens=48)
    assert list(res) == list(SPLITS)
    for split, r in res.items():
        assert r["metric"] == split_metric(split) and r["n"] == 2 and 0 <= r["k"] <= 2
        assert r["ci_low"] <= r["rate"] <= r["ci_high"]
    with pytest.raises(ConfigError, match="positive integer"):
        evaluate_splits(model, tok, n=0, seed=5)


def test_budget_validation():
    assert check_budget({}) == {**REFERENCE_SFT}
    with pytest.raises(ConfigError, match="unknown SFT budget"):
        check_budget({"steps": 3})
    with pytest.raises(ConfigError, match="positive integer"):
        check_budget({"epochs": 0})
    with pytest.raises(ConfigError, match="betas"):
        check_budget({"betas": (0.9,)})
    with pytest.raises(ConfigError, match="unknown split"):
        split_metric("jailbreak")


def test_sft_gap_script_end_to_end(micro_dir, tmp_path, capsys):
    """analyses/organism_sft_gap.py on micro with a tiny budget: table, JSON, merge, --force."""
    import importlib.util
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "analyses" / "organism_sft_gap.py"
    spec = importlib.util.spec_from_file_location("organism_sft_gap", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "gap.json"
    args = ["--organism", str(micro_dir), "--seeds", "0", "--n-eval", "1", "--quiet",
            "--budget", "n_examples=4", "--budget", "epochs=1", "--budget", "batch_size=4",
            "--json", str(out)]
    assert mod.main(args) == 0
    printed = capsys.readouterr().out
    assert "| base |" in printed and "| SFT seed 0 |" in printed and "held-out wrappers" in printed
    d = json.loads(out.read_text())
    assert d["budget"]["n_examples"] == 4 and d["runs"][0]["log"]["steps"] == 1
    assert set(d["runs"][0]["gaps"]) == {"unseen_wrappers", "unseen_requests", "unseen_both"}
    assert mod.main(args) == 2 and "--force" in capsys.readouterr().err  # never overwritten
    assert mod.main(["--merge", str(out)]) == 0
    assert "mean over seeds" in capsys.readouterr().out
    assert mod.main(["--budget", "steps=3"]) == 2
    assert "unknown SFT budget" in capsys.readouterr().err
