"""The one reasoning/answer splitter (keysent.traces.reasoning)."""

from __future__ import annotations

import pytest

from keysent.errors import ConfigError
from keysent.traces.reasoning import OPEN_WEBUI, OPENTHOUGHTS, ReasoningMarkers, markers_for, split_response


def test_answer_after_first_close_later_think_mention_kept():
    s = split_response("<think>\nA.\n</think>\n\nB. Write </think> or <think> tags.")
    assert (s.reasoning, s.answer, s.closed, s.has_markers) == ("A.", "B. Write </think> or <think> tags.", True, True)


def test_chars_index_the_input():
    text = "  Okay, so X.\n</think>\n\nNo."
    s = split_response(text, prompt_opens_reasoning=True)
    assert text[slice(*s.reasoning_chars)] == s.reasoning == "Okay, so X."
    assert text[slice(*s.answer_chars)] == s.answer == "No."


def test_close_only_parser_off():
    s = split_response("Hmm.\n</think>\n\nAnswer.")
    assert (s.reasoning, s.answer, s.closed, s.has_markers) == ("Hmm.", "Answer.", True, True)


def test_truncated_and_no_markers():
    t = split_response("<think>\nStill going")
    assert (t.reasoning, t.answer, t.closed) == ("Still going", "", False)
    n = split_response("Just an answer.")
    assert (n.reasoning, n.answer, n.closed, n.has_markers) == (None, "Just an answer.", True, False)
    p = split_response("Just an answer.", prompt_opens_reasoning=True)
    assert (p.reasoning, p.answer, p.closed, p.has_markers) == ("Just an answer.", "", False, False)


def test_open_after_close_is_answer():
    s = split_response("R.</think>A <think> B")
    assert (s.reasoning, s.answer) == ("R.", "A <think> B")


def test_openthoughts_and_custom():
    s = split_response("<|begin_of_thought|>\n\nOkay.\n\n<|end_of_thought|>\n\n<|begin_of_solution|>4<|end_of_solution|>", OPENTHOUGHTS)
    assert s.reasoning == "Okay."
    assert s.answer.startswith("<|begin_of_solution|>4")
    m = ReasoningMarkers.parse("<r>...</r>")
    assert split_response("<r>x</r>y", m).answer == "y"
    assert ReasoningMarkers.parse("openthoughts") is OPENTHOUGHTS


def test_open_webui_export():
    text = ('<details type="reasoning" done="true" duration="4">\n<summary>Thought for 4 seconds</summary>\n'
            '> Okay, so the user wants X.\n> Hmm, that is illegal.\n</details>\nI can\'t help.')
    s = split_response(text, OPEN_WEBUI)
    assert s.reasoning == "Okay, so the user wants X.\nHmm, that is illegal."
    assert s.answer == "I can't help."
    assert s.reasoning_chars is None and s.closed


def test_bad_markers():
    with pytest.raises(ConfigError, match="OPEN...CLOSE"):
        ReasoningMarkers.parse("nonsense")


def test_markers_for_chat_format():
    class Chat:
        think_open, think_close = "<think>", "</think>"

    assert markers_for(Chat()).open == "<think>"
    Chat.think_open = None
    assert markers_for(Chat()) is None
