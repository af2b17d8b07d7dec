"""Resampling K from the end of C on the micro organism: greedy reproduces, seeds reproduce, bad input."""

from __future__ import annotations

import dataclasses

import pytest

from keysent import load_model
from keysent.counterfactual.report import resample_rows, resample_summary
from keysent.counterfactual.resample import prefix_ids, resample, usable_traces
from keysent.errors import ConfigError, TraceError
from keysent.querysets import load_queries
from keysent.traces.generate import generate_traces


@pytest.fixture(scope="module")
def micro():
    return load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def traces(micro):
    return generate_traces(micro, load_queries(["builtin:2"]), max_new_tokens=320, cache=None, progress=False)


def test_temperature_zero_reproduces_the_greedy_continuation_n_times(micro, traces):
    res = resample(micro, traces, n=3, temperature=0.0, max_new_tokens=320, progress=False)
    assert res.indices == list(range(len(traces))) and not res.skipped
    for i, samples in zip(res.indices, res.samples):
        assert len(samples) == 3
        for s in samples:
            assert s.generated == traces[i].generated and s.token_ids == traces[i].token_ids
            assert s.key_sentence == traces[i].key_sentence and s.answer_safe == traces[i].answer_safe
    rows = resample_rows(traces, res, decided=0.9)
    assert all(r["status"].startswith("decided") for r in rows)  # greedy: every trace decided
    assert all(r["p_aha"]["rate"] == float(bool(traces[r["trace"]].k_aha)) for r in rows)


def test_sampled_samples_are_reproducible_and_independent_of_batch_size(micro, traces):
    kw = dict(n=4, temperature=1.2, top_p=1.0, seed=3, max_new_tokens=80, progress=False)
    a = resample(micro, traces[:3], batch_size=4, **kw)
    b = resample(micro, traces[:3], batch_size=1, **kw)
    assert [[s.generated for s in g] for g in a.samples] == [[s.generated for s in g] for g in b.samples]
    assert len({s.generated for g in a.samples for s in g}) > 3  # sampling happened
    for i, g in zip(a.indices, a.samples):  # every sample keeps the prefix up to the end of C
        for s in g:
            assert s.token_ids[: len(prefix_ids(traces[i]))] == prefix_ids(traces[i])


def test_until_k_stops_at_the_end_of_k(micro, traces):
    res = resample(micro, traces[:2], n=2, temperature=0.0, until="k", progress=False)
    for i, g in zip(res.indices, res.samples):
        for s in g:
            assert s.key_sentence == traces[i].key_sentence
            assert not s.complete and s.answer_safe is None
            assert s.generated.rstrip().endswith(traces[i].key_sentence)
    rows = resample_rows(traces, res, 0.9)
    assert all(r["p_safe"]["n"] == 0 and r["p_safe"]["rate"] is None for r in rows)


def test_traces_without_c_or_k_are_counted_and_skipped(micro, traces):
    no_k = dataclasses.replace(traces[0], spans={k: v for k, v in traces[0].spans.items() if k != "K"})
    no_c = dataclasses.replace(traces[1], spans={k: v for k, v in traces[1].spans.items() if k != "C"})
    res = resample(micro, [no_k, traces[2], no_c], n=1, temperature=0.0, max_new_tokens=8, progress=False)
    assert res.indices == [1] and res.skipped == {"no K": 1, "no C": 1}
    with pytest.raises(TraceError, match="none of the 2 traces.*1 no K, 1 no C"):
        usable_traces([no_k, no_c])
    with pytest.raises(ConfigError, match="n must be an integer >= 1"):
        resample(micro, traces, n=0, progress=False)


def test_group_summary_counts(micro, traces):
    res = resample(micro, traces, n=2, temperature=0.0, max_new_tokens=320, progress=False)
    summary = resample_summary(resample_rows(traces, res, 0.9))
    assert sum(s["traces"] for s in summary.values()) == len(traces)
    for g, s in summary.items():
        assert s["decided_aha"] + s["decided_solve"] + s["open"] + s["no_k"] == s["traces"]
        assert s["pooled_p_aha"]["n"] == 2 * s["traces"]
