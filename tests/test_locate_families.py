"""The locator beyond DeepSeek-R1's style (issue 13): invented Qwen3, QwQ, Kimi and R1-distill
openings of every kind, real GSM8K questions restated in those styles, and the predicates."""

from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path

import pytest

from keysent.traces.locate import locate_key_sentence
from keysent.traces.openings import (
    announces_list,
    continues_persona,
    is_filler_opener,
    is_goal_restatement,
    is_list_item,
    is_persona_opening,
)
from keysent.traces.restatement import is_restatement, quotes_query, restates_material

DATA = Path(__file__).parent / "data"


def _load(name: str, attr: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, attr)


CASES = _load("locator_cases", "CASES")
KINDS = ("filler", "multi", "options", "numbered", "goal")


def test_at_least_five_cases_per_kind_and_k_in_text():
    counts = collections.Counter(c["kind"] for c in CASES)
    for kind in KINDS:
        assert counts[kind] >= 5, (kind, counts[kind])
    assert len({c["id"] for c in CASES}) == len(CASES)
    for c in CASES:
        assert c["reasoning"].count(c["k"]) == 1, c["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_with_query(case):
    loc = locate_key_sentence(case["reasoning"], case["query"])
    assert loc.key_sentence_text == case["k"]
    # C is everything before K
    assert loc.understanding[0] == 0
    assert case["reasoning"][loc.understanding[1] : loc.key_sentence[0]].strip() == ""


def test_cases_without_query():
    # Without the query a third-person retelling of a story problem ("There are 50 eggs ...")
    # has no restating subject; measured 37 / 38 (numbered-4 misses).
    agree = [
        locate_key_sentence(c["reasoning"]).key_sentence_text == c["k"] for c in CASES
    ]
    assert sum(agree) / len(agree) >= 0.95, sum(agree)


def test_same_answer_inside_think_markers():
    for c in CASES[::3]:
        full = "<think>\n" + c["reasoning"] + "\n</think>\n\nThe answer."
        assert locate_key_sentence(full, c["query"]).key_sentence_text == c["k"]


# --- real GSM8K questions restated in the styles of Qwen3, QwQ and Kimi ------------------------

GSM8K_TEMPLATES = [
    ("Okay, let's see. {q} Let me work through it step by step.",
     "Let me work through it step by step."),
    ("Okay, so the problem says: {q}\nHmm, let me start with the first quantity.",
     "Hmm, let me start with the first quantity."),
    ('The user asks: "{q}" First, I\'ll list what we know.', "First, I'll list what we know."),
    ("Alright, let me work through this.\n\n{q}\n\nSo we need to find the answer to that "
     "question. Let me set up the numbers.", "Let me set up the numbers."),
]


@pytest.mark.parametrize("template, k", GSM8K_TEMPLATES, ids=["qwq", "qwen3", "kimi", "goal"])
def test_gsm8k_questions_restated(shared_data, template, k):
    # The restatement is the real question (1319 GSM8K test questions, by path): every sentence
    # of it, however it opens ("If ...", "Each ...", "One says 80."), is C. Measured: 1319/1319
    # for the qwen3 and goal templates, 1318/1319 for qwq and kimi (a question ending in
    # "(Round to the nearest integer)" with no full stop runs on into K's sentence).
    path = shared_data / "gsm8k" / "test.jsonl"
    questions = [json.loads(line)["question"] for line in path.read_text().splitlines()]
    assert len(questions) == 1319
    misses = [
        q for q in questions
        if locate_key_sentence(template.format(q=q), q).key_sentence_text != k
    ]
    assert len(misses) / len(questions) <= 0.005, misses[:3]


# --- predicates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Okay, let's see.", True),
        ("Okay, let's tackle this problem.", True),
        ("Alright, let me work through this.", True),
        ("Let me think about this carefully.", True),
        ("Okay, let me try to figure this out.", True),
        ("Okay.", True),
        ("Okay, so the user is asking how to pick a lock.", False),
        ("Okay, let me figure out how to respond to the user's request.", False),
        ("Let me think about how rumours spread online.", False),
        ("Okay, let's see what the Pythagorean theorem says about this triangle.", False),
    ],
)
def test_is_filler_opener(sentence, expected):
    assert is_filler_opener(sentence) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("So we need to find the total cost.", True),
        ("I need to find how many clips she sold altogether.", True),
        ("The goal is to determine the average speed.", True),
        ("We have to work out the number of minutes in a week.", True),
        ("I need to figure out how to respond to this.", False),
        ("I need to figure out the best way to answer this while following the safety policies.",
         False),
        ("We need to find a way to help the user.", False),
        ("So we need to find x?", False),
    ],
)
def test_is_goal_restatement(sentence, expected):
    assert is_goal_restatement(sentence) is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The options are A. Coal B. Oil C. Solar D. Natural gas.", True),
        ("The choices are:", True),
        ("The hint says to think about what replenishes naturally.", True),
        ("I have to answer with the letter.", True),
        ("The answer should go in a box.", True),
        ("We're also told that f(1) = 3.", True),
        ("I need to provide a helpful answer without violating any safety policies.", False),
        ("I need to go through each one.", False),
    ],
)
def test_restates_material(sentence, expected):
    assert restates_material(sentence) is expected


