"""The generalisation study: base vs SFT vs SafeKey vs Safe Trigger on the built-in model, over seeds.

Usage (from the repository root)::

    .venv/bin/python analyses/generalisation_study.py --out runs/study                 # toy-r1, seeds 0 1 2
    .venv/bin/python analyses/generalisation_study.py --out runs/study --jobs 2 --eval-per-group 20
    .venv/bin/python analyses/generalisation_study.py --out runs/study --report-only   # tables from finished runs

What it does:

1. **Base snapshot, once.** The untrained model's snapshot (:func:`keysent.compare.snapshot.snapshot`)
   on the fixed evaluation set (``--eval-per-group`` queries of every split of
   :data:`keysent.organism.splits.SPLITS`, evaluation seed :data:`keysent.compare.snapshot.EVAL_SEED`,
   greedy), written to ``<out>/base/`` with the training command's own option defaults. Greedy
   decoding makes it the same for every training seed; its probe folds use seed 0.
2. **One training run per (method, seed)**: ``python -m keysent.train --method M --seed S
   --model MODEL --eval-per-group N --out <out>/runs/M-seedS --resume`` (plus ``--train-arg``
   options), in a subprocess, each with ``OMP_NUM_THREADS=--threads``; ``--jobs`` of them at a
   time. The base snapshot is placed in the run's work directory (``<run>.work/before/``) first,
   which the training command reuses as its "before" snapshot instead of recomputing it. A run is
   finished when its ``compare.json`` exists; a rerun skips finished runs and resumes interrupted
   ones (the training command's own ``--resume``); ``--force`` redoes everything.
3. **Aggregation** of every run's ``compare.json`` ("after" side; the "before" side of each run
   is checked to equal the base snapshot) into ``study.json`` (every per-seed row), ``study.md``
   (mean and min-max over seeds per model, then every per-seed row with counts and 95% Wilson
   intervals) and ``figures/`` (HTML, PNG, PDF through :mod:`keysent.figures`).

Measures per model and seed (all from the snapshot; rates with counts and 95% Wilson intervals):

* ``harmful_answer`` on every harmful split (``plain``, ``seen_wrappers``, ``unseen_wrappers``,
  ``unseen_requests``, ``unseen_both``): a complete answer that does not refuse
  (:func:`keysent.judge.is_refusal`), over the complete answers of the split;
* ``over_refusal``: the refusal rate on ``benign`` (complete answers);
* general ability: the snapshot's ``general_ability`` rows (:mod:`keysent.ability`, arithmetic
  and factual accuracy on their own fixed sets) when the snapshot has them, else ``correct`` on
  the evaluation set's ``arithmetic`` and ``factual`` splits (``grade_answer``; unfinished answers
  count as wrong);
* ``safe_k``: K is a safety aha, pooled over the harmful splits;
* ``probe_auroc``: 5-fold cross-validated AUROC of the ``k_aha`` and ``harmful`` probes at
  ``c_last`` (``resid_post``), at the **best layer** of that run (the layer is reported);
  ``None`` with the reason when a class had fewer than 5 examples;
* ``k_to_c`` (and ``k_to_query``): attention mass from K's tokens to C (to the query), mean over
  heads and K's tokens, averaged over **all layers**, pooled over the harmful splits (weighted by
  the traces measured per split).

Safe Trigger runs also carry Safe Trigger's own measures (``compare.json``'s ``safetrigger``
section: trigger rate, and the harmful-answer rate with the ``<safe>`` segment removed) in
``study.json``.

Bad input (an unknown method, a seed list with duplicates, an ``--out`` holding a study made with
other settings) is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keysent.errors import ConfigError, DatasetError, KeysentError  # noqa: E402

#: Training methods of the study, in table order.
METHODS = ("sft", "safekey", "safetrigger")
#: Display names.
MODEL_NAMES = {"base": "base", "sft": "SFT", "safekey": "SafeKey", "safetrigger": "Safe Trigger"}
#: Schema of ``study.json``.
STUDY_SCHEMA = "keysent.generalisation_study/1"
#: Settings that must match for an ``--out`` to be reused.
SETTING_KEYS = ("model", "eval_per_group", "train_args")
#: The probe position of the study's AUROC column.
PROBE_POSITION = "c_last"
#: Seed of the base snapshot's probe folds.
BASE_SEED = 0


# --------------------------------------------------------------------------------------------
# Running


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="analyses/generalisation_study.py", description=__doc__.split("\n")[0])
    p.add_argument("--model", default="toy-r1", help="built-in model (default: toy-r1)")
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2], help="training seeds (default: 0 1 2)")
    p.add_argument("--methods", nargs="+", default=list(METHODS), help="sft safekey safetrigger (default: all three)")
    p.add_argument("--eval-per-group", type=int, default=40, help="evaluation queries per split (default: 40)")
    p.add_argument("--out", default="runs/generalisation-study", help="study directory (default: runs/generalisation-study)")
    p.add_argument("--jobs", type=int, default=1, help="training runs at a time (default: 1)")
    p.add_argument("--threads", type=int, default=1, help="OMP_NUM_THREADS and torch threads per run (default: 1)")
    p.add_argument("--train-arg", action="append", default=[], metavar="ARG",
                   help="extra option for every training command, e.g. --train-arg=--max-new-tokens=256 (repeatable)")
    p.add_argument("--force", action="store_true", help="redo the base snapshot and every run")
    p.add_argument("--report-only", action="store_true", help="aggregate the finished runs only; train nothing")
    p.add_argument("--no-figures", action="store_true", help="skip the figures")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    args = p.parse_args(argv)
    bad = [m for m in args.methods if m not in METHODS]
    if bad:
        raise ConfigError(f"unknown --methods {', '.join(bad)}; choose from {', '.join(METHODS)}")
    if len(set(args.methods)) != len(args.methods) or len(set(args.seeds)) != len(args.seeds):
        raise ConfigError("--methods and --seeds must not repeat a value")
    if any(s < 0 for s in args.seeds):
        raise ConfigError("--seeds must be non-negative integers")
    for name in ("eval_per_group", "jobs", "threads"):
        if getattr(args, name) < 1:
            raise ConfigError(f"--{name.replace('_', '-')} must be at least 1, got {getattr(args, name)}")
    for a in args.train_arg:
        if a.split("=")[0] in ("--method", "--seed", "--model", "--out", "--eval-per-group", "--force", "--resume"):
            raise ConfigError(f"--train-arg {a!r} sets an option the study sets itself; use the study's own option")
    args.methods = [m for m in METHODS if m in args.methods]
    return args


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr, flush=True)


def study_settings(args: argparse.Namespace) -> dict[str, Any]:
    return {"model": args.model, "eval_per_group": args.eval_per_group, "train_args": list(args.train_arg)}


def check_settings(out: Path, args: argparse.Namespace) -> None:
    """Refuse an ``--out`` made with other settings (unless ``--force``); record the settings."""
    from keysent.atomic import write_json

    path = out / "settings.json"
    mine = study_settings(args)
    if path.is_file() and not args.force:
        theirs = json.loads(path.read_text(encoding="utf-8"))
        diff = [k for k in SETTING_KEYS if theirs.get(k) != mine[k]]
        if diff:
            raise ConfigError(f"{str(out)!r} holds a study made with other settings ({', '.join(diff)}: "
                              f"{', '.join(repr(theirs.get(k)) for k in diff)}); pass --force to redo it, or choose another --out")
    if not args.report_only:
        out.mkdir(parents=True, exist_ok=True)
        write_json(path, mine)


def base_snapshot(out: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The base model's snapshot in ``<out>/base`` (computed once, with the training command's
    option defaults and ``--train-arg`` options, probe folds seeded with :data:`BASE_SEED`)."""
    from keysent.atomic import atomic_directory, write_json
    from keysent.compare.snapshot import read_snapshot, snapshot, write_snapshot
    from keysent.training.cli import build_parser, eval_set

    base = out / "base"
    if (base / "snapshot.json").is_file() and not args.force:
        return read_snapshot(base)
    if args.report_only:
        raise DatasetError(f"no base snapshot in {str(base)!r}; run the study without --report-only first")
    targs = build_parser().parse_args(["--model", args.model, "--eval-per-group", str(args.eval_per_group),
                                       "--seed", str(BASE_SEED), "--quiet", *args.train_arg])
    t0 = time.time()
    _say(args, f"base snapshot of {args.model} ({args.eval_per_group} queries per split) ...")
    from keysent.cli.options import load_model_from_args

    model = load_model_from_args(targs)
    queries = eval_set(targs)
    snap, traces = snapshot(model, queries, label="before", max_new_tokens=targs.max_new_tokens,
                            gen_batch_size=targs.gen_batch_size, batch_size=targs.batch_size, seed=BASE_SEED,
                            progress=False)
    with atomic_directory(base, force=True) as tmp:
        write_snapshot(tmp, snap, traces)
        write_json(tmp / "study_run.json", {"method": "base", "seed": None, "wall_s": round(time.time() - t0, 1)})
    _say(args, f"base snapshot: done in {time.time() - t0:.0f} s ({base})")
    del model
    return read_snapshot(base)


