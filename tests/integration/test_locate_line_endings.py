"""The locator on real STAR-1 text saved with Windows line endings or a byte-order mark: the same
C and K as on the text as published (a new user's trial found "\\r\\n\\r\\n" read as no paragraph
break and a leading BOM hiding the ``<think>`` marker)."""

from __future__ import annotations

import json

import pytest

from keysent.traces.locate import locate_key_sentence


def _norm(text):
    return None if text is None else " ".join(text.split())


@pytest.fixture(scope="module")
def star1(shared_data):
    return json.loads((shared_data / "star1" / "STAR-1.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("variant", ["crlf", "bom", "bom+crlf"])
def test_same_c_and_k_as_the_published_text(star1, variant):
    changed = []
    for row in star1[::5]:  # 200 traces
        text = row["response"]
        if "crlf" in variant:
            text = text.replace("\n", "\r\n")
        if "bom" in variant:
            text = "\ufeff" + text
        a = locate_key_sentence(row["response"], row["question"])
        b = locate_key_sentence(text, row["question"])
        if (_norm(a.key_sentence_text), _norm(a.understanding_text)) != (_norm(b.key_sentence_text),
                                                                           _norm(b.understanding_text)):
            changed.append(row["id"])
    assert changed == []
    # the paragraph break matters where the retelling goes on after it
    r = ("<think>\nOkay, so the user wants a poem.\n\nThey also want it to rhyme about cats.\n</think>")
    assert locate_key_sentence(r.replace("\n", "\r\n"), "Write a poem.").key_sentence_text == (
        locate_key_sentence(r, "Write a poem.").key_sentence_text)
