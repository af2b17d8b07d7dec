"""A learned C-end locator beside the rules: does it do better on blind sets it never saw?

Experiment of round 16 (issue 13). The numbers and what they say are in ``docs/locating.md``, "A
learned locator (experiment, round 16)". The features, the hashing and the decoding live in the
package (:mod:`keysent.traces.locate_learned`, which ships the honest-stacking model as
``--locator learned``); this script loads the sets, trains with scikit-learn and reports, and
``--save-weights`` rebuilds the shipped weights (docs/locating.md, "The learned locator (round 16)").

Usage (from the repository root)::

    .venv/bin/python analyses/locator_learned.py                 # the clean test (below)
    .venv/bin/python analyses/locator_learned.py --no-rules      # the same without the rules' feature
    .venv/bin/python analyses/locator_learned.py --logo          # leave one blind group out, no rules
    .venv/bin/python analyses/locator_learned.py --train locator_heldout16-17 --test locator_heldout18
    .venv/bin/python analyses/locator_learned.py --list          # and the ids each side alone gets
    .venv/bin/python analyses/locator_learned.py --first-rules --train locator_heldout24-35
    .venv/bin/python analyses/locator_learned.py --make-first-rules   # the rules as first measured, from git
    .venv/bin/python analyses/locator_learned.py --save-weights [PATH]  # the shipped learned locator

**Sets.** ``--train`` and ``--test`` take comma-separated set names: a file stem of
``tests/data`` (``locator_cases``, ``locator_heldout`` = set 1, ``locator_heldout36``), a range
of held-out sets (``locator_heldout1-35``), or ``star1-hand`` (the 47 hand-checked STAR-1 traces,
``HAND_K`` of ``tests/integration/test_locate_star1.py``, rebuilt from
``../shared/data/star1/STAR-1.json``), or ``wildN`` / ``wildA-B``: batch N of the real traces of
``tests/data/wild_traces.jsonl`` with an agreed label under the newest brief the trace has
(``analyses/wild_traces_agreement.py``, ``--brief latest``). A set in both, or an unknown name, is one error line and
exit 2. Defaults: train ``locator_cases,star1-hand,locator_heldout1-35``, test
``locator_heldout36-39``.

**Method.** Each trace is split into sentences by keysent's own segmenter
(:func:`keysent.traces.locate.prepare_sentences`, the one ``locate_key_sentence`` uses); the
hand-written K fixes the trace's C end ``c`` (the number of sentences before K: the one ``c`` for
which the locator's own K-building, interjection rule included, gives K exactly; the 6 of 2,908
traces where no ``c`` does, because the segmenter cuts K differently, are left out of training and
count as misses when tested). Sentence ``i`` is labelled C when ``i < c``. A logistic regression
(scikit-learn, liblinear, deterministic) learns P(sentence is C | features), and a trace's C end
is the ``c`` in ``1 .. min(n, 12) - 1`` that maximises the likelihood of "the first ``c``
sentences are C and the rest are not", ``sum(log p[:c]) + sum(log(1 - p[c:12]))`` (C is a
prefix, so the per-sentence guesses are made consistent by the decoding, not by a threshold). K is then built from ``c``
exactly as the rules' K is (``_location``), and compared with the hand-written K character for
character, as ``analyses/locator_agreement.py`` does.

**Features** (:func:`keysent.traces.locate_learned.sentence_features` and ``rules_features``;
hashed into 2**18 columns, no vocabulary fitted), for the sentence itself and, prefixed, for the
previous sentence:

* against the query: content stems shared with it (:func:`keysent.traces.restatement.content_stems`),
  their share of the sentence's stems, stems it adds; numbers compared by value
  (:func:`keysent.traces.numbers.new_numbers`): how many, how many the query has, how many are
  new; capitalised words (names, entities) not opening the sentence, shared and new; whether it
  quotes five query words in a row;
* what it adds on its own: ``=``, arithmetic operators, a question mark, a closing colon, a list
  marker, quotes, words (log) and characters (log);
* where it is: its index (one-hot up to 8), index over the trace's length, a paragraph break
  before it;
* its first one, two and three words, lower-cased (hashed); optionally (``bow``, chosen by
  cross-validation) every word of the sentence;
* stacked (unless ``--no-rules``): whether the rules (``locate_key_sentence(reasoning, query)``)
  put the sentence in C, make it K, and its distance from the rules' K (clipped to -3..3); with
  ``--first-rules`` the training traces' feature is from the rules as first measured on them
  (sets 24-67: ``FIRST_RULES``; 36-39 with the round-15 rules of ``f286933``, 40-47 with the
  round-16 rules of ``31cfdc9``, 48-51 with the round-17 rules of ``18807bf`` (52-55 the same, at
  ``57589f7``), 56-59 with the round-18 rules of ``f3a8578`` and 60-63 with the round-19 rules of
  ``5be622f`` and 64-67 with the round-20 rules of ``0b87a76``, added after the experiment for
  ``--save-weights``), so that it
  is as often wrong in training as on new sets.

**Shipped weights** (``--save-weights [PATH]``, default the package's
``keysent/traces/locator_weights/learned-c-end.safetensors``): since round 17 trained on sets
24-47 (``WEIGHTS_TRAIN``) with every label read under the convention for a content-free plan
after C (``WEIGHTS_LABELS``; ``analyses/locator_convention.py``: issue 13's own "Hmm, where do I
even begin?" is K), the rules as first measured as the stacked feature (``FIRST_RULES``; 44-47
with the rules of ``31cfdc9``, as 40-43), ``C`` and ``bow`` by the same grouped cross-validation
inside them, one fit; deterministic (the digest in its metadata is the same on every rebuild).
The weights of round 16 (sets 24-39, labels as written; measured once on 40-43 and 44-47) are
rebuilt with ``--train locator_heldout24-39 --labels as-written --save-weights PATH`` (the same
tensors; only the metadata's source line differs); they learned
the blind labellers' habit of putting such a plan in C and got 45/47 STAR-1 hand-checked traces
(the round-17 weights 47/47). ``--labels convention`` reads the labels the same way in an
experiment (training and test).

**Protocol.** Hyper-parameters (the inverse regularisation ``C`` in 0.03 .. 3 and ``bow`` on or
off) are chosen by grouped cross-validation inside the training sets only (``--folds`` folds, each
held-out set whole in one fold; score = K exact), then one model is fitted on all the training
traces and run once on the test sets. ``--logo`` runs the four blind groups of rounds 12-14
(24-25, 26-27, 28-31, 32-35) in turn as test, each trained on the default training sets minus
that group (36-39 never used) and always without the rules' feature, since the rules were tuned
on those sets. Everything is seeded or deterministic and runs in well under a minute on one core.

**Output.** Per family and per group (R1 families: r1, r1-qwen, r1-llama; others: qwen3, qwq,
kimi) the learned locator's K-exact count beside the rules' on the same traces, both, and each
alone; ``--list`` adds the ids (and the K's) that only one of them gets right.

**Measured** (2026-12-03, base ``6f2bd93``, each test run once; table in docs/locating.md):

* clean test, train = the defaults (2,447 traces), test = sets 36-39 (the rules: 197/240, 85/120):
  with the rules' feature the model copies the rules (CV 0.985, C=0.1, bow off): 197/240, 85/120,
  the same 282 traces; **without it** (CV 0.955, C=10, bow on): **211/240 (0.88), 96/120
  (0.80)**, 36 traces right that the rules miss and 11 the other way;
* forward in time, without the rules' feature (``--train locator_cases,star1-hand,locator_heldout1-N
  --test`` the next blind group, as the rules had them when first measured): 24-25 115/120, 57/60
  (rules first measured 102/120, 49/60); 26-27 113/120, 56/60 (108, 51); 28-31 235/240, 114/120
  (214, 103); 32-35 220/240, 100/120 (209, 86);
* ``--logo``: 689/720 and 330/360 over the four groups (the rules, tuned on them: 707, 342);
* STAR-1 hand set, trained without it: 44/47 (the rules, tuned on it: 47/47);
* **honest stacking** (``--first-rules --train locator_heldout24-35``): trained on the blind sets
  24-35 with the rules as first measured on each (``FIRST_RULES``; the feature file
  ``analyses/results/locator_first_rules.json`` is rebuilt by ``--make-first-rules`` and gives
  back those first measurements exactly), tested on 36-39 with today's rules (blind there):
  **216/240 (0.90), 98/120 (0.82)**, 33 traces gained over the rules and 1 lost; the model alone
  on the same training traces (``--no-rules --train locator_heldout24-35``): 212/240, 97/120.
"""

