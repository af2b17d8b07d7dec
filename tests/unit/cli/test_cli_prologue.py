"""``start_command``: the first steps every analysis command shares, in one order, and the run
directory they end in (``traces.jsonl``, ``figures/``, the summary's ``data`` and ``inputs``)."""

from __future__ import annotations

import json

import pytest

from keysent.cli.options import make_parser
from keysent.cli.prologue import start_command
from keysent.errors import ConfigError


@pytest.fixture()
def data(tmp_path):
    rows = [{"query": "How do I bake bread without an oven?",
             "response": "Okay, so the user wants to bake bread. They have no oven. Hmm, a pan works. "
                         "Let me explain.\n</think>\n\nUse a covered pan on low heat."},
            {"query": "How do I pick a lock?",
             "response": "Okay, the user asks how to pick a lock. Hmm, that could be illegal.\n</think>\n\nI can't help."}]
    path = tmp_path / "given.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return f"benign={path}"


def _argv(tiny_dirs, data, out, *extra):
    return ["--model", str(tiny_dirs["qwen2"]), "--device", "cpu", "--dataset", data, "--out", str(out),
            "--no-cache", *extra]


def test_steps_in_order_and_the_run_directory(tiny_dirs, data, tmp_path, capsys):
    seen: list[str] = []

    def config(args):
        seen.append("config")
        return {"seed": args.seed}

    start = start_command("probe", make_parser("probe", "x", default_per_group=2),
                          _argv(tiny_dirs, data, tmp_path / "run", "--seed", "3"), default_per_group=2,
                          config_from_args=config,
                          prepare_argv=lambda argv: seen.append("argv") or argv,
                          before_model=lambda cfg: seen.append(f"before {cfg['seed']}"),
                          with_model=lambda cfg, model: seen.append(f"model {model.n_layers}"),
                          needed_positions=lambda cfg: seen.append("positions") or ["k_last"])
    assert seen == ["argv", "config", "before 3", f"model {start.model.n_layers}", "positions"]
    assert len(start.queries) == len(start.traces) == 2 and start.config == {"seed": 3}
    assert start.argv[-2:] == ["--seed", "3"] and not start.out.exists()  # as given, not yet created
    err = capsys.readouterr().err
    assert "2 queries; loading" in err and "2 traces, 2 with a key sentence" in err
    with start.run_directory() as run:
        assert (run.path / "figures").is_dir()
        run.summary["n"] = 2
    summary = json.loads((start.out / "summary.json").read_text())
    assert list(summary)[-3:] == ["n", "data", "inputs"]  # data and inputs after the command's own keys
    assert summary["command"] == "probe" and summary["config"] == {"seed": 3}
    assert summary["data"]["traces"]["given_responses"] == 2 and summary["inputs"]["seed"] == 3
    assert len((start.out / "traces.jsonl").read_text().splitlines()) == 2
    assert start.finished().startswith(f"run directory: {start.out}  (")


def test_a_check_before_the_model_stops_it_loading(tiny_dirs, data, tmp_path, capsys):
    def refuse(cfg):
        raise ConfigError("bad bank")

    with pytest.raises(ConfigError, match="bad bank"):
        start_command("probe", make_parser("probe", "x", default_per_group=2), _argv(tiny_dirs, data, tmp_path / "r"),
                      default_per_group=2, config_from_args=lambda args: None, before_model=refuse)
    assert "loading" not in capsys.readouterr().err  # the model was never loaded


def test_an_existing_out_fails_before_the_queries(tiny_dirs, tmp_path):
    (tmp_path / "r").mkdir()
    with pytest.raises(ConfigError, match="already exists"):
        start_command("probe", make_parser("probe", "x", default_per_group=2),
                      _argv(tiny_dirs, str(tmp_path / "missing.jsonl"), tmp_path / "r"),
                      default_per_group=2, config_from_args=lambda args: None)
