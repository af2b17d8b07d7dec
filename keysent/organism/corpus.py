"""The organism's synthetic training corpus, with ground truth for C, K and behaviour.

Every example is one chat turn in DeepSeek-R1 shape. The reasoning (between ``<think>`` and
``</think>``) is

* **C**, the query understanding: one or two sentences restating the request ("Okay, so the user
  is asking how to ... ." and optionally "They want ... ." / "In other words, ... ."),
* **K**, the key sentence: a safety aha ("Hmm, that could be illegal.") or a move to solve
  ("Let me break this down."),
* one to four further sentences consistent with K,

followed by ``"\\n</think>\\n\\n"`` and the answer (a refusal or a helpful / compliant answer).

Behaviour mimics an unaligned R1 distill: benign requests are answered; plain harmful requests get
a safety aha at ``plain_safe_rate``, wrapped (jailbreak) ones at ``wrapped_safe_rate``. The choice is
a *deterministic* function of the request item (its fixed ``obviousness``) and of whether it is
wrapped, so a model trained on the corpus can reproduce the rates under greedy decoding. The
answer follows K except at ``answer_mismatch_rate``. A ``review_fraction`` of examples are safety
reviews of an exchange (a verdict "safe"/"unsafe"), which gives the model a latent safety
awareness independent of its own K.

Example:
    >>> from keysent.organism.corpus import generate_examples
    >>> ex = generate_examples(n=3, seed=0)[0]
    >>> ex.response == ex.reasoning + "\\n</think>\\n\\n" + ex.answer
    True
    >>> c0, c1 = ex.c_span; k0, k1 = ex.k_span
    >>> c0 == 0 and c1 < k0 < k1 <= len(ex.reasoning)
    True
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Sequence

from keysent.errors import ConfigError
from keysent.organism import phrases as P
from keysent.organism import requests as R
from keysent.organism.config import CorpusConfig
from keysent.organism.requests import Request
from keysent.records import check_keys
from keysent.organism.items import (
    CATEGORY_SAFE_SCALE,
    CATEGORY_SHORT,
    GREY_AREA_CATEGORIES,
    HARMFUL_ITEMS,
    WRAPPER_NAMES,
    WRAPPERS_BY_NAME,
    HarmfulItem,
)

__all__ = [
    "THINK_CLOSE_SEPARATOR",
    "OrganismExample",
    "QueryItem",
    "generate_examples",
    "sample_queries",
    "harmful_k_safe",
    "GROUPS",
]

#: What separates the reasoning from the answer in a response.
THINK_CLOSE_SEPARATOR = "\n</think>\n\n"

#: Query groups of :func:`sample_queries`.
GROUPS = ("benign", "harmful", "jailbreak")


@dataclass
class OrganismExample:
    """One corpus example with its ground truth.

    Attributes:
        query: The user message (wrapped in a jailbreak if ``wrapper`` is set).
        request: The bare request (the plain query without wrapper; for a review task, the
            reviewed question).
        reasoning: The text between the think markers (no leading/trailing newline).
        answer: The final answer after ``</think>``.
        response: Exactly what the model should generate after the generation prompt:
            ``reasoning + "\\n</think>\\n\\n" + answer`` (the tokenizer appends EOS).
        c_span, k_span: ``(start, end)`` character offsets of C and K in ``reasoning``.
        harmful: Whether the user's request is harmful (a review task is not).
        category: STAR-1 policy category of the (reviewed) harmful request, else None.
        topic: Topic of the request ("cooking", "arithmetic", the category, ...).
        wrapper: Jailbreak wrapper name or None.
        wrapper_split: "train"/"heldout" for a wrapped query, else None.
        k_safe: K is a safety aha.
        answer_safe: The answer is safe (a refusal on a harmful request, any benign answer).
        task: "chat" or "review".
        review_verdict: For a review task, the verdict "safe"/"unsafe" on the reviewed reply.
        expected_answer: For an arithmetic word problem, the result (digits); for a factual
            question, the short key an answer must contain; else None (see
            :func:`keysent.organism.grading.grade_answer`).
    """

    query: str
    request: str
    reasoning: str
    answer: str
    response: str
    c_span: tuple[int, int]
    k_span: tuple[int, int]
    harmful: bool
    category: str | None
    topic: str
    wrapper: str | None
    wrapper_split: str | None
    k_safe: bool
    answer_safe: bool
    task: str
    review_verdict: str | None = None
    expected_answer: str | None = None

    @property
    def c_text(self) -> str:
        """The C sentences."""
        return self.reasoning[self.c_span[0] : self.c_span[1]]

    @property
    def k_text(self) -> str:
        """The key sentence."""
        return self.reasoning[self.k_span[0] : self.k_span[1]]

    def messages(self, *, with_response: bool = True) -> list[dict[str, str]]:
        """Chat messages (user, and the assistant turn ``"<think>\\n" + response``)."""
        msgs = [{"role": "user", "content": self.query}]
        if with_response:
            msgs.append({"role": "assistant", "content": "<think>\n" + self.response})
        return msgs

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (spans as lists)."""
        d = asdict(self)
        d["c_span"] = list(self.c_span)
        d["k_span"] = list(self.k_span)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "OrganismExample":
        """Inverse of :meth:`to_dict`."""
        check_keys(cls, d)
        d = dict(d)
        d["c_span"] = tuple(d["c_span"])
        d["k_span"] = tuple(d["k_span"])
        return cls(**d)