from __future__ import annotations

import argparse
import collections
import functools
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older keysent there (git archive) is measured
if str(ROOT / "analyses") not in sys.path:
    sys.path.insert(0, str(ROOT / "analyses"))

from locator_agreement import _load, heldout_sets, star1_hand  # noqa: E402

from keysent.traces.locate import _location, locate_key_sentence, prepare_sentences  # noqa: E402
from keysent.traces.locate_learned import (  # noqa: E402
    N_FEATURES,
    WEIGHTS_FILE,
    best_prefix,
    row_features,
    rules_features,
    save_weights,
    sentence_features,
)

GROUPS = {"R1 families": ("r1", "r1-qwen", "r1-llama"), "others": ("qwen3", "qwq", "kimi")}
DEFAULT_TRAIN = "locator_cases,star1-hand,locator_heldout1-35"
DEFAULT_TEST = "locator_heldout36-39"
BLIND_GROUPS = {"24-25": (24, 25), "26-27": (26, 27), "28-31": (28, 31), "32-35": (32, 35)}
# The rules as they stood when each blind group was first measured (docs/locating.md, "Rounds 12
# and 13", "Round 14 measured"): the honest stacked feature for those sets (``--first-rules``).
FIRST_RULES = {"d41b900": (24, 25), "c6af607": (26, 27), "34192e7": (28, 31), "6d7b6ff": (32, 35),
               "f286933": (36, 39), "31cfdc9": (40, 47), "18807bf": (48, 51), "57589f7": (52, 55),
               "f3a8578": (56, 59), "5be622f": (60, 63), "0b87a76": (64, 67)}
