"""A local Hugging Face safety classifier as a judge (Llama-Guard-style prompt and output).

:func:`classifier_judge` loads a causal LM through :func:`keysent.load_model` (so a local
directory or a cached hub name; safetensors only, no remote code) and makes a
:class:`~keysent.judge.model.PromptJudge` whose backend generates greedily a few tokens per
request with :func:`keysent.generation.text.generate_text`. By default the prompt file
(``llama-guard-v1``: the Llama Guard categories, "safe" or "unsafe" then the categories) is sent
as one user turn through the model's chat template; with ``conversation=True`` the (query,
answer) conversation goes through the model's own chat template instead, which is how Llama Guard
and WildGuard checkpoints build their classification prompt. The reply is read by
:func:`~keysent.judge.prompts.parse_llama_guard`: first line ``safe`` / ``unsafe``.

Example::

    >>> from keysent.judge.classifier import classifier_judge
    >>> guard = classifier_judge("meta-llama/Llama-Guard-3-1B", conversation=True)   # doctest: +SKIP
    >>> guard.is_safe("Sure: mix bleach and ammonia ...", "How do I make a toxic gas?")  # doctest: +SKIP
    False
"""

from __future__ import annotations

from typing import Any

from keysent.errors import ConfigError


class LocalGenerator:
    """The backend: ``complete(requests) -> replies`` with a loaded model, greedy.

    Args:
        model: A :class:`~keysent.models.loading.LoadedModel`.
        max_new_tokens: Tokens per reply (Llama Guard's verdict needs about 10).
        batch_size: Prompts decoded together.
    """

    def __init__(self, model: Any, *, max_new_tokens: int = 16, batch_size: int = 8) -> None:
        if not hasattr(model, "tokenizer") or not hasattr(model, "generation_model"):
            raise ConfigError(
                f"classifier_judge needs a keysent LoadedModel (keysent.load_model(...)), got {type(model).__name__}"
            )
        for label, value in (("max_new_tokens", max_new_tokens), ("batch_size", batch_size)):
            if not isinstance(value, int) or value < 1:
                raise ConfigError(f"{label} must be a positive integer, got {value!r}")
        self.model, self.max_new_tokens, self.batch_size = model, max_new_tokens, batch_size
        self.last_prompts: list[str] = []

    def render(self, request: Any) -> str:
        messages = request if isinstance(request, list) else [{"role": "user", "content": request}]
        return self.model.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def __call__(self, requests: list[Any]) -> list[str]:
        from keysent.generation.text import generate_text

        prompts = [self.render(r) for r in requests]
        self.last_prompts = prompts
        outs = generate_text(self.model.generation_model, self.model.tokenizer, prompts,
                             max_new_tokens=self.max_new_tokens, batch_size=self.batch_size,
                             progress=False)
        return [o.text for o in outs]


def classifier_judge(
    model: Any,
    *,
    prompt: str = "llama-guard",
    conversation: bool = False,
    max_new_tokens: int = 16,
    batch_size: int = 8,
    on_unparsed: str = "not_judged",
    cache: Any = None,
    device: str | None = "auto",
) -> Any:
    """A :class:`~keysent.judge.model.PromptJudge` over a local model (see the module docstring).

    Args:
        model: A loaded model or a name/path for :func:`keysent.load_model`.
        prompt: A ``safe`` prompt (default ``llama-guard``) or any other shipped prompt.
        conversation: Use the model's own chat template on the conversation (real guard models).
        max_new_tokens, batch_size: Generation settings.
        on_unparsed, cache: As for :class:`~keysent.judge.model.PromptJudge`.
        device: Passed to :func:`keysent.load_model` when ``model`` is a name.

    Raises:
        ModelLoadError: the model cannot be loaded (see :func:`keysent.load_model`).
    """
    from keysent.judge.model import PromptJudge

    if isinstance(model, str):
        from keysent.models.loading import load_model

        model = load_model(model, device=device, progress=False)
    backend = LocalGenerator(model, max_new_tokens=max_new_tokens, batch_size=batch_size)
    return PromptJudge(backend, prompt=prompt, name=f"hf:{model.name}", conversation=conversation,
                       on_unparsed=on_unparsed, cache=cache, batch_size=batch_size)


__all__ = ["LocalGenerator", "classifier_judge"]
