"""load_model: bridge equals Hugging Face, chat formats, BOS handling, clear loading errors."""

from __future__ import annotations

import pytest
import torch

from keysent import load_model
from keysent.errors import ChatFormatError, ConfigError, ModelLoadError
from keysent.models.chat_format import ChatFormat


@pytest.mark.parametrize("arch", ["qwen2", "llama", "qwen3"])
def test_bridge_logits_equal_hf_logits(tiny_dirs, arch):
    from transformers import AutoModelForCausalLM

    model = load_model(str(tiny_dirs[arch]), device="cpu")
    ids = model.tokenize(model.render_prompt("Okay, how do I bake bread? Let me think.")).ids
    x = torch.tensor([ids])
    ref = AutoModelForCausalLM.from_pretrained(tiny_dirs[arch], attn_implementation="eager")
    with torch.no_grad():
        got = model.bridge(x)
        want = ref(x).logits
    assert got.shape == want.shape
    torch.testing.assert_close(got, want, rtol=0, atol=1e-5)


@pytest.mark.parametrize(
    "arch, think_in_prompt, bos_in_template",
    [("qwen2", True, True), ("llama", False, True), ("qwen3", False, False)],
)
def test_chat_format_detection(tiny_dirs, arch, think_in_prompt, bos_in_template):
    model = load_model(str(tiny_dirs[arch]), device="cpu")
    fmt = model.chat
    assert fmt.is_reasoning and fmt.think_open == "<think>" and fmt.think_close == "</think>"
    assert fmt.think_in_prompt is think_in_prompt
    assert fmt.bos_in_template is bos_in_template
    prompt = model.render_prompt("QUERY TEXT")
    assert prompt == fmt.user_prefix + "QUERY TEXT" + fmt.user_suffix
    assert ChatFormat.from_dict(fmt.to_dict()) == fmt


@pytest.mark.parametrize("arch", ["qwen2", "llama", "qwen3"])
def test_no_double_bos(tiny_dirs, arch):
    model = load_model(str(tiny_dirs[arch]), device="cpu")
    tok = model.tokenizer
    ids = model.tokenize(model.render_prompt("hello")).ids
    via_template = tok.apply_chat_template([{"role": "user", "content": "hello"}], add_generation_prompt=True, tokenize=True)
    if hasattr(via_template, "keys"):
        via_template = via_template["input_ids"]
    assert ids == list(via_template)
    if model.chat.bos_in_template:
        assert ids.count(tok.bos_token_id) == 1 and ids[0] == tok.bos_token_id
        # the trap the test guards against: the tokenizer itself adds BOS when asked to
        assert tok(model.render_prompt("hello"))["input_ids"][:2] == [tok.bos_token_id] * 2


def test_offsets_index_the_rendered_text(tiny_qwen2):
    text = tiny_qwen2.render_prompt("Héllo wörld 你好") + "Okay, so the user says hi."
    enc = tiny_qwen2.tokenize(text)
    assert len(enc.ids) == len(enc.offsets)
    # monotone offsets that cover the whole text; the bytes of one multi-byte character share
    # that character's offsets (byte-level BPE), so neighbours may overlap but never leave a gap
    assert enc.offsets[0][0] == 0 and enc.offsets[-1][1] == len(text)
    for (s0, e0), (s1, e1) in zip(enc.offsets, enc.offsets[1:]):
        assert s0 <= s1 and e0 <= e1 and s1 <= e0


def test_missing_path_error(tmp_path):
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_model(str(tmp_path / "nope"))


def test_directory_without_config_error(tmp_path):
    with pytest.raises(ModelLoadError, match="no config.json"):
        load_model(str(tmp_path))


def test_offline_hub_name_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelLoadError, match="HF_HUB_OFFLINE=1") as info:
        load_model("keysent-test-org/definitely-not-cached-model")
    assert "local directory" in str(info.value)


def test_offline_typo_under_a_local_directory_is_named_a_missing_path(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "runs").mkdir()
    with pytest.raises(ModelLoadError, match="'runs/nope' does not exist: there is a local directory 'runs'"):
        load_model("runs/nope")


def test_tokenizer_without_chat_template_error(tiny_dirs):
    with pytest.raises(ChatFormatError, match="no chat template"):
        load_model(str(tiny_dirs["notemplate"]))


def test_chat_template_override_fixes_missing_template(tiny_dirs):
    from keysent.testing.checkpoints import TEMPLATES

    model = load_model(str(tiny_dirs["notemplate"]), device="cpu", chat_template=TEMPLATES["r1"])
    assert model.chat.think_in_prompt


def test_bad_device_and_dtype_errors(tiny_dirs):
    with pytest.raises(ConfigError, match="dtype"):
        load_model(str(tiny_dirs["qwen2"]), dtype="float13")
    with pytest.raises(ConfigError, match="device"):
        load_model(str(tiny_dirs["qwen2"]), device="tpu9")


def test_bfloat16_load(tiny_dirs):
    model = load_model(str(tiny_dirs["qwen2"]), device="cpu", dtype="bf16")
    assert model.dtype == torch.bfloat16


@pytest.mark.parametrize("arch", ["qwen2", "llama"])
def test_generation_model_shares_weights_and_matches_bridge(tiny_dirs, arch):
    model = load_model(str(tiny_dirs[arch]), device="cpu")
    plain = model.generation_model
    assert plain is not model.hf_model
    assert "Bridge" not in type(plain.model.layers[0]).__name__  # no hook wrappers
    bridge_ptrs = {p.data_ptr() for p in model.bridge.original_model.parameters()}
    assert all(p.data_ptr() in bridge_ptrs for p in plain.parameters())  # no copy of the weights
    # the twin takes fused attention; the bridge's model keeps eager (hook_pattern needs it)
    assert plain.config._attn_implementation == "sdpa"
    assert model.hf_model.config._attn_implementation == "eager"
    ids = torch.tensor([model.tokenize(model.render_prompt("Okay, bake bread?")).ids])
    with torch.no_grad():
        torch.testing.assert_close(plain(ids).logits, model.bridge(ids), rtol=0, atol=1e-5)
        out = plain.generate(ids, max_new_tokens=5, do_sample=False)
    assert out.shape == (1, ids.shape[1] + 5)
