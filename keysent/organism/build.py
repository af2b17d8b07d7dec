"""Build and cache the organism: corpus -> tokenizer -> trained Qwen2 model -> a HF directory.

:func:`organism_path` returns ``keysent.home.models_dir() / "<name>-<hash>"``, building it on first
use. The build is written atomically (a partial directory is never visible) and guarded by an
exclusive ``fcntl.flock`` on ``.<name>-<hash>.lock`` beside it, so concurrent processes (pytest-xdist
workers) build it once: the others wait for the lock, then find the finished directory.

The directory loads offline with ``AutoTokenizer.from_pretrained(path)`` and
``AutoModelForCausalLM.from_pretrained(path)`` (safetensors weights) and holds
``build_log.json`` (config, seed, data sizes, loss curve, wall time, versions) and
``organism.json`` (name, config hash, config).

Example:
    >>> from keysent.organism.build import organism_path
    >>> path = organism_path("toy-r1-micro")            # doctest: +SKIP
    >>> sorted(p.name for p in path.iterdir())[:2]      # doctest: +SKIP
    ['build_log.json', 'chat_template.jinja']
"""

from __future__ import annotations

import fcntl
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from keysent.atomic import atomic_directory, write_json
from keysent.errors import ModelLoadError
from keysent.home import models_dir
from keysent.organism.config import BUILD_FORMAT_VERSION, OrganismConfig
from keysent.organism.registry import get_organism_config

__all__ = ["organism_path", "build_organism", "is_complete", "MARKER_FILE"]

#: Written last inside a build; a directory without it is not a finished organism.
MARKER_FILE = "organism.json"


def is_complete(path: str | os.PathLike) -> bool:
    """True when ``path`` holds a finished organism build (marker, config, weights, tokenizer)."""
    p = Path(path)
    return all((p / f).is_file() for f in (MARKER_FILE, "config.json", "model.safetensors",
                                           "tokenizer.json"))


def _versions() -> dict[str, str]:
    import tokenizers
    import torch
    import transformers

    return {
        "python": sys.version.split()[0],
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "tokenizers": tokenizers.__version__,
        "platform": platform.platform(),
    }


def _check_reload(path: Path, tokenizer: Any, examples: Any) -> None:
    """The saved directory must reload (as ``AutoTokenizer`` does) to the same token ids."""
    from transformers import AutoTokenizer

    reloaded = AutoTokenizer.from_pretrained(str(path))
    if len(reloaded) != len(tokenizer):
        raise ModelLoadError(
            f"the tokenizer saved in {path} reloads with {len(reloaded)} tokens instead of "
            f"{len(tokenizer)}"
        )
    for e in examples:
        text = tokenizer.apply_chat_template(e.messages(), tokenize=False)
        if reloaded.apply_chat_template(e.messages(), tokenize=False) != text:
            raise ModelLoadError(f"the saved chat template of {path} renders differently")
        a = tokenizer(text, add_special_tokens=False)["input_ids"]
        b = reloaded(text, add_special_tokens=False)["input_ids"]
        if a != b:
            raise ModelLoadError(
                f"the tokenizer saved in {path} reloads as {type(reloaded).__name__} and encodes "
                "differently from the trained one; the tokenizer recipe must match it"
            )


def build_organism(
    name_or_config: "str | OrganismConfig",
    out_dir: str | os.PathLike,
    *,
    progress: bool = True,
    force: bool = False,
) -> Path:
    """Build an organism into ``out_dir`` (atomically) and return the path.

    ``name_or_config`` is a registered name (``"toy-r1"``, ``"toy-r1-micro"``) or an
    :class:`OrganismConfig`. An existing ``out_dir`` is an error unless ``force``. No lock is taken
    here; :func:`organism_path` adds the lock for the shared cache.
    """
    import torch

    from keysent.organism.corpus import generate_examples
    from keysent.organism.tokenizer import save_tokenizer, train_tokenizer
    from keysent.organism.train import train_model

    from keysent.progress import hf_progress_bars

    config = get_organism_config(name_or_config)
    out = Path(out_dir)
    t0 = time.time()
    with atomic_directory(out, force=force) as tmp:
        examples = generate_examples(config.corpus, config.n_train_examples, seed=config.seed)
        t_corpus = time.time() - t0
        texts = [e.query for e in examples] + [e.response for e in examples]
        tokenizer = train_tokenizer(texts, config.vocab_size)
        t_tok = time.time() - t0 - t_corpus
        model, train_log = train_model(config, tokenizer, examples, progress=progress)
        with hf_progress_bars(progress):
            model.save_pretrained(tmp, safe_serialization=True)
            save_tokenizer(tokenizer, tmp)
            _check_reload(tmp, tokenizer, examples[:200])
        wall = time.time() - t0
        log: dict[str, Any] = {
            "name": config.name,
            "config_hash": config.config_hash(),
            "build_format_version": BUILD_FORMAT_VERSION,
            "seed": config.seed,
            "config": config.to_dict(),
            "corpus_seconds": round(t_corpus, 2),
            "tokenizer_seconds": round(t_tok, 2),
            "vocab_size": len(tokenizer),
            "wall_seconds": round(wall, 2),
            "versions": _versions(),
            "torch_version": torch.__version__,
            "cpu_count": os.cpu_count(),
            **train_log,
        }
        write_json(tmp / "build_log.json", log)
        write_json(tmp / MARKER_FILE, {
            "name": config.name,
            "config_hash": config.config_hash(),
            "config": config.to_dict(),
        })
    return out


def organism_path(
    name: "str | OrganismConfig" = "toy-r1", *, build: bool = True, progress: bool = True
) -> Path:
    """The cached directory of a built-in organism, building it first if it is missing.

    Args:
        name: ``"toy-r1"`` (default), ``"toy-r1-micro"`` or an :class:`OrganismConfig`.
        build: If False, a missing organism is an error instead of being built.
        progress: Show the training progress bar when building.
    """
    config = get_organism_config(name)
    root = models_dir()
    target = root / config.dir_name
    if is_complete(target):
        return target
    if not build:
        raise ModelLoadError(
            f"organism {config.name!r} is not built yet (expected {target}); build it with "
            f"`python -m keysent.organism build {config.name}` or call organism_path(..., "
            "build=True)"
        )
    lock_path = root / f".{config.dir_name}.lock"
    with open(lock_path, "a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            if not is_complete(target):
                # one line even when quiet: the build takes minutes
                print(f"keysent: building organism {config.name!r} into {target} "
                      "(first use only)", file=sys.stderr, flush=True)
                build_organism(config, target, progress=progress, force=target.exists())
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
    return target

