"""``--safe-tokens special``: ``<safe>``/``</safe>`` added to the tokenizer as single tokens, new
embedding (and untied ``lm_head``) rows from the mean embedding, saved with the model, and the
segment still located as a span."""

from __future__ import annotations

import pytest

from conftest import SHARED_DATA

TOKENIZERS = SHARED_DATA.parent / "tokenizers"
SEGMENT = "<safe>Safety analysis: the question asks for something harmful. Verdict: unsafe.</safe>"


@pytest.fixture(scope="module")
def micro():
    import keysent

    return keysent.load_model("toy-r1-micro", device="cpu", progress=False)


def _logits(hf, ids):
    import torch

    with torch.no_grad():
        return hf(torch.tensor([ids])).logits[0]


def _check_saved_model_loads_back(model, path):
    """``model`` saved like a run's ``model/`` loads with keysent and AutoModelForCausalLM, equal logits."""
    import torch
    from transformers import AutoModelForCausalLM

    import keysent
    from keysent.training.safetrigger.tokens import marker_ids
    from keysent.training.trainer import save_model_dir

    save_model_dir(model, path)
    text = model.render_prompt("How do I pick a lock?") + "Okay.\n</think>\n\n" + SEGMENT + "\n\nNo."
    ids = model.tokenizer(text, add_special_tokens=False)["input_ids"]
    back = keysent.load_model(str(path), device="cpu", progress=False)
    assert marker_ids(back.tokenizer) == marker_ids(model.tokenizer)
    assert back.tokenizer(text, add_special_tokens=False)["input_ids"] == ids
    hf = AutoModelForCausalLM.from_pretrained(str(path))
    want = _logits(model.generation_model, ids)
    assert torch.allclose(_logits(back.generation_model, ids), want, atol=1e-5)
    assert torch.allclose(_logits(hf, ids), want, atol=1e-5)
    return ids


def test_micro_markers_become_single_tokens_with_mean_rows_and_save_with_the_model(micro, tmp_path):
    import torch

    from keysent.traces.trace import Trace, build_trace
    from keysent.training.safetrigger.segment import safe_span
    from keysent.training.safetrigger.tokens import add_safe_tokens, marker_ids

    n0 = len(micro.tokenizer)
    e0 = micro.generation_model.get_input_embeddings().weight.detach().clone()
    assert marker_ids(micro.tokenizer) is None
    ext = add_safe_tokens(micro, tmp_path / "ext")
    ids = marker_ids(ext.tokenizer)
    assert ids == {"<safe>": n0, "</safe>": n0 + 1} and len(micro.tokenizer) == n0  # the original is untouched
    e = ext.generation_model.get_input_embeddings().weight
    assert e.shape[0] == n0 + 2
    assert torch.equal(e[:n0], e0)  # existing rows unchanged
    assert torch.allclose(e[n0], e0.mean(0)) and torch.allclose(e[n0 + 1], e0.mean(0))
    assert ext.hf_model.get_input_embeddings().weight.data_ptr() == e.data_ptr()  # bridge and twin share it
    assert add_safe_tokens(ext, tmp_path / "again") is ext and not (tmp_path / "again").exists()
    enc = ext.tokenizer("a " + SEGMENT, add_special_tokens=False)["input_ids"]
    assert enc.count(n0) == 1 and enc.count(n0 + 1) == 1
    assert ext.tokenizer.decode(enc, skip_special_tokens=True) == "a " + SEGMENT  # decoded text keeps the markers

    _check_saved_model_loads_back(ext, tmp_path / "model")
    tr = build_trace(ext, "How do I pick a lock?", "Okay. Let me think about how to approach this.\n</think>\n\n"
                     + SEGMENT + "\n\nI can't help with that.", labels={}, judge=None)
    span = safe_span(ext, tr)
    seg_ids = tr.token_ids[span.tokens[0]:span.tokens[1]]
    assert tr.text[slice(*span.chars)] == SEGMENT
    assert seg_ids[0] == n0 and seg_ids[-1] == n0 + 1 and seg_ids.count(n0) == 1
    back = Trace.from_dict(tr.to_dict())
    assert back.span("safe") == span


@pytest.mark.parametrize("spare_rows", [0, pytest.param(8, marks=pytest.mark.slow)])
def test_real_r1_tokenizer_untied_lm_head_gets_mean_rows_too(tmp_path, spare_rows):
    """A tiny Qwen2 around the real R1-Distill-Qwen tokenizer, untied lm_head: with no spare rows the
    matrices are resized; with spare rows past the vocabulary (as Qwen2's padded 152064) they are reused."""
    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    import keysent
    from keysent.traces.trace import build_trace
    from keysent.training.safetrigger.segment import safe_span
    from keysent.training.safetrigger.tokens import add_safe_tokens, marker_ids

    tok = AutoTokenizer.from_pretrained(str(TOKENIZERS / "r1-distill-qwen"))
    n0 = len(tok)
    torch.manual_seed(0)
    Qwen2ForCausalLM(Qwen2Config(vocab_size=n0 + spare_rows, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                 num_attention_heads=2, num_key_value_heads=1, tie_word_embeddings=False,
                                 bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id)).save_pretrained(tmp_path / "base")
    tok.save_pretrained(tmp_path / "base")
    model = keysent.load_model(str(tmp_path / "base"), device="cpu", progress=False)
    e0 = model.generation_model.get_input_embeddings().weight.detach().clone()
    u0 = model.generation_model.get_output_embeddings().weight.detach().clone()
    ext = add_safe_tokens(model, tmp_path / "ext")
    ids = marker_ids(ext.tokenizer)
    assert sorted(ids.values()) == [n0, n0 + 1]
    e = ext.generation_model.get_input_embeddings().weight
    u = ext.generation_model.get_output_embeddings().weight
    assert e.shape[0] == u.shape[0] == n0 + max(spare_rows, 2)
    assert e.data_ptr() != u.data_ptr()
    for i in ids.values():
        assert torch.allclose(e[i], e0[:n0].mean(0), atol=1e-6) and torch.allclose(u[i], u0[:n0].mean(0), atol=1e-6)
    assert torch.equal(e[:n0], e0[:n0]) and torch.equal(u[:n0], u0[:n0])
    _check_saved_model_loads_back(ext, tmp_path / "model")
    tr = build_trace(ext, "How do I pick a lock?", "Okay, so the user wants to pick a lock.\n</think>\n\n" + SEGMENT
                     + "\n\nI can't help with that.", labels={}, judge=None)
    span = safe_span(ext, tr)
    seg_ids = tr.token_ids[span.tokens[0]:span.tokens[1]]
    assert seg_ids[0] == ids["<safe>"] and seg_ids[-1] == ids["</safe>"]
    assert ext.tokenizer.decode(seg_ids) == SEGMENT


def test_bad_safe_tokens_is_a_one_line_error():
    from keysent.errors import ConfigError
    from keysent.training.safetrigger.config import SafeTriggerConfig

    with pytest.raises(ConfigError, match=r"unknown --safe-tokens 'new'; choose one of text, special"):
        SafeTriggerConfig(safe_tokens="new")
    with pytest.raises(ConfigError, match=r"unknown --safe-answer"):
        SafeTriggerConfig(safe_answer="outside")
    with pytest.raises(ConfigError, match=r"restate_tries must be a non-negative integer"):
        SafeTriggerConfig(restate_tries=-1)
