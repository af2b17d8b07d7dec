"""Safe Trigger's self-generated data: the <safe> segment's place and span, resumable stages,
benign responses kept byte for byte, and the one-line errors."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import SHARED_DATA

TOKENIZERS = SHARED_DATA.parent / "tokenizers"


@pytest.fixture(scope="module")
def micro():
    import keysent

    return keysent.load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def stages_run(micro, tmp_path_factory):
    """All data stages on the micro organism (4 queries per group; triggers by dataset role)."""
    from keysent.training.safetrigger.config import SafeTriggerConfig
    from keysent.training.safetrigger.data import DataStages, query_set

    cfg = SafeTriggerConfig(n_per_group=4, safe_tries=3, trigger_on="role")
    work = tmp_path_factory.mktemp("st")
    st = DataStages(micro, cfg, work, max_new_tokens=160, progress=False)
    counts = st.run(query_set(cfg), log=lambda m: None)
    return st, counts, cfg


def _sft_trace(model, query, response, labels=None):
    from keysent.traces.trace import build_trace

    return build_trace(model, query, response, labels=labels or {}, judge=None)


@pytest.mark.parametrize("position", ["after_think", "after_k"])
def test_segment_sits_where_the_option_says_and_round_trips_through_trace_spans(micro, position):
    from keysent.organism.splits import eval_records
    from keysent.traces.generate import generate_traces
    from keysent.traces.trace import Trace
    from keysent.training.safetrigger.data import _offsets_in_generated
    from keysent.training.safetrigger.segment import SAFE_CLOSE, SAFE_OPEN, insert_segment, safe_span

    t = generate_traces(micro, eval_records("plain", 2, seed=3), max_new_tokens=160, cache=False, progress=False)[0]
    assert t.complete and "K" in t.spans
    analysis = "Safety analysis: the question asks for something harmful. Verdict: unsafe."
    resp = insert_segment(t.generated, analysis, position=position, answer="I can't help with that.",
                          **_offsets_in_generated(t))
    tr = _sft_trace(micro, t.query, resp)
    span = safe_span(micro, tr)
    seg = tr.text[span.chars[0]:span.chars[1]]
    assert seg == f"{SAFE_OPEN}{analysis}{SAFE_CLOSE}"
    decoded = micro.tokenizer.decode(tr.token_ids[span.tokens[0]:span.tokens[1]])
    assert seg in decoded and len(decoded) < len(seg) + 8
    # the key sentence is still located, and the segment sits where the option says
    assert tr.key_sentence == t.key_sentence
    k_end = tr.spans["K"].chars[1]
    if position == "after_think":
        assert span.chars[0] > tr.spans["reasoning"].chars[1]  # after </think>
        assert span.chars[1] < tr.spans["answer"].chars[1] and tr.answer.startswith(SAFE_OPEN)
        assert tr.reasoning == t.reasoning
    else:
        assert k_end < span.chars[0] and span.chars[1] <= tr.spans["reasoning"].chars[1]  # inside, right after K
        assert tr.text[k_end:span.chars[0]] == " "
        assert tr.answer == "I can't help with that."
    back = Trace.from_dict(json.loads(json.dumps(tr.to_dict())))
    assert back.span("safe") == span
    # capture addresses the segment like any span
    import keysent

    acts = keysent.capture.capture(micro, [back], positions=["safe_mean", "safe_last"])
    got = acts.get("safe_last")
    assert got.shape[0] == 1 and bool(got.isfinite().all())
    assert keysent.capture.Position.parse("safe_last").token_range(back) == (span.tokens[1] - 1, span.tokens[1])


def test_segment_span_with_a_real_r1_tokenizer_on_a_star1_trace(tmp_path):
    import keysent
    from keysent.querysets import load_queries
    from keysent.training.safetrigger.data import _offsets_in_generated
    from keysent.training.safetrigger.segment import insert_segment, safe_span
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM
    import torch

    tok = AutoTokenizer.from_pretrained(str(TOKENIZERS / "r1-distill-qwen"))
    torch.manual_seed(0)
    Qwen2ForCausalLM(Qwen2Config(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                                 num_attention_heads=2, num_key_value_heads=1)).save_pretrained(tmp_path)
    tok.save_pretrained(tmp_path)
    model = keysent.load_model(str(tmp_path), device="cpu", progress=False)
    rec = load_queries([f"harmful={SHARED_DATA / 'star1' / 'STAR-1.json'}#query=question,response=response"], limit=3, seed=0)[0]
    t = _sft_trace(model, rec.query, rec.response)
    resp = insert_segment(t.generated, "This request is harmful.", position="after_think", answer=t.answer,
                          **_offsets_in_generated(t))
    tr = _sft_trace(model, rec.query, resp)
    span = safe_span(model, tr)
    assert tr.text[slice(*span.chars)] == "<safe>This request is harmful.</safe>"
    assert model.tokenizer.decode(tr.token_ids[slice(*span.tokens)]).strip() == "<safe>This request is harmful.</safe>"
    assert tr.key_sentence == t.key_sentence


def test_stage_counts_and_benign_examples_keep_their_responses_byte_for_byte(stages_run):
    st, counts, _ = stages_run
    gen = {r["id"]: r for r in st.rows("generate")}
    sft = st.rows("sft")
    assert counts["generate"]["n"] == 12
    assert {g: c["n"] for g, c in counts["generate"]["by_group"].items()} == {"general": 4, "harmful": 4, "jailbreak": 4}
    unchanged = [r for r in sft if r["kind"] == "unchanged"]
    triggered = [r for r in sft if r["kind"] == "triggered"]
    assert unchanged and triggered
    for r in unchanged:
        assert r["response"] == gen[r["id"]]["generated"]  # byte for byte
        assert "<safe>" not in r["response"]
    for r in triggered:
        g = gen[r["id"]]["generated"]
        assert "<safe>" in r["response"] and r["labels"]["harmful"] is True
        reasoning_end = g.index("</think>")
        assert r["response"][:reasoning_end] == g[:reasoning_end]  # the model's own reasoning, unchanged
    kinds = {p["kind"] for p in st.rows("pairs")}
    assert kinds == {"unsafe_trigger", "spurious_trigger"}
    assert counts["sft"]["pairs"] == len(st.rows("pairs"))
    assert counts["sft"]["sft_examples"] == len(sft)


def test_interrupted_stage_resumes_without_regenerating_finished_items(stages_run, micro, tmp_path, monkeypatch):
    import keysent.generation.text as gt
    from keysent.training.safetrigger.data import DataStages, query_set

    st, _, cfg = stages_run
    work = tmp_path / "work"
    shutil.copytree(st.dir, work / "data")
    for stage in ("generate", "review"):  # as if interrupted during generation: outputs and half the cache lost
        (work / "data" / f"{stage}.json").unlink()
        (work / "data" / f"{stage}.jsonl").unlink()
        cache = work / "data" / "cache" / f"{stage}.jsonl"
        lines = cache.read_text().splitlines(keepends=True)
        cache.write_text("".join(lines[:6]))  # the JsonlCache header and the first 5 items
    calls = []
    real = gt.generate_text

    def counting(model, tokenizer, prompts, **kw):
        calls.append(len(prompts))
        return real(model, tokenizer, prompts, **kw)

    monkeypatch.setattr(gt, "generate_text", counting)
    again = DataStages(micro, cfg, work, max_new_tokens=160, progress=False)
    again.run(query_set(cfg), log=lambda m: None)
    # only the lost items of the two stages were generated again (the review stage reviews the
    # generations that kept the format, so it may hold fewer than the 12 queries)
    assert sum(calls) == sum(len(st.rows(stage)) - 5 for stage in ("generate", "review"))
    assert again.rows("generate") == st.rows("generate")
    assert again.rows("sft") == st.rows("sft")


def test_other_settings_on_the_same_work_dir_are_refused(stages_run, micro):
    from keysent.training.safetrigger.config import SafeTriggerConfig
    from keysent.training.safetrigger.data import DataStages, StageError

    st, _, _ = stages_run
    with pytest.raises(StageError, match="safe_position"):
        DataStages(micro, SafeTriggerConfig(n_per_group=4, safe_tries=3, trigger_on="role", safe_position="after_k"),
                   st.dir.parent, max_new_tokens=160)


def test_no_unsafe_query_left_after_filtering_is_a_clear_error(stages_run, micro, tmp_path):
    from keysent.atomic import write_jsonl
    from keysent.training.safetrigger.data import DataStages, StageError

    st, _, cfg = stages_run
    shutil.copytree(st.dir, tmp_path / "data")
    again = DataStages(micro, cfg, tmp_path, max_new_tokens=160, progress=False)
    write_jsonl(again.dir / "safe_answers.jsonl", [dict(r, answer=None, source="not found") for r in st.rows("safe_answers")])
    with pytest.raises(StageError, match=r"stage 'build': no unsafe query left after filtering .*no safe answer found"):
        again.build()


def test_reviews_without_a_verdict_are_a_clear_error(tiny_dirs, tmp_path):
    import keysent
    from keysent.querysets import QueryRecord
    from keysent.training.safetrigger.config import SafeTriggerConfig
    from keysent.training.safetrigger.data import DataStages, StageError

    model = keysent.load_model(str(tiny_dirs["qwen2"]), device="cpu", progress=False)
    st = DataStages(model, SafeTriggerConfig(n_per_group=2), tmp_path, max_new_tokens=8, progress=False)
    qs = [QueryRecord("How do I pick a lock?", {"harmful": True, "st_group": "harmful"}, None, "a"),
          QueryRecord("How do I bake bread?", {"harmful": False, "st_group": "general"}, None, "b")]
    st.generate(qs)
    with pytest.raises(StageError, match=r"stage 'review': none of \d+ reviews yielded a verdict"):
        st.review()


def test_parse_review():
    from keysent.training.safetrigger.data import parse_review

    r = parse_review("Safety analysis: the question asks how to make a weapon, which is harmful. "
                     "The reply gives placeholder steps for it. Verdict: unsafe.")
    assert r["verdict"] == "unsafe" and r["query_unsafe"] is True
    r = parse_review("Safety analysis: the question asks how to bake bread, which is harmless. Verdict: safe.")
    assert r == {"verdict": "safe", "analysis": r["analysis"], "query_unsafe": False}


def test_stage_dpo_without_pairs_is_a_one_line_error(tmp_path, capsys):
    from keysent.training.cli import main

    rc = main(["--method", "safetrigger", "--stage", "dpo", "--model", "toy-r1-micro", "--out", str(tmp_path / "r"),
               "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1
    assert "--stage dpo needs the SFT data and DPO pairs" in err[0] and "Traceback" not in err[0]


def test_bad_options_are_one_line_errors():
    from keysent.errors import ConfigError
    from keysent.training.safetrigger.config import SafeTriggerConfig

    with pytest.raises(ConfigError, match="unknown --safe-position 'middle'"):
        SafeTriggerConfig(safe_position="middle")
    with pytest.raises(ConfigError, match="unknown --stage"):
        SafeTriggerConfig(stage="rl")
    cfg = SafeTriggerConfig(stage="sft", beta=0.2)
    assert SafeTriggerConfig.from_dict(json.loads(json.dumps(cfg.to_dict()))) == cfg


def test_query_set_from_real_dataset_specs():
    from keysent.training.safetrigger.config import SafeTriggerConfig
    from keysent.training.safetrigger.data import query_set

    specs = [f"harmful={SHARED_DATA / 'advbench' / 'harmful_behaviors.csv'}#query=goal",
             f"jailbreak={SHARED_DATA / 'jbb_behaviors' / 'harmful-behaviors.csv'}#query=Goal",
             f"benign={SHARED_DATA / 'jbb_behaviors' / 'benign-behaviors.csv'}#query=goal"]
    qs = query_set(SafeTriggerConfig(), specs, limit=5)
    groups = [q.labels["st_group"] for q in qs]
    assert groups.count("harmful") == groups.count("jailbreak") == groups.count("general") == 5
    assert all(q.response is None and q.query for q in qs)
    assert all(q.labels["harmful"] == (q.labels["st_group"] != "general") for q in qs)
