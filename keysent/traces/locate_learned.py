"""The learned C-end locator: a per-sentence logistic regression, the rules as a stacked feature.

``locate_key_sentence(reasoning, query, method="learned")`` (or ``--locator learned`` on every
command that takes ``--locator``) finds C's end with the model of the round-16 experiment
(``analyses/locator_learned.py``, docs/locating.md "The learned locator (round 16)"; the weights
of round 18, trained on blind sets 24-47 with their labels read under the convention for a
content-free plan after C: "The convention for a content-free plan", and with that convention's
predicate as corrected in "Round 18 measured"): each
sentence of the reasoning gets features (below), a logistic regression gives
P(sentence is C), and C's end is the prefix of most likelihood (:func:`best_prefix`); K is built
from it exactly as the rules build theirs. The rules' own C end
(:func:`keysent.traces.understanding.rule_c_end`, what ``method="rules"`` gives) is one of the
features ("honest stacking": the shipped weights were trained with the rules *as first
measured* on each blind set, so the model learned how often the rules are wrong on new text).

Inference needs numpy and safetensors only; training (``analyses/locator_learned.py
--save-weights``) uses scikit-learn. The weights ship as ``locator_weights/learned-c-end.safetensors``
beside this module: tensors ``index`` (int64, shape ``(m,)``: hashed feature columns with a
non-zero weight), ``weight`` (float32, ``(m,)``) and ``intercept`` (float32, ``(1,)``); its
metadata holds the training sets, the hyper-parameters, :data:`FEATURE_VERSION` and the digest
of the tensors (:func:`weights_digest`).

**Features** of sentence ``i`` (hashed into :data:`N_FEATURES` columns with MurmurHash3, as
scikit-learn's ``FeatureHasher(alternate_sign=False)`` hashes them): its own (prefixed ``s:``)
and the previous sentence's (``p:``): content stems shared with the query and added, numbers
by value (in the query, new), capitalised words shared and new, a quoted run of the query, ``=``,
operators, ``?``, a closing colon, a list marker, quotes, length in words and characters, a
paragraph break before it, its first one to three words; its index (one-hot up to 8); with
``bow`` every word of the sentence; and the rules' C end (in C, is K, distance from K clipped to
-3..3).

Example::

    >>> from keysent.traces.locate import locate_key_sentence
    >>> loc = locate_key_sentence("Okay, the user wants a poem about rain. Let me write one.",
    ...                           "Write a poem about rain.", method="learned")
    >>> loc.key_sentence_text, loc.method
    ('Let me write one.', 'learned')
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from keysent.errors import KeysentError
from keysent.traces.numbers import new_numbers
from keysent.traces.restatement import quotes_query
from keysent.traces.understanding import rule_c_end, same_paragraph
from keysent.traces.word_forms import content_stems

__all__ = [
    "FEATURE_VERSION",
    "N_FEATURES",
    "HORIZON",
    "WEIGHTS_FILE",
    "LearnedLocator",
    "learned_locator",
    "sentence_features",
    "rules_features",
    "row_features",
    "feature_column",
    "best_prefix",
    "weights_digest",
    "save_weights",
]

#: Bump when a feature changes: weights trained on other features are refused.
FEATURE_VERSION = 1
#: Hashed feature columns.
N_FEATURES = 2**18
#: C ends within the first ``HORIZON - 1`` sentences; later ones do not weigh on the choice.
HORIZON = 12
#: The shipped weights.
WEIGHTS_FILE = Path(__file__).resolve().parent / "locator_weights" / "learned-c-end.safetensors"

_WORD_RE = re.compile(r"[a-z0-9']+")
_CAP_RE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-zA-Z]+")
_QUERY_CAP_RE = re.compile(r"\b[A-Z][a-zA-Z]+")
_OPERATOR_RE = re.compile(r"\d\s*[-+*/×÷^]\s*\d|\b(?:times|plus|minus|divided)\b")
_LIST_RE = re.compile(r"^\s*(?:\d+[.)]|[-*•]|\(?[A-Ea-e][).:])\s")


# ---------------------------------------------------------------------------------------------
# Features
# ---------------------------------------------------------------------------------------------


def sentence_features(
    reasoning: str,
    sentences: list[tuple[int, int]],
    texts: list[str],
    query: str | None,
    *,
    limit: int | None = None,
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """``(base, bow)``: the features of the first ``limit`` sentences (all when ``None``), one
    dict ``{name: value}`` per sentence each; ``base`` holds the sentence's own (``s:``), the
    previous sentence's (``p:``) and its position, ``bow`` its words (used when the weights were
    trained with ``bow``). ``sentences`` are spans into ``reasoning``, ``texts`` their texts (as
    :func:`keysent.traces.locate.prepare_sentences` gives them).

    Example::

        >>> base, bow = sentence_features("Hi. The user asks 2+2.", [(0, 3), (4, 23)],
        ...                               ["Hi.", "The user asks 2+2."], "What is 2+2?")
        >>> base[1]["s:operator"], base[1]["p:w1=hi"], sorted(bow[0])
        (1.0, 1.0, ['bow=hi'])
    """
    n = len(texts) if limit is None else min(limit, len(texts))
    info = {"query": query or "", "stems": content_stems(query),
            "caps": {w.lower() for w in _QUERY_CAP_RE.findall(query or "")}}
    own = [_own_features(reasoning, sentences, texts, i, info) for i in range(n)]
    base, bow = [], []
    for i in range(n):
        f = {f"s:{k}": v for k, v in own[i].items()}
        f.update({f"p:{k}": v for k, v in (own[i - 1] if i else {"none": 1.0}).items()})
        f[f"pos={min(i, 8)}"] = 1.0
        f["first"] = float(i == 0)
        f["bias"] = 1.0
        base.append(f)
        bow.append({f"bow={w}": 1.0 for w in set(_WORD_RE.findall(texts[i].lower()))})
    return base, bow


def rules_features(n: int, rules_c_end: int) -> list[dict[str, float]]:
    """The stacked feature of ``n`` sentences when the rules end C after ``rules_c_end`` of them:
    in C, is K, distance from K (clipped to -3..3).

    >>> rules_features(2, 1)
    [{'r:inC': 1.0, 'r:K': 0.0, 'r:d=-1': 1.0}, {'r:inC': 0.0, 'r:K': 1.0, 'r:d=0': 1.0}]
    """
    r = rules_c_end
    return [{"r:inC": float(i < r), "r:K": float(i == r), f"r:d={max(-3, min(3, i - r))}": 1.0}
            for i in range(n)]


def row_features(base: dict, bow: dict | None = None, rules: dict | None = None) -> dict[str, float]:
    """One sentence's row: ``base`` with ``bow`` and ``rules`` added when given."""
    row = dict(base)
    if bow:
        row.update(bow)
    if rules:
        row.update(rules)
    return row


