"""``python -m keysent.judge``: judge a trace file, a run directory or a dataset of responses.

For users who only want the verdicts. The input is one of

* a keysent run directory (its ``traces.jsonl``) or a keysent trace file (``traces.jsonl``);
* a dataset spec with a response column (the grammar of ``--dataset``, e.g.
  ``"harmful=../shared/data/star1/STAR-1.json#query=question,response=response"``): each
  response is split into reasoning and answer (:func:`keysent.traces.reasoning.split_response`)
  and K is located in the reasoning (:func:`keysent.locate_key_sentence`); no model is loaded.

Each answer gets ``refusal`` (``--refusal-judge``) and, with ``--safety-judge``, ``safe``; each K
gets ``k_aha`` (``--aha-judge``). Judges are ``rules`` (default), ``api:MODEL[#...]`` or
``hf:PATH[#...]`` (see :mod:`keysent.judge.spec`). ``--locator`` (``rules``, default, or a model
judge of C's end, as in every keysent command; docs/locating.md) locates K in a dataset's
responses; the traces of a run directory or trace file keep the spans they were saved with. Written into a new directory (``--out``;
default ``<input>.judged`` beside a file, ``<run>/judged`` inside a run directory; built
atomically, never overwritten without ``--force``):

* ``verdicts.jsonl``: one row per trace: ``id``, ``group``, ``harmful``, ``understanding`` (the
  text of C; null only where no C was located, i.e. no or empty reasoning: a one-sentence
  reasoning has C and no K), ``key_sentence``,
  ``k_aha``, ``refusal``, ``safe``, ``answer_safe``, ``answer_safe_source`` (verdicts are
  true / false / ``"not_judged"`` / null);
* ``judge_summary.json``: the input, the judge specs and names behind each column, yes / no /
  not-judged / missing counts, the aha-moment table, warnings, ``data`` (per-source counts with
  rows left out by ``#missing=drop``, and the counts of responses without reasoning markers and of
  traces with Chinese, Japanese or Korean text in C or K), and with a model ``--locator``
  ``located_by`` (traces located by the judge, ``model``, or by the rules where it gave no answer,
  ``model-fallback``).

Example::

    python -m keysent.judge runs/probe-toy-r1 --refusal-judge rules
    python -m keysent.judge "harmful=STAR-1.json#query=question,response=response" --out star1-judged \\
        --safety-judge "api:gpt-4o#prompt=harm-1to5"
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from keysent.cli.options import (
    check_out,
    cjk_warning,
    cli_main,
    duplicate_traces,
    duplicate_warning,
    warn,
)
from keysent.errors import ConfigError, DatasetError
from keysent.judge.spec import add_locator_option


@dataclass(frozen=True)
class JudgeConfig:
    """Settings of one ``python -m keysent.judge`` run (validated on creation)."""

    input: str
    refusal_judge: str = "rules"
    aha_judge: str = "rules"
    safety_judge: str | None = None
    locator: str = "rules"
    out: str | None = None
    query_column: str | None = None
    response_column: str | None = None
    label_column: str | None = None
    limit: int | None = None
    force: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.input, str) or not self.input.strip():
            raise ConfigError("give a trace file, a run directory or a dataset spec to judge")
        for name in ("refusal_judge", "aha_judge", "locator"):
            if not isinstance(getattr(self, name), str) or not getattr(self, name).strip():
                kinds = "'rules', 'learned', 'api:MODEL' or 'hf:PATH'" if name == "locator" else \
                    "'rules', 'api:MODEL' or 'hf:PATH'"
                raise ConfigError(f"--{name.replace('_', '-')} must be {kinds}")
        if self.limit is not None and (not isinstance(self.limit, int) or self.limit < 1):
            raise ConfigError(f"--limit must be at least 1, got {self.limit}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "JudgeConfig":
        from keysent.records import check_keys

        check_keys(cls, data)
        return cls(**data)


def _is_trace_file(path: Path) -> bool:
    if path.suffix != ".jsonl" or not path.is_file():
        return False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    row = json.loads(line)
                except ValueError:
                    return False
                return isinstance(row, dict) and "spans" in row and "token_ids" in row
    return False


def text_trace(query: str, response: str, labels: dict[str, Any], id: str | None, *,
               markers: str | None = None, no_reasoning: bool = False, locator: Any = None) -> Any:
    """A :class:`~keysent.Trace` from text alone (character spans only, no tokens, no model).

    ``markers`` (a preset name or ``OPEN...CLOSE``, the dataset spec's ``#markers=``) sets the
    reasoning markers; without it they are detected (``<think>``, else OpenThoughts or Open WebUI
    markers when the response holds them). ``no_reasoning`` makes the whole response the answer.
    ``locator`` (a judge of C's end, :mod:`keysent.traces.locate_model`) locates C and K instead of
    the rules (the rules where it gives no answer); ``flags["locator"]`` then records ``"model"`` or
    ``"model-fallback"``, as :func:`keysent.traces.trace.build_trace` does.
    """
    from keysent.traces.locate import locate_key_sentence
    from keysent.traces.reasoning import THINK, ReasoningMarkers, SplitResponse, detect_markers, split_response
    from keysent.traces.trace import _CJK, Span, Trace

    if no_reasoning:
        a, b = len(response) - len(response.lstrip()), len(response.rstrip())
        split = SplitResponse(reasoning=None, answer=response.strip(), closed=True, has_markers=False,
                              answer_chars=(a, b) if b > a else None)
    else:
        marks = ReasoningMarkers.parse(markers) if markers else detect_markers(response, THINK)
        split = split_response(response, marks)
    spans: dict[str, Span] = {}
    flags: dict[str, Any] = {}
    if not no_reasoning and not split.has_markers:
        flags["no_markers"] = True  # no reasoning marker: the whole response is judged as the answer
    none = (0, 0)  # text-only: no token spans
    if split.answer_chars:
        spans["answer"] = Span(split.answer_chars, none)
    if split.reasoning is not None and split.reasoning_chars is not None:
        ra, rb = split.reasoning_chars
        spans["reasoning"] = Span((ra, rb), none)
        loc = locate_key_sentence(split.reasoning, query, method="rules" if locator is None else "model", judge=locator)
        if locator is not None:
            flags["locator"] = loc.method
        if _CJK.search(split.reasoning[: (loc.key_sentence or loc.understanding or (0, 400))[1]]):
            flags["cjk"] = True  # sentences cut at 。？！, but C's restatement test reads English words
        if loc.understanding is not None:
            spans["C"] = Span((ra + loc.understanding[0], ra + loc.understanding[1]), none)
        if loc.key_sentence is not None:
            spans["K"] = Span((ra + loc.key_sentence[0], ra + loc.key_sentence[1]), none)
    return Trace(query=query, prompt="", generated=response, reasoning=split.reasoning,
                 answer=split.answer, token_ids=[], spans=spans, complete=split.closed,
                 has_think=split.has_markers, labels=dict(labels), id=id, flags=flags)


def recomposed(record: Any) -> str:
    """The record's response; reasoning saved apart (vLLM's ``reasoning_content``) is put back in
    ``<think>`` markers before its answer (:func:`keysent.traces.reasoning.join_response`, the
    layout :func:`keysent.traces.trace.compose_response` gives a model's own format)."""
    from keysent.traces.reasoning import THINK, join_response

    if record.reasoning is None:
        return record.response
    return join_response(record.reasoning, record.response, THINK)


def load_input(cfg: JudgeConfig, locator: Any = None, report: list | None = None
               ) -> tuple[list[Any], Path | None, str]:
    """``(traces, default_out, kind)`` for a run directory, a trace file or a dataset spec.

    ``locator`` (a judge of C's end, ``None`` for the rules) locates a dataset's responses, asked
    once for all of them when it batches (:func:`keysent.traces.locate_model.relocate`).
    ``report`` (a list) receives a dataset's per-source counts, rows dropped by ``#missing=drop``
    among them (:func:`keysent.querysets.load_queries`).

    Raises:
        ConfigError: a ``locator`` with saved traces, whose spans are not located again.
    """
    from keysent.traces.generate import load_traces

    path = Path(cfg.input)
    saved = None
    if path.is_dir() and (path / "traces.jsonl").is_file():
        saved = load_traces(path / "traces.jsonl"), path / "judged", "run directory"
    elif _is_trace_file(path):
        saved = load_traces(path), path.with_name(path.name + ".judged"), "trace file"
    if saved is not None:
        if locator is not None:
            raise ConfigError(f"--locator {cfg.locator!r} locates the responses of a dataset; the traces of a "
                              f"{saved[2]} keep the C and K they were saved with (make them again with --locator)")
        traces = saved[0]
        return traces[: cfg.limit] if cfg.limit else traces, saved[1], saved[2]
    from keysent.querysets import DatasetSpec, load_queries

    try:
        records = load_queries([cfg.input], query_column=cfg.query_column, response_column=cfg.response_column,
                               label_column=cfg.label_column, limit=cfg.limit, report=report)
    except DatasetError as exc:
        text, sep, _ = str(exc).partition("; pass #missing=drop")
        if not sep:
            raise
        # this command loads no model: #missing=generate and --missing-responses are not its fixes
        raise DatasetError(f"{text}; pass #missing=drop to leave them out (python -m keysent.judge loads no "
                           "model to generate them)") from None
    missing = sum(r.response is None and r.reasoning is None for r in records)
    if missing:
        raise DatasetError(
            f"{missing} of {len(records)} rows of {cfg.input!r} have no response to judge, and python -m "
            "keysent.judge loads no model to generate them (#missing=generate); pass #missing=drop to leave "
            "them out, or name the response column (#response=COL or --response-column)"
        )

    def build(i: int, judge: Any = None) -> Any:
        r = records[i]
        return text_trace(r.query, recomposed(r), r.labels, r.id, markers=None if r.reasoning is not None else r.markers,
                          no_reasoning=r.no_reasoning and r.reasoning is None, locator=judge)

    traces = [build(i) for i in range(len(records))]
    if locator is not None:
        from keysent.traces.locate_model import relocate

        traces = relocate(traces, locator, build)
    source = Path(DatasetSpec.parse(cfg.input).source)
    default = source.with_name(source.name + ".judged") if source.exists() else None
    return traces, default, "dataset"


def input_path(spec: str) -> Path:
    """The local path the input names: a run directory or trace file as given, else a dataset
    spec's source (``harmful=FILE#...`` gives ``FILE``)."""
    path = Path(spec)
    if path.exists():
        return path
    from keysent.querysets import DatasetSpec

    try:
        return Path(DatasetSpec.parse(spec).source)
    except DatasetError:  # a malformed spec is reported when the input is read
        return path


def unclosed_warning(traces: list[Any], kind: str) -> str | None:
    """The warning for responses whose reasoning never closes (no answer to judge), or ``None``."""
    n = sum(t.reasoning is not None and not t.complete and not (t.answer or "").strip() for t in traces)
    if not n:
        return None
    fix = (" If they are plain answers, pass #no_reasoning in the dataset spec; if the closing marker is "
           "another one, pass #markers=NAME (docs/datasets.md)") if kind == "dataset" else ""
    return (f"{n} of {len(traces)} responses open a reasoning block that never closes: read as reasoning cut off "
            f"before its end, with no answer to judge (their refusal and answer_safe are missing).{fix}")


def verdict_rows(traces: list[Any]) -> list[dict[str, Any]]:
    from keysent.judge.verdict import to_json

    return [
        {
            "id": t.id,
            "group": t.labels.get("group"),
            "harmful": t.harmful,
            "understanding": t.understanding,
            "key_sentence": t.key_sentence,
            "k_aha": to_json(t.k_aha),
            "refusal": to_json(t.refusal),
            "safe": to_json(t.judgements.get("safe")),
            "answer_safe": to_json(t.answer_safe),
            "answer_safe_source": t.answer_safe_source,
        }
        for t in traces
    ]


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m keysent.judge", description=__doc__.split("\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="a run directory, a traces.jsonl, or a dataset spec with responses")
    p.add_argument("--refusal-judge", default="rules", help="rules | api:MODEL[#...] | hf:PATH[#...]")
    p.add_argument("--aha-judge", default="rules", help="rules | api:MODEL[#...] | hf:PATH[#...]")
    p.add_argument("--safety-judge", default=None,
                   help="api:MODEL[#prompt=harm-1to5] | hf:PATH[#prompt=llama-guard]; default: none "
                        "(answer_safe from data labels, else the refusal fallback)")
    add_locator_option(p)
    p.add_argument("--query-column")
    p.add_argument("--response-column")
    p.add_argument("--label-column")
    p.add_argument("--limit", type=int)
    p.add_argument("--out", help="output directory (default: beside the input)")
    p.add_argument("--force", action="store_true", help="replace an existing output directory")
    p.add_argument("--quiet", action="store_true", help="no status lines")
    return p


@cli_main("judge")
def main(argv: list[str] | None = None) -> int:
    import warnings

    from keysent.atomic import atomic_directory, write_json, write_jsonl
    from keysent.judge.apply import judge_traces, judges_summary, verdict_counts, warn_not_judged
    from keysent.judge.spec import judges_from_args, locator_from_args
    from keysent.traces.aha import aha_for
    from keysent.traces.locate_model import fallback_note, located_by

    args = make_parser().parse_args(argv)
    cfg = JudgeConfig(input=args.input, refusal_judge=args.refusal_judge, aha_judge=args.aha_judge,
                      safety_judge=args.safety_judge, locator=args.locator, out=args.out, query_column=args.query_column,
                      response_column=args.response_column, label_column=args.label_column,
                      limit=args.limit, force=args.force)
    judges = judges_from_args(args)
    locator = locator_from_args(args)  # a bad spec fails before the input is read
    source = input_path(cfg.input)
    if cfg.out:  # an explicit --out is checked before the input is read
        check_out(Path(cfg.out), cfg.force, source)
    report: list = []
    traces, default_out, kind = load_input(cfg, locator, report)
    out = Path(cfg.out) if cfg.out else default_out
    if out is None:
        raise ConfigError(f"{cfg.input!r} is not a local file: pass --out DIR")
    if not cfg.out:  # the default beside the input, known once the input is read
        check_out(out, cfg.force, source)
    if not args.quiet:
        print(f"judging {len(traces)} traces from {kind} {cfg.input}", file=sys.stderr)
    unclosed = unclosed_warning(traces, kind)
    if unclosed:
        warn(unclosed)
    no_markers = sum(bool(t.flags.get("no_markers")) for t in traces)
    plain = (f"{no_markers} of {len(traces)} responses have no reasoning markers (<think> ... </think>): each is "
             "judged whole as the answer, with no C or K. If they are plain answers, pass #no_reasoning to say "
             "so; if their reasoning has other markers, pass #markers=NAME (docs/datasets.md)") if no_markers else None
    if plain:
        warn(plain)
    cjk = sum(bool(t.flags.get("cjk")) for t in traces)
    cjk_note = cjk_warning(cjk) if cjk else None
    if cjk_note:
        warn(cjk_note)
    located = located_by(traces)
    fallback = fallback_note(located)
    if fallback:
        fallback = f"{fallback} (judge_summary.json's located_by counts both)"
        warn(fallback)
    dups = duplicate_traces(traces)
    duplicated = duplicate_warning(dups, len(traces)) if dups else None
    if duplicated:
        warn(duplicated)
    judge_traces(traces, judges)
    counts = verdict_counts(traces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warning = warn_not_judged(counts, "judge")
    if warning and not args.quiet:
        print(f"warning: {warning}", file=sys.stderr)
    aha = aha_for(traces)
    summary = {
        "input": cfg.input,
        "kind": kind,
        "n_traces": len(traces),
        "config": cfg.to_dict(),
        "judges": judges_summary(traces),
        "judge_names": judges.names(),
        "verdicts": counts,
        "aha": aha.to_dict(),
        "warnings": [w for w in (unclosed, plain, cjk_note, fallback, duplicated, warning) if w],
        "data": {"datasets": report, "traces": {"no_reasoning_markers": no_markers, "cjk_reasoning": cjk}},
    }
    if located:
        summary["located_by"] = located
    with atomic_directory(out, force=cfg.force) as tmp:
        write_jsonl(tmp / "verdicts.jsonl", verdict_rows(traces))
        write_json(tmp / "judge_summary.json", summary)
    for col, c in counts.items():
        print(f"{col:<12} yes {c['yes']:>6}  no {c['no']:>6}  not judged {c['not_judged']:>5}  missing {c['missing']:>5}"
              f"   ({summary['judges'][col] or '-'})")
    print(aha.format())
    print(f"verdicts: {out / 'verdicts.jsonl'}")
    return 0


if __name__ == "__main__":
    from keysent.cli.pipes import run_main

    run_main(main)
