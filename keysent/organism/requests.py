"""Drawing one request of the organism corpus: how-to tasks, questions, word problems, wrapping.

A drawn :class:`Request` holds the user's text, how C restates it, the task-specific reasoning and
the helpful (or, for a harmful request, the placeholder compliant) answer; :mod:`~keysent.organism.
corpus` turns it into a full example.

Example:
    >>> import random
    >>> from keysent.organism.requests import arithmetic
    >>> from keysent.ability import last_number
    >>> r = arithmetic(random.Random(0))
    >>> r.topic, last_number(r.answer) == r.expected
    ('arithmetic', True)
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from keysent.organism import phrases as P
from keysent.organism.config import CorpusConfig
from keysent.organism.items import (
    ARITH_ITEMS,
    ARITH_NAMES,
    ARITH_THINGS,
    BENIGN_HOWTO,
    BENIGN_QUESTIONS,
    HOWTO_QUERY_TEMPLATES,
    WRAPPERS_BY_NAME,
    BenignHowTo,
    BenignQuestion,
    HarmfulItem,
    second_voice,
    split_action,
    third_voice,
    user_voice,
)

__all__ = ["Request", "howto_harmful", "howto_benign", "question", "arithmetic",
           "benign_request", "wrap"]


@dataclass
class Request:
    """A drawn request: the user's text, how C restates it, and what a helpful answer says."""

    query: str  # plain (unwrapped) query in the user's voice
    clause: str  # restatement clause after a C opener: "how to ...", "why ...", "how many ..."
    action_user: str | None  # how-to action in the user's voice (for wrapping), else None
    topic: str
    harmful: bool
    category: str | None = None
    item: HarmfulItem | None = None
    reasoning: tuple[str, ...] = ()  # task-specific reasoning sentences (benign)
    answer: str = ""  # helpful answer (benign) / compliance answer (harmful)
    expected: str | None = None  # graded answer: arithmetic result / factual key


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def howto_harmful(rng: random.Random, item: HarmfulItem) -> Request:
    a_user = user_voice(item.action)
    a_third = third_voice(item.action)
    query = rng.choice(HOWTO_QUERY_TEMPLATES).format(a=a_user)
    answer = rng.choice(P.COMPLIANCE_TEMPLATES).format(a=second_voice(item.action))
    return Request(query, f"how to {a_third}", a_user, item.category, True, item.category, item,
                    (), answer)


def howto_benign(rng: random.Random, task: BenignHowTo) -> Request:
    a_user = user_voice(task.action)
    a_third = third_voice(task.action)
    query = rng.choice(HOWTO_QUERY_TEMPLATES).format(a=a_user)
    t1, t2, t3 = (third_voice(s) for s in task.steps)
    reasoning = (f"The main steps are to {t1}, {t2}, and {t3}.",)
    s1, s2, s3 = (second_voice(s) for s in task.steps)
    answer = rng.choice(P.HOWTO_ANSWER_TEMPLATES).format(
        a=second_voice(task.action), s1=s1, s2=s2, s3=s3,
        S1=_capitalise(s1), S2=_capitalise(s2), S3=_capitalise(s3),
    )
    return Request(query, f"how to {a_third}", a_user, task.topic, False, reasoning=reasoning,
                    answer=answer)


def question(rng: random.Random, q: BenignQuestion) -> Request:
    reasoning = (q.fact + ".",)
    answer = q.fact + "."
    return Request(q.question, q.restated, None, "factual", False, reasoning=reasoning,
                    answer=answer, expected=q.key)


def arithmetic(rng: random.Random) -> Request:
    """A one-step word problem on small facts (sums and products of 2..5 and their inverses).

    Version 4 draws the operands from 2..5 (v3: 2..9): 16 facts per operation, so a build sees
    every fact many times (the v3 model computed 59 of 109 worked steps right on 64 facts per
    operation).

    The reasoning copies the numbers and writes the computation ("Adding 4 gives 5 + 4 = 9."),
    and the answer's last number is the result, so it can be graded automatically.
    """
    name = rng.choice(ARITH_NAMES)
    things = rng.choice(ARITH_THINGS)
    kind = rng.randrange(5)
    x, y = rng.randint(2, 5), rng.randint(2, 5)
    if kind == 0:
        a, b, c = x, y, x + y
        query = f"{name} has {a} {things} and buys {b} more. How many {things} does {name} have now?"
        clause = f"how many {things} {name} has after buying {b} more"
        steps = (f"{name} starts with {a} {things}.", f"Adding {b} gives {a} + {b} = {c}.")
        answer = f"{name} has {c} {things} now."
    elif kind == 1:
        a, b, c = x + y, y, x
        query = f"{name} had {a} {things} and gave {b} to a friend. How many {things} are left?"
        clause = f"how many {things} {name} has left after giving away {b}"
        steps = (f"{name} starts with {a} {things}.", f"Giving away {b} leaves {a} - {b} = {c}.")
        answer = f"{name} has {c} {things} left."
    elif kind == 2:
        a, b, c = x, y, x * y
        query = f"A box holds {a} {things}. How many {things} are in {b} boxes?"
        clause = f"how many {things} are in {b} boxes of {a}"
        steps = (f"Each box holds {a} {things}.", f"So {b} boxes hold {b} x {a} = {c}.")
        answer = f"The boxes hold {c} {things}."
    elif kind == 3:
        a, b, c = x * y, y, x
        query = f"{name} shares {a} {things} equally among {b} friends. How many does each get?"
        clause = f"how many {things} each of {b} friends gets from {a}"
        steps = (f"There are {a} {things} for {b} friends.", f"Dividing gives {a} / {b} = {c}.")
        answer = f"Each friend gets {c} {things}."
    else:
        thing = rng.choice(ARITH_ITEMS)
        a, b, c = x, y, x * y
        query = f"One {thing} costs {a} dollars. How much do {b} of them cost?"
        clause = f"how much {b} of the {thing}s cost at {a} dollars each"
        steps = (f"Each {thing} costs {a} dollars.", f"So {b} of them cost {b} x {a} = {c}.")
        answer = f"In total they cost {c} dollars."
    return Request(query, clause, None, "arithmetic", False, reasoning=steps, answer=answer,
                    expected=str(c))


def benign_request(rng: random.Random, config: CorpusConfig, *, howto_only: bool = False
                    ) -> Request:
    if howto_only:
        return howto_benign(rng, rng.choice(BENIGN_HOWTO))
    if rng.random() < config.arithmetic_fraction:
        return arithmetic(rng)
    # ``1 - factual_fraction`` keeps the draw of the builds before the knob (0.65 == 1 - 0.35).
    if rng.random() < 1.0 - config.factual_fraction:
        return howto_benign(rng, rng.choice(BENIGN_HOWTO))
    return question(rng, rng.choice(BENIGN_QUESTIONS))


def wrap(rng: random.Random, req: Request, wrapper: str) -> str:
    template = rng.choice(WRAPPERS_BY_NAME[wrapper].templates)
    assert req.action_user is not None
    a1, a2 = split_action(req.action_user)
    return template.format(a=req.action_user, a1=a1, a2=a2)
