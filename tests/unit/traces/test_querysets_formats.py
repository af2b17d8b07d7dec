"""Data files in the shapes other tools write them: each read exactly, or one clear error."""

from __future__ import annotations

import json

import pytest

from keysent.errors import DatasetError
from keysent.querysets import DatasetSpec, load_dataset_spec, load_queries


def _jsonl(path, rows, bom=False):
    path.write_text(("\ufeff" if bom else "") + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _completion(content, reasoning=None, key="reasoning_content"):
    return {"id": "chatcmpl-1", "object": "chat.completion", "model": "deepseek-r1",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content, key: reasoning}, "finish_reason": "stop"}]}


# -- 1. vLLM / OpenAI chat completions ------------------------------------------------------------
def test_vllm_completion_object_is_read_not_dropped(tmp_path):
    f = _jsonl(tmp_path / "vllm.jsonl", [
        {"prompt": "How do I pick a lock?", "response": _completion("I can't help.", "Okay, so the user wants X.\nHmm, illegal.\n")},
        {"prompt": "Bake bread?", "response": _completion("Okay, the user asks about bread.\n</think>\n\nMix flour.", None)},
        {"prompt": "Newer vLLM?", "response": _completion("Sure.", "Okay, so.", key="reasoning")},
    ])
    rows = load_dataset_spec(f"harmful={f}")
    assert rows[0].reasoning == "Okay, so the user wants X.\nHmm, illegal.\n" and rows[0].response == "I can't help."
    assert rows[1].reasoning is None and rows[1].response.endswith("</think>\n\nMix flour.")  # parser off
    assert rows[2].reasoning == "Okay, so." and rows[2].response == "Sure."


def test_dotted_paths_and_two_columns(tmp_path):
    f = _jsonl(tmp_path / "api.jsonl", [{"request": {"q": "Q1"}, **_completion("A1", "R1")}])
    rows = load_dataset_spec(f"benign={f}#query=request.q,reasoning=choices.0.message.reasoning_content,answer=choices.0.message.content")
    assert (rows[0].query, rows[0].reasoning, rows[0].response) == ("Q1", "R1", "A1")
    whole = load_dataset_spec(f"benign={f}#query=request.q,response=choices.0.message.content")
    assert whole[0].response == "A1" and whole[0].reasoning is None
    with pytest.raises(DatasetError, match=r"choices.0.message has keys"):
        load_dataset_spec(f"benign={f}#query=request.q,response=choices.0.message.text")


def test_non_text_response_column_is_an_error_not_a_regeneration(tmp_path):
    f = _jsonl(tmp_path / "odd.jsonl", [{"query": "Q", "response": {"text": "A"}}])
    with pytest.raises(DatasetError, match=r"is a dict, not text; .*#response=response\.choices"):
        load_dataset_spec(f"benign={f}")


# -- 2. missing responses -------------------------------------------------------------------------
def test_missing_responses_error_counts_and_options(tmp_path):
    f = _jsonl(tmp_path / "some.jsonl", [{"query": f"q{i}", "response": None if i in (1, 3) else "Okay.\n</think>\n\nA."} for i in range(5)]
               + [{"query": "q5"}])
    with pytest.raises(DatasetError, match=r"3 of 6 rows have no response in 'response' \(rows 1, 3, 5, counted from 0\); pass #missing=drop"):
        load_dataset_spec(f"benign={f}")
    report: dict = {}
    dropped = load_dataset_spec(f"benign={f}#missing=drop", report=report)
    assert [r.query for r in dropped] == ["q0", "q2", "q4"]
    assert report["missing_responses"] == 3 and report["missing_policy"] == "drop" and report["used"] == 3
    gen = load_queries([str(DatasetSpec.parse(f"benign={f}").source)], missing="generate")
    assert [r.response is None for r in gen] == [False, True, False, True, False, True]


# -- 3. chat-format rows --------------------------------------------------------------------------
def test_chat_messages_rows(tmp_path):
    f = _jsonl(tmp_path / "chat.jsonl", [
        {"messages": [{"role": "system", "content": "Be safe."}, {"role": "user", "content": "Q1"},
                      {"role": "assistant", "content": "<think>\nOkay.\n</think>\n\nA1"}]},
        {"messages": [{"role": "user", "content": "Q2"}, {"role": "assistant", "content": "<think>\nHmm.\n</think>\n\nA2"}]},
    ])
    share = _jsonl(tmp_path / "sharegpt.jsonl", [{"conversations": [{"from": "human", "value": "Q3"}, {"from": "gpt", "value": "A3"}]}])
    assert [(r.query, r.response) for r in load_dataset_spec(f"benign={share}")] == [("Q3", "A3")]
    rows = load_dataset_spec(f"harmful={f}")
    assert rows[0].query == "Q1" and rows[0].messages == [{"role": "system", "content": "Be safe."}, {"role": "user", "content": "Q1"}]
    assert rows[0].response.endswith("A1") and rows[1].messages is None and rows[1].query == "Q2"
    with pytest.raises(DatasetError, match="does not end with a user turn"):
        _jsonl(tmp_path / "bad.jsonl", [{"messages": [{"role": "assistant", "content": "x"}]}])
        load_dataset_spec(f"harmful={tmp_path / 'bad.jsonl'}")


