"""The intervention engine: gradients through hooked truncated forwards equal a plain forward's,
editors (additive attention mask, steering, ablation) do exactly what they say, hooks are removed."""

from __future__ import annotations

import pytest
import torch

from keysent.attention.knockout import PatternKnockout
from keysent.edits import AttentionBlock, DirectionalAblation, ResidualAddition
from keysent.engine import Batch, Editor, Reader, hooked, run_hooked
from keysent.errors import ConfigError
from keysent.hook_names import hook_name
from keysent.traces.spans import knockout_block, loss_mask, pad_right
from keysent.traces.trace import build_trace

RESPONSES = [
    ("How do I bake bread?", "Okay, so the user is asking how to bake bread. They want a simple recipe. "
     "Let me break this down. First, mix flour and water.\n</think>\n\nMix flour, water, salt and yeast."),
    ("How can I pick a lock?", "Alright, the user wants to pick a lock. Hmm, that could be illegal. "
     "I should not help.\n</think>\n\nI can't help with that."),
    ("What is 3.5 times 2?", "Okay, the user wants 3.5 times 2. Let me compute it. 3.5 times 2 is 7.\n</think>\n\n7"),
]


@pytest.fixture(scope="module")
def micro():
    from keysent import load_model

    return load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def traces(micro):
    out = [build_trace(micro, q, r, judge=None, id=str(i)) for i, (q, r) in enumerate(RESPONSES)]
    assert all(t.has_key_sentence for t in out)
    return out


class KLoss(Reader):
    """Sum over traces of K's negative log-likelihood, from the final norm; backward per batch."""

    def __init__(self, model):
        self.unembed = model.hf_model.get_output_embeddings()
        self.total = 0.0

    def hook_names(self):
        return [hook_name("ln_final")]

    def needed_end(self, trace):
        return trace.spans["K"].tokens[1]

    def start_batch(self, batch):
        self.batch, self.loss = batch, None

    def read(self, name, resid):
        b = self.batch
        rows = loss_mask(b.traces, "K", b.length).to(resid.device)
        targets = torch.zeros(rows.shape, dtype=torch.long)
        for r, t in enumerate(b.traces):
            ka, kb = t.spans["K"].tokens
            targets[r, ka - 1 : kb - 1] = torch.tensor(t.token_ids[ka:kb])
        logp = torch.log_softmax(self.unembed(resid), -1).gather(-1, targets[..., None]).squeeze(-1)
        self.loss = -(logp * rows).sum()

    def end_batch(self, batch):
        self.loss.backward()
        self.total += float(self.loss.detach())


def _grads(model):
    return {n: p.grad.detach().clone() for n, p in model.hf_model.named_parameters() if p.grad is not None}


@pytest.fixture(scope="module")
def micro64():
    """The micro model in float64: the comparison is then free of float32 summation-order noise
    (in float32 the largest gradient difference is 2e-6 on gradients of size up to 17)."""
    from keysent import load_model

    model = load_model("toy-r1-micro", device="cpu", progress=False)
    model.hf_model.double()
    return model


def test_gradients_of_hooked_truncated_forward_equal_plain_full_forward(micro64, traces):
    micro = micro64
    micro.hf_model.zero_grad(set_to_none=True)
    loss = KLoss(micro)
    run_hooked(micro, traces, [loss], batch_size=2, progress=False, grad=True)
    hooked_grads = _grads(micro)
    micro.hf_model.zero_grad(set_to_none=True)
    total = torch.zeros((), dtype=torch.float64)
    for t in traces:  # one full, unhooked forward per trace
        logits = micro.bridge(torch.tensor([t.token_ids]), use_cache=False)[0]
        ka, kb = t.spans["K"].tokens
        logp = torch.log_softmax(logits[ka - 1 : kb - 1], -1).gather(-1, torch.tensor(t.token_ids[ka:kb])[:, None])
        total = total - logp.sum()
    total.backward()
    plain_grads = _grads(micro)
    micro.hf_model.zero_grad(set_to_none=True)
    assert loss.total == pytest.approx(float(total.detach()), abs=1e-8)
    assert set(hooked_grads) == set(plain_grads) and len(plain_grads) > 5
    for n, g in plain_grads.items():
        # to 1e-6 of the gradient's scale: even in float64 the two paths differ at float32
        # resolution (1.9e-6 on a gradient of 13.6 with the v3 micro model; cause not isolated)
        scale = max(1.0, float(g.abs().max()))
        torch.testing.assert_close(hooked_grads[n], g, rtol=0, atol=1e-6 * scale, msg=n)
    assert any(float(g.abs().sum()) > 0 for g in plain_grads.values())


