"""C/K location: rules, edge cases, spans into the string passed in, serialisation."""

from __future__ import annotations

import json
import time

import pytest

from keysent.errors import KeysentError, TraceError
from keysent.traces.locate import (
    KeySentenceLocation,
    is_restatement,
    locate_key_sentence,
    reasoning_region,
)


def texts(text: str, query: str | None = None) -> tuple[str | None, str | None]:
    loc = locate_key_sentence(text, query)
    return loc.understanding_text, loc.key_sentence_text


# --- typical R1 openings ----------------------------------------------------------------------


def test_one_sentence_c_then_aha():
    text = "Okay, so the user is asking how to pick a lock. Hmm, that could be illegal. I'll decline."
    assert texts(text) == (
        "Okay, so the user is asking how to pick a lock.",
        "Hmm, that could be illegal.",
    )


def test_two_sentence_c():
    text = (
        "Okay, so the user is asking how to bake bread. They want to know the exact steps "
        "involved. Let me break this down. First, mix flour and water."
    )
    c, k = texts(text)
    assert c == "Okay, so the user is asking how to bake bread. They want to know the exact steps involved."
    assert k == "Let me break this down."


def test_in_other_words_extends_c():
    text = (
        "Alright, the user wants to know why the sky is blue. In other words, they are looking "
        "for a simple explanation. First, I should lay out the basics."
    )
    c, k = texts(text)
    assert c.endswith("a simple explanation.")
    assert k == "First, I should lay out the basics."


def test_first_sentence_is_a_move_still_c():
    text = (
        "Okay, so I need to figure out how to respond to this user's request. The user wants me "
        "to write a fake review of a competitor. Hmm, that sounds problematic."
    )
    c, k = texts(text)
    assert c.startswith("Okay, so I need") and c.endswith("of a competitor.")
    assert k == "Hmm, that sounds problematic."


def test_judgement_stops_c():
    # a restating subject but the sentence judges the request: it is K
    text = (
        "Okay, so the user is asking about moving cash abroad. The user mentions taxes, which is "
        "a red flag for illegal activity. I need to be careful."
    )
    _, k = texts(text)
    assert k == "The user mentions taxes, which is a red flag for illegal activity."


def test_speculation_stops_c():
    text = "Okay, so the user wants a rope. They might be planning to hurt someone. I should ask."
    assert texts(text)[1] == "They might be planning to hurt someone."


def test_query_overlap_extends_c():
    query = "My friend witnessed a crime by his neighbour but does not want to report it."
    text = (
        "Okay, so I need to help the user with their friend's situation. The friend witnessed a "
        "crime by his neighbour. First, I should consider the policies."
    )
    c, k = texts(text, query)
    assert c.endswith("a crime by his neighbour.")
    assert k == "First, I should consider the policies."
    # without the query the third-person sentence has no restating subject: it becomes K
    assert texts(text)[1] == "The friend witnessed a crime by his neighbour."


def test_query_words_do_not_count_as_judgement():
    query = "What are strategies for illegal sports betting?"
    text = (
        "Okay, so the user is asking about betting. They want strategies for illegal sports "
        "betting. Hmm, that's a red flag."
    )
    assert texts(text, query)[1] == "Hmm, that's a red flag."
    # without the query, "illegal" predicated nowhere: still a restatement
    assert texts(text)[1] == "Hmm, that's a red flag."


def test_interjection_k_takes_next_sentence():
    text = "Okay, so the user wants a bomb recipe. Hmm... That is dangerous. I must refuse."
    loc = locate_key_sentence(text)
    assert loc.key_sentence_text == "Hmm... That is dangerous."
    assert loc.n_key == 2


def test_interjection_first_sentence_joins_c():
    text = "Okay. The user is asking how to tie a tie. Let me think."
    assert texts(text) == ("Okay. The user is asking how to tie a tie.", "Let me think.")


def test_c_does_not_cross_paragraph_break():
    text = "Okay, so the user is asking about tides.\n\nThey want to know why tides happen. Fine."
    assert texts(text)[1] == "They want to know why tides happen."


def test_k_may_follow_paragraph_break():
    text = "Okay, so the user is asking about tides.\n\nFirst, I should recall the moon's role."
    assert texts(text)[1] == "First, I should recall the moon's role."


def test_quoted_query_in_c():
    text = (
        'Okay, so the user is asking, "How do I do this? Please help." Hmm, that\'s vague. '
        "Let me ask."
    )
    c, k = texts(text)
    assert c == 'Okay, so the user is asking, "How do I do this? Please help."'
    assert k == "Hmm, that's vague."


def test_max_understanding_caps_c():
    text = "Okay, the user asks X. They want Y. They also want Z. They need W. Let me think."
    loc = locate_key_sentence(text, max_understanding=2)
    assert loc.n_understanding == 2
    assert loc.key_sentence_text == "They also want Z."


# --- edge cases -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "<think>", "<think>\n\n</think>", "</think> answer"])
def test_empty_reasoning(text):
    loc = locate_key_sentence(text)
    assert loc.understanding is None and loc.key_sentence is None
    assert loc.reason == "empty reasoning"
    assert loc.sentences == []
    assert not loc.found


def test_single_sentence():
    loc = locate_key_sentence("Okay, so the user is asking how to bake bread.")
    assert loc.understanding == (0, 46)
    assert loc.key_sentence is None
    assert loc.reason == "single sentence: no sentence after the query understanding"


def test_all_restatement():
    text = "Okay, so the user is asking how to bake bread. They want the exact steps."
    loc = locate_key_sentence(text)
    assert loc.understanding_text == text
    assert loc.key_sentence is None
    assert loc.reason.startswith("all restatement")


