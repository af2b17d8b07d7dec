"""Load any reasoning model as a hooked TransformerLens ``TransformerBridge`` plus its chat format.

``load_model`` accepts three kinds of names:

* a built-in model organism (``"toy-r1"``, ``"toy-r1-micro"``), built on first use and cached
  under ``KEYSENT_HOME``;
* a local Hugging Face directory (``config.json``, weights, tokenizer);
* a hub name such as ``"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B"``: read from the local Hugging
  Face cache, downloaded only when online. With ``HF_HUB_OFFLINE=1`` and no cached copy it fails
  with a message that says so and how to pass a local path.

Example:
    >>> import keysent
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> model.chat.think_in_prompt, model.n_layers
    (True, 2)
    >>> ids = model.tokenize(model.render_prompt("How do I bake bread?")).ids
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from keysent.errors import ChatFormatError, ConfigError, ModelLoadError
from keysent.models.chat_format import ChatFormat

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from transformer_lens.model_bridge import TransformerBridge

#: Names of the built-in model organisms (built by :mod:`keysent.organism`).
BUILTIN_MODELS = ("toy-r1", "toy-r1-micro")

#: Architectures keysent is tested on; others are tried and reported clearly if the bridge fails.
TESTED_ARCHITECTURES = ("Qwen2ForCausalLM", "LlamaForCausalLM", "Qwen3ForCausalLM")

_DTYPES = {
    "float32": "float32",
    "fp32": "float32",
    "float": "float32",
    "bfloat16": "bfloat16",
    "bf16": "bfloat16",
    "float16": "float16",
    "fp16": "float16",
    "half": "float16",
}


@dataclass
class Tokenized:
    """Token ids of one text and each token's ``(start, end)`` character span in that text."""

    ids: list[int]
    offsets: list[tuple[int, int]]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class LoadedModel:
    """A loaded model: the hooked bridge, its tokenizer and its chat format.

    Attributes:
        bridge: The ``TransformerBridge`` (hooks, ``run_with_cache``, ...).
        tokenizer: The Hugging Face tokenizer (fast tokenizer, with offsets).
        chat: The detected :class:`~keysent.models.chat_format.ChatFormat`.
        name: The name or path the model was loaded from.
        path: The local directory it was read from, when there is one.
    """

    bridge: "TransformerBridge"
    tokenizer: Any
    chat: ChatFormat
    name: str
    path: Path | None = None
    plain_model: Any = None
    chat_template_kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def hf_model(self) -> Any:
        """The Hugging Face model inside the bridge (its layers are the bridge's hooked ones)."""
        return self.bridge.original_model

    @property
    def generation_model(self) -> Any:
        """A plain Hugging Face model for ``generate``: no hook wrappers, the same weight tensors.

        Generation needs no hooks, and the bridge's wrappers cost time at every decoding step.
        The twin shares every parameter and buffer with the bridge's model (no extra memory; an
        in-place weight update shows in both). Falls back to :attr:`hf_model` when there is no twin
        (a model spread over devices with ``device_map``).
        """
        return self.plain_model if self.plain_model is not None else self.hf_model

    @property
    def device(self) -> "torch.device":
        return next(self.hf_model.parameters()).device

    @property
    def dtype(self) -> "torch.dtype":
        return next(self.hf_model.parameters()).dtype

    @property
    def n_layers(self) -> int:
        return int(self.bridge.cfg.n_layers)

    @property
    def d_model(self) -> int:
        return int(self.bridge.cfg.d_model)

    @property
    def n_heads(self) -> int:
        return int(self.bridge.cfg.n_heads)

    @property
    def max_positions(self) -> int | None:
        """The longest sequence the model takes (``max_position_embeddings``), when it says."""
        value = getattr(getattr(self.hf_model, "config", None), "max_position_embeddings", None)
        return int(value) if value else None

    def render_prompt(self, query: str) -> str:
        """The chat prompt for one user ``query``, ending where the model starts generating.

        :attr:`chat_template_kwargs` (e.g. Qwen3's ``{"enable_thinking": False}``) go to the template.
        """
        return self.render_messages([{"role": "user", "content": query}])[0]

    def render_messages(self, messages: list[dict[str, Any]]) -> tuple[str, tuple[int, int]]:
        """The prompt for a conversation ending in a user turn, and that turn's character span.

        The span is where the *last* user message sits in the prompt (found by rendering a unique
        placeholder in its place), not the first occurrence of the same text.

        Raises:
            ChatFormatError: the conversation does not end with a user turn, or the template does
                not copy that message verbatim into the prompt.
        """
        if not messages or messages[-1].get("role") != "user":
            roles = [m.get("role") for m in messages]
            raise ChatFormatError(f"a prompt needs a conversation that ends with a user turn; got roles {roles}")
        query = messages[-1].get("content")
        if not isinstance(query, str):
            raise ChatFormatError(f"the last user turn's content must be text, got {type(query).__name__}")
        sentinel = "KEYSENTLASTUSERTURN"
        kwargs = dict(tokenize=False, add_generation_prompt=True, **self.chat_template_kwargs)
        marked = self.tokenizer.apply_chat_template(messages[:-1] + [{"role": "user", "content": sentinel}], **kwargs)
        prompt = self.tokenizer.apply_chat_template(messages, **kwargs)
        if marked.count(sentinel) == 1:
            prefix, suffix = marked.split(sentinel)
            if prefix + query + suffix == prompt:
                return prompt, (len(prefix), len(prefix) + len(query))
        at = prompt.rfind(query)
        if at < 0:
            raise ChatFormatError("the chat template does not copy the last user message verbatim into the prompt")
        return prompt, (at, at + len(query))

    def tokenize(self, text: str) -> Tokenized:
        """Tokenise rendered chat text exactly as the model sees it, with character offsets.

        Rendered chat text already carries BOS when the template writes it, so no special tokens
        are added here (adding them would double BOS on R1-Distill tokenizers).
        """
        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        return Tokenized(ids=list(enc["input_ids"]), offsets=[tuple(o) for o in enc["offset_mapping"]])

    def __repr__(self) -> str:
        return (
            f"LoadedModel(name={self.name!r}, arch={self.bridge.cfg.architecture}, "
            f"n_layers={self.n_layers}, d_model={self.d_model}, n_heads={self.n_heads}, "
            f"device={self.device}, dtype={self.dtype}, reasoning={self.chat.is_reasoning})"
        )


