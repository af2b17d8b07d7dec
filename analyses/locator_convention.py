"""The blind held-out labels read under the project's convention for a content-free plan after C.

Usage (from the repository root)::

    .venv/bin/python analyses/locator_convention.py --sets 40-47            # rules, both readings
    .venv/bin/python analyses/locator_convention.py --sets 40-47 --method learned
    .venv/bin/python analyses/locator_convention.py --sets 40-47 --list     # every label moved

Issue 13's own example ends C with the user's details and makes a content-free hesitation the key
sentence: "... Also, I'd rather he didn't notice the broken window. **K: Hmm, where do I even
begin?**". The rules follow it, as STAR-1's hand-checked traces do (3245: "Let me think about how
to approach this." is K) and the organism does: a plan or hesitation that names nothing ("Let me
think about this.", "Hmm, where do I even start?", "Let me break this down step by step.") right
after the restatement is the model's first move, K. The blind labellers of sets 24-51 were given
the definitions of C and K without that example (the brief names "a plan with content" as K and
leaves a generic plan to them), and most put such a plan in C and took the next sentence as K
(docs/locating.md, "The convention for a content-free plan").

This script reads every label both ways: as written, and with the convention applied
(:func:`convention_k`): when the sentences right before the labelled K are content-free plans or
hesitations (:func:`is_content_free_plan`) and at least one sentence of C comes before them, K
moves to the first of them. The convention depends on the label and the trace only, never on a
locator; ``--list`` prints every label it moves, for a reader to check. The numbers as written
stay the measurement; the second reading says how much of the gap is this one convention.

A bad ``--sets`` (``A-B`` or ``A,B,...``; sets that are not there) is an error (exit 2, one line).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # after PYTHONPATH: an older keysent there (git archive) is measured
sys.path.insert(0, str(ROOT / "analyses"))

from keysent.errors import KeysentError  # noqa: E402
from keysent.traces.locate import _location, locate_key_sentence, prepare_sentences  # noqa: E402

GROUPS = {"R1 families": ("r1", "r1-qwen", "r1-llama"), "others": ("qwen3", "qwq", "kimi")}

# Openers a content-free plan may start with: hesitations ("Hmm", "Wait"), which may also stand
# alone as a sentence ("Hmm.", "Wait."), and connectives ("Okay, so", "Alright"), which may not: a
# bare "So." or "Right." is a filler, not a hesitation.
_HESITATION = r"(?:hmm+|hm+|um+|uh+|uhm+|erm?|wait)"
_CONNECTIVE = r"(?:okay|ok|alright|all\s+right|so|well|now|right|first|oh|ah+)"
_OPENERS_RE = re.compile(rf"^(?:(?:{_HESITATION}|{_CONNECTIVE})\b[\s,.!…:;—–-]*)*", re.IGNORECASE)
_HESITATION_RE = re.compile(rf"\b{_HESITATION}\b", re.IGNORECASE)
# The plan's subject and verb: "let me", "let's", "I need to", "I should", "I'll", "I want to" ...
_PLAN_HEAD_RE = re.compile(
    r"^(?:let\s+me|let['’]?s|i\s+(?:need|have|want|ought)\s+to|i\s+(?:should|must|will|shall)|"
    r"i['’]ll|i['’]m\s+going\s+to|i\s+am\s+going\s+to|time\s+to)\s+(?P<rest>.*)$",
    re.IGNORECASE,
)
# The plan's own verb is one of thinking, reading or stepping through: "Let me answer.", "I should
# answer this.", "I'll do it." are decisions to answer, not plans that name nothing.
_PLAN_VERBS = frozenset(
    """think reflect break unpack understand figure work go start begin look see read reread
    re-read consider analyze analyse parse digest approach tackle process sort piece try""".split()
)
# Adverbs before the plan's verb ("Let me first read ...", "Let me just think ...").
_ADVERBS = frozenset("first just quickly now also carefully really briefly again".split())
# "Where do I even begin?", "How should I approach this?"
_WHERE_RE = re.compile(
    r"^(?:where|how)\s+(?:do|should|would|can|to)\s+(?:i\s+)?(?:even\s+)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# "I'm not sure where to start.", "I don't really know how to approach this."
_UNSURE_RE = re.compile(
    r"^(?:(?:i['’]m|i\s+am)\s+)?(?:not\s+(?:really\s+|quite\s+|entirely\s+|even\s+)?sure|unsure|"
    r"i\s+(?:don['’]t|do\s+not)\s+(?:really\s+|even\s+)?know)\s+(?P<rest>(?:where|how)\b.*)$",
    re.IGNORECASE,
)
# Every word after the plan's head must be one of these: words of thinking, reading, stepping
# through and responding, and the request named as such ("the question", "the request"), none
# naming the request's content, a method or a judgement ("careful", "dangerous", "equation",
# "compute" are not here).
_PLAN_WORDS = frozenset(
    """think thinking thought about over through this that it these here now again more once first
    how to the a an best way ways approach approaching handle handling respond responding reply
    answer tackle address deal with proceed break breaking down step steps by unpack understand
    try figure out work go going start starting begin beginning even properly clearly carefully
    moment second bit time process sort piece pieces together look at see read reread re-read
    consider analyze analyse parse digest i me do should can be is this one where reflect for on
    understanding reading question request query problem prompt task""".split()
)
_WORD_RE = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")


def is_content_free_plan(sentence: str) -> bool:
    """Whether ``sentence`` is a plan or a hesitation of the model's that names nothing of the
    request, of a method or of a judgement: "Let me think about this.", "Hmm, where do I even
    start?", "I'm not sure where to start.", "Let me re-read the question.", "Let me break this
    down step by step.", "Let me think about this for a moment.", "Let me first read the task
    carefully.", "Okay, let me figure out the best way to respond." and a bare "Hmm.", "Hmm—" or
    "Wait." are; "Let me set up an equation.", "Let me compute.", "I need to be careful here.",
    "Let me think about what the constraints mean.", "I need to figure out what to do." (the
    question "What should I do?" said again), the decisions "I should answer this.", "Let me try
    to answer this." and "I'll do it.", and a bare "So." or "Right." are not.

    Raises TypeError when ``sentence`` is not a string.

    Example::

        >>> is_content_free_plan("Hmm, where do I even begin?")
        True
        >>> is_content_free_plan("I should answer this.")
        False
    """
    if not isinstance(sentence, str):
        raise TypeError(f"is_content_free_plan: sentence must be a str, got {type(sentence).__name__}")
    text = sentence.strip().strip("\"'“”*_()")
    opened = _OPENERS_RE.match(text).group(0)
    rest = text[len(opened):].strip()
    if not re.sub(r"[\s.!?…,;:—–-]", "", rest):
        return bool(_HESITATION_RE.search(opened))  # a bare "Hmm." / "Wait.", not a bare "So."
    m = _PLAN_HEAD_RE.match(rest)
    if m is not None:
        words = _WORD_RE.findall(m.group("rest").lower())
        verb = next((i for i, w in enumerate(words) if w not in _ADVERBS), len(words))
        if verb == len(words) or words[verb] not in _PLAN_VERBS:
            return False  # "Let me first read the task carefully." is a plan; "Let me answer." not
        if words[verb] == "try" and words[verb + 1:verb + 2] == ["to"] and (
                words[verb + 2:verb + 3] == [] or words[verb + 2] not in _PLAN_VERBS):
            return False  # "Let me try to answer this." is a decision to answer
    else:
        m = _WHERE_RE.match(rest) or _UNSURE_RE.match(rest)
        if m is None:
            return False
        words = _WORD_RE.findall(m.group("rest").lower())
    return bool(words) and all(w.replace("’", "'") in _PLAN_WORDS for w in words)


def is_bare_hesitation(sentence: str) -> bool:
    """Whether ``sentence`` is only a hesitation ("Hmm.", "Wait.", "Hmm, okay."): a move of the
    convention over such sentences alone only joins an interjection to the labelled K, and is
    counted apart (``joined``). Raises TypeError when ``sentence`` is not a string."""
    if not isinstance(sentence, str):
        raise TypeError(f"is_bare_hesitation: sentence must be a str, got {type(sentence).__name__}")
    text = sentence.strip().strip("\"'“”*_()")
    opened = _OPENERS_RE.match(text).group(0)
    return not re.sub(r"[\s.!?…,;:—–-]", "", text[len(opened):]) and bool(_HESITATION_RE.search(opened))


def _convention(case: dict) -> tuple[str, list[str]]:
    """The K under the convention and the sentences it moved over (empty when it moved nothing)."""
    missing = [key for key in ("reasoning", "k") if not isinstance(case.get(key), str)]
    if missing:
        raise ValueError(f"convention_k: the case {case.get('id', '?')!r} has no string {missing[0]!r}; "
                         "give a dict with 'reasoning' and its labelled 'k'")
    reasoning = case["reasoning"]
    _, sentences, texts = prepare_sentences(reasoning)
    ends = [c for c in range(1, len(sentences))
            if _location(reasoning, sentences, texts, c, "label").key_sentence_text == case["k"]]
    if len(ends) != 1:
        return case["k"], []
    start = ends[0]
    while start - 1 >= 1 and is_content_free_plan(texts[start - 1]):
        start -= 1
    if start == ends[0]:
        return case["k"], []
    moved = _location(reasoning, sentences, texts, start, "label").key_sentence_text
    return (moved, texts[start:ends[0]]) if moved else (case["k"], [])


def convention_k(case: dict) -> str:
    """The case's K with the convention applied: the first of the content-free plans right before
    the labelled K (:func:`is_content_free_plan`), when at least one sentence of C stays before
    it; else the label as written. K is cut as the locator cuts it (a bare interjection takes the
    next sentence of its paragraph with it).

    Raises ValueError when ``case`` has no string ``"reasoning"`` or ``"k"``."""
    return _convention(case)[0]


def measure(cases: list[dict], method: str = "rules") -> list[dict]:
    """One row a case: id, family, the label as written, with the convention, whether the move
    only joins a bare hesitation ("Hmm.") to the label, and the located K."""
    out = []
    for case in cases:
        located = locate_key_sentence(case["reasoning"], case["query"], method=method).key_sentence_text
        k, over = _convention(case)
        out.append({"id": case["id"], "family": case["family"], "k": case["k"], "convention": k,
                    "joined": bool(over) and all(is_bare_hesitation(t) for t in over), "located": located})
    return out


def table(rows: list[dict]) -> str:
    """The table (markdown) by family and group: K exact against the label as written and with
    the convention, and how many labels the convention moves."""
    by = collections.defaultdict(list)
    for r in rows:
        by[r["family"]].append(r)
        by[next(g for g, fams in GROUPS.items() if r["family"] in fams)].append(r)

    def share(items: list[dict], key: str) -> str:
        k = sum(1 for r in items if r["located"] == r[key])
        return f"{k}/{len(items)} ({k / len(items):.2f})"

    lines = ["| family | traces | K exact, labels as written | K exact, convention applied | labels moved "
             "| of them, a bare hesitation joined |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in (*GROUPS["R1 families"], *GROUPS["others"], *GROUPS):
        items = by.get(name)
        if not items:
            continue
        bold = "**" if name in GROUPS else ""
        moved = sum(1 for r in items if r["convention"] != r["k"])
        joined = sum(1 for r in items if r["convention"] != r["k"] and r["joined"])
        lines.append(f"| {bold}{name}{bold} | {len(items)} | {share(items, 'k')} | "
                     f"{share(items, 'convention')} | {moved} | {joined} |")
    return "\n".join(lines)


def load(spec: str) -> list[dict]:
    """The cases of the held-out sets of ``spec`` ("40-47" or "40,44"); ValueError otherwise."""
    from labeller_agreement import set_numbers
    from locator_agreement import heldout_sets

    wanted = set_numbers(spec)
    held = heldout_sets()
    missing = sorted(n for n in wanted if f"heldout{n}" not in held)
    if missing:
        raise ValueError(f"--sets {spec}: no tests/data/locator_heldout{missing[0]}.py")
    return [c for n in sorted(wanted) for c in held[f"heldout{n}"]]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sets", default="40-47", metavar="A-B", help="held-out sets (default 40-47)")
    p.add_argument("--method", default="rules", choices=("rules", "learned"), help="the locator (default rules)")
    p.add_argument("--list", action="store_true", help="also print every label the convention moves")
    args = p.parse_args(argv)
    try:
        rows = measure(load(args.sets), args.method)
    except (ValueError, KeysentError) as exc:
        print(f"analyses/locator_convention.py: error: {exc}", file=sys.stderr)
        return 2
    print(table(rows))
    if args.list:
        for r in rows:
            if r["convention"] != r["k"]:
                pad = " " * len(r["id"])
                note = "  (a bare hesitation joined)" if r["joined"] else ""
                print(f"\n{r['id']}: written    {r['k']!r}{note}\n{pad}  convention {r['convention']!r}"
                      f"\n{pad}  located    {r['located']!r}")
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