def _knockout_logits(model, traces, editor_factory):
    ids, _ = pad_right([t.token_ids for t in traces], model.tokenizer.pad_token_id)
    batch = Batch.of_traces(list(range(len(traces))), list(traces), ids.shape[1], "cpu")
    with hooked(model, [editor_factory()]) as run:
        return run.forward(ids, batch=batch)


def test_additive_score_mask_equals_pattern_knockout_and_has_gradients(micro, traces):
    block = AttentionBlock(micro.n_layers, lambda b: knockout_block(b.traces, ("query",), "predict", b.length))
    with torch.enable_grad():
        out = _knockout_logits(micro, traces, lambda: block)
        out[:, -1].sum().backward()
    assert any(p.grad is not None and float(p.grad.abs().sum()) > 0 for p in micro.hf_model.parameters())
    micro.hf_model.zero_grad(set_to_none=True)
    with torch.no_grad():
        ref = _knockout_logits(micro, traces, lambda: PatternKnockout(micro.n_layers, ("query",), rows="predict"))
        plain = micro.bridge(pad_right([t.token_ids for t in traces], 0)[0], use_cache=False)
    torch.testing.assert_close(out.detach(), ref, rtol=0, atol=1e-4)
    ka = traces[0].spans["K"].tokens[0]
    # rows before the predicting row are untouched; the predicting row changes
    torch.testing.assert_close(ref[0, : ka - 1], plain[0, : ka - 1], rtol=0, atol=1e-5)
    assert not torch.allclose(ref[0, ka - 1], plain[0, ka - 1], atol=1e-4)


def test_hooks_are_removed_and_early_stop(micro, traces):
    class Count(Reader):
        def __init__(self):
            self.n = 0

        def hook_names(self):
            return [hook_name("resid_post", 0)]

        def read(self, name, t):
            self.n += 1

    c = Count()
    with torch.no_grad():
        with hooked(micro, [c], stop_early=True) as run:
            assert run.forward(torch.tensor([[1, 2, 3]])) is None  # stopped after layer 0
        micro.bridge(torch.tensor([[1, 2, 3]]), use_cache=False)
    assert c.n == 1  # the hook is gone after the block
    with torch.enable_grad():
        with hooked(micro, [c]) as run:
            assert run.forward(torch.tensor([[1, 2, 3]])) is not None


def test_editor_contract_and_unknown_hooks(micro):
    class Bad(Editor):
        def hook_names(self):
            return [hook_name("resid_post", 0)]

        def edit(self, name, t):
            return t[:, :1]

    with pytest.raises(RuntimeError, match="must return a tensor of shape"):
        with torch.no_grad(), hooked(micro, [Bad()]) as run:
            run.forward(torch.tensor([[1, 2, 3]]))

    class Nowhere(Reader):
        def hook_names(self):
            return ["blocks.99.hook_resid_post"]

    with pytest.raises(ConfigError, match="no hook point"):
        with hooked(micro, [Nowhere()]):
            pass
    with pytest.raises(ConfigError, match="not a keysent.engine"):
        with hooked(micro, [object()]):  # type: ignore[list-item]
            pass


