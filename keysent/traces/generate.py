"""Generate reasoning traces from a loaded model: batched, KV-cached, resumable.

It decodes on :attr:`~keysent.models.loading.LoadedModel.generation_model` (the same weights, no
hook wrappers; ``interventions=`` act on its modules under TransformerLens' hook names) with
:func:`keysent.generation.text.generate_text` (the model's own KV-cached forward, left
padding, sorted batches, finished rows leave the batch, output equal to one prompt at a time).
Each finished chunk is appended to a cache file (a :class:`~keysent.cache.JsonlCache`: whole
lines under a file lock, first write wins), so a long run that is interrupted resumes where it
stopped, a second analysis of the same queries with the same model and settings generates
nothing, and several processes can fill one cache at once. Each cached row holds the generated
text and its token ids (``{"generated": str, "ids": list[int]}``, schema :data:`CACHE_SCHEMA`).

Example:
    >>> import keysent
    >>> from keysent.querysets import load_queries
    >>> model = keysent.load_model("toy-r1-micro", progress=False)
    >>> traces = keysent.generate_traces(model, load_queries(["builtin:10"]), progress=False)
    >>> len(traces), sum(t.has_key_sentence for t in traces), traces[1].key_sentence
    (30, 30, 'Let me think about how to approach this.')
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import ConfigError
from keysent.traces.trace import Trace, build_trace

if TYPE_CHECKING:  # pragma: no cover
    from keysent.cache import JsonlCache
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord


def model_fingerprint(model: "LoadedModel") -> str:
    """A short hash identifying the weights: the files (path, sizes, modification times) and the
    weights in memory (:func:`weights_digest`), so a model trained in place (``keysent.train``, a
    LoRA merge, any optimiser step) never reuses the generations cached before the update."""
    h = hashlib.sha256(model.name.encode())
    if model.path is not None:
        for p in sorted(Path(model.path).glob("*")):
            if p.is_file() and p.suffix in (".safetensors", ".bin", ".json"):
                st = p.stat()
                h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    h.update(str(model.dtype).encode())
    h.update(weights_digest(model.hf_model).encode())
    return h.hexdigest()[:16]


def weights_digest(module: Any, samples: int = 64) -> str:
    """A hash of ``samples`` evenly spaced values of every parameter (by name), in float64.

    Cheap on any size (a few hundred small gathers for a 7B model) and changed by any training
    step, which moves almost every weight; a change confined to unsampled elements is not seen.

    >>> import torch
    >>> layer = torch.nn.Linear(4, 4)
    >>> before = weights_digest(layer)
    >>> with torch.no_grad():
    ...     _ = layer.weight.add_(1e-3)
    >>> before != weights_digest(layer)
    True
    """
    import torch

    h = hashlib.sha256()
    for name, p in sorted(module.named_parameters(), key=lambda kv: kv[0]):
        if p.device.type == "meta" or p.numel() == 0:
            continue
        flat = p.detach().reshape(-1)
        idx = torch.linspace(0, flat.numel() - 1, min(samples, flat.numel()), device=flat.device).long()
        h.update(name.encode())
        h.update(flat[idx].to(device="cpu", dtype=torch.float64).numpy().tobytes())
    return h.hexdigest()[:16]


#: Version of the generation cache rows: 2 = ``{"generated": text, "ids": [token ids]}`` in a
#: :class:`~keysent.cache.JsonlCache`. Schema 1 (keysent 0.1: text only, no header) is still read.
CACHE_SCHEMA = 2


def default_cache_path(model: "LoadedModel", settings: dict[str, Any]) -> Path:
    """Where generations of ``model`` with ``settings`` are cached under ``KEYSENT_HOME``.

    ``KEYSENT_HOME/generations/v2/<model fingerprint>-<settings hash>.jsonl``; the text-only cache
    of keysent 0.1 (``generations/<same name>``) is still read, see :func:`generate_traces`.
    """
    from keysent.home import keysent_home

    key = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:12]
    path = keysent_home() / "generations" / f"v{CACHE_SCHEMA}" / f"{model_fingerprint(model)}-{key}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _legacy_cache_path(path: Path) -> Path:
    """The keysent 0.1 (schema 1) cache file a default schema-2 cache path replaces."""
    return path.parent.parent / path.name


def _is_legacy(path: Path) -> bool:
    """True if ``path`` is a keysent 0.1 generation cache (``{prompt_hash, generated}`` lines, no header)."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline()
        row = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(row, dict) and {"prompt_hash", "generated"} <= set(row)


def _read_legacy(path: Path) -> dict[str, dict[str, Any]]:
    """Rows of a keysent 0.1 cache: text only (``ids`` None); a torn last line is ignored."""
    done: dict[str, dict[str, Any]] = {}
    with open(path, "rb") as fh:
        data = fh.read()
    for raw in data[: data.rfind(b"\n") + 1].splitlines():
        try:
            row = json.loads(raw)
        except ValueError:
            continue  # the old writer had no lock: a line torn by a concurrent writer
        if isinstance(row, dict) and isinstance(row.get("generated"), str):
            done.setdefault(str(row.get("prompt_hash")), {"generated": row["generated"], "ids": None})
    return done


