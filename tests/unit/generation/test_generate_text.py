"""Batched generation on the micro organism: batched == one at a time, stops, order, bridge."""

from __future__ import annotations

import pytest
import torch

from keysent.errors import KeysentError
from keysent.organism.corpus import generate_examples
from keysent.traces.generate_text import GenerationOutput, generate_text, length_sorted_batches


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    # OpenMP threads on a busy 2-core machine (pytest-xdist) slow small-model generation many-fold.
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


@pytest.fixture(scope="module")
def micro():
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from keysent.organism.build import organism_path

    path = organism_path("toy-r1-micro", progress=False)
    tok = AutoTokenizer.from_pretrained(str(path))
    model = AutoModelForCausalLM.from_pretrained(str(path))
    model.eval()
    return path, model, tok


@pytest.fixture(scope="module")
def prompts(micro):
    _, _, tok = micro
    ex = generate_examples(n=200, seed=4242, wrappers="all")
    texts = sorted({
        tok.apply_chat_template([{"role": "user", "content": e.query}], tokenize=False,
                                add_generation_prompt=True)
        for e in ex
    }, key=lambda t: (len(tok(t, add_special_tokens=False)["input_ids"]), t))
    # ten prompts spread over the length range (short questions to long safety reviews)
    pick = [texts[round(i * (len(texts) - 1) / 9)] for i in range(10)]
    lengths = [len(tok(p, add_special_tokens=False)["input_ids"]) for p in pick]
    assert max(lengths) - min(lengths) > 40
    return pick


def test_batched_equals_one_at_a_time(micro, prompts):
    _, model, tok = micro
    batched = generate_text(model, tok, prompts, max_new_tokens=48, batch_size=4, progress=False)
    single = [generate_text(model, tok, [p], max_new_tokens=48, progress=False)[0] for p in prompts]
    assert len(batched) == len(prompts)
    for b, s in zip(batched, single):
        assert b.token_ids == s.token_ids
        assert b.text == s.text and b.finish_reason == s.finish_reason
    # the batches really were padded: prompts of different lengths shared a batch
    assert len({len(b.prompt_ids) for b in batched}) > 4


def test_order_restored_and_ids_input(micro, prompts):
    _, model, tok = micro
    outs = generate_text(model, tok, prompts, max_new_tokens=8, batch_size=3, progress=False)
    for p, o in zip(prompts, outs):
        assert o.prompt_ids == tok(p, add_special_tokens=False)["input_ids"]
        assert o.prompt_ids.count(tok.bos_token_id) == 1
    as_ids = generate_text(model, tok, [o.prompt_ids for o in outs], max_new_tokens=8,
                           batch_size=3, progress=False)
    assert [o.token_ids for o in as_ids] == [o.token_ids for o in outs]


def test_eos_and_text(micro, prompts):
    _, model, tok = micro
    outs = generate_text(model, tok, prompts, max_new_tokens=200, batch_size=5, progress=False)
    eos = [o for o in outs if o.finish_reason == "eos"]
    assert eos, "the micro organism should finish most responses with EOS"
    for o in eos:
        assert o.token_ids[-1] == tok.eos_token_id and tok.eos_token_id not in o.token_ids[:-1]
        assert tok.eos_token not in o.text
        assert o.text == tok.decode(o.token_ids[:-1])
        assert "</think>" in o.text  # the think marker is text, not a dropped special token
    for o in outs:
        if o.finish_reason == "length":
            assert len(o.token_ids) == 200


def test_stop_strings(micro, prompts):
    _, model, tok = micro
    full = generate_text(model, tok, prompts, max_new_tokens=120, batch_size=4, progress=False)
    cut = generate_text(model, tok, prompts, max_new_tokens=120, batch_size=4, progress=False,
                        stop_strings=["</think>"])
    n_stopped = 0
    for f, c in zip(full, cut):
        if "</think>" in f.text:
            n_stopped += 1
            assert c.finish_reason == "stop" and c.stop_string == "</think>"
            assert c.text == f.text[: f.text.index("</think>") + len("</think>")]
            assert c.token_ids == f.token_ids[: len(c.token_ids)]
            assert "</think>" in tok.decode(c.token_ids)
            assert "</think>" not in tok.decode(c.token_ids[:-1])
        else:
            assert c.token_ids == f.token_ids
    assert n_stopped >= len(prompts) // 2
    # a stop string inside the reasoning: stop right after the first sentence
    first = generate_text(model, tok, prompts[:4], max_new_tokens=120, batch_size=4,
                          progress=False, stop_strings=[". "])
    for f, c in zip(full[:4], first):
        assert c.text == f.text[: f.text.index(". ") + 2]


