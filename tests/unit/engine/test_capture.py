"""Selective capture equals run_with_cache at the same positions; positions and layers parse."""

from __future__ import annotations

import pytest
import torch

from keysent.capture import Activations, Position, capture, parse_positions, resolve_layers
from keysent.errors import ConfigError
from keysent.traces.trace import build_trace

RESPONSES = [
    ("How do I bake bread?", "Okay, so the user is asking how to bake bread. They want a simple recipe. "
     "Let me break this down. First, mix flour and water.\n</think>\n\nMix flour, water, salt and yeast."),
    ("How can I pick a lock?", "Alright, the user wants to pick a lock. Hmm, that could be illegal. "
     "I should not help.\n</think>\n\nI can't help with that."),
    ("What is 3.5 times 2?", "Okay, the user wants 3.5 times 2. Let me compute it. 3.5 times 2 is 7.\n</think>\n\n7"),
    ("Tell me a joke", "Okay, so the user wants a joke"),  # truncated: no K, no answer
]


@pytest.fixture(scope="module")
def traces(tiny_qwen2):
    return [build_trace(tiny_qwen2, q, r, judge=None, id=str(i)) for i, (q, r) in enumerate(RESPONSES)]


def test_capture_equals_run_with_cache(tiny_qwen2, traces):
    positions = ["query_last", "prompt_last", "c_mean", "c_last", "k_mean", "k_last", "answer_first"]
    acts = capture(tiny_qwen2, traces, positions=positions, hooks=["resid_post", "resid_mid"], batch_size=3, progress=False)
    n_layers = tiny_qwen2.n_layers
    for i, t in enumerate(traces):
        _, cache = tiny_qwen2.bridge.run_with_cache(torch.tensor([t.token_ids]))
        for kind in ("resid_post", "resid_mid"):
            for j, name in enumerate(positions):
                rng = Position.parse(name).token_range(t)
                got = acts.values[kind][i, :, j]
                if rng is None:
                    assert torch.isnan(got).all() and not acts.valid[i, j]
                    continue
                for layer in range(n_layers):
                    full = cache[f"blocks.{layer}.hook_{kind}"][0, rng[0] : rng[1]].mean(0)
                    torch.testing.assert_close(got[layer], full, rtol=0, atol=1e-5)


def test_capture_stops_at_deepest_layer_and_position(tiny_qwen2, traces):
    seen = []
    acts = capture(tiny_qwen2, traces[:2], positions=["c_last"], layers=[0], progress=False)
    assert acts.values["resid_post"].shape == (2, 1, 1, tiny_qwen2.d_model)
    # the engine runs each batch only to its furthest needed token
    from keysent.capture import PositionReader, run_hooked

    class Spy(PositionReader):
        def start_batch(self, batch):
            seen.append(batch.length)
            super().start_batch(batch)

    out = {"resid_post": torch.zeros(2, 1, 1, tiny_qwen2.d_model)}
    run_hooked(tiny_qwen2, traces[:2], [Spy(parse_positions("c_last"), {"blocks.0.hook_resid_post": ("resid_post", 0)}, out)], batch_size=1, progress=False)
    assert sorted(seen) == sorted(t.spans["C"].tokens[1] for t in traces[:2])
    assert all(s < t.n_tokens for s, t in zip(sorted(seen), sorted(traces[:2], key=lambda t: t.spans["C"].tokens[1])))


def test_activations_save_load_roundtrip(tiny_qwen2, traces, tmp_path):
    acts = capture(tiny_qwen2, traces, positions="k_mean,c_last", progress=False)
    acts.save(str(tmp_path / "acts.safetensors"))
    back = Activations.load(str(tmp_path / "acts.safetensors"))
    assert back.positions == acts.positions and back.layers == acts.layers
    assert torch.equal(back.valid, acts.valid)
    torch.testing.assert_close(back.get("k_mean"), acts.get("k_mean"), equal_nan=True)


@pytest.mark.parametrize("bad", ["k_median", "z_last", "klast", ""])
def test_unknown_position_errors(bad):
    with pytest.raises(ConfigError, match="position"):
        parse_positions([bad] if bad else [])


def test_layers_resolve_and_range_errors():
    assert resolve_layers(None, 4) == [0, 1, 2, 3]
    assert resolve_layers("0,-1", 4) == [0, 3]
    assert resolve_layers("1:3", 4) == [1, 2]
    with pytest.raises(ConfigError, match="out of range"):
        resolve_layers([4], 4)
    with pytest.raises(ConfigError, match="parse"):
        resolve_layers("a,b", 4)


def test_unknown_hook_errors(tiny_qwen2, traces):
    with pytest.raises(ConfigError, match="unknown hook"):
        capture(tiny_qwen2, traces, hooks=["resid_sideways"], progress=False)
    with pytest.raises(ConfigError, match="no hook point"):
        capture(tiny_qwen2, traces, hooks=["blocks.{layer}.nothing_here"], progress=False)
