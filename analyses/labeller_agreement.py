"""How well two labellers agree on C's end, and the C/K locator against each (issue 13).

Usage (from the repository root)::

    .venv/bin/python analyses/labeller_agreement.py           # the table by model family
    .venv/bin/python analyses/labeller_agreement.py --list    # and every trace they disagree on
    .venv/bin/python analyses/labeller_agreement.py --sets 40-43  # only those held-out sets
    .venv/bin/python analyses/labeller_agreement.py --method learned  # the learned locator instead
    .venv/bin/python analyses/labeller_agreement.py --labels convention  # both labels under the convention

The blind held-out sets (``tests/data/locator_heldout36.py`` ... ``43.py``) were each written and
labelled by one labeller. Their traces, without the labels, were labelled again by a second
labeller who saw only the definitions of C and K and the traces (query and reasoning), never the
first labels, the rules or the locator: ``tests/data/locator_second_labels.jsonl`` (one JSON line a
trace: ``id``, ``k``, ``labeller``, and ``unsure`` with the reason where the labeller was unsure).

The table gives, per model family, the share of traces where the two labellers chose the same K
(character for character, surrounding white space ignored), and the share where the rule-based
locator's K (``locate_key_sentence(reasoning, query, method=METHOD)``, ``--method rules`` by
default or ``learned``) equals the first labeller's, the second's,
and either. Two labellers' agreement is the ceiling a locator can be expected to reach against
one of them: a trace they read differently is one where C's end is a matter of reading.

A second-label line naming an unknown id, or an id labelled twice, or a bad ``--sets`` (``A-B`` or
``A,B,...``; no second labels in them) is an error (exit 2, one line).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from keysent.errors import KeysentError

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "tests" / "data" / "locator_second_labels.jsonl"
GROUPS = {"R1 families": ("r1", "r1-qwen", "r1-llama"), "others": ("qwen3", "qwq", "kimi")}


def second_labels(path: Path | None = None) -> dict[str, dict]:
    """The second labels by trace id (``{"id", "k", "labeller", "unsure"?}``); ValueError on a
    repeated id."""
    path = SECOND if path is None else path
    out: dict[str, dict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["id"] in out:
            raise ValueError(f"{path}:{number}: id {row['id']!r} labelled twice")
        out[row["id"]] = row
    return out


def rows(labels: dict[str, dict], method: str = "rules", *, convention: bool = False) -> list[dict]:
    """One row a trace with a second label: id, family, both K's and the located K; with
    ``convention``, both labels read under the convention for a content-free plan after C
    (``analyses/locator_convention.py``)."""
    sys.path.insert(0, str(ROOT / "analyses"))
    from locator_agreement import heldout_sets

    from keysent.traces.locate import locate_key_sentence

    cases = {c["id"]: c for cases in heldout_sets().values() for c in cases}
    unknown = sorted(set(labels) - set(cases))
    if unknown:
        raise ValueError(f"{SECOND.name}: {len(unknown)} ids not in any held-out set (first: {unknown[0]!r})")
    out = []
    for trace_id, second in labels.items():
        case = cases[trace_id]
        located = locate_key_sentence(case["reasoning"], case["query"], method=method).key_sentence_text or ""
        first_k, second_k = case["k"], second["k"]
        if convention:
            from locator_convention import convention_k

            first_k, second_k = convention_k(case), convention_k({**case, "k": second_k.strip()})
        out.append({"id": trace_id, "family": case["family"], "first": first_k.strip(),
                    "second": second_k.strip(), "located": located.strip(),
                    "unsure": second.get("unsure")})
    return out


def table(measured: list[dict]) -> str:
    """The agreement table (markdown) by family and by group."""
    by = collections.defaultdict(list)
    for r in measured:
        by[r["family"]].append(r)
        by[next(g for g, fams in GROUPS.items() if r["family"] in fams)].append(r)

    def share(items: list[dict], test) -> str:
        k = sum(1 for r in items if test(r))
        return f"{k}/{len(items)} ({k / len(items):.2f})"

    lines = ["| family | traces | labellers agree | locator = first | locator = second | locator = either |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in (*GROUPS["R1 families"], *GROUPS["others"], *GROUPS):
        items = by.get(name)
        if not items:
            continue
        bold = "**" if name in GROUPS else ""
        lines.append(f"| {bold}{name}{bold} | {len(items)} | {share(items, lambda r: r['first'] == r['second'])} | "
                     f"{share(items, lambda r: r['located'] == r['first'])} | "
                     f"{share(items, lambda r: r['located'] == r['second'])} | "
                     f"{share(items, lambda r: r['located'] in (r['first'], r['second']))} |")
    return "\n".join(lines)


def set_numbers(spec: str) -> set[int]:
    """The held-out set numbers of ``--sets`` ("36-39" or "36,38"); ValueError otherwise."""
    try:
        if "-" in spec:
            lo, hi = (int(x) for x in spec.split("-", 1))
            numbers = set(range(lo, hi + 1))
        else:
            numbers = {int(x) for x in spec.split(",")}
    except ValueError:
        raise ValueError(f"--sets {spec!r}: give a range like 36-39 or numbers like 36,38") from None
    if not numbers:
        raise ValueError(f"--sets {spec!r}: an empty range; give the lower number first, like 36-39")
    return numbers


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--list", action="store_true", help="also print every trace the labellers disagree on")
    p.add_argument("--method", default="rules", choices=("rules", "learned"),
                   help="the locator compared with the labellers (default: rules)")
    p.add_argument("--labels", default="as-written", choices=("as-written", "convention"),
                   help="both labels as written, or under the convention for a content-free plan after C "
                        "(analyses/locator_convention.py)")
    p.add_argument("--sets", default=None, metavar="A-B", help="only these held-out sets (default: every set with second labels)")
    args = p.parse_args(argv)
    try:
        labels = second_labels()
        if args.sets is not None:
            wanted = set_numbers(args.sets)
            labels = {i: r for i, r in labels.items() if int(i[1:].split("-", 1)[0]) in wanted}
            if not labels:
                raise ValueError(f"--sets {args.sets}: no second labels in those sets")
        measured = rows(labels, args.method, convention=args.labels == "convention")
    except (ValueError, KeyError, json.JSONDecodeError, KeysentError) as exc:
        print(f"analyses/labeller_agreement.py: error: {exc}", file=sys.stderr)
        return 2
    print(table(measured))
    if args.list:
        for r in measured:
            if r["first"] != r["second"]:
                print(f"\n{r['id']}: first  {r['first']!r}\n{' ' * len(r['id'])}  second {r['second']!r}"
                      f"\n{' ' * len(r['id'])}  located {r['located']!r}"
                      + (f"\n{' ' * len(r['id'])}  (second unsure: {r['unsure']})" if r["unsure"] else ""))
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
