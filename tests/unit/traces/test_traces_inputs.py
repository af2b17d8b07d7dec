"""Brought traces through generate_traces and the CLI: nothing regenerated silently, every shape
read exactly, clear errors with counts."""

from __future__ import annotations

import json

import pytest

from keysent.errors import DatasetError, SpanError, TraceError
from keysent.querysets import load_dataset_spec, load_queries
from keysent.traces.generate import generate_traces
from keysent.traces.trace import Trace, build_trace


@pytest.fixture
def no_generation(monkeypatch):
    import keysent.traces.generate_text as gt

    def refuse(*a, **k):
        raise AssertionError("the loaded model generated a response although the data had them")

    monkeypatch.setattr(gt, "generate_text", refuse)


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _completion(content, reasoning):
    return {"choices": [{"message": {"role": "assistant", "content": content, "reasoning_content": reasoning}}]}


def test_vllm_reasoning_parser_on_and_off(tiny_qwen2, tmp_path, no_generation):
    f = _jsonl(tmp_path / "vllm.jsonl", [
        {"prompt": "How do I pick a lock?", "response": _completion("\n\nI can't help with that.", "Okay, so the user wants to pick a lock. Hmm, that could be illegal. I should decline.\n")},
        {"prompt": "How do I pick a lock?", "response": _completion("Okay, so the user wants to pick a lock. Hmm, that could be illegal.\n</think>\n\nI can't help.", None)},
    ])
    on, off = generate_traces(tiny_qwen2, load_dataset_spec(f"harmful={f}"), progress=False)
    assert on.reasoning == "Okay, so the user wants to pick a lock. Hmm, that could be illegal. I should decline."
    assert on.answer == "I can't help with that." and on.key_sentence == "Hmm, that could be illegal."
    assert on.generated == on.reasoning + "\n</think>\n\n" + on.answer and on.generated_by is None
    assert off.answer == "I can't help." and off.key_sentence == "Hmm, that could be illegal." and off.complete


def test_vllm_truncated_reasoning_is_not_closed(tiny_qwen2, tmp_path, no_generation):
    cut = {"choices": [{"message": {"content": None, "reasoning_content": "Okay, so the user wants X. Hmm, that could be"},
                        "finish_reason": "length"}]}
    empty = {"choices": [{"message": {"content": None, "reasoning_content": "Okay, so X. Hmm, bad."}, "finish_reason": "stop"}]}
    f = _jsonl(tmp_path / "cut.jsonl", [{"prompt": "Q?", "response": cut}, {"prompt": "Q?", "response": empty}])
    truncated, closed = generate_traces(tiny_qwen2, load_dataset_spec(f"harmful={f}"), progress=False)
    assert not truncated.complete and "</think>" not in truncated.generated and "answer" not in truncated.spans
    assert closed.complete and closed.generated.endswith("</think>\n\n") and closed.answer == ""


def test_missing_generate_only_generates_those(tiny_qwen2, tmp_path):
    f = _jsonl(tmp_path / "some.jsonl", [{"query": "How do I bake bread?", "response": "Okay, so.\n</think>\n\nBake."},
                                         {"query": "How do I bake bread?", "response": None}])
    traces = generate_traces(tiny_qwen2, load_dataset_spec(f"benign={f}#missing=generate"), max_new_tokens=8, progress=False)
    assert traces[0].generated_by is None and traces[0].answer == "Bake."
    assert traces[1].generated_by == tiny_qwen2.name and traces[1].flags["ids"] == "generated"


