"""Measure the C/K locator's agreement with hand-written key sentences.

Usage (from the repository root)::

    .venv/bin/python analyses/locator_agreement.py                    # rules, and toy-r1 as judge
    .venv/bin/python analyses/locator_agreement.py --judge-model none # rules only
    .venv/bin/python analyses/locator_agreement.py --json out.json    # also write the numbers
    .venv/bin/python analyses/locator_agreement.py --judge-sets all   # model locator on every set

Sets measured (K exact = the located key sentence is the hand-written one, character for
character; C is everything before K):

* ``star1-hand``: the 47 hand-checked real DeepSeek-R1 traces of STAR-1 (``HAND_K`` in
  ``tests/integration/test_locate_star1.py``), by rules and by the model-based locator with a model judge;
* ``tuning``: the invented traces the issue-13 rules were written on
  (``tests/data/locator_cases.py``), per kind;
* ``heldout``: invented traces written before those rules (``tests/data/locator_heldout.py``),
  per model family; measured once, after which its two misses were fixed;
* ``heldout2``: invented traces written after that and before those fixes
  (``tests/data/locator_heldout2.py``), per model family; measured once, then its misses fixed;
* ``heldout3``: invented traces written after those fixes (``tests/data/locator_heldout3.py``),
  per model family; measured once, then its misses fixed;
* ``heldout4``: invented traces written after those fixes (``tests/data/locator_heldout4.py``),
  per model family; measured once, then its misses fixed;
* ``heldout5``: 40 invented traces written after those fixes
  (``tests/data/locator_heldout5.py``), per model family; measured once, then its misses fixed;
* ``heldout6``: 40 invented traces written after those fixes
  (``tests/data/locator_heldout6.py``), per model family; measured once, then its misses fixed;
* ``heldout7``: 40 invented traces written after those fixes
  (``tests/data/locator_heldout7.py``), per model family; measured once, then three misses fixed;
* ``heldout8``: 40 invented traces (24 in the R1-distill styles) written after those fixes
  (``tests/data/locator_heldout8.py``), per model family; measured once, then its miss fixed;
* ``heldout9``: 40 invented traces (24 in the R1-distill styles) written after those fixes
  (``tests/data/locator_heldout9.py``), per model family; measured once, nothing fixed;
* ``heldout10``, ``heldout11``: 43 + 43 invented traces (41 in the R1-distill styles) written
  together, before either was measured (``tests/data/locator_heldout10.py``, ``...11.py``), per
  model family; measured once (numbers in ``docs/locating.md``), then their misses fixed;
* ``heldout12``, ``heldout13``, ``heldout14``: 44, 40 and 40 invented traces written after those
  fixes, each measured once; set 12 not tuned on, the misses of sets 13 and 14 then fixed;
* ``heldout15``: 40 invented traces written after the last rule change, measured once and left
  as measured;
* ``heldout16`` ... ``heldout23`` (round 11): 720 invented traces (60 per set in the R1 styles,
  DeepSeek-R1 included as family ``r1``, 30 in the others), sets 16-18 written together, each
  later set after the previous one's fixes, each measured once before its own fixes; set 23
  written after the last rule change and left as measured;
* ``heldout24`` ... ``heldout31`` (rounds 12 and 13): 720 traces written blind by labellers
  who never saw the rules, mostly on real prompts from ``../shared/data``; 24-25 and 26-27 each
  measured once before their fixes, 28-31 left as measured;
* ``heldout32`` ... ``heldout35`` (round 14): 360 traces written blind likewise, measured once
  with the round-14 rules and left as measured;
* ``heldout36`` ... ``heldout39`` (round 15): 360 traces written blind likewise and labelled
  again by a second labeller (``analyses/labeller_agreement.py``), measured once with the
  round-15 rules and left as measured;
* ``heldout40`` ... ``heldout43`` (round 16, the final test): 360 traces written blind likewise
  and labelled again, measured once with the round-16 rules and the learned locator and left as
  measured; ``heldout44`` ... ``heldout47``, a second final test likewise;
  and any further ``tests/data/locator_heldout*.py`` (found by name);

each with and without the query. Bad arguments print one line and exit 2.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keysent.errors import KeysentError  # noqa: E402
from keysent.traces.locate import locate_key_sentence  # noqa: E402
from keysent.traces.locate_model import (  # noqa: E402
    CallableEndOfCJudge,
    locate_key_sentences,
    model_generate_fn,
)

STAR1 = ROOT.parent / "shared" / "data" / "star1" / "STAR-1.json"


def _load(path: Path, attr: str):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, attr)


def star1_hand() -> list[dict]:
    """The hand-checked STAR-1 items as cases (reasoning = the text inside the think block)."""
    if not STAR1.is_file():
        raise KeysentError(f"STAR-1 not found at {STAR1}; run from a checkout beside ../shared")
    hand = _load(ROOT / "tests" / "integration" / "test_locate_star1.py", "HAND_K")
    rows = {str(r["id"]): r for r in json.loads(STAR1.read_text(encoding="utf-8"))}
    cases = []
    for sid, k in hand.items():
        response = rows[sid]["response"]
        reasoning = response[len("<think>") : response.index("</think>")]
        cases.append(dict(id=sid, family="r1", kind="star1", query=rows[sid]["question"],
                          reasoning=reasoning, k=k))
    return cases


def heldout_sets() -> dict[str, list[dict]]:
    """Every ``tests/data/locator_heldout*.py`` set in numeric order (``heldout``, ``heldout2``,
    ..., ``heldout11``); the list in each is named like the file (``HELDOUT``, ``HELDOUT10``)."""
    def number(path: Path) -> int:
        tail = path.stem[len("locator_heldout"):]
        return int(tail) if tail else 1

    out = {}
    for path in sorted((ROOT / "tests" / "data").glob("locator_heldout*.py"), key=number):
        name = path.stem[len("locator_"):]
        out[name] = _load(path, name.upper())
    return out


def agreement(cases: list[dict], group: str, *, with_query: bool, locs=None) -> dict:
    """Counts of exact K per value of ``group`` (and in total)."""
    if locs is None:
        locs = [locate_key_sentence(c["reasoning"], c["query"] if with_query else None)
                for c in cases]
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for c, loc in zip(cases, locs):
        ok = loc.key_sentence_text == c["k"]
        for key in (c[group], "all"):
            per[key][0] += ok
            per[key][1] += 1
        if not ok:
            misses.append(c["id"])
    return {"counts": {k: {"exact": v[0], "n": v[1], "rate": round(v[0] / v[1], 3)}
                       for k, v in per.items()}, "misses": misses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judge-model", default="toy-r1",
                        help="model behind the model-based locator on star1-hand (a keysent "
                        "model name or path; 'none' to skip; default toy-r1)")
    parser.add_argument("--judge-sets", default="star1-hand",
                        help="comma-separated sets the model-based locator runs on (with the "
                        "query), or 'all'; default star1-hand")
    parser.add_argument("--max-new-tokens", type=int, default=16)
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--force", action="store_true", help="overwrite an existing --json")
    args = parser.parse_args(argv)
    try:
        if args.json is not None and args.json.exists() and not args.force:
            raise KeysentError(f"{args.json} exists; pass --force to overwrite it")
        if args.max_new_tokens < 1:
            raise KeysentError("--max-new-tokens must be >= 1")
        sets = {
            "star1-hand": (star1_hand(), "kind"),
            "tuning": (_load(ROOT / "tests" / "data" / "locator_cases.py", "CASES"), "kind"),
            **{name: (cases, "family") for name, cases in heldout_sets().items()},
        }
        results: dict = {}
        for name, (cases, group) in sets.items():
            for with_query in (True, False):
                key = f"{name} rules {'with' if with_query else 'without'} query"
                results[key] = agreement(cases, group, with_query=with_query)
        judge_sets = (list(sets) if args.judge_sets.strip() == "all"
                      else [x.strip() for x in args.judge_sets.split(",") if x.strip()])
        unknown = [x for x in judge_sets if x not in sets]
        if unknown or not judge_sets:
            raise KeysentError(f"--judge-sets: unknown set(s) {', '.join(unknown) or '(none)'}; "
                               f"choose from {', '.join(sets)} or 'all'")
        if args.judge_model != "none":
            import keysent

            model = keysent.load_model(args.judge_model)
            generate = model_generate_fn(model, max_new_tokens=args.max_new_tokens)
            for name in judge_sets:
                cases, group = sets[name]
                judge = CallableEndOfCJudge(generate, name=args.judge_model)  # stats per set
                t0 = time.perf_counter()
                locs = locate_key_sentences([c["reasoning"] for c in cases],
                                            [c["query"] for c in cases], method="model",
                                            judge=judge)
                res = agreement(cases, group, with_query=True, locs=locs)
                res["judge"] = judge.stats()
                res["seconds"] = round(time.perf_counter() - t0, 1)
                answered = [(loc, c) for loc, c in zip(locs, cases) if loc.method == "model"]
                res["exact_when_judge_answered"] = sum(
                    loc.key_sentence_text == c["k"] for loc, c in answered)
                res["judge_answered"] = len(answered)
                results[f"{name} model ({args.judge_model}) with query"] = res
    except KeysentError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for key, res in results.items():
        counts = "  ".join(f"{g} {v['exact']}/{v['n']}" for g, v in sorted(res["counts"].items()))
        extra = ""
        if "judge" in res:
            j = res["judge"]
            extra = (f"  [judge answered {j['answered']}/{j['calls']}, exact when answered "
                     f"{res['exact_when_judge_answered']}/{res['judge_answered']}, "
                     f"fallbacks {j['fallbacks']}, {res['seconds']} s]")
        print(f"{key}: {counts}{extra}")
        if res["misses"]:
            print(f"    misses: {', '.join(res['misses'])}")
    if args.json is not None:
        from keysent.atomic import write_json

        write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