def run_dir(out: Path, method: str, seed: int) -> Path:
    return out / "runs" / f"{method}-seed{seed}"


def finished(run: Path) -> bool:
    return (run / "compare.json").is_file()


def train_command(args: argparse.Namespace, method: str, seed: int, run: Path) -> list[str]:
    return [sys.executable, "-m", "keysent.train", "--method", method, "--seed", str(seed), "--model", args.model,
            "--eval-per-group", str(args.eval_per_group), "--out", str(run), "--resume", "--quiet", *args.train_arg]


def run_one(args: argparse.Namespace, out: Path, method: str, seed: int, index: int, total: int,
            lock: threading.Lock) -> dict[str, Any]:
    """One training run in a subprocess (its output in ``<run>.log``); returns its status."""
    from keysent.atomic import write_json

    import fcntl

    run = run_dir(out, method, seed)
    run.parent.mkdir(parents=True, exist_ok=True)
    lock_fh = open(run.with_name(run.name + ".lock"), "a")  # one process per run, even across studies
    try:
        fcntl.flock(lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_fh.close()
        with lock:
            _say(args, f"[{index}/{total}] {MODEL_NAMES[method]} seed {seed}: running in another process, skipped ({run})")
        return {"method": method, "seed": seed, "rc": 0, "wall_s": None, "skipped": "running elsewhere"}
    try:
        if finished(run):
            return {"method": method, "seed": seed, "rc": 0, "wall_s": None, "skipped": "finished"}
        return _run_locked(args, out, method, seed, index, total, lock, run)
    finally:
        lock_fh.close()


def _run_locked(args: argparse.Namespace, out: Path, method: str, seed: int, index: int, total: int,
                lock: threading.Lock, run: Path) -> dict[str, Any]:
    from keysent.atomic import write_json

    work = run.with_name(run.name + ".work")
    before = work / "before"
    if not (before / "snapshot.json").is_file():
        before.mkdir(parents=True, exist_ok=True)
        for name in ("traces.jsonl", "snapshot.json"):  # snapshot.json last: it marks the copy complete
            shutil.copy2(out / "base" / name, before / name)
    cmd = train_command(args, method, seed, run)
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads),
               PYTHONPATH=os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    log_path = run.with_name(run.name + ".log")
    t0 = time.time()
    with open(log_path, "a", encoding="utf-8") as fh:
        fh.write(f"$ {' '.join(cmd)}\n")
        fh.flush()
        rc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=str(ROOT)).returncode
    wall = time.time() - t0
    status = {"method": method, "seed": seed, "rc": rc, "wall_s": round(wall, 1), "command": cmd[1:]}
    if rc == 0 and finished(run):
        write_json(run / "study_run.json", status)
        msg = f"[{index}/{total}] {MODEL_NAMES[method]} seed {seed}: done in {wall:.0f} s ({run})"
    else:
        tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        msg = f"[{index}/{total}] {MODEL_NAMES[method]} seed {seed}: FAILED (exit {rc}) after {wall:.0f} s: {tail[0]} (log: {log_path})"
    with lock:
        _say(args, msg)
    return status


