"""General ability, measured: the rows every before/after comparison reports next to safety.

Both seed papers claim their safety training keeps general ability (SafeKey, Zhou et al. 2025,
sec. 4: math, coding and MMLU-Pro unchanged; Safe Trigger: "almost no negative impact on general
performance"). This module measures it:

* for the built-in organism, exact-answer accuracy on a fixed evaluation set of its own arithmetic
  word problems and factual questions (:func:`keysent.organism.splits.eval_records`);
* for a real checkpoint, GSM8K accuracy (Cobbe et al. 2021) on a fixed, seeded sample of
  ``test.jsonl``: the reference answer is the text after ``####``, the model's answer is the
  last number after the think-close marker (the usual GSM8K extraction).

Every row carries the count, the accuracy and its 95% Wilson interval.

Example:
    >>> last_number("She makes 9 * 2 = $18 every day.")
    '18'
    >>> last_number("That is 1,234 apples.")
    '1234'
    >>> last_number("See item B2 and the 3rd row.") is None
    True
    >>> gsm8k_reference_answer("Janet sells 16 - 3 - 4 = <<16-3-4=9>>9 duck eggs.\\n#### 18")
    '18'
"""

from __future__ import annotations

import json
import random
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Sequence

from keysent.errors import ConfigError, DatasetError

__all__ = [
    "last_number",
    "numbers_equal",
    "contains_key",
    "gsm8k_reference_answer",
    "load_gsm8k_sample",
    "answer_after_reasoning",
    "ability_row",
    "general_ability",
    "ability_kind",
    "DEFAULT_GSM8K_PATH",
    "GSM8K_INSTRUCTION",
]

#: The GSM8K test split shipped with the shared data (relative to the repository root).
DEFAULT_GSM8K_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gsm8k" / (
    "test.jsonl")

#: DeepSeek-R1's recommended instruction for math problems (DeepSeek-R1 model card, "Usage
#: Recommendations").
GSM8K_INSTRUCTION = "Please reason step by step, and put your final answer within \\boxed{}."

# A number is a run of digits (optionally with thousands separators and decimals) not glued to a
# letter, digit or underscore on either side: "B2", "3rd", "x10" are not numbers; "$18", "21.",
# "(7)" and "\boxed{42}" are.
_NUMBER_RE = re.compile(
    r"(?<![\w.])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])"
)


def last_number(text: str) -> str | None:
    """The last number in ``text``, normalised (no thousands separators), or None.

    >>> last_number("The boxes hold 21 pens.")
    '21'
    >>> last_number("It costs -3.50 dollars")
    '-3.50'
    """
    found = _NUMBER_RE.findall(text)
    return found[-1].replace(",", "") if found else None


def numbers_equal(a: str, b: str) -> bool:
    """Numeric equality of two number strings ("18" == "18.00" == "18.0"; separators ignored).

    >>> numbers_equal("18.00", "18"), numbers_equal("1,000", "1000"), numbers_equal("7", "8")
    (True, True, False)
    """
    try:
        return Decimal(a.replace(",", "")) == Decimal(b.replace(",", ""))
    except InvalidOperation:
        return False


def contains_key(answer: str, key: str) -> bool:
    """Whether ``answer`` contains ``key`` as whole words, case-insensitive.

    >>> contains_key("The Nile is the longest river.", "nile"), contains_key("Senile", "Nile")
    (True, False)
    """
    if not key.strip():
        raise ConfigError("an empty answer key cannot be graded")
    pattern = r"(?<!\w)" + re.escape(key.strip()) + r"(?!\w)"
    return re.search(pattern, answer, flags=re.IGNORECASE) is not None


def gsm8k_reference_answer(reference: str) -> str:
    """The final answer of a GSM8K reference solution: the text after ``####``, normalised.

    Raises:
        DatasetError: the reference has no ``####`` line or no number after it.
    """
    if "####" not in reference:
        raise DatasetError(
            "a GSM8K reference answer must end with '#### <number>'; is this the 'answer' "
            "column of GSM8K?"
        )
    tail = reference.rsplit("####", 1)[1].strip()
    num = last_number(tail)
    if num is None:
        raise DatasetError(f"no number after '####' in GSM8K reference {tail!r}")
    return num


