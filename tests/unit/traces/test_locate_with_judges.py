"""The model-based locator with the project's own judges (``make_judge(spec, "c_end")``, the
``--locator`` option): a c_end PromptJudge is an EndOfCJudge, batched and cached, and brought
traces are located by it with the rules where it gives no answer. Real STAR-1 traces."""

from __future__ import annotations

import json
import re

import pytest

from keysent.errors import ConfigError
from keysent.judge.model import PromptJudge
from keysent.traces.locate import locate_key_sentence
from keysent.traces.locate_model import SHOWN_SENTENCES, EndOfCJudge, locate_key_sentences, number_sentences


def _judge(reply, cache=False):
    """A c-end PromptJudge whose backend answers ``reply(request)``; records every batch sent."""
    sent: list[list[str]] = []

    def backend(requests):
        sent.append(list(requests))
        return [reply(r) for r in requests]

    judge = PromptJudge(backend, prompt="c-end", name="fake", cache=cache)
    return judge, sent


@pytest.fixture(scope="module")
def star1(shared_data):
    return json.load(open(shared_data / "star1" / "STAR-1.json"))[:6]


TEXT = "Okay, so the user wants a cake recipe. They have no oven. Hmm, that limits things. Let me think."


def test_a_c_end_prompt_judge_is_an_end_of_c_judge():
    judge, sent = _judge(lambda r: "2")
    assert isinstance(judge, EndOfCJudge)
    loc = locate_key_sentence(TEXT, "cake?", method="model", judge=judge)
    assert (loc.method, loc.key_sentence_text) == ("model", "Hmm, that limits things.")
    assert len(sent) == 1 and "[2] They have no oven." in sent[0][0] and "cake?" in sent[0][0]
    assert judge.stats() == {"name": "fake|c-end-v1", "calls": 1, "answered": 1, "fallbacks": 0, "backend_calls": 1}


@pytest.mark.parametrize("reply, method, k", [
    ("1", "model", "They have no oven."),
    ("0", "model", "They have no oven."),  # "the first sentence already decides": C is the first sentence
    ("3", "model", "Let me think."),
    ("4", "model", None),  # all four are C: no K (as with CallableEndOfCJudge)
    ("9", "model-fallback", "Hmm, that limits things."),  # out of range
    ("I am not sure.", "model-fallback", "Hmm, that limits things."),
])
def test_answers_out_of_range_or_unread_fall_back(reply, method, k):
    judge, _ = _judge(lambda r: reply)
    loc = locate_key_sentence(TEXT, "cake?", method="model", judge=judge)
    assert (loc.method, loc.key_sentence_text) == (method, k)
    assert judge.stats()["fallbacks"] == (method == "model-fallback")


def test_batched_and_cached(tmp_path):
    texts = [TEXT, "Okay, let's see. The user asks for a poem. Let me write one.", "Hmm."]
    judge, sent = _judge(lambda r: "2", cache=tmp_path)
    locs = locate_key_sentences(texts, ["cake?", "poem?", None], method="model", judge=judge)
    assert [loc.key_sentence_text for loc in locs] == ["Hmm, that limits things.", "Let me write one.", None]
    assert len(sent) == 1 and len(sent[0]) == 3  # one batch for all three
    again, sent2 = _judge(lambda r: "1", cache=tmp_path)  # a rerun reads the cache, sends nothing
    assert [loc.key_sentence_text for loc in locate_key_sentences(texts, ["cake?", "poem?", None],
                                                                   method="model", judge=again)] == \
        [loc.key_sentence_text for loc in locs]
    assert sent2 == [] and again.stats()["backend_calls"] == 0


def test_only_the_first_sentences_are_shown():
    sentences = [f"Sentence {i}." for i in range(1, 31)]
    shown, text = number_sentences(sentences)
    assert shown == SHOWN_SENTENCES and text.splitlines()[-1] == f"[{SHOWN_SENTENCES}] Sentence {SHOWN_SENTENCES}."
    judge, sent = _judge(lambda r: str(SHOWN_SENTENCES + 1))  # beyond what it was shown: no answer
    assert judge.mark_end_of_c(" ".join(sentences), sentences, None) is None
    assert f"[{SHOWN_SENTENCES + 1}]" not in sent[0][0]


def test_a_judge_of_another_verdict_is_refused():
    refusal = PromptJudge(lambda reqs: ["no"] * len(reqs), prompt="refusal-xstest", name="r", cache=False)
    with pytest.raises(ConfigError, match="answers 'refusal'.*not 'c_end'"):
        locate_key_sentence(TEXT, method="model", judge=refusal)


