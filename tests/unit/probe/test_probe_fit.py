"""Per-layer probes: agreement with scikit-learn, best-layer recovery, diffmean, determinism, errors."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest
import torch

from keysent.errors import ConfigError, DatasetError, KeysentError
from keysent.probe.fit import ProbeConfig, ProbeResult, choose_solver, fit_probes, stratified_kfold
from keysent.probe.metrics import accuracy, auroc

SIGNAL = (0.0, 0.0, 1.2, 2.5, 0.0)  # label strength per layer: layers 2 and 3 carry it, 3 the most


def synthetic(n: int = 120, d: int = 12, signal=SIGNAL, seed: int = 0, offset: float = 3.0):
    """``[n, layer, d]`` float32 states with correlated, unevenly scaled features; signal per layer."""
    g = torch.Generator().manual_seed(seed)
    y = torch.randperm(n, generator=g) % 2
    z = torch.randn(n, 4, generator=g)
    X = torch.empty(n, len(signal), d)
    for layer, s in enumerate(signal):
        u = torch.randn(d, generator=g)
        u /= u.norm()
        h = z @ torch.randn(4, d, generator=g) + torch.randn(n, d, generator=g) + s * (y[:, None].float() - 0.5) * u * 2
        X[:, layer] = h * torch.exp(torch.randn(d, generator=g)) + offset
    return X, y


def sklearn_reference(X: torch.Tensor, y: torch.Tensor, folds: int, l2: float, standardize="all", seed: int = 0):
    """Per layer and fold AUROC from StandardScaler + LogisticRegression on the same folds; refit coef.

    ``standardize``: ``"all"`` scales with all examples' statistics, ``"fold"`` with the training
    fold's (a scaler inside the CV loop), ``"none"`` not at all.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.preprocessing import StandardScaler

    Xn = X.double().numpy()
    yn = y.numpy()
    split = stratified_kfold(yn, folds, seed)
    aucs = np.zeros((X.shape[1], folds))
    coefs = np.zeros((X.shape[1], X.shape[2]))
    intercepts = np.zeros(X.shape[1])

    def scaler(rows):
        if standardize == "none":
            return StandardScaler(with_mean=False, with_std=False).fit(rows)
        return StandardScaler().fit(rows)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for layer in range(X.shape[1]):
            everything = scaler(Xn[:, layer])
            for f, (tr, te) in enumerate(split):
                sc = scaler(Xn[tr, layer]) if standardize == "fold" else everything
                clf = LogisticRegression(C=1 / (len(tr) * l2), solver="newton-cholesky", tol=1e-10, max_iter=1000)
                clf.fit(sc.transform(Xn[tr, layer]), yn[tr])
                aucs[layer, f] = roc_auc_score(yn[te], clf.decision_function(sc.transform(Xn[te, layer])))
            sc = everything
            clf = LogisticRegression(C=1 / (len(yn) * l2), solver="newton-cholesky", tol=1e-10, max_iter=1000)
            clf.fit(sc.transform(Xn[:, layer]), yn)
            scale = sc.scale_ if sc.scale_ is not None else np.ones(X.shape[2])
            mean = sc.mean_ if sc.mean_ is not None else np.zeros(X.shape[2])
            coefs[layer] = clf.coef_[0] / scale
            intercepts[layer] = clf.intercept_[0] - (clf.coef_[0] * mean / scale).sum()
    return aucs, coefs, intercepts


# ----------------------------------------------------------------------------- vs scikit-learn
@pytest.mark.parametrize("standardize", ["all", "fold", "none"])
@pytest.mark.parametrize(
    ("solver", "n", "d"),
    [("newton", 120, 12), ("newton-cg", 120, 12), ("newton", 60, 70), ("newton-cg", 60, 70)],
    ids=["newton-small-d", "cg-small-d", "newton-d>n", "cg-d>n"],
)
def test_matches_sklearn_logistic_regression(solver: str, n: int, d: int, standardize: str) -> None:
    X, y = synthetic(n=n, d=d)
    l2 = 0.05
    res = fit_probes(X, y, folds=4, l2=l2, solver=solver, standardize=standardize)
    ref_auc, ref_coef, ref_b = sklearn_reference(X, y, folds=4, l2=l2, standardize=standardize)
    assert res.solver == solver and res.converged.all()
    assert res.config.standardize == standardize
    assert np.abs(res.fold_auroc - ref_auc).max() < 0.01
    assert np.abs(res.auroc - ref_auc.mean(1)).max() < 0.01
    # the refit agrees too, in input units: the same decision function
    dec_ours = np.einsum("nld,ld->nl", X.double().numpy(), res.coef) + res.intercept
    dec_ref = np.einsum("nld,ld->nl", X.double().numpy(), ref_coef) + ref_b
    assert np.abs(dec_ours - dec_ref).max() < 1e-3 * np.abs(dec_ref).max()