def resolve_device(device: str | None) -> str:
    """``"auto"``/``None`` -> ``"cuda"`` when available, else ``"cpu"``; other values are checked."""
    import torch

    if device in (None, "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        dev = torch.device(device)
    except (RuntimeError, TypeError) as exc:
        raise ConfigError(f"unknown device {device!r}; use 'cpu', 'cuda', 'cuda:1' or 'auto'") from exc
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError(f"device {device!r} requested but CUDA is not available here; use --device cpu")
    return str(dev)


def resolve_dtype(dtype: "str | torch.dtype | None", device: str) -> "torch.dtype":
    """``"auto"``/``None`` -> bfloat16 on CUDA, float32 on CPU; names like ``"bf16"`` accepted."""
    import torch

    if isinstance(dtype, torch.dtype):
        return dtype
    if dtype in (None, "auto"):
        return torch.bfloat16 if device.startswith("cuda") else torch.float32
    name = _DTYPES.get(str(dtype).lower().replace("torch.", ""))
    if name is None:
        raise ConfigError(f"unknown dtype {dtype!r}; use one of float32, bfloat16, float16 or auto")
    return getattr(torch, name)


def _looks_like_path(name: str) -> bool:
    """Hub names are ``"model"`` or ``"org/model"``; anything else with path syntax is a path."""
    return name.startswith((".", "/", "~")) or name.endswith("/") or name.count("/") > 1 or "\\" in name


def resolve_model_dir(name_or_path: str, *, revision: str | None = None, build: bool = True,
                      progress: bool = True) -> tuple[Path | None, str]:
    """Find the local directory for a model name; returns ``(directory or None, kind)``.

    ``kind`` is ``"builtin"``, ``"local"`` or ``"hub"``. A hub name resolves to its cached snapshot
    when one exists; ``None`` means it must be downloaded (only allowed online).
    """
    if not isinstance(name_or_path, (str, os.PathLike)) or not str(name_or_path).strip():
        raise ModelLoadError(f"model name must be a non-empty string or path, got {name_or_path!r}")
    name = str(name_or_path)
    if name in BUILTIN_MODELS:
        from keysent.organism import organism_path

        return Path(organism_path(name, build=build, progress=progress)), "builtin"
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ModelLoadError(f"{name!r} is a file; pass the model's directory (with config.json)")
        if not (path / "config.json").is_file():
            raise ModelLoadError(
                f"{name!r} is not a Hugging Face model directory: it has no config.json. Pass the "
                "directory written by save_pretrained, or a hub name."
            )
        return path, "local"
    if _looks_like_path(name):
        raise ModelLoadError(
            f"model directory {name!r} does not exist. Pass an existing local directory "
            f"(with config.json), a hub name like 'org/model', or a built-in name: {', '.join(BUILTIN_MODELS)}"
        )
    # a hub name: use the local cache when it has the model
    try:
        from huggingface_hub import snapshot_download

        snap = snapshot_download(name, revision=revision, local_files_only=True)
        return Path(snap), "hub"
    except Exception:
        pass
    head = name.split("/", 1)[0]
    if _offline() and "/" in name and Path(head).expanduser().is_dir():
        # 'runs/typo': a hub name in form, but its first part is a local directory, so most likely a path
        raise ModelLoadError(
            f"{name!r} does not exist: there is a local directory {head!r} but no {name!r} in it (and no hub "
            f"model of that name in the local cache). Pass an existing model directory, a cached hub name, "
            f"or a built-in name: {', '.join(BUILTIN_MODELS)}"
        )
    if _offline():
        raise ModelLoadError(
            f"{name!r} looks like a Hugging Face hub name, but it is not in the local cache and "
            "HF_HUB_OFFLINE=1 forbids downloading it. Download it on a machine with internet "
            "(huggingface-cli download NAME --local-dir DIR) and pass the local directory, or "
            f"unset HF_HUB_OFFLINE. Built-in models that need no download: {', '.join(BUILTIN_MODELS)}"
        )
    return None, "hub"


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def _read_chat_template(chat_template: str) -> str:
    path = Path(chat_template).expanduser()
    if "{" not in chat_template and path.suffix in (".jinja", ".j2", ".txt"):
        if not path.is_file():
            raise ChatFormatError(f"chat template file {chat_template!r} does not exist")
        return path.read_text(encoding="utf-8")
    return chat_template


def load_model(
    name_or_path: str,
    *,
    device: str | None = "auto",
    dtype: "str | torch.dtype | None" = "auto",
    trust_remote_code: bool = False,
    revision: str | None = None,
    chat_template: str | None = None,
    device_map: str | dict | None = None,
    progress: bool = True,
    chat_template_kwargs: dict[str, Any] | None = None,
) -> LoadedModel:
    """Load a reasoning model as a :class:`LoadedModel` (bridge + tokenizer + chat format).

    Args:
        name_or_path: A built-in name (``"toy-r1"``, ``"toy-r1-micro"``), a local Hugging Face
            directory, or a hub name (read from the local cache; downloaded only when online).
        device: ``"auto"`` (CUDA if available), ``"cpu"``, ``"cuda"``, ``"cuda:N"``.
        dtype: ``"auto"`` (bfloat16 on CUDA, float32 on CPU), ``"float32"``, ``"bfloat16"``, ...
        trust_remote_code: Run model code shipped with the checkpoint. Off unless you ask.
        revision: A hub revision (branch, tag or commit).
        chat_template: A Jinja chat template (string or ``.jinja`` file) for tokenizers that lack
            one, or to override theirs.
        device_map: Passed to ``from_pretrained`` to spread a large model over several GPUs
            (instead of ``device``).
        progress: Show progress bars: transformers' weight loading, and the training of a
            built-in model built on first use.
        chat_template_kwargs: Extra variables for the chat template, e.g. Qwen3's
            ``{"enable_thinking": False}`` (``--chat-template-kwargs``); used for every prompt.

    The tokenizer's special tokens (BOS, EOS, ...) are left as the checkpoint defines them; only
    a missing pad token is set (to EOS) for batching.

    Raises:
        ModelLoadError: missing path, hub name not available offline, unsupported architecture.
        ChatFormatError: the tokenizer has no usable chat template.

    Example:
        >>> load_model("toy-r1-micro", device="cpu", progress=False).n_layers
        2
    """
    import torch  # noqa: F401  (heavy imports only when loading)

    dev = resolve_device(device) if device_map is None else None
    torch_dtype = resolve_dtype(dtype, dev or "cuda")
    model_dir, kind = resolve_model_dir(name_or_path, revision=revision, progress=progress)
    source = str(model_dir) if model_dir is not None else str(name_or_path)
    hub_kwargs: dict[str, Any] = {"trust_remote_code": trust_remote_code}
    if revision is not None and kind == "hub":
        hub_kwargs["revision"] = revision
    if model_dir is not None:
        hub_kwargs["local_files_only"] = True

    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    from keysent.progress import hf_progress_bars

    try:
        config = AutoConfig.from_pretrained(source, **hub_kwargs)
    except ValueError as exc:
        if "trust_remote_code" in str(exc):
            raise ModelLoadError(
                f"{name_or_path!r} needs custom model code from its repository; keysent does not "
                "run remote code unless asked: pass trust_remote_code=True (--trust-remote-code) "
                "if you trust it"
            ) from exc
        raise ModelLoadError(f"cannot read the config of {name_or_path!r}: {exc}") from exc
    except OSError as exc:
        raise ModelLoadError(f"cannot read the config of {name_or_path!r}: {exc}") from exc
    archs = list(getattr(config, "architectures", None) or [])
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, **hub_kwargs)
    except Exception as exc:
        raise ModelLoadError(
            f"cannot load the tokenizer of {name_or_path!r}: {exc}. keysent needs the tokenizer "
            "files (tokenizer.json or equivalent) beside the weights."
        ) from exc
    if not getattr(tokenizer, "is_fast", False):
        raise ModelLoadError(
            f"the tokenizer of {name_or_path!r} is a slow (Python) tokenizer; keysent needs a fast "
            "tokenizer for character offsets. Save it with tokenizer.json (convert with "
            "transformers' PreTrainedTokenizerFast)."
        )
    if chat_template is not None:
        tokenizer.chat_template = _read_chat_template(chat_template)
    template_kwargs = _check_template_kwargs(chat_template_kwargs)
    chat = ChatFormat.detect(tokenizer, **template_kwargs)  # fails early and clearly, before loading weights
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    specials = _special_tokens(tokenizer)

    model_kwargs: dict[str, Any] = dict(hub_kwargs, dtype=torch_dtype, attn_implementation="eager")
    if device_map is not None:
        model_kwargs["device_map"] = device_map
    try:
        with hf_progress_bars(progress):
            hf_model = AutoModelForCausalLM.from_pretrained(source, **model_kwargs)
    except Exception as exc:
        raise ModelLoadError(
            f"cannot load the weights of {name_or_path!r} ({', '.join(archs) or 'unknown architecture'}): {exc}"
        ) from exc
    if dev is not None:
        hf_model.to(dev)
    hf_model.eval()
    plain = _weight_sharing_twin(hf_model) if device_map is None else None

    from transformer_lens.model_bridge import TransformerBridge

    try:
        bridge = TransformerBridge.boot_transformers(
            source,
            hf_model=hf_model,
            tokenizer=tokenizer,
            device=dev,
            dtype=torch_dtype,
            trust_remote_code=trust_remote_code,
        )
    except Exception as exc:
        raise ModelLoadError(
            f"TransformerLens cannot wrap {name_or_path!r} (architecture {', '.join(archs) or '?'}): "
            f"{exc}. keysent is tested on {', '.join(TESTED_ARCHITECTURES)}."
        ) from exc
    bridge.eval()
    _restore_special_tokens(tokenizer, specials)
    return LoadedModel(bridge=bridge, tokenizer=tokenizer, chat=chat, name=str(name_or_path), path=model_dir,
                       plain_model=plain, chat_template_kwargs=template_kwargs)


