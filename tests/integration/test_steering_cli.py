"""``python -m keysent.steer`` on the micro organism: the run directory, and one clear line per bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import torch

from keysent.steering.cli import main

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = ["--model", "toy-r1-micro", "--dataset", "builtin:4", "--max-new-tokens", "96", "--quiet", "--no-static-figures", "--folds", "3"]


def _err(capsys, argv):
    code = main(argv)
    err = capsys.readouterr().err.strip().splitlines()
    return code, err


def test_steer_writes_the_run_directory(tmp_path, capsys):
    from keysent.rundir import read_run
    from keysent.steering.config import SteerConfig

    out = tmp_path / "run"
    code = main([*BASE, "--direction-target", "harmful", "--per-group", "2", "--alphas=-1,0,1", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    names = {p.name for p in out.iterdir()}
    assert {"steer.json", "steer.csv", "regenerations.jsonl", "traces.jsonl", "directions.safetensors",
            "summary.json", "config.json", "figures"} <= names
    report = json.loads((out / "steer.json").read_text())
    assert report["n_traces"] == 6 and report["groups"] == {"benign": 2, "harmful": 2, "jailbreak": 2}
    data = json.loads((out / "summary.json").read_text())["data"]  # as every command that builds traces
    assert data["traces"]["generated"] == 12 and data["datasets"]  # builtin:4, 4 per group; 2 per group steered
    assert "warning" not in report  # the loaded model generated these traces itself
    assert [s["label"] for s in report["settings"]] == ["probe a=-1", "probe a=0", "probe a=1",
                                                      "random a=-1", "random a=0", "random a=1"]
    layer = str(report["layers"][0])
    assert report["scales"][layer]["mean_distance"] == pytest.approx(report["scales"][layer]["vector_norm"], rel=1e-5)
    assert report["scales"][layer]["mean_norm"] > 0
    lines = (out / "steer.csv").read_text().strip().splitlines()
    assert len(lines) == 1 + 6 * 3 and lines[0].startswith("label,direction,mode,alpha,group,n,aha_k")
    assert sorted(p.name for p in (out / "figures").iterdir()) == ["dose_aha.html", "dose_format.html",
                                                                  "dose_logp_k.html", "dose_refusal.html"]
    run = read_run(out)
    assert SteerConfig.from_dict(run.config).alphas == (-1.0, 0.0, 1.0)
    assert "probe a=1" in printed
    regen = [json.loads(x) for x in (out / "regenerations.jsonl").read_text().splitlines()]
    assert len(regen) == 6 * 6 and {"new_k", "new_aha", "new_answer", "k", "k_aha"} <= set(regen[0])
    # a later command steers with the directions this run saved (a probe run directory works the same way)
    again = tmp_path / "again"
    assert main([*BASE, "--direction", str(out), "--direction-target", "harmful", "--per-group", "2", "--alphas=0,1",
                 "--no-control", "--out", str(again)]) == 0
    report2 = json.loads((again / "steer.json").read_text())
    assert report2["direction"].endswith(f"from {out}") and report2["layers"] == report["layers"]
    assert report2["table"][3:6] == [r for r in report["table"] if r["label"] == "probe a=1"]
    assert not (again / "directions.safetensors").exists()


def test_steer_from_a_tensor_file_and_ablation(tmp_path, capsys):
    torch.save(torch.randn(64, generator=torch.Generator().manual_seed(0)), tmp_path / "v.pt")
    out = tmp_path / "run"
    code = main([*BASE, "--direction", str(tmp_path / "v.pt"), "--layers", "all", "--mode", "ablate", "--per-group", "1",
                 "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    report = json.loads((out / "steer.json").read_text())
    assert [s["label"] for s in report["settings"]] == ["none", "probe ablated", "random ablated"]
    assert report["layers"] == [0, 1] and report["scales"]["0"]["mean_distance"] is None


@pytest.mark.parametrize("extra, message", [
    (["--alphas="], "alphas is empty; give at least one coefficient"),
    (["--alphas=1,x"], "cannot parse alphas '1,x'"),
    (["--layers", "9"], "layer 9 is out of range: the model has 2 layers (0..1)"),
    (["--direction", "WIDE"], "has width 65 but the model's d_model is 64"),
    (["--direction", "missing.pt"], "is neither 'probe', a probe run directory nor a tensor file"),
    (["--per-group", "0"], "per_group must be an integer >= 1"),
])
def test_bad_inputs_are_one_line(tmp_path, capsys, extra, message):
    from safetensors.torch import save_file

    save_file({"v": torch.ones(65)}, str(tmp_path / "wide.safetensors"))
    extra = [str(tmp_path / "wide.safetensors") if x == "WIDE" else x for x in extra]
    code, err = _err(capsys, [*BASE, "--direction-target", "harmful", "--out", str(tmp_path / "o"), *extra])
    assert code == 2
    assert len(err) == 1 and err[0].startswith("python -m keysent.steer: error: ") and message in err[0], err
    assert not (tmp_path / "o").exists()


def test_module_entry_point():
    env = {**os.environ, "PYTHONPATH": ROOT}
    p = subprocess.run([sys.executable, "-m", "keysent.steer", "--alphas="], capture_output=True, text=True, env=env, cwd=ROOT)
    assert p.returncode == 2 and p.stderr.strip() == (
        "python -m keysent.steer: error: alphas is empty; give at least one coefficient, e.g. --alphas=-1,0,1")


def test_negative_alphas_after_a_space(tmp_path, capsys):
    from keysent.steering.cli import build_parser, config_from_args, join_negative_values

    for text, want in (("-1,0,1", (-1.0, 0.0, 1.0)), ("-2:2:5", (-2.0, -1.0, 0.0, 1.0, 2.0))):
        args = build_parser().parse_args(join_negative_values(["--alphas", text]))
        assert config_from_args(args).alphas == want
    assert join_negative_values(["--alphas", "-1", "--out", "-x"]) == ["--alphas=-1", "--out", "-x"]
    # the command itself reads them (it stops at the next check, before loading anything)
    code, err = _err(capsys, [*BASE, "--alphas", "-1,0,1", "--per-group", "0", "--out", str(tmp_path / "o")])
    assert code == 2 and len(err) == 1 and "per_group must be an integer >= 1" in err[0], err


def test_one_class_direction_names_steer_options(tmp_path, capsys):
    data = tmp_path / "benign.jsonl"
    data.write_text("".join(json.dumps({"query": q}) + "\n" for q in ("What is 2 + 3?", "Name a colour.")))
    code, err = _err(capsys, ["--model", "toy-r1-micro", "--dataset", f"benign={data}", "--max-new-tokens", "48",
                              "--quiet", "--no-static-figures", "--direction-target", "harmful", "--out", str(tmp_path / "o")])
    assert code == 2 and len(err) == 1, err
    assert "cannot fit the steering direction" in err[0] and "one class" in err[0]
    assert "--targets" not in err[0] and "--direction-target" in err[0] and "--direction RUN_DIR|FILE" in err[0]
    assert not (tmp_path / "o").exists()