def test_recovers_the_best_layer_and_separates_signal_from_noise() -> None:
    X, y = synthetic()
    res = fit_probes(X, y)
    assert res.best_layer == 3
    assert res.auroc[3] > 0.95 and res.auroc[2] > 0.75
    assert max(res.auroc[0], res.auroc[1], res.auroc[4]) < 0.75
    assert res.best_auroc == res.auroc[3]
    assert res.oof_auroc[3] > 0.9
    assert res.fold_auroc.shape == (5, 5) and res.coef.shape == (5, 12) and res.oof_scores.shape == (5, 120)
    assert np.all(res.auroc_std >= 0) and np.all((res.accuracy >= 0) & (res.accuracy <= 1))


def test_solvers_agree_and_auto_picks_by_size() -> None:
    X, y = synthetic(d=40)
    a = fit_probes(X, y, solver="newton")
    b = fit_probes(X, y, solver="newton-cg")
    assert np.abs(a.fold_auroc - b.fold_auroc).max() < 1e-6
    assert np.abs(a.coef - b.coef).max() < 1e-4 * np.abs(a.coef).max()
    assert choose_solver(96, 8) == "newton" and choose_solver(96, 2048) == "newton-cg"
    assert fit_probes(X[:, :, :8], y).solver == "newton"


def test_large_d_path_agrees_with_small_d_path() -> None:
    """d = 2048 with n = 60: the dual (Woodbury) Newton-CG path against exact Newton (QR-reduced)."""
    X, y = synthetic(n=60, d=2048, signal=(0.0, 8.0))
    big = fit_probes(X, y, folds=3, solver="newton-cg")
    small = fit_probes(X, y, folds=3, solver="newton")
    assert big.converged.all() and small.converged.all()
    assert np.abs(big.fold_auroc - small.fold_auroc).max() < 1e-6
    assert np.abs(big.coef - small.coef).max() < 1e-3 * np.abs(small.coef).max()
    assert big.best_layer == 1 and big.auroc[1] > 0.85 and big.auroc[0] < 0.75


def test_float_dtypes_and_chunking_give_the_same_probes() -> None:
    X, y = synthetic()
    ref = fit_probes(X, y)
    one_layer_at_a_time = fit_probes(X, y, memory_bytes=1)
    assert np.abs(ref.fold_auroc - one_layer_at_a_time.fold_auroc).max() < 1e-9
    as_f64 = fit_probes(X.double(), y)
    assert np.abs(ref.fold_auroc - as_f64.fold_auroc).max() < 1e-3
    as_bf16 = fit_probes(X.bfloat16(), y)
    assert as_bf16.best_layer == 3 and np.abs(ref.auroc - as_bf16.auroc).max() < 0.05
    f32_state = fit_probes(X, y, dtype=torch.float32, tol=1e-4)
    assert np.abs(ref.auroc - f32_state.auroc).max() < 1e-3


@pytest.mark.parametrize("solver", ["newton", "newton-cg"])
def test_constant_layers_and_duplicate_rows_do_not_break_the_solvers(solver: str) -> None:
    g = torch.Generator().manual_seed(5)
    y = torch.arange(50) % 2
    X = torch.randn(50, 3, 20, generator=g)
    X[:, 0] = 1.0  # a constant layer: nothing to learn
    X[:, 1, 5] = 7.0  # a constant feature (kept with scale 1, like StandardScaler)
    X[:, 2] = X[:, 2][torch.arange(50) % 10]  # every row five times
    X[:, 2, 0] += 2.0 * y
    for standardize in (True, False):
        res = fit_probes(X, y, solver=solver, standardize=standardize)
        assert res.converged.all() and np.isfinite(res.coef).all()
        assert res.auroc[0] == 0.5 and np.all(res.coef[0] == 0)
        assert res.auroc[2] > 0.9


def test_input_is_not_modified_and_numpy_or_lists_are_accepted() -> None:
    X, y = synthetic(signal=(2.0,))
    before = X.clone()
    res = fit_probes(X, y.tolist(), folds=3)
    assert torch.equal(X, before)
    res_np = fit_probes(X.numpy(), y.numpy().astype(bool), folds=3)
    assert np.array_equal(res.fold_auroc, res_np.fold_auroc)