def test_brought_star1_traces_located_by_the_judge(tiny_qwen2, star1, tmp_path, capsys):
    """``traces_from_args`` with ``--locator``: one batched call, each trace's C as the judge
    says, the rules where it gives no answer, counted in the trace report and warned."""
    from keysent.cli.options import make_parser, queries_from_args, traces_from_args
    from keysent.traces.locate import prepare_sentences

    rows = [{"query": r["question"], "response": r["response"]} for r in star1]
    path = tmp_path / "star1.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    p = make_parser("probe", "x", default_per_group=2)
    args = p.parse_args(["--dataset", f"harmful={path}", "--no-cache", "--locator", "rules"])
    rules = traces_from_args(args, tiny_qwen2, queries_from_args(args, default_per_group=2))
    # the judge says C is the first two sentences, except for the last trace (no answer)
    judge, sent = _judge(lambda r: "no idea" if star1[-1]["question"][:40] in r else "2")
    args = p.parse_args(["--dataset", f"harmful={path}", "--no-cache"])
    args._locator = judge
    traces = traces_from_args(args, tiny_qwen2, queries_from_args(args, default_per_group=2))
    assert len(sent) == 1 and len(sent[0]) == len(rows)
    for t, r in zip(traces[:-1], rules[:-1]):
        _, _, texts = prepare_sentences(t.reasoning)
        assert t.flags["locator"] == "model"
        assert t.key_sentence == texts[2]
        assert re.sub(r"\s+", " ", t.understanding) == re.sub(r"\s+", " ", " ".join(texts[:2]))
    assert traces[-1].flags["locator"] == "model-fallback"
    assert traces[-1].span("K").chars == rules[-1].span("K").chars  # the rules' K
    assert args.trace_report["located_by"] == {"model": len(rows) - 1, "model-fallback": 1}
    assert f"no valid answer for 1 of {len(rows)} traces" in capsys.readouterr().err
    assert "locator" not in rules[0].flags


