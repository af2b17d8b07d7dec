"""Query sets: labelled queries (optionally with responses) from files, the hub, or the organism.

A *dataset spec* names where queries come from, optionally prefixed by the group they belong to:

=============================================== =============================================
spec                                            meaning
=============================================== =============================================
``builtin`` / ``builtin:80``                    the organism's balanced set (benign, harmful,
                                                jailbreak-wrapped; 80 per group; held-out
                                                wrappers)
``harmful=../shared/data/advbench/harmful_behaviors.csv``  every row is a harmful query
``benign=data/gsm8k.jsonl``                     every row is benign
``jailbreak=wrapped.jsonl``                     harmful queries inside a jailbreak wrapper
``data/mixed.csv``                              labels from ``--label-column``
``runs/probe-2026.../``                         a directory holding ``traces.jsonl``
``JailbreakBench/JBB-Behaviors``                a hub dataset (needs ``--split``; online only)
``harmful=STAR-1.json#query=question,response=response``  per-dataset column mapping
=============================================== =============================================

Column options after ``#`` (``query``, ``response``, ``label``, ``split``) apply to that dataset
only and override the global ``--query-column`` etc.

Files may be JSONL, JSON, CSV or Parquet. The query column is found by name (``query``,
``question``, ``prompt``, ``goal``, ``forbidden_prompt``, ``instruction``, ...) unless
``query_column`` names it; a response column (``response``, ``generated``, ...) makes the rows
ready-made traces that need no generation. A named column that does not exist is an error that
lists the columns the data has.

Example:
    >>> from keysent.querysets import load_queries
    >>> items = load_queries(["harmful=../shared/data/advbench/harmful_behaviors.csv"], limit=5)
    >>> items[0].labels["harmful"], items[0].labels["group"]
    (True, 'harmful')
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from keysent.errors import DatasetError

#: Group prefixes of a dataset spec and the ``harmful`` label they imply.
GROUPS = {"harmful": True, "benign": False, "jailbreak": True}

QUERY_COLUMNS = ("query", "question", "prompt", "goal", "forbidden_prompt", "instruction", "user", "input", "objective")
RESPONSE_COLUMNS = ("response", "generated", "completion", "output", "answer_text")
LABEL_COLUMNS = ("harmful", "label", "is_harmful", "unsafe")

_TRUE = {"1", "true", "yes", "harmful", "unsafe", "jailbreak"}
_FALSE = {"0", "false", "no", "benign", "safe"}


@dataclass
class QueryRecord:
    """One query with its labels, and a response when the source has one.

    Attributes:
        query: The user's message.
        labels: ``harmful`` (bool or None), ``group``, ``source`` and any ground truth.
        response: Text generated elsewhere (then no generation is needed), or None.
        id: Identifier within its source.
    """

    query: str
    labels: dict[str, Any] = field(default_factory=dict)
    response: str | None = None
    id: str | None = None


_SPEC_OPTIONS = ("query", "response", "label", "split")


@dataclass(frozen=True)
class DatasetSpec:
    """A parsed dataset spec: ``source``, an optional ``group`` prefix, per-dataset ``options``."""

    source: str
    group: str | None = None
    options: tuple[tuple[str, str], ...] = ()

    def option(self, name: str, default: str | None) -> str | None:
        return dict(self.options).get(name, default)

    @classmethod
    def parse(cls, spec: str) -> "DatasetSpec":
        text = str(spec).strip()
        if not text:
            raise DatasetError("empty dataset spec; pass a file, directory, hub name or 'builtin'")
        options: list[tuple[str, str]] = []
        if "#" in text:
            text, _, opts = text.partition("#")
            for item in opts.split(","):
                key, eq, value = item.partition("=")
                if not eq or key.strip() not in _SPEC_OPTIONS or not value.strip():
                    raise DatasetError(
                        f"bad option {item!r} in dataset spec {spec!r}; use #query=COL,response=COL,label=COL,split=NAME"
                    )
                options.append((key.strip(), value.strip()))
        head, sep, rest = text.partition("=")
        if sep and head in GROUPS:
            return cls(source=rest.strip(), group=head, options=tuple(options))
        if sep and "/" not in head and not Path(text).exists():
            raise DatasetError(
                f"unknown group {head!r} in dataset spec {spec!r}; prefix with one of "
                f"{', '.join(g + '=' for g in GROUPS)} or give no prefix and use --label-column"
            )
        return cls(source=text, group=None, options=tuple(options))


def _read_rows(path: Path) -> list[dict[str, Any]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with open(path, encoding="utf-8") as fh:
                return [json.loads(line) for line in fh if line.strip()]
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                lists = [v for v in data.values() if isinstance(v, list)]
                if len(lists) != 1:
                    raise DatasetError(f"{path}: a JSON object must hold exactly one list of rows")
                data = lists[0]
            if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
                raise DatasetError(f"{path}: expected a JSON list of objects (one per row)")
            return data
        if suffix == ".csv":
            with open(path, encoding="utf-8", newline="") as fh:
                lines = [line for line in fh if not line.startswith("#")]  # comment headers (PyRIT)
            return [dict(r) for r in csv.DictReader(lines)]
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.read_table(path).to_pylist()
    except (json.JSONDecodeError, UnicodeDecodeError, csv.Error) as exc:
        raise DatasetError(f"cannot parse {path}: {exc}") from exc
    raise DatasetError(f"unsupported file type {suffix!r} for {path}; use .jsonl, .json, .csv or .parquet")


def _read_hub(name: str, split: str | None) -> list[dict[str, Any]]:
    offline = os.environ.get("HF_DATASETS_OFFLINE", "") in ("1", "true") or os.environ.get("HF_HUB_OFFLINE", "") in ("1", "true")
    try:
        import datasets

        ds = datasets.load_dataset(name, split=split or "train")
    except Exception as exc:
        hint = (
            " HF_DATASETS_OFFLINE/HF_HUB_OFFLINE is set and the dataset is not cached: download it where "
            "there is internet and pass the local file, or unset the variables."
            if offline
            else ""
        )
        raise DatasetError(
            f"cannot load {name!r} as a local file/directory or a hub dataset: {exc}.{hint}"
        ) from exc
    return [dict(r) for r in ds]


def _pick_column(columns: Sequence[str], wanted: str | None, candidates: Sequence[str], what: str, source: str, *, required: bool) -> str | None:
    if wanted is not None:
        if wanted not in columns:
            raise DatasetError(f"{source}: no column {wanted!r} for the {what}; the data has columns {list(columns)}")
        return wanted
    lower = {c.lower(): c for c in columns}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    if required:
        raise DatasetError(
            f"{source}: cannot tell which column holds the {what}; the data has columns {list(columns)}. "
            f"Name it with --{what}-column."
        )
    return None


def _to_bool(value: Any, source: str, column: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise DatasetError(
        f"{source}: label column {column!r} has value {value!r}; expected 1/0, true/false, harmful/benign or unsafe/safe"
    )


def _rows_to_records(rows: list[dict[str, Any]], spec: DatasetSpec, *, query_column: str | None, response_column: str | None, label_column: str | None) -> list[QueryRecord]:
    source = spec.source
    if not rows:
        raise DatasetError(f"{source}: the dataset is empty")
    columns = list(rows[0].keys())
    is_trace = {"query", "generated", "spans"} <= set(columns)
    qcol = _pick_column(columns, query_column, QUERY_COLUMNS, "query", source, required=True)
    rcol = "generated" if is_trace and response_column is None else _pick_column(columns, response_column, RESPONSE_COLUMNS, "response", source, required=False)
    lcol = None
    if spec.group is None:
        lcol = _pick_column(columns, label_column, LABEL_COLUMNS, "label", source, required=False)
    elif label_column is not None:
        raise DatasetError(f"{source}: both a group prefix ({spec.group}=) and --label-column given; use one")
    records = []
    for i, row in enumerate(rows):
        query = row.get(qcol)
        if not isinstance(query, str) or not query.strip():
            raise DatasetError(f"{source}: row {i} has an empty or non-text {qcol!r}")
        labels: dict[str, Any] = dict(row.get("labels") or {}) if is_trace else {}
        if spec.group is not None:
            labels.update(harmful=GROUPS[spec.group], group=spec.group)
        elif lcol is not None:
            harmful = _to_bool(row.get(lcol), source, lcol)
            labels.update(harmful=harmful, group=labels.get("group") or ("harmful" if harmful else "benign"))
        labels.setdefault("harmful", None)
        labels.setdefault("group", None)
        labels["source"] = source
        response = row.get(rcol) if rcol else None
        records.append(QueryRecord(query=query, labels=labels, response=response if isinstance(response, str) else None, id=str(row.get("id", i))))
    return records


def load_dataset_spec(
    spec: str | DatasetSpec,
    *,
    query_column: str | None = None,
    response_column: str | None = None,
    label_column: str | None = None,
    split: str | None = None,
    seed: int = 0,
) -> list[QueryRecord]:
    """Load one dataset spec (see the module docs) as :class:`QueryRecord` rows."""
    spec = spec if isinstance(spec, DatasetSpec) else DatasetSpec.parse(spec)
    source = spec.source
    query_column = spec.option("query", query_column)
    response_column = spec.option("response", response_column)
    label_column = spec.option("label", label_column)
    split = spec.option("split", split)
    if source == "builtin" or source.startswith("builtin:"):
        return builtin_queries(int(source.split(":", 1)[1]) if ":" in source else 80, seed=seed)
    path = Path(source).expanduser()
    if path.is_dir():
        if (path / "traces.jsonl").is_file():
            path = path / "traces.jsonl"
        elif (path / "dataset_info.json").is_file() or (path / "state.json").is_file():
            import datasets

            rows = [dict(r) for r in datasets.load_from_disk(str(path))]
            return _rows_to_records(rows, spec, query_column=query_column, response_column=response_column, label_column=label_column)
        else:
            raise DatasetError(f"directory {source!r} has no traces.jsonl (a keysent run) or saved dataset")
    if path.is_file():
        rows = _read_rows(path)
    elif path.suffix.lower() in (".jsonl", ".json", ".csv", ".parquet") or source.startswith((".", "/", "~")):
        raise DatasetError(f"dataset file {source!r} does not exist")
    else:
        rows = _read_hub(source, split)
    return _rows_to_records(rows, spec, query_column=query_column, response_column=response_column, label_column=label_column)


def builtin_queries(n_per_group: int = 80, *, seed: int = 0) -> list[QueryRecord]:
    """The organism's balanced query set: benign, harmful, jailbreak (held-out wrappers)."""
    from keysent.organism import sample_queries

    items = sample_queries(n_per_group, seed=seed, wrappers="heldout")
    return [
        QueryRecord(
            query=q.query,
            labels={
                "harmful": q.harmful,
                "group": q.group,
                "wrapper": q.wrapper,
                "category": q.category,
                "gt_k_safe": q.k_safe,
                "gt_answer_safe": q.answer_safe,
                "source": "builtin",
            },
            id=f"builtin-{i}",
        )
        for i, q in enumerate(items)
    ]


