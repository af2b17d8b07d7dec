"""The organism's training pieces that the training code reuses: weighted_lm_loss and make_batches."""

from __future__ import annotations

import random

import pytest
import torch

from keysent.organism.train import make_batches, weighted_lm_loss


def _case(seed: int = 0, batch: int = 3, pos: int = 7, vocab: int = 11):
    g = torch.Generator().manual_seed(seed)
    logits = torch.randn(batch, pos, vocab, generator=g)
    ids = torch.randint(0, vocab, (batch, pos), generator=g)
    weights = torch.rand(batch, pos, generator=g)
    return logits, ids, weights


def test_weighted_lm_loss_is_the_weighted_mean_of_next_token_cross_entropy() -> None:
    logits, ids, weights = _case()
    want_num = want_den = 0.0
    for b in range(ids.shape[0]):
        for t in range(1, ids.shape[1]):  # token t is predicted from the logits at t - 1
            nll = -torch.log_softmax(logits[b, t - 1].double(), -1)[ids[b, t]]
            want_num += float(weights[b, t]) * float(nll)
            want_den += float(weights[b, t])
    got = weighted_lm_loss(logits, ids, weights)
    assert got.shape == () and abs(float(got) - want_num / want_den) < 1e-5


def test_weighted_lm_loss_ignores_position_0_and_zero_weights() -> None:
    logits, ids, weights = _case(1)
    base = weighted_lm_loss(logits, ids, weights)
    w = weights.clone()
    w[:, 0] = 100.0  # position 0 predicts nothing
    assert torch.allclose(weighted_lm_loss(logits, ids, w), base)
    # masked positions (weight 0, e.g. padding or the prompt) cannot change the loss
    w = weights.clone()
    w[1, 3:] = 0
    changed = ids.clone()
    changed[1, 3:] = (changed[1, 3:] + 1) % logits.shape[-1]
    assert torch.allclose(weighted_lm_loss(logits, changed, w), weighted_lm_loss(logits, ids, w))
    # uniform weights give the plain mean cross-entropy; all-zero weights give 0, not NaN
    plain = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), ids[:, 1:].reshape(-1))
    assert torch.allclose(weighted_lm_loss(logits, ids, torch.full_like(weights, 2.0)), plain, atol=1e-6)
    assert float(weighted_lm_loss(logits, ids, torch.zeros_like(weights))) == 0.0


def test_weighted_lm_loss_has_gradients_on_the_logits_of_weighted_positions_only() -> None:
    logits, ids, weights = _case(2)
    weights[0, 4] = 0.0
    logits.requires_grad_(True)
    weighted_lm_loss(logits, ids, weights).backward()
    assert logits.grad[:, -1].abs().max() == 0  # the last position predicts nothing
    assert logits.grad[0, 3].abs().max() == 0  # it predicts token 4, whose weight is 0
    assert logits.grad[0, 2].abs().max() > 0


@pytest.mark.parametrize("budget", [16, 40, 100])
def test_make_batches_partitions_within_the_token_budget(budget: int) -> None:
    rng = random.Random(0)
    lengths = [rng.randint(1, 16) for _ in range(50)]
    batches = make_batches(lengths, budget, seed=3)
    flat = sorted(i for b in batches for i in b)
    assert flat == list(range(50))  # every example exactly once
    for b in batches:
        assert len(b) == 1 or len(b) * max(lengths[i] for i in b) <= budget
    assert make_batches(lengths, budget, seed=3) == batches  # deterministic for a seed
    assert sorted(map(sorted, make_batches(lengths, budget, seed=4))) == sorted(map(sorted, batches))  # only the order moves


def test_make_batches_groups_similar_lengths_and_keeps_oversized_examples_alone() -> None:
    lengths = [3, 30, 3, 4, 4, 30]
    batches = make_batches(lengths, 16, seed=0)
    assert sorted(map(sorted, batches)) == [[0, 2, 3, 4], [1], [5]]  # 4 x 4 tokens fill the budget of 16
    assert make_batches([], 16, seed=0) == []