def open_generation_cache(path: str | Path, *, explicit: bool = True) -> tuple["JsonlCache", dict[str, dict[str, Any]]]:
    """The schema-2 :class:`~keysent.cache.JsonlCache` at ``path`` and rows of an old cache to reuse.

    For the default path (``explicit=False``) a keysent 0.1 cache beside it (see
    :func:`default_cache_path`) is read, text only, for prompts the new cache lacks; it is never
    written to. An explicit ``path`` that holds a keysent 0.1 cache is an error saying what to do.

    Raises:
        CacheError: ``path`` is an old-format, foreign, corrupt or other-schema cache file.
    """
    from keysent.cache import JsonlCache
    from keysent.errors import CacheError

    path = Path(path)
    if explicit and _is_legacy(path):
        raise CacheError(
            f"{str(path)!r} is a generation cache of keysent 0.1 (text only, no token ids, no "
            "header); pass another cache path to generate into, or delete the file"
        )
    old: dict[str, dict[str, Any]] = {}
    if not explicit:
        legacy = _legacy_cache_path(path)
        if legacy.is_file() and _is_legacy(legacy):
            old = _read_legacy(legacy)
    return JsonlCache(path, schema=CACHE_SCHEMA), old


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
    locator: Any = None,
) -> list[Trace]:
    """Generate (or reuse) a response per query and return located, judged traces.

    Queries that already carry a response (traces made elsewhere) are not generated; their traces
    have ``generated_by=None``. Generated traces keep the generated ids themselves.

    Args:
        model: A loaded model.
        queries: :class:`~keysent.querysets.QueryRecord` items or plain strings.
        max_new_tokens: Generation budget per query; traces that hit it are flagged incomplete.
        batch_size: Prompts decoded together.
        do_sample, temperature, seed: Sampling settings (greedy by default).
        judge: Judges for K and the answer: ``"rules"``, a Judge, a
            :class:`keysent.judge.JudgeSet` (one judge per verdict), or None (do not judge).
        stop_after_key_sentence: Stop each generation right after its key sentence (the traces are
            then incomplete: no answer). Analyses of C and K need nothing later, and it is faster.
        cache: ``True`` for the default cache file under ``KEYSENT_HOME`` (see
            :func:`default_cache_path`), a path, or ``None``/``False`` for no cache. Safe to share
            between concurrent processes; rows are keyed by a hash of the rendered prompt.
        top_p: Nucleus sampling mass (with ``do_sample``); 1.0 keeps every token.
        interventions: Readers/editors run while decoding (steering, knock-outs; see
            :func:`keysent.generation.text.generate_text`); ``Batch.indices`` index ``queries``.
            Not cached (an intervention has no stable key): pass ``cache=None``.
        progress: Show progress bars.
        locator: A judge of C's end (``make_judge("api:MODEL", "c_end")``, a
            :class:`~keysent.traces.locate_model.CallableEndOfCJudge`, ...): C and K of every trace
            are located by it (one batched call when it has ``mark_end_of_c_batch``), the rules
            where it gives no answer; ``None`` (default): the rules (:func:`build_trace`).

    Raises:
        ConfigError: ``max_new_tokens`` < 1.
        CacheError: the cache file is corrupt, of another schema, or a keysent 0.1 cache given
            as an explicit path.
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
    prompts = [r.render(model) for r in records]  # a rendered prompt in the data is used, not wrapped again
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
    store, done = (open_generation_cache(cache_path, explicit=cache is not True) if cache_path
                   else (None, {}))
    wanted = [hashes[i] for i, r in enumerate(records) if r.response is None and r.reasoning is None]
    if store is not None:
        done.update(store.get_many(wanted))  # new rows (with token ids) take precedence
    todo = [i for i, r in enumerate(records) if r.response is None and r.reasoning is None and hashes[i] not in done]
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
                rows = {}
                for i, out in zip(part, outs):
                    rows[hashes[i]] = {"generated": out.text, "ids": list(out.token_ids)}
                if store is not None:
                    store.put_many(rows)  # whole lines under a lock: safe with other processes
                    # another process may have cached some of these first: use its rows (one answer)
                    rows.update(store.get_many(rows))
                done.update(rows)
                bar.update(len(part))
        finally:
            bar.close()
    def build(i: int, r: "QueryRecord", locator: Any = None) -> Trace:
        build_kwargs = r.build_kwargs()
        query = r.query if r.prompt is None else prompts[i][len(model.chat.user_prefix) : len(prompts[i]) - len(model.chat.user_suffix)]
        if r.response is not None or r.reasoning is not None:
            build_kwargs.setdefault("generated", r.response)
            return build_trace(model, query, labels=r.labels, judge=None, id=r.id, prompt=prompts[i], locator=locator,
                               **build_kwargs)
        build_kwargs.pop("no_reasoning", None)
        build_kwargs.pop("generated_by", None)
        build_kwargs.pop("markers", None)  # the loaded model writes its own format
        return build_trace(model, query, done[hashes[i]]["generated"], labels=r.labels, judge=None, id=r.id, prompt=prompts[i],
                           generated_ids=done[hashes[i]].get("ids"), generated_by=model.name, locator=locator, **build_kwargs)

    traces = [build(i, r) for i, r in enumerate(tqdm(records, desc="locating", unit="trace", disable=not progress, leave=False))]
    if locator is not None:
        from keysent.traces.locate_model import relocate

        traces = relocate(traces, locator, lambda i, judge: build(i, records[i], judge))
    if judge is not None:  # one batch per verdict (model judges batch and cache their requests)
        from keysent.judge.apply import judge_traces

        judge_traces(traces, judge)
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


__all__ = ["generate_traces", "key_sentence_end", "save_traces", "load_traces", "model_fingerprint",
           "default_cache_path", "open_generation_cache", "CACHE_SCHEMA"]
