"""RunDir: atomic run directories with provenance and a schema version, read back (and upgraded)."""

from __future__ import annotations

import json

import pytest

from keysent.errors import ConfigError
from keysent.rundir import PROVENANCE, SCHEMA_VERSION, RunDir, read_run


def test_a_run_writes_config_and_provenance_and_reads_back(tmp_path) -> None:
    out = tmp_path / "run"
    with RunDir.create(out, command="probe", config={"folds": 3}, argv=["--folds", "3"]) as run:
        assert not out.exists()  # built in a temporary sibling
        run.write_text("probes.csv", "a,b\n")
        run.write_json("figures/list.json", [1])
        run.summary["n_traces"] = 12
    summary = json.loads((out / "summary.json").read_text())
    assert list(summary)[: len(PROVENANCE)] == list(PROVENANCE)
    assert summary["schema_version"] == SCHEMA_VERSION == 1
    assert summary["versions"]["transformer_lens"].startswith("4.")
    assert summary["environment"]["torch_threads"] >= 1
    assert json.loads((out / "config.json").read_text()) == {"folds": 3}
    back = read_run(out)
    assert (back.command, back.config, back.argv, back.written_version) == ("probe", {"folds": 3}, ["--folds", "3"], 1)
    assert back.summary["n_traces"] == 12 and back.file("figures/list.json").is_file()
    with pytest.raises(ConfigError, match="has no 'knockout.json'"):
        back.file("knockout.json")


def test_config_objects_are_stored_with_to_dict(tmp_path) -> None:
    from keysent.probe.config import ProbeConfig

    cfg = ProbeConfig(folds=3, l2=0.1)
    with RunDir.create(tmp_path / "r", command="probe", config=cfg):
        pass
    assert ProbeConfig.from_dict(read_run(tmp_path / "r").config) == cfg


def test_existing_run_is_kept_without_force_and_replaced_with_it(tmp_path) -> None:
    out = tmp_path / "run"
    with RunDir.create(out, command="a") as run:
        run.summary["v"] = 1
    with pytest.raises(ConfigError, match="already exists; pass --force"):
        with RunDir.create(out, command="a"):
            pass
    with RunDir.create(out, command="a", force=True) as run:
        run.summary["v"] = 2
    assert read_run(out).summary["v"] == 2


def test_a_failing_run_leaves_nothing_and_the_old_run_intact(tmp_path) -> None:
    out = tmp_path / "run"
    with RunDir.create(out, command="a") as run:
        run.summary["v"] = 1
    with pytest.raises(RuntimeError):
        with RunDir.create(out, command="a", force=True) as run:
            run.write_text("partial.txt", "x")
            raise RuntimeError("crash")
    assert read_run(out).summary["v"] == 1 and not (out / "partial.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]  # nothing else, not even a lock file


def test_reserved_summary_keys_are_refused(tmp_path) -> None:
    with pytest.raises(ValueError, match="reserved"):
        with RunDir.create(tmp_path / "r", command="a") as run:
            run.summary["config"] = {}
    assert not (tmp_path / "r").exists()


def test_version_0_probe_and_attention_runs_are_upgraded(tmp_path) -> None:
    old = tmp_path / "probe-old"
    old.mkdir()
    (old / "summary.json").write_text(json.dumps({
        "model": "toy-r1", "n_traces": 3, "settings": {"folds": 5, "method": "logistic"},
        "environment": {"keysent": "0.1.0", "torch": "2.13", "threads": 2}, "argv": ["--folds", "5"], "seconds": 1.5,
    }))
    run = read_run(old)
    assert (run.written_version, run.command, run.config["folds"], run.argv) == (0, "probe", 5, ["--folds", "5"])
    assert run.summary["versions"] == {"keysent": "0.1.0", "torch": "2.13"} and run.summary["n_traces"] == 3
    att = tmp_path / "attention-old"
    att.mkdir()
    (att / "attention.json").write_text(json.dumps({"model": "m", "n_traces": 4, "layers": [0, 1], "environment": {}}))
    run = read_run(att)
    assert (run.command, run.written_version, run.config, run.summary["n_traces"]) == ("attention", 0, {"layers": [0, 1]}, 4)


def test_newer_damaged_and_foreign_directories_are_clear_errors(tmp_path) -> None:
    newer = tmp_path / "newer"
    newer.mkdir()
    (newer / "summary.json").write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(ConfigError, match=f"schema version {SCHEMA_VERSION + 1}.*upgrade keysent"):
        read_run(newer)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "summary.json").write_text("{not json")
    with pytest.raises(ConfigError, match="not valid JSON.*damaged"):
        read_run(bad)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match="no summary.json"):
        read_run(tmp_path / "empty")
    with pytest.raises(ConfigError, match="not a directory"):
        read_run(tmp_path / "missing")