def load_queries(
    specs: Iterable[str] | None,
    *,
    query_column: str | None = None,
    response_column: str | None = None,
    label_column: str | None = None,
    split: str | None = None,
    limit: int | None = None,
    seed: int = 0,
) -> list[QueryRecord]:
    """Load and concatenate dataset specs; ``limit`` caps each spec (a seeded sample, not a prefix).

    The sample depends on ``seed`` and on the records' content only, so the same data at another
    path, or on another machine, gives the same sample.

    Raises :class:`DatasetError` when the result is empty.
    """
    import hashlib
    import random

    specs = list(specs or ["builtin"])
    if limit is not None and limit < 1:
        raise DatasetError(f"--limit must be at least 1, got {limit}")
    out: list[QueryRecord] = []
    for spec in specs:
        records = load_dataset_spec(spec, query_column=query_column, response_column=response_column, label_column=label_column, split=split, seed=seed)
        if limit is not None and len(records) > limit:
            # Seeded by the records' content, not the spec's text: the same data sampled from
            # another path (another machine, a copy) gives the same sample.
            digest = hashlib.sha256("\x1e".join(
                f"{r.query}\x1f{r.response or ''}" for r in records).encode("utf-8")).hexdigest()
            idx = sorted(random.Random(f"{seed}:{digest}").sample(range(len(records)), limit))
            records = [records[i] for i in idx]
        out.extend(records)
    if not out:
        raise DatasetError(f"no queries in {specs}")
    return out


__all__ = ["QueryRecord", "DatasetSpec", "load_queries", "load_dataset_spec", "builtin_queries", "GROUPS"]