FIRST_RULES_FILE = ROOT / "analyses" / "results" / "locator_first_rules.json"
WEIGHTS_TRAIN = "locator_heldout24-47"  # the shipped learned locator's training sets (--save-weights)
WEIGHTS_LABELS = "convention"  # and how their labels are read (analyses/locator_convention.py)
GRID = [(c, bow) for bow in (False, True) for c in (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)]


# ---------------------------------------------------------------------------------------------
# Sets
# ---------------------------------------------------------------------------------------------


def parse_sets(spec: str) -> list[str]:
    """The set names of ``spec`` (comma-separated names and ``locator_heldoutA-B`` ranges), in
    order; ValueError on a name that is not a set."""
    known = available_sets()
    out: list[str] = []
    for item in (s.strip() for s in spec.split(",")):
        if not item:
            continue
        m = re.fullmatch(r"locator_heldout(\d+)-(\d+)", item)
        w = re.fullmatch(r"wild(\d+)-(\d+)", item)
        for r in (m, w):
            if r and int(r.group(1)) > int(r.group(2)):
                raise ValueError(f"range {item!r} runs backwards; write it low-high "
                                 f"({item.split(r.group(1))[0]}{r.group(2)}-{r.group(1)})")
        names = ([_heldout_name(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)] if m else
                 [f"wild{n}" for n in range(int(w.group(1)), int(w.group(2)) + 1)] if w else [item])
        for name in names:
            if name not in known:
                wild = [k for k in known if k.startswith("wild")]
                raise ValueError(f"unknown set {name!r} (known: locator_cases, star1-hand, "
                                 "locator_heldout, locator_heldout2 ... (or locator_heldoutA-B), "
                                 f"{wild[0]} ... {wild[-1]} (or wildA-B: the labelled batches of real traces))")
            if name not in out:
                out.append(name)
    if not out:
        raise ValueError(f"no set named in {spec!r}")
    return out


def _heldout_name(number: int) -> str:
    return "locator_heldout" if number == 1 else f"locator_heldout{number}"