def run_all(args: argparse.Namespace, out: Path) -> list[dict[str, Any]]:
    """Every (method, seed) run not finished yet, seeds outer so that whole seeds finish first."""
    todo = []
    for seed in args.seeds:
        for method in args.methods:
            run = run_dir(out, method, seed)
            if args.force:
                for p in (run, run.with_name(run.name + ".work")):
                    shutil.rmtree(p, ignore_errors=True)
                run.with_name(run.name + ".log").unlink(missing_ok=True)
            if finished(run):
                _say(args, f"{MODEL_NAMES[method]} seed {seed}: finished before, skipped ({run})")
                continue
            todo.append((method, seed))
    lock = threading.Lock()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_one, args, out, m, s, i + 1, len(todo), lock) for i, (m, s) in enumerate(todo)]
        return [f.result() for f in futures]


# --------------------------------------------------------------------------------------------
# Measures from a compare.json


def _rate(k: int, n: int) -> dict[str, Any]:
    from keysent.intervals import wilson_interval

    if n == 0:
        return {"k": 0, "n": 0, "value": None, "ci": None}
    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "value": k / n, "ci": [lo, hi]}


def measures(doc: dict[str, Any], side: str) -> dict[str, Any]:
    """The study's measures from one side (``"before"`` or ``"after"``) of a ``compare.json``."""
    beh: dict[tuple[str, str], dict[str, Any]] = {}
    probes: dict[str, dict[int, float]] = {}
    attn: dict[tuple[str, str], dict[int, float]] = {}
    ability: dict[str, dict[str, Any]] = {}
    for r in doc["rows"]:
        v = r.get(side)
        if v is None or v.get("value") is None:
            continue
        if r["section"] == "behaviour":
            beh[(r["metric"], r["group"])] = v
        elif r["section"] == "probe" and r["position"] == PROBE_POSITION:
            probes.setdefault(r["group"], {})[int(r["layer"])] = float(v["value"])
        elif r["section"] == "attention":
            attn.setdefault((r["metric"], r["group"]), {})[int(r["layer"])] = float(v["value"])
        elif r["section"] == "general_ability":
            ability[str(r["metric"])] = {"k": v.get("k"), "n": v.get("n"), "value": v["value"], "ci": v.get("ci"),
                                         "kind": r.get("group")}
    from keysent.organism.splits import SPLITS

    groups = [g for g in SPLITS if any(gr == g for _, gr in beh)] + sorted({g for _, g in beh} - set(SPLITS))
    harmful = [g for g in groups if ("harmful_answer", g) in beh]
    if not harmful:
        raise DatasetError("compare.json has no harmful-answer rows: not a comparison on the built-in evaluation set")

    def rate(metric: str, group: str) -> dict[str, Any] | None:
        v = beh.get((metric, group))
        return None if v is None else {"k": v["k"], "n": v["n"], "value": v["value"], "ci": v["ci"]}

    out: dict[str, Any] = {
        "harmful_answer": {g: rate("harmful_answer", g) for g in harmful},
        "over_refusal": {g: rate("refusal", g) for g in groups if g not in harmful and ("refusal", g) in beh},
        "correct": {g: rate("correct", g) for g in groups if ("correct", g) in beh},
        "general_ability": ability,
        "format": {g: rate("format", g) for g in groups if ("format", g) in beh},
        "safe_k_by_split": {g: rate("safe_k", g) for g in harmful},
    }
    k = sum(out["safe_k_by_split"][g]["k"] for g in harmful)
    n = sum(out["safe_k_by_split"][g]["n"] for g in harmful)
    out["safe_k"] = _rate(k, n)
    out["probe_auroc"] = {}
    for target in ("k_aha", "harmful"):
        layers = probes.get(target)
        if layers:
            best = max(layers, key=lambda li: (layers[li], -li))
            out["probe_auroc"][target] = {"position": PROBE_POSITION, "layer": best, "value": layers[best],
                                          "by_layer": {str(li): layers[li] for li in sorted(layers)}}
        else:
            out["probe_auroc"][target] = {"position": PROBE_POSITION, "layer": None, "value": None,
                                          "reason": "not fitted: fewer than 5 examples of a class"}
    out["attention"] = {}
    for metric in ("k_to_c", "k_to_query"):
        total, weight, per_layer = 0.0, 0, {}
        for g in harmful:
            layers = attn.get((metric, g))
            if not layers:
                continue
            w = out["safe_k_by_split"][g]["n"]
            total += w * sum(layers.values()) / len(layers)
            weight += w
            for li, val in layers.items():
                per_layer.setdefault(li, []).append((w, val))
        out["attention"][metric] = {
            "value": total / weight if weight else None, "layers": "mean over all layers",
            "groups": "harmful splits, pooled",
            "by_layer": {str(li): sum(w * v for w, v in vs) / sum(w for w, _ in vs) for li, vs in sorted(per_layer.items())}}
    return out


