"""SafeKey / SFT objectives: the query mask, the truncated QMM pass, head pooling, K spans."""

from __future__ import annotations

import json

import pytest
import torch

from keysent.errors import ConfigError, SpanError
from keysent.training.config import TrainConfig
from keysent.training.data import examples_from_records, organism_sft_records
from keysent.training.objectives import (
    DualPathSafetyHead,
    query_mask,
    sft_labels,
    sft_loss,
    span_mean,
)
from keysent.training.steps import collate, decoder_parts, qmm_forward, sft_forward

from conftest import SHARED_DATA

TOKENIZERS = SHARED_DATA.parent / "tokenizers"


@pytest.fixture(scope="module")
def micro():
    import keysent

    return keysent.load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def micro_examples(micro):
    return examples_from_records(micro, organism_sft_records(6, seed=3)).examples


def _eager_twin(model):
    """The model's weights in a plain eager-attention HF model (to read attention patterns)."""
    from transformers import AutoModelForCausalLM

    hf = AutoModelForCausalLM.from_config(model.generation_model.config, attn_implementation="eager")
    hf.load_state_dict(model.generation_model.state_dict())
    return hf.eval()


def test_query_mask_values():
    m = query_mask(torch.tensor([2, 1]), torch.tensor([4, 3]), 4)[:, 0]
    visible = m == 0
    # row 0: prompt is positions 0-1; rows 2, 3 see only positions >= 2
    assert visible[0].tolist() == [[True, False, False, False], [True, True, False, False],
                                   [False, False, True, False], [False, False, True, True]]
    # row 1: prompt is position 0, length 3: column 3 (padding) is hidden from every real row;
    # the padding row 3 sees itself (its output is never used, and a row must see something)
    assert visible[1].tolist() == [[True, False, False, False], [False, True, False, False],
                                   [False, True, True, False], [False, True, True, True]]
    assert float(m.min()) == torch.finfo(torch.float32).min


def test_query_masked_pass_zero_attention_to_prompt_and_prompt_rows_unchanged(micro, micro_examples):
    hf = _eager_twin(micro)
    batch = collate(micro_examples[:2], micro.tokenizer.pad_token_id)
    T = batch.input_ids.shape[1]
    pos = torch.arange(T)[None].expand(2, T)
    with torch.no_grad():
        masked = hf(input_ids=batch.input_ids, attention_mask=query_mask(batch.prompt_len, batch.lengths, T),
                    position_ids=pos, output_attentions=True, output_hidden_states=True)
        plain = hf(input_ids=batch.input_ids, attention_mask=(pos < batch.lengths[:, None]).long(),
                   position_ids=pos, output_hidden_states=True)
    for b in range(2):
        p, (k0, k1) = int(batch.prompt_len[b]), micro_examples[b].k
        for layer_pattern in masked.attentions:  # [batch, head, query, key]
            assert torch.count_nonzero(layer_pattern[b, :, k0:k1, :p]) == 0
            assert torch.count_nonzero(layer_pattern[b, :, p:int(batch.lengths[b]), :p]) == 0
            assert float(layer_pattern[b, :, k0:k1, p:k1].sum(-1).min()) > 0.999
        for hm, hp in zip(masked.hidden_states, plain.hidden_states):
            torch.testing.assert_close(hm[b, :p], hp[b, :p], rtol=0, atol=1e-6)
        assert not torch.allclose(masked.hidden_states[-1][b, k0:k1], plain.hidden_states[-1][b, k0:k1])


def test_truncated_qmm_loss_equals_full_length_masked_loss(micro, micro_examples):
    base, head = decoder_parts(micro.generation_model)
    batch = collate(micro_examples[:4], micro.tokenizer.pad_token_id)
    assert int(batch.k_end.max()) < batch.input_ids.shape[1]  # the cut really removes tokens
    with torch.no_grad():
        short = qmm_forward(base, head, batch, truncate=True)
        full = qmm_forward(base, head, batch, truncate=False)
        # and by hand: full logits, cross-entropy on K's tokens only, divided by the number of K tokens
        T = batch.input_ids.shape[1]
        logits = micro.generation_model(input_ids=batch.input_ids,
                                        attention_mask=query_mask(batch.prompt_len, batch.lengths, T),
                                        position_ids=torch.arange(T)[None].expand(4, T)).logits
    total, n = 0.0, 0
    for b, ex in enumerate(micro_examples[:4]):
        k0, k1 = ex.k
        total += float(torch.nn.functional.cross_entropy(logits[b, k0 - 1:k1 - 1], batch.input_ids[b, k0:k1], reduction="sum"))
        n += k1 - k0
    assert abs(float(short) - float(full)) < 1e-5
    assert abs(float(full) - total / n) < 1e-4


def test_sft_forward_equals_full_logit_loss(micro, micro_examples):
    base, head = decoder_parts(micro.generation_model)
    batch = collate(micro_examples[:3], micro.tokenizer.pad_token_id)
    with torch.no_grad():
        loss, hidden = sft_forward(base, head, batch)
        T = batch.input_ids.shape[1]
        logits = micro.generation_model(input_ids=batch.input_ids,
                                        attention_mask=(torch.arange(T)[None] < batch.lengths[:, None]).long()).logits
    labels = sft_labels(batch.input_ids, batch.prompt_len, batch.lengths)
    assert int((labels != -100).sum()) == int((batch.lengths - batch.prompt_len).sum())
    assert abs(float(loss) - float(sft_loss(logits, labels))) < 1e-5


