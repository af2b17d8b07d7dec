"""``--lora-rank``: adapters through peft on the bridge's shared weights, merged in place."""

from __future__ import annotations

import torch

from keysent.training.config import TrainConfig
from keysent.training.data import examples_from_records, organism_sft_records
from keysent.training.trainer import train


def test_lora_trains_adapters_and_merges_into_the_shared_weights(tmp_path):
    import keysent
    from transformers import AutoModelForCausalLM

    model = keysent.load_model("toy-r1-micro", device="cpu", progress=False)
    data = examples_from_records(model, organism_sft_records(8, seed=2))
    names_before = sorted(model.generation_model.state_dict())
    emb_before = model.generation_model.get_input_embeddings().weight.detach().clone()
    q_before = {k: v.detach().clone() for k, v in model.generation_model.state_dict().items() if "q_proj.weight" in k}
    ids = torch.tensor([data.examples[0].ids])
    with torch.no_grad():
        logits_before = model.bridge(ids).clone()
    train(model, data, TrainConfig(method="safekey", epochs=1, aux_epochs=1, batch_size=4, lr=1e-2, lora_rank=4),
          out=tmp_path / "run", progress=False)
    hf = model.generation_model
    assert sorted(hf.state_dict()) == names_before  # adapters merged and removed
    # frozen base weights that carry no adapter (embeddings) are unchanged; adapted ones moved
    assert torch.equal(hf.get_input_embeddings().weight, emb_before)
    assert any(float((hf.state_dict()[k] - v).abs().max()) > 1e-6 for k, v in q_before.items())
    with torch.no_grad():
        after_bridge = model.bridge(ids)
        after_twin = hf(ids).logits
        saved = AutoModelForCausalLM.from_pretrained(tmp_path / "run" / "model")(ids).logits
    assert float((after_bridge - logits_before).abs().max()) > 1e-4  # the bridge sees the merged weights
    torch.testing.assert_close(after_bridge, after_twin, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(saved, after_twin, rtol=0, atol=1e-5)
