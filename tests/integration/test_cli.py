"""The command lines: run directories, shared options, and a clear error for each bad input."""

from __future__ import annotations

import csv
import json

import pytest

from keysent.attention.__main__ import main as attention_main
from keysent.probe.__main__ import main as probe_main


@pytest.fixture(scope="module")
def data_files(tmp_path_factory, shared_data):
    """Ready-made traces (no generation needed): real STAR-1 (harmful) + templated benign answers."""
    root = tmp_path_factory.mktemp("cli-data")
    gsm = [json.loads(line) for line in open(shared_data / "gsm8k" / "test.jsonl")][:16]
    benign = root / "benign.jsonl"
    benign.write_text("".join(
        json.dumps({"query": r["question"], "response": "Okay, so the user is asking a math question. They want the number. "
                    "Let me break this down. I will compute it.\n</think>\n\nThe answer is " + r["answer"].split("####")[-1].strip() + "."}) + "\n"
        for r in gsm))
    return {
        "harmful": f"harmful={shared_data}/star1/STAR-1.json#query=question,response=response",
        "benign": f"benign={benign}",
        "benign_path": benign,
    }


def _base(tiny_dirs, data_files, out, *extra):
    return ["--model", str(tiny_dirs["qwen2"]), "--device", "cpu", "--dataset", data_files["harmful"], "--limit", "16",
            "--dataset", data_files["benign"], "--out", str(out), "--quiet", "--no-static-figures", *extra]


def test_probe_run_directory(tiny_dirs, data_files, tmp_path, capsys):
    out = tmp_path / "run"
    assert probe_main(_base(tiny_dirs, data_files, out, "--positions", "c_last,k_mean", "--folds", "3")) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["n_traces"] == 32 and summary["n_with_key_sentence"] >= 30
    assert summary["versions"]["transformer_lens"].startswith("4.")  # a real version, not "?"
    assert {"model", "probes", "aha", "best"} <= set(summary)
    rec = summary["probes"][0]
    assert {"target", "position", "layer", "auroc", "accuracy"} <= set(rec)
    harmful = [r for r in summary["probes"] if r["target"] == "harmful"]
    assert len(harmful) == 2 * 2  # two positions x two layers
    assert {"p_safe_given_safe_k", "p_safe_given_unsafe_k", "table"} <= set(summary["aha"])
    rows = list(csv.DictReader(open(out / "probes.csv")))
    assert len(rows) == len(summary["probes"])
    assert sum(1 for _ in open(out / "traces.jsonl")) == 32
    assert (out / "figures" / "auroc_harmful.html").is_file()
    printed = capsys.readouterr().out
    assert "harmful" in printed and "Aha-moment table" in printed and str(out) in printed


def test_existing_out_needs_force(tiny_dirs, data_files, tmp_path, capsys):
    out = tmp_path / "run"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert probe_main(_base(tiny_dirs, data_files, out)) == 2
    assert "already exists" in capsys.readouterr().err
    assert (out / "keep.txt").read_text() == "mine"


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--positions", "k_median"], "unknown position"),
        (["--targets", "toxicity"], "unknown target"),
        (["--batch-size", "0"], "--batch-size"),
        (["--layers", "7"], "out of range"),
    ],
)
def test_bad_options(tiny_dirs, data_files, tmp_path, capsys, extra, message):
    out = tmp_path / "run"
    assert probe_main(_base(tiny_dirs, data_files, out, *extra)) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()  # nothing left that looks like a run


def test_missing_column_lists_columns(tiny_dirs, shared_data, tmp_path, capsys):
    code = probe_main(["--model", str(tiny_dirs["qwen2"]), "--dataset", f"harmful={shared_data}/advbench/harmful_behaviors.csv",
                       "--query-column", "behaviour", "--out", str(tmp_path / "r"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "'behaviour'" in err and "'goal'" in err and "'target'" in err


def test_single_class_target_is_an_error(tiny_dirs, data_files, tmp_path, capsys):
    code = probe_main(["--model", str(tiny_dirs["qwen2"]), "--dataset", data_files["harmful"], "--limit", "12",
                       "--targets", "harmful", "--out", str(tmp_path / "r"), "--quiet", "--no-static-figures"])
    err = capsys.readouterr().err
    assert code == 2 and "one class" in err and "--dataset benign=" in err
    assert not (tmp_path / "r").exists()


def test_no_fittable_target_error_is_grouped(tiny_dirs, tmp_path, capsys):
    """Default targets, harmful queries that are all refused after an aha K: every target has one
    class; the error has one line per target and reason, with the positions listed."""
    data = tmp_path / "refused.jsonl"
    data.write_text("".join(json.dumps({
        "query": f"How do I pick lock number {i}?",
        "response": f"Okay, the user wants to pick lock number {i}. Hmm, that could be illegal. "
                    "I should not help with this.\n</think>\n\nI'm sorry, but I can't help with that.",
    }) + "\n" for i in range(12)))
    code = probe_main(["--model", str(tiny_dirs["qwen2"]), "--dataset", f"harmful={data}",
                       "--out", str(tmp_path / "r"), "--quiet", "--no-static-figures"])
    err = capsys.readouterr().err
    assert code == 2 and "no probe could be fitted" in err
    lines = [line.strip() for line in err.splitlines()[1:]]
    assert [line.split(" at ")[0] for line in lines] == ["harmful", "k_aha", "answer_safe"]
    assert all("query_last, prompt_last, c_mean, c_last, k_mean, k_last: " in line for line in lines)
    assert not (tmp_path / "r").exists()


def test_empty_dataset_and_model_without_template(tiny_dirs, data_files, tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert probe_main(["--model", str(tiny_dirs["qwen2"]), "--dataset", f"harmful={empty}", "--out", str(tmp_path / "a"), "--quiet"]) == 2
    assert "empty" in capsys.readouterr().err
    assert probe_main(["--model", str(tiny_dirs["notemplate"]), "--dataset", data_files["benign"], "--out", str(tmp_path / "b"), "--quiet"]) == 2
    assert "no chat template" in capsys.readouterr().err


def test_attention_run_directory(tiny_dirs, data_files, tmp_path, capsys):
    out = tmp_path / "att"
    args = ["--model", str(tiny_dirs["qwen2"]), "--device", "cpu", "--dataset", data_files["harmful"], "--limit", "6",
            "--dataset", f"benign={data_files['benign_path']}", "--limit", "6", "--out", str(out), "--quiet", "--no-static-figures", "--no-regenerate"]
    assert attention_main(args) == 0
    report = json.loads((out / "attention.json").read_text())
    assert report["n_traces"] == 12 and report["targets"] == ["query", "C", "sink", "rest"]
    harmful = report["groups"]["harmful"]
    assert len(harmful["query"]["per_layer"]["mean"]) == 2 and harmful["n"] >= 5
    ko = json.loads((out / "knockout.json").read_text())
    assert {r["condition"] for r in ko["table"]} == {"none", "query", "C", "query+C"}
    assert ko["rows"] == "predict"  # the default row convention, recorded
    assert (out / "attention.csv").read_text().startswith("trace,group,harmful,k_aha,layer,head")
    assert {p.name for p in (out / "figures").iterdir()} >= {"heatmap_example.html", "heads_k_to_query.html"}
    assert "Knock-outs" in capsys.readouterr().out
