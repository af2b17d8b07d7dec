"""Sentence segmentation of restated multiple-choice options and numbered facts (issue 13)."""

from __future__ import annotations

import pytest

from keysent.traces.segment import sentence_texts


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inline option list A. .. J. is one unit: no cut at "I." or "A."
        (
            "The options are A. Whale B. Bat C. Penguin D. Dolphin E. Horse F. Human G. Elephant "
            "H. Tiger I. Mouse J. Seal. I need to go through each one.",
            [
                "The options are A. Whale B. Bat C. Penguin D. Dolphin E. Horse F. Human "
                "G. Elephant H. Tiger I. Mouse J. Seal.",
                "I need to go through each one.",
            ],
        ),
        # options that are sentences themselves stay together too
        (
            "Pick one: A. The sun rises. B. The moon sets. C. It rains. Then answer.",
            ["Pick one: A. The sun rises. B. The moon sets. C. It rains.", "Then answer."],
        ),
        ("Options: (A) yes (B) no. Hmm.", ["Options: (A) yes (B) no.", "Hmm."]),
        ("Choose a. red b. green c. blue. Done.", ["Choose a. red b. green c. blue.", "Done."]),
        # one option per line: each line is a unit
        ("The options are:\nA. Coal\nB. Oil\nC. Solar", ["The options are:", "A. Coal", "B. Oil", "C. Solar"]),
        # numbered facts inline and per line
        (
            "We are given: 1. f(0) = 1 2. f(x + y) = f(x) f(y). Find f(2).",
            ["We are given: 1. f(0) = 1 2. f(x + y) = f(x) f(y).", "Find f(2)."],
        ),
        ("Facts:\n1. Anna is older.\n2. Ben is younger.", ["Facts:", "1. Anna is older.", "2. Ben is younger."]),
        # not an option list: letters out of sequence, a lone "I.", initials
        ("I met J. Smith. I. Newton came.", ["I met J. Smith.", "I. Newton came."]),
        ("Plan B. Then plan C. The end.", ["Plan B.", "Then plan C.", "The end."]),
    ],
)
def test_option_lists(text, expected):
    assert sentence_texts(text) == expected
