"""The probe command's run directory: config round-trip, the new fit options, saved directions."""

from __future__ import annotations

import json

import pytest
import torch

from keysent.probe.__main__ import main as probe_main


@pytest.fixture(scope="module")
def star1_traces(tmp_path_factory, shared_data):
    """Real STAR-1 DeepSeek-R1 traces (harmful) and GSM8K questions with templated answers (benign)."""
    root = tmp_path_factory.mktemp("probe-run-data")
    gsm = [json.loads(line) for line in open(shared_data / "gsm8k" / "test.jsonl")][:16]
    benign = root / "benign.jsonl"
    benign.write_text("".join(
        json.dumps({"query": r["question"], "response": "Okay, so the user is asking a math question. They want the number. "
                    "Let me break this down. I will compute it.\n</think>\n\nThe answer is " + r["answer"].split("####")[-1].strip() + "."}) + "\n"
        for r in gsm))
    return [f"harmful={shared_data}/star1/STAR-1.json#query=question,response=response", f"benign={benign}"]


def test_probe_run_records_its_config_and_saves_directions(tiny_dirs, star1_traces, tmp_path, capsys):
    from keysent.probe.config import ProbeRunConfig
    from keysent.probe.directions import load_directions
    from keysent.rundir import read_run

    out = tmp_path / "run"
    argv = ["--model", str(tiny_dirs["qwen2"]), "--device", "cpu", "--dataset", star1_traces[0], "--limit", "16",
            "--dataset", star1_traces[1], "--out", str(out), "--quiet", "--no-static-figures",
            "--positions", "c_last,k_mean", "--targets", "harmful", "--folds", "3",
            "--l2", "0.1", "--tol", "1e-5", "--solver", "newton-cg", "--max-iter", "50"]
    assert probe_main(argv) == 0
    run = read_run(out)
    cfg = ProbeRunConfig.from_dict(run.config)
    assert (cfg.fit.l2, cfg.fit.tol, cfg.fit.solver, cfg.fit.max_iter, cfg.fit.folds) == (0.1, 1e-5, "newton-cg", 50, 3)
    assert cfg.positions == ("c_last", "k_mean") and cfg.targets == ("harmful",)
    assert run.command == "probe" and run.argv == argv and run.summary["inputs"]["limit"] == 16
    dirs = load_directions(out)
    assert set(dirs) == {("harmful", "c_last"), ("harmful", "k_mean")}
    d = dirs[("harmful", "c_last")]
    n_layers = len(run.summary["layers"])
    assert d.layers == tuple(run.summary["layers"]) and d.diffmean.shape[0] == n_layers == d.logistic.shape[0]
    assert torch.allclose(d.logistic.norm(dim=1), torch.ones(n_layers), atol=1e-5)
    assert torch.allclose(d.diffmean.norm(dim=1), d.mean_distance, rtol=1e-5)
    assert bool((d.mean_norm > 0).all()) and d.hook_name(d.layers[-1]).endswith("hook_resid_post")
    # the logistic steering vector is the class-mean difference projected on the unit normal
    layer = d.layers[-1]
    v = d.vector(layer, "logistic")
    u = d.logistic[-1]
    assert torch.allclose(v, (u @ d.diffmean[-1]) * u) and float(v @ d.diffmean[-1]) >= 0
    best = {(r["position"]): r for r in run.summary["best"]}
    assert abs(best["c_last"]["auroc"] - float(d.auroc[d.layers.index(best["c_last"]["layer"])])) < 1e-6


@pytest.mark.parametrize(("flag", "value", "message"), [
    ("--l2", "0", "l2 must be a positive finite number"),
    ("--tol", "-1", "tol must be a positive number"),
    ("--max-iter", "0", "max_iter must be a positive integer"),
    ("--layers", "x:y", "cannot parse layers"),
])
def test_bad_fit_options_are_one_line_errors_before_any_work(tmp_path, capsys, flag, value, message):
    assert probe_main(["--model", "no-such-model", "--out", str(tmp_path / "r"), flag, value]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
