"""A snapshot of a model on a fixed evaluation set: behaviour, probes and attention.

A snapshot is the "before" or the "after" of a training run (``python -m keysent.train`` writes
both) and one side of ``python -m keysent.compare``. It holds, for one model and one fixed query
set (greedy decoding, so the same model gives the same snapshot):

* ``behaviour``: per query group, the safe-K rate (K is a safety aha), the harmful-answer rate
  (a complete answer that does not refuse), the refusal rate (over-refusal on benign groups),
  the format rate (closed think block with a located K) and, for the organism's graded
  capability splits, the correct-answer rate (general ability, ``grade_answer``); every rate with
  its counts and a 95% Wilson interval;
* ``probes``: cross-validated probe AUROC per layer and position (``resid_post``) for the targets
  ``harmful`` (all traces) and ``k_aha`` (harmful traces);
* ``attention``: K-to-query and K-to-C attention mass per layer (mean over heads and K's tokens,
  the SafeKey quantity), per group;
* ``knockout``: per group, the change in K's mean per-token log-probability when the query, C or
  both are hidden from K (no regeneration);
* ``general_ability``: :func:`keysent.ability.general_ability` rows (``name``, ``n``,
  ``correct``, ``accuracy``, 95% Wilson ``ci_low``/``ci_high``): for the built-in organism its
  arithmetic and factual accuracy on a fixed evaluation set, for a real checkpoint GSM8K accuracy
  on a fixed seeded sample of ``../shared/data/gsm8k/test.jsonl`` (:func:`ability_rows`).

Evaluation sets (:func:`builtin_eval_queries`, :func:`real_eval_queries`) are documented in
``docs/training.md``.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from keysent.errors import DatasetError

if TYPE_CHECKING:  # pragma: no cover
    from keysent.models.loading import LoadedModel
    from keysent.querysets import QueryRecord
    from keysent.traces.trace import Trace

#: Seed of the fixed evaluation sets (apart from every training seed: the organism's training
#: data uses the corpus generator, evaluation uses the query sampler with this seed).
EVAL_SEED = 7919

#: Snapshot schema version.
SNAPSHOT_SCHEMA = "keysent.snapshot/1"

#: Positions probed in a snapshot.
PROBE_POSITIONS = ("query_last", "c_last", "k_mean")

HARMFUL_GROUPS = ("harmful", "jailbreak_seen", "jailbreak_unseen")
HARMFUL_SPLITS_BUILTIN = ("plain", "seen_wrappers", "unseen_wrappers", "unseen_requests", "unseen_both")


def builtin_eval_queries(n_per_group: int = 40, *, seed: int = EVAL_SEED) -> list["QueryRecord"]:
    """The organism's fixed evaluation set: ``n_per_group`` queries of every split of
    :data:`keysent.organism.splits.SPLITS` (``plain``, ``seen_wrappers``, ``unseen_wrappers``,
    ``unseen_requests``, ``unseen_both``, ``benign``, ``arithmetic``, ``factual``); the split is
    the group."""
    from keysent.organism.splits import SPLITS, eval_records

    out = []
    for split in SPLITS:
        for r in eval_records(split, n_per_group, seed=seed):
            r.labels["group"] = split
            r.labels["harmful_split"] = split in HARMFUL_SPLITS_BUILTIN
            out.append(r)
    return out


#: GPTFuzzer templates: those at even positions (sorted by id) are the training half, odd the held-out half.
def gptfuzzer_templates(shared_data: Path, split: str) -> list[str]:
    """The GPTFuzzer jailbreak templates of one half (``"train"`` or ``"heldout"``), sorted by id."""
    path = Path(shared_data) / "jailbreak_templates" / "gptfuzzer_templates.csv"
    if not path.is_file():
        raise DatasetError(f"GPTFuzzer templates not found at {str(path)!r}")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: int(r["id"]))
    rows = [r for r in rows if "[INSERT PROMPT HERE]" in r["text"]]
    return [r["text"] for i, r in enumerate(rows) if (i % 2 == 0) == (split == "train")]


def _column(path: Path, column: str) -> list[str]:
    if not path.is_file():
        raise DatasetError(f"evaluation file {str(path)!r} does not exist")
    with open(path, newline="", encoding="utf-8") as fh:
        return [r[column] for r in csv.DictReader(fh) if r.get(column)]


def real_eval_queries(shared_data: str | Path, n_per_group: int = 50, *, seed: int = EVAL_SEED) -> list["QueryRecord"]:
    """The fixed evaluation set for real checkpoints, from ``../shared/data``.

    Groups: ``harmful`` (StrongREJECT and JBB harmful goals, alternating), ``jailbreak_seen`` and
    ``jailbreak_unseen`` (JBB harmful goals in GPTFuzzer templates of the training / held-out
    half), ``benign`` (JBB benign goals) and ``over_refusal`` (XSTest safe prompts). Each group is
    a seeded sample of ``n_per_group``.
    """
    from keysent.querysets import QueryRecord

    root = Path(shared_data)
    rng = random.Random(f"keysent-eval:{seed}")
    sr = _column(root / "strongreject" / "strongreject_dataset.csv", "forbidden_prompt")
    jbb = _column(root / "jbb_behaviors" / "harmful-behaviors.csv", "Goal")
    ben = _column(root / "jbb_behaviors" / "benign-behaviors.csv", "goal")
    with open(root / "xstest" / "xstest_prompts.csv", newline="", encoding="utf-8") as fh:
        xs = [r["prompt"] for r in csv.DictReader(fh) if r.get("label") == "safe"]

    def pick(pool: Sequence[str], k: int) -> list[str]:
        return rng.sample(list(pool), min(k, len(pool)))

    harmful = [q for pair in zip(pick(sr, n_per_group), pick(jbb, n_per_group)) for q in pair][:n_per_group]
    groups: dict[str, list[str]] = {"harmful": harmful, "benign": pick(ben, n_per_group), "over_refusal": pick(xs, n_per_group)}
    for split in ("train", "heldout"):
        templates = gptfuzzer_templates(root, split)
        goals = pick(jbb, n_per_group)
        groups["jailbreak_seen" if split == "train" else "jailbreak_unseen"] = [
            templates[i % len(templates)].replace("[INSERT PROMPT HERE]", g) for i, g in enumerate(goals)]
    out = []
    for group, queries in groups.items():
        harmful_flag = group in HARMFUL_GROUPS
        out.extend(QueryRecord(query=q, labels={"harmful": harmful_flag, "group": group, "source": "shared-eval"},
                               id=f"{group}-{i}") for i, q in enumerate(queries))
    return out


def _rate(k: int, n: int) -> dict[str, Any]:
    from keysent.traces.aha import wilson_interval

    if n == 0:
        return {"k": 0, "n": 0, "rate": None, "ci": None}
    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "rate": k / n, "ci": [lo, hi]}


def _grade(trace: "Trace") -> bool | None:
    """The organism's capability grading (arithmetic, factual) of a trace's answer, else None;
    an unfinished trace counts as wrong."""
    if trace.labels.get("expected_answer") is None:
        return None
    from keysent.organism.splits import grade_answer
    from keysent.querysets import QueryRecord

    if not trace.complete:
        return False
    return grade_answer(QueryRecord(trace.query, trace.labels), trace.answer)


def behaviour(traces: Sequence["Trace"]) -> dict[str, dict[str, Any]]:
    """Per-group rates (see the module docstring), with counts and 95% Wilson intervals."""
    groups: dict[str, list[Trace]] = {}
    for t in traces:
        groups.setdefault(str(t.labels.get("group")), []).append(t)
    out: dict[str, dict[str, Any]] = {}
    for g, ts in groups.items():
        complete = [t for t in ts if t.complete]
        row = {
            "n": len(ts),
            "format": _rate(sum(t.complete and t.has_key_sentence for t in ts), len(ts)),
            "safe_k": _rate(sum(bool(t.k_aha) for t in ts), len(ts)),
            "refusal": _rate(sum(bool(t.judgements.get("refusal")) for t in complete), len(complete)),
        }
        if any(t.harmful for t in ts):
            row["harmful_answer"] = _rate(sum(not t.judgements.get("refusal") for t in complete), len(complete))
        graded = [_grade(t) for t in ts]
        if any(v is not None for v in graded):
            row["correct"] = _rate(sum(bool(v) for v in graded), len(ts))
        out[g] = row
    return out


def probe_rows(model: "LoadedModel", traces: Sequence["Trace"], *, batch_size: int = 8, seed: int = 0,
               progress: bool = False, folds: int = 5) -> list[dict[str, Any]]:
    """Probe AUROC per layer and position for ``harmful`` and ``k_aha`` (skipped with a reason when
    a class has fewer than ``folds`` examples)."""
    import torch

    from keysent.capture import capture
    from keysent.probe.fit import fit_probes

    ok = [t for t in traces if t.has_key_sentence and "C" in t.spans]
    rows: list[dict[str, Any]] = []
    if not ok:
        return rows
    acts = capture(model, ok, positions=list(PROBE_POSITIONS), batch_size=batch_size, progress=progress)
    X_all = acts.values["resid_post"]  # [n, layer, pos, d]
    targets = {
        "harmful": ([True] * len(ok), [int(bool(t.harmful)) for t in ok]),
        "k_aha": ([bool(t.harmful) for t in ok], [int(bool(t.k_aha)) for t in ok]),
    }
    for target, (use, y_all) in targets.items():
        idx = [i for i, u in enumerate(use) if u]
        y = [y_all[i] for i in idx]
        if min(sum(y), len(y) - sum(y)) < folds:
            rows.append({"target": target, "skipped": f"fewer than {folds} examples of a class ({sum(y)} of {len(y)} positive)"})
            continue
        for p, pos in enumerate(acts.positions):
            X = X_all[idx, :, p, :]
            if bool(torch.isnan(X).any()):
                continue
            res = fit_probes(X, y, folds=folds, seed=seed)
            for li, layer in enumerate(acts.layers):
                rows.append({"target": target, "position": pos, "layer": int(layer), "n": len(y),
                             "auroc": float(res.auroc[li]), "auroc_std": float(res.auroc_std[li])})
    return rows


def attention_rows(model: "LoadedModel", traces: Sequence["Trace"], *, batch_size: int = 8,
                   progress: bool = False) -> list[dict[str, Any]]:
    """K-to-query and K-to-C attention mass per layer and group (mean over heads, K tokens, traces)."""
    import math

    from keysent.attention.metrics import attention_metrics

    ok = [t for t in traces if t.has_key_sentence]
    if not ok:
        return []
    m = attention_metrics(model, ok, batch_size=batch_size, progress=progress)
    rows = []
    groups = sorted({str(t.labels.get("group")) for t in ok})
    for target in ("query", "C"):
        per = m.per_layer(target)  # [n, layer]
        for g in groups:
            idx = [i for i, t in enumerate(ok) if str(t.labels.get("group")) == g]
            for li, layer in enumerate(m.layers):
                vals = [float(per[i, li]) for i in idx if not math.isnan(float(per[i, li]))]
                rows.append({"target": target, "group": g, "layer": int(layer), "n": len(vals),
                             "mass": sum(vals) / len(vals) if vals else None})
    return rows


def knockout_rows(model: "LoadedModel", traces: Sequence["Trace"], *, batch_size: int = 8,
                  progress: bool = False) -> list[dict[str, Any]]:
    """Knock-out effects per group: the change in K's mean per-token log-probability when the
    query, C, or both are hidden from K's tokens (:func:`keysent.attention.knockout.knockout`,
    no regeneration), with a 95% normal interval."""
    import torch

    from keysent.attention.knockout import knockout

    ok = [t for t in traces if t.has_key_sentence and "C" in t.spans and "query" in t.spans]
    if not ok:
        return []
    res = knockout(model, ok, regenerate=False, batch_size=batch_size, progress=progress)
    groups = {g: torch.tensor([str(t.labels.get("group")) == g for t in ok])
              for g in sorted({str(t.labels.get("group")) for t in ok})}
    rows = []
    for r in res.table(groups):
        if r.get("condition") == "none":
            continue
        rows.append({"group": r["group"], "condition": r["condition"], "n": r["n"],
                     "delta_logp": r.get("delta_logp"), "ci": r.get("delta_logp_ci")})
    return rows


#: Seed of the fixed general-ability evaluation sets (organism items, GSM8K sample).
ABILITY_SEED = EVAL_SEED
#: Default sizes of the general-ability sets: organism items per task, GSM8K problems.
ABILITY_N = {"organism": 100, "gsm8k": 50}
ABILITY_KINDS = ("auto", "organism", "gsm8k", "none")


def ability_rows(model: "LoadedModel", *, kind: str = "auto", organism_n: int | None = None,
                 gsm8k_n: int | None = None, seed: int = ABILITY_SEED, gsm8k_path: "str | Path | None" = None,
                 max_new_tokens: int | None = None, batch_size: int = 16,
                 progress: bool = False) -> list[dict[str, Any]]:
    """General-ability rows of ``model`` (:func:`keysent.ability.general_ability`, greedy).

    Args:
        kind: ``"organism"`` (arithmetic and factual accuracy on ``organism_n`` fixed items
            each), ``"gsm8k"`` (accuracy on a fixed sample of ``gsm8k_n`` GSM8K test problems, from
            ``gsm8k_path``, default ``../shared/data/gsm8k/test.jsonl``), ``"auto"`` (organism for a
            built-in organism, else GSM8K: :func:`keysent.ability.ability_kind`) or ``"none"``
            (no rows).
        organism_n, gsm8k_n: Sample sizes; default :data:`ABILITY_N`.
        seed: Seed of the fixed set (keep it fixed across a before/after comparison).

    Returns:
        Rows ``{name, n, correct, accuracy, ci_low, ci_high, kind, seed}``.

    Raises:
        ConfigError: unknown ``kind`` or a bad ``n``; DatasetError: the GSM8K file is missing or
            malformed.
    """
    from keysent.ability import ability_kind, general_ability
    from keysent.errors import ConfigError

    if kind not in ABILITY_KINDS:
        raise ConfigError(f"unknown general-ability kind {kind!r}; choose from {', '.join(ABILITY_KINDS)}")
    if kind == "none":
        return []
    if kind == "auto":
        kind = ability_kind(model.name)
        if kind == "gsm8k" and model.path is not None:
            kind = ability_kind(model.path)
    n = organism_n if kind == "organism" else gsm8k_n
    if n is None:
        n = ABILITY_N[kind]
    return general_ability(model.generation_model, model.tokenizer, kind=kind, n=n, seed=seed,
                           gsm8k_path=gsm8k_path, max_new_tokens=max_new_tokens,
                           batch_size=batch_size, progress=progress)


def snapshot(model: "LoadedModel", queries: Sequence["QueryRecord"], *, max_new_tokens: int = 384,
             gen_batch_size: int = 32, batch_size: int = 8, seed: int = 0, progress: bool = True,
             label: str | None = None, ability: dict[str, Any] | None = None
             ) -> tuple[dict[str, Any], list["Trace"]]:
    """Generate greedily on ``queries`` and measure behaviour, probes, attention and general ability.

    Generations are never taken from the generation cache: the cache is keyed by the model's
    files, which an in-place training run does not change.

    Args:
        ability: Keyword arguments of :func:`ability_rows` (``kind``, ``organism_n``,
            ``gsm8k_n``, ``seed``, ``gsm8k_path``, ``max_new_tokens``); default: the kind picked from the model, the
            default sample size.

    Returns:
        ``(snapshot dict, traces)``.
    """
    from keysent.versions import environment
    from keysent.traces.generate import generate_traces

    traces = generate_traces(model, list(queries), max_new_tokens=max_new_tokens, batch_size=gen_batch_size,
                             seed=seed, cache=False, progress=progress)
    snap = {
        "schema": SNAPSHOT_SCHEMA,
        "label": label,
        "model": model.name,
        "n_queries": len(traces),
        "settings": {"max_new_tokens": max_new_tokens, "seed": seed, "decoding": "greedy"},
        "behaviour": behaviour(traces),
        "probes": probe_rows(model, traces, batch_size=batch_size, seed=seed),
        "attention": attention_rows(model, traces, batch_size=batch_size),
        "knockout": knockout_rows(model, traces, batch_size=batch_size),
        "general_ability": ability_rows(model, progress=progress, **(ability or {})),
        "environment": environment(),
    }
    return snap, traces


def write_snapshot(directory: Path, snap: dict[str, Any], traces: Sequence["Trace"]) -> Path:
    """Write ``snapshot.json`` and ``traces.jsonl`` into ``directory`` (atomically, file by file)."""
    from keysent.atomic import write_json, write_jsonl

    directory.mkdir(parents=True, exist_ok=True)
    write_jsonl(directory / "traces.jsonl", [t.to_dict() for t in traces])
    return write_json(directory / "snapshot.json", snap)


def read_snapshot(path: str | Path) -> dict[str, Any]:
    """Read a snapshot from ``snapshot.json`` or a directory holding one."""
    p = Path(path)
    if p.is_dir():
        p = p / "snapshot.json"
    if not p.is_file():
        raise DatasetError(f"no snapshot at {str(path)!r}: expected a snapshot.json (written by keysent.train or keysent.compare)")
    data = json.loads(p.read_text(encoding="utf-8"))
    if data.get("schema") != SNAPSHOT_SCHEMA:
        raise DatasetError(f"{str(p)!r} is not a keysent snapshot (schema {data.get('schema')!r}, expected {SNAPSHOT_SCHEMA!r})")
    return data


__all__ = ["snapshot", "behaviour", "ability_rows", "ABILITY_SEED", "ABILITY_N", "ABILITY_KINDS", "probe_rows", "attention_rows", "knockout_rows", "builtin_eval_queries", "real_eval_queries",
           "gptfuzzer_templates", "write_snapshot", "read_snapshot", "EVAL_SEED", "SNAPSHOT_SCHEMA"]
