"""The asked question and the asked choice stated as the goal (round 21 of issue 13).

Source: real Qwen3 and R1-Distill-Llama traces found in public repositories and labelled blind
(``tests/data/wild_traces.jsonl``; ``docs/locating.md``, "Real traces of other families").

* :func:`states_the_question`: "The question is whether he should refuse the order or complete
  it." (wqk2-50, a trace brought without its prompt) is C, and C goes on after it;
* :func:`picks_option_goal`: "Let me try to figure out which one is correct." after the options
  (wrd2-21, BBH) is the goal, C's last sentence (kind 4);
* :func:`names_the_options` (round 26): "The answer choices are given as A to D." right after the
  goal is C (w8b-13, real Qwen3 without the query).
"""

from __future__ import annotations

import re

__all__ = ["names_the_options", "picks_option_goal", "states_the_question"]


# "The question is whether he should refuse the order or complete it." (round 21, real Qwen3):
# the asked question stated; not the model's own dilemma ("The question is whether I should ...")
_QUESTION_GOAL_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|basically|essentially|ultimately|okay|alright)\s*,?\s+)*the\s+"
    r"(?:(?:key|main|real|core|central|actual|big)\s+)?question\s+(?:here\s+|being\s+asked\s+|they(?:'re|’re|\s+are)"
    r"\s+asking\s+)?is\s*,?\s+(?!(?:whether|if|how|what)\s+(?:i|we|to)\b|should\s+i\b|can\s+i\b)"
    r"(?:whether|if|should)\b",
    re.IGNORECASE,
)
# the model's own task in the question: how to respond, policy, the user's intent
_OWN_QUESTION_RE = re.compile(
    r"\b(?:respond|response|reply|approach|handle|help|assist|polic\w*|guideline\w*|the\s+user|comply|"
    r"safe|safety|appropriate|intent|intention|motive)\b",
    re.IGNORECASE,
)


# "Let me try to figure out which one is correct." after the options: the choice asked for,
# restated as the goal (kind 4; round 21, real R1-Distill-Llama traces of BBH)
_CHOICE_GOAL_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|okay|alright)\s*,?\s+)*(?:let\s+me|let's|i(?:'ll|’ll|\s+will|\s+need\s+to|"
    r"\s+have\s+to|\s+want\s+to|\s+should))\s+(?:try\s+(?:to\s+)?|just\s+)?(?:figure\s+out|determine|work\s+out|"
    r"decide|find\s+out|see|identify|pick|choose)\s+which\s+(?:one|option|answer|choice|of\s+(?:these|them|the\s+"
    r"(?:\w+\s+)?(?:options|choices|answers)))\b[^.?!;]{0,60}[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)


def picks_option_goal(sentence: str) -> bool:
    """Whether ``sentence`` restates the choice a multiple-choice question asks for as the goal
    ("Let me try to figure out which one is correct.", "I need to determine which option makes
    sense as a funny twist."): meant for a sentence after the options are restated, where it is
    C's last sentence (kind 4). Round 21.

    Example::

        >>> picks_option_goal("Let me try to figure out which one is correct.")
        True
        >>> picks_option_goal("Let me try to figure out how to approach this.")
        False
    """
    return bool(_CHOICE_GOAL_RE.match(sentence.strip()))


def states_the_question(sentence: str) -> bool:
    """Whether ``sentence`` states the asked yes/no or either-or question as "the question is
    whether / if / should ..." ("The question is whether he should refuse the order or complete
    it."): C, and C goes on after it (the options or a hint may follow). Not the model's own
    dilemma ("The question is whether I should ...", "... whether to help", anything about
    responding, policy or the user's intent). The problem's "The question is how many ..." is the
    goal rules' (:func:`keysent.traces.openings.is_goal_restatement`,
    :func:`keysent.traces.openings.restates_question`). Round 21, a real Qwen3 trace.

    Example::

        >>> states_the_question("The question is whether he should refuse the order.")
        True
        >>> states_the_question("The question is whether I should help with this.")
        False
    """
    s = sentence.strip()
    return bool(_QUESTION_GOAL_RE.match(s)) and not _OWN_QUESTION_RE.search(s)


# the options named right after the goal, and nothing else: "The answer choices are given as A to
# D.", "There are four options, A to D." (real Qwen3 trace of batch 8, round 26; a sentence that
# only mentions the options, "Looking at the choices, 29 is the only one not divisible by 3.", is
# the model's own: a new user's trial)
_OPTIONS_NAMED_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|also)\s*,?\s+)?(?:(?:the\s+)?(?:answer\s+)?(?:options|choices|answer\s+choices)\s+"
    r"(?:are|were)\s+(?:given|listed|labell?ed|marked|provided|numbered|lettered)?\s*(?:as\s+)?|there\s+are\s+"
    r"(?:two|three|four|five|six|\d+)\s+(?:answer\s+)?(?:options|choices)(?:\s+given)?,?\s*(?:labell?ed\s+)?)"
    r"\(?[A-J]\)?\s*(?:to|through|-|–)\s*\(?[A-J]\)?\s*[.!]?$",
    re.IGNORECASE,
)


def names_the_options(text: str) -> bool:
    """Whether ``text`` only names the options ("The answer choices are given as A to D.",
    "There are four options, A to D."): after the goal it is C. A sentence that mentions the
    options with anything of its own ("The options are all close, so I need to be careful.",
    "Looking at the choices, 29 is the only one not divisible by 3.") is not. Round 26."""
    return _OPTIONS_NAMED_RE.match(text.strip()) is not None
