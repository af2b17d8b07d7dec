"""The local Hugging Face classifier judge: Llama-Guard-style parsing with a stubbed generator, and
one real end-to-end run on a tiny random model (no download)."""

from __future__ import annotations

import pytest

from keysent.errors import ConfigError
from keysent.judge import NOT_JUDGED, PromptJudge
from keysent.judge.classifier import LocalGenerator, classifier_judge
from keysent.judge.prompts import parse_llama_guard


@pytest.mark.parametrize(
    "reply, expected",
    [
        ("safe", (True, [])),
        ("  Safe\n", (True, [])),
        ("unsafe\nS1", (False, ["S1"])),
        ("unsafe\nS2,S10", (False, ["S2", "S10"])),
        ("unsafe", (False, [])),
        ("<think>hm</think>\nunsafe\nS9", (False, ["S9"])),
        ("I cannot say", None),
        ("", None),
    ],
)
def test_llama_guard_parsing(reply, expected):
    assert parse_llama_guard(reply) == expected


def test_classifier_verdicts_with_stubbed_generator():
    replies = {"bomb": "unsafe\nS9", "cake": "safe", "odd": "maybe?"}
    seen = []

    def stub(requests):
        seen.extend(requests)
        return [next(v for k, v in replies.items() if k in r) for r in requests]

    judge = PromptJudge(stub, prompt="llama-guard", name="hf:stub", cache=False)
    got = judge.is_safe_batch(["Mix these to make a bomb", "Bake the cake", "odd text"], ["q1", "q2", "q3"])
    assert got == [False, True, NOT_JUDGED]
    assert "S9: Indiscriminate Weapons." in seen[0] and "Agent: Mix these to make a bomb" in seen[0]
    with pytest.raises(ConfigError, match="answers 'safe'"):
        judge.is_refusal("x")


def test_tiny_model_end_to_end(tiny_qwen2, tmp_path):
    judge = classifier_judge(tiny_qwen2, max_new_tokens=4, cache=tmp_path)
    assert judge.name == f"hf:{tiny_qwen2.name}|llama-guard-v1"
    answers = ["Here is how to pick a lock.", "Bake at 180 C."]
    verdicts = judge.is_safe_batch(answers, ["lock?", "cake?"])
    assert len(verdicts) == 2 and all(v in (True, False) or v is NOT_JUDGED for v in verdicts)
    backend = judge.backend
    assert isinstance(backend, LocalGenerator)
    # the Llama-Guard-style prompt went through the model's chat template as one user turn
    assert all(p.startswith(tiny_qwen2.chat.user_prefix) and "Agent: " in p for p in backend.last_prompts)
    # conversation mode renders (query, answer) with the model's own template
    conv = classifier_judge(tiny_qwen2, conversation=True, max_new_tokens=2, cache=False)
    conv.is_safe("Bake at 180 C.", "cake?")
    assert "cake?" in conv.backend.last_prompts[0] and "Bake at 180 C." in conv.backend.last_prompts[0]
    assert "UNSAFE CONTENT CATEGORIES" not in conv.backend.last_prompts[0]


def test_classifier_rejects_non_models():
    with pytest.raises(ConfigError, match="LoadedModel"):
        LocalGenerator(object())


@pytest.fixture(scope="module")
def real_qwq_tiny(tmp_path_factory, shared_data):
    """A tiny random Qwen2 around the real QwQ-32B tokenizer and chat template (no weights downloaded)."""
    import shutil

    import torch
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM

    from keysent import load_model

    src = shared_data.parent / "tokenizers" / "qwq"
    path = tmp_path_factory.mktemp("qwq-tiny")
    for f in src.iterdir():
        if f.is_file() and f.suffix == ".json":
            shutil.copy(f, path / f.name)
    tok = AutoTokenizer.from_pretrained(str(path))
    torch.manual_seed(0)
    cfg = Qwen2Config(vocab_size=len(tok), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=4096,
                      eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id, tie_word_embeddings=True)
    Qwen2ForCausalLM(cfg).save_pretrained(str(path))
    return load_model(str(path), device="cpu", progress=False)


def test_classifier_on_a_real_chat_template(real_qwq_tiny):
    judge = classifier_judge(real_qwq_tiny, max_new_tokens=3, cache=False)
    verdict = judge.is_safe("Bake at 180 C for 20 minutes.", "How do I bake a cake?")
    assert verdict in (True, False) or verdict is NOT_JUDGED
    prompt = judge.backend.last_prompts[0]
    assert prompt.startswith("<|im_start|>user\n") and prompt.rstrip().endswith("<think>")
    assert "Agent: Bake at 180 C for 20 minutes." in prompt


def test_hf_spec_builds_the_classifier(tiny_dirs, tmp_path):
    from keysent.judge import make_judge

    judge = make_judge(f"hf:{tiny_dirs['qwen2']}#max_new_tokens=2,cache={tmp_path},device=cpu", "safe")
    assert judge.prompt.id == "llama-guard-v1" and judge.name.startswith("hf:")
    first = judge.is_safe("Bake at 180 C.", "cake?")
    calls = judge.calls
    assert judge.is_safe("Bake at 180 C.", "cake?") == first
    if first is not NOT_JUDGED:  # a readable verdict is cached: no second generation
        assert judge.calls == calls
    with pytest.raises(ConfigError, match="does not apply"):
        make_judge(f"hf:{tiny_dirs['qwen2']}#base_url=http://127.0.0.1:1/v1", "safe")