def test_sampling_is_seeded(micro, prompts):
    _, model, tok = micro
    kw = dict(max_new_tokens=24, batch_size=4, do_sample=True, temperature=1.5, progress=False)
    state = torch.random.get_rng_state()
    a = generate_text(model, tok, prompts, seed=1, **kw)
    b = generate_text(model, tok, prompts, seed=1, **kw)
    c = generate_text(model, tok, prompts, seed=2, **kw)
    assert torch.equal(state, torch.random.get_rng_state())  # global RNG left alone
    assert [o.token_ids for o in a] == [o.token_ids for o in b]
    assert [o.token_ids for o in a] != [o.token_ids for o in c]


def test_greedy_equals_hf_generate(micro, prompts):
    """The decoding loop passes the model what HF generate passes it: same tokens, EOS included."""
    _, model, tok = micro
    ours = generate_text(model, tok, prompts, max_new_tokens=60, batch_size=4, progress=False)
    for p, o in zip(prompts, ours):
        ids = torch.tensor([tok(p, add_special_tokens=False)["input_ids"]])
        ref = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=60,
                             do_sample=False, pad_token_id=tok.pad_token_id or tok.eos_token_id,
                             eos_token_id=tok.eos_token_id)[0, ids.shape[1]:].tolist()
        assert o.token_ids == ref[: len(o.token_ids)]
        assert len(o.token_ids) == len(ref) or ref[len(o.token_ids)] == (tok.pad_token_id or tok.eos_token_id)


def test_finished_rows_leave_the_batch(micro, prompts):
    """Rows that end early are dropped from the batch: later forwards run on fewer rows, and the
    survivors' tokens are unchanged."""
    from keysent.traces import decoding

    _, model, tok = micro
    widths: list[int] = []
    real_forward = model.forward

    def counting_forward(*args, **kwargs):
        widths.append(kwargs["input_ids"].shape[0])
        return real_forward(*args, **kwargs)

    model.forward = counting_forward
    try:
        rows = [tok(p, add_special_tokens=False)["input_ids"] for p in prompts[:4]]
        eos = {tok.eos_token_id}
        new = decoding.decode_batch(model, rows, max_new_tokens=30, pad_id=tok.eos_token_id,
                                    eos_ids=eos, row_done=lambda r, ids: r in (0, 2) and len(ids) >= 5)
    finally:
        del model.forward
    assert [len(x) for x in new][0] == 5 and len(new[2]) == 5
    assert widths[0] == 4 and widths[5] == 2 and widths[-1] <= 2
    assert len(widths) == max(len(x) for x in new)  # one forward per new token, no extra
    alone = decoding.decode_batch(model, [rows[1]], max_new_tokens=30, pad_id=tok.eos_token_id,
                                  eos_ids=eos)
    assert alone[0] == new[1]


def test_sampling_does_not_depend_on_the_batch(micro, prompts):
    _, model, tok = micro
    kw = dict(max_new_tokens=20, do_sample=True, temperature=1.5, seed=7, progress=False)
    batched = generate_text(model, tok, prompts, batch_size=4, **kw)
    single = [generate_text(model, tok, [p], **kw)[0] for p in prompts[::3]]
    assert [o.token_ids for o in batched[::3]] == [o.token_ids for o in single]
    # a repeated prompt gets its own stream; the first occurrence is unchanged
    twice = generate_text(model, tok, [prompts[0], prompts[0]], batch_size=2, **kw)
    assert twice[0].token_ids == batched[0].token_ids
    assert twice[1].token_ids != twice[0].token_ids


def test_bridge_original_model_generates_the_same(micro, prompts):
    from transformer_lens.model_bridge import TransformerBridge

    path, model, tok = micro
    bridge = TransformerBridge.boot_transformers(str(path), device="cpu")
    via_bridge = generate_text(bridge.original_model, bridge.tokenizer, prompts, max_new_tokens=40,
                               batch_size=4, progress=False)
    plain = generate_text(model, tok, prompts, max_new_tokens=40, batch_size=4, progress=False)
    assert [o.token_ids for o in via_bridge] == [o.token_ids for o in plain]