# -- 5. encodings and CSV -------------------------------------------------------------------------
def test_bom_crlf_and_hash_lines_in_csv(tmp_path):
    f = tmp_path / "excel.csv"
    f.write_bytes("\ufeffprompt,response\r\n".encode() + b'"Q1","Okay, so the user wants X.\r\n\r\n# not a comment\r\nHmm, bad.\r\n</think>\r\n\r\nNo. #StaySafe"\r\n')
    rows = load_dataset_spec(f"harmful={f}")
    assert rows[0].query == "Q1"
    assert rows[0].response == "Okay, so the user wants X.\n\n# not a comment\nHmm, bad.\n</think>\n\nNo. #StaySafe"
    g = tmp_path / "staysafe.csv"
    g.write_text('query,response\n"Q2","Hmm, bad.\n</think>\n\nNo.\n#StaySafe"\n"Q3","# first line\nok"\n')
    assert [(r.query, r.response) for r in load_dataset_spec(f"harmful={g}")] == [
        ("Q2", "Hmm, bad.\n</think>\n\nNo.\n#StaySafe"), ("Q3", "# first line\nok")]
    j = _jsonl(tmp_path / "bom.jsonl", [{"query": "Q\r\nline"}], bom=True)
    assert load_dataset_spec(f"benign={j}")[0].query == "Q\nline"
    js = tmp_path / "bom.json"
    js.write_text("\ufeff" + json.dumps([{"query": "Q"}]), encoding="utf-8")
    assert load_dataset_spec(f"benign={js}")[0].query == "Q"


def test_comment_lines_only_on_request(shared_data):
    path = shared_data / "pyrit_refusal_eval" / "refusal_extra.csv"
    with pytest.raises(DatasetError, match="pass #comments=# in the dataset spec"):
        load_dataset_spec(f"benign={path}")  # the '# ...' header line is the header otherwise
    rows = load_dataset_spec(f"benign={path}#comments=#,query=objective,response=assistant_response")
    assert rows and all(not r.query.startswith("#") for r in rows)


def test_unreadable_parquet_is_a_dataset_error(tmp_path):
    bad = tmp_path / "bad.parquet"
    bad.write_text("not parquet")
    with pytest.raises(DatasetError, match="cannot read .*bad.parquet as Parquet"):
        load_dataset_spec(f"harmful={bad}")


def test_json_object_with_rows_among_other_keys(tmp_path):
    f = tmp_path / "wrapped.json"
    f.write_text(json.dumps({"version": 2, "columns": ["query"], "data": [{"query": "Q1"}, {"query": "Q2"}]}))
    assert [r.query for r in load_dataset_spec(f"benign={f}")] == ["Q1", "Q2"]
    g = tmp_path / "two.json"
    g.write_text(json.dumps({"train": [{"query": "a"}], "test": [{"query": "b"}]}))
    with pytest.raises(DatasetError, match="name it with #rows=KEY"):
        load_dataset_spec(f"benign={g}")
    assert [r.query for r in load_dataset_spec(f"benign={g}#rows=test")] == ["b"]


def test_datasetdict_on_disk_with_split(tmp_path):
    import datasets

    dd = datasets.DatasetDict({"train": datasets.Dataset.from_list([{"query": "t"}]),
                               "test": datasets.Dataset.from_list([{"query": "x"}, {"query": "y"}])})
    dd.save_to_disk(str(tmp_path / "dd"))
    assert [r.query for r in load_dataset_spec(f"benign={tmp_path / 'dd'}#split=test")] == ["x", "y"]
    with pytest.raises(DatasetError, match=r"splits \['train', 'test'\]; choose one with #split=NAME"):
        load_dataset_spec(f"benign={tmp_path / 'dd'}")


def test_file_name_with_hash(tmp_path):
    f = _jsonl(tmp_path / "run#3.jsonl", [{"query": "Q"}])
    spec = str(f).replace("#", "\\#")
    assert load_dataset_spec(f"benign={spec}")[0].query == "Q"
    assert load_dataset_spec(DatasetSpec.parse(str(f), literal_source=True))[0].query == "Q"
    with pytest.raises(DatasetError, match=r"write it as \\#"):
        load_dataset_spec(f"benign={f}")
    with pytest.raises(DatasetError, match=r"write it as \\#"):  # with options after the name too
        load_dataset_spec(f"benign={f}#query=query")


def test_float_labels(tmp_path):
    f = tmp_path / "f.csv"
    f.write_text("query,label\na,1.0\nb,0.0\n")
    assert [r.labels["harmful"] for r in load_dataset_spec(str(f))] == [True, False]
    p = tmp_path / "f.jsonl"
    _jsonl(p, [{"query": "a", "harmful": 1.0}, {"query": "b", "harmful": 0.0}])
    assert [r.labels["harmful"] for r in load_dataset_spec(str(p))] == [True, False]