def _own_features(reasoning, sentences, texts, i, info) -> dict[str, float]:
    """The features of sentence ``i`` alone (see the module docstring)."""
    text = texts[i]
    stems = content_stems(text)
    shared = stems & info["stems"]
    numbers = new_numbers(text, None)
    fresh = new_numbers(text, info["query"])
    caps = {w.lower() for w in _CAP_RE.findall(text)} - {text.split()[0].strip("\"'*(").lower()}
    words = _WORD_RE.findall(text.lower())
    f = {
        "shared": math.log1p(len(shared)),
        "shared_share": len(shared) / len(stems) if stems else 0.0,
        "new_stems": math.log1p(len(stems - info["stems"])),
        "no_stems": float(not stems),
        "numbers": math.log1p(len(numbers)),
        "numbers_query": math.log1p(len(numbers) - len(fresh)),
        "numbers_new": math.log1p(len(fresh)),
        "caps_shared": math.log1p(len(caps & info["caps"])),
        "caps_new": math.log1p(len(caps - info["caps"])),
        "quotes_query": float(bool(info["query"]) and quotes_query(text, info["query"])),
        "equals": float("=" in text),
        "operator": float(bool(_OPERATOR_RE.search(text))),
        "question": float("?" in text),
        "colon_end": float(text.rstrip().endswith(":")),
        "list_item": float(bool(_LIST_RE.match(text))),
        "quote": float(any(q in text for q in "\"“”")),
        "words": math.log1p(len(words)),
        "chars": math.log1p(len(text)),
        "para_before": float(i > 0 and not same_paragraph(reasoning, sentences[i - 1], sentences[i])),
    }
    for k in (1, 2, 3):
        if len(words) >= k:
            f["w" + str(k) + "=" + " ".join(words[:k])] = 1.0
    return f


