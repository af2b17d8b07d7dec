"""The C/K locator on real DeepSeek-R1 traces labelled blind (issue 13): STAR-1, two labellers.

Usage (from the repository root)::

    .venv/bin/python analyses/star1_blind_agreement.py                  # the table
    .venv/bin/python analyses/star1_blind_agreement.py --method learned # the learned locator
    .venv/bin/python analyses/star1_blind_agreement.py --list           # and every miss
    .venv/bin/python analyses/star1_blind_agreement.py --without-query  # without the questions

``tests/data/star1_blind_labels.jsonl`` holds, for real STAR-1 traces outside the 47 hand-checked
ones (``tests/integration/test_locate_star1.py``), the K chosen by two labellers who saw only the
definitions of C and K and the trace (the query and the start of the ``<think>`` part): one JSON
line a label, ``id`` (STAR-1's id), ``row`` (its 0-based row in ``../shared/data/star1/
STAR-1.json``), ``k``, ``labeller`` and ``unsure`` where the labeller was unsure. The traces of
rows ``i % 6 == 1`` were labelled first (group ``rows 1 mod 6``), those of rows ``i % 6`` in 3
and 5 while round 19 was written (``rows 3, 5 mod 6``), and the other rows after it (``rows 0, 2,
4 mod 6``): with them every STAR-1 trace outside the hand-checked 47 is labelled
(docs/locating.md, "Round 19", "Round 19 measured" and "Round 20").

The table gives, per group, how often the two labellers chose the same K (spacing aside), and how
often the locator's K (``locate_key_sentence(reasoning, question)``, ``--method rules`` (default)
or ``learned``, on the whole ``<think>`` part) equals the first labeller's, the second's, and the
label both chose where they agree. ``--list`` prints each trace where the locator differs from an
agreed label, or the labellers differ. A broken labels file, an unknown id or a missing
``../shared`` is one error line and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_labels import HEADER, agreement_row  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "star1_blind_labels.jsonl"
STAR1 = ROOT.parent / "shared" / "data" / "star1" / "STAR-1.json"


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


GROUPS = ("rows 1 mod 6", "rows 3, 5 mod 6", "rows 0, 2, 4 mod 6")


def group_of(row: int) -> str:
    """The labelling round a STAR-1 row belongs to (:data:`GROUPS`, in the order labelled)."""
    return GROUPS[0] if row % 6 == 1 else GROUPS[1] if row % 2 else GROUPS[2]


def blind_labels(path: Path = LABELS) -> dict[str, list[dict]]:
    """The labels by STAR-1 id, two a trace in the file's order. ValueError naming the file (and
    the line) on a file that is not UTF-8, a line that is not a label (``id`` a string or an
    integer, ``row`` a non-negative integer, ``k`` and ``labeller`` strings), a trace without
    exactly two labels, two labels of one id with different rows, or no label at all."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    out: dict[str, list[dict]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not a label line ({exc})") from None
        bad = (not isinstance(row, dict)
               or not isinstance(row.get("id"), (str, int)) or isinstance(row.get("id"), bool)
               or not isinstance(row.get("row"), int) or isinstance(row.get("row"), bool)
               or row["row"] < 0
               or not isinstance(row.get("k"), str) or not isinstance(row.get("labeller"), str))
        if bad:
            raise ValueError(f"{path}:{number}: not a label line (needs \"id\", an integer \"row\", "
                             f"and strings \"k\" and \"labeller\")")
        out.setdefault(str(row["id"]), []).append(row)
    if not out:
        raise ValueError(f"{path}: no labels")
    for sid, labs in out.items():
        if len(labs) != 2:
            raise ValueError(f"{path}: STAR-1 id {sid} has {len(labs)} labels, expected 2")
        if labs[0]["row"] != labs[1]["row"]:
            raise ValueError(f"{path}: STAR-1 id {sid} has two rows, {labs[0]['row']} and {labs[1]['row']}")
    return out


def measure(method: str = "rules", labels_path: Path = LABELS, star1_path: Path = STAR1, *,
            with_query: bool = True) -> list[dict]:
    """One dict a labelled trace: id, row, group, the two labels, the located K (all spacing
    normalised) and the unsure notes; ``with_query=False`` locates without the question."""
    from keysent.traces.locate import locate_key_sentence

    if not star1_path.is_file():
        raise ValueError(f"{star1_path} not found: put the project's ../shared beside the checkout")
    try:
        star1 = json.loads(star1_path.read_text(encoding="utf-8"))
        by_id = {str(r["id"]): (i, r) for i, r in enumerate(star1)}
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{star1_path}: not the STAR-1 data set ({exc})") from None
    out = []
    for sid, (a, b) in blind_labels(labels_path).items():
        if sid not in by_id:
            raise ValueError(f"{labels_path}: STAR-1 id {sid} is not in {star1_path}")
        index, r = by_id[sid]
        if a["row"] != index:
            raise ValueError(f"{labels_path}: STAR-1 id {sid} is row {index}, not row {a['row']}")
        resp = r["response"]
        reasoning = resp[len("<think>"):resp.index("</think>")] if "</think>" in resp else resp
        loc = locate_key_sentence(reasoning, r["question"] if with_query else None, method=method)
        out.append(dict(id=sid, row=a["row"], group=group_of(a["row"]), first=_norm(a["k"]),
                        second=_norm(b["k"]), located=_norm(loc.key_sentence_text),
                        unsure=[x["unsure"] for x in (a, b) if x.get("unsure")]))
    return out


def table(rows: list[dict]) -> str:
    groups = [g for g in GROUPS if any(r["group"] == g for r in rows)]
    pools = [(g, [r for r in rows if r["group"] == g]) for g in groups] + [("**all**", rows)]
    return "\n".join([HEADER.format(name="traces")]
                     + [agreement_row(name, [{**r, "agreed": r["first"] if r["first"] == r["second"] else None}
                                             for r in rs]) for name, rs in pools])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--method", default="rules", choices=("rules", "learned"),
                   help="the locator compared with the labellers (default: rules)")
    p.add_argument("--list", action="store_true", help="also print every miss and every disagreement")
    p.add_argument("--without-query", action="store_true",
                   help="locate without the question, as for traces brought without their prompts")
    args = p.parse_args(argv)
    try:
        rows = measure(args.method, with_query=not args.without_query)
    except (ValueError, OSError) as exc:
        print(f"analyses/star1_blind_agreement.py: error: {exc}", file=sys.stderr)
        return 2
    print(table(rows))
    if args.list:
        for r in rows:
            if r["first"] == r["second"] == r["located"]:
                continue
            pad = " " * len(r["id"])
            print(f"\n{r['id']} (row {r['row']}): first   {r['first']!r}\n{pad}  second  {r['second']!r}"
                  f"\n{pad}  located {r['located']!r}"
                  + "".join(f"\n{pad}  (unsure: {u})" for u in r["unsure"]))
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    from script_entry import run_main

    run_main(main)
