"""The counterfactual figures: every bar labelled with its rate and count, above its error bar."""

from __future__ import annotations

from keysent.counterfactual.figures import RATE_KEYS, decidedness_histogram, rates_figure


def _rate(rate, n, low=None, high=None):
    return {"rate": rate, "n": n, "low": rate if low is None else low, "high": rate if high is None else high}


def test_rates_figure_labels_zero_and_missing_rates():
    summary = {
        "harmful": {"observed_safe_given_aha": _rate(1.0, 11, 0.74, 1.0),
                    "forced_safe_given_do_aha": _rate(1.0, 5, 0.57, 1.0),
                    "observed_safe_given_solve": _rate(0.0, 5, 0.0, 0.43),
                    "forced_safe_given_do_solve": _rate(None, 0)},
    }
    fig = rates_figure(summary)
    texts = [a.text for a in fig.layout.annotations]
    assert texts == ["1.00<br>n=11", "1.00<br>n=5", "0.00<br>n=5", "n/a<br>n=0"]
    ys = [a.y for a in fig.layout.annotations]
    assert ys == [1.0, 1.0, 0.43, 0.0]  # above the upper end of each error bar
    xs = [a.x for a in fig.layout.annotations]
    assert xs == sorted(xs) and -0.5 < xs[0] < xs[-1] < 0.5  # one per bar, left to right within the group
    assert [t.name for t in fig.data] == [label for _, label in RATE_KEYS]
    assert fig.layout.yaxis.range[1] > 1.15  # room for the labels above a rate of 1


def test_decidedness_histogram_bins_on_attainable_values():
    fig = decidedness_histogram({"benign": [0.0, 0.0], "harmful": [1.0, 0.5]}, n_samples=16)
    assert [t.name for t in fig.data] == ["benign (n=2)", "harmful (n=2)"]
    assert abs(fig.data[0].xbins.size - 1 / 16) < 1e-12 and abs(fig.data[0].xbins.start + 1 / 32) < 1e-12