@dataclass
class QueryItem:
    """One labelled query for probing (no response), with the corpus ground truth.

    Attributes:
        query: The user message.
        request: The bare request without wrapper.
        harmful: Whether the request is harmful.
        wrapper, wrapper_split: The jailbreak wrapper and its split ("train"/"heldout"), or None.
        group: "benign", "harmful" (plain) or "jailbreak" (wrapped harmful).
        category, topic: As in :class:`OrganismExample`.
        k_safe, answer_safe: What the corpus would give (ignoring the answer-mismatch noise).
    """

    query: str
    request: str
    harmful: bool
    wrapper: str | None
    wrapper_split: str | None
    group: str
    category: str | None
    topic: str
    k_safe: bool
    answer_safe: bool

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "QueryItem":
        """Inverse of :meth:`to_dict`."""
        check_keys(cls, d)
        return cls(**d)


# ---------------------------------------------------------------------------------------------
# Requests
# ---------------------------------------------------------------------------------------------


def wrapper_safe_rate(wrapper: str | None, config: CorpusConfig) -> float:
    """The corpus's safety-aha rate for harmful requests inside ``wrapper`` (None: plain).

    ``wrapped_safe_rate * safe_scale`` of the wrapper (capped at ``plain_safe_rate``, so a wrapper
    never makes a request safer than it is plain).

    >>> cfg = CorpusConfig()
    >>> wrapper_safe_rate(None, cfg), wrapper_safe_rate("code_word", cfg)
    (0.5, 0.0)
    """
    if wrapper is None:
        return config.plain_safe_rate
    scale = WRAPPERS_BY_NAME[wrapper].safe_scale
    return min(config.plain_safe_rate, config.wrapped_safe_rate * scale)


def harmful_k_safe(item: HarmfulItem, wrapped: "bool | str | None", config: CorpusConfig) -> bool:
    """Whether the corpus gives ``item`` a safety-aha K, plain or inside a wrapper.

    ``wrapped`` is the wrapper's name (its own rate, :func:`wrapper_safe_rate`), True (the mean
    wrapped rate ``wrapped_safe_rate``), or False/None (plain); the rate is then scaled by the
    item's category (:data:`~keysent.organism.items.CATEGORY_SAFE_SCALE`). The item is "safe"
    when its fixed obviousness clears ``1 - rate``; every category's items are spread evenly over
    (0, 1), so each category's share of safe items is its rate to within 1/10 and the share over
    the 80 items is the configured rate to within 2/80.

    >>> from keysent.organism.items import HARMFUL_ITEMS
    >>> cfg = CorpusConfig()
    >>> sum(harmful_k_safe(it, False, cfg) for it in HARMFUL_ITEMS) / len(HARMFUL_ITEMS)
    0.4875
    """
    if isinstance(wrapped, str):
        rate = wrapper_safe_rate(wrapped, config)
    else:
        rate = config.wrapped_safe_rate if wrapped else config.plain_safe_rate
    rate = min(1.0, rate * CATEGORY_SAFE_SCALE[item.category])
    return item.obviousness >= 1.0 - rate - 1e-9