def available_sets() -> list[str]:
    """Every set name ``parse_sets`` knows."""
    stems = [f"locator_{name}" for name in heldout_sets()]
    return ["locator_cases", "star1-hand", *stems, *(f"wild{b}" for b in sorted(_wild_cases()))]


@functools.lru_cache(maxsize=1)
def _wild_cases() -> dict[int, list[dict]]:
    """The real traces of ``tests/data/wild_traces.jsonl`` with an agreed label
    (``analyses/wild_traces_agreement.py``, labels under the newest brief a trace has), by batch;
    ``k`` is the agreed K as it stands in the reasoning (the labels' spacing may differ)."""
    from wild_traces_agreement import _offset, _spaced, agreed_label, wild_labels, wild_traces

    traces, out = wild_traces(), {}
    for tid, labs in wild_labels().items():
        t = traces[tid]
        agreed = agreed_label([_spaced(x["k"]) for x in labs])
        if agreed is None:
            continue
        start = _offset(t["reasoning"], agreed)
        end = start + len(agreed)
        while end < len(t["reasoning"]) and _spaced(t["reasoning"][start:end]) != agreed:
            end += 1
        out.setdefault(t["batch"], []).append({"id": tid, "family": t["family"], "query": t["query"] or None,
                                               "reasoning": t["reasoning"], "k": t["reasoning"][start:end]})
    return out


def load_sets(names: list[str], *, convention: bool = False) -> list[dict]:
    """The traces of the named sets, each with its set name under ``"set"``; with
    ``convention``, each label read under the convention for a content-free plan after C
    (``analyses/locator_convention.py``, :func:`convention_k`)."""
    held = heldout_sets()
    out = []
    for name in names:
        if name == "locator_cases":
            cases = _load(ROOT / "tests" / "data" / "locator_cases.py", "CASES")
        elif name == "star1-hand":
            cases = star1_hand()
        elif name.startswith("wild"):
            cases = _wild_cases()[int(name[4:])]
        else:
            cases = held[name[len("locator_"):]]
        out.extend({**c, "set": name} for c in cases)
    if convention:
        from locator_convention import convention_k

        out = [{**c, "k": convention_k(c)} for c in out]
    return out


# ---------------------------------------------------------------------------------------------
# Traces as sentences with features
# ---------------------------------------------------------------------------------------------


def prepare(case: dict, stacked_c_end: int | None = None) -> dict:
    """The trace's sentences, the hand C end (``None`` when no C end gives K exactly), the rules'
    C end and whether the rules' K is exact, and the per-sentence features
    (:func:`keysent.traces.locate_learned.sentence_features`, bag-of-words kept apart, and the
    rules' feature). The rules' feature is built from today's rules, or from ``stacked_c_end``
    when given (the rules as first measured)."""
    reasoning, query = case["reasoning"], case["query"]
    _, sentences, texts = prepare_sentences(reasoning)
    hits = [c for c in range(1, len(sentences))
            if _location(reasoning, sentences, texts, c, "learned").key_sentence_text == case["k"]]
    loc = locate_key_sentence(reasoning, query)
    base, bow = sentence_features(reasoning, sentences, texts, query)
    r = loc.n_understanding if stacked_c_end is None else stacked_c_end
    return {"case": case, "reasoning": reasoning, "sentences": sentences, "texts": texts,
            "c_end": hits[0] if len(hits) == 1 else None, "rules_c_end": loc.n_understanding,
            "rules_ok": loc.key_sentence_text == case["k"], "base": base, "bow": bow,
            "rules": rules_features(len(texts), r)}


# ---------------------------------------------------------------------------------------------
# The rules as first measured
# ---------------------------------------------------------------------------------------------

_OLD_RULES = """
import importlib.util, json, sys
import keysent
from keysent.traces.locate import locate_key_sentence
out = {"keysent": keysent.__file__, "c_ends": {}}
for path, attr in json.loads(sys.argv[1]):
    spec = importlib.util.spec_from_file_location("s", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for c in getattr(mod, attr):
        loc = locate_key_sentence(c["reasoning"], c["query"])
        out["c_ends"][c["id"]] = [loc.n_understanding, loc.key_sentence_text == c["k"]]
print(json.dumps(out))
"""


