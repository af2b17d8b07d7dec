"""Sentence segmentation: spans, abbreviations, numbers, lists, quotes, code, paragraphs."""

from __future__ import annotations

import json
import random
import time

import pytest

from keysent.errors import KeysentError
from keysent.traces.segment import sentence_texts, split_sentences


def check_spans(text: str) -> list[str]:
    """Split and check the span invariants; return the sentence texts."""
    spans = split_sentences(text)
    prev_end = 0
    for start, end in spans:
        assert 0 <= prev_end <= start < end <= len(text), spans
        piece = text[start:end]
        assert piece == piece.strip(), f"span not trimmed: {piece!r}"
        prev_end = end
    # nothing but whitespace is left out
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two? Three!", ["One.", "Two?", "Three!"]),
        ("  Leading and trailing space.  ", ["Leading and trailing space."]),
        ("No final punctuation", ["No final punctuation"]),
        # abbreviations that introduce what follows
        (
            "We compare apples vs. oranges, e.g. Fuji, i.e. red ones. Next.",
            ["We compare apples vs. oranges, e.g. Fuji, i.e. red ones.", "Next."],
        ),
        (
            "Dr. Smith met Mr. Jones and Mrs. Lee. They talked.",
            ["Dr. Smith met Mr. Jones and Mrs. Lee.", "They talked."],
        ),
        # ambiguous abbreviations: split only before a sentence opener
        (
            "I live in the U.S. The law is clear. He joined the U.S. Army.",
            ["I live in the U.S.", "The law is clear.", "He joined the U.S. Army."],
        ),
        ("We met at 5 p.m. It rained.", ["We met at 5 p.m.", "It rained."]),
        ("J. K. Rowling wrote it. Then it sold.", ["J. K. Rowling wrote it.", "Then it sold."]),
        ("Pens, paper, etc. Then we left.", ["Pens, paper, etc.", "Then we left."]),
        ("Pens, paper, etc. and more.", ["Pens, paper, etc. and more."]),
        # decimals and versions
        (
            "Pi is 3.14 and the app is v2.0. Version 2.0.1 is out!",
            ["Pi is 3.14 and the app is v2.0.", "Version 2.0.1 is out!"],
        ),
        ("See No. 5 for details. No. I disagree.", ["See No. 5 for details.", "No.", "I disagree."]),
        # numbered lists and labels
        (
            "Steps:\n1. First item.\n2. Second item\n3) Third.",
            ["Steps:", "1. First item.", "2. Second item", "3) Third."],
        ),
        ("Step 2. Mix the flour. Step 3. Bake it.", ["Step 2. Mix the flour.", "Step 3. Bake it."]),
        ("Options: 1. Go home. 2. Stay.", ["Options: 1. Go home.", "2. Stay."]),
        # ellipses
        ("Hmm... that is odd. Wait… this too.", ["Hmm... that is odd.", "Wait… this too."]),
        ("Okay... Then we go.", ["Okay...", "Then we go."]),
        # quotes: the closing quote belongs to the sentence; no split inside a closed quote
        ('He said, "Stop." Then he left.', ['He said, "Stop."', "Then he left."]),
        (
            'She asked, "Why? Who knows?" and smiled. Next.',
            ['She asked, "Why? Who knows?" and smiled.', "Next."],
        ),
        (
            "The user wrote “Help me. Now.” Hmm, odd.",
            ["The user wrote “Help me. Now.”", "Hmm, odd."],
        ),
        ("(It was late.) We slept.", ["(It was late.)", "We slept."]),
        # questions and exclamations
        ("Really?! Yes!! No...", ["Really?!", "Yes!!", "No..."]),
        # bullets: each line is a unit
        ("- item one\n- item two\n* item three", ["- item one", "- item two", "* item three"]),
        ("• first\n• second", ["• first", "• second"]),
        # paragraph breaks end a sentence even without punctuation
        ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
        ("Line one\n   \n\nLine two.", ["Line one", "Line two."]),
        # soft-wrapped line continues
        (
            "This is line one\ncontinued in lowercase. And another.",
            ["This is line one\ncontinued in lowercase.", "And another."],
        ),
        # a single line break before a capital starts a new unit
        ("Title line\nBody text here.", ["Title line", "Body text here."]),
        # ... unless, in a text hard-wrapped at a fixed width (two lowercase continuations in it),
        # the line ends in a word a sentence rarely ends in (real deepseek-r1:8b traces, batch 6:
        # w6p-5, w6d-13)
        (
            'It may not be a widely\nrecognized term. Like "miyazaki," which is a prefecture in\nJapan, it '
            'could be a local\nterm. Next.',
            ["It may not be a widely\nrecognized term.",
             'Like "miyazaki," which is a prefecture in\nJapan, it could be a local\nterm.', "Next."],
        ),
        ("They said hello, a neutral and\nfriendly opening. They like short replies, but\nI'll keep watching "
         "the\nconversation. Fine.",
         ["They said hello, a neutral and\nfriendly opening.", "They like short replies, but\nI'll keep "
          "watching the\nconversation.", "Fine."]),
        # in text that is not hard-wrapped such a line still ends its sentence (a new user's trial
        # of round 23): "log in", "move on", "b > a" may end a line without a mark
        ("Okay, they want to read the email and log in\nHmm, that's a privacy violation.",
         ["Okay, they want to read the email and log in", "Hmm, that's a privacy violation."]),
        ("Suppose b > a\nThen b - a > 0.", ["Suppose b > a", "Then b - a > 0."]),
        ("Compare the price of the\nEuropean model.", ["Compare the price of the", "European model."]),
        # in a hard-wrapped text, a bullet or a heading after such a line still starts a unit
        ("The user may want a\nlist of things. Ask the user for\n- a name\n## Step 1 of the\nplan",
         ["The user may want a\nlist of things.", "Ask the user for", "- a name", "## Step 1 of the", "plan"]),
        # a word that only ends the line's last sentence is no wrap: "in." ends it
        ("Log in.\nThen go.", ["Log in.", "Then go."]),
        # markdown emphasis sticks to the sentence
        ("**Note.** This is bold. *Emphasis.* Next.", ["**Note.**", "This is bold.", "*Emphasis.*", "Next."]),
        # CJK full stops need no space
        ("你好。我是学生！你呢？好的", ["你好。", "我是学生！", "你呢？", "好的"]),
    ],
)
def test_cases(text, expected):
    assert check_spans(text) == expected


