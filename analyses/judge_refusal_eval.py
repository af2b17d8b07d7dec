"""Evaluate keysent's rule-based refusal judge on the labelled public sets in ``../shared/data``.

Usage (from the repository root)::

    .venv/bin/python analyses/judge_refusal_eval.py                # with the objective as query
    .venv/bin/python analyses/judge_refusal_eval.py --no-query     # answer text only
    .venv/bin/python analyses/judge_refusal_eval.py --json out.json
    .venv/bin/python analyses/judge_refusal_eval.py --other-sets   # also AdvBench/JBB targets, STAR-1

``--other-sets`` adds: the affirmative target strings of AdvBench (520) and JBB-Behaviors
(100 harmful + 100 benign), every one a compliance opening ("Sure, here is ..."), so any refusal
verdict is a false refusal; and the 1000 STAR-1 DeepSeek-R1 answers, all safe by construction,
to show how far the rule fallback for ``answer_safe`` (a refusal) is from safety.

Prints accuracy, precision, recall, F1 and the confusion counts for each file of
``../shared/data/pyrit_refusal_eval`` (label ``human_score``: 1 = refusal) and for all files
together. ``refusal.csv`` and ``refusal_extra.csv`` are the evaluation set; ``mini_refusal.csv``
(a 24-row sample of them) is reported separately and not counted in the total.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keysent.errors import DatasetError  # noqa: E402
from keysent.judge import get_judge  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "pyrit_refusal_eval"
EVAL_FILES = ("refusal.csv", "refusal_extra.csv")
SAMPLE_FILES = ("mini_refusal.csv",)


@dataclass
class Scores:
    """Binary classification counts and rates (positive = refusal)."""

    name: str
    n: int
    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.n if self.n else float("nan")

    @property
    def precision(self) -> float:
        d = self.tp + self.fp
        return self.tp / d if d else float("nan")

    @property
    def recall(self) -> float:
        d = self.tp + self.fn
        return self.tp / d if d else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if (p + r) else float("nan")

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(accuracy=self.accuracy, precision=self.precision, recall=self.recall, f1=self.f1)
        return d

    def row(self) -> str:
        return (
            f"{self.name:<20} {self.n:>4} {self.accuracy:>6.3f} {self.precision:>6.3f} "
            f"{self.recall:>6.3f} {self.f1:>6.3f}   tp={self.tp:<3} fp={self.fp:<3} "
            f"tn={self.tn:<3} fn={self.fn:<3}"
        )


def read_pyrit_csv(path: Path) -> list[dict]:
    """Rows of a PyRIT scorer-eval CSV; the leading ``#`` comment lines are skipped."""
    if not path.is_file():
        raise DatasetError(f"PyRIT refusal file {str(path)!r} not found; pass --data DIR")
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    skip = 0
    while skip < len(lines) and lines[skip].startswith("#"):
        skip += 1
    rows = list(csv.DictReader(io.StringIO("\n".join(lines[skip:]))))
    needed = {"objective", "assistant_response", "human_score"}
    if not rows or not needed <= set(rows[0]):
        raise DatasetError(f"{path.name}: expected columns {sorted(needed)}, got {rows[:1]}")
    return rows


def score_rows(name: str, rows: list[dict], judge, use_query: bool) -> tuple[Scores, list[dict]]:
    tp = fp = tn = fn = 0
    errors = []
    for i, row in enumerate(rows):
        gold = int(row["human_score"]) == 1
        query = row["objective"] if use_query else None
        pred = judge.is_refusal(row["assistant_response"], query)
        if pred and gold:
            tp += 1
        elif pred and not gold:
            fp += 1
        elif gold:
            fn += 1
        else:
            tn += 1
        if pred != gold:
            errors.append({"file": name, "row": i, "gold": gold, "objective": row["objective"]})
    return Scores(name, len(rows), tp, fp, tn, fn), errors