# ---------------------------------------------------------------------------------------------
# Hashing (MurmurHash3 x86 32-bit, seed 0: the column scikit-learn's FeatureHasher gives)
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 17)
def feature_column(name: str) -> int:
    """The hashed column of feature ``name``: ``abs(murmurhash3_32(name, seed=0)) % N_FEATURES``,
    the column ``sklearn.feature_extraction.FeatureHasher(n_features=N_FEATURES)`` puts it in.

    >>> feature_column("bias")
    163957
    """
    h = _murmur3_32(name.encode("utf-8"))
    if h == -(2**31):
        return (2**31 - 1 - (N_FEATURES - 1)) % N_FEATURES
    return abs(h) % N_FEATURES


def _murmur3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 (x86, 32-bit) of ``data`` as a signed int."""
    c1, c2, mask = 0xCC9E2D51, 0x1B873593, 0xFFFFFFFF
    h = seed & mask
    n = len(data) // 4 * 4
    for (k,) in _blocks(data[:n]):
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        k = (k * c2) & mask
        h ^= k
        h = ((h << 13) | (h >> 19)) & mask
        h = (h * 5 + 0xE6546B64) & mask
    tail, k = data[n:], 0
    if len(tail) >= 3:
        k ^= tail[2] << 16
    if len(tail) >= 2:
        k ^= tail[1] << 8
    if tail:
        k ^= tail[0]
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        k = (k * c2) & mask
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & mask
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & mask
    h ^= h >> 16
    return h - (1 << 32) if h & 0x80000000 else h


def _blocks(data: bytes):
    import struct

    return struct.iter_unpack("<I", data)


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------


def best_prefix(p) -> int:
    """The C end ``c`` in ``1 .. min(n, HORIZON) - 1`` (1 when ``n < 2``) maximising
    ``sum(log p[:c]) + sum(log(1 - p[c:HORIZON]))``, ``p`` the per-sentence P(C) (C is a prefix:
    the guesses are made consistent by the decoding, not by a threshold); ties: the smallest.

    >>> best_prefix([0.9, 0.8, 0.2, 0.1]), best_prefix([0.4])
    (2, 1)
    """
    eps = 1e-9
    n = len(p)
    if n < 2:
        return 1
    best, best_score = 1, -math.inf
    for c in range(1, min(n, HORIZON)):
        score = (sum(math.log(max(v, eps)) for v in p[:c])
                 + sum(math.log(max(1 - v, eps)) for v in p[c:HORIZON]))
        if score > best_score + 1e-12:
            best, best_score = c, score
    return best


# ---------------------------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------------------------


def weights_digest(index, weight, intercept, metadata: dict[str, str] | None = None) -> str:
    """``sha256:`` of the tensors' bytes (``index`` int64, ``weight`` and ``intercept``
    float32, little-endian, in that order) and of the metadata other than the digest itself
    (``metadata``, as stored: string values, keys sorted, as JSON): the same weights and the same
    training record give the same digest, and an edit to either (a dropped ``hyper_parameters``
    changes the features) fails it."""
    import numpy as np

    h = hashlib.sha256()
    for arr, dtype in ((index, "<i8"), (weight, "<f4"), (intercept, "<f4")):
        h.update(np.ascontiguousarray(np.asarray(arr, dtype=dtype)).tobytes())
    record = {k: v for k, v in (metadata or {}).items() if k != "digest"}
    h.update(json.dumps(record, sort_keys=True).encode("utf-8"))
    return "sha256:" + h.hexdigest()


def save_weights(path: str | Path, coef, intercept: float, *, meta: dict[str, Any]) -> str:
    """Write a fitted model to ``path`` (safetensors): the non-zero entries of ``coef`` (shape
    ``(N_FEATURES,)``) and ``intercept``; ``meta`` (``train_sets``, ``hyper_parameters``, ...,
    JSON-able) goes into the metadata with :data:`FEATURE_VERSION` and the digest, which is
    returned."""
    import numpy as np
    from safetensors.numpy import save_file

    coef = np.asarray(coef, dtype=np.float64).ravel()
    if coef.shape != (N_FEATURES,):
        raise KeysentError(f"coef must have shape ({N_FEATURES},), got {coef.shape}")
    index = np.flatnonzero(coef).astype(np.int64)
    weight = coef[index].astype(np.float32)
    bias = np.asarray([intercept], dtype=np.float32)
    metadata = {k: json.dumps(v, sort_keys=True) for k, v in sorted(meta.items()) if k != "digest"}
    metadata.update(feature_version=str(FEATURE_VERSION), n_features=str(N_FEATURES))
    digest = weights_digest(index, weight, bias, metadata)
    metadata["digest"] = digest
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    save_file({"index": index, "weight": weight, "intercept": bias}, str(tmp), metadata=dict(sorted(metadata.items())))
    tmp.chmod(0o644)  # save_file creates 0600; a shared install must stay readable
    tmp.replace(path)  # atomic: a failed rebuild never leaves half a weights file
    return digest


def _tensor_problem(index, weight, intercept) -> str | None:
    """What is wrong with the weights' tensors, or ``None``: one intercept, as many weights as
    indices, every index a column below :data:`N_FEATURES`, every value finite."""
    import numpy as np

    if intercept.shape != (1,):
        return f"intercept has shape {tuple(intercept.shape)}, not (1,)"
    if index.ndim != 1 or weight.shape != index.shape:
        return f"{index.shape[0] if index.ndim else 0} indices but weight of shape {tuple(weight.shape)}"
    if index.size and (index.min() < 0 or index.max() >= N_FEATURES):
        return f"an index outside 0..{N_FEATURES - 1}"
    if not (np.isfinite(weight).all() and np.isfinite(intercept).all()):
        return "a weight or the intercept is not finite (NaN or inf)"
    return None


class LearnedLocator:
    """The learned judge of C's end, from a weights file (default: the shipped one).

    Works wherever a judge of C's end does (:class:`keysent.traces.locate_model.EndOfCJudge`):
    ``mark_end_of_c(reasoning, sentences, query)`` gives the 0-based index of C's last sentence;
    locations it makes say ``method == "learned"`` (:attr:`locator_method`). It always answers
    (no fallback). ``c_end`` is the same on spans, as :func:`~keysent.traces.locate.locate_key_sentence`
    calls it.

    Attributes:
        path: The weights file. ``meta``: its metadata (``train_sets``, ``hyper_parameters``
            with ``C`` and ``bow``, ``feature_version``, ``digest``, ...). ``bow``: whether
            the words of each sentence are features.

    Raises:
        KeysentError: the file is missing or not a readable weights file (corrupt, wrong
            tensors, a digest that does not match), or was trained on another feature version;
            one line naming the file and the fix.
    """

    locator_method = "learned"

    def __init__(self, path: str | Path | None = None) -> None:
        import numpy as np

        self.path = Path(path) if path is not None else WEIGHTS_FILE
        fix = ("reinstall keysent, or rebuild it in a checkout: python analyses/locator_learned.py --save-weights"
               if path is None
               else "pass the shipped weights (keysent.traces.locate_learned.WEIGHTS_FILE) or rebuild with "
                    "python analyses/locator_learned.py --save-weights PATH")
        if not self.path.is_file():
            raise KeysentError(f"learned locator: weights file {str(self.path)!r} is missing or not a file; {fix}")
        try:
            from safetensors import safe_open

            with safe_open(str(self.path), framework="np") as f:
                meta = dict(f.metadata() or {})
                index, weight, bias = (f.get_tensor(k) for k in ("index", "weight", "intercept"))
        except Exception as exc:  # a corrupt or foreign file
            raise KeysentError(
                f"learned locator: weights file {str(self.path)!r} is not readable ({type(exc).__name__}: "
                f"{str(exc)[:80]}); {fix}") from None
        if meta.get("feature_version") != str(FEATURE_VERSION):
            raise KeysentError(
                f"learned locator: weights file {str(self.path)!r} has feature version "
                f"{meta.get('feature_version')!r}, this keysent computes version {FEATURE_VERSION}; "
                f"{fix}")
        if weights_digest(index, weight, bias, meta) != meta.get("digest"):
            raise KeysentError(
                f"learned locator: weights file {str(self.path)!r} does not match its digest "
                f"(corrupt or edited); {fix}")
        problem = _tensor_problem(index, weight, bias)
        try:
            self.meta = {k: (json.loads(v) if k != "digest" else v) for k, v in meta.items()}
            hyper = self.meta["hyper_parameters"]
            self.bow = bool(hyper["bow"])
        except (ValueError, KeyError, TypeError) as exc:
            problem = problem or f"its metadata is not the training record ({type(exc).__name__}: {str(exc)[:60]})"
        if problem:
            raise KeysentError(f"learned locator: weights file {str(self.path)!r}: {problem}; {fix}")
        self._weights = dict(zip(index.tolist(), weight.astype(np.float64).tolist()))
        self._intercept = float(bias[0])

    def __repr__(self) -> str:
        return f"LearnedLocator({str(self.path)!r})"

    def probabilities(
        self, reasoning: str, sentences: list[tuple[int, int]], texts: list[str], query: str | None,
        rules_c_end: int,
    ) -> list[float]:
        """P(sentence is C) of the first ``min(n, HORIZON)`` sentences, the rules ending C after
        ``rules_c_end`` of them."""
        base, bow = sentence_features(reasoning, sentences, texts, query, limit=HORIZON)
        rules = rules_features(len(base), rules_c_end)
        out = []
        for i in range(len(base)):
            z = self._intercept
            for name, value in row_features(base[i], bow[i] if self.bow else None, rules[i]).items():
                z += self._weights.get(feature_column(name), 0.0) * value
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0)
        return out

    def c_end(
        self, reasoning: str, sentences: list[tuple[int, int]], texts: list[str], query: str | None,
        *, max_understanding: int = 6,
    ) -> int:
        """C's end (the number of C's sentences, ``1 .. HORIZON - 1``) of a non-empty sentence
        list; the rules' C end (with ``max_understanding``, which caps only the rules) is the
        stacked feature."""
        rules = rule_c_end(reasoning, sentences, texts, query, max_understanding)
        return best_prefix(self.probabilities(reasoning, sentences, texts, query, rules))

    def mark_end_of_c(self, reasoning: str, sentences: list[str], query: str | None) -> int | None:
        """The 0-based index of C's last sentence (see :class:`EndOfCJudge`): ``reasoning`` is
        split again for the sentence spans; ``None`` when that split differs from ``sentences``."""
        from keysent.traces.locate import prepare_sentences

        _, spans, texts = prepare_sentences(reasoning)
        if not texts or list(texts) != list(sentences):
            return None
        return self.c_end(reasoning, spans, texts, query) - 1


@lru_cache(maxsize=4)
def learned_locator(path: str | None = None) -> LearnedLocator:
    """The :class:`LearnedLocator` of ``path`` (default: the shipped weights), loaded once."""
    return LearnedLocator(path)