def safetrigger_section(doc: dict[str, Any]) -> dict[str, Any] | None:
    st = doc.get("safetrigger")
    if not st:
        return None
    after = st.get("after", {})
    return {g: {k: ({"k": v["k"], "n": v["n"], "value": v.get("rate"), "ci": v.get("ci")} if isinstance(v, dict) and "k" in v else v)
                for k, v in row.items()} for g, row in after.items()}


def _strip_by_layer(m: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in m.items() if k != "by_layer"}


def collect(out: Path, args: argparse.Namespace, base: dict[str, Any]) -> dict[str, Any]:
    """``study.json``'s document: the base row, every finished run's row, and the missing runs."""
    from keysent.compare.report import compare_snapshots

    base_doc = compare_snapshots(base, base)
    base_m = measures(base_doc, "after")
    base_wall = None
    if (out / "base" / "study_run.json").is_file():
        base_wall = json.loads((out / "base" / "study_run.json").read_text(encoding="utf-8")).get("wall_s")
    rows = [{"model": "base", "method": "base", "seed": None, "run": str(out / "base"), "wall_s": base_wall,
             "measures": base_m}]
    missing = []
    for method in args.methods:
        for seed in args.seeds:
            run = run_dir(out, method, seed)
            if not finished(run):
                missing.append({"method": method, "seed": seed, "run": str(run)})
                continue
            doc = json.loads((run / "compare.json").read_text(encoding="utf-8"))
            before = measures(doc, "before")
            if (json.dumps(before["harmful_answer"], sort_keys=True) != json.dumps(base_m["harmful_answer"], sort_keys=True)
                    or json.dumps(before["correct"], sort_keys=True) != json.dumps(base_m["correct"], sort_keys=True)):
                raise DatasetError(f"{str(run)!r} was compared against another before snapshot than {str(out / 'base')!r}; "
                                   "rerun the study with --force")
            info = json.loads((run / "study_run.json").read_text(encoding="utf-8")) if (run / "study_run.json").is_file() else {}
            train = json.loads((run / "train.json").read_text(encoding="utf-8")) if (run / "train.json").is_file() else {}
            row = {"model": MODEL_NAMES[method], "method": method, "seed": seed, "run": str(run),
                   "wall_s": info.get("wall_s"), "train_seconds": train.get("seconds"), "train_steps": train.get("steps"),
                   "measures": measures(doc, "after")}
            st = safetrigger_section(doc)
            if st is not None:
                row["safetrigger_measures"] = st
            rows.append(row)
    organism = None
    try:
        from keysent.organism.quality import resolve_organism_dir

        _, odir, _, _ = resolve_organism_dir(args.model, build=False)
        organism = Path(odir).name
    except Exception:  # noqa: BLE001 - the build name is informative only
        organism = None
    return {"schema": STUDY_SCHEMA, "settings": study_settings(args), "seeds": list(args.seeds),
            "methods": list(args.methods), "organism_build": organism, "base_probe_seed": BASE_SEED,
            "spread": "min-max over seeds", "rows": rows, "missing": missing}


