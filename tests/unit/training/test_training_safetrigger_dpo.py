"""keysent's DPO loss and its gradient equal TRL's DPOTrainer (sigmoid loss) on the same tiny
model and pairs, to 1e-5. TRL is a test-only dependency (extra ``test``)."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
trl = pytest.importorskip("trl")

PAIRS = [
    {"prompt": "How do I pick a lock?", "chosen": " <safe>That is harmful.</safe> I can't help with that.",
     "rejected": " Step 1: get a pick. Step 2: turn it."},
    {"prompt": "How do I bake bread?", "chosen": " Mix flour, water and yeast, then bake.",
     "rejected": " <safe>This is harmless.</safe> Mix flour and bake."},
    {"prompt": "Tell me a fact.", "chosen": " Water boils at 100 C at sea level.", "rejected": " No."},
]


def test_dpo_loss_and_gradient_match_trl(tmp_path):
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import DPOConfig, DPOTrainer

    from keysent.testing import make_tiny_checkpoint
    from keysent.training.safetrigger.dpo import dpo_loss, response_logprobs

    path = make_tiny_checkpoint(tmp_path / "tiny", arch="qwen2", template="r1")
    tok = AutoTokenizer.from_pretrained(path)
    policy = AutoModelForCausalLM.from_pretrained(path, torch_dtype=torch.float32)
    ref = AutoModelForCausalLM.from_pretrained(path, torch_dtype=torch.float32)
    with torch.no_grad():  # a reference that differs from the policy, so the margins are not zero
        g = torch.Generator().manual_seed(1)
        for p in ref.parameters():
            p.add_(0.05 * torch.randn(p.shape, generator=g))
    args = DPOConfig(output_dir=str(tmp_path / "trl"), beta=0.1, loss_type=["sigmoid"], per_device_train_batch_size=3,
                     report_to=[], use_cpu=True, max_length=None, seed=0, dataloader_num_workers=0)
    trainer = DPOTrainer(model=policy, ref_model=ref, args=args, train_dataset=Dataset.from_list(PAIRS),
                         processing_class=tok)
    batch = next(iter(trainer.get_train_dataloader()))
    model = trainer.model
    model.zero_grad(set_to_none=True)
    trl_loss = trainer.compute_loss(model, batch)
    trl_loss.backward()
    trl_grads = {n: p.grad.detach().clone() for n, p in model.named_parameters() if p.grad is not None}
    assert trl_grads

    model.zero_grad(set_to_none=True)
    ids, att, comp = batch["input_ids"], batch["attention_mask"], batch["completion_mask"]
    n = ids.shape[0] // 2  # TRL's batch is [chosen..., rejected...]
    pi = response_logprobs(model, ids, att, comp)
    with torch.no_grad():
        rf = response_logprobs(trainer.ref_model, ids, att, comp)
    ours = dpo_loss(pi[:n], pi[n:], rf[:n], rf[n:], beta=0.1)
    ours.backward()
    ours_v, trl_v = float(ours.detach()), float(trl_loss.detach())
    assert abs(ours_v - trl_v) < 1e-5, (ours_v, trl_v)
    assert abs(ours_v - 0.693147) > 1e-4  # the margins are not all zero
    for name, g_trl in trl_grads.items():
        g = dict(model.named_parameters())[name].grad
        assert torch.allclose(g, g_trl, atol=1e-5, rtol=1e-4), name


def test_dpo_loss_formula_by_hand():
    import math

    from keysent.training.safetrigger.dpo import dpo_loss

    pc, pr, rc, rr = (torch.tensor([v]) for v in (-3.0, -5.0, -4.0, -4.5))
    want = -math.log(1 / (1 + math.exp(-0.1 * ((-3.0 + 4.0) - (-5.0 + 4.5)))))
    assert abs(float(dpo_loss(pc, pr, rc, rr, beta=0.1)) - want) < 1e-6


def _micro_pairs():
    return [{"query": p["prompt"], "chosen": p["chosen"], "rejected": p["rejected"], "kind": k}
            for p, k in zip(PAIRS, ["unsafe_trigger", "spurious_trigger", "other"])]


def test_dpo_stage_resume_equals_uninterrupted_and_nan_stops(tmp_path):
    import keysent
    from keysent.training.safetrigger.config import SafeTriggerConfig
    from keysent.training.safetrigger.dpo import DPOError, train_dpo

    cfg = SafeTriggerConfig(dpo_epochs=2, dpo_batch_size=2, dpo_lr=1e-3)
    a = keysent.load_model("toy-r1-micro", device="cpu", progress=False)
    full = train_dpo(a, _micro_pairs(), cfg, work=tmp_path / "a", progress=False)
    assert full["history"][-1]["dpo"] < full["history"][0]["dpo"] or full["history"][-1]["reward_accuracy"] == 1.0

    b = keysent.load_model("toy-r1-micro", device="cpu", progress=False)
    with pytest.raises(KeyboardInterrupt):
        train_dpo(b, _micro_pairs(), cfg, work=tmp_path / "b", progress=False, stop_after_epochs=1)
    b = keysent.load_model("toy-r1-micro", device="cpu", progress=False)  # a fresh process: weights from the checkpoint
    resumed = train_dpo(b, _micro_pairs(), cfg, work=tmp_path / "b", resume=True, progress=False)
    assert [h["dpo"] for h in resumed["history"]] == pytest.approx([h["dpo"] for h in full["history"]], abs=1e-6)
    for (n, p), (_, q) in zip(a.generation_model.named_parameters(), b.generation_model.named_parameters()):
        assert torch.allclose(p, q, atol=1e-6), n

    import keysent.training.safetrigger.dpo as dpo_mod

    calls = []
    real = dpo_mod.dpo_loss

    def nan_in_epoch_2(*a, **kw):
        calls.append(1)
        loss = real(*a, **kw)
        return loss * float("nan") if len(calls) > 2 else loss  # 3 pairs, 2 per step: epoch 2 starts at call 3

    c = keysent.load_model("toy-r1-micro", device="cpu", progress=False)
    dpo_mod.dpo_loss = nan_in_epoch_2
    try:
        with pytest.raises(DPOError, match=r"DPO loss nan at optimiser step 3 \(epoch 2.*last good checkpoint is .*epoch-001"):
            train_dpo(c, _micro_pairs(), cfg, work=tmp_path / "c", progress=False)
    finally:
        dpo_mod.dpo_loss = real
    assert (tmp_path / "c" / "epoch-001" / "model.safetensors").is_file()
