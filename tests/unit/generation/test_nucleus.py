"""nucleus_probs finds the nucleus without sorting the vocabulary: equal, bit for bit, to the full-sort rule."""

from __future__ import annotations

import pytest
import torch

from keysent.generation.decoding import nucleus_probs


def full_sort_rule(probs: torch.Tensor, top_p: float) -> torch.Tensor:
    """The nucleus rule as a full descending sort states it (TopPLogitsWarper's)."""
    sorted_p, order = probs.sort(dim=-1, descending=True)
    keep_sorted = (sorted_p.cumsum(-1) - sorted_p) < top_p
    keep_sorted[..., 0] = True
    keep = torch.zeros_like(keep_sorted).scatter(-1, order, keep_sorted)
    kept = probs.masked_fill(~keep, 0.0)
    return kept / kept.sum(-1, keepdim=True)


@pytest.mark.parametrize("vocab", [3, 1000, 2048, 151665])  # sorted (<= 1,024) and searched
@pytest.mark.parametrize("scale", [0.5, 3.0, 30.0])  # flat (a random model) .. peaked (a trained one)
def test_equals_the_full_sort_rule(vocab, scale):
    g = torch.Generator().manual_seed(vocab + int(scale * 10))
    probs = torch.softmax(torch.randn(3, vocab, generator=g) * scale, -1)
    for top_p in (0.1, 0.9, 0.95, 0.99999, 1.0):
        assert torch.equal(nucleus_probs(probs, top_p), full_sort_rule(probs, top_p)), (vocab, scale, top_p)


@pytest.mark.parametrize("vocab", [5, 2048, 20000])
def test_ties_across_the_boundary_follow_the_sort(vocab):
    g = torch.Generator().manual_seed(1)
    probs = torch.softmax(torch.randint(0, 3, (4, vocab), generator=g).float() * 4, -1)  # many equal values
    for top_p in (0.3, 0.5, 0.75, 0.95):
        assert torch.equal(nucleus_probs(probs, top_p), full_sort_rule(probs, top_p))
    flat = torch.full((2, vocab), 1.0 / vocab)
    for top_p in (0.25, 0.5, 1.0):
        assert torch.equal(nucleus_probs(flat, top_p), full_sort_rule(flat, top_p))


def test_keeps_the_most_likely_token_and_renormalises():
    probs = torch.softmax(torch.tensor([[9.0] + [0.0] * 19999]), -1)
    out = nucleus_probs(probs, 0.01)
    assert out[0, 0] == 1.0 and int((out > 0).sum()) == 1
    wide = nucleus_probs(torch.softmax(torch.randn(2, 20000), -1), 0.9)
    torch.testing.assert_close(wide.sum(-1), torch.ones(2))


def test_half_precision_and_grad_inputs():
    g = torch.Generator().manual_seed(3)
    probs = torch.softmax(torch.randn(2, 5000, generator=g) * 0.5, -1)
    half = probs.to(torch.bfloat16)
    assert torch.equal(nucleus_probs(half, 0.9), full_sort_rule(half, 0.9))
    leaf = probs.clone().requires_grad_(True)
    out = nucleus_probs(leaf, 0.9)
    assert out.requires_grad and torch.equal(out.detach(), full_sort_rule(probs, 0.9))