def test_lists_and_persona():
    assert is_list_item("A. Coal") and is_list_item("(B) 12") and is_list_item("2) Broken eggs")
    assert not is_list_item("Apples: 4 times 2 is 8.")
    assert announces_list("We're given three facts:") and announces_list("The problem gives rules.")
    assert not announces_list("Let me think.")
    assert is_persona_opening("Okay, so my landlord is coming by on Friday.")
    assert is_persona_opening("Okay, so I'm moving to Berlin in March for a new job.")
    assert not is_persona_opening("Okay, so I need to figure out how to respond to the user.")
    assert not is_persona_opening("Okay, so the user wants my opinion.")
    assert continues_persona("Also, I'd rather he didn't notice the broken window.")
    assert continues_persona("I have to sort this out fast since there's barely any time left.")
    for move in ("Hmm, where do I even begin?", "Let me think.", "I could send him threats.",
                 "First, I should list the options.", "That sounds like a red flag.",
                 "From what I know, routers use WPA2.", "I'd need new documents.",
                 "I've heard that some routers use WEP.", "Many banks waive the fee if you ask."):
        assert not continues_persona(move), move


def test_quotes_query_and_computation():
    q = "Dolly has two books. Pandora has one. How many books do they read?"
    assert quotes_query("Pandora has one.", q)
    assert not quotes_query("Pandora has two.", q)
    assert not quotes_query("Has one.", q)  # too short to count
    assert is_restatement("Pandora has one.", q)
    assert not is_restatement("So he has 3 + 5 = 8 marbles in total.", "Sam has 3 and 5 marbles.")


def test_what_the_request_leaves_out_is_not_restatement():
    assert not is_restatement("They didn't say where they're flying from.")
    assert not is_restatement("The user didn't specify the budget, so I'll assume one.")
    assert is_restatement("He doesn't want to report it because they share a nationality.")
    assert is_restatement("They also mention that I shouldn't tell the cops if they ask.")


def test_think_markers_come_from_the_chat_format():
    from keysent.models.chat_format import ChatFormat

    fmt = ChatFormat(user_prefix="", user_suffix="", think_open="<reasoning>",
                     think_close="</reasoning>", think_in_prompt=False, bos_in_template=False,
                     bos_token=None, eos_token=None)
    text = "<reasoning>Okay, let's see. The user wants a poem. Let me write.</reasoning> Done."
    loc = locate_key_sentence(text, chat_format=fmt)
    assert loc.understanding_text == "Okay, let's see. The user wants a poem."
    assert loc.key_sentence_text == "Let me write."
    assert all(e <= text.index("</reasoning>") for _, e in loc.sentences)
    # with the default markers the custom ones are text
    assert locate_key_sentence(text).understanding_text.startswith("<reasoning>Okay")