def test_bad_locator_spec_is_one_line_before_the_model_loads(capsys):
    from keysent.probe.__main__ import main

    assert main(["--locator", "gpt-4o", "--model", "no-such-model-path"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unknown locator 'gpt-4o'" in err and "api:MODEL" in err and "'learned'" in err


def test_training_examples_located_by_the_judge(tiny_qwen2, star1):
    """``train --locator``: the training set's C and K spans follow the judge (one batched call);
    fallbacks are counted and warned before training."""
    from keysent.querysets import QueryRecord
    from keysent.training.data import examples_from_records

    records = [QueryRecord(query=r["question"], response=r["response"], labels={"harmful": True}) for r in star1]
    rules = examples_from_records(tiny_qwen2, records)
    judge, sent = _judge(lambda r: "no idea" if star1[0]["question"][:40] in r else "3")
    data = examples_from_records(tiny_qwen2, records, locator=judge)
    assert len(sent) == 1 and len(sent[0]) == len(records)
    assert data.summary()["located_by"] == {"model": len(records) - 1, "model-fallback": 1}
    assert data.examples[0].k == rules.examples[0].k  # the fallback: the rules' K
    assert all(e.k[0] >= r.k[0] for e, r in zip(data.examples[1:], rules.examples[1:]))
    assert any(e.k != r.k for e, r in zip(data.examples[1:], rules.examples[1:]))
    assert [w for w in data.warnings() if "locator judge" in w] == [
        f"the locator judge gave no valid answer for 1 of {len(records)} traces; their C and K are the rules'"]
    assert "located_by" not in rules.summary() and rules.warnings() == []


@pytest.mark.parametrize("reply, number", [
    ("3", 3), ("[3]", 3), ("Sentence 3.", 3), ("The last sentence of C is 4.", 4), ("Answer: 2", 2),
    ("<think>2 or 3?</think> 3", 3), ("0", 0), ("3\n", 3),
    ("1 or 2", None), ("2-4", None), ("sentences 2-4", None), ("2/3", None), ("3.5", None),
    ("-1", None), ("none", None), ("", None),
])
def test_one_reader_for_every_judge_of_c_end(reply, number):
    from keysent.judge.prompts import parse_index
    from keysent.traces.locate_model import parse_end_of_c, read_sentence_number

    assert read_sentence_number(reply) == number == parse_index(reply)
    assert parse_end_of_c(reply, 12) == (None if not number else number - 1)


@pytest.mark.parametrize("reply", ["1 or 2", "2-4", "-1", "3.5"])
def test_an_ambiguous_reply_of_a_project_judge_falls_back(reply):
    judge, _ = _judge(lambda r: reply)
    loc = locate_key_sentence(TEXT, "cake?", judge=judge)  # a judge given: method="model"
    assert (loc.method, loc.key_sentence_text) == ("model-fallback", "Hmm, that limits things.")


def test_a_judge_is_never_ignored():
    from keysent.errors import KeysentError

    judge, _ = _judge(lambda r: "1")
    assert locate_key_sentence(TEXT, judge=judge).method == "model"
    assert locate_key_sentences([TEXT], judge=judge)[0].method == "model"
    with pytest.raises(KeysentError, match="method='rules', which would ignore it"):
        locate_key_sentence(TEXT, method="rules", judge=judge)


def _scripted_api(monkeypatch, reply):
    """``--locator api:scripted`` builds the c-end PromptJudge of :func:`_judge` (no network)."""
    import keysent.judge.api

    made = []

    def api_judge(target, **options):
        judge, sent = _judge(reply)
        made.append((target, options["prompt"], sent))
        return judge

    monkeypatch.setattr(keysent.judge.api, "api_judge", api_judge)
    return made


def test_judge_command_locates_a_dataset_with_the_locator(star1, tmp_path, monkeypatch, capsys):
    """``python -m keysent.judge --locator``: the dataset's K as the judge says (one batched call),
    the rules where it gives no answer, ``located_by`` in the summary and the fallback warned."""
    from keysent.judge.__main__ import main, text_trace
    from keysent.traces.locate import prepare_sentences

    rows = [{"query": r["question"], "response": r["response"]} for r in star1]
    path = tmp_path / "star1.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    made = _scripted_api(monkeypatch, lambda r: "no idea" if star1[-1]["question"][:40] in r else "2")
    out = tmp_path / "judged"
    assert main([f"harmful={path}", "--locator", "api:scripted", "--out", str(out), "--quiet"]) == 0
    (target, prompt, sent), = made
    assert (target, prompt) == ("scripted", "c-end") and len(sent) == 1 and len(sent[0]) == len(rows)
    got = [json.loads(line)["key_sentence"] for line in (out / "verdicts.jsonl").read_text().splitlines()]
    rules = [text_trace(r["query"], r["response"], {}, None) for r in rows]
    assert got[:-1] == [prepare_sentences(t.reasoning)[2][2] for t in rules[:-1]]
    assert got[-1] == rules[-1].key_sentence  # no answer: the rules' K
    assert sum(g != t.key_sentence for g, t in zip(got, rules)) >= 1  # the judge moved some K
    summary = json.loads((out / "judge_summary.json").read_text())
    assert summary["located_by"] == {"model": len(rows) - 1, "model-fallback": 1}
    assert summary["config"]["locator"] == "api:scripted"
    warning = (f"the locator judge gave no valid answer for 1 of {len(rows)} traces; their C and K are the rules' "
               "(judge_summary.json's located_by counts both)")
    assert f"warning: {warning}" in capsys.readouterr().err and warning in summary["warnings"]
    # the default: the rules, and no located_by
    assert main([f"harmful={path}", "--out", str(tmp_path / "rules"), "--quiet"]) == 0
    plain = json.loads((tmp_path / "rules" / "judge_summary.json").read_text())
    assert "located_by" not in plain and plain["config"]["locator"] == "rules"
    assert [json.loads(line)["key_sentence"] for line in (tmp_path / "rules" / "verdicts.jsonl").read_text().splitlines()] \
        == [t.key_sentence for t in rules]


def test_judge_command_locator_option_is_the_other_commands(tmp_path, monkeypatch, capsys):
    """Same help and default as ``--locator`` of probe; a bad spec fails before the input is read;
    saved traces (a run directory) are not located again: one line, exit 2."""
    from keysent.cli.options import make_parser
    from keysent.judge.__main__ import main, make_parser as judge_parser

    def option(parser):
        action, = [a for a in parser._actions if a.dest == "locator"]
        return action.option_strings, action.default, action.metavar, action.help

    assert option(judge_parser()) == option(make_parser("probe", "x", default_per_group=2))
    assert main([str(tmp_path / "no-such.jsonl"), "--locator", "gpt-4o"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "unknown locator 'gpt-4o'" in err and "'learned'" in err
    run = tmp_path / "run"
    run.mkdir()
    (run / "traces.jsonl").write_text("", encoding="utf-8")
    _scripted_api(monkeypatch, lambda r: "2")
    assert main([str(run), "--locator", "api:scripted", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "keep the C and K they were saved with" in err and not (tmp_path / "o").exists()