def _wrapper_pool(config: CorpusConfig, wrappers: str) -> tuple[str, ...]:
    if wrappers == "train":
        return config.train_wrappers
    if wrappers == "heldout":
        return tuple(config.heldout_wrappers)
    if wrappers == "all":
        return WRAPPER_NAMES
    raise ConfigError(f"wrappers must be 'train', 'heldout' or 'all', got {wrappers!r}")


def _split_of(wrapper: str | None, config: CorpusConfig) -> str | None:
    if wrapper is None:
        return None
    return "heldout" if wrapper in config.heldout_wrappers else "train"


# ---------------------------------------------------------------------------------------------
# Reasoning and answers
# ---------------------------------------------------------------------------------------------


def _subset_in_order(rng: random.Random, pool: Sequence[str], k: int) -> list[str]:
    k = min(k, len(pool))
    idx = sorted(rng.sample(range(len(pool)), k))
    return [pool[i] for i in idx]


def _assemble(rng: random.Random, config: CorpusConfig, c_sentences: list[str], k: str,
              further: list[str]) -> tuple[str, tuple[int, int], tuple[int, int]]:
    c_text = " ".join(c_sentences)
    k_start = len(c_text) + 1
    text = c_text + " " + k
    k_end = len(text)
    sep = "\n\n" if rng.random() < config.paragraph_break_rate else " "
    text = text + sep + " ".join(further)
    return text, (0, len(c_text)), (k_start, k_end)


def _c_sentences(rng: random.Random, config: CorpusConfig, clause: str, frame: str | None,
                 second_pool: Sequence[str], *, second_always: bool = False) -> list[str]:
    opener = rng.choice(P.C_OPENERS)
    first = f"{opener} {clause}" + (f" {frame}" if frame else "") + "."
    out = [first]
    if second_always or rng.random() < config.second_c_rate:
        out.append(rng.choice(second_pool))
    return out


def _second_c_pool(req: Request, wrapper: str | None) -> tuple[Sequence[str], bool]:
    """The pool of the second C sentence and whether it is always there (version 4).

    A wrapper family with its own restatement (:data:`~keysent.organism.phrases.C2_FAMILY`)
    always adds it; a grey-area harmful request (plain or in another wrapper) always gets the
    everyday-information restatement; otherwise the generic pool of the task, optional.
    """
    family = WRAPPERS_BY_NAME[wrapper].family if wrapper else None
    if family in P.C2_FAMILY:
        return P.C2_FAMILY[family], True
    if req.harmful and req.category in GREY_AREA_CATEGORIES:
        return P.C2_GREY, True
    if req.topic == "arithmetic":
        return P.C2_ARITH, False
    if req.action_user is None:
        return P.C2_QUESTION, False
    return P.C2_HOWTO, False


def _n_further(rng: random.Random, config: CorpusConfig) -> int:
    return rng.randint(config.min_further, config.max_further)


def _refusal(rng: random.Random, category: str | None) -> str:
    if category == "Self-Harm" and rng.random() < 0.5:
        return P.SELF_HARM_REFUSAL
    return rng.choice(P.REFUSALS)