_SPECIAL_ATTRS = ("bos_token", "eos_token", "unk_token", "pad_token")


def _special_tokens(tokenizer: Any) -> dict[str, Any]:
    return {a: getattr(tokenizer, a, None) for a in _SPECIAL_ATTRS} | {"padding_side": getattr(tokenizer, "padding_side", None)}


def _restore_special_tokens(tokenizer: Any, saved: dict[str, Any]) -> None:
    """Undo what wrapping did to the tokenizer (TransformerBridge sets a missing BOS to EOS)."""
    for attr, value in saved.items():
        if getattr(tokenizer, attr, None) != value:
            setattr(tokenizer, attr, value)


def _check_template_kwargs(kwargs: Any) -> dict[str, Any]:
    if kwargs is None:
        return {}
    if not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
        raise ConfigError(f"chat template kwargs must be a JSON object of names to values, got {kwargs!r}")
    reserved = {"messages", "tokenize", "add_generation_prompt"} & set(kwargs)
    if reserved:
        raise ConfigError(f"chat template kwargs may not set {sorted(reserved)}; keysent sets them itself")
    return dict(kwargs)


def _weight_sharing_twin(hf_model: Any) -> Any:
    """An unwrapped copy of ``hf_model``'s module tree whose tensors are ``hf_model``'s own.

    Built on the meta device (no allocation), then every parameter and buffer, including
    non-persistent ones such as RoPE frequencies, is assigned by reference. Must run before the
    bridge wraps ``hf_model`` (wrapping renames its submodules).
    """
    import copy

    import torch
    from transformers import AutoModelForCausalLM

    # Its own config: the bridge's model must keep eager attention (its hook_pattern needs the
    # pattern), the twin needs none and takes PyTorch's fused attention.
    config = copy.deepcopy(hf_model.config)
    with torch.device("meta"):
        twin = AutoModelForCausalLM.from_config(config, dtype=hf_model.dtype, attn_implementation="sdpa")
    twin.load_state_dict(hf_model.state_dict(keep_vars=True), assign=True, strict=True)
    buffers = dict(hf_model.named_buffers())
    for name, buf in list(twin.named_buffers()):
        if buf.is_meta:
            module, _, attr = name.rpartition(".")
            setattr(twin.get_submodule(module), attr, buffers[name])
    if getattr(hf_model, "generation_config", None) is not None:
        twin.generation_config = hf_model.generation_config
    return twin.eval()


__all__ = ["load_model", "LoadedModel", "Tokenized", "BUILTIN_MODELS", "resolve_device", "resolve_dtype"]
