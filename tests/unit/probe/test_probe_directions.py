"""ProbeResult in model coordinates, saved directions, and the frozen probe configs."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from keysent.errors import ConfigError
from keysent.probe.config import ProbeConfig, ProbeRunConfig
from keysent.probe.directions import DIRECTIONS_FILE, directions_from_result, load_directions, save_directions
from keysent.probe.fit import fit_probes
from keysent.probe.result import ProbeResult


@pytest.fixture(scope="module")
def shifted():
    """Layer rows 0..2 = model layers 4, 9, 11; only model layer 9 separates the classes."""
    g = torch.Generator().manual_seed(3)
    y = torch.arange(60) % 2
    X = torch.randn(60, 3, 6, generator=g)
    shift = torch.tensor([0.0, 2.0, 0.0, 0.0, 0.0, 1.0])
    X[:, 1] += y[:, None] * shift
    return X, y, shift


def test_result_knows_model_layers_position_and_hook(shifted) -> None:
    X, y, _ = shifted
    res = fit_probes(X, y, folds=3, layers=[4, 9, 11], position="k_last")
    assert res.best_layer == 9 and res.best_index == 1
    assert [r["layer"] for r in res.to_records(target="harmful")] == [4, 9, 11]
    assert res.to_records()[0]["position"] == "k_last"
    assert res.hook_name(11) == "blocks.11.hook_resid_post"
    with pytest.raises(ConfigError, match="layer 5 was not probed; probed layers: \\[4, 9, 11\\]"):
        res.direction(5)
    with pytest.raises(ConfigError, match="names 2 model layers but X has 3"):
        fit_probes(X, y, layers=[1, 2])


def test_directions_are_in_model_coordinates(shifted) -> None:
    X, y, shift = shifted
    res = fit_probes(X, y, folds=3, layers=[4, 9, 11], position="k_last")
    mean_pos, mean_neg = X[y == 1].double().mean(0), X[y == 0].double().mean(0)  # [layer, d]
    np.testing.assert_allclose(res.mean_pos, mean_pos.numpy(), atol=1e-6)
    np.testing.assert_allclose(res.mean_neg, mean_neg.numpy(), atol=1e-6)
    np.testing.assert_allclose(res.mean_norm, X.double().norm(dim=2).mean(0).numpy(), atol=1e-6)
    v = res.steering_vector(9)  # alpha = 1: the full difference of class means
    assert torch.allclose(v, (mean_pos[1] - mean_neg[1]).float(), atol=1e-5)
    assert float(torch.nn.functional.cosine_similarity(v, shift, dim=0)) > 0.9
    u = res.direction(9, "logistic")
    assert abs(float(u.norm()) - 1) < 1e-6 and float(u @ shift) > 0  # towards label 1
    # the logistic direction scores exactly like the refitted probe (up to its norm)
    scores = X[:, 1].double() @ torch.from_numpy(res.coef[1])
    assert float(torch.corrcoef(torch.stack([scores, X[:, 1].double() @ u.double()]))[0, 1]) > 0.999999
    assert torch.allclose(res.steering_vector(9, "logistic", alpha=2.0), 2 * float(u @ v) * u, atol=1e-6)


def test_old_result_dicts_still_load(shifted) -> None:
    X, y, _ = shifted
    d = fit_probes(X, y, folds=3).to_dict()
    for key in ("layers", "mean_pos", "mean_neg", "mean_norm", "position", "hook"):
        d.pop(key)
    res = ProbeResult.from_dict(d)
    assert res.layers.tolist() == [0, 1, 2] and res.hook == "resid_post" and np.isnan(res.mean_pos).all()


def test_directions_file_round_trips_and_errors(shifted, tmp_path) -> None:
    X, y, _ = shifted
    logistic = fit_probes(X, y, folds=3, layers=[4, 9, 11], position="k_last")
    diffmean = fit_probes(X, y, folds=3, layers=[4, 9, 11], position="c_last", method="diffmean")
    save_directions(tmp_path / DIRECTIONS_FILE, [directions_from_result(logistic, "harmful"),
                                                 directions_from_result(diffmean, "k_aha")], model="m")
    loaded = load_directions(tmp_path)
    a, b = loaded[("harmful", "k_last")], loaded[("k_aha", "c_last")]
    assert torch.equal(a.diffmean, torch.from_numpy(logistic.mean_pos - logistic.mean_neg).float())
    assert torch.allclose(a.vector(9, "logistic"), logistic.steering_vector(9, "logistic"), atol=1e-6)
    assert b.logistic is None and torch.allclose(b.diffmean, a.diffmean)
    with pytest.raises(ConfigError, match="no logistic direction"):
        b.vector(9, "logistic")
    with pytest.raises(ConfigError, match="has no directions.safetensors"):
        load_directions(tmp_path / "nowhere")
    from safetensors.torch import save_file

    save_file({"x": torch.zeros(1)}, str(tmp_path / "newer.safetensors"), metadata={"schema_version": "9"})
    with pytest.raises(ConfigError, match="schema version 9.*upgrade keysent"):
        load_directions(tmp_path / "newer.safetensors")


def test_configs_are_frozen_validated_and_round_trip() -> None:
    cfg = ProbeRunConfig(positions="c_last, k_mean", targets=["harmful"], layers=[0, -1], fit=ProbeConfig(l2=0.5))
    assert cfg.positions == ("c_last", "k_mean") and cfg.layers == "0,-1" and cfg.targets == ("harmful",)
    assert ProbeRunConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.fit.l2 = 1.0  # type: ignore[misc]
    with pytest.raises(ConfigError, match="unknown target"):
        ProbeRunConfig(targets=("harmfull",))
    with pytest.raises(ConfigError, match="batch_size must be an integer >= 1"):
        ProbeRunConfig(batch_size=0)
    with pytest.raises(ConfigError, match="unknown ProbeConfig key"):
        ProbeConfig.with_options(None, fold=3)
    assert ProbeConfig.with_options(ProbeConfig(l2=0.2), folds=3) == ProbeConfig(l2=0.2, folds=3)