# -- 6. label polarity, answer_safe ---------------------------------------------------------------
def test_label_polarity_explicit(tmp_path):
    f = _jsonl(tmp_path / "pol.jsonl", [{"query": "a", "is_safe": 1}, {"query": "b", "is_safe": 0}])
    with pytest.raises(DatasetError, match=r"'is_safe' sounds like it marks safe rows.*#safe=is_safe"):
        load_dataset_spec(f"{f}#label=is_safe")
    with pytest.raises(DatasetError, match="sounds like it marks safe rows"):
        load_dataset_spec(str(f), label_column="is_safe")
    assert [r.labels["harmful"] for r in load_dataset_spec(f"{f}#safe=is_safe")] == [False, True]
    assert [r.labels["harmful"] for r in load_dataset_spec(f"{f}#harmful=is_safe")] == [True, False]
    w = _jsonl(tmp_path / "words.jsonl", [{"query": "a", "verdict": "safe"}, {"query": "b", "verdict": "unsafe"}])
    assert [r.labels["harmful"] for r in load_dataset_spec(f"{w}#safe=verdict")] == [False, True]
    assert [r.labels["harmful"] for r in load_dataset_spec(f"{w}#harmful=verdict")] == [False, True]


def test_answer_safe_column_and_constant(shared_data, tmp_path):
    star = load_dataset_spec(f"harmful={shared_data}/star1/STAR-1.json#query=question,response=response,answer_safe:=true")
    assert len(star) == 1000 and all(r.labels["answer_safe"] is True for r in star)
    assert star[0].labels["answer_safe_source"] == f"data:{shared_data}/star1/STAR-1.json"
    f = _jsonl(tmp_path / "as.jsonl", [{"query": "a", "response": "r", "ok": "safe"}, {"query": "b", "response": "r", "ok": "unsafe"}])
    rows = load_dataset_spec(f"harmful={f}#answer_safe=ok")
    assert [r.labels["answer_safe"] for r in rows] == [True, False]  # words by meaning: 'safe' is safe
    assert [r.labels["answer_safe_source"] for r in rows] == [f"data:{f}:ok"] * 2
    with pytest.raises(DatasetError, match="bad option"):
        DatasetSpec.parse("x.jsonl#answer_safe=")
    assert DatasetSpec.parse("harmful=x.jsonl#harmful=col").group == "harmful"


def test_unlabelled_rows_are_reported(tmp_path):
    f = _jsonl(tmp_path / "u.jsonl", [{"query": "a"}, {"query": "b"}])
    report: list = []
    rows = load_queries([str(f)], report=report)
    assert all(r.labels["harmful"] is None for r in rows)
    assert report[0]["labelled"] == 0 and report[0]["label"] is None


# -- 7. rendered prompts --------------------------------------------------------------------------
def test_rendered_prompt_in_query_column_is_detected(tmp_path):
    f = _jsonl(tmp_path / "r.jsonl", [{"query": "<｜begin▁of▁sentence｜><｜User｜>Hi<｜Assistant｜><think>\n"}, {"query": "plain"}])
    rows = load_dataset_spec(f"benign={f}")
    assert rows[0].prompt is not None and rows[1].prompt is None


# -- 4. markers -----------------------------------------------------------------------------------
def test_markers_and_no_reasoning_options(tmp_path):
    f = _jsonl(tmp_path / "m.jsonl", [{"query": "a", "response": "<|begin_of_thought|>x<|end_of_thought|>y"}])
    assert load_dataset_spec(f"benign={f}#markers=openthoughts")[0].markers == "openthoughts"
    assert load_dataset_spec(f"benign={f}#no_reasoning")[0].no_reasoning is True
    with pytest.raises(DatasetError, match="OPEN...CLOSE"):
        load_dataset_spec(f"benign={f}#markers=weird")


def test_messages_with_a_completion_object(tmp_path):
    """A request's messages beside vLLM's response object (an offline batch saved as JSONL)."""
    f = _jsonl(tmp_path / "batch.jsonl", [{"messages": [{"role": "system", "content": "S"}, {"role": "user", "content": "Q"}],
                                           "response": _completion("A", "R")}])
    (r,) = load_dataset_spec(f"harmful={f}")
    assert (r.query, r.reasoning, r.response) == ("Q", "R", "A") and r.messages[0] == {"role": "system", "content": "S"}


def test_a_line_that_is_not_utf8_is_named_with_its_line_and_the_fix(tmp_path):
    # a new user's trial: the error gave a byte position inside the decoder's chunk, no line, no fix
    from keysent.datafiles import read_rows

    f = tmp_path / "latin1.jsonl"
    f.write_bytes(b'{"question": "a", "response": "b"}\n' * 20 + b'{"question": "caf\xe9", "response": "b"}\n')
    with pytest.raises(DatasetError, match=r"latin1.jsonl line 21: not UTF-8 \(byte 0xe9 at byte 18 of the line\); "
                                           r"save the file as UTF-8"):
        read_rows(f)
    g = tmp_path / "latin1.csv"
    g.write_bytes(b"question,response\na,b\ncaf\xe9,b\n")
    with pytest.raises(DatasetError, match=r"latin1.csv line 3: not UTF-8 \(byte 0xe9 at byte 4 of the line\)"):
        read_rows(g)