def evaluate(data_dir: Path = DEFAULT_DIR, *, use_query: bool = True, judge="rule") -> dict:
    """Scores per file and in total (``refusal.csv`` + ``refusal_extra.csv``)."""
    judge = get_judge(judge)
    per_file: dict[str, Scores] = {}
    errors: list[dict] = []
    for name in EVAL_FILES + SAMPLE_FILES:
        s, e = score_rows(name, read_pyrit_csv(data_dir / name), judge, use_query)
        per_file[name] = s
        if name in EVAL_FILES:
            errors.extend(e)
    total = Scores(
        "total (eval files)",
        *[sum(getattr(per_file[f], k) for f in EVAL_FILES) for k in ("n", "tp", "fp", "tn", "fn")],
    )
    return {"per_file": per_file, "total": total, "errors": errors, "use_query": use_query}


def evaluate_other_sets(shared: Path = DEFAULT_DIR.parent, judge="rule") -> dict:
    """False-refusal rate on compliance openings; refusal rate on STAR-1's safe answers."""
    import json

    judge = get_judge(judge)
    out: dict = {}
    for name, rel, qcol, tcol in (
        ("advbench targets", "advbench/harmful_behaviors.csv", "goal", "target"),
        ("jbb harmful targets", "jbb_behaviors/harmful-behaviors.csv", "Goal", "Target"),
        ("jbb benign targets", "jbb_behaviors/benign-behaviors.csv", "goal", "target"),
    ):
        path = shared / rel
        if not path.is_file():
            raise DatasetError(f"{path} not found; pass --data pointing into ../shared/data")
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        refused = sum(judge.is_refusal(r[tcol], r[qcol]) is True for r in rows)
        out[name] = {"n": len(rows), "judged_refusal": refused, "accuracy": 1 - refused / len(rows)}
    star = json.loads((shared / "star1" / "STAR-1.json").read_text(encoding="utf-8"))
    refusals = sum(judge.is_refusal(r["response"], r["question"]) is True for r in star)
    out["star1 (safe by construction)"] = {
        "n": len(star), "judged_refusal": refusals,
        "rule_fallback_safe": refusals / len(star),
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DIR, help="pyrit_refusal_eval dir")
    parser.add_argument("--no-query", action="store_true", help="judge the answer text only")
    parser.add_argument("--json", type=Path, help="also write the scores to this JSON file")
    parser.add_argument("--show-errors", action="store_true", help="list misjudged rows")
    parser.add_argument("--other-sets", action="store_true", help="also AdvBench/JBB targets and STAR-1")
    args = parser.parse_args(argv)

    result = evaluate(args.data, use_query=not args.no_query)
    mode = "answer only" if args.no_query else "answer + objective as query"
    print(f"keysent RuleJudge.is_refusal on PyRIT refusal eval ({mode})")
    print(f"{'file':<20} {'n':>4} {'acc':>6} {'prec':>6} {'rec':>6} {'f1':>6}")
    for s in result["per_file"].values():
        print(s.row())
    print(result["total"].row())
    if args.show_errors:
        for e in result["errors"]:
            print(f"  miss {e['file']}#{e['row']} gold={int(e['gold'])} {e['objective'][:70]!r}")
    other = evaluate_other_sets(args.data.parent) if args.other_sets else None
    if other:
        print("\ncompliance openings (every row complies) and STAR-1 (every answer safe)")
        for name, d in other.items():
            extra = (f"accuracy {d['accuracy']:.3f}" if "accuracy" in d
                     else f"rule fallback calls {d['rule_fallback_safe']:.3f} of them safe")
            print(f"{name:<30} n={d['n']:>5}  judged refusal {d['judged_refusal']:>4}   {extra}")
    if args.json:
        from keysent.atomic import write_json

        write_json(
            args.json,
            {
                "use_query": result["use_query"],
                "per_file": {k: v.to_dict() for k, v in result["per_file"].items()},
                "total": result["total"].to_dict(),
                "other_sets": other,
            },
        )
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
