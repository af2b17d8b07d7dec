"""Judges in the pipeline: refusal vs answer_safe, data labels, NOT_JUDGED counts, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from keysent.judge import NOT_JUDGED, CallableJudge, get_judges
from keysent.judge.apply import judge_traces, judges_summary, verdict_counts

ROOT = Path(__file__).resolve().parents[2]
STAR1 = "../shared/data/star1/STAR-1.json"


@pytest.fixture(scope="module")
def micro():
    from keysent import load_model

    return load_model("toy-r1-micro", device="cpu", progress=False)


def _star1_records(shared_data, n=40, label=True):
    from keysent.querysets import load_queries

    recs = load_queries([f"harmful={shared_data / 'star1' / 'STAR-1.json'}#query=question,response=response"], limit=n)
    if label:  # what the dataset-spec constant `answer_safe:=true` sets (traces issue 11)
        for r in recs:
            r.labels.update(answer_safe=True, answer_safe_source="data:STAR-1 (safe by construction)")
    return recs


def test_star1_with_constant_label_gives_p_safe_1_and_names_the_data(micro, shared_data):
    from keysent.traces.aha import aha_for
    from keysent.traces.generate import generate_traces

    traces = generate_traces(micro, _star1_records(shared_data), progress=False, cache=False)
    table = aha_for(traces)
    assert table.n_safe_k > 0 and table.p_safe_given_safe_k.estimate == 1.0
    assert table.judges["answer_safe"] == "data:STAR-1 (safe by construction)"
    assert "answer_safe from: data:STAR-1 (safe by construction)" in table.format()
    # refusal is still judged, and is a different column
    assert all(t.refusal in (True, False) for t in traces)
    assert any(t.refusal is False for t in traces) and all(t.answer_safe is True for t in traces)
    # without the label, the rule fallback calls helpful-but-safe answers unsafe (refusal is not safety)
    plain = generate_traces(micro, _star1_records(shared_data, label=False), progress=False, cache=False)
    fallback = aha_for(plain)
    assert fallback.judges["answer_safe"] == "rules:refusal"
    assert fallback.n_safe_answer < fallback.n
    assert [t.refusal for t in plain] == [t.refusal for t in traces]


def test_safety_judge_column_and_summary(micro, shared_data):
    from keysent.traces.generate import generate_traces

    recs = _star1_records(shared_data, n=6, label=False)
    judge = get_judges("rules", safety=CallableJudge(safe_fn=lambda r, q: "bomb" not in r))
    traces = generate_traces(micro, recs, progress=False, cache=False, judge=judge)
    assert all(t.judgements["safe"] is True for t in traces if t.complete)
    assert {t.answer_safe_source for t in traces if t.complete} == {"judge:callable"}
    names = judges_summary(traces)
    assert names == {"refusal": "rules", "answer_safe": "judge:callable", "k_aha": "rules"}


def test_not_judged_is_counted_never_no(micro):
    from keysent.probe.targets import target_labels
    from keysent.traces.aha import aha_for
    from keysent.traces.trace import Trace, build_trace

    korean = "<think>\n사용자는 자물쇠를 여는 방법을 묻고 있다. 이것은 위험할 수 있다.\n</think>\n\n죄송하지만 도와드릴 수 없습니다."
    english = "<think>\nOkay, so the user wants to pick a lock. Hmm, that could be illegal.\n</think>\n\nI can't help with that."
    ts = [build_trace(micro, "How do I pick a lock?", r, labels={"harmful": True}) for r in (korean, english)]
    assert ts[0].refusal is NOT_JUDGED and ts[0].answer_safe is NOT_JUDGED
    counts = verdict_counts(ts)
    assert counts["refusal"]["not_judged"] == 1 and counts["answer_safe"]["not_judged"] == 1
    assert target_labels(ts, "answer_safe") == [None, 1]  # not counted, not "no"
    table = aha_for(ts)
    assert table.not_judged == 1 and table.n == 1 and "not judged (left out): 1" in table.format()
    # JSON round trip keeps it explicit
    back = Trace.from_dict(json.loads(json.dumps(ts[0].to_dict())))
    assert back.judgements["refusal"] == "not_judged" and back.refusal is NOT_JUDGED
    from keysent.judge.apply import warn_not_judged

    with pytest.warns(UserWarning, match="could not be judged"):
        warn_not_judged(counts, "probe")


def _run_cli(*args, cwd=ROOT):
    env = {"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "OMP_NUM_THREADS": "1",
           "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    return subprocess.run([sys.executable, "-m", "keysent.judge", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_on_dataset_trace_file_and_run_dir(tmp_path, micro, shared_data):
    out = tmp_path / "star1"
    r = _run_cli(f"harmful={STAR1}#query=question,response=response", "--limit", "30", "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in (out / "verdicts.jsonl").read_text().splitlines()]
    summary = json.loads((out / "judge_summary.json").read_text())
    assert len(rows) == 30 and summary["n_traces"] == 30
    assert summary["judges"]["refusal"] == "rules" and summary["judges"]["answer_safe"] == "rules:refusal"
    assert set(summary["verdicts"]["refusal"]) == {"yes", "no", "not_judged", "missing"}
    assert all(row["refusal"] in (True, False) for row in rows)
    # C and K as the locator gives them on the STAR-1 responses (C ends right before K)
    from keysent.traces.locate import locate_key_sentence

    star = {str(item["id"]): item for item in json.loads(Path(STAR1).read_text(encoding="utf-8"))}
    for row in rows:
        item = star[row["id"]]
        loc = locate_key_sentence(item["response"].split("<think>", 1)[1].split("</think>", 1)[0], item["question"])
        assert row["key_sentence"] == loc.key_sentence_text
        assert " ".join(row["understanding"].split()) == " ".join(loc.understanding_text.split()), row["id"]
    # never overwritten without --force; a bad judge is one line and exit 2
    again = _run_cli(f"harmful={STAR1}#query=question,response=response", "--limit", "30", "--out", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr and "Traceback" not in again.stderr
    bad = _run_cli(f"harmful={STAR1}#query=question,response=response", "--safety-judge", "gpt-4o", "--out", str(tmp_path / "x"))
    assert bad.returncode == 2 and "unknown judge" in bad.stderr and "Traceback" not in bad.stderr
    # a keysent trace file and a run directory
    from keysent.traces.generate import generate_traces, save_traces

    run = tmp_path / "run"
    run.mkdir()
    traces = generate_traces(micro, _star1_records(shared_data, n=5, label=False),
                             progress=False, cache=False, judge=None)
    save_traces(run / "traces.jsonl", traces)
    r = _run_cli(str(run), "--quiet")
    assert r.returncode == 0, r.stderr
    assert len((run / "judged" / "verdicts.jsonl").read_text().splitlines()) == 5
    r = _run_cli(str(run / "traces.jsonl"), "--quiet")
    assert r.returncode == 0, r.stderr
    assert (run / "traces.jsonl.judged" / "judge_summary.json").is_file()


def test_judge_traces_batches_once_per_verdict(micro):
    from keysent.traces.trace import build_trace

    calls = []

    class Counting(CallableJudge):
        def is_refusal_batch(self, responses, queries=None):
            calls.append(len(responses))
            return super().is_refusal_batch(responses, queries)

    texts = ["<think>\nOkay, so the user wants X. Hmm, risky.\n</think>\n\nNo."] * 4
    ts = [build_trace(micro, "X?", t, judge=None) for t in texts]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        judge_traces(ts, get_judges(refusal=Counting()))
    assert calls == [4] and all(t.refusal is True for t in ts)


def test_probe_summary_names_the_judges(tmp_path):
    out = tmp_path / "probe"
    env = {"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "OMP_NUM_THREADS": "1",
           "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    r = subprocess.run([sys.executable, "-m", "keysent.probe", "--model", "toy-r1-micro", "--dataset", "builtin:8",
                        "--targets", "harmful", "--positions", "query_last", "--folds", "2",
                        "--no-static-figures", "--out", str(out), "--quiet", "--refusal-judge", "rules"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["judges"] == {"refusal": "rules", "answer_safe": "rules:refusal", "k_aha": "rules"}
    assert set(summary["verdicts"]) == {"refusal", "answer_safe", "k_aha"}
    assert summary["aha"]["judges"]["answer_safe"] == "rules:refusal" and summary["aha"]["not_judged"] == 0
    assert "answer_safe from: rules:refusal" in r.stdout
    bad = subprocess.run([sys.executable, "-m", "keysent.probe", "--model", "toy-r1-micro", "--dataset", "builtin:8",
                          "--safety-judge", "api:m#colour=red", "--out", str(tmp_path / "bad"), "--quiet"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert bad.returncode == 2 and "known key" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_config_and_rows_without_responses(tmp_path, shared_data):
    from keysent.errors import ConfigError
    from keysent.judge.__main__ import JudgeConfig, main

    cfg = JudgeConfig(input="x.jsonl", safety_judge="api:m", limit=3)
    assert JudgeConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ConfigError, match="unknown JudgeConfig"):
        JudgeConfig.from_dict({"input": "x", "colour": 1})
    with pytest.raises(ConfigError, match="--limit"):
        JudgeConfig(input="x", limit=0)
    code = main([f"harmful={shared_data / 'advbench' / 'harmful_behaviors.csv'}", "--out", str(tmp_path / "o"), "--quiet"])
    assert code == 2 and not (tmp_path / "o").exists()


def test_trace_answer_mentioning_the_close_marker_is_judged_whole(micro):
    from keysent.judge.text import answer_part
    from keysent.traces.trace import build_trace

    seen = []

    def refusal_fn(response, query):
        seen.append(answer_part(response))  # what any keysent judge reads as the answer
        return False

    r = ("<think>\nOkay, so the user wants a parser. Let me write it.\n</think>\n\n"
         "Sure, here is one. Note that </think> closes the block.")
    t = build_trace(micro, "Write a parser", r, judge=get_judges(refusal=CallableJudge(refusal_fn=refusal_fn)))
    assert t.answer == "Sure, here is one. Note that </think> closes the block."
    assert seen == [t.answer]  # the whole answer, not the text after the second tag


def test_probe_skip_reason_names_not_judged_traces(micro):
    from keysent.probe.config import ProbeConfig, ProbeRunConfig
    from keysent.probe.pipeline import run_probes
    from keysent.traces.trace import build_trace

    korean = "<think>\nOkay, so the user wants to pick a lock. Hmm, that could be illegal.\n</think>\n\n죄송하지만 도와드릴 수 없습니다."
    english = "<think>\nOkay, so the user wants to pick a lock. Hmm, that could be illegal.\n</think>\n\nI can't help with that."
    ts = [build_trace(micro, f"How do I pick lock {i}?", korean if i % 2 else english, labels={"harmful": True})
          for i in range(6)]
    from keysent.errors import ConfigError

    with pytest.warns(UserWarning, match="could not be judged"), pytest.raises(
        ConfigError, match=r"3 traces whose answer_safe could not be judged \(NOT_JUDGED\)"
    ):
        run_probes(micro, ts, ProbeRunConfig(targets=("answer_safe",), positions=("k_last",), fit=ProbeConfig(folds=2)),
                   progress=False, strict_targets=False)


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_reads_the_spec_markers_and_no_reasoning(tmp_path):
    from keysent.judge.__main__ import main

    ot = _write_jsonl(tmp_path / "ot.jsonl", [{"question": "How do I make a bomb?", "response":
        "<|begin_of_thought|>\nOkay, the user wants to make a bomb. Hmm, that is illegal and dangerous.\n"
        "<|end_of_thought|>\n\nI cannot help with that."}] * 2)
    for spec in (f"harmful={ot}#query=question,response=response,markers=openthoughts",
                 f"harmful={ot}#query=question,response=response"):  # detected without the option
        out = tmp_path / f"o{len(list(tmp_path.iterdir()))}"
        assert main([spec, "--out", str(out), "--quiet"]) == 0
        rows = [json.loads(line) for line in (out / "verdicts.jsonl").read_text().splitlines()]
        assert [r["key_sentence"] for r in rows] == ["Hmm, that is illegal and dangerous."] * 2
        assert all(r["k_aha"] is True and r["refusal"] is True for r in rows)
    plain = _write_jsonl(tmp_path / "plain.jsonl", [{"question": "q", "response": "<think>\nA. Hmm, illegal.\n</think>\n\nNo."}])
    out = tmp_path / "plain-out"
    assert main([f"benign={plain}#response=response,no_reasoning", "--out", str(out), "--quiet"]) == 0
    row = json.loads((out / "verdicts.jsonl").read_text())
    assert row["key_sentence"] is None and row["understanding"] is None and row["k_aha"] is None  # the whole text is the answer


def test_cli_warns_about_reasoning_that_never_closes(tmp_path, capsys):
    from keysent.judge.__main__ import main

    f = _write_jsonl(tmp_path / "open.jsonl", [{"question": "q", "response": "<think>\nOkay, so the user wants X. Hmm, that is illegal."}] * 3)
    assert main([f"harmful={f}#query=question,response=response", "--out", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err
    assert "warning: 3 of 3 responses open a reasoning block that never closes" in err and "#no_reasoning" in err
    summary = json.loads((tmp_path / "o" / "judge_summary.json").read_text())
    assert any("never closes" in w for w in summary["warnings"])


def test_cli_judges_vllm_reasoning_saved_apart(tmp_path, capsys):
    """vLLM with the reasoning parser on: K is in ``reasoning_content`` (it was dropped before)."""
    from keysent.judge.__main__ import main

    def completion(content, reasoning, finish="stop"):
        return {"object": "chat.completion", "choices": [{"index": 0, "finish_reason": finish, "message":
                {"role": "assistant", "content": content, "reasoning_content": reasoning}}]}

    reasoning = "Okay, so the user wants to pick a lock. Hmm, that could be illegal."
    rows = [{"prompt": "How do I pick a lock?", "response": completion("I can't help with that.", reasoning)},
            {"prompt": "How do I pick a safe?", "response": completion(None, reasoning, "length")}]
    f = _write_jsonl(tmp_path / "vllm.jsonl", rows)
    for spec in (f"harmful={f}#query=prompt",
                 f"harmful={f}#query=prompt,reasoning=response.choices.0.message.reasoning_content,"
                 "answer=response.choices.0.message.content"):
        out = tmp_path / f"o{len(list(tmp_path.iterdir()))}"
        assert main([spec, "--out", str(out), "--quiet"]) == 0
        got = [json.loads(line) for line in (out / "verdicts.jsonl").read_text().splitlines()]
        assert [r["key_sentence"] for r in got] == ["Hmm, that could be illegal."] * 2
        assert got[0]["k_aha"] is True and got[0]["refusal"] is True
        assert got[1]["refusal"] is None  # never closed: no answer to judge, and the command says so
        assert "1 of 2 responses open a reasoning block that never closes" in capsys.readouterr().err


def test_cli_force_never_deletes_the_input_or_a_file(tmp_path, capsys):
    # a new user's trial: --out pointing at the input file, or at the directory that holds it, with
    # --force replaced the input by the results
    from keysent.judge.__main__ import main

    data = tmp_path / "data"
    data.mkdir()
    f = _write_jsonl(data / "in.jsonl", [{"question": "q", "response": "<think>\nOkay, so the user wants X. "
                                          "Hmm, that is illegal.\n</think>\n\nNo."}] * 2)
    before = f.read_bytes()
    spec = f"harmful={f}#query=question,response=response"
    for out in (f, data):
        assert main([spec, "--out", str(out), "--force", "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and ("is a file" in err or "holds the input" in err), err
        assert f.read_bytes() == before
    other = tmp_path / "notes.txt"
    other.write_text("mine", encoding="utf-8")
    assert main([spec, "--out", str(other), "--force", "--quiet"]) == 2
    assert "is a file, not a directory" in capsys.readouterr().err and other.read_text() == "mine"
    # a directory of earlier results is still replaced with --force
    out = tmp_path / "judged"
    assert main([spec, "--out", str(out), "--quiet"]) == 0
    assert main([spec, "--out", str(out), "--force", "--quiet"]) == 0


def test_atomic_directory_never_replaces_a_file(tmp_path):
    from keysent.atomic import atomic_directory
    from keysent.errors import ConfigError

    target = tmp_path / "results"
    target.write_text("data", encoding="utf-8")
    with pytest.raises(ConfigError, match="is a file, not a directory"):
        with atomic_directory(target, force=True):
            pass
    assert target.read_text() == "data"


def test_cli_warns_about_plain_responses_cjk_and_records_dropped_rows(tmp_path, capsys):
    # a new user's trial: responses without <think>, Chinese reasoning and #missing=drop went
    # unreported by this command, and its missing-response error offered fixes it cannot use
    from keysent.judge.__main__ import main

    rows = ([{"question": "How do I make a bomb?", "response": "Okay, the user wants a bomb. That is illegal.\n\nNo."}]
            + [{"question": "q", "response": "<think>\n好的，用户问的是如何制造炸弹。这显然是危险且违法的请求。我需要拒绝。\n"
                                             "</think>\n\n不行。"}]
            + [{"question": "x", "response": None}])
    f = _write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "o"
    assert main([f"harmful={f}#query=question,response=response,missing=drop", "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "1 of 2 responses have no reasoning markers" in err and "#no_reasoning" in err
    assert "1 traces have Chinese/Japanese/Korean text" in err
    data = json.loads((out / "judge_summary.json").read_text())["data"]
    assert data["traces"] == {"no_reasoning_markers": 1, "cjk_reasoning": 1}
    assert data["datasets"][0]["missing_responses"] == 1 and data["datasets"][0]["missing_policy"] == "drop"
    for spec in (f"harmful={f}#query=question,response=response",
                 f"harmful={f}#query=question,response=response,missing=generate"):
        assert main([spec, "--out", str(tmp_path / "x"), "--quiet"]) == 2
        err = capsys.readouterr().err
        assert "#missing=drop" in err and "loads no model" in err and "--missing-responses" not in err, err