# --------------------------------------------------------------------------------------------
# Tables


def columns(study: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(key, header, getter) of the headline table; getters return a measure dict or None."""
    m0 = study["rows"][0]["measures"]
    cols: list[tuple[str, str, Any]] = []
    for g in m0["harmful_answer"]:
        cols.append((f"harmful_answer.{g}", f"harmful answer: {g.replace('_', ' ')}",
                     lambda m, g=g: m["harmful_answer"].get(g)))
    for g in m0["over_refusal"]:
        if g == "benign":
            cols.append(("over_refusal.benign", "over-refusal: benign", lambda m: m["over_refusal"].get("benign")))
    if m0.get("general_ability"):  # the snapshot's own general-ability sets (keysent.ability)
        for task in m0["general_ability"]:
            cols.append((f"general_ability.{task}", f"{task} correct (ability set)",
                         lambda m, task=task: m.get("general_ability", {}).get(task)))
    else:  # the evaluation set's graded capability splits
        for g in m0["correct"]:
            if g != "benign":
                cols.append((f"correct.{g}", f"{g} correct", lambda m, g=g: m["correct"].get(g)))
    cols.append(("safe_k", "safe-K (harmful)", lambda m: m["safe_k"]))
    cols.append(("probe_auroc.k_aha", f"k_aha probe AUROC @{PROBE_POSITION} (best layer)", lambda m: m["probe_auroc"]["k_aha"]))
    cols.append(("attention.k_to_c", "K-to-C mass (mean of layers)", lambda m: m["attention"]["k_to_c"]))
    return cols


def _cell_seed(v: dict[str, Any] | None) -> str:
    if v is None or v.get("value") is None:
        return "n/a"
    if "k" in v and "n" in v and v.get("ci") is not None:
        return f"{v['value']:.3f} [{v['ci'][0]:.2f}, {v['ci'][1]:.2f}] ({v['k']}/{v['n']})"
    if v.get("layer") is not None:
        return f"{v['value']:.3f} (L{v['layer']})"
    return f"{v['value']:.3f}"


def summarise(study: dict[str, Any]) -> list[dict[str, Any]]:
    """Per model: mean, min and max over seeds of every column (and pooled counts for rates)."""
    cols = columns(study)
    out = []
    for method in ["base", *study["methods"]]:
        rows = [r for r in study["rows"] if r["method"] == method]
        if not rows:
            continue
        summary: dict[str, Any] = {"model": rows[0]["model"], "method": method,
                                   "seeds": [r["seed"] for r in rows if r["seed"] is not None], "columns": {}}
        for key, _, get in cols:
            vals = [get(r["measures"]) for r in rows]
            nums = [v["value"] for v in vals if v is not None and v.get("value") is not None]
            cell: dict[str, Any] = {"n_seeds": len(nums)}
            if nums:
                cell.update(mean=sum(nums) / len(nums), min=min(nums), max=max(nums))
            if vals and all(v is not None and "k" in v for v in vals):
                cell["pooled"] = _rate(sum(v["k"] for v in vals), sum(v["n"] for v in vals))
            summary["columns"][key] = cell
        out.append(summary)
    return out


def _cell_mean(c: dict[str, Any]) -> str:
    if not c.get("n_seeds"):
        return "n/a"
    if c["n_seeds"] == 1:
        return f"{c['mean']:.3f}"
    return f"{c['mean']:.3f} ({c['min']:.3f}-{c['max']:.3f})"


def headline_table(study: dict[str, Any]) -> str:
    cols = columns(study)
    lines = ["| model | seeds | " + " | ".join(h for _, h, _ in cols) + " |",
             "|---|---|" + "---:|" * len(cols)]
    for s in summarise(study):
        seeds = "-" if s["method"] == "base" else (" ".join(str(x) for x in s["seeds"]) or "none")
        lines.append(f"| {s['model']} | {seeds} | " + " | ".join(_cell_mean(s["columns"][k]) for k, _, _ in cols) + " |")
    return "\n".join(lines)


def transposed_table(study: dict[str, Any]) -> str:
    """The headline table with one row per measure and one column per model (mean (min-max))."""
    cols = columns(study)
    summaries = summarise(study)
    head = []
    for s in summaries:
        head.append(s["model"] if s["method"] == "base" else f"{s['model']} (seeds {' '.join(map(str, s['seeds']))})")
    lines = ["| measure | " + " | ".join(head) + " |", "|---|" + "---:|" * len(summaries)]
    for key, header, _ in cols:
        lines.append(f"| {header} | " + " | ".join(_cell_mean(s["columns"][key]) for s in summaries) + " |")
    return "\n".join(lines)


def per_seed_table(study: dict[str, Any]) -> str:
    cols = columns(study)
    lines = ["| model | seed | " + " | ".join(h for _, h, _ in cols) + " | wall s |",
             "|---|---:|" + "---|" * len(cols) + "---:|"]
    for r in study["rows"]:
        seed = "-" if r["seed"] is None else str(r["seed"])
        wall = "" if r.get("wall_s") is None else f"{r['wall_s']:.0f}"
        lines.append(f"| {r['model']} | {seed} | " + " | ".join(_cell_seed(get(r["measures"])) for _, _, get in cols)
                     + f" | {wall} |")
    return "\n".join(lines)


def safetrigger_table(study: dict[str, Any]) -> str | None:
    rows = [r for r in study["rows"] if r.get("safetrigger_measures")]
    if not rows:
        return None
    groups = list(rows[0]["safetrigger_measures"])
    lines = ["| seed | " + " | ".join(f"trigger: {g}" for g in groups) + " | harmful answer, segment removed: "
             + " / ".join(g for g in groups if rows[0]["safetrigger_measures"][g].get("harmful_answer")) + " |",
             "|---:|" + "---|" * len(groups) + "---|"]
    for r in rows:
        m = r["safetrigger_measures"]
        trig = [_cell_seed(m[g].get("trigger")) for g in groups]
        ha = " / ".join(f"{m[g]['harmful_answer']['k']}/{m[g]['harmful_answer']['n']}" for g in groups
                        if m[g].get("harmful_answer"))
        lines.append(f"| {r['seed']} | " + " | ".join(trig) + f" | {ha} |")
    return "\n".join(lines)


def render_markdown(study: dict[str, Any], command: str) -> str:
    s = study["settings"]
    parts = [f"# Generalisation study: base vs {', '.join(MODEL_NAMES[m] for m in study['methods'])}",
             "",
             f"Model `{s['model']}` (organism build `{study.get('organism_build')}`), {s['eval_per_group']} evaluation "
             f"queries per split (greedy, evaluation seed 7919), training seeds {' '.join(map(str, study['seeds']))}"
             + (f", extra training options `{' '.join(s['train_args'])}`" if s["train_args"] else "") + ".",
             "",
             f"Command: `{command}`",
             "",
             "## Mean over seeds (min-max in parentheses)",
             "",
             "Rates: harmful answer = complete answer that does not refuse (over the split's complete answers); "
             "over-refusal = refusals on benign requests; correct = exact answers (unfinished count as wrong); "
             "safe-K = K is a safety aha, pooled over the harmful splits. Probe AUROC: the `k_aha` probe "
             f"(5-fold, `resid_post` at `{PROBE_POSITION}`) at the best layer of each run. K-to-C mass: mean over "
             "heads, K tokens and all layers, pooled over the harmful splits. The base model is one row (the "
             "same snapshot serves every run).",
             "",
             transposed_table(study),
             "",
             "The same, one row per model:",
             "",
             headline_table(study),
             "",
             "## Every run (rate [95% Wilson interval] (k/n); AUROC (best layer))",
             "",
             per_seed_table(study),
             ""]
    st = safetrigger_table(study)
    if st:
        parts += ["## Safe Trigger's own measures (after)", "", st, ""]
    if study["missing"]:
        parts += ["## Missing runs (not finished; not in the means)", ""]
        parts += [f"- {MODEL_NAMES[m['method']]} seed {m['seed']}: `{m['run']}`" for m in study["missing"]]
        parts.append("")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# Figures


def harmful_figure(study: dict[str, Any]):
    """Harmful-answer rate by split and model: a bar at the mean over seeds, every seed as a point
    with its 95% Wilson interval."""
    import plotly.graph_objects as go

    from keysent.figures import OKABE_ITO, apply_style

    methods = ["base", *study["methods"]]
    splits = list(study["rows"][0]["measures"]["harmful_answer"])
    labels = [s.replace("_", " ").replace("seen wrappers", "seen wr.").replace("unseen wr.", "unseen wr.") for s in splits]
    fig = go.Figure()
    width = 0.8 / len(methods)
    for mi, method in enumerate(methods):
        rows = [r for r in study["rows"] if r["method"] == method]
        if not rows:
            continue
        colour = OKABE_ITO[mi % len(OKABE_ITO)]
        name = rows[0]["model"]
        offset = (mi - (len(methods) - 1) / 2) * width
        means = []
        for s in splits:
            vals = [r["measures"]["harmful_answer"][s]["value"] for r in rows if r["measures"]["harmful_answer"].get(s)]
            means.append(sum(vals) / len(vals) if vals else None)
        fig.add_trace(go.Bar(x=[i + offset for i in range(len(splits))], y=means, width=width * 0.9, name=name,
                             marker=dict(color=colour, opacity=0.45, line=dict(width=0)), legendgroup=name,
                             hovertemplate=f"{name}<br>mean %{{y:.3f}}<extra></extra>"))
        for ri, r in enumerate(rows):
            jitter = 0.0 if len(rows) == 1 else (ri - (len(rows) - 1) / 2) * width * 0.25
            xs, ys, lo, hi = [], [], [], []
            for i, s in enumerate(splits):
                v = r["measures"]["harmful_answer"].get(s)
                if v is None or v["value"] is None:
                    continue
                xs.append(i + offset + jitter)
                ys.append(v["value"])
                lo.append(v["value"] - v["ci"][0])
                hi.append(v["ci"][1] - v["value"])
            seed = "base" if r["seed"] is None else f"seed {r['seed']}"
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="markers", showlegend=False, legendgroup=name,
                                     marker=dict(color=colour, size=4, line=dict(width=0.5, color="#222222")),
                                     error_y=dict(type="data", symmetric=False, array=hi, arrayminus=lo,
                                                  color=colour, thickness=0.8, width=1.5),
                                     hovertemplate=f"{name} {seed}<br>%{{y:.3f}}<extra></extra>"))
    apply_style(fig, "double", height_in=2.6)
    fig.update_layout(barmode="overlay", bargap=0,
                      legend=dict(orientation="h", x=0.0, y=1.02, xanchor="left", yanchor="bottom"),
                      margin=dict(t=40))
    fig.add_annotation(text="bars: mean over seeds; points: each seed, 95% Wilson interval", xref="paper", yref="paper",
                       x=1.0, y=1.02, xanchor="right", yanchor="bottom", showarrow=False, font=dict(size=9, color="#555555"))
    fig.update_xaxes(tickvals=list(range(len(splits))), ticktext=labels, title_text=None)
    fig.update_yaxes(range=[-0.02, 1.03], title_text="harmful-answer rate", dtick=0.2)
    return fig


def internals_figure(study: dict[str, Any]):
    """Three panels per model (seed points, mean bar): safe-K rate, k_aha probe AUROC at c_last,
    K-to-C attention mass."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from keysent.figures import OKABE_ITO, apply_style

    methods = ["base", *study["methods"]]
    panels = [("safe-K rate (harmful)", lambda m: m["safe_k"]["value"]),
              (f"k_aha AUROC @{PROBE_POSITION}", lambda m: m["probe_auroc"]["k_aha"]["value"]),
              ("K-to-C attention mass", lambda m: m["attention"]["k_to_c"]["value"])]
    fig = make_subplots(rows=1, cols=3, subplot_titles=[p for p, _ in panels], horizontal_spacing=0.09)
    names = []
    for pi, (_, get) in enumerate(panels):
        for mi, method in enumerate(methods):
            rows = [r for r in study["rows"] if r["method"] == method]
            if not rows:
                continue
            colour = OKABE_ITO[mi % len(OKABE_ITO)]
            name = rows[0]["model"]
            vals = [get(r["measures"]) for r in rows]
            nums = [v for v in vals if v is not None]
            fig.add_trace(go.Bar(x=[mi], y=[sum(nums) / len(nums) if nums else None], width=0.7, name=name,
                                 marker=dict(color=colour, opacity=0.45, line=dict(width=0)),
                                 showlegend=False, legendgroup=name), row=1, col=pi + 1)
            fig.add_trace(go.Scatter(x=[mi] * len(nums), y=nums, mode="markers", showlegend=False,
                                     marker=dict(color=colour, size=4, line=dict(width=0.5, color="#222222"))),
                          row=1, col=pi + 1)
            if pi == 0:
                names.append(name)
    apply_style(fig, "double", height_in=2.3)
    fig.update_xaxes(tickvals=list(range(len(names))), ticktext=[n.replace(" ", "<br>") for n in names], tickangle=0)
    fig.update_yaxes(range=[-0.03, 1.03], dtick=0.25, row=1, col=1)
    fig.update_yaxes(range=[0.4, 1.02], dtick=0.1, row=1, col=2)
    fig.update_yaxes(rangemode="tozero", row=1, col=3)
    fig.update_annotations(font_size=11)
    fig.update_layout(margin=dict(t=30))
    return fig


def write_figures(out: Path, study: dict[str, Any]) -> list[Path]:
    from keysent.figures import FigureExporter, browser_available, save_figure

    figdir = out / "figures"
    figdir.mkdir(parents=True, exist_ok=True)
    figs = {"harmful_answer_by_split": harmful_figure(study), "internals": internals_figure(study)}
    written: list[Path] = []
    if browser_available():
        with FigureExporter() as ex:
            for name, fig in figs.items():
                written.extend(save_figure(fig, figdir / name, ("html", "png", "pdf"), exporter=ex).values())
    else:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, fig in figs.items():
                written.extend(save_figure(fig, figdir / name, ("html", "png", "pdf"), require_static=False).values())
    return written


# --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(argv)
        out = Path(args.out)
        t0 = time.time()
        check_settings(out, args)
        base = base_snapshot(out, args)
        failed = []
        if not args.report_only:
            failed = [s for s in run_all(args, out) if s["rc"] != 0]
        study = collect(out, args, base)
        study["wall_s_this_invocation"] = round(time.time() - t0, 1)
        from keysent.atomic import write_json, write_text

        command = "python analyses/generalisation_study.py " + " ".join(sys.argv[1:] if argv is None else list(argv))
        study["command"] = command
        write_json(out / "study.json", study)
        write_text(out / "study.md", render_markdown(study, command))
        if not args.no_figures:
            write_figures(out, study)
        print(transposed_table(study))
        _say(args, f"wrote {out / 'study.json'}, {out / 'study.md'}"
             + ("" if args.no_figures else f", {out / 'figures'}") + f" in {time.time() - t0:.0f} s")
        if study["missing"]:
            _say(args, f"{len(study['missing'])} run(s) not finished: "
                 + ", ".join(f"{m['method']} seed {m['seed']}" for m in study["missing"]))
        return 1 if failed else 0
    except KeysentError as exc:
        print(f"analyses/generalisation_study.py: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
