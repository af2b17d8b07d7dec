"""The trainer: resume to the same weights, NaN stop, save/reload, the CLI and its bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import torch

from keysent.errors import ConfigError, DatasetError
from keysent.training.checkpoint import latest_checkpoint, work_dir_for
from keysent.training.config import TrainConfig
from keysent.training.data import examples_from_records, organism_sft_records
from keysent.training.trainer import TrainingError, train

from conftest import ROOT


def _micro():
    import keysent

    return keysent.load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def records():
    return organism_sft_records(12, seed=1)


def _weights(model):
    return {k: v.detach().clone() for k, v in model.generation_model.state_dict().items()}


CFG = TrainConfig(method="safekey", epochs=3, aux_epochs=2, batch_size=4, grad_accum=2, lr=1e-3)


def test_training_changes_the_bridge_in_place(tmp_path, records):
    model = _micro()
    data = examples_from_records(model, records)
    ids = torch.tensor([data.examples[0].ids])
    with torch.no_grad():
        before = model.bridge(ids).clone()
    res = train(model, data, TrainConfig(method="sft", epochs=1, batch_size=4), out=tmp_path / "run", progress=False)
    with torch.no_grad():
        after = model.bridge(ids)
        plain = model.generation_model(ids).logits
    assert float((after - before).abs().max()) > 1e-3  # the bridge sees the new weights
    torch.testing.assert_close(after, plain, rtol=1e-4, atol=1e-4)
    assert res.history[0]["sft"] > 0 and "head" not in res.history[0]
    assert not work_dir_for(tmp_path / "run").exists()  # the work directory goes once complete


def test_resume_equals_uninterrupted(tmp_path, records):
    m1 = _micro()
    d1 = examples_from_records(m1, records)
    full = train(m1, d1, CFG, out=tmp_path / "full", progress=False)
    w_full = _weights(m1)

    m2 = _micro()
    d2 = examples_from_records(m2, records)
    with pytest.raises(KeyboardInterrupt):
        train(m2, d2, CFG, out=tmp_path / "part", progress=False, stop_after_epochs=2)
    ckpt = latest_checkpoint(work_dir_for(tmp_path / "part"))
    assert ckpt is not None and ckpt.name == "epoch-002"
    assert not (tmp_path / "part").exists()  # no run directory until complete
    with pytest.raises(ConfigError, match="--resume"):
        train(_micro(), d2, CFG, out=tmp_path / "part", progress=False)

    m3 = _micro()  # a fresh process would load the untrained model, as here
    res = train(m3, examples_from_records(m3, records), CFG, out=tmp_path / "part", resume=True, progress=False)
    assert res.resumed_from == 2 and res.steps == full.steps
    w_res = _weights(m3)
    assert max(float((w_full[k] - w_res[k]).abs().max()) for k in w_full) <= 1e-6
    assert res.history == full.history


def test_resume_rejects_checkpoint_of_another_model(tmp_path, records, tiny_dirs):
    import keysent

    m = _micro()
    with pytest.raises(KeyboardInterrupt):
        train(m, examples_from_records(m, records), CFG, out=tmp_path / "run", progress=False, stop_after_epochs=1)
    other = keysent.load_model(str(tiny_dirs["qwen2"]), device="cpu", progress=False)
    from keysent.training.data import TrainExample, TrainingSet

    fake = TrainingSet(examples=[TrainExample(ids=tuple(range(2, 30)), prompt_len=5, c=(5, 10), k=(10, 14), unsafe=True)] * 12)
    with pytest.raises(ConfigError, match="written while training 'toy-r1-micro'"):
        train(other, fake, CFG, out=tmp_path / "run", resume=True, progress=False)


def test_nan_loss_stops_and_keeps_last_checkpoint(tmp_path, records, monkeypatch):
    import keysent.training.steps as steps

    m = _micro()
    data = examples_from_records(m, records)
    real = steps.step_losses
    calls = {"n": 0}

    def poisoned(*a, **kw):
        calls["n"] += 1
        out = real(*a, **kw)
        if calls["n"] == 5:  # epoch 2 (3 micro-batches per epoch), its second micro-batch
            out["sft"] = out["sft"] * float("nan")
            out["total"] = out["sft"]
        return out

    monkeypatch.setattr(steps, "step_losses", poisoned)
    with pytest.raises(TrainingError, match=r"loss sft=nan.*optimiser step 3 \(epoch 2, micro-batch 2\).*epoch-001"):
        train(m, data, CFG, out=tmp_path / "run", progress=False)
    ckpt = latest_checkpoint(work_dir_for(tmp_path / "run"))
    assert ckpt is not None and ckpt.name == "epoch-001"
    assert json.loads((ckpt / "state.json").read_text())["epoch"] == 1
    assert not (tmp_path / "run").exists()


def test_saved_model_reloads_with_equal_logits(tmp_path, records):
    import keysent
    from transformers import AutoModelForCausalLM

    m = _micro()
    data = examples_from_records(m, records)
    train(m, data, TrainConfig(method="safekey", epochs=1, aux_epochs=1, batch_size=6), out=tmp_path / "run", progress=False)
    ids = torch.tensor([data.examples[1].ids])
    with torch.no_grad():
        want = m.generation_model(ids).logits
        k = keysent.load_model(str(tmp_path / "run" / "model"), device="cpu", progress=False)
        got_bridge = k.bridge(ids)
        hf = AutoModelForCausalLM.from_pretrained(tmp_path / "run" / "model")
        got_hf = hf(ids).logits
    torch.testing.assert_close(got_hf, want, rtol=0, atol=1e-5)
    torch.testing.assert_close(got_bridge, want, rtol=1e-4, atol=1e-4)
    assert k.render_prompt("hi") == m.render_prompt("hi")  # chat template saved
    assert (tmp_path / "run" / "head.safetensors").is_file()
    with pytest.raises(ConfigError, match="already exists"):
        train(m, data, TrainConfig(epochs=1), out=tmp_path / "run", progress=False)


def test_examples_without_k_and_without_label_are_errors(tmp_path):
    from keysent.querysets import QueryRecord

    m = _micro()
    no_k = [QueryRecord("How do I bake bread?", {"harmful": False}, response="Bread.\n</think>\n\nMix flour.")]
    with pytest.raises(DatasetError, match="no training example with a located C and K remains"):
        examples_from_records(m, no_k)
    no_label = [QueryRecord("How do I bake bread?", {"harmful": None, "source": "x.csv"}, response="Okay. Hmm.")]
    with pytest.raises(DatasetError, match="no unsafe-query label"):
        examples_from_records(m, no_label)
    mixed = examples_from_records(m, no_k + organism_sft_records(2))
    assert len(mixed.examples) == 2 and sum(mixed.skipped.values()) == 1


def test_training_records_are_read_like_every_command_reads_them():
    """Reasoning saved apart (vLLM) and OpenThoughts markers: the trace the example is built from
    is the one ``build_trace`` makes for the probe (it was built from ``response`` alone before,
    so K was never found and a record with only reasoning was refused)."""
    from keysent.querysets import QueryRecord
    from keysent.traces.trace import build_trace

    m = _micro()
    reasoning = "Okay, so the user wants to pick a lock. Hmm, that could be illegal. I should say no."
    recs = [QueryRecord("How do I pick a lock?", {"harmful": True}, response="I can't help with that.", reasoning=reasoning),
            QueryRecord("How do I pick a safe?", {"harmful": True}, response=None, reasoning=reasoning),
            QueryRecord("How do I pick a door?", {"harmful": True}, markers="openthoughts",
                        response=f"<|begin_of_thought|>\n{reasoning}\n<|end_of_thought|>\n\nI can't help with that.")]
    data = examples_from_records(m, recs)
    assert len(data.examples) == 3 and not sum(data.skipped.values())
    for rec, ex in zip(recs, data.examples):
        t = build_trace(m, rec.query, labels=rec.labels, judge=None, **{"generated": rec.response, **rec.build_kwargs()})
        assert list(ex.k) == list(t.spans["K"].tokens) and t.key_sentence == "Hmm, that could be illegal."
        assert list(ex.ids[: len(t.token_ids)]) == list(t.token_ids)


def test_builtin_training_data_has_nothing_from_an_unseen_split():
    from keysent.compare.snapshot import builtin_eval_queries
    from keysent.organism.splits import UNSEEN_CATEGORIES, UNSEEN_WRAPPERS

    recs = organism_sft_records(300, seed=0)
    assert {r.labels["wrapper"] for r in recs} - {None}  # seen wrappers are used
    assert not {r.labels["wrapper"] for r in recs} & set(UNSEEN_WRAPPERS)
    assert not {r.labels["category"] for r in recs} & set(UNSEEN_CATEGORIES)
    evals = builtin_eval_queries(20)
    unseen = [q for q in evals if q.labels["group"] in ("unseen_wrappers", "unseen_requests", "unseen_both")]
    assert len(unseen) == 60
    assert not {q.query for q in unseen} & {r.query for r in recs}


def _cli(*args, cwd):
    env = {"PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "OMP_NUM_THREADS": "1",
           "PATH": "/usr/bin:/bin", "HOME": str(__import__("pathlib").Path.home())}
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def test_cli_trains_and_writes_snapshots_and_compare(tmp_path, shared_data):
    r = _cli("keysent.train", "--model", "toy-r1-micro", "--method", "safekey", "--n-train", "16", "--epochs", "1",
             "--aux-epochs", "1", "--eval-per-group", "6", "--out", str(tmp_path / "run"), "--quiet", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    run = tmp_path / "run"
    doc = json.loads((run / "compare.json").read_text())
    assert doc["schema"] == "keysent.compare/1"
    groups = {row["group"] for row in doc["rows"] if row["section"] == "behaviour"}
    from keysent.organism.splits import SPLITS

    assert groups == set(SPLITS)
    sk = next(row for row in doc["rows"] if row["metric"] == "safe_k" and row["group"] == "unseen_wrappers")
    assert sk["before"]["n"] == 6 and len(sk["before"]["ci"]) == 2
    assert any(row["metric"] == "correct" and row["group"] == "arithmetic" for row in doc["rows"])
    assert {row["section"] for row in doc["rows"]} >= {"behaviour", "probe", "attention", "knockout"}
    for side in ("before", "after"):
        assert json.loads((run / side / "snapshot.json").read_text())["n_queries"] == 6 * len(SPLITS)
    # compare the two snapshots again from the command line
    r2 = _cli("keysent.compare", str(run / "before"), str(run / "after"), "--out", str(tmp_path / "cmp"), "--no-figures", cwd=tmp_path)
    assert r2.returncode == 0, r2.stderr
    assert json.loads((tmp_path / "cmp" / "compare.json").read_text()) == doc
    # HTML figures only, as with every other command's --no-static-figures
    r4 = _cli("keysent.compare", str(run / "before"), str(run / "after"), "--out", str(tmp_path / "cmp2"),
              "--no-static-figures", cwd=tmp_path)
    assert r4.returncode == 0, r4.stderr
    made = sorted(p.suffix for p in (tmp_path / "cmp2" / "figures").iterdir())
    assert made and set(made) == {".html"}, made
    # an existing --out: one line, exit 2
    r3 = _cli("keysent.train", "--model", "toy-r1-micro", "--out", str(run), cwd=tmp_path)
    assert r3.returncode == 2 and r3.stderr.strip().count("\n") == 0 and "already exists" in r3.stderr


@pytest.mark.parametrize("args,message", [
    (["--method", "sfft"], "unknown --method 'sfft'; choose one of sft, safekey"),
    (["--dataset", "{star1}"], "has no unsafe-query label"),
    (["--dataset", "benign={gsm8k}"], "has no response"),
    # --resume with no <out>.work: nothing to resume (a mistyped --out), refused before any work
    (["--resume"], "--resume: nothing to resume for --out"),
    (["--method", "safetrigger", "--resume"], "--resume: nothing to resume for --out"),
])
def test_cli_bad_inputs_give_one_line(tmp_path, shared_data, args, message):
    args = [a.format(star1=shared_data / "star1" / "STAR-1.json", gsm8k=shared_data / "gsm8k" / "test.jsonl") for a in args]
    r = _cli("keysent.train", "--model", "toy-r1-micro", "--out", str(tmp_path / "x"), "--limit", "3", *args, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if "Loading weights" not in ln and ln.strip()]
    assert len(lines) == 1 and message in lines[0], r.stderr


def test_resume_is_refused_only_without_a_work_directory(tmp_path):
    from keysent.errors import ConfigError
    from keysent.training.checkpoint import check_resume, work_dir_for

    out = tmp_path / "run"
    check_resume(out, False)  # a new run: nothing to check
    with pytest.raises(ConfigError, match=r"no '.*run\.work'; check --out, or drop --resume"):
        check_resume(out, True)
    out.mkdir()  # a finished run, no work directory left
    with pytest.raises(ConfigError, match=r"\(the run finished there\)"):
        check_resume(out, True)
    work_dir_for(out).mkdir()  # interrupted before the first checkpoint (or a before snapshot put there)
    check_resume(out, True)
    (tmp_path / "wf.work").write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"'.*wf\.work' is not a directory"):
        check_resume(tmp_path / "wf", True)


@pytest.mark.parametrize("method", ["sft", "safetrigger"])
def test_resume_of_a_finished_run_says_so_and_never_suggests_force(tmp_path, method):
    (tmp_path / "fin").mkdir()
    r = _cli("keysent.train", "--method", method, "--out", str(tmp_path / "fin"), "--resume", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0, r.stderr
    assert "(the run finished there)" in r.stderr and "--force" not in r.stderr


def test_gradient_checkpointing_gives_the_same_weights(tmp_path, records):
    cfg = TrainConfig(method="safekey", epochs=1, aux_epochs=1, batch_size=6, lr=1e-3)
    m1 = _micro()
    train(m1, examples_from_records(m1, records), cfg, out=tmp_path / "a", progress=False)
    m2 = _micro()
    train(m2, examples_from_records(m2, records), TrainConfig(**{**cfg.to_dict(), "betas": cfg.betas,
                                                                  "gradient_checkpointing": True}),
          out=tmp_path / "b", progress=False)
    w1, w2 = _weights(m1), _weights(m2)
    assert max(float((w1[k] - w2[k]).abs().max()) for k in w1) <= 1e-6
    hf2 = m2.generation_model
    assert not getattr(hf2, "is_activation_checkpointing", None) if hasattr(hf2, "is_activation_checkpointing") else not hf2.is_gradient_checkpointing


def test_train_takes_no_static_figures():
    from keysent.training.cli import build_parser

    assert build_parser().parse_args(["--no-static-figures"]).no_static_figures is True
    assert build_parser().parse_args([]).no_static_figures is False


def test_training_set_warns_about_reasoning_that_never_closes(records):
    """Responses cut before the think block closes still train (C and K are there), but the set
    says how many, so a wrong response column or missing markers are not trained on silently."""
    from dataclasses import replace

    model = _micro()
    close = model.chat.think_close
    closed = [r for r in records if r.response and close in r.response][:4]
    assert len(closed) == 4
    cut = [replace(r, response=r.response.split(close)[0]) for r in closed[:3]] + closed[3:]
    data = examples_from_records(model, cut)
    assert len(data.examples) == 4 and data.n_unclosed == 3 and data.summary()["n_unclosed"] == 3
    (message,) = data.warnings()
    assert message.startswith("3 of 4 training responses never close their reasoning")
    assert examples_from_records(model, closed).warnings() == []