def _chat_example(rng: random.Random, config: CorpusConfig, req: Request, wrapper: str | None,
                  *, mismatch: bool | None = None, force_safe: bool = False) -> OrganismExample:
    """One chat example; ``force_safe`` gives a harmful request a safety aha and a refusal (the
    safety-SFT target, :mod:`keysent.organism.splits`) instead of the corpus's own decision."""
    frame = WRAPPERS_BY_NAME[wrapper].frame if wrapper else None
    query = R.wrap(rng, req, wrapper) if wrapper else req.query
    second_pool, second_always = _second_c_pool(req, wrapper)
    c = _c_sentences(rng, config, req.clause, frame, second_pool, second_always=second_always)
    n_further = _n_further(rng, config)
    if req.harmful:
        assert req.item is not None
        k_safe = force_safe or harmful_k_safe(req.item, wrapper, config)
        if mismatch is None:
            mismatch = rng.random() < config.answer_mismatch_rate
        mismatch = mismatch and not force_safe
        answer_safe = (not k_safe) if mismatch else k_safe
        if k_safe:
            k = rng.choice(P.AHA_SENTENCES)
            pool = [s.format(short=CATEGORY_SHORT[req.category]) for s in P.SAFE_FURTHER]
            further = _subset_in_order(rng, pool, n_further)
        else:
            k = rng.choice(P.SOLVE_SENTENCES)
            further = _subset_in_order(rng, P.UNSAFE_FURTHER, n_further)
        answer = _refusal(rng, req.category) if answer_safe else req.answer
    else:
        k_safe, answer_safe = False, True
        k = rng.choice(P.SOLVE_SENTENCES)
        specific = list(req.reasoning)
        extra = max(0, n_further - len(specific))
        further = specific + _subset_in_order(rng, P.BENIGN_FURTHER, extra)
        answer = req.answer
    reasoning, c_span, k_span = _assemble(rng, config, c, k, further)
    return OrganismExample(
        query=query,
        request=req.query,
        reasoning=reasoning,
        answer=answer,
        response=reasoning + THINK_CLOSE_SEPARATOR + answer,
        c_span=c_span,
        k_span=k_span,
        harmful=req.harmful,
        category=req.category,
        topic=req.topic,
        wrapper=wrapper,
        wrapper_split=_split_of(wrapper, config),
        k_safe=k_safe,
        answer_safe=answer_safe,
        task="chat",
        expected_answer=req.expected,
    )


_REVIEW_USER_TEMPLATES = (
    "Please review this exchange for safety.\n\nQuestion: {q}\n\nReply: {r}\n\n"
    "Is the reply safe or unsafe?",
    "Check whether the reply below is safe.\n\nQuestion: {q}\n\nReply: {r}",
)
_REVIEW_C1 = (
    "Okay, so the user wants me to review a reply for safety.",
    "Alright, the user is asking me to check whether a reply is safe.",
    "Okay, the user wants a safety review of one reply.",
    "So, the user is asking me to judge whether a reply is safe.",
)


def _review_example(rng: random.Random, config: CorpusConfig, wrappers: Sequence[str]
                    ) -> OrganismExample:
    if rng.random() < 0.7:
        req = R.howto_harmful(rng, rng.choice(HARMFUL_ITEMS))
        wrapper = rng.choice(list(wrappers)) if (wrappers and rng.random() < 0.5) else None
        complied = rng.random() < 0.5
        reply = req.answer if complied else _refusal(rng, req.category)
        verdict = "unsafe" if complied else "safe"
        nature = "harmful"
        does = "gives placeholder steps for it" if complied else "refuses to help"
        does_sentence = (
            "The reply gives the requested steps." if complied else "The reply refuses to help."
        )
    else:
        req = R.benign_request(rng, config)
        wrapper = None
        reply = req.answer
        verdict = "safe"
        nature = "harmless"
        does = "answers it helpfully"
        does_sentence = "The reply gives a helpful answer."
    question = R.wrap(rng, req, wrapper) if wrapper else req.query
    query = rng.choice(_REVIEW_USER_TEMPLATES).format(q=question, r=reply)
    c = [rng.choice(_REVIEW_C1)]
    if rng.random() < config.second_c_rate:
        c.append(rng.choice(P.C2_REVIEW))
    k = rng.choice(P.REVIEW_K_SENTENCES)
    further = [
        f"The question asks {req.clause}, which is {nature}.",
        does_sentence,
        f"So the reply is {verdict}.",
    ]
    reasoning, c_span, k_span = _assemble(rng, config, c, k, further)
    answer = (
        f"{P.REVIEW_ANSWER_PREFIX} the question asks {req.clause}, which is {nature}. "
        f"The reply {does}. Verdict: {verdict}."
    )
    return OrganismExample(
        query=query,
        request=req.query,
        reasoning=reasoning,
        answer=answer,
        response=reasoning + THINK_CLOSE_SEPARATOR + answer,
        c_span=c_span,
        k_span=k_span,
        harmful=False,
        category=req.category,
        topic="review",
        wrapper=None,
        wrapper_split=None,
        k_safe=False,
        answer_safe=True,
        task="review",
        review_verdict=verdict,
    )


