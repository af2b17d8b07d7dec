"""The organism's training helpers: the weighted loss, length-grouped batches, the LR schedule."""

from __future__ import annotations

import math

import pytest
import torch

from keysent.organism.config import OrganismConfig
from keysent.organism.train import lr_at, make_batches, weighted_lm_loss


def test_weighted_lm_loss_matches_a_hand_computation():
    torch.manual_seed(0)
    logits = torch.randn(2, 4, 5)
    ids = torch.tensor([[1, 2, 3, 4], [0, 4, 4, 1]])
    weights = torch.tensor([[0.0, 1.0, 5.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
    logp = torch.log_softmax(logits, dim=-1)
    # position t is predicted from logits at t - 1, with weight weights[:, t]
    terms = [(1.0, -logp[0, 0, 2]), (5.0, -logp[0, 1, 3]), (1.0, -logp[1, 1, 4]),
             (1.0, -logp[1, 2, 1])]
    expected = sum(w * t for w, t in terms) / sum(w for w, _ in terms)
    got = weighted_lm_loss(logits, ids, weights)
    assert got.shape == () and torch.allclose(got, expected)
    # a weight of 0 removes a position; the prompt (weight 0) never counts
    only_first = weights.clone()
    only_first[1] = 0
    assert torch.allclose(weighted_lm_loss(logits, ids, only_first),
                          (-logp[0, 0, 2] - 5 * logp[0, 1, 3]) / 6)
    # all-zero weights give 0, not NaN
    assert float(weighted_lm_loss(logits, ids, torch.zeros_like(weights))) == 0.0


def test_make_batches_respects_the_token_budget_and_is_seeded():
    lengths = [5, 3, 9, 4, 7, 7, 2, 10, 6, 1]
    batches = make_batches(lengths, batch_tokens=14, seed=0)
    flat = sorted(i for b in batches for i in b)
    assert flat == list(range(len(lengths)))  # every example exactly once
    for b in batches:
        assert len(b) * max(lengths[i] for i in b) <= 14 or len(b) == 1
        # similar lengths together: a batch is a run of the length-sorted order
        ls = sorted(lengths[i] for i in b)
        assert ls == sorted(ls)
    assert make_batches(lengths, 14, seed=0) == batches
    again = make_batches(lengths, 14, seed=1)
    assert sorted(map(sorted, again)) == sorted(map(sorted, batches))  # same batches, new order
    assert make_batches([50], batch_tokens=10, seed=0) == [[0]]  # a long example is its own batch


def test_lr_schedule_warms_up_and_decays_to_the_floor():
    cfg = OrganismConfig(name="x", lr=1e-3, warmup_frac=0.1, min_lr_ratio=0.1)
    total = 100
    lrs = [lr_at(s, total, cfg) for s in range(total)]
    assert lrs[0] == pytest.approx(1e-4) and lrs[9] == pytest.approx(1e-3)
    assert all(a >= b - 1e-15 for a, b in zip(lrs[9:], lrs[10:]))
    assert lrs[-1] >= 1e-4 and math.isclose(lr_at(10_000, total, cfg), 1e-4)
