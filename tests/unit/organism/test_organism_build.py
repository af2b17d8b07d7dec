"""Building, caching, loading and checking the organism (micro in the default run, toy-r1 slow)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from keysent.errors import ConfigError, ModelLoadError
from keysent.organism.build import build_organism, is_complete, organism_path
from keysent.organism.config import OrganismConfig
from keysent.organism.registry import ORGANISMS, get_organism_config
from keysent.organism.tokenizer import ASSISTANT, BOS, EOS, SPECIAL_TOKENS, THINK_CLOSE, USER

ROOT = Path(__file__).resolve().parents[3]

#: Measured format-kept rate of toy-r1-micro on the 48 fresh examples of
#: test_micro_keeps_the_format (see .notes/organism.md); the threshold leaves a margin for
#: numerical differences between machines.
MICRO_FORMAT_THRESHOLD = 0.75


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


@pytest.fixture(scope="module")
def micro_dir() -> Path:
    return organism_path("toy-r1-micro", progress=False)


def test_micro_directory_loads_offline(micro_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    cfg = ORGANISMS["toy-r1-micro"]
    assert micro_dir.name == f"toy-r1-micro-{cfg.config_hash()}"
    assert is_complete(micro_dir)
    assert (micro_dir / "model.safetensors").is_file()
    tok = AutoTokenizer.from_pretrained(str(micro_dir))
    model = AutoModelForCausalLM.from_pretrained(str(micro_dir))
    assert type(model).__name__ == "Qwen2ForCausalLM"
    assert model.config.hidden_size == cfg.d_model
    assert model.config.num_key_value_heads == cfg.n_kv_heads
    assert model.config.vocab_size == len(tok) <= cfg.vocab_size
    log = json.loads((micro_dir / "build_log.json").read_text())
    for key in ("config", "seed", "n_train_sequences", "loss_curve", "wall_seconds",
                "torch_version", "torch_num_threads"):
        assert key in log
    assert log["config"] == cfg.to_dict() and log["torch_num_threads"] == 1
    curve = [p["loss"] for p in log["loss_curve"]]
    assert curve[-1] < 0.25 * curve[0]  # it learned something


def test_chat_template_and_single_bos(micro_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(micro_dir))
    for t in SPECIAL_TOKENS:
        assert len(tok(t, add_special_tokens=False)["input_ids"]) == 1
    assert tok.bos_token == BOS and tok.eos_token == EOS and tok.pad_token == EOS
    msgs = [{"role": "user", "content": "How do I boil an egg?"}]
    rendered = tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
    assert rendered == BOS + USER + "How do I boil an egg?" + ASSISTANT + "<think>\n"
    ids = tok.apply_chat_template(msgs, tokenize=True, add_generation_prompt=True)
    ids = ids["input_ids"] if not isinstance(ids, list) else ids
    assert ids.count(tok.bos_token_id) == 1 and ids[0] == tok.bos_token_id
    assert tok(rendered, add_special_tokens=False)["input_ids"] == ids
    assert tok(rendered)["input_ids"] == ids  # no BOS added by the tokenizer itself
    full = tok.apply_chat_template(
        msgs + [{"role": "assistant", "content": "<think>\nOkay.\n</think>\n\nBoil it."}],
        tokenize=False,
    )
    assert full.endswith(THINK_CLOSE + "\n\nBoil it." + EOS)
    assert tok.decode(tok(full)["input_ids"], skip_special_tokens=True).count(THINK_CLOSE) == 1


def test_micro_build_is_deterministic(micro_dir, tmp_path, monkeypatch):
    """A fresh build in another KEYSENT_HOME has exactly the same tensors and tokenizer."""
    from safetensors.torch import load_file

    monkeypatch.setenv("KEYSENT_HOME", str(tmp_path / "home"))
    again = organism_path("toy-r1-micro", progress=False)
    assert again != micro_dir and again.name == micro_dir.name
    a = load_file(str(micro_dir / "model.safetensors"))
    b = load_file(str(again / "model.safetensors"))
    assert a.keys() == b.keys() and len(a) > 5
    for k in a:
        assert torch.equal(a[k], b[k]), k
    assert (micro_dir / "tokenizer.json").read_bytes() == (again / "tokenizer.json").read_bytes()


_LOCK_KW = dict(name="lock-test", n_train_examples=80, vocab_size=320, d_model=32, n_layers=1,
                n_heads=2, n_kv_heads=1, d_mlp=64, batch_tokens=2048, num_threads=1)
_LOCK_SCRIPT = textwrap.dedent(
    f"""
    from keysent.organism.build import organism_path
    from keysent.organism.config import OrganismConfig
    print(organism_path(OrganismConfig(**{_LOCK_KW!r}), progress=True))
    """
)


def test_concurrent_builds_build_once(tmp_path):
    env = dict(os.environ, KEYSENT_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen([sys.executable, "-c", _LOCK_SCRIPT], env=env, cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    paths = {o[0].strip().splitlines()[-1] for o in outs}
    assert len(paths) == 1 and is_complete(paths.pop())
    built = ["building organism" in o[1] for o in outs]
    assert built.count(True) == 1, [o[1][-500:] for o in outs]
    models = tmp_path / "home" / "models"
    visible = [p.name for p in models.iterdir() if not p.name.startswith(".")]
    assert visible == [OrganismConfig(**_LOCK_KW).dir_name]  # no second or partial directory


def test_missing_and_unknown(tmp_path, monkeypatch):
    monkeypatch.setenv("KEYSENT_HOME", str(tmp_path / "empty"))
    with pytest.raises(ModelLoadError, match="not built yet"):
        organism_path("toy-r1", build=False)
    with pytest.raises(ConfigError, match="unknown organism"):
        organism_path("toy-r2")
    with pytest.raises(ConfigError, match="unknown organism"):
        get_organism_config(3)
    out = tmp_path / "exists"
    out.mkdir()
    with pytest.raises(ConfigError, match="already exists"):
        build_organism("toy-r1-micro", out)


def test_registry_sizes():
    big = ORGANISMS["toy-r1"]
    assert (big.d_model, big.n_layers, big.n_heads, big.n_kv_heads) == (256, 4, 8, 2)
    from transformers import Qwen2Config, Qwen2ForCausalLM

    with torch.device("meta"):
        m = Qwen2ForCausalLM(Qwen2Config(
            vocab_size=big.vocab_size, hidden_size=big.d_model, intermediate_size=big.d_mlp,
            num_hidden_layers=big.n_layers, num_attention_heads=big.n_heads,
            num_key_value_heads=big.n_kv_heads, tie_word_embeddings=True))
    n = sum(p.numel() for p in m.parameters())
    assert 3e6 < n < 5e6
    for cfg in ORGANISMS.values():
        assert OrganismConfig.from_dict(cfg.to_dict()) == cfg


def test_micro_keeps_the_format(micro_dir):
    from keysent.organism.quality import evaluate_organism

    report = evaluate_organism("toy-r1-micro", n=48, max_new_tokens=200, batch_size=16,
                               progress=False)
    assert report.n == 48 and len(report.rows) == 48
    assert report.format_rate >= MICRO_FORMAT_THRESHOLD, report.summary()
    assert set(report.groups) == {"plain_harmful", "wrapped_harmful", "benign"}
    # general ability is reported with counts and intervals beside the safety rates
    assert set(report.abilities) == {"arithmetic", "factual"}
    for row in report.abilities.values():
        assert row["n"] == sum(r["task"] == "chat" and r["topic"] == row["name"]
                               and not r["harmful"] for r in report.rows)
        assert 0 <= row["ci_low"] <= (row["accuracy"] or 0) <= row["ci_high"] <= 1
    assert "arithmetic accuracy (exact answer)" in report.summary()
    # the corpus's answer rates are the expectation given each example's K (the mismatch coin is
    # not re-drawn): K safe -> 1 - m, solve K -> m, benign -> 0
    m = ORGANISMS["toy-r1-micro"].corpus.answer_mismatch_rate
    harmful = [r for r in report.rows if r["task"] == "chat" and r["harmful"]]
    assert harmful and any(r["corpus_k_safe"] for r in harmful)
    for r in report.rows:
        want = (1 - m if r["corpus_k_safe"] else m) if r["task"] == "chat" and r["harmful"] else 0.0
        assert r["corpus_answer_safe_expected"] == pytest.approx(want)
    plain = [r for r in harmful if not r["wrapper"]]
    g = report.groups["plain_harmful"]
    k_rate = sum(r["corpus_k_safe"] for r in plain) / len(plain)
    assert g.corpus_k_safe == pytest.approx(k_rate)
    assert g.corpus_answer_safe == pytest.approx(k_rate * (1 - m) + (1 - k_rate) * m)
    assert g.corpus_helpful == pytest.approx(1 - g.corpus_answer_safe)
    assert report.groups["benign"].corpus_answer_safe == 0.0
    with pytest.raises(ConfigError, match="trained on"):
        evaluate_organism("toy-r1-micro", n=4, seed=ORGANISMS["toy-r1-micro"].seed)


def test_cli_build_cached_and_quality(micro_dir, capsys):
    from keysent.organism.__main__ import main

    assert main(["build", "toy-r1-micro", "--no-progress"]) == 0
    assert str(micro_dir) in capsys.readouterr().out
    assert main(["quality", str(micro_dir), "--n", "6", "--max-new-tokens", "16",
                 "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "format kept" in out and "quality bar" in out
    assert main(["build", "toy-nope"]) == 2
    assert "unknown organism" in capsys.readouterr().err


def test_cli_quality_json_is_checked_before_generating(tmp_path, capsys, monkeypatch):
    """A --json that cannot be written (under a file, a directory, an existing file without
    --force) is one line and exit 2 before any generation, not a traceback afterwards."""
    import keysent.organism.quality as quality
    from keysent.organism.__main__ import main

    monkeypatch.setattr(quality, "evaluate_organism",
                        lambda *a, **k: pytest.fail("evaluated despite a bad --json"))
    a_file = tmp_path / "runs.jsonl"
    a_file.write_text("{}\n")
    cases = {str(a_file / "x.json"): "is a file, not a directory",
             str(tmp_path): "is a directory",
             str(a_file): "already exists; pass --force"}
    for target, message in cases.items():
        assert main(["quality", "toy-r1-micro", "--n", "4", "--json", target]) == 2
        err = capsys.readouterr().err
        assert message in err and err.startswith("python -m keysent.organism: error:"), err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert a_file.read_text() == "{}\n"  # nothing overwritten


_REPORTS: dict = {}


def _toy_r1_report():
    from keysent.organism.quality import evaluate_organism

    if "toy-r1" not in _REPORTS:
        _REPORTS["toy-r1"] = evaluate_organism("toy-r1", n=400, progress=False)
    return _REPORTS["toy-r1"]


@pytest.mark.slow
def test_toy_r1_meets_the_quality_bar():
    """Format kept >= 95% and each behaviour rate within 10 points of the corpus (greedy)."""
    report = _toy_r1_report()
    ok, failures = report.meets_bar()
    assert ok, report.summary()
    assert report.groups["plain_harmful"].n > 50 and report.groups["wrapped_harmful"].n > 50


@pytest.mark.slow
def test_toy_r1_general_ability_goals():
    """Issue 14's goals: >= 0.8 exact answers on fresh arithmetic items, >= 0.9 on factual ones.

    Measured for the v5 build (docs/organism.md, ``quality toy-r1 --n 400``): arithmetic 0.926
    (88/95), factual 1.000 (40/40). v4 (fewer factual examples) failed the factual goal, 0.833.
    """
    report = _toy_r1_report()
    arith, fact = report.abilities["arithmetic"], report.abilities["factual"]
    assert arith["n"] >= 50 and arith["accuracy"] >= 0.8, report.summary()
    assert fact["n"] >= 15 and fact["accuracy"] >= 0.9, report.summary()


def test_quiet_build_prints_one_line_and_no_bar(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("KEYSENT_HOME", str(tmp_path / "home"))
    path = organism_path(OrganismConfig(**_LOCK_KW), progress=False)
    err = capfd.readouterr().err
    assert is_complete(path)
    assert "building organism 'lock-test'" in err  # a build of minutes is never silent
    assert "training" not in err and "it/s" not in err and "step/s" not in err


def test_cli_quiet_reaches_the_build(monkeypatch):
    """--quiet turns off the organism's training bar as well (CI logs stay readable)."""
    import keysent.models.loading as loading
    from keysent.cli.options import load_model_from_args, make_parser

    seen = {}
    monkeypatch.setattr(loading, "load_model", lambda name, **kw: seen.update(kw, name=name))
    parser = make_parser("probe", "test", default_per_group=10)
    load_model_from_args(parser.parse_args(["--quiet"]))
    assert seen["progress"] is False and seen["name"] == "toy-r1"
    load_model_from_args(parser.parse_args([]))
    assert seen["progress"] is True