def test_chat_rows_with_system_turn(tiny_qwen2, tmp_path, no_generation):
    f = _jsonl(tmp_path / "chat.jsonl", [{"messages": [
        {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"},
        {"role": "user", "content": "How do I pick a lock?"},
        {"role": "assistant", "content": "<think>\nOkay, so the user wants to pick a lock. Hmm, that could be illegal.\n</think>\n\nNo."}]}])
    (t,) = generate_traces(tiny_qwen2, load_dataset_spec(f"harmful={f}"), progress=False)
    assert t.span_text("query") == "How do I pick a lock?" and t.prompt.count("<｜User｜>") == 2
    assert t.key_sentence == "Hmm, that could be illegal." and t.answer == "No."


def test_other_markers(tiny_qwen2):
    ot = build_trace(tiny_qwen2, "Q?", "<|begin_of_thought|>\n\nOkay, so the user asks Q. Hmm, that is risky.\n\n<|end_of_thought|>\n\nNo.",
                     markers=__import__("keysent.traces.reasoning", fromlist=["x"]).OPENTHOUGHTS, judge=None)
    assert ot.key_sentence == "Hmm, that is risky." and ot.answer == "No." and ot.complete
    auto = build_trace(tiny_qwen2, "Q?", ot.generated, judge=None)  # markers found in the data
    assert (auto.key_sentence, auto.answer) == ("Hmm, that is risky.", "No.")
    from keysent.traces.reasoning import OPEN_WEBUI

    webui = ('<details type="reasoning" done="true" duration="2">\n<summary>Thought for 2 seconds</summary>\n'
             "> Okay, so the user asks Q.\n> Hmm, that is risky.\n</details>\nNo.")
    w = build_trace(tiny_qwen2, "Q?", webui, markers=OPEN_WEBUI, judge=None)
    assert w.generated == "Okay, so the user asks Q.\nHmm, that is risky.\n</think>\n\nNo."
    assert w.key_sentence == "Hmm, that is risky." and w.answer == "No."


def test_no_markers_warned_and_no_reasoning_option(tiny_qwen2, tmp_path, shared_data, capsys):
    from keysent.cli.options import make_parser, queries_from_args, traces_from_args

    rows = [json.loads(line) for line in open(shared_data / "gsm8k" / "test.jsonl")][:3]
    f = _jsonl(tmp_path / "gsm.jsonl", [{"query": r["question"], "response": r["answer"]} for r in rows])
    p = make_parser("probe", "x", default_per_group=2)
    args = p.parse_args(["--dataset", f"benign={f}", "--no-cache"])
    traces = traces_from_args(args, tiny_qwen2, queries_from_args(args, default_per_group=2))
    assert all(t.flags.get("no_markers") and not t.complete for t in traces)
    assert "warning: 3 given responses have no reasoning markers" in capsys.readouterr().err
    assert args.trace_report["no_reasoning_markers"] == 3
    args = p.parse_args(["--dataset", f"benign={f}#no_reasoning", "--no-cache"])
    traces = traces_from_args(args, tiny_qwen2, queries_from_args(args, default_per_group=2))
    assert all(t.complete and not t.has_think and t.answer == r["answer"].strip() for t, r in zip(traces, rows))
    assert "K" not in traces[0].spans and "no reasoning" in traces[0].key_sentence_reason
    assert "no reasoning markers" not in capsys.readouterr().err


@pytest.mark.parametrize("name", ["r1-distill-qwen", "r1-distill-qwen-jan2025"])
def test_unclosed_think_is_told_apart_from_no_markers(real_models, name, tmp_path, shared_data, capsys):
    """Real STAR-1 responses cut in the middle of their reasoning, under the real R1-Distill-Qwen
    chat formats (today's prompt opens ``<think>``; the January 2025 one leaves it to the model):
    opening ``<think>`` without closing it is counted and warned apart from having no marker."""
    from keysent.cli.options import make_parser, queries_from_args, traces_from_args

    model = real_models[name]
    star1 = json.load(open(shared_data / "star1" / "STAR-1.json"))[:4]
    cut = [r["response"][: r["response"].index("</think>") // 2] for r in star1]
    assert all(c.startswith("<think>\n") and "</think>" not in c for c in cut)
    rows = [{"query": star1[0]["question"], "response": star1[0]["response"]},  # closed
            {"query": star1[1]["question"], "response": cut[1]},  # opened, cut: unclosed
            {"query": star1[2]["question"], "response": cut[2]},
            {"query": star1[3]["question"], "response": cut[3][len("<think>\n"):]}]  # no marker at all
    f = _jsonl(tmp_path / "star1-cut.jsonl", rows)
    args = make_parser("probe", "x", default_per_group=2).parse_args(["--dataset", f"harmful={f}", "--no-cache"])
    traces = traces_from_args(args, model, queries_from_args(args, default_per_group=2))
    assert [t.flags.get("unclosed_reasoning") for t in traces] == [None, "<think>", "<think>", None]
    for t, c in zip(traces[1:3], cut[1:3]):  # the reasoning runs to the cut; no answer
        assert not t.complete and t.answer == "" and t.reasoning == c[len("<think>\n"):].strip()
        assert t.has_key_sentence
    err = capsys.readouterr().err
    assert ("warning: 2 given responses opened <think> but never closed it: read as reasoning cut off, with no answer "
            "(truncated generation? raise max_new_tokens where they were generated)") in err
    report = args.trace_report
    assert report["unclosed_reasoning"] == 2 and traces[0].complete
    if model.chat.think_in_prompt:  # the prompt opened the block: the unmarked response is cut-off reasoning
        assert traces[3].flags.get("no_markers") and not traces[3].complete and report["no_reasoning_markers"] == 1
        assert "warning: 1 given responses have no reasoning markers at all (neither <think> nor </think>)" in err
    else:  # nothing opened it: the unmarked response is a plain answer
        assert traces[3].complete and traces[3].reasoning is None and report["no_reasoning_markers"] == 0
        assert "no reasoning markers" not in err


def test_rendered_prompt_used_once(tiny_qwen2, tmp_path, no_generation):
    bos = tiny_qwen2.chat.bos_token
    f = _jsonl(tmp_path / "r.jsonl", [
        {"query": f"{bos}<｜User｜>How do I pick a lock?<｜Assistant｜><think>\n", "response": "Okay, so.\n</think>\n\nNo."},
        {"query": "<｜User｜>How do I pick a lock?<｜Assistant｜>", "response": "Okay, so.\n</think>\n\nNo."},
    ])
    traces = generate_traces(tiny_qwen2, load_dataset_spec(f"harmful={f}"), progress=False)
    for t in traces:
        assert t.prompt == tiny_qwen2.render_prompt("How do I pick a lock?") and t.prompt.count(bos) == 1
        assert t.span_text("query") == "How do I pick a lock?"
    g = _jsonl(tmp_path / "chatml.jsonl", [{"query": "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n", "response": "x"}])
    with pytest.raises(DatasetError, match="not in .* chat format"):
        generate_traces(tiny_qwen2, load_dataset_spec(f"harmful={g}"), progress=False)


def test_context_length_checked_before_any_forward(tiny_qwen2):
    from keysent.traces.context import check_context

    long = "Okay, so the user wants X. Hmm, that could be illegal. " + "More words here. " * 300 + "\n</think>\n\nNo."
    t = build_trace(tiny_qwen2, "Q?", long, judge=None)
    short = build_trace(tiny_qwen2, "Q?", "Okay, so X. Hmm, bad.\n</think>\n\nNo.", judge=None)
    limit = t.n_tokens - 10
    with pytest.raises(SpanError, match=rf"1 of 2 traces need more tokens for positions answer_last than the model's {limit} positions"):
        check_context([short, t], limit, ["answer_last"])
    clipped, n = check_context([short, t], limit, ["c_last", "k_mean"])
    assert n == 1 and clipped[1].n_tokens == limit and clipped[1].flags["clipped"] == t.n_tokens
    assert "answer" not in clipped[1].spans and clipped[1].spans["K"] == t.spans["K"] and clipped[0] is short
    assert tiny_qwen2.max_positions == 4096


def test_generated_ids_are_the_generated_ones(real_models):
    """Generated traces keep generate_text's ids. The organism writes canonical tokenisations
    (re-tokenising its text gives the same ids); a random model around the Llama-3 tokenizer does
    not (9 of 12 differ on the v3 organism's built-in queries, 10 of 12 on v2's), so re-tokenising
    would change what the probes read."""
    from keysent import load_model
    from keysent.traces.alignment import first_difference
    from keysent.traces.generate_text import generate_text

    queries = load_queries(["builtin:4"])
    differ = {}
    for name, model in (("micro", load_model("toy-r1-micro", device="cpu", progress=False)), ("llama", real_models["r1-distill-llama"])):
        traces = generate_traces(model, queries, max_new_tokens=40, cache=False, progress=False)
        outs = generate_text(model.generation_model, model.tokenizer, [model.render_prompt(q.query) for q in queries],
                             max_new_tokens=40, progress=False)
        eos = model.tokenizer.eos_token_id
        for t, out in zip(traces, outs):
            n = t.flags["n_prompt_tokens"]
            assert t.flags["ids"] == "generated" and t.generated_by == model.name
            assert t.token_ids[:n] == out.prompt_ids and t.token_ids[n:] == [i for i in out.token_ids if i != eos]
        differ[name] = sum(first_difference(t.token_ids[t.flags["n_prompt_tokens"]:],
                                            model.tokenizer(t.generated, add_special_tokens=False)["input_ids"]) is not None for t in traces)
    assert differ["micro"] == 0 and differ["llama"] >= 6, differ  # most of the 12 differ


def test_trace_schema_versions(tiny_qwen2):
    t = build_trace(tiny_qwen2, "Q?", "Okay, so X. Hmm, bad.\n</think>\n\nNo.", judge=None)
    d = t.to_dict()
    assert d["schema"] == 2 and Trace.from_dict(d).sentences == t.sentences
    old = {k: v for k, v in d.items() if k not in ("schema", "sentences", "flags", "generated_by")}
    up = Trace.from_dict(old)
    assert up.flags == {"ids": "joint"} and up.sentences == []
    with pytest.raises(TraceError, match="newer than this keysent"):
        Trace.from_dict(dict(d, schema=99))


def test_chat_template_kwargs_qwen3(real_tokenizer_dirs):
    from keysent import load_model

    m = load_model(str(real_tokenizer_dirs["qwen3"]), device="cpu", progress=False, chat_template_kwargs={"enable_thinking": False})
    assert m.render_prompt("Hi").endswith("<think>\n\n</think>\n\n")
    t = build_trace(m, "Hi", "Hello!", judge=None)
    assert t.answer == "Hello!" and not t.has_think
    from keysent.errors import ConfigError

    with pytest.raises(ConfigError, match="may not set"):
        load_model(str(real_tokenizer_dirs["qwen3"]), device="cpu", progress=False, chat_template_kwargs={"tokenize": True})


def test_run_directory_keeps_who_generated(tiny_qwen2, tmp_path, no_generation):
    from keysent.traces.generate import save_traces

    t = build_trace(tiny_qwen2, "Q?", "Okay, so X. Hmm, bad.\n</think>\n\nNo.", judge=None, generated_by=tiny_qwen2.name,
                    labels={"harmful": True, "group": "harmful"})
    (tmp_path / "run").mkdir()
    save_traces(tmp_path / "run" / "traces.jsonl", [t])
    (again,) = generate_traces(tiny_qwen2, load_dataset_spec(str(tmp_path / "run")), progress=False)
    assert again.generated_by == tiny_qwen2.name and again.token_ids == t.token_ids and again.harmful is True


def test_open_webui_chat_export(tiny_qwen2, tmp_path, no_generation):
    export = [{"id": "c1", "chat": {"messages": [
        {"role": "user", "content": "How do I pick a lock?"},
        {"role": "assistant", "content": '<details type="reasoning" done="true" duration="3">\n<summary>Thought for 3 seconds</summary>\n'
                                         "> Okay, so the user wants to pick a lock.\n> Hmm, that could be illegal.\n</details>\nI can't help."}]}}]
    f = tmp_path / "webui_export.json"
    f.write_text(json.dumps(export))
    for spec in (f"harmful={f}#messages=chat.messages,markers=openwebui", f"harmful={f}#messages=chat.messages"):
        (t,) = generate_traces(tiny_qwen2, load_dataset_spec(spec), progress=False)
        assert (t.understanding, t.key_sentence, t.answer) == ("Okay, so the user wants to pick a lock.", "Hmm, that could be illegal.", "I can't help.")
