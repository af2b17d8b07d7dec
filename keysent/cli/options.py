"""The one option parser behind every keysent command line.

``python -m keysent.probe``, ``python -m keysent.attention`` (and later commands) share the model,
data and output options defined here, and the steps that turn them into a loaded model and
located traces. A user mistake ends with one line, ``<prog>: error: <what and how to fix it>``, and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

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


def add_data_options(p: argparse.ArgumentParser, *, default_per_group: int) -> None:
    g = p.add_argument_group("data")
    g.add_argument("--dataset", action="append", default=None, metavar="SPEC",
                   help="repeatable: [harmful=|benign=|jailbreak=]PATH_OR_HUB_NAME[#query=COL,response=COL,label=COL,split=S], "
                        f"a run directory, or builtin[:N] (default: builtin:{default_per_group}, N queries per group)")
    g.add_argument("--query-column", default=None, help="column holding the query (default: found by name)")
    g.add_argument("--response-column", default=None, help="column holding a response generated elsewhere")
    g.add_argument("--label-column", default=None, help="column holding harmful (1/true/unsafe) vs benign labels")
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
    g.add_argument("--quiet", action="store_true", help="no progress bars")


def make_parser(prog: str, description: str, *, default_per_group: int) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"python -m keysent.{prog}", description=description)
    add_model_options(p)
    add_data_options(p, default_per_group=default_per_group)
    add_decoding_options(p)
    add_run_options(p, prog=prog)
    return p


def resolve_out(args: argparse.Namespace, prog: str) -> Path:
    """The run directory; fails early (before any work) if it exists and ``--force`` is absent."""
    out = Path(args.out) if args.out else Path("runs") / f"{prog}-{time.strftime('%Y%m%d-%H%M%S')}"
    if out.exists() and not args.force:
        raise ConfigError(f"output directory {str(out)!r} already exists; pass --force to replace it, or choose another --out")
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {str(out)!r} is a file, not a directory")
    return out


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


def load_model_from_args(args: argparse.Namespace) -> "LoadedModel":
    from keysent.models.loading import load_model

    return load_model(args.model, device=args.device, dtype=args.dtype,
                      trust_remote_code=args.trust_remote_code, chat_template=args.chat_template,
                      progress=not getattr(args, "quiet", False))


def queries_from_args(args: argparse.Namespace, *, default_per_group: int) -> list["QueryRecord"]:
    """Load the query sets named by ``--dataset`` (before the model: bad data fails fast)."""
    from keysent.querysets import load_queries

    specs = args.dataset or [f"builtin:{default_per_group}"]
    return load_queries(
        specs,
        query_column=args.query_column,
        response_column=args.response_column,
        label_column=args.label_column,
        split=args.split,
        limit=args.limit,
        seed=args.seed,
    )


def traces_from_args(args: argparse.Namespace, model: "LoadedModel", queries: list["QueryRecord"]) -> list["Trace"]:
    """Generate (or reuse cached, or take given) responses and return located, judged traces."""
    from keysent.traces.generate import generate_traces

    return generate_traces(
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
    )


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
    "check_common",
    "load_model_from_args",
    "queries_from_args",
    "traces_from_args",
    "cli_main",
    "log",
    "run_inputs",
    "INPUT_OPTIONS",
    "DEFAULT_MODEL",
]
