"""Query sets: labelled queries (optionally with responses) from files, the hub, or the organism.

A *dataset spec* is ``[ROLE=]SOURCE[#OPTION,OPTION,...]``. ``ROLE`` (``harmful=``, ``benign=``,
``jailbreak=``) labels every row; ``SOURCE`` is a JSONL/JSON/CSV/Parquet file, a saved
``datasets`` directory, a keysent run directory, a hub dataset, or ``builtin[:N]``; the options
after ``#`` apply to that dataset only and override the global ``--query-column`` etc. The role
prefix comes before the source, the options after ``#``, so ``harmful=`` before the source is a
role and ``harmful=COL`` after ``#`` a label column: the two never meet. A ``#`` that belongs
to a file name is written ``\\#`` (or the file passed with ``--dataset-file``).

=============================== ==================================================================
option                          meaning
=============================== ==================================================================
``query=PATH``                  the user message (a column, or a dotted path such as ``request.text``)
``response=PATH``               the whole response (``choices.0.message.content``); a chat
                                completion object (``choices``...) is read by itself
``reasoning=PATH,answer=PATH``  reasoning and answer saved apart (vLLM's reasoning parser)
``messages=PATH``               a chat conversation (``[{role, content}, ...]``); the last
                                assistant turn is the response, the last user turn the query
``harmful=COL`` / ``safe=COL``  the label column and its polarity (``label=COL`` means harmful
                                and is refused for a name that says safe, e.g. ``is_safe``)
``answer_safe=COL``             a data label: the answer is safe (goes to ``labels["answer_safe"]``)
``answer_safe:=true``           a constant for the whole file (``:=`` cannot be a column name)
``split=NAME``                  a hub dataset's or saved ``DatasetDict``'s split
``rows=KEY``                    the list of rows inside a JSON object
``markers=NAME``                reasoning markers: ``think``, ``openthoughts``, ``openwebui`` or
                                ``OPEN...CLOSE``
``no_reasoning``                the responses carry no reasoning (e.g. GSM8K answers)
``missing=error|drop|generate`` rows without a response: error (default), leave out, or generate
``comments=#``                  CSV: skip lines whose first cell starts with ``#`` (PyRIT headers)
=============================== ==================================================================

Every supported input shape, with an example spec, is listed in ``docs/datasets.md``.

Example:
    >>> from keysent.querysets import load_queries
    >>> items = load_queries(["harmful=../shared/data/advbench/harmful_behaviors.csv"], limit=5)
    >>> items[0].labels["harmful"], items[0].labels["group"]
    (True, 'harmful')
    >>> from keysent.querysets import DatasetSpec
    >>> spec = DatasetSpec.parse("harmful=runs/vllm.jsonl#reasoning=choices.0.message.reasoning_content,answer=choices.0.message.content")
    >>> spec.group, spec.source, spec.option("reasoning")
    ('harmful', 'runs/vllm.jsonl', 'choices.0.message.reasoning_content')
    >>> DatasetSpec.parse(r"data/run\\#3.jsonl#no_reasoning").source
    'data/run#3.jsonl'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from keysent.datafiles import completion_parts, conversation_turns, describe_path_failure, get_path, has_path, read_rows
from keysent.errors import DatasetError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel

#: Group prefixes of a dataset spec and the ``harmful`` label they imply.
GROUPS = {"harmful": True, "benign": False, "jailbreak": True}

QUERY_COLUMNS = ("query", "question", "prompt", "goal", "forbidden_prompt", "instruction", "user", "input", "objective")
RESPONSE_COLUMNS = ("response", "generated", "completion", "output", "answer_text")
REASONING_COLUMNS = ("reasoning_content", "reasoning", "thinking")
MESSAGE_COLUMNS = ("messages", "conversations", "conversation")
LABEL_COLUMNS = ("harmful", "label", "is_harmful", "unsafe")

_TRUE = {"1", "1.0", "true", "yes"}
_FALSE = {"0", "0.0", "false", "no"}
#: Label words and whether they mean harmful/unsafe.
_WORDS = {"harmful": True, "unsafe": True, "jailbreak": True, "benign": False, "safe": False, "harmless": False}
#: A label column name that says "safe" (refused as ``label=``/``harmful=``: say ``safe=COL``).
_SAFE_NAME = re.compile(r"(?<!un)safe|benign|refus|harmless|\bok\b", re.I)
#: Special tokens of chat templates: a query holding them is an already rendered prompt.
RENDERED_PROMPT = re.compile(
    r"<｜(?:User|Assistant|begin▁of▁sentence)｜>|<\|im_start\|>|<\|start_header_id\|>|<\|begin_of_text\|>|\[INST\]|<start_of_turn>"
)
MISSING_POLICIES = ("error", "drop", "generate")


@dataclass
class QueryRecord:
    """One query with its labels, and a response when the source has one.

    Attributes:
        query: The user's message (the last user turn).
        labels: ``harmful`` (bool or None), ``group``, ``source``, data labels such as
            ``answer_safe`` (with ``answer_safe_source``), and any ground truth.
        response: Text generated elsewhere (then no generation is needed; the answer when
            ``reasoning`` is set), or None.
        id: Identifier within its source.
        reasoning: Reasoning saved apart from the answer (vLLM's ``reasoning_content``).
        messages: The conversation ending with the query's user turn (system prompt, earlier
            turns), for chat-format data.
        prompt: An already rendered prompt the data held in its query column.
        markers: Reasoning markers of the response (a preset name or ``OPEN...CLOSE``).
        no_reasoning: The response carries no reasoning.
        generated_by: The model that generated the response, when the source says (a keysent
            run directory's traces); ``None`` for responses brought from elsewhere.
    """

    query: str
    labels: dict[str, Any] = field(default_factory=dict)
    response: str | None = None
    id: str | None = None
    reasoning: str | None = None
    messages: list[dict[str, Any]] | None = None
    prompt: str | None = None
    markers: str | None = None
    no_reasoning: bool = False
    generated_by: str | None = None

    def render(self, model: "LoadedModel") -> str:
        """The prompt the model sees for this record.

        Raises:
            DatasetError: an already rendered prompt that is not in the loaded model's chat format.
        """
        if self.prompt is not None:
            return resolve_rendered_prompt(model, self.prompt)[0]
        if self.messages:
            return model.render_messages(self.messages)[0]
        return model.render_prompt(self.query)

    def build_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of :func:`~keysent.traces.trace.build_trace` for this record."""
        from keysent.traces.reasoning import ReasoningMarkers

        kwargs: dict[str, Any] = {"no_reasoning": self.no_reasoning, "generated_by": self.generated_by}
        if self.markers:
            kwargs["markers"] = ReasoningMarkers.parse(self.markers)
        if self.messages:
            kwargs["messages"] = self.messages
        if self.reasoning is not None:
            kwargs.update(generated=None, reasoning=self.reasoning, answer=self.response)  # None: never closed
        return kwargs


def resolve_rendered_prompt(model: "LoadedModel", text: str) -> tuple[str, str]:
    """``(prompt, query)`` for a query column that holds an already rendered prompt.

    Used as the prompt when it is in the loaded model's format (its user prefix, one user turn,
    the generation prompt or its start), never wrapped a second time. A prompt saved without BOS
    or without the template's final ``<think>\n`` is completed to the template's prompt.

    Raises:
        DatasetError: the prompt is in another chat format (another model's template).
    """
    chat = model.chat
    prefix, suffix = chat.user_prefix, chat.user_suffix
    bos = chat.bos_token or ""
    body = text
    if bos and not body.startswith(bos) and prefix.startswith(bos):
        body = bos + body  # saved without BOS: the template writes it
    if body.startswith(prefix):
        # the generation prompt may be saved in part (without the template's trailing <think>\n)
        for k in range(len(suffix), 0, -1):
            tail = suffix[:k]
            if body.endswith(tail) and len(body) - k > len(prefix) and tail.strip():
                query = body[len(prefix) : len(body) - k]
                return prefix + query + suffix, query
    raise DatasetError(
        f"a query holds an already rendered prompt ({text[:60]!r}...) that is not in {model.name}'s chat format "
        f"(which starts {prefix[:40]!r} and ends {suffix[-30:]!r}); give the plain user message instead, or load the model it was rendered for"
    )


_OPTIONS = ("query", "response", "answer", "reasoning", "messages", "label", "harmful", "safe", "answer_safe",
            "split", "rows", "markers", "missing", "comments", "id")
_FLAGS = ("no_reasoning",)
_CONSTANTS = ("answer_safe",)


@dataclass(frozen=True)
class DatasetSpec:
    """A parsed dataset spec: ``source``, an optional ``group`` prefix, per-dataset ``options``.

    Flags (``no_reasoning``) have the value ``"1"``; constants (``answer_safe:=true``) are stored
    as ``("answer_safe:", "true")``.
    """

    source: str
    group: str | None = None
    options: tuple[tuple[str, str], ...] = ()

    def option(self, name: str, default: str | None = None) -> str | None:
        return dict(self.options).get(name, default)

    @classmethod
    def parse(cls, spec: str, *, literal_source: bool = False) -> "DatasetSpec":
        """Parse ``[ROLE=]SOURCE[#OPTIONS]`` (``literal_source``: the whole text is a path).

        Raises:
            DatasetError: an empty spec, an unknown role or option, an option given twice.
        """
        text = str(spec).strip()
        if not text:
            raise DatasetError("empty dataset spec; pass a file, directory, hub name or 'builtin'")
        if literal_source:
            return cls(source=text)
        cut = _unescaped_hash(text)
        options: list[tuple[str, str]] = []
        if cut >= 0:
            text, opts = text[:cut], text[cut + 1 :]
            for item in opts.split(","):
                options.append(_parse_option(item.strip(), spec))
            keys = [k for k, _ in options]
            dup = sorted({k for k in keys if keys.count(k) > 1})
            if dup:
                raise DatasetError(f"option {dup[0]!r} given twice in dataset spec {spec!r}")
        text = text.replace("\\#", "#").strip()
        head, sep, rest = text.partition("=")
        if sep and head in GROUPS:
            return cls(source=rest.strip(), group=head, options=tuple(options))
        if sep and "/" not in head and not Path(text).exists():
            raise DatasetError(
                f"unknown group {head!r} in dataset spec {spec!r}; prefix with one of "
                f"{', '.join(g + '=' for g in GROUPS)} or give no prefix and use --label-column"
            )
        return cls(source=text, group=None, options=tuple(options))


def _unescaped_hash(text: str) -> int:
    i = text.find("#")
    while i > 0 and text[i - 1] == "\\":
        i = text.find("#", i + 1)
    return i


def _parse_option(item: str, spec: str) -> tuple[str, str]:
    usage = ("use #query=COL,response=COL (or reasoning=COL,answer=COL), harmful=COL or safe=COL, answer_safe=COL "
             "or answer_safe:=true, split=NAME, markers=NAME, no_reasoning, missing=drop, comments=#; see docs/datasets.md")
    if item in _FLAGS:
        return item, "1"
    key, sep, value = item.partition("=")
    key, value = key.strip(), value.strip()
    if key.endswith(":") and key[:-1] in _CONSTANTS and sep and value:
        return key, value
    if not sep or key not in _OPTIONS or not value:
        hint = ("; a '#' in a file name starts the options: write it as \\# or pass the file with --dataset-file"
                if (not sep and "." in item) or "#" in item or re.search(r"\.(jsonl|json|csv|parquet)\b", key) else "")
        raise DatasetError(f"bad option {item!r} in dataset spec {spec!r}{hint}; {usage}")
    if key == "missing" and value not in MISSING_POLICIES:
        raise DatasetError(f"missing={value!r} in dataset spec {spec!r}; use one of {', '.join(MISSING_POLICIES)}")
    return key, value


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


def _pick_column(columns: Sequence[str], wanted: str | None, candidates: Sequence[str], what: str, source: str,
                 *, required: bool, rows: list[dict[str, Any]] | None = None) -> str | None:
    if wanted is not None:
        if wanted in columns or (rows and "." in wanted and has_path(rows[0], wanted)):
            return wanted
        where = f" ({describe_path_failure(rows[0], wanted)})" if rows and "." in wanted else ""
        raise DatasetError(f"{source}: no column {wanted!r} for the {what}{where}; the data has columns {list(columns)}")
    lower = {c.lower(): c for c in columns}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    if required:
        raise DatasetError(
            f"{source}: cannot tell which column holds the {what}; the data has columns {list(columns)}. "
            f"Name it with --{what}-column or #{what}=COL."
        )
    return None


def _to_bool(value: Any, source: str, column: str, *, says_safe: bool = False) -> bool:
    """A label value as a bool; words (``safe``, ``harmful``) by their meaning for the column:
    ``says_safe`` for a column whose true value means safe (``safe=``, ``answer_safe=``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _WORDS:
        return _WORDS[text] != says_safe
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise DatasetError(
        f"{source}: label column {column!r} has value {value!r}; expected 1/0, true/false, harmful/benign or unsafe/safe"
    )


def _label_column(spec: DatasetSpec, columns: Sequence[str], label_column: str | None, source: str) -> tuple[str | None, bool]:
    """The label column and whether its true value means harmful."""
    given = [(k, spec.option(k)) for k in ("label", "harmful", "safe") if spec.option(k)]
    if len(given) > 1:
        raise DatasetError(f"{source}: give one label column, not {', '.join(f'{k}={v}' for k, v in given)}")
    if spec.group is not None:
        if given or label_column is not None:
            raise DatasetError(f"{source}: both a group prefix ({spec.group}=) and a label column given; use one")
        return None, True
    if given:
        kind, col = given[0]
    elif label_column is not None:
        kind, col = "label", label_column
    else:
        kind, col = "label", _pick_column(columns, None, LABEL_COLUMNS, "label", source, required=False)
        if col is None:
            return None, True
    if col not in columns:
        raise DatasetError(f"{source}: no column {col!r} for the label; the data has columns {list(columns)}")
    if kind == "safe":
        return col, False
    if kind == "label" and _SAFE_NAME.search(col):
        raise DatasetError(
            f"{source}: label column {col!r} sounds like it marks safe rows, but a label column means harmful; "
            f"write #safe={col} if 1/true means safe, or #harmful={col} if it means harmful"
        )
    return col, True


def _rows_to_records(rows: list[dict[str, Any]], spec: DatasetSpec, *, query_column: str | None, response_column: str | None,
                     label_column: str | None, reasoning_column: str | None = None, missing: str | None = None,
                     no_reasoning: bool = False, markers: str | None = None, report: dict[str, Any] | None = None) -> list[QueryRecord]:
    source = spec.source
    if not rows:
        raise DatasetError(f"{source}: the dataset is empty")
    columns = list(rows[0].keys())
    is_trace = {"query", "generated", "spans"} <= set(columns)
    response_column = spec.option("response", spec.option("answer", response_column))
    if spec.option("response") and spec.option("answer"):
        raise DatasetError(f"{source}: give response=COL (the whole response) or answer=COL (with reasoning=COL), not both")
    reasoning_column = spec.option("reasoning", reasoning_column)
    mcol = spec.option("messages") or (None if spec.option("query", query_column) else
                                       _pick_column(columns, None, MESSAGE_COLUMNS, "messages", source, required=False))
    if mcol is not None:
        _pick_column(columns, mcol, (), "messages", source, required=True, rows=rows)
        qcol = None
    else:
        qcol = _pick_column(columns, spec.option("query", query_column), QUERY_COLUMNS, "query", source, required=True, rows=rows)
    if is_trace and response_column is None:
        rcol: str | None = "generated"
    else:
        rcol = _pick_column(columns, response_column, RESPONSE_COLUMNS, "response", source, required=False, rows=rows)
    if reasoning_column is not None:
        _pick_column(columns, reasoning_column, (), "reasoning", source, required=True, rows=rows)
        if rcol is None:
            raise DatasetError(f"{source}: reasoning={reasoning_column} needs the answer's column too: add answer=COL")
    lcol, true_is_harmful = _label_column(spec, columns, label_column, source)
    acol = spec.option("answer_safe")
    const_safe = spec.option("answer_safe:")
    if acol and const_safe:
        raise DatasetError(f"{source}: answer_safe=COL and answer_safe:=VALUE both given; use one")
    if acol:
        _pick_column(columns, acol, (), "answer_safe", source, required=True, rows=rows)
    const_value = _to_bool(const_safe, source, "answer_safe:=", says_safe=True) if const_safe else None
    missing = spec.option("missing", missing) or "error"
    no_reasoning = bool(spec.option("no_reasoning")) or no_reasoning
    markers = spec.option("markers", markers)
    if markers:
        from keysent.traces.reasoning import ReasoningMarkers

        try:
            ReasoningMarkers.parse(markers)
        except Exception as exc:
            raise DatasetError(f"{source}: {exc}") from exc
    records: list[QueryRecord] = []
    no_response: list[int] = []
    rendered = 0
    for i, row in enumerate(rows):
        messages = None
        response: Any = None
        reasoning: Any = None
        if mcol is not None:
            messages, response = conversation_turns(get_path(row, mcol), source, i)
            query = messages[-1]["content"]
            if len(messages) == 1:
                messages = None  # one user turn: the plain prompt
        else:
            assert qcol is not None
            query = get_path(row, qcol)
        if not isinstance(query, str) or not query.strip():
            raise DatasetError(f"{source}: row {i} (counted from 0) has an empty or non-text {qcol or mcol!r}; "
                               "fill it in or leave the row out")
        if rcol is not None:
            response = get_path(row, rcol)
        if reasoning_column is not None:
            reasoning = get_path(row, reasoning_column)
        parts = completion_parts(response)
        if parts is not None:
            reasoning = parts[0] if reasoning_column is None else reasoning
            response = parts[1]
        if response is not None and not isinstance(response, str):
            raise DatasetError(
                f"{source}: row {i}'s response (row counted from 0; {rcol!r}) is a {type(response).__name__}, not text; name the text "
                f"inside it with a dotted path, e.g. #response={rcol}.choices.0.message.content"
            )
        if reasoning is not None and not isinstance(reasoning, str):
            raise DatasetError(f"{source}: row {i}'s reasoning (row counted from 0; {reasoning_column!r}) is a "
                               f"{type(reasoning).__name__}, not text")
        if (rcol is not None or mcol is not None) and (response is None or not response.strip()) and not reasoning:
            no_response.append(i)
            if missing == "drop":
                continue
            response = None
        labels: dict[str, Any] = dict(row.get("labels") or {}) if is_trace else {}
        if spec.group is not None:
            labels.update(harmful=GROUPS[spec.group], group=spec.group)
        elif lcol is not None:
            value = _to_bool(row.get(lcol), source, lcol, says_safe=not true_is_harmful)
            harmful = value if true_is_harmful else not value
            labels.update(harmful=harmful, group=labels.get("group") or ("harmful" if harmful else "benign"))
        labels.setdefault("harmful", None)
        labels.setdefault("group", None)
        labels["source"] = source
        if acol is not None and get_path(row, acol) is not None:
            labels.update(answer_safe=_to_bool(get_path(row, acol), source, acol, says_safe=True), answer_safe_source=f"data:{source}:{acol}")
        elif const_value is not None:
            labels.update(answer_safe=const_value, answer_safe_source=f"data:{source}")
        prompt = None
        if RENDERED_PROMPT.search(query):
            prompt, rendered = query, rendered + 1
        records.append(QueryRecord(
            query=query, labels=labels, response=response, id=str(row.get("id", i)),
            reasoning=reasoning, messages=messages, prompt=prompt, markers=markers, no_reasoning=no_reasoning,
            generated_by=row.get("generated_by") if is_trace else None,
        ))
    if no_response and missing == "error":
        shown = ", ".join(map(str, no_response[:5])) + (", ..." if len(no_response) > 5 else "")
        raise DatasetError(
            f"{source}: {len(no_response)} of {len(rows)} rows have no response in {rcol or mcol!r} (rows {shown}, counted from 0); "
            "pass #missing=drop to leave them out or #missing=generate to generate them with the loaded model "
            "(or --missing-responses drop|generate)"
        )
    if report is not None:
        report.update(
            source=source, rows=len(rows), used=len(records),
            responses="given" if (rcol or mcol) else "generated",
            missing_responses=len(no_response), missing_policy=missing if no_response else None,
            labelled=sum(r.labels.get("harmful") is not None for r in records),
            rendered_prompts=rendered,
        )
        if spec.group is None and lcol is None:
            report["label"] = None
    return records


def load_dataset_spec(
    spec: str | DatasetSpec,
    *,
    query_column: str | None = None,
    response_column: str | None = None,
    label_column: str | None = None,
    split: str | None = None,
    seed: int = 0,
    reasoning_column: str | None = None,
    missing: str | None = None,
    no_reasoning: bool = False,
    markers: str | None = None,
    report: dict[str, Any] | None = None,
) -> list[QueryRecord]:
    """Load one dataset spec (see the module docs) as :class:`QueryRecord` rows.

    ``report``, when given, is filled with counts: rows read, used, rows without a response and
    what was done with them, labelled rows, rendered prompts found.

    Raises:
        DatasetError: the data cannot be read, lacks a named column, has rows without a response
            (unless ``missing`` says what to do), or labels that cannot be read.
    """
    spec = spec if isinstance(spec, DatasetSpec) else DatasetSpec.parse(spec)
    source = spec.source
    split = spec.option("split", split)
    kwargs = dict(query_column=query_column, response_column=response_column, label_column=label_column,
                  reasoning_column=reasoning_column, missing=missing, no_reasoning=no_reasoning, markers=markers, report=report)
    if source == "builtin" or source.startswith("builtin:"):
        if spec.group is not None:
            raise DatasetError(f"dataset spec '{spec.group}={source}': the built-in set carries its own groups "
                               f"(harmful, jailbreak, benign); drop the {spec.group}= prefix")
        try:
            n = int(source.split(":", 1)[1]) if ":" in source else 80
        except ValueError:
            raise DatasetError(f"bad built-in set {source!r}; use builtin or builtin:N") from None
        out = builtin_queries(n, seed=seed)
        if report is not None:
            report.update(source=source, rows=len(out), used=len(out), responses="generated", labelled=len(out))
        return out
    path = Path(source).expanduser()
    comment = spec.option("comments")
    if path.is_dir():
        if (path / "traces.jsonl").is_file():
            rows = read_rows(path / "traces.jsonl")
        elif (path / "dataset_info.json").is_file() or (path / "state.json").is_file() or (path / "dataset_dict.json").is_file():
            rows = read_rows(path, split=split)
        else:
            raise DatasetError(f"directory {source!r} has no traces.jsonl (a keysent run) or saved dataset")
    elif path.is_file():
        rows = read_rows(path, comment=comment, rows_key=spec.option("rows"))
    elif path.suffix.lower() in (".jsonl", ".json", ".csv", ".parquet") or source.startswith((".", "/", "~")):
        hint = " (a '#' in a file name starts the options: write it as \\# or pass the file with --dataset-file)" if "#" in str(spec) else ""
        raise DatasetError(f"dataset file {source!r} does not exist{hint}")
    else:
        rows = _read_hub(source, split)
    return _rows_to_records(rows, spec, **kwargs)


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
    specs: Iterable[str | DatasetSpec] | None,
    *,
    query_column: str | None = None,
    response_column: str | None = None,
    label_column: str | None = None,
    split: str | None = None,
    limit: int | None = None,
    seed: int = 0,
    reasoning_column: str | None = None,
    missing: str | None = None,
    no_reasoning: bool = False,
    markers: str | None = None,
    report: list[dict[str, Any]] | None = None,
) -> list[QueryRecord]:
    """Load and concatenate dataset specs; ``limit`` caps each spec (a seeded sample, not a prefix).

    The sample depends on ``seed`` and on the records' content only, so the same data at another
    path, or on another machine, gives the same sample. ``report``, when given, receives one
    dict of counts per spec (see :func:`load_dataset_spec`).

    Raises :class:`DatasetError` when the result is empty.
    """
    import hashlib
    import random

    specs = list(specs or ["builtin"])
    if limit is not None and limit < 1:
        raise DatasetError(f"--limit must be at least 1, got {limit}")
    if missing is not None and missing not in MISSING_POLICIES:
        raise DatasetError(f"missing responses: {missing!r}; use one of {', '.join(MISSING_POLICIES)}")
    out: list[QueryRecord] = []
    for spec in specs:
        counts: dict[str, Any] = {}
        records = load_dataset_spec(spec, query_column=query_column, response_column=response_column, label_column=label_column,
                                    split=split, seed=seed, reasoning_column=reasoning_column, missing=missing,
                                    no_reasoning=no_reasoning, markers=markers, report=counts)
        if limit is not None and len(records) > limit:
            # Seeded by the records' content, not the spec's text: the same data sampled from
            # another path (another machine, a copy) gives the same sample.
            digest = hashlib.sha256("\x1e".join(
                f"{r.query}\x1f{r.response or ''}" for r in records).encode("utf-8")).hexdigest()
            idx = sorted(random.Random(f"{seed}:{digest}").sample(range(len(records)), limit))
            records = [records[i] for i in idx]
            counts["sampled"] = limit
        out.extend(records)
        if report is not None:
            report.append(counts)
    if not out:
        raise DatasetError(f"no queries in {specs}")
    return out


__all__ = ["QueryRecord", "DatasetSpec", "load_queries", "load_dataset_spec", "builtin_queries", "resolve_rendered_prompt", "GROUPS"]
