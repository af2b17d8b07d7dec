"""compare.json from two snapshots, and the fixed evaluation set for real checkpoints."""

from __future__ import annotations

import pytest

from keysent.compare.report import COMPARE_SCHEMA, add_rows, compare_snapshots, render_markdown
from keysent.compare.snapshot import gptfuzzer_templates, read_snapshot, real_eval_queries
from keysent.errors import ConfigError, DatasetError


def _snap(k, label):
    return {"schema": "keysent.snapshot/1", "label": label, "model": "m", "n_queries": 10,
            "behaviour": {"plain": {"n": 10, "safe_k": {"k": k, "n": 10, "rate": k / 10, "ci": [0.0, 1.0]}}},
            "probes": [{"target": "harmful", "position": "c_last", "layer": 0, "auroc": 0.5 + k / 100}],
            "attention": [{"target": "query", "group": "plain", "layer": 0, "n": 10, "mass": 0.2}],
            "knockout": [{"group": "plain", "condition": "C", "n": 10, "delta_logp": -0.1 * k, "ci": [-1, 0]}]}


def test_compare_rows_and_deltas():
    doc = compare_snapshots(_snap(2, "before"), _snap(7, "after"))
    assert doc["schema"] == COMPARE_SCHEMA
    by = {(r["section"], r["metric"]): r for r in doc["rows"]}
    sk = by[("behaviour", "safe_k")]
    assert sk["before"]["k"] == 2 and sk["after"]["k"] == 7 and abs(sk["delta"] - 0.5) < 1e-12
    assert abs(by[("probe", "auroc")]["delta"] - 0.05) < 1e-12
    assert by[("attention", "k_to_query")]["delta"] == 0.0
    assert abs(by[("knockout", "delta_logp_C")]["delta"] + 0.5) < 1e-12
    add_rows(doc, [{"section": "general_ability", "metric": "gsm8k", "group": None,
                    "before": {"rate": 0.4, "k": 4, "n": 10, "ci": [0.1, 0.7]}, "after": {"rate": 0.5, "k": 5, "n": 10, "ci": [0.2, 0.8]}}])
    md = render_markdown(doc)
    assert "| plain | safe_k | 0.200 (2/10" in md and "## general_ability" in md
    with pytest.raises(ConfigError, match="lacks"):
        add_rows(doc, [{"section": "x"}])


def test_read_snapshot_rejects_other_files(tmp_path):
    (tmp_path / "snapshot.json").write_text('{"schema": "other"}')
    with pytest.raises(DatasetError, match="not a keysent snapshot"):
        read_snapshot(tmp_path)
    with pytest.raises(DatasetError, match="no snapshot"):
        read_snapshot(tmp_path / "missing")


def test_real_eval_set_from_shared_data(shared_data):
    train, held = gptfuzzer_templates(shared_data, "train"), gptfuzzer_templates(shared_data, "heldout")
    assert train and held and not set(train) & set(held) and abs(len(train) - len(held)) <= 1
    qs = real_eval_queries(shared_data, 10)
    groups = {}
    for q in qs:
        groups.setdefault(q.labels["group"], []).append(q)
    assert {g: len(v) for g, v in groups.items()} == {"harmful": 10, "benign": 10, "over_refusal": 10,
                                                      "jailbreak_seen": 10, "jailbreak_unseen": 10}
    assert all(q.labels["harmful"] for g in ("harmful", "jailbreak_seen", "jailbreak_unseen") for q in groups[g])
    assert not any(q.labels["harmful"] for g in ("benign", "over_refusal") for q in groups[g])
    assert all("[INSERT PROMPT HERE]" not in q.query for q in qs)
    assert [q.query for q in qs] == [q.query for q in real_eval_queries(shared_data, 10)]  # fixed


def test_compare_cli_refuses_a_run_directory_without_snapshots(tmp_path, capsys):
    import json

    from keysent.compare.__main__ import main

    probe_run = tmp_path / "probe-run"
    probe_run.mkdir()
    (probe_run / "summary.json").write_text(json.dumps({"schema_version": 1, "command": "probe"}))
    (probe_run / "config.json").write_text("{}")  # a probe run's config.json is not a model's
    train_run = tmp_path / "train-run"
    for label, k in (("before", 2), ("after", 7)):
        (train_run / label).mkdir(parents=True)
        (train_run / label / "snapshot.json").write_text(json.dumps(_snap(k, label)))
    assert main([str(probe_run), str(train_run), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is a keysent run directory without snapshots" in err[0] and "before/ or after/" in err[0], err
    assert not (tmp_path / "o").exists()
    # a training run directory gives the snapshot named by its side, and says so
    assert main([str(train_run), str(train_run), "--out", str(tmp_path / "ok"), "--no-figures"]) == 0
    err = capsys.readouterr().err
    assert "before: the before/ snapshot of the training run" in err and "after: the after/ snapshot" in err
