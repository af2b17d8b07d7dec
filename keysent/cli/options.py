"""The one option parser behind every keysent command line.

``python -m keysent.probe``, ``python -m keysent.attention`` (and later commands) share the model,
data and output options defined here, and the steps that turn them into a loaded model and
located traces (:func:`keysent.cli.prologue.start_command` runs them in order). A user mistake ends with one line, ``<prog>: error: <what and how to fix it>``, and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from keysent.errors import ConfigError, KeysentError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord
    from keysent.traces.trace import Trace

DEFAULT_MODEL = "toy-r1"


def add_model_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("model")
    g.add_argument("--model", default=DEFAULT_MODEL, metavar="NAME_OR_PATH",
                   help=f"built-in name (toy-r1, toy-r1-micro), local Hugging Face directory, or hub name (default: {DEFAULT_MODEL})")
    g.add_argument("--device", default="auto", help="cpu, cuda, cuda:N or auto (default: auto)")
    g.add_argument("--dtype", default="auto", help="float32, bfloat16, float16 or auto (bf16 on CUDA, fp32 on CPU)")
    g.add_argument("--trust-remote-code", action="store_true", help="run model code shipped with the checkpoint")
    g.add_argument("--chat-template", default=None, metavar="JINJA_OR_FILE", help="chat template for tokenizers without one")
    g.add_argument("--chat-template-kwargs", default=None, metavar="JSON",
                   help='extra chat-template variables as a JSON object, e.g. \'{"enable_thinking": false}\' for Qwen3 (recorded in the summary)')


def add_data_options(p: argparse.ArgumentParser, *, default_per_group: int) -> None:
    g = p.add_argument_group("data")
    g.add_argument("--dataset", action="append", default=None, metavar="SPEC",
                   help="repeatable: [harmful=|benign=|jailbreak=]PATH_OR_HUB_NAME[#query=COL,response=COL,...] "
                        "(options in docs/datasets.md: reasoning=COL,answer=COL, messages=COL, harmful=COL or safe=COL, "
                        "answer_safe=COL, split=S, markers=M, no_reasoning, missing=drop, comments=#), "
                        f"a run directory, or builtin[:N] (default: builtin:{default_per_group}, N queries per group)")
    g.add_argument("--dataset-file", action="append", default=None, metavar="PATH",
                   help="repeatable: a data file taken literally (a name with '#' or '='); global column options apply")
    g.add_argument("--query-column", default=None, help="column holding the query (default: found by name)")
    g.add_argument("--response-column", default=None, help="column (or dotted path) holding a response generated elsewhere")
    g.add_argument("--reasoning-column", default=None, help="column holding the reasoning when saved apart from the answer (--response-column)")
    g.add_argument("--label-column", default=None, help="column holding harmful (1/true/unsafe) vs benign labels; a name that says safe "
                        "(is_safe) is refused: use #safe=COL in the spec")
    g.add_argument("--missing-responses", default=None, choices=["error", "drop", "generate"],
                   help="rows without a response among given responses: error (default), drop them, or generate them")
    g.add_argument("--markers", default=None, help="reasoning markers of given responses: think, openthoughts, openwebui or OPEN...CLOSE")
    g.add_argument("--no-reasoning", action="store_true", help="given responses carry no reasoning (all text is the answer)")
    g.add_argument("--split", default=None, help="split of a hub dataset (default: train)")
    g.add_argument("--limit", type=int, default=None, help="at most this many queries per dataset (a seeded sample)")
    g.add_argument("--max-new-tokens", type=int, default=384, help="generation budget per query (default: 384)")
    g.add_argument("--stop-after-k", action="store_true",
                   help="stop each generation right after its key sentence (faster; traces have no answer)")
    g.add_argument("--no-cache", action="store_true", help="do not reuse or store generations under KEYSENT_HOME")


def add_decoding_options(p: argparse.ArgumentParser) -> None:
    """``--do-sample``, ``--temperature``, ``--top-p``: how every command that generates decodes."""
    g = p.add_argument_group("decoding")
    g.add_argument("--do-sample", action="store_true", help="sample generations (default: greedy)")
    g.add_argument("--temperature", type=float, default=0.6,
                   help="sampling temperature (default: 0.6, DeepSeek's recommendation for R1 models)")
    g.add_argument("--top-p", type=float, default=0.95,
                   help="nucleus sampling mass in (0, 1]; 1 keeps every token (default: 0.95, DeepSeek's recommendation)")


def add_run_options(p: argparse.ArgumentParser, *, prog: str) -> None:
    g = p.add_argument_group("run")
    g.add_argument("--batch-size", type=int, default=8, help="traces per hooked forward pass (default: 8)")
    g.add_argument("--gen-batch-size", type=int, default=32, help="prompts per generate call (default: 32)")
    g.add_argument("--seed", type=int, default=0, help="seed for sampling, folds and query selection (default: 0)")
    g.add_argument("--out", default=None, help=f"run directory (default: runs/{prog}-<timestamp>)")
    g.add_argument("--force", action="store_true", help="replace an existing --out directory")
    g.add_argument("--quiet", action="store_true", help="no progress bars or status lines (warnings are still printed)")


def make_parser(prog: str, description: str, *, default_per_group: int) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"python -m keysent.{prog}", description=description)
    add_model_options(p)
    add_data_options(p, default_per_group=default_per_group)
    add_decoding_options(p)
    add_run_options(p, prog=prog)
    from keysent.judge.spec import add_judge_options

    add_judge_options(p)
    return p


def resolve_out(args: argparse.Namespace, prog: str) -> Path:
    """The run directory; fails early (before any work) if it exists and ``--force`` is absent."""
    out = Path(args.out) if args.out else Path("runs") / f"{prog}-{time.strftime('%Y%m%d-%H%M%S')}"
    check_out(out, args.force)
    return out


def check_out(out: Path, force: bool, source: Path | None = None) -> None:
    """Fail before any work when ``--out`` cannot be written: it is a file (keysent replaces only
    directories), it is or holds the input ``source`` (``--force`` would delete it), it exists and
    ``force`` is absent, or its parent cannot be created.

    Raises:
        ConfigError: one of the above, naming ``--out`` and the fix.
    """
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {str(out)!r} is a file, not a directory: choose a new directory for --out")
    if out.exists():
        if source is not None:
            held = source.resolve()
            if held == out.resolve() or out.resolve() in held.parents:
                raise ConfigError(f"--out {str(out)!r} holds the input {str(source)!r}; choose another --out "
                                  "(--force would delete the input)")
        if not force:
            raise ConfigError(f"output directory {str(out)!r} already exists; pass --force to replace it, "
                              "or choose another --out")
    check_out_parent(out)


def check_out_parent(out: Path, flag: str = "--out") -> None:
    """Fail before any work when ``out`` could not be created: an ancestor is a file, or not writable.

    ``flag`` names the option in the message (``--out``, ``--json``, ...).

    Raises:
        ConfigError: naming the ancestor and the fix.
    """
    import os

    out = Path(out)
    parent = out.absolute().parent
    while not parent.exists():
        if os.path.lexists(parent):  # a dangling symbolic link
            raise ConfigError(f"cannot create {flag} {str(out)!r}: {str(parent)!r} is a broken link; choose another {flag}")
        parent = parent.parent
    if not parent.is_dir():
        raise ConfigError(f"cannot create {flag} {str(out)!r}: {str(parent)!r} is a file, not a directory; choose another {flag}")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"cannot create {flag} {str(out)!r}: directory {str(parent)!r} is not writable; choose another {flag}")


def check_common(args: argparse.Namespace) -> None:
    for flag in ("batch_size", "gen_batch_size"):
        if getattr(args, flag) < 1:
            raise ConfigError(f"--{flag.replace('_', '-')} must be at least 1, got {getattr(args, flag)}")
    if args.max_new_tokens < 1:
        raise ConfigError(f"--max-new-tokens must be at least 1, got {args.max_new_tokens}")
    if getattr(args, "temperature", 1.0) < 0 or (getattr(args, "do_sample", False) and args.temperature == 0):
        raise ConfigError(f"--temperature must be >= 0, and > 0 with --do-sample; got {args.temperature}")
    if not 0.0 < getattr(args, "top_p", 1.0) <= 1.0:
        raise ConfigError(f"--top-p must be in (0, 1], got {args.top_p}")
    if args.limit is not None and args.limit < 1:
        raise ConfigError(f"--limit must be at least 1, got {args.limit}")
    if hasattr(args, "refusal_judge"):
        from keysent.judge.spec import judges_from_args, locator_from_args

        judges_from_args(args)  # bad judge specs fail before the model loads
        locator_from_args(args)


def template_kwargs_from_args(args: argparse.Namespace) -> dict[str, Any] | None:
    """``--chat-template-kwargs`` parsed (a JSON object), or ``None``."""
    import json

    text = getattr(args, "chat_template_kwargs", None)
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--chat-template-kwargs is not JSON ({exc}); write e.g. '{{\"enable_thinking\": false}}'") from exc
    if not isinstance(value, dict):
        raise ConfigError(f"--chat-template-kwargs must be a JSON object, got {text!r}")
    return value


def load_model_from_args(args: argparse.Namespace) -> "LoadedModel":
    from keysent.models.loading import load_model

    return load_model(args.model, device=args.device, dtype=args.dtype,
                      trust_remote_code=args.trust_remote_code, chat_template=args.chat_template,
                      progress=not getattr(args, "quiet", False), chat_template_kwargs=template_kwargs_from_args(args))


def queries_from_args(args: argparse.Namespace, *, default_per_group: int) -> list["QueryRecord"]:
    """Load the query sets named by ``--dataset`` (before the model: bad data fails fast)."""
    from keysent.querysets import DatasetSpec, load_queries

    template_kwargs_from_args(args)  # a bad JSON fails before any loading
    files = [DatasetSpec.parse(f, literal_source=True) for f in getattr(args, "dataset_file", None) or []]
    specs = list(args.dataset or []) + files or [f"builtin:{default_per_group}"]
    report: list[dict[str, Any]] = []
    queries = load_queries(
        specs,
        query_column=args.query_column,
        response_column=args.response_column,
        label_column=args.label_column,
        split=args.split,
        limit=args.limit,
        seed=args.seed,
        reasoning_column=getattr(args, "reasoning_column", None),
        missing=getattr(args, "missing_responses", None),
        no_reasoning=getattr(args, "no_reasoning", False),
        markers=getattr(args, "markers", None),
        report=report,
    )
    args.data_report = report
    unlabelled = sum(q.labels.get("harmful") is None for q in queries)
    args.data_notes = []
    if unlabelled == len(queries) and not all(str(s).startswith("builtin") for s in specs):
        args.data_notes.append(
            f"no query has a harmful/benign label (no role prefix or label column): the harmful probe cannot run; "
            f"k_aha, answer_safe and the aha table use all {unlabelled} traces; attention groups split by K only")
    elif unlabelled:
        args.data_notes.append(
            f"{unlabelled} of {len(queries)} queries have no harmful/benign label: they are left out of the harmful, "
            "k_aha and answer_safe probes and of the by-group attention tables (the aha table includes them)")
    for note in args.data_notes:
        log(args, f"note: {note}")
    for r in report:
        if r.get("missing_responses"):
            log(args, f"note: {r['source']}: {r['missing_responses']} rows without a response: {r['missing_policy']}")
    return queries


def traces_from_args(args: argparse.Namespace, model: "LoadedModel", queries: list["QueryRecord"],
                     *, needed_positions: list[str] | None = None) -> list["Trace"]:
    """Generate (or reuse cached, or take given) responses and return located, judged traces.

    Every trace is checked against the model's context before any forward pass
    (:func:`keysent.traces.context.check_context`) for ``needed_positions`` (default: the
    command's ``--positions``, else every token): too long is an error with counts, or a clip with
    a warning when the positions read fit. Given responses without any reasoning marker, and those
    that open their reasoning and never close it (``Trace.flags`` ``no_markers`` and
    ``unclosed_reasoning``), are counted apart, each in a warning and a field of ``trace_report``.
    """
    from keysent.traces.context import check_context
    from keysent.judge.spec import judges_from_args, locator_from_args
    from keysent.traces.generate import generate_traces

    traces = generate_traces(
        model,
        queries,
        max_new_tokens=args.max_new_tokens,
        batch_size=args.gen_batch_size,
        seed=args.seed,
        do_sample=getattr(args, "do_sample", False),
        temperature=getattr(args, "temperature", 1.0),
        top_p=getattr(args, "top_p", 1.0),
        cache=not args.no_cache,
        stop_after_key_sentence=args.stop_after_k,
        progress=not args.quiet,
        judge=judges_from_args(args),
        locator=locator_from_args(args),
    )
    positions = needed_positions if needed_positions is not None else getattr(args, "positions", None)
    if isinstance(positions, str):
        positions = [p for p in positions.split(",") if p.strip()]
    traces, clipped = check_context(traces, model.max_positions, positions)
    given = [t for t in traces if t.generated_by is None]
    no_markers = sum(bool(t.flags.get("no_markers")) for t in given)
    unclosed = collections.Counter(t.flags["unclosed_reasoning"] for t in given if t.flags.get("unclosed_reasoning"))
    duplicates = duplicate_traces(traces)
    if duplicates:
        warn(duplicate_warning(duplicates, len(traces)))
    if no_markers:
        warn(f"{no_markers} given responses have no reasoning markers at all (neither {model.chat.think_open} nor "
             f"{model.chat.think_close}); they are read as reasoning cut off before its end. If they carry no reasoning "
             "(plain answers), pass --no-reasoning or #no_reasoning")
    for opener, n in sorted(unclosed.items()):
        warn(f"{n} given responses opened {opener} but never closed it: read as reasoning cut off, with no answer "
             "(truncated generation? raise max_new_tokens where they were generated)")
    cjk = sum(bool(t.flags.get("cjk")) for t in traces)
    if cjk:
        warn(cjk_warning(cjk))
    if clipped:
        warn(f"{clipped} traces are longer than the model's {model.max_positions} positions; clipped (the positions read fit)")
    organism_warning = learned_on_organism_warning(args)
    if organism_warning:
        warn(organism_warning)
    args.trace_report = {
        "given_responses": sum(t.generated_by is None for t in traces),
        "generated": sum(t.generated_by is not None for t in traces),
        "no_reasoning_markers": no_markers,
        "unclosed_reasoning": sum(unclosed.values()),
        "clipped_to_context": clipped,
        "cjk_reasoning": cjk,
        "duplicates": len(duplicates),
        "unlabelled": sum(t.harmful is None for t in traces),
    }
    from keysent.traces.locate_model import fallback_note, located_by

    located = located_by(traces)
    if located:
        args.trace_report["located_by"] = located
        note = fallback_note(located)
        if note:
            warn(f"{note} (the summary's data.traces.located_by counts both)")
    return traces


def cjk_warning(n: int) -> str:
    """The warning for ``n`` traces with Chinese, Japanese or Korean text in C or K."""
    return (f"{n} traces have Chinese/Japanese/Korean text in C or K: sentences end at 。？！, but C's "
            "restatement test reads English words, so C may stop a sentence early and K be a restatement")


def data_summary(args: argparse.Namespace, model: "LoadedModel | None" = None) -> dict[str, Any]:
    """What the summary records about the data: per-dataset counts, trace counts, template kwargs."""
    out: dict[str, Any] = {"datasets": getattr(args, "data_report", []), "traces": getattr(args, "trace_report", {}),
                           "notes": getattr(args, "data_notes", [])}
    out["chat_template_kwargs"] = model.chat_template_kwargs if model is not None else template_kwargs_from_args(args)
    if getattr(args, "_locator", None) is not None:  # a model judge of C's end (locator_from_args)
        out["locator"] = args.locator
    for flag in ("missing_responses", "markers", "no_reasoning", "reasoning_column"):
        if getattr(args, flag, None):
            out[flag] = getattr(args, flag)
    return out


def learned_on_organism_warning(args: argparse.Namespace) -> str | None:
    """The warning for ``--locator learned`` on a built-in organism (``--model toy-r1`` ...), else
    ``None``: the organism's templated traces are exact under the rules, the learned locator gets
    about 86% of them (``docs/locating.md``, "The convention for a content-free plan")."""
    from keysent.judge.spec import locator_from_args
    from keysent.organism.registry import ORGANISMS

    if getattr(locator_from_args(args), "locator_method", None) != "learned" or getattr(args, "model", None) not in ORGANISMS:
        return None
    return (f"--locator learned on the built-in organism {args.model!r}: its templated traces are C/K-exact under "
            "the rules, and the learned locator gets about 86% of them (docs/locating.md); use --locator rules")


def warn(message: str) -> None:
    """A warning line on stderr, printed even with ``--quiet`` (which silences status lines and progress bars)."""
    print(f"warning: {message}", file=sys.stderr, flush=True)


def brought_traces_note(traces: Sequence[Any], model_name: str, what: str) -> str | None:
    """A note when traces with a key sentence were not generated by the loaded model, or ``None``.

    ``what`` names what the loaded model regenerates from them (e.g. "their K regenerated under a
    knock-out"): that continuation is the loaded model's, written after another model's prefix.
    """
    brought = sum(getattr(t, "generated_by", None) != model_name for t in traces
                  if getattr(t, "has_key_sentence", False))
    if not brought:
        return None
    return (f"{brought} traces were not generated by the loaded model ({model_name}): {what} is this model's "
            "continuation of another model's prefix, so the rates say nothing about the model that wrote them")


def duplicate_traces(traces: Sequence[Any]) -> list[int]:
    """Indices of given traces (not generated here) whose query and response repeat an earlier one's."""
    seen: set[tuple[str, str]] = set()
    dups = []
    for i, t in enumerate(traces):
        if getattr(t, "generated_by", None) is not None:
            continue  # sampled generations of one query may coincide legitimately
        key = (t.query, t.generated)
        if key in seen:
            dups.append(i)
        seen.add(key)
    return dups


def duplicate_warning(duplicates: Sequence[int], n: int) -> str:
    """The warning for :func:`duplicate_traces`' result."""
    shown = ", ".join(str(i) for i in duplicates[:5]) + (", ..." if len(duplicates) > 5 else "")
    return (f"{len(duplicates)} of {n} given traces repeat an earlier trace's query and response (traces {shown}): "
            "each copy counts again in every rate, and a probe's cross-validation can hold the same trace on both "
            "sides of a fold; remove the duplicates from the data")


def log(args: argparse.Namespace, message: str) -> None:
    """A status line on stderr (kept apart from the result tables on stdout)."""
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr, flush=True)


def cli_main(prog: str) -> Callable[[Callable[[list[str] | None], int]], Callable[[list[str] | None], int]]:
    """Decorate a ``main(argv)``: a :class:`KeysentError` becomes one line on stderr and exit 2."""

    def wrap(fn: Callable[[list[str] | None], int]) -> Callable[[list[str] | None], int]:
        @functools.wraps(fn)
        def main(argv: list[str] | None = None) -> int:
            try:
                return fn(argv)
            except KeysentError as exc:
                print(f"python -m keysent.{prog}: error: {exc}", file=sys.stderr)
                return 2
            except KeyboardInterrupt:
                print(f"python -m keysent.{prog}: interrupted; generations so far are cached and will be reused", file=sys.stderr)
                return 130

        return main

    return wrap


#: The model and data options of every command, recorded as a run's ``inputs`` (:func:`run_inputs`).
INPUT_OPTIONS = ("model", "device", "dtype", "dataset", "query_column", "response_column", "label_column", "split",
                 "limit", "max_new_tokens", "stop_after_k", "no_cache", "gen_batch_size", "seed",
                 "do_sample", "temperature", "top_p")


def run_inputs(args: argparse.Namespace) -> dict[str, Any]:
    """The model and data options of parsed arguments, for a run's ``summary.json`` (``inputs``)."""
    return {k: getattr(args, k) for k in INPUT_OPTIONS if hasattr(args, k)}


__all__ = [
    "make_parser",
    "add_decoding_options",
    "resolve_out",
    "check_out_parent",
    "warn",
    "duplicate_traces",
    "brought_traces_note",
    "check_common",
    "load_model_from_args",
    "queries_from_args",
    "traces_from_args",
    "data_summary",
    "template_kwargs_from_args",
    "cli_main",
    "log",
    "run_inputs",
    "INPUT_OPTIONS",
    "DEFAULT_MODEL",
]
