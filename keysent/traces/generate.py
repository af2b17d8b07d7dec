"""Generate reasoning traces from a loaded model: batched, KV-cached, resumable.

Generation needs no hooks, so it decodes on
:attr:`~keysent.models.loading.LoadedModel.generation_model` (the same weights, no hook wrappers)
with :func:`keysent.generation.text.generate_text` (the model's own KV-cached forward, left
padding, sorted batches, finished rows leave the batch, output equal to one prompt at a time).
Each finished chunk is appended to a cache file, so a long run that is interrupted resumes where
it stopped, and a second analysis of the same queries with the same model and settings generates
nothing.

Example:
    >>> import keysent
    >>> from keysent.querysets import load_queries
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> traces = keysent.generate_traces(model, load_queries(["builtin:10"]), progress=False)
    >>> traces[0].key_sentence
    'Let me figure out the clearest way to explain this.'
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError
from keysent.traces.trace import Trace, build_trace

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord


def model_fingerprint(model: "LoadedModel") -> str:
    """A short hash identifying the weights (path, sizes and modification times of the files)."""
    h = hashlib.sha256(model.name.encode())
    if model.path is not None:
        for p in sorted(Path(model.path).glob("*")):
            if p.is_file() and p.suffix in (".safetensors", ".bin", ".json"):
                st = p.stat()
                h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    h.update(str(model.dtype).encode())
    return h.hexdigest()[:16]


def default_cache_path(model: "LoadedModel", settings: dict[str, Any]) -> Path:
    """Where generations of ``model`` with ``settings`` are cached under ``KEYSENT_HOME``."""
    from keysent.home import keysent_home

    key = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:12]
    path = keysent_home() / "generations" / f"{model_fingerprint(model)}-{key}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _read_cache(path: Path) -> dict[str, str]:
    done: dict[str, str] = {}
    if not path.is_file():
        return done
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                break  # a torn last line from an interrupted write: regenerate from there
            done[row["prompt_hash"]] = row["generated"]
    return done


def _append_cache(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def generate_traces(
    model: "LoadedModel",
    queries: Sequence["QueryRecord | str"],
    *,
    max_new_tokens: int = 512,
    batch_size: int = 8,
    do_sample: bool = False,
    temperature: float = 1.0,
    seed: int = 0,
    judge: Any = "rule",
    cache: str | Path | bool | None = None,
    stop_after_key_sentence: bool = False,
    top_p: float = 1.0,
    interventions: Sequence[Any] | None = None,
    progress: bool = True,
) -> list[Trace]:
    """Generate (or reuse) a response per query and return located, judged traces.

    Queries that already carry a response (traces made elsewhere) are not generated.

    Args:
        model: A loaded model.
        queries: :class:`~keysent.querysets.QueryRecord` items or plain strings.
        max_new_tokens: Generation budget per query; traces that hit it are flagged incomplete.
        batch_size: Prompts decoded together.
        do_sample, temperature, seed: Sampling settings (greedy by default).
        judge: Judge for K and the answer (``"rule"``, a Judge, or None).
        stop_after_key_sentence: Stop each generation right after its key sentence (the traces are
            then incomplete: no answer). Analyses of C and K need nothing later, and it is faster.
        cache: ``True`` for the default cache file under ``KEYSENT_HOME``, a path, or
            ``None``/``False`` for no cache.
        top_p: Nucleus sampling mass (with ``do_sample``); 1.0 keeps every token.
        interventions: Readers/editors run while decoding (steering, knock-outs; see
            :func:`keysent.generation.text.generate_text`); ``Batch.indices`` index ``queries``.
            Not cached (an intervention has no stable key): pass ``cache=None``.
        progress: Show progress bars.
    """
    from tqdm.auto import tqdm

    from keysent.querysets import QueryRecord
    from keysent.generation.text import generate_text

    if max_new_tokens < 1:
        raise ConfigError(f"max_new_tokens must be at least 1, got {max_new_tokens}")
    if interventions and cache:
        raise ConfigError("generations with interventions are not cached (the cache cannot tell one "
                          "intervention from another); pass cache=None")
    records = [q if isinstance(q, QueryRecord) else QueryRecord(query=str(q)) for q in queries]
    prompts = [model.render_prompt(r.query) for r in records]
    settings = {"stop_after_k": stop_after_key_sentence, "max_new_tokens": max_new_tokens, "do_sample": do_sample, "temperature": temperature if do_sample else None, "seed": seed if do_sample else None}
    if do_sample and top_p < 1.0:
        settings["top_p"] = top_p
    hashes = [hashlib.sha256(p.encode()).hexdigest()[:24] for p in prompts]
    cache_path: Path | None
    if cache is True:
        cache_path = default_cache_path(model, settings)
    elif cache:
        cache_path = Path(cache)
        cache_path.parent.mkdir(parents=True, exist_ok=True)
    else:
        cache_path = None
    done = _read_cache(cache_path) if cache_path else {}
    todo = [i for i, r in enumerate(records) if r.response is None and hashes[i] not in done]
    todo = list(dict.fromkeys(todo))
    if todo:
        chunk = max(batch_size * 4, 1)
        bar = tqdm(total=len(todo), desc="generating", unit="trace", disable=not progress)
        try:
            for start in range(0, len(todo), chunk):
                part = [i for i in todo[start : start + chunk] if hashes[i] not in done]
                if not part:
                    continue
                outs = generate_text(
                    model.generation_model,
                    model.tokenizer,
                    [prompts[i] for i in part],
                    max_new_tokens=max_new_tokens,
                    batch_size=batch_size,
                    do_sample=do_sample,
                    temperature=temperature,
                    seed=seed,
                    stop_when=key_sentence_end(model) if stop_after_key_sentence else None,
                    top_p=top_p,
                    interventions=interventions,
                    indices=part,
                    progress=False,
                )
                rows = []
                for i, out in zip(part, outs):
                    done[hashes[i]] = out.text
                    rows.append({"prompt_hash": hashes[i], "generated": out.text})
                if cache_path:
                    _append_cache(cache_path, rows)
                bar.update(len(part))
        finally:
            bar.close()
    traces = []
    for i, r in enumerate(tqdm(records, desc="locating", unit="trace", disable=not progress, leave=False)):
        generated = r.response if r.response is not None else done[hashes[i]]
        traces.append(build_trace(model, r.query, generated, labels=r.labels, judge=judge, id=r.id, prompt=prompts[i]))
    return traces


def key_sentence_end(model: "LoadedModel"):
    """A ``stop_when`` for :func:`generate_text`: the end of K once a sentence after K has begun
    (only then is K known to be complete), or the think-close marker if it comes first."""
    from keysent.traces.locate import locate_key_sentence

    opener, closer = model.chat.think_open, model.chat.think_close

    def stop_when(text: str) -> int | None:
        start = 0
        if opener and not model.chat.think_in_prompt:
            idx = text.find(opener)
            if idx < 0:
                return None
            start = idx + len(opener)
        if closer and closer in text[start:]:
            return None  # no K before the close: let the trace finish normally
        loc = locate_key_sentence(text[start:])
        if loc.key_sentence is None:
            return None
        k_end = loc.key_sentence[1]
        if any(a >= k_end for a, _ in loc.sentences):
            return start + k_end
        return None

    return stop_when


def save_traces(path: str | Path, traces: Sequence[Trace]) -> Path:
    """Write traces as JSONL, atomically."""
    from keysent.atomic import write_jsonl

    return write_jsonl(path, (t.to_dict() for t in traces))


def load_traces(path: str | Path) -> list[Trace]:
    """Read traces written by :func:`save_traces`."""
    with open(path, encoding="utf-8") as fh:
        return [Trace.from_dict(json.loads(line)) for line in fh if line.strip()]


__all__ = ["generate_traces", "key_sentence_end", "save_traces", "load_traces", "model_fingerprint", "default_cache_path"]
