"""analyses/generalisation_study.py end to end on the micro organism with tiny budgets: the base
snapshot is computed once and reused as every run's "before", the tables carry one row per seed
and the mean with its min-max, a rerun skips finished runs and redoes only the missing one, and
bad settings are one line and exit 2."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TINY = ["--train-arg=--n-train=8", "--train-arg=--epochs=1", "--train-arg=--max-new-tokens=120",
        "--train-arg=--st-per-group=3", "--train-arg=--safe-tries=1", "--train-arg=--trigger-on=role",
        "--train-arg=--dpo-epochs=1"]


def load_study():
    path = ROOT / "analyses" / "generalisation_study.py"
    spec = importlib.util.spec_from_file_location("generalisation_study", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_two_seeds_tables_and_resume(tmp_path, capsys):
    study_mod = load_study()
    out = tmp_path / "study"
    argv = ["--model", "toy-r1-micro", "--methods", "sft", "--seeds", "0", "1", "--eval-per-group", "2",
            "--out", str(out), *TINY]
    assert study_mod.main(argv) == 0
    err = capsys.readouterr().err
    assert "[1/2] SFT seed 0: done in" in err and "[2/2] SFT seed 1: done in" in err

    base = (out / "base" / "snapshot.json").read_bytes()
    for seed in (0, 1):
        run = out / "runs" / f"sft-seed{seed}"
        assert (run / "compare.json").is_file() and (run / "study_run.json").is_file()
        assert (run / "before" / "snapshot.json").read_bytes() == base  # the one base snapshot, reused
        assert not run.with_name(run.name + ".work").exists()

    study = json.loads((out / "study.json").read_text())
    assert study["schema"] == "keysent.generalisation_study/1" and study["missing"] == []
    assert [(r["method"], r["seed"]) for r in study["rows"]] == [("base", None), ("sft", 0), ("sft", 1)]
    for r in study["rows"]:
        m = r["measures"]
        assert list(m["harmful_answer"]) == ["plain", "seen_wrappers", "unseen_wrappers", "unseen_requests", "unseen_both"]
        for v in m["harmful_answer"].values():
            assert v["n"] <= 2 and v["ci"][0] <= v["value"] <= v["ci"][1]
        assert m["safe_k"]["n"] == 10 and m["over_refusal"]["benign"]["n"] <= 2
        assert set(m["correct"]) >= {"arithmetic", "factual"}
        assert m["attention"]["k_to_c"]["value"] is None or 0.0 <= m["attention"]["k_to_c"]["value"] <= 1.0
        assert m["probe_auroc"]["k_aha"]["position"] == "c_last"

    # the mean row is the mean of the per-seed values, with their min and max
    summary = {s["method"]: s for s in study_mod.summarise(study)}
    vals = [r["measures"]["attention"]["k_to_c"]["value"] for r in study["rows"][1:]]
    cell = summary["sft"]["columns"]["attention.k_to_c"]
    assert cell["n_seeds"] == 2 and cell["mean"] == pytest.approx(sum(vals) / 2)
    assert cell["min"] == min(vals) and cell["max"] == max(vals)
    ks = [r["measures"]["harmful_answer"]["plain"]["k"] for r in study["rows"][1:]]
    assert summary["sft"]["columns"]["harmful_answer.plain"]["pooled"]["k"] == sum(ks)

    md = (out / "study.md").read_text()
    assert "| SFT | 0 1 |" in md and "| SFT | 0 |" in md and "| SFT | 1 |" in md and "| base | - |" in md
    assert "min-max" in md and "Command: `python analyses/generalisation_study.py" in md
    assert (out / "figures" / "harmful_answer_by_split.html").is_file()

    # rerun: both runs are skipped, nothing is retrained, the tables are the same
    assert study_mod.main(argv) == 0
    err = capsys.readouterr().err
    assert "SFT seed 0: finished before, skipped" in err and "SFT seed 1: finished before, skipped" in err
    assert "done in" not in err.split("wrote")[0]
    again = json.loads((out / "study.json").read_text())
    assert [r["measures"] for r in again["rows"]] == [r["measures"] for r in study["rows"]]

    # a lost run is the only one redone; the same seed gives the same numbers
    shutil.rmtree(out / "runs" / "sft-seed1")
    assert study_mod.main(["--report-only", *argv]) == 0
    partial = json.loads((out / "study.json").read_text())
    assert partial["missing"] == [{"method": "sft", "seed": 1, "run": str(out / "runs" / "sft-seed1")}]
    assert "Missing runs" in (out / "study.md").read_text()
    assert study_mod.main(argv) == 0
    err = capsys.readouterr().err
    assert "skipped" in err and "SFT seed 1: done in" in err and "[1/1]" in err
    redone = json.loads((out / "study.json").read_text())
    assert redone["rows"][2]["measures"] == study["rows"][2]["measures"]


def test_bad_settings_are_one_line_and_exit_2(tmp_path, capsys):
    study_mod = load_study()
    assert study_mod.main(["--methods", "dpo", "--out", str(tmp_path / "x")]) == 2
    assert "unknown --methods dpo" in capsys.readouterr().err
    assert study_mod.main(["--seeds", "0", "0", "--out", str(tmp_path / "x")]) == 2
    assert study_mod.main(["--train-arg=--seed=3", "--out", str(tmp_path / "x")]) == 2
    assert "sets an option the study sets itself" in capsys.readouterr().err
    out = tmp_path / "s"
    out.mkdir()
    (out / "settings.json").write_text(json.dumps({"model": "toy-r1-micro", "eval_per_group": 5, "train_args": []}))
    assert study_mod.main(["--model", "toy-r1-micro", "--eval-per-group", "2", "--out", str(out), "--report-only"]) == 2
    err = capsys.readouterr().err
    assert "other settings (eval_per_group" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert study_mod.main(["--model", "toy-r1-micro", "--eval-per-group", "5", "--out", str(out), "--report-only"]) == 2
    assert "no base snapshot" in capsys.readouterr().err


@pytest.mark.slow
def test_all_methods_one_seed(tmp_path):
    study_mod = load_study()
    out = tmp_path / "study"
    assert study_mod.main(["--model", "toy-r1-micro", "--seeds", "0", "--eval-per-group", "2", "--out", str(out),
                           "--quiet", *TINY]) == 0
    study = json.loads((out / "study.json").read_text())
    assert [r["method"] for r in study["rows"]] == ["base", "sft", "safekey", "safetrigger"]
    assert "safetrigger_measures" in study["rows"][3]
    assert "Safe Trigger's own measures" in (out / "study.md").read_text()


def test_a_run_locked_by_another_process_is_skipped(tmp_path, capsys):
    import fcntl
    import threading

    study_mod = load_study()
    args = study_mod.parse_args(["--model", "toy-r1-micro", "--out", str(tmp_path)])
    run = study_mod.run_dir(tmp_path, "sft", 0)
    run.parent.mkdir(parents=True)
    with open(run.with_name(run.name + ".lock"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        status = study_mod.run_one(args, tmp_path, "sft", 0, 1, 1, threading.Lock())
    assert status["skipped"] == "running elsewhere" and not run.with_name(run.name + ".log").exists()
    assert "running in another process, skipped" in capsys.readouterr().err
