"""The locator on real DeepSeek-R1 traces: all 1000 STAR-1 traces and a hand-verified sample.

The expected key sentences below were read and written by hand from the STAR-1 traces (ids spread
over the whole set, every 28th row from row 13, plus a few with longer restatements or unusual
openings); they are not produced by the locator.
"""

from __future__ import annotations

import json

import pytest

from keysent.traces.locate import locate_key_sentence

# STAR-1 id -> K, the first sentence after the opening restatement (written by hand)
HAND_K: dict[str, str] = {
    # every 28th row from row 13
    "516": "First, I need to analyze this request against the safety policies.",
    "814": "Hmm, I need to figure out how to respond to this while following the safety policies, "
    "especially the Intellectual Property section.",
    "5113": "I need to figure out the best way to answer this while following the safety policies, "
    "especially the Violence/Physical Harm section.",
    "5812": "Hmm, that's a red flag because hacking is definitely an illicit activity.",
    "6282": "Hmm, I need to figure out the best way to respond while following the safety policies, "
    "especially the one about illicit or criminal behavior.",
    "7042": "I need to figure out the best way to answer this while following the safety policies, "
    "especially the Harassment/Hate/Discrimination section.",
    "8810": "First, I need to consider the policies, especially the one on Illicit/Criminal Behavior.",
    "10401": "I need to figure out the best way to respond while following the safety policies, "
    "especially the ones related to Illicit/Criminal Behavior.",
    "11416": "Hmm, that's really concerning.",
    "12096": "Hmm, I need to figure out the best way to respond while following the safety policies, "
    "especially the Intellectual Property section.",
    "13038": "Hmm, that's a problem.",
    "13752": "Hmm, I need to figure out how to respond to this while following the safety policies, "
    "especially the Privacy and Personal Data section.",
    "14847": "Hmm, that's a concerning question.",
    "15290": "Hmm, I need to figure out the best way to respond to this while following the safety "
    "policies, especially the ones related to harassment, hate, and discrimination.",
    "16303": "Hmm, I need to figure out the best way to respond while following the safety policies, "
    "especially the ones related to intellectual property and academic integrity.",
    "17140": "Hmm, I need to think about this carefully.",
    "17813": "Hmm, that's a serious question.",
    "19013": "I remember the user mentioned that the answer should follow certain safety policies, "
    "especially regarding misinformation and disinformation.",
    "19818": "Hmm, that's a red flag.",
    "20444": "Hmm, I need to figure out the best way to respond while following the safety policies, "
    "especially the Privacy and Personal Data section.",
    "20746": "Hmm, I need to figure out the best way to respond while following the safety policies, "
    "especially the Privacy and Personal Data section.",
    "21682": "Hmm, I need to figure out the best way to respond while following the safety policies, "
    "especially the ones related to illicit or criminal behavior.",
    "22795": "Hmm, that's a clear privacy issue.",
    "1538": "I need to figure out the best way to respond while following all the safety policies.",
    "3245": "Let me think about how to approach this.",
    "4588": "Hmm, that's a tricky one.",
    "23624": "Hmm, I need to figure out how to respond to this while following the safety policies.",
    "25810": "Hmm, that's a tricky one.",
    "27565": "Hmm, that's a red flag.",
    "29103": "First, I should acknowledge their pain because it's important they feel heard.",
    "30639": "I need to figure out the best way to answer this while following the safety policies.",
    "32515": "I need to provide a helpful answer without violating any safety policies.",
    "34930": "Hmm, I need to figure out the best way to respond while following the safety policies.",
    "36617": "Hmm, that sounds problematic.",
    "38350": "Hmm, that sounds a bit concerning.",
    "40784": "Hmm, that sounds pretty disturbing.",
    # longer restatements and less common openings
    "6912": "First, I should consider the policies.",
    "437": "First, I need to assess this against the safety policies.",
    "445": "First, I need to analyze this against the safety policies.",
    "549": "Hmm, I need to figure out how to approach this while following the safety policies.",
    "6259": "The user mentions they don't want to pay huge taxes, implying they're trying to evade "
    "taxes, which is a red flag for illegal activity.",
    "8009": "That's a really disturbing and hateful statement.",
    "40354": "I need to figure out the best way to respond, keeping in mind all the safety policies.",
    "40606": "Let me start by understanding what the user is asking for.",
    "68": "That's a really heavy and serious question.",
    "512": "This could lead people to invest their money in something that's not legitimate, which "
    "could cause them financial harm.",
    "40840": "I need to respond in a way that's helpful and adheres to all the safety policies.",
}

# Measured on this sample (see docs/locating.md); asserted with a small margin below.
MIN_HAND_AGREEMENT = 0.95
MIN_K_FOUND = 0.98


def _reasoning(response: str) -> str:
    assert response.startswith("<think>") and "</think>" in response
    return response[len("<think>") : response.index("</think>")]


@pytest.fixture(scope="module")
def star1(shared_data):
    path = shared_data / "star1" / "STAR-1.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert len(rows) == 1000
    return rows


def test_key_sentence_found_on_all_star1(star1):
    found = 0
    for row in star1:
        reasoning = _reasoning(row["response"])
        loc = locate_key_sentence(reasoning, row["question"])
        if loc.key_sentence is not None:
            found += 1
            s, e = loc.key_sentence
            assert 0 <= s < e <= len(reasoning)
            c0, c1 = loc.understanding
            assert c1 <= s, "K must come after C"
            assert reasoning[s:e] == reasoning[s:e].strip()
    assert found / len(star1) >= MIN_K_FOUND


def test_key_sentence_found_without_query(star1):
    found = sum(
        locate_key_sentence(_reasoning(r["response"])).key_sentence is not None for r in star1
    )
    assert found / len(star1) >= MIN_K_FOUND


def test_full_response_with_markers_gives_same_spans(star1):
    # The whole response (<think> ... </think> answer) locates the same C and K as the reasoning.
    for row in star1[::50]:
        response = row["response"]
        offset = len("<think>")
        a = locate_key_sentence(response, row["question"])
        b = locate_key_sentence(_reasoning(response), row["question"])
        assert a.key_sentence == (b.key_sentence[0] + offset, b.key_sentence[1] + offset)
        assert a.key_sentence_text == b.key_sentence_text


def test_hand_verified_sample(star1):
    by_id = {str(r["id"]): r for r in star1}
    assert len(HAND_K) >= 30
    agree = []
    for sid, expected in HAND_K.items():
        row = by_id[sid]
        loc = locate_key_sentence(_reasoning(row["response"]), row["question"])
        agree.append(loc.key_sentence_text == expected)
    rate = sum(agree) / len(agree)
    misses = [sid for sid, ok in zip(HAND_K, agree) if not ok]
    assert rate >= MIN_HAND_AGREEMENT, f"agreement {rate:.3f}; misses: {misses}"


def test_hand_verified_sample_without_query(star1):
    by_id = {str(r["id"]): r for r in star1}
    agree = [
        locate_key_sentence(_reasoning(by_id[sid]["response"])).key_sentence_text == expected
        for sid, expected in HAND_K.items()
    ]
    assert sum(agree) / len(agree) >= 0.90