# ----------------------------------------------------------------------------- diffmean
def test_diffmean_on_a_mean_shift() -> None:
    g = torch.Generator().manual_seed(3)
    n, d = 200, 16
    y = torch.arange(n) % 2
    shift = torch.zeros(d)
    shift[:4] = 1.5
    X = torch.randn(n, 2, d, generator=g)
    X[:, 1] += y[:, None].float() * shift  # layer 1: the positives are shifted
    res = fit_probes(X, y, method="diffmean", standardize=False)
    assert res.method == "diffmean" and res.solver == "none"
    assert res.best_layer == 1 and res.auroc[1] > 0.95 and res.auroc[0] < 0.7
    cos = float(res.coef[1] @ shift.numpy() / (np.linalg.norm(res.coef[1]) * shift.norm().item()))
    assert cos > 0.95
    # the refit is exactly the class-mean difference, thresholded at the midpoint
    Xl = X[:, 1].double().numpy()
    mu1, mu0 = Xl[y.numpy() == 1].mean(0), Xl[y.numpy() == 0].mean(0)
    np.testing.assert_allclose(res.coef[1], mu1 - mu0, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(res.intercept[1], -(mu1 - mu0) @ (mu1 + mu0) / 2, rtol=1e-5, atol=1e-5)
    # held-out scores of fold 0 match a direct computation from its training fold
    tr, te = stratified_kfold(y, 5, 0)[0]
    m1, m0 = Xl[tr][y.numpy()[tr] == 1].mean(0), Xl[tr][y.numpy()[tr] == 0].mean(0)
    direct = Xl[te] @ (m1 - m0) - (m1 - m0) @ (m1 + m0) / 2
    np.testing.assert_allclose(res.oof_scores[1, te], direct, rtol=1e-4, atol=1e-4)
    assert res.accuracy[1] > 0.85


def test_diffmean_standardised_uses_scaled_class_means() -> None:
    X, y = synthetic()
    res = fit_probes(X, y, method="diffmean")
    assert res.best_layer == 3 and res.auroc[3] > 0.9
    Xl = X[:, 3].double().numpy()
    sd = Xl.std(0)
    diff = (Xl[y.numpy() == 1].mean(0) - Xl[y.numpy() == 0].mean(0)) / sd
    np.testing.assert_allclose(res.coef[3], diff / sd, rtol=1e-5)


# ----------------------------------------------------------------------------- determinism
def test_same_seed_same_numbers_other_seed_other_folds() -> None:
    X, y = synthetic()
    a = fit_probes(X, y, seed=7)
    b = fit_probes(X, y, seed=7)
    for name in ("fold_auroc", "fold_accuracy", "coef", "intercept", "oof_scores", "fold_ids"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    c = fit_probes(X, y, seed=8)
    assert not np.array_equal(a.fold_ids, c.fold_ids)
    np.testing.assert_allclose(a.coef, c.coef)  # the refit does not depend on the split


# ----------------------------------------------------------------------------- folds and metrics
def test_stratified_kfold_partitions_and_balances() -> None:
    y = np.array([1] * 23 + [0] * 41)
    split = stratified_kfold(y, 5, seed=1)
    tests = np.concatenate([te for _, te in split])
    assert sorted(tests.tolist()) == list(range(64))
    for tr, te in split:
        assert set(tr).isdisjoint(te) and len(tr) + len(te) == 64
        assert y[te].sum() in (4, 5) and (1 - y[te]).sum() in (8, 9)
    sizes = [len(te) for _, te in split]
    assert max(sizes) - min(sizes) <= 1
    again = stratified_kfold(y, 5, seed=1)
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(split, again))


def test_auroc_matches_sklearn_with_ties_and_is_vectorised() -> None:
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 50)
    y[:2] = [0, 1]
    s = rng.integers(0, 6, (3, 50)).astype(float)  # many ties
    got = auroc(torch.from_numpy(s), torch.from_numpy(y))
    want = [roc_auc_score(y, row) for row in s]
    np.testing.assert_allclose(got.numpy(), want, atol=1e-12)
    mask = torch.from_numpy(np.arange(50) % 3 != 0)
    got_m = auroc(torch.from_numpy(s), y.tolist(), mask=mask)
    want_m = [roc_auc_score(y[mask.numpy()], row[mask.numpy()]) for row in s]
    np.testing.assert_allclose(got_m.numpy(), want_m, atol=1e-12)
    assert accuracy(torch.tensor([-1.0, 2.0, 0.5, -0.2]), [0, 1, 0, 0]).item() == 0.75


def test_auroc_errors() -> None:
    with pytest.raises(DatasetError, match="both classes"):
        auroc(torch.tensor([0.1, 0.2]), [1, 1])
    with pytest.raises(DatasetError, match="3 labels for 2 scores"):
        auroc(torch.tensor([0.1, 0.2]), [1, 0, 1])
    with pytest.raises(DatasetError, match="NaN or inf"):
        auroc(torch.tensor([0.1, float("nan")]), [1, 0])