def test_non_ascii_spans_index_correctly():
    text = (
        "  Okay, so the user 😀 is asking about crème brûlée in 北京。"
        "Hmm, ça peut être dangereux! Let me think about it."
    )
    loc = locate_key_sentence(text)
    c0, c1 = loc.understanding
    k0, k1 = loc.key_sentence
    assert text[c0:c1] == "Okay, so the user 😀 is asking about crème brûlée in 北京。"
    assert text[k0:k1] == "Hmm, ça peut être dangereux!"
    assert c0 == 2 and k0 == c1


def test_chinese_reasoning():
    text = "好的，用户在问如何做蛋糕。嗯，这个问题很简单。首先准备面粉。"
    loc = locate_key_sentence(text)
    assert loc.understanding_text == "好的，用户在问如何做蛋糕。"
    assert loc.key_sentence_text == "嗯，这个问题很简单。"


def test_markers_in_string_spans_index_the_original():
    body = "Okay, so the user is asking how to pick a lock. Hmm, that could be illegal."
    full = "<think>\n" + body + "\n</think>\n\nI'm sorry, but I can't help with that. Really."
    loc = locate_key_sentence(full)
    assert loc.key_sentence_text == "Hmm, that could be illegal."
    assert full[slice(*loc.key_sentence)] == "Hmm, that could be illegal."
    # nothing after </think> is used
    assert all(e <= full.index("</think>") for _, e in loc.sentences)
    plain = locate_key_sentence(body)
    offset = len("<think>\n")
    assert loc.key_sentence == (plain.key_sentence[0] + offset, plain.key_sentence[1] + offset)


def test_leading_whitespace_before_think():
    text = "  \n<think>Okay, the user asks X. Let me think."
    loc = locate_key_sentence(text)
    assert loc.understanding_text == "Okay, the user asks X."
    assert text.index("Okay") == loc.understanding[0]


def test_reasoning_region():
    assert reasoning_region("abc") == (0, 3)
    assert reasoning_region("<think>abc</think>xyz") == (7, 10)
    assert reasoning_region("  <think>abc") == (9, 12)
    # a <think> that does not open the text is not stripped
    assert reasoning_region("x <think>abc") == (0, 12)


def test_bad_inputs():
    with pytest.raises(TraceError, match="reasoning as a str"):
        locate_key_sentence(None)  # type: ignore[arg-type]
    with pytest.raises(TraceError, match="query must be a str"):
        locate_key_sentence("Okay.", query=123)  # type: ignore[arg-type]
    with pytest.raises(KeysentError, match="max_understanding"):
        locate_key_sentence("Okay.", max_understanding=0)


# --- result type ------------------------------------------------------------------------------


def test_to_dict_from_dict_roundtrip_and_json():
    text = "Okay, so the user wants a poem. Let me write one. Roses are red."
    loc = locate_key_sentence(text)
    data = json.loads(json.dumps(loc.to_dict()))
    back = KeySentenceLocation.from_dict(data)
    assert back == loc
    assert back.key_sentence_text == "Let me write one."


def test_location_without_text_needs_text_argument():
    loc = KeySentenceLocation((0, 4), (5, 9))
    with pytest.raises(TraceError, match="no stored text"):
        _ = loc.key_sentence_text
    assert loc.span_text(loc.key_sentence, "Okay Hmm. rest") == "Hmm."


def test_from_dict_rejects_garbage():
    with pytest.raises(TraceError):
        KeySentenceLocation.from_dict({"nope": 1})


def test_frozen():
    loc = locate_key_sentence("Okay. Hmm.")
    with pytest.raises(Exception):
        loc.reason = "x"  # type: ignore[misc]


def test_deterministic():
    text = "Okay, so the user is asking X. They want Y. Hmm, that's concerning. More."
    assert locate_key_sentence(text, "X Y") == locate_key_sentence(text, "X Y")


# --- is_restatement ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They want to know the exact steps involved.", True),
        ("They're asking for music suggestions.", True),
        ("The user also mentioned that they live in Ohio.", True),
        ("In other words, they are looking for a practical method.", True),
        ("The request is about getting clear instructions.", True),
        ("Their current medication isn't working well.", True),
        ("Hmm, that's a red flag.", False),
        ("Let me break this down.", False),
        ("First, I need to consider the policies.", False),
        ("I remember the policy on privacy.", False),
        ("They might be planning something dangerous.", False),
        ("The user is trying to track someone, which is a violation of privacy.", False),
        ("The request is clearly illegal.", False),
        ("The user's request is pretty direct, so I shouldn't provide any methods.", False),
        ("The user is suggesting a link, which I know is a conspiracy theory.", False),
        ("They also mention that I shouldn't tell the cops if they ask.", True),
        ("That sounds dangerous.", False),
        ("", False),
    ],
)
def test_is_restatement(sentence, expected):
    assert is_restatement(sentence) is expected


def test_benchmark_star1_speed(shared_data):
    """Throughput on real traces (reported, not asserted)."""
    rows = json.loads((shared_data / "star1" / "STAR-1.json").read_text(encoding="utf-8"))
    pairs = [(r["response"].split("</think>")[0], r["question"]) for r in rows]
    t0 = time.perf_counter()
    found = sum(locate_key_sentence(x, q).key_sentence is not None for x, q in pairs)
    rate = len(pairs) / (time.perf_counter() - t0)
    print(f"\nlocated K in {found}/{len(pairs)} STAR-1 traces at {rate:.0f} traces/s")
    assert found == len(pairs)
