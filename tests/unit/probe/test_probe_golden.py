"""Probe outputs equal the values recorded before ``probe/fit.py`` was split (float noise only).

The golden file was written by ``python tests/unit/probe/test_probe_golden.py --write`` at commit a6c8fea
(the single-module ``fit.py``), covering every solver path: exact Newton, primal Newton-CG
(d <= n), dual Newton-CG (shared design, n < d), Woodbury-preconditioned Newton-CG (fold
standardisation, n < d), float32 data, no standardisation, and difference-in-means.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "probe_fit.json"

#: name -> (n, layers, d, options of fit_probes)
CASES = {
    "newton-small-d": (80, 3, 10, {"solver": "newton"}),
    "cg-primal": (80, 3, 40, {"solver": "newton-cg"}),
    "cg-dual-shared": (50, 3, 90, {"solver": "newton-cg"}),
    "cg-fold-woodbury": (50, 3, 90, {"solver": "newton-cg", "standardize": "fold"}),
    "cg-primal-fold": (80, 2, 40, {"solver": "newton-cg", "standardize": "fold"}),
    "cg-none": (80, 2, 40, {"solver": "newton-cg", "standardize": "none"}),
    "newton-d>n": (40, 2, 60, {"solver": "newton", "l2": 0.1}),
    "auto-float32": (60, 3, 24, {"folds": 3}),
    "diffmean": (60, 3, 24, {"method": "diffmean"}),
    "diffmean-fold": (60, 3, 24, {"method": "diffmean", "standardize": "fold"}),
}


def data(n: int, layers: int, d: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Correlated, unevenly scaled float32 features with a label signal growing with the layer."""
    g = torch.Generator().manual_seed(seed)
    y = torch.randperm(n, generator=g) % 2
    z = torch.randn(n, 3, generator=g)
    X = torch.empty(n, layers, d)
    for layer in range(layers):
        u = torch.randn(d, generator=g)
        u /= u.norm()
        h = z @ torch.randn(3, d, generator=g) + torch.randn(n, d, generator=g) + 1.5 * layer * (y[:, None] - 0.5) * u
        X[:, layer] = h * torch.exp(0.5 * torch.randn(d, generator=g)) + 2.0
    return X, y


def outputs(name: str) -> dict[str, list]:
    from keysent.probe.fit import fit_probes

    n, layers, d, opts = CASES[name]
    X, y = data(n, layers, d)
    res = fit_probes(X, y, **opts)
    return {
        "auroc": res.auroc.tolist(),
        "accuracy": res.accuracy.tolist(),
        "oof_scores": res.oof_scores.tolist(),
        "coef": res.coef.tolist(),
        "intercept": res.intercept.tolist(),
        "converged": res.converged.tolist(),
    }


@pytest.fixture(scope="module")
def golden() -> dict:
    return json.loads(GOLDEN.read_text())


@pytest.mark.parametrize("name", list(CASES))
def test_probe_outputs_equal_the_recorded_ones(name: str, golden: dict) -> None:
    got, want = outputs(name), golden[name]
    assert got["converged"] == want["converged"]
    np.testing.assert_allclose(got["auroc"], want["auroc"], rtol=0, atol=1e-9)
    np.testing.assert_allclose(got["accuracy"], want["accuracy"], rtol=0, atol=1e-9)
    # the fits stop at a gradient norm of 1e-6: scores and weights agree to well below that scale
    scale = np.abs(want["oof_scores"]).max()
    np.testing.assert_allclose(got["oof_scores"], want["oof_scores"], rtol=0, atol=1e-4 * scale)
    cscale = np.abs(want["coef"]).max()
    np.testing.assert_allclose(got["coef"], want["coef"], rtol=0, atol=1e-4 * cscale)
    np.testing.assert_allclose(got["intercept"], want["intercept"], rtol=0, atol=1e-4 * max(1.0, np.abs(want["intercept"]).max()))


if __name__ == "__main__" and "--write" in sys.argv:
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps({name: outputs(name) for name in CASES}) + "\n")
    print(f"wrote {GOLDEN}")