# ----------------------------------------------------------------------------- result
def test_result_round_trips_and_gives_records() -> None:
    X, y = synthetic()
    res = fit_probes(X, y, folds=3)
    again = ProbeResult.from_dict(json.loads(json.dumps(res.to_dict())))
    for name in ("auroc", "fold_auroc", "coef", "intercept", "oof_scores", "fold_ids", "converged", "labels"):
        assert np.array_equal(getattr(again, name), getattr(res, name)), name
    assert again.config == res.config and again.best_layer == res.best_layer
    assert again.auroc.dtype == np.float64
    rows = res.to_records(target="harmful", position="k_last")
    assert [r["layer"] for r in rows] == list(range(5))
    assert set(rows[0]) == {"target", "position", "layer", "auroc", "auroc_std", "accuracy", "accuracy_std", "method"}
    assert rows[3]["auroc"] == res.auroc[3] and rows[3]["method"] == "logistic" and rows[3]["target"] == "harmful"
    np.testing.assert_allclose(np.linalg.norm(res.directions(), axis=1), 1.0)
    assert ProbeConfig.from_dict(res.config.to_dict()) == res.config
    with pytest.raises(DatasetError, match="missing"):
        ProbeResult.from_dict({"method": "logistic"})


# ----------------------------------------------------------------------------- errors
@pytest.fixture(scope="module")
def data():
    return synthetic(n=40)


def test_error_single_class(data) -> None:
    X, _ = data
    with pytest.raises(DatasetError) as err:
        fit_probes(X, torch.ones(40, dtype=torch.long))
    assert "all 40 labels are 1: a probe needs both classes; check the target/label mapping" in str(err.value)
    with pytest.raises(DatasetError, match="all 40 labels are 0"):
        fit_probes(X, [0] * 40)


def test_error_fewer_examples_of_a_class_than_folds(data) -> None:
    X, _ = data
    y = torch.zeros(40, dtype=torch.long)
    y[:3] = 1
    with pytest.raises(DatasetError, match=r"only 3 example\(s\) have label 1 but folds=5.*at most 3"):
        fit_probes(X, y)
    y[1:3] = 0  # a single positive: no number of folds can work, so none is suggested
    with pytest.raises(DatasetError, match=r"only 1 example\(s\).*at least 2 of each") as info:
        fit_probes(X, y)
    assert "at most" not in str(info.value)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_error_non_finite_features(data, bad: float) -> None:
    X, y = data
    X = X.clone()
    X[7, 2, 1] = bad
    with pytest.raises(DatasetError, match=r"non-finite.*example\(s\) \[7\] at layer\(s\) \[2\]"):
        fit_probes(X, y)


def test_error_shapes(data) -> None:
    X, y = data
    with pytest.raises(DatasetError, match=r"3-D \[n, layer, d\].*one layer\? use X\[:, None, :\]"):
        fit_probes(X[:, 0], y)
    with pytest.raises(DatasetError, match="X has 40 examples .* but y has 39 labels"):
        fit_probes(X, y[:39])
    with pytest.raises(DatasetError, match="0/1"):
        fit_probes(X, y * 2)
    with pytest.raises(DatasetError, match="1-D"):
        fit_probes(X, y[:, None])
    with pytest.raises(DatasetError, match="floating-point"):
        fit_probes(X.long(), y)


def test_error_options(data) -> None:
    X, y = data
    with pytest.raises(ConfigError, match="unknown method 'svm'; choose one of 'logistic', 'diffmean'"):
        fit_probes(X, y, method="svm")
    with pytest.raises(ConfigError, match="unknown solver"):
        fit_probes(X, y, solver="lbfgs")
    with pytest.raises(ConfigError, match="folds must be an integer >= 2"):
        fit_probes(X, y, folds=1)
    with pytest.raises(ConfigError, match="l2 must be a positive"):
        fit_probes(X, y, l2=0.0)
    with pytest.raises(ConfigError, match="standardize must be True/'all', 'fold' or False/'none'"):
        fit_probes(X, y, standardize="zscore")
    with pytest.raises(ConfigError, match="threads must be"):
        fit_probes(X, y, threads=0)
    with pytest.raises(ConfigError, match="unknown ProbeConfig key.*'fold'"):
        ProbeConfig.from_dict({"fold": 3})
    # every one of them is a KeysentError (and a ValueError)
    with pytest.raises(KeysentError):
        fit_probes(X, y, max_iter=0)
    with pytest.raises(ValueError):
        fit_probes(X, y, dtype=torch.float16)


def test_repr_is_one_line_without_the_arrays():
    """``print(fit_probes(...))`` (the README's API) shows what was fitted, not weight arrays."""
    import torch

    from keysent.probe.fit import fit_probes

    y = torch.arange(40) % 2
    X = torch.randn(40, 6, 8, generator=torch.Generator().manual_seed(2)) + 2.0 * y[:, None, None]
    res = fit_probes(X, y, folds=4, position="c_last")
    text = repr(res)
    assert "\n" not in text and "array" not in text and len(text) < 200, text
    assert f"layers=0..5 (6), n=40, d_model=8, best_layer={res.best_layer}" in text
    assert str(res) == text