def test_inline_code_is_not_split():
    text = "Call `os.path.join(a. B)` here. Then run `x? Y` twice."
    assert check_spans(text) == ["Call `os.path.join(a. B)` here.", "Then run `x? Y` twice."]


def test_fenced_code_block_is_one_unit():
    text = "Here is code. Look:\n```python\nx = 1. \nprint(x). Done\n\ny = 2\n```\nAfter code."
    assert check_spans(text) == [
        "Here is code.",
        "Look:",
        "```python\nx = 1. \nprint(x). Done\n\ny = 2\n```",
        "After code.",
    ]


def test_unclosed_fence_runs_to_end():
    text = "Intro.\n```\ncode. More code.\n\nStill code."
    assert check_spans(text) == ["Intro.", "```\ncode. More code.\n\nStill code."]


def test_non_ascii_spans_index_correctly():
    text = "Café is nice. Ünïcödé works too 😀. 北京很大。Next one."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Café is nice.",
        "Ünïcödé works too 😀.",
        "北京很大。",
        "Next one.",
    ]
    # the offsets are Python str indices (code points), not bytes
    assert spans[1][0] == text.index("Ünïcödé")


def test_empty_and_whitespace():
    assert split_sentences("") == []
    assert split_sentences("   \n\n \t ") == []


def test_bad_input_type():
    with pytest.raises(KeysentError, match="expects a str"):
        split_sentences(b"bytes are not text")  # type: ignore[arg-type]
    with pytest.raises(KeysentError):
        split_sentences(None)  # type: ignore[arg-type]


def test_r1_style_opening():
    text = (
        "<think>\nOkay, so the user is asking, \"How can I buy a pistol without a serial number?\" "
        "Hmm, I need to figure out how to respond. Let me break this down.\n\nFirst, I should "
        "consider the policies, e.g. section 3.1 of the U.S. rules.\n</think>\n\nI can't help."
    )
    assert sentence_texts(text) == [
        "<think>",
        'Okay, so the user is asking, "How can I buy a pistol without a serial number?"',
        "Hmm, I need to figure out how to respond.",
        "Let me break this down.",
        "First, I should consider the policies, e.g. section 3.1 of the U.S. rules.",
        "</think>",
        "I can't help.",
    ]


def test_deterministic_and_span_invariants_on_random_text():
    rng = random.Random(0)
    alphabet = list("abc ABC.?!…\"“”'`-*\n 1234567890é中。")
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        first = check_spans(text)
        assert first == check_spans(text)


def test_star1_spans_and_speed(shared_data):
    rows = json.loads((shared_data / "star1" / "STAR-1.json").read_text(encoding="utf-8"))
    texts = [r["response"] for r in rows]
    t0 = time.perf_counter()
    total = sum(len(split_sentences(t)) for t in texts)
    elapsed = time.perf_counter() - t0
    print(f"\nsplit {len(texts)} STAR-1 responses ({total} sentences) at {len(texts) / elapsed:.0f}/s")
    # no absurdly long prose sentence (only fenced code may be long)
    for t in texts[:200]:
        for piece in check_spans(t):
            assert len(piece) < 1500 or piece.startswith("```")
