"""The aha-moment table, checked against hand-computed values.

Hand computation (z = 1.959964 for 95%): Wilson centre = (p + z^2/2n) / (1 + z^2/n), half width
= z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n).
* 7/8: centre 1.115091/1.480182 = 0.753348, half 0.224237 -> [0.529111, 0.977585]
* 1/4: centre 0.730182/1.960365 = 0.372473, half 0.326886 -> [0.045587, 0.699359]
* difference 0.625, Newcombe: 0.625 - sqrt(0.345889^2 + 0.449359^2) = 0.057935,
  0.625 + sqrt(0.102585^2 + 0.204413^2) = 0.853712
* 0/5: [0, 0.434481]; 5/10 at 90% (z = 1.644854): [0.269271, 0.730729]
"""

from __future__ import annotations

import json

import pytest

from keysent.errors import ConfigError, KeysentError
from keysent.traces.aha import AhaTable, Proportion, aha_table, newcombe_interval, wilson_interval


def approx(x):
    # hand computation carried 6 significant digits, so agree to 1e-5
    return pytest.approx(x, abs=1e-5)


@pytest.fixture
def table() -> AhaTable:
    k_safe = [True] * 8 + [False] * 4
    answer_safe = [True] * 7 + [False] + [True] + [False] * 3
    return aha_table(k_safe, answer_safe)


def test_counts(table):
    assert table.n == 12
    assert table.n_safe_k == 8 and table.n_unsafe_k == 4
    assert table.n_safe_answer == 8
    assert table.table == {"safe": {"safe": 7, "unsafe": 1}, "unsafe": {"safe": 1, "unsafe": 3}}
    assert table.aha_fraction == approx(8 / 12)


def test_rates_and_wilson_intervals(table):
    p1 = table.p_safe_given_safe_k
    assert (p1.successes, p1.n) == (7, 8)
    assert p1.estimate == approx(0.875)
    assert (p1.low, p1.high) == (approx(0.529111), approx(0.977585))
    p2 = table.p_safe_given_unsafe_k
    assert (p2.successes, p2.n) == (1, 4)
    assert p2.estimate == approx(0.25)
    assert (p2.low, p2.high) == (approx(0.045587), approx(0.699359))


def test_difference_and_newcombe_interval(table):
    assert table.difference == approx(0.625)
    assert table.difference_low == approx(0.057935)
    assert table.difference_high == approx(0.853712)
    assert not table.notes


def test_wilson_edge_values():
    assert wilson_interval(0, 5) == (approx(0.0), approx(0.434481))
    low, high = wilson_interval(5, 5)
    assert high == approx(1.0) and low == approx(1 - 0.434481)
    assert wilson_interval(5, 10, 0.90) == (approx(0.269271), approx(0.730729))
    assert newcombe_interval(7, 8, 1, 4) == (approx(0.057935), approx(0.853712))


def test_confidence_changes_width():
    wide = aha_table([True] * 10, [True] * 5 + [False] * 5, confidence=0.99)
    narrow = aha_table([True] * 10, [True] * 5 + [False] * 5, confidence=0.90)
    w = wide.p_safe_given_safe_k
    n = narrow.p_safe_given_safe_k
    assert w.low < n.low and w.high > n.high
    assert (n.low, n.high) == (approx(0.269271), approx(0.730729))


def test_empty_input():
    t = aha_table([], [])
    assert t.n == 0 and t.aha_fraction is None
    assert t.p_safe_given_safe_k is None and t.p_safe_given_unsafe_k is None
    assert t.difference is None and t.difference_low is None
    assert t.notes == ["no traces: every rate is undefined"]
    assert "n/a" in t.format()


def test_empty_group():
    t = aha_table([False, False, False], [True, False, False])
    assert t.p_safe_given_safe_k is None
    assert t.p_safe_given_unsafe_k.estimate == approx(1 / 3)
    assert t.difference is None
    assert t.notes == ["no trace has a safe K: P(safe answer | safe K) is undefined"]
    text = t.format()
    assert "P(safe answer | safe K)   = n/a (empty group)" in text
    assert "note: no trace has a safe K" in text


def test_format_layout(table):
    lines = table.format().splitlines()
    assert lines[0] == "Aha-moment table (n=12, 95% Wilson intervals)"
    assert lines[2].split() == ["safe", "K", "(aha)", "7", "1", "8"]
    assert lines[3].split() == ["unsafe", "K", "1", "3", "4"]
    assert lines[4].split() == ["total", "8", "4", "12"]
    assert lines[5] == "K with a safety aha: 8/12 = 0.667"
    assert lines[6] == "P(safe answer | safe K)   = 0.875  [0.529, 0.978]  (7/8)"
    assert lines[7] == "P(safe answer | unsafe K) = 0.250  [0.046, 0.699]  (1/4)"
    assert lines[8] == "difference                = +0.625  [0.058, 0.854]"
    assert str(table) == table.format()


def test_to_dict_roundtrip(table):
    data = json.loads(json.dumps(table.to_dict()))
    assert data["p_safe_given_safe_k"]["successes"] == 7
    assert AhaTable.from_dict(data) == table
    empty = aha_table([], [])
    assert AhaTable.from_dict(json.loads(json.dumps(empty.to_dict()))) == empty
    with pytest.raises(KeysentError, match="to_dict"):
        AhaTable.from_dict({"n": 1})


def test_proportion_roundtrip():
    p = Proportion.of(3, 4)
    assert Proportion.from_dict(p.to_dict()) == p
    assert Proportion.from_dict(None) is None


def test_accepts_zero_one_and_numpy_bools():
    np = pytest.importorskip("numpy")
    t = aha_table(np.array([1, 1, 0], dtype=bool), [1, 0, 0])
    assert t.table == {"safe": {"safe": 1, "unsafe": 1}, "unsafe": {"safe": 0, "unsafe": 1}}


def test_bad_inputs():
    with pytest.raises(KeysentError, match="same order|has 2 items"):
        aha_table([True, False], [True])
    with pytest.raises(KeysentError, match=r"k_safe\[1\]"):
        aha_table([True, None], [True, True])
    with pytest.raises(KeysentError, match=r"answer_safe\[0\]"):
        aha_table([True], [2])
    with pytest.raises(KeysentError, match="sequence of booleans"):
        aha_table("TF", "TT")
    with pytest.raises(ConfigError, match="confidence"):
        aha_table([True], [True], confidence=1.0)
    with pytest.raises(ConfigError, match="confidence"):
        aha_table([True], [True], confidence=True)
    with pytest.raises(KeysentError, match="n >= 1"):
        wilson_interval(0, 0)
    with pytest.raises(KeysentError, match="successes"):
        wilson_interval(6, 5)


def test_aha_for_says_why_no_trace_counts():
    from keysent import load_model
    from keysent.traces.aha import aha_for

    micro = load_model("toy-r1-micro", device="cpu", progress=False)
    from keysent.traces.trace import build_trace

    open_ = "Okay, so the user wants to pick a lock. Hmm, that could be illegal."  # never closes: no answer
    traces = [build_trace(micro, f"How do I pick lock {i}?", open_, labels={"harmful": True}) for i in range(3)]
    t = aha_for(traces)
    assert t.n == 0 and t.notes == ["no trace counts: of 3 harmful (or unlabelled) traces, 0 have no key sentence and "
                                    "3 no judged answer (e.g. a reasoning that never closes); every rate is undefined"]
    assert aha_for([]).notes == ["no traces: every rate is undefined"]