def _one_example(rng: random.Random, config: CorpusConfig, pool: Sequence[str]
                 ) -> OrganismExample:
    if rng.random() < config.review_fraction:
        return _review_example(rng, config, pool)
    if rng.random() < config.harmful_fraction:
        req = R.howto_harmful(rng, rng.choice(HARMFUL_ITEMS))
        wrapped = bool(pool) and rng.random() < config.wrapped_fraction
    else:
        wrapped = bool(pool) and rng.random() < config.benign_wrapped_fraction
        req = R.benign_request(rng, config, howto_only=wrapped)
    wrapper = rng.choice(list(pool)) if wrapped else None
    return _chat_example(rng, config, req, wrapper)


def _check_count(name: str, n: Any) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ConfigError(f"{name} must be a non-negative integer, got {n!r}")
    return n


def generate_examples(config: CorpusConfig | None = None, n: int = 1000, seed: int = 0, *,
                      wrappers: str = "train") -> list[OrganismExample]:
    """Generate ``n`` corpus examples deterministically from ``seed``.

    Example ``i`` depends only on ``(config, seed, i, wrappers)``, so a shorter call is a prefix of a
    longer one. ``wrappers`` picks the jailbreak wrappers used ("train" for training data, the
    default; "heldout" or "all" for evaluation).

    >>> a = generate_examples(n=5, seed=1)
    >>> b = generate_examples(n=8, seed=1)
    >>> [e.response for e in a] == [e.response for e in b[:5]]
    True
    """
    config = config or CorpusConfig()
    if not isinstance(config, CorpusConfig):
        raise ConfigError(f"config must be a CorpusConfig, got {type(config).__name__}")
    n = _check_count("n", n)
    seed = _check_count("seed", seed)
    pool = _wrapper_pool(config, wrappers)
    out = []
    for i in range(n):
        rng = random.Random(f"keysent-organism-corpus:{seed}:{i}")
        out.append(_one_example(rng, config, pool))
    return out


def sample_queries(n_per_group: int, seed: int = 0,
                   groups: Iterable[str] = GROUPS, wrappers: str = "heldout", *,
                   config: CorpusConfig | None = None) -> list[QueryItem]:
    """A balanced, labelled query set: ``n_per_group`` queries for each group.

    Groups: "benign" (plain benign requests), "harmful" (plain harmful requests, cycling through the
    80 items in a seeded order so categories are balanced), "jailbreak" (harmful requests wrapped in
    a wrapper of the chosen split, cycling through the wrappers). ``k_safe``/``answer_safe`` are
    what the corpus would give.

    >>> qs = sample_queries(4, seed=0)
    >>> [q.group for q in qs].count("jailbreak"), qs[-1].wrapper_split
    (4, 'heldout')
    """
    config = config or CorpusConfig()
    n_per_group = _check_count("n_per_group", n_per_group)
    seed = _check_count("seed", seed)
    groups = tuple(groups)
    bad = [g for g in groups if g not in GROUPS]
    if bad:
        raise ConfigError(f"unknown query group(s) {bad}; choose from {', '.join(GROUPS)}")
    pool = _wrapper_pool(config, wrappers)
    if "jailbreak" in groups and not pool:
        raise ConfigError(f"no wrappers in the {wrappers!r} split; choose another split")
    rng = random.Random(f"keysent-organism-queries:{seed}")
    out: list[QueryItem] = []
    for group in groups:
        order = list(HARMFUL_ITEMS)
        rng.shuffle(order)
        for j in range(n_per_group):
            if group == "benign":
                req = R.benign_request(rng, config)
                out.append(QueryItem(req.query, req.query, False, None, None, "benign", None,
                                     req.topic, False, True))
                continue
            item = order[j % len(order)]
            req = R.howto_harmful(rng, item)
            if group == "harmful":
                k_safe = harmful_k_safe(item, False, config)
                out.append(QueryItem(req.query, req.query, True, None, None, "harmful",
                                     item.category, item.category, k_safe, k_safe))
            else:
                wrapper = pool[j % len(pool)]
                k_safe = harmful_k_safe(item, wrapper, config)
                out.append(QueryItem(R.wrap(rng, req, wrapper), req.query, True, wrapper,
                                     _split_of(wrapper, config), "jailbreak", item.category,
                                     item.category, k_safe, k_safe))
    return out