def test_hidden_states_are_ln_final_hook_out(micro, micro_examples):
    base, _ = decoder_parts(micro.generation_model)
    ids = torch.tensor([micro_examples[0].ids])
    with torch.no_grad():
        _, cache = micro.bridge.run_with_cache(ids, names_filter=lambda n: n == "ln_final.hook_out")
        _, hidden = sft_forward(base, micro.generation_model.get_output_embeddings(),
                                collate(micro_examples[:1], micro.tokenizer.pad_token_id))
    torch.testing.assert_close(hidden, cache["ln_final.hook_out"], rtol=1e-4, atol=1e-5)


def test_head_pooling_equals_hand_computed_mean():
    torch.manual_seed(0)
    hidden = torch.randn(2, 7, 5)
    c0, c1, k0 = torch.tensor([2, 3]), torch.tensor([4, 6]), torch.tensor([4, 6])
    head = DualPathSafetyHead(5)
    with torch.no_grad():
        c_logit, ctx_logit = head(hidden, c0, c1, k0)
        for b in range(2):
            c_mean = hidden[b, int(c0[b]):int(c1[b])].sum(0) / (int(c1[b]) - int(c0[b]))
            ctx_mean = hidden[b, : int(k0[b])].sum(0) / int(k0[b])
            assert abs(float(c_logit[b]) - float(head.c_head(c_mean))) < 1e-6
            assert abs(float(ctx_logit[b]) - float(head.ctx_head(ctx_mean))) < 1e-6
    y = torch.tensor([1.0, 0.0])
    bce = torch.nn.functional.binary_cross_entropy_with_logits
    want = 0.5 * bce(c_logit, y) + 0.5 * bce(ctx_logit, y)
    assert abs(float(head.loss(hidden, c0, c1, k0, y).detach()) - float(want.detach())) < 1e-6
    # gradients reach the hidden states (joint mode) and both biases are parameters
    h = hidden.clone().requires_grad_(True)
    head.loss(h, c0, c1, k0, y).backward()
    assert h.grad is not None and float(h.grad.abs().sum()) > 0
    assert head.c_head.bias.grad is not None and head.ctx_head.bias.grad is not None


def test_span_mean_rejects_empty_span():
    with pytest.raises(SpanError, match="non-empty"):
        span_mean(torch.zeros(1, 3, 2), torch.tensor([2]), torch.tensor([2]))


def _tiny_around(tokenizer_dir, tmp_path, arch):
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    tok = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    cfg = dict(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=1,
               num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=4096)
    torch.manual_seed(0)
    hf = Qwen2ForCausalLM(Qwen2Config(**cfg)) if arch == "qwen2" else LlamaForCausalLM(LlamaConfig(**cfg))
    hf.save_pretrained(tmp_path)
    tok.save_pretrained(tmp_path)
    return tmp_path


def _check_k_decodes(model, examples):
    assert examples
    for ex in examples:
        k0, k1 = ex.k
        assert model.tokenizer.decode(list(ex.ids[k0:k1])).strip() == ex.k_text
        # exact: without its first or its last token the span is no longer K (not one token late or early)
        assert model.tokenizer.decode(list(ex.ids[k0 + 1:k1])).strip() != ex.k_text
        assert model.tokenizer.decode(list(ex.ids[k0:k1 - 1])).strip() != ex.k_text
        assert ex.c[1] <= k0 and ex.prompt_len <= ex.c[0]


def test_k_span_decodes_to_k_on_the_organism(micro, micro_examples):
    _check_k_decodes(micro, micro_examples)


@pytest.mark.parametrize("arch,tokenizer", [("qwen2", "r1-distill-qwen"), ("llama", "r1-distill-llama")])
def test_k_span_decodes_to_k_with_real_r1_templates(tmp_path, arch, tokenizer):
    import keysent
    from keysent.querysets import load_queries

    path = _tiny_around(TOKENIZERS / tokenizer, tmp_path, arch)
    model = keysent.load_model(str(path), device="cpu", progress=False)
    assert model.render_prompt("x").endswith("<think>\n")
    recs = load_queries([f"harmful={SHARED_DATA / 'star1' / 'STAR-1.json'}#query=question,response=response"], limit=12, seed=0)
    data = examples_from_records(model, recs)
    _check_k_decodes(model, data.examples)
    # the generation prompt's "<think>\n" is counted once: the first response token follows it
    ex = data.examples[0]
    assert model.tokenizer.decode(list(ex.ids[: ex.prompt_len])).endswith("<think>\n")


def test_config_rejects_bad_values():
    with pytest.raises(ConfigError, match="unknown --method 'sfft'"):
        TrainConfig(method="sfft")
    with pytest.raises(ConfigError, match="aux_epochs"):
        TrainConfig(method="safekey", epochs=1, aux_epochs=2)
    with pytest.raises(ConfigError, match="unknown schedule"):
        TrainConfig(schedule="linear")
    cfg = TrainConfig(method="safekey", epochs=3)
    assert TrainConfig.from_dict(json.loads(json.dumps(cfg.to_dict()))) == cfg
    assert [cfg.aux_on(e) for e in range(3)] == [False, True, True]
    assert not TrainConfig(method="sft").aux_on(4)
