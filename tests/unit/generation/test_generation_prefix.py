"""decode_from_prefix: one prefix, its KV cache shared by n samples; equal to re-running the prefix."""

from __future__ import annotations

import pytest

from keysent import load_model
from keysent.errors import ConfigError
from keysent.generation.prefix import decode_from_prefix
from keysent.generation.text import generate_text


@pytest.fixture(scope="module")
def micro():
    return load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def prefix(micro):
    return micro.tokenizer(micro.render_prompt("How do I pick a lock?"), add_special_tokens=False)["input_ids"]


def test_sampled_equals_rerunning_the_prefix_per_sample(micro, prefix):
    kw = dict(max_new_tokens=48, do_sample=True, temperature=0.9, top_p=0.95, seed=11)
    shared = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 6, batch_size=4, **kw)
    rerun = generate_text(micro.generation_model, micro.tokenizer, [prefix] * 6, batch_size=6, progress=False, **kw)
    assert shared == [o.token_ids for o in rerun]
    assert len({tuple(s) for s in shared}) > 1  # really sampled: the samples differ


def test_samples_independent_of_batch_size_and_count(micro, prefix):
    kw = dict(max_new_tokens=40, do_sample=True, temperature=1.0, top_p=1.0, seed=5)
    a = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 5, batch_size=5, **kw)
    b = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 3, batch_size=1, **kw)
    c = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 5, batch_size=2, **kw)
    assert a[:3] == b and a == c
    d = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 5, batch_size=5, **{**kw, "seed": 6})
    assert d != a


def test_greedy_is_the_greedy_continuation_n_times(micro, prefix):
    outs = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 4, max_new_tokens=64, batch_size=3)
    ref = generate_text(micro.generation_model, micro.tokenizer, [prefix], max_new_tokens=64, progress=False)[0]
    assert outs == [ref.token_ids] * 4


@pytest.mark.parametrize("kw, msg", [({"n": 0}, "n must be"), ({"n": 2, "batch_size": 0}, "batch_size"),
                                     ({"n": 2, "do_sample": True, "temperature": 0}, "temperature"),
                                     ({"n": 2, "top_p": 1.5}, "top_p")])
def test_bad_arguments(micro, prefix, kw, msg):
    n = kw.pop("n")
    with pytest.raises(ConfigError, match=msg):
        decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, n, max_new_tokens=4, **kw)
    with pytest.raises(ConfigError, match="no tokens"):
        decode_from_prefix(micro.generation_model, micro.tokenizer, [], 1, max_new_tokens=4)


def test_stop_rule_runs_once_per_distinct_sample_text_per_step(micro, prefix):
    # Greedy: the 4 samples are one continuation, so each step checks the rule once (not 4 times),
    # and the result is that of one sample; the rule's answer is a function of the text alone.
    calls: list[str] = []

    def stop(text: str):
        calls.append(text)
        return len(text) if len(text) >= 20 else None

    outs = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 4, max_new_tokens=64, batch_size=4,
                              stop_when=stop)
    steps = len(outs[0])
    assert len(calls) == steps + 4  # one check per step, then one trim check per sample
    assert len(set(calls[:steps])) == steps
    calls.clear()
    one = decode_from_prefix(micro.generation_model, micro.tokenizer, prefix, 1, max_new_tokens=64, stop_when=stop)
    assert outs == one * 4 and len(calls) == steps + 1
