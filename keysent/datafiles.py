"""Rows from the files people save: JSONL, JSON, CSV, Parquet, saved ``datasets``; nested fields.

Every reader gives a list of row dicts with the same text conventions:

* a UTF-8 byte-order mark (Excel's CSV, some JSON exports) is removed, so the first column is
  ``prompt``, not ``\\ufeffprompt``;
* line endings are normalised once, here, in every string (``\\r\\n`` and ``\\r`` become ``\\n``),
  so a paragraph break in a CRLF file is a paragraph break to the sentence splitter;
* CSV cells keep every line, including lines starting with ``#`` inside quoted multi-line cells;
  comment lines are skipped only on request (``comment="#"``: physical rows whose first cell starts
  with it, e.g. PyRIT's ``# dataset_version=1.2`` header).

A *field path* names a value inside a row: a column name, or a dotted path through nested objects
and lists (``choices.0.message.content``). A column whose name itself contains a dot is found
first.

Example:
    >>> get_path({"choices": [{"message": {"content": "Hi"}}]}, "choices.0.message.content")
    'Hi'
    >>> normalise_newlines({"a": ["x\\r\\ny", "z\\r"]})
    {'a': ['x\\ny', 'z\\n']}
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from keysent.errors import DatasetError

_MISSING = object()


def normalise_newlines(value: Any) -> Any:
    """``value`` with ``\\r\\n`` and lone ``\\r`` replaced by ``\\n`` in every string inside it."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, dict):
        return {normalise_newlines(k): normalise_newlines(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_newlines(v) for v in value]
    return value


def get_path(row: Any, path: str, default: Any = None) -> Any:
    """The value at a field path (see the module docstring), or ``default`` when absent."""
    value = _resolve(row, path)
    return default if value is _MISSING else value


def has_path(row: Any, path: str) -> bool:
    return _resolve(row, path) is not _MISSING


def _resolve(row: Any, path: str) -> Any:
    if isinstance(row, dict) and path in row:
        return row[path]
    cur = row
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.lstrip("-").isdigit() and -len(cur) <= int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return _MISSING
    return cur


def describe_path_failure(row: Any, path: str) -> str:
    """Where a field path stops resolving in ``row`` and what is there instead."""
    cur = row
    done: list[str] = []
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.lstrip("-").isdigit() and -len(cur) <= int(part) < len(cur):
            cur = cur[int(part)]
        else:
            where = ".".join(done) or "the row"
            if isinstance(cur, dict):
                return f"{where} has keys {sorted(cur)[:12]}"
            if isinstance(cur, list):
                return f"{where} is a list of {len(cur)} items"
            return f"{where} is {type(cur).__name__}, not an object"
        done.append(part)
    return "it resolves"  # pragma: no cover


def completion_parts(value: Any) -> tuple[str | None, str | None] | None:
    """``(reasoning, content)`` of a chat completion object (OpenAI/vLLM), or ``None``.

    ``content`` is ``None`` with reasoning when the reasoning never closed (vLLM's reasoning
    parsers return the whole text as reasoning then), unless ``finish_reason`` is ``"stop"``.
    """
    if isinstance(value, dict) and isinstance(value.get("body"), dict):
        value = value["body"]  # an OpenAI batch output line's "response"
    if not (isinstance(value, dict) and isinstance(value.get("choices"), list) and value["choices"]):
        return None
    choice = value["choices"][0]
    if not isinstance(choice, dict):
        return None
    if isinstance(choice.get("message"), dict):
        msg = choice["message"]
        reasoning = msg.get("reasoning_content", msg.get("reasoning"))
        reasoning = reasoning if isinstance(reasoning, str) else None
        content = msg.get("content")
        if content is None and reasoning is not None and choice.get("finish_reason") == "stop":
            content = ""  # the reasoning closed and the answer is empty (vLLM returns None for "")
        return reasoning, content
    return None, choice.get("text")


def conversation_turns(value: Any, source: str, i: int) -> tuple[list[dict[str, Any]], str | None]:
    """``(messages up to the last user turn, the last assistant turn or None)`` of a chat row.

    Accepts ``{role, content}`` messages and ShareGPT's ``{from: human|gpt, value}``.
    """
    if not isinstance(value, list) or not value or not all(isinstance(m, dict) for m in value):
        raise DatasetError(f"{source}: row {i}'s messages are not a list of {{role, content}} objects")
    roles = {"human": "user", "gpt": "assistant"}
    msgs = [{"role": roles.get(m.get("role", m.get("from")), m.get("role", m.get("from"))),
             "content": m.get("content", m.get("value"))} for m in value]
    response = None
    if msgs[-1]["role"] == "assistant":
        response = msgs.pop()["content"]
    if not msgs or msgs[-1]["role"] != "user" or not isinstance(msgs[-1]["content"], str):
        raise DatasetError(f"{source}: row {i}'s conversation does not end with a user turn (roles {[m['role'] for m in value]})")
    return msgs, response


def read_rows(path: Path, *, comment: str | None = None, rows_key: str | None = None, split: str | None = None) -> list[dict[str, Any]]:
    """Rows of a ``.jsonl``/``.json``/``.csv``/``.parquet`` file or a saved ``datasets`` directory.

    Args:
        path: The file or directory.
        comment: CSV only: skip physical rows whose first cell starts with this prefix.
        rows_key: JSON only: the field path of the list of rows inside a JSON object.
        split: A saved ``DatasetDict``'s split.

    Raises:
        DatasetError: unreadable or malformed data, with the file and what to do.
    """
    if path.is_dir():
        return _read_saved_dataset(path, split)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            rows = []
            with open(path, encoding="utf-8-sig") as fh:
                for n, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            rows.append(json.loads(line))
                        except json.JSONDecodeError as exc:
                            raise DatasetError(f"cannot parse {path} line {n}: {exc}") from exc
            if not all(isinstance(r, dict) for r in rows):
                raise DatasetError(f"{path}: every JSONL line must be an object (one row)")
            return normalise_newlines(rows)
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            return normalise_newlines(_json_rows(data, path, rows_key))
        if suffix == ".csv":
            with open(path, encoding="utf-8-sig", newline="") as fh:
                text = fh.read()
            return normalise_newlines(_csv_rows(text, path, comment))
        if suffix == ".parquet":
            import pyarrow
            import pyarrow.parquet as pq

            try:
                return normalise_newlines(pq.read_table(path).to_pylist())
            except (pyarrow.ArrowException, OSError) as exc:
                raise DatasetError(f"cannot read {path} as Parquet: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise DatasetError(_not_utf8(path, exc)) from None
    except (json.JSONDecodeError, csv.Error) as exc:
        raise DatasetError(f"cannot parse {path}: {exc}") from exc
    raise DatasetError(f"unsupported file type {suffix!r} for {path}; use .jsonl, .json, .csv or .parquet")


def _not_utf8(path: Path, exc: UnicodeDecodeError) -> str:
    """The message for a file that is not UTF-8: the line and the byte where it stops being UTF-8,
    and the fix (a decoder reading in chunks reports positions inside a chunk, so the file is
    scanned again)."""
    raw = path.read_bytes()
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        raw[bom:].decode("utf-8")
        at = exc.start
    except UnicodeDecodeError as again:
        at = bom + again.start
    line = raw.count(b"\n", 0, at) + 1
    column = at - (raw.rfind(b"\n", 0, at) + 1) + 1
    return (f"cannot read {path} line {line}: not UTF-8 (byte 0x{raw[at]:02x} at byte {column} of the line); "
            "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 IN > OUT`)")


def _json_rows(data: Any, path: Path, rows_key: str | None) -> list[dict[str, Any]]:
    if rows_key is not None:
        if not has_path(data, rows_key):
            raise DatasetError(f"{path}: no {rows_key!r} in the JSON ({describe_path_failure(data, rows_key)})")
        data = get_path(data, rows_key)
    elif isinstance(data, dict):
        lists = {k: v for k, v in data.items() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)}
        if len(lists) != 1:
            raise DatasetError(
                f"{path}: a JSON object must hold exactly one list of row objects, found "
                f"{len(lists)} ({sorted(lists) or 'none'} among keys {sorted(data)[:12]}); name it with #rows=KEY"
            )
        data = next(iter(lists.values()))
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise DatasetError(f"{path}: expected a JSON list of objects (one per row)")
    return data


def _csv_rows(text: str, path: Path, comment: str | None) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    table = [r for r in reader if r and not (comment and r[0].startswith(comment))]
    if not table:
        return []
    header = table[0]
    if len(set(header)) != len(header):
        raise DatasetError(f"{path}: the CSV header repeats a column name: {header}")
    rows = []
    for n, cells in enumerate(table[1:], 2):
        if len(cells) > len(header):
            hint = (" The header starts with '#': if the file opens with comment lines (PyRIT's "
                    "'# dataset_version=...'), pass #comments=# in the dataset spec"
                    if not comment and header and header[0].lstrip().startswith("#") else "")
            raise DatasetError(
                f"{path}: CSV record {n} has {len(cells)} cells but the header has {len(header)} "
                f"(an unquoted comma or a broken quote); first cells: {cells[:3]}.{hint}"
            )
        rows.append({h: (cells[i] if i < len(cells) else None) for i, h in enumerate(header)})
    return rows


def _read_saved_dataset(path: Path, split: str | None) -> list[dict[str, Any]]:
    import datasets

    try:
        ds = datasets.load_from_disk(str(path))
    except Exception as exc:
        raise DatasetError(f"cannot read the saved dataset in {path}: {exc}") from exc
    if isinstance(ds, datasets.DatasetDict):
        if split is None:
            if len(ds) != 1:
                raise DatasetError(f"{path} is a DatasetDict with splits {list(ds)}; choose one with #split=NAME")
            split = next(iter(ds))
        if split not in ds:
            raise DatasetError(f"{path} has no split {split!r}; its splits are {list(ds)}")
        ds = ds[split]
    return normalise_newlines([dict(r) for r in ds])


__all__ = ["read_rows", "completion_parts", "conversation_turns", "get_path", "has_path", "describe_path_failure", "normalise_newlines"]