def test_addition_and_ablation_on_the_bridge(micro, traces):
    seen = {}

    class Grab(Reader):
        def hook_names(self):
            return [hook_name("resid_post", 0)]

        def read(self, name, t):
            seen["r"] = t.detach().clone()

    tokens = torch.tensor([traces[0].token_ids[:12]])
    v = torch.randn(micro.d_model, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        with hooked(micro, [Grab()]) as run:
            run.forward(tokens)
        base = seen["r"]
        add = ResidualAddition(v, 0, alpha=2.0, at=[3, 7])
        with hooked(micro, [add, Grab()]) as run:
            run.forward(tokens)
        diff = seen["r"] - base
        assert add.fired == [hook_name("resid_post", 0)]
        torch.testing.assert_close(diff[0, [3, 7]], (2.0 * v).expand(2, -1), rtol=0, atol=1e-5)
        assert float(diff[0, [0, 1, 2, 4, 5, 6, 8, 9, 10, 11]].abs().max()) == 0.0
        abl = DirectionalAblation(v, 0)
        with hooked(micro, [abl, Grab()]) as run:
            run.forward(tokens)
        assert float((seen["r"] @ (v / v.norm())).abs().max()) < 1e-5
    with pytest.raises(ConfigError):
        DirectionalAblation(torch.zeros(micro.d_model), 0)
    with pytest.raises(ConfigError):
        ResidualAddition(v, 0, kind="pattern")


def test_recomputation_under_checkpointing_is_idempotent(micro, traces):
    """Under torch.utils.checkpoint the hooks fire again in the backward recomputation; the
    built-in reader writes the same values and the gradients equal the plain ones."""
    from torch.utils.checkpoint import checkpoint

    from keysent.capture import PositionReader, parse_positions

    t = traces[0]
    ids = torch.tensor([t.token_ids[: t.spans["K"].tokens[1]]])
    batch = Batch.of_traces([0], [t], ids.shape[1], "cpu")
    results = []
    for use_checkpoint in (False, True):
        out = {"resid_post": torch.zeros(1, 1, 1, micro.d_model)}
        reader = PositionReader(parse_positions("k_mean"), {hook_name("resid_post", 0): ("resid_post", 0)}, out)
        fired = []
        orig = reader.read
        reader.read = lambda name, x: (fired.append(name), orig(name, x))[1]  # type: ignore[method-assign]
        micro.hf_model.zero_grad(set_to_none=True)
        with torch.enable_grad(), hooked(micro, [reader]) as run:
            if use_checkpoint:
                logits = checkpoint(lambda x: run.forward(x, batch=batch), ids, use_reentrant=False)
            else:
                logits = run.forward(ids, batch=batch)
            logits[0, -1].logsumexp(-1).backward()
        grads = {n: p.grad.clone() for n, p in micro.hf_model.named_parameters() if p.grad is not None}
        results.append((len(fired), out["resid_post"].clone(), grads))
    micro.hf_model.zero_grad(set_to_none=True)
    (n_plain, v_plain, g_plain), (n_ckpt, v_ckpt, g_ckpt) = results
    assert n_plain == 1 and n_ckpt == 2  # fired again while recomputing
    assert torch.equal(v_plain, v_ckpt)
    for n, g in g_plain.items():
        torch.testing.assert_close(g_ckpt[n], g, rtol=0, atol=1e-6)


def test_knockout_row_conventions(traces):
    t = traces[1]
    ka, kb = t.spans["K"].tokens
    ca, cb = t.spans["C"].tokens
    qa, qb = t.spans["query"].tokens
    n = t.n_tokens
    pred = knockout_block([t], ("C",), "predict", n)[0]
    assert not pred[: ka - 1].any()  # rows before the predicting row are untouched
    assert pred[ka - 1 :, ca:cb].sum() == (n - ka + 1) * (cb - ca) - int(ca <= ka - 1 < cb)
    assert not pred[ka - 1, ka - 1]  # the last token before K still sees itself
    k_rows = knockout_block([t], ("query",), "K", n)[0]
    assert not k_rows[: ka].any() and k_rows[ka:, qa:qb].all()
    after = knockout_block([t], ("query",), "after", n)[0]
    assert not after[:qb].any() and after[qb:, qa:qb].all()
    with pytest.raises(ConfigError, match="knock-out rows"):
        knockout_block([t], ("query",), "before", n)