def load_gsm8k_sample(n: int, *, seed: int = 0, path: "str | Path | None" = None
                      ) -> list[dict[str, str]]:
    """A fixed sample of ``n`` GSM8K problems: ``{"id", "question", "answer"}`` per row.

    The sample is drawn with ``random.Random(seed)`` from the file's rows in file order, so the
    same ``n``, ``seed`` and file give the same problems on any machine; ``answer`` is the
    extracted reference number.

    Raises:
        DatasetError: the file is missing, a row lacks ``question``/``answer``, or ``n`` exceeds
            the number of rows.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ConfigError(f"the GSM8K sample size must be a positive integer, got {n!r}")
    p = Path(path) if path is not None else DEFAULT_GSM8K_PATH
    if not p.is_file():
        raise DatasetError(
            f"GSM8K file {p} not found; pass the path of GSM8K's test.jsonl (question/answer rows)"
        )
    rows = []
    for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        if "question" not in row or "answer" not in row:
            raise DatasetError(f"{p} line {i + 1} has no 'question'/'answer'; is it GSM8K?")
        rows.append({"id": f"gsm8k-{i}", "question": row["question"],
                     "answer": gsm8k_reference_answer(row["answer"])})
    if n > len(rows):
        raise DatasetError(f"asked for {n} GSM8K problems but {p} has {len(rows)}; lower the "
                           "sample size")
    idx = sorted(random.Random(f"keysent-gsm8k:{seed}").sample(range(len(rows)), n))
    return [rows[i] for i in idx]


def answer_after_reasoning(text: str, think_close: str | None) -> str:
    """The answer part of a generation: the text after the last think-close marker (all of it
    when the format has no marker or the model never closed its reasoning)."""
    if think_close and think_close in text:
        return text.rsplit(think_close, 1)[1].strip()
    return text.strip()


def ability_row(name: str, correct: Sequence[bool], **extra: Any) -> dict[str, Any]:
    """One general-ability row: ``{name, n, correct, accuracy, ci_low, ci_high, ...}`` (95% Wilson).

    >>> ability_row("arithmetic", [True, True, False])["accuracy"]
    0.6667
    """
    from keysent.traces.aha import wilson_interval

    n = len(correct)
    k = int(sum(bool(c) for c in correct))
    low, high = wilson_interval(k, n) if n else (0.0, 1.0)
    return {"name": name, "n": n, "correct": k, "accuracy": round(k / n, 4) if n else None,
            "ci_low": round(low, 4), "ci_high": round(high, 4), **extra}


def _generate_answers(hf_model: Any, tokenizer: Any, queries: Sequence[str], *,
                      max_new_tokens: int, batch_size: int, progress: bool) -> list[str]:
    from keysent.models.chat_format import ChatFormat
    from keysent.generation.text import generate_text

    fmt = ChatFormat.detect(tokenizer)
    prompts = [
        tokenizer.apply_chat_template([{"role": "user", "content": q}], tokenize=False,
                                      add_generation_prompt=True)
        for q in queries
    ]
    outs = generate_text(hf_model, tokenizer, prompts, max_new_tokens=max_new_tokens,
                         batch_size=batch_size, progress=progress)
    return [answer_after_reasoning(o.text, fmt.think_close) for o in outs]


def general_ability(
    hf_model: Any,
    tokenizer: Any,
    *,
    kind: str,
    n: int,
    seed: int = 0,
    gsm8k_path: "str | Path | None" = None,
    max_new_tokens: int | None = None,
    batch_size: int = 16,
    progress: bool = False,
) -> list[dict[str, Any]]:
    """General-ability rows of one model, greedy decoding.

    Args:
        hf_model, tokenizer: A Hugging Face causal LM and its tokenizer (chat template required).
        kind: ``"organism"`` (rows ``arithmetic`` and ``factual``, ``n`` items each, from
            :func:`keysent.organism.splits.eval_records`) or ``"gsm8k"`` (row ``gsm8k``, ``n``
            problems from :func:`load_gsm8k_sample`).
        n: Items per row (the sample size).
        seed: Seed of the fixed evaluation set (keep it fixed across a before/after comparison).
        max_new_tokens: Default 128 for the organism, 1024 for GSM8K (a reasoning model thinks
            first).

    Returns:
        One :func:`ability_row` per task, with ``"kind"`` and ``"seed"``.

    Raises:
        ConfigError: unknown ``kind``; DatasetError: see :func:`load_gsm8k_sample`.
    """
    if kind == "organism":
        from keysent.organism.splits import eval_records, grade_answer

        rows = []
        for split in ("arithmetic", "factual"):
            recs = eval_records(split, n, seed=seed)
            answers = _generate_answers(hf_model, tokenizer, [r.query for r in recs],
                                        max_new_tokens=max_new_tokens or 128,
                                        batch_size=batch_size, progress=progress)
            rows.append(ability_row(split, [bool(grade_answer(r, a)) for r, a in
                                            zip(recs, answers)], kind=kind, seed=seed))
        return rows
    if kind == "gsm8k":
        sample = load_gsm8k_sample(n, seed=seed, path=gsm8k_path)
        answers = _generate_answers(
            hf_model, tokenizer, [s["question"] + "\n" + GSM8K_INSTRUCTION for s in sample],
            max_new_tokens=max_new_tokens or 1024, batch_size=batch_size, progress=progress)
        correct = []
        for s, a in zip(sample, answers):
            got = last_number(a)
            correct.append(got is not None and numbers_equal(got, s["answer"]))
        return [ability_row("gsm8k", correct, kind=kind, seed=seed)]
    raise ConfigError(f"unknown general-ability kind {kind!r}; use 'organism' or 'gsm8k'")


def ability_kind(model_name: "str | Path") -> str:
    """``"organism"`` for a built-in organism (a registered name or a build directory with
    ``organism.json``), else ``"gsm8k"``: the ``kind`` a comparison passes to
    :func:`general_ability`.

    >>> ability_kind("toy-r1"), ability_kind("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B")
    ('organism', 'gsm8k')
    """
    from keysent.organism.build import MARKER_FILE
    from keysent.organism.registry import ORGANISMS

    if isinstance(model_name, str) and model_name in ORGANISMS:
        return "organism"
    p = Path(model_name)
    return "organism" if (p / MARKER_FILE).is_file() else "gsm8k"