def make_first_rules(path: Path = FIRST_RULES_FILE) -> dict:
    """Run the rules of each commit of ``FIRST_RULES`` (its ``keysent`` from ``git archive``, in a
    temporary folder and a subprocess) on the sets first measured with it, and write
    ``{id: [c_end, K exact]}`` to ``path``."""
    import io
    import json
    import os
    import tarfile
    import tempfile

    out: dict[str, list] = {}
    for commit, (lo, hi) in FIRST_RULES.items():
        files = [(str(ROOT / "tests" / "data" / f"{_heldout_name(n)}.py"), f"HELDOUT{n}")
                 for n in range(lo, hi + 1)]
        archive = subprocess.run(["git", "archive", "--format=tar", commit, "keysent"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        with tempfile.TemporaryDirectory() as tmp:
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(tmp, filter="data")
            env = {**os.environ, "PYTHONPATH": tmp}
            proc = subprocess.run([sys.executable, "-c", _OLD_RULES, json.dumps(files)], cwd=tmp,
                                  env=env, capture_output=True, text=True, check=True)
            result = json.loads(proc.stdout)
            if not result["keysent"].startswith(tmp):
                raise RuntimeError(f"{commit}: imported {result['keysent']}, not the archived rules")
            out.update(result["c_ends"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return out


def first_rules() -> dict:
    """``{id: [c_end, K exact]}`` of the rules as first measured (sets 24-67), from
    ``FIRST_RULES_FILE``."""
    import json

    return json.loads(FIRST_RULES_FILE.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# Model
# ---------------------------------------------------------------------------------------------


def matrix(traces: list[dict], *, bow: bool, rules: bool):
    """The hashed features of every sentence of ``traces`` (a sparse matrix, one row a sentence,
    traces in order)."""
    from sklearn.feature_extraction import FeatureHasher

    rows = [row_features(t["base"][i], t["bow"][i] if bow else None, t["rules"][i] if rules else None)
            for t in traces for i in range(len(t["texts"]))]
    return FeatureHasher(n_features=N_FEATURES, alternate_sign=False).transform(rows)


def fit(traces: list[dict], *, c: float, bow: bool, rules: bool, x=None):
    """A logistic regression of "sentence is C" on the trainable traces (those with a C end);
    ``x`` is ``matrix(traces, ...)`` when already built."""
    from sklearn.linear_model import LogisticRegression

    x = matrix(traces, bow=bow, rules=rules) if x is None else x
    keep, y, at = [], [], 0
    for t in traces:
        n = len(t["texts"])
        if t["c_end"] is not None:
            keep.extend(range(at, at + n))
            y.extend(int(i < t["c_end"]) for i in range(n))
        at += n
    model = LogisticRegression(C=c, solver="liblinear", max_iter=3000, random_state=0).fit(x[keep], y)
    return {"model": model, "bow": bow, "rules": rules}


def predict(fitted: dict, traces: list[dict], x=None) -> list[int]:
    """The learned C end of each trace: the prefix of most likelihood under the model."""
    x = matrix(traces, bow=fitted["bow"], rules=fitted["rules"]) if x is None else x
    p = fitted["model"].predict_proba(x)[:, 1]
    out, at = [], 0
    for t in traces:
        n = len(t["texts"])
        out.append(best_prefix(p[at : at + n]))
        at += n
    return out


def exact(trace: dict, c_end: int) -> bool:
    """Whether C end ``c_end`` gives the hand-written K exactly."""
    loc = _location(trace["reasoning"], trace["sentences"], trace["texts"], c_end, "learned")
    return loc.key_sentence_text == trace["case"]["k"]


def choose(traces: list[dict], *, rules: bool, folds: int) -> tuple[tuple[float, bool], list]:
    """The grid point of best grouped cross-validated K exact inside ``traces`` (ties: the first
    in ``GRID``), and every point's score."""
    names = sorted({t["case"]["set"] for t in traces}, key=lambda s: (len(s), s))
    fold_of = {name: k % folds for k, name in enumerate(names)}
    rows_of, at = [], 0
    for t in traces:
        rows_of.append(range(at, at + len(t["texts"])))
        at += len(t["texts"])
    split = {}
    for k in range(folds):
        inside = [j for j, t in enumerate(traces) if fold_of[t["case"]["set"]] != k]
        outside = [j for j, t in enumerate(traces) if fold_of[t["case"]["set"]] == k]
        if inside and outside:
            split[k] = (inside, outside)
    scores = []
    for bow in sorted({b for _, b in GRID}):
        x = matrix(traces, bow=bow, rules=rules)
        parts = {k: tuple((sub, x[[r for j in sub for r in rows_of[j]]]) for sub in pair)
                 for k, pair in split.items()}
        for c in [c for c, b in GRID if b == bow]:
            hit = 0
            for (inside, x_in), (outside, x_out) in parts.values():
                fitted = fit([traces[j] for j in inside], c=c, bow=bow, rules=rules, x=x_in)
                test = [traces[j] for j in outside]
                hit += sum(exact(t, e) for t, e in zip(test, predict(fitted, test, x_out)))
            scores.append(((c, bow), hit / len(traces)))
    scores.sort(key=lambda s: GRID.index(s[0]))
    best = max(scores, key=lambda s: s[1])  # max keeps the first of equal scores
    return best[0], scores


def first_measured(names: list[str], option: str, *, convention: bool = False) -> list[dict]:
    """The prepared traces of the sets ``names``, each with the rules' feature of the rules as
    first measured on it (``first_rules()``); ValueError naming ``option`` when a trace has none."""
    known = first_rules()
    cases = load_sets(names, convention=convention)
    missing = [c["id"] for c in cases if c["id"] not in known]
    if missing:
        raise ValueError(f"{option}: {len(missing)} training traces have no first-measured rules "
                         f"(first: {missing[0]!r}); train on sets 24-67 only")
    return [prepare(c, known[c["id"]][0]) for c in cases]


def run(train_names: list[str], test_names: list[str], *, rules: bool, folds: int,
        first: bool = False, convention: bool = False) -> dict:
    """Choose hyper-parameters by cross-validation on the training sets, fit, test once. With
    ``first``, the training traces' rules' feature is that of the rules as first measured on them
    (``first_rules()``; every training trace must have one), the test traces' today's."""
    if first:
        train = first_measured(train_names, "--first-rules", convention=convention)
    else:
        train = [prepare(c) for c in load_sets(train_names, convention=convention)]
    test = [prepare(c) for c in load_sets(test_names, convention=convention)]
    (c, bow), scores = choose(train, rules=rules, folds=folds)
    fitted = fit(train, c=c, bow=bow, rules=rules)
    ends = predict(fitted, test)
    results = [{"id": t["case"]["id"], "family": t["case"]["family"], "learned": exact(t, e),
                "rules": t["rules_ok"], "k": t["case"]["k"],
                "learned_k": _location(t["reasoning"], t["sentences"], t["texts"], e, "learned").key_sentence_text,
                "learned_c_end": e, "rules_c_end": t["rules_c_end"], "c_end": t["c_end"]}
               for t, e in zip(test, ends)]
    return {"chosen": {"C": c, "bow": bow}, "cv": scores, "results": results,
            "n_train": len(train), "n_trainable": sum(t["c_end"] is not None for t in train)}


def save_trained(path: Path = WEIGHTS_FILE, *, train_spec: str = WEIGHTS_TRAIN, folds: int = 5,
                 convention: bool = WEIGHTS_LABELS == "convention") -> dict:
    """Train the shipped learned locator and write it to ``path``: the sets of ``train_spec``,
    each with the rules as first measured on it as the stacked feature (``first_rules()``),
    hyper-parameters by grouped cross-validation inside them, one fit on all; returns the
    metadata written (with the digest)."""
    names = parse_sets(train_spec)
    train = first_measured(names, "--save-weights", convention=convention)
    (c, bow), scores = choose(train, rules=True, folds=folds)
    fitted = fit(train, c=c, bow=bow, rules=True)
    model = fitted["model"]
    meta = {
        "train_sets": names,
        "stacked_feature": "the rules as first measured on each set (analyses/locator_learned.py FIRST_RULES: "
                           + ", ".join(f"{k} sets {lo}-{hi}" for k, (lo, hi) in FIRST_RULES.items()
                                       if f"locator_heldout{lo}" in names) + ")",
        "hyper_parameters": {"C": c, "bow": bow, "solver": "liblinear", "random_state": 0,
                             "grid": [list(g) for g in GRID], "folds": folds},
        "cv_k_exact": [[list(g), round(v, 6)] for g, v in scores],
        "n_traces": len(train),
        "n_trainable": sum(t["c_end"] is not None for t in train),
        "source": "analyses/locator_learned.py --save-weights (round 17, issue 13)",
    }
    if convention:
        meta["labels"] = "read under the convention for a content-free plan after C (analyses/locator_convention.py)"
    meta["digest"] = save_weights(path, model.coef_.ravel(), float(model.intercept_[0]), meta=meta)
    return meta


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def table(results: list[dict]) -> str:
    """Learned against rules (K exact) per family and per group, as markdown."""
    by = collections.defaultdict(list)
    for r in results:
        by[r["family"]].append(r)
        group = next((g for g, fams in GROUPS.items() if r["family"] in fams), None)
        if group:
            by[group].append(r)
        by["all"].append(r)

    def share(items, key) -> str:
        k = sum(1 for r in items if key(r))
        return f"{k}/{len(items)} ({k / len(items):.2f})"

    lines = ["| family | traces | learned | rules | both | learned only | rules only |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    order = [*GROUPS["R1 families"], *GROUPS["others"]]
    order += sorted(f for f in by if f not in order and f not in GROUPS and f != "all")
    for name in (*order, *GROUPS, "all"):
        items = by.get(name)
        if not items:
            continue
        bold = "**" if name in GROUPS or name == "all" else ""
        lines.append(
            f"| {bold}{name}{bold} | {len(items)} | {share(items, lambda r: r['learned'])} | "
            f"{share(items, lambda r: r['rules'])} | "
            f"{sum(r['learned'] and r['rules'] for r in items)} | "
            f"{sum(r['learned'] and not r['rules'] for r in items)} | "
            f"{sum(r['rules'] and not r['learned'] for r in items)} |")
    return "\n".join(lines)


def rules_source() -> str:
    """Which rules give the stacked feature: the imported ``keysent``'s folder and its git commit
    (with "uncommitted changes" when its tree differs from the commit), for every report to name."""
    import keysent

    pkg = Path(keysent.__file__).resolve().parent

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=pkg, capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD")
    if not commit:
        return f"the rules of {pkg} (not in a git checkout)"
    dirty = git("status", "--porcelain", "--", ".")
    return f"the rules of {pkg} at git {commit}" + (" with uncommitted changes" if dirty else "")


def _report(title: str, outcome: dict, listing: bool) -> str:
    cv = ", ".join(f"C={c:g}{' bow' if bow else ''}: {s:.3f}" for (c, bow), s in outcome["cv"])
    chosen = outcome["chosen"]
    parts = [f"## {title}", f"the rules' feature and the rules column: {rules_source()}",
             f"trained on {outcome['n_train']} traces ({outcome['n_trainable']} with a reachable K); "
             f"chosen by cross-validation: C={chosen['C']:g}, bow={'on' if chosen['bow'] else 'off'}",
             f"cross-validated K exact inside the training sets: {cv}", "", table(outcome["results"])]
    if listing:
        for label, key in (("learned only", lambda r: r["learned"] and not r["rules"]),
                           ("rules only", lambda r: r["rules"] and not r["learned"])):
            rows = [r for r in outcome["results"] if key(r)]
            parts.append(f"\n{label} ({len(rows)}):")
            for r in rows:
                parts.append(f"  {r['id']}: hand c={r['c_end']}, learned c={r['learned_c_end']}, "
                             f"rules c={r['rules_c_end']}; K {r['k']!r}"
                             + ("" if r["learned"] else f"; learned K {r['learned_k']!r}"))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--train", default=None,
                   help=f"sets to learn from (default {DEFAULT_TRAIN}; with --save-weights {WEIGHTS_TRAIN})")
    p.add_argument("--test", default=DEFAULT_TEST, help=f"sets to test on (default {DEFAULT_TEST})")
    p.add_argument("--no-rules", action="store_true", help="leave out the rules' stacked feature")
    p.add_argument("--first-rules", action="store_true",
                   help="the training traces' rules' feature from the rules as first measured on them "
                        "(sets 24-67 only; analyses/results/locator_first_rules.json)")
    p.add_argument("--make-first-rules", action="store_true",
                   help="rebuild analyses/results/locator_first_rules.json from git (then exit)")
    p.add_argument("--save-weights", nargs="?", const=str(WEIGHTS_FILE), default=None, metavar="PATH",
                   help=f"train the shipped learned locator ({WEIGHTS_TRAIN}, the rules as first measured as the "
                        "stacked feature) and write its weights (default: the package's file; then exit)")
    p.add_argument("--logo", action="store_true",
                   help="leave out each blind group 24-25, 26-27, 28-31, 32-35 in turn (no rules' feature)")
    p.add_argument("--labels", choices=("as-written", "convention"), default=None,
                   help="read every label (training and test) as written or under the convention for a content-free "
                        "plan after C (analyses/locator_convention.py); default as-written, with --save-weights "
                        f"the shipped weights' ({WEIGHTS_LABELS})")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds inside the training sets")
    p.add_argument("--list", action="store_true", help="also list the ids only one side gets right")
    args = p.parse_args(argv)
    try:
        if args.folds < 2:
            raise ValueError(f"--folds must be at least 2, got {args.folds}")
        train_spec = args.train if args.train is not None else (WEIGHTS_TRAIN if args.save_weights else DEFAULT_TRAIN)
        labels = args.labels if args.labels is not None else (WEIGHTS_LABELS if args.save_weights else "as-written")
        convention = labels == "convention"
        train, test = parse_sets(train_spec), parse_sets(args.test)
        if args.first_rules and (args.no_rules or args.logo):
            raise ValueError("--first-rules is the rules' feature: not with --no-rules or --logo")
        if not args.logo and not args.save_weights and set(train) & set(test):
            raise ValueError(f"sets in both --train and --test: {sorted(set(train) & set(test))}")
    except ValueError as exc:
        print(f"analyses/locator_learned.py: error: {exc}", file=sys.stderr)
        return 2
    if args.make_first_rules:
        made = make_first_rules()
        print(f"{FIRST_RULES_FILE.relative_to(ROOT)}: {len(made)} traces, "
              f"{sum(ok for _, ok in made.values())} with K exact")
        return 0
    if args.save_weights:
        meta = save_trained(Path(args.save_weights), train_spec=train_spec, folds=args.folds,
                            convention=convention)
        print(f"{args.save_weights}: trained on {meta['n_traces']} traces ({', '.join(meta['train_sets'][:1])} .. "
              f"{meta['train_sets'][-1]}), C={meta['hyper_parameters']['C']:g}, "
              f"bow={'on' if meta['hyper_parameters']['bow'] else 'off'}, {meta['digest']}")
        return 0
    if not args.logo:
        try:
            outcome = run(train, test, rules=not args.no_rules, folds=args.folds, first=args.first_rules,
                          convention=convention)
        except ValueError as exc:
            print(f"analyses/locator_learned.py: error: {exc}", file=sys.stderr)
            return 2
        feature = ("without the rules' feature" if args.no_rules else
                   "with the rules' feature as first measured" if args.first_rules else
                   "with the rules' feature")
        title = f"test {args.test}, {feature}"
        print(_report(title, outcome, args.list))
        return 0
    everything = []
    for label, (lo, hi) in BLIND_GROUPS.items():
        held = [_heldout_name(n) for n in range(lo, hi + 1)]
        outcome = run([s for s in train if s not in held], held, rules=False, folds=args.folds)
        everything.extend(outcome["results"])
        print(_report(f"blind group {label} left out, without the rules' feature", outcome, args.list))
        print()
    print("## all four blind groups (each tested by the model trained without it)\n")
    print(table(everything))
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