def test_output_roundtrip_and_batching_helper():
    o = GenerationOutput([1, 2], [3, 4], "ab", "eos")
    assert GenerationOutput.from_dict(o.to_dict()) == o
    batches = length_sorted_batches([5, 1, 7, 3, 7], batch_size=2)
    assert sorted(i for b in batches for i in b) == [0, 1, 2, 3, 4]
    assert batches[0] == [2, 4]


def test_bad_input_errors(micro, prompts):
    _, model, tok = micro
    with pytest.raises(KeysentError, match="list"):
        generate_text(model, tok, prompts[0], max_new_tokens=4)
    with pytest.raises(KeysentError, match="empty"):
        generate_text(model, tok, [], max_new_tokens=4)
    with pytest.raises(KeysentError, match="max_new_tokens"):
        generate_text(model, tok, prompts[:1], max_new_tokens=0)
    with pytest.raises(KeysentError, match="generate"):
        generate_text(object(), tok, prompts[:1], max_new_tokens=4)
    with pytest.raises(KeysentError, match="stop_strings"):
        generate_text(model, tok, prompts[:1], max_new_tokens=4, stop_strings=[""])
    with pytest.raises(KeysentError, match="temperature"):
        generate_text(model, tok, prompts[:1], max_new_tokens=4, do_sample=True, temperature=0)
    with pytest.raises(KeysentError, match="prompt 1"):
        generate_text(model, tok, [prompts[0], 3.5], max_new_tokens=4)


@pytest.mark.parametrize("arch", ["qwen2", "llama", "qwen3"])
def test_loop_equals_hf_generate_on_real_architectures(tiny_dirs, arch):
    """Left-padded batches on each architecture: the same tokens as HF generate, batch for batch."""
    from keysent import load_model

    model = load_model(str(tiny_dirs[arch]), device="cpu")
    tok = model.tokenizer
    queries = ["Hi?", "How do I bake bread at home without yeast?", "Explain the water cycle in detail."]
    prompts = [model.render_prompt(q) for q in queries]
    ours = generate_text(model.generation_model, tok, prompts, max_new_tokens=12, batch_size=3,
                         progress=False)
    ids = [tok(p, add_special_tokens=False)["input_ids"] for p in prompts]
    width = max(len(x) for x in ids)
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    inp = torch.tensor([[pad] * (width - len(x)) + x for x in ids])
    mask = torch.tensor([[0] * (width - len(x)) + [1] * len(x) for x in ids])
    assert len({len(x) for x in ids}) == 3  # really padded
    with torch.inference_mode():
        ref = model.generation_model.generate(inp, attention_mask=mask, max_new_tokens=12,
                                              do_sample=False, pad_token_id=pad)[:, width:].tolist()
    for o, r in zip(ours, ref):
        assert o.token_ids == r[: len(o.token_ids)]


def test_decode_batch_sampling_needs_a_generator_per_row(micro):
    from keysent.errors import ConfigError
    from keysent.traces.decoding import decode_batch

    _, model, tok = micro
    with pytest.raises(ConfigError, match="one torch.Generator per row: 2 rows, no generators"):
        decode_batch(model, [[1, 2], [3]], max_new_tokens=2, pad_id=0, eos_ids={0}, temperature=1.0)


def test_stop_rule_runs_once_per_distinct_row_text_per_step():
    from keysent import load_model

    micro = load_model("toy-r1-micro", device="cpu", progress=False)
    prompt = micro.render_prompt("How do I pick a lock?")
    calls: list[str] = []

    def stop(text: str):
        calls.append(text)
        return len(text) if len(text) >= 20 else None

    outs = generate_text(micro.generation_model, micro.tokenizer, [prompt] * 3, max_new_tokens=64, batch_size=3,
                         stop_when=stop, progress=False)
    assert len({tuple(o.token_ids) for o in outs}) == 1 and outs[0].finish_reason == "stop"
    steps = len(outs[0].token_ids)
    assert len(calls) == steps + 3  # greedy rows are one text: one check per step, one trim check per prompt
