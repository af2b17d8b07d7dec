"""A problem's givens restated in the problem's order, paraphrased (round 15, issue 13).

QwQ and R1-Distill-Qwen open a word problem with its goal ("Okay, so I need to figure out how
much money Howard has left.") or with "I need to solve this problem where ..." and then retell
the givens one by one in their own words: "On Tuesday he spends twice as much as Monday, and on
Wednesday he spends 4 times as much as Tuesday.", "Lisa sold three and a half boxes and Peter
sold four and a half boxes.", "There are four students: Adam, Martha, Betty, and Tom.". Such a
sentence is C: it carries the query's numbers and content words and computes nothing new. The
earlier rules stop the query-overlap rule once the goal is restated (a sentence reusing the
query's words after the goal is usually the first step of the solution), so these givens were
taken for K. The test here is stricter than query overlap and holds after the goal too
(``docs/locating.md``, "Round 15 (problems)"):

* the query is a problem: it has a number (digits or a number word) or lettered options;
* the sentence makes no move of the model's own (no "Hmm", "So", "Let me", "First", no first or
  second person, no guess, no modal the query lacks, no question), names no variable ("Let the
  width be w", "5s - 4"), computes nothing (no "=", "×", "3 + 5 is 8") and has no number the
  query lacks, compared by value, number words included ("36" for "3 dozen" is new), and no
  *is / are* predicates a word of its own ("Fahrenheit degrees are smaller than Celsius
  degrees.");
* at least two, and two thirds, of its content words and numbers are the query's (or half, with
  two content words of the query's: "It started fully booked with 100 guests."); with no number,
  three of the query's content words and at most one of its own ("The clues are that Alice
  doesn't own the dog, ...", words such as *clue* and *says* aside); it comes before any
  restated options (after them a sentence in the query's words is the model's answer).

"Tuesday would be 2 * 8 = $16." (a computation repeating a given), "Let me set up some
equations." (a method) and "Sheep have four legs and geese have two." (knowledge: numbers the
query lacks) stay K.

Round 17: a given may open with a time phrase that the model's moves share ("During the night
...", "By the end of the week ...", "So far ..."), or with "It's" when the query states a given
as "It is ..."; and where the query sums ("combined", "in total"), the sentence's own summing
words ("together", "add up") count as the query's.

:func:`restates_given_then_goal` takes a given and the goal in one sentence ("All three together
are 37 centimeters, and I need the length of the red rope."): the goal closes C.

Example::

    >>> q = "Howard spends $8 on Monday. On Tuesday, he spends twice as much as he did on Monday."
    >>> restates_problem_given("On Tuesday he spends twice as much as Monday.", q)
    True
    >>> restates_problem_given("Tuesday would be 2 * 8 = $16.", q)
    False
"""

from __future__ import annotations

import re

from keysent.traces.goal_forms import restates_asked_goal
from keysent.traces.material import is_noun_goal
from keysent.traces.numbers import _NUMBER_RE as _DIGITS_RE
from keysent.traces.openings import is_goal_restatement
from keysent.traces.query_material import QUERY_OPTION_RE, has_own_literal
from keysent.traces.restatement import (
    _COMPUTE_RE,
    _CONCLUSION_RE,
    _GERUND_OPENER_RE,
    _GIVEN_RE,
    _MOVE_RE,
    _judges,
)
from keysent.traces.word_forms import content_stems

__all__ = ["is_problem_query", "restates_problem_given", "restates_given_then_goal",
           "has_new_figure", "restates_so_given", "restates_given_material"]

# Number words and their values (a given retold in words or digits: "three" for "3").
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    # fractions by their denominator, as "1/3" gives 1 and 3 (round 16: "a third of the tiles")
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
_NUMBER_WORD_RE = re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
# Lettered options in the query: "(a) Saturn", "A. All lazzies are bloops", "B) 27".
_QUERY_OPTIONS_RE = QUERY_OPTION_RE
# What a story's next event may open with although the model's moves use the same words.
_NARRATIVE_OPENER_RE = re.compile(
    r"^[\"'“*_(]*(?:then|there(?:'s|’s|\s+(?:is|are|was|were)))\b", re.IGNORECASE
)
# The model's own: a move, a step or a guess anywhere in the sentence.
_OWN_RE = re.compile(
    r"^[\"'“*_(]*(?:so(?!\s+far\b)|thus|therefore|hence|from|"
    # "By the end of the week ...", "So far he has read ...": a time, not a move (round 17)
    r"by(?!\s+the\s+(?:end|time|start|middle)\b)|using|that\s+means|this\s+means|starting|"
    r"for\s+(?:example|instance)|together\s+that|in\s+total\s+that)\b|"
    r"\b(?:i|i'm|i’m|i'll|i’ll|i've|i’ve|i'd|i’d|me|my|we|we're|we’re|us|our|let|let's|let’s|"
    r"you|your|probably|maybe|perhaps|likely|presumably|guess|assume|suppose|means|mean|meaning|"
    r"seems|right(?!\s+now)|okay|hmm+|wait|actually|basically|approach|method|equation|"
    r"equations|formula|"
    r"variable|step|steps|first\s+step|backwards)\b",
    re.IGNORECASE,
)
_MODAL_RE = re.compile(r"\b(?:can|could|should|would|might|may|must|will|shall)\b", re.IGNORECASE)
# A variable of the model's: a lone letter ("call the width w") or a coefficient ("5s - 4").
_VARIABLE_RE = re.compile(r"(?<![(\w'’.])(?![aAI]\b)[A-Za-z](?![\w'’.)])|\b\d+[a-z]\b")
_ARITHMETIC_RE = re.compile(r"[=×÷*^]|\d\s*[-+/]\s*\(?\d|\d\s+(?:plus|minus|times)\s+\d")
_FRACTION_RE = re.compile(r"\b\d+/\d+\b")
# Round 17: "During the day it was 45 degrees, ...": a preposition of time, not a gerund's step.
_TIME_PREPOSITION_RE = re.compile(r"^[\"'“*_(]*during\b", re.IGNORECASE)
# Round 17: "It's Saturday, and right now it's 9:50." retells a query that says "It is ..." itself.
_IT_IS_RE = re.compile(r"^[\"'“*_(]*it(?:'s|’s|\s+is|\s+was)\b", re.IGNORECASE)
_QUERY_IT_IS_RE = re.compile(r"(?:^|[.!?]\s+)it(?:'s|’s|\s+is|\s+was)\b", re.IGNORECASE)
# Round 17: words that sum the parts ("The ribbons add up to 150 cm together." for the query's
# "a combined length of 150 cm"): one of them in the query makes the others its paraphrase.
_AGGREGATE = content_stems("combined together altogether total totals sum add adds added up all "
                           "overall joint whole")
_IF_CLAUSE_RE = re.compile(r"^[\"'“*_(]*(?:and\s+|but\s+)?(?:even\s+)?if\s+(?P<clause>[^,]+),",
                           re.IGNORECASE)


# A list's enumerator ("1. A word scores ...", "2) ..."): a label, not a given.
_ENUMERATOR_RE = re.compile(r"(?:^|(?<=\n)|(?<=[:.;!?] ))\d{1,2}[.)](?=\s)")
# Words a retold given may add without taking them from the query ("The clues are that ...";
# since round 16 "right now there's" for the query's "currently").
_FRAME_WORDS = content_stems("say says said clue clues statement statements question problem "
                             "fact facts told now currently right there's")


def _values(text: str) -> set[float]:
    """The numbers of ``text`` by value, digits and number words ("three" is 3), list
    enumerators left out."""
    text = _ENUMERATOR_RE.sub(" ", text)
    out = {float(n.replace(",", "")) for n in _DIGITS_RE.findall(text)}
    out |= {float(_NUMBER_WORDS[w.lower()]) for w in _NUMBER_WORD_RE.findall(text)}
    return out


def has_new_figure(sentence: str, before: str) -> bool:
    """Whether ``sentence`` has a number (digits or a number word) that ``before`` (the text of C
    so far) lacks, by value: a given not yet retold ("Each box holds 5 marbles." after "How many
    marbles are in 2 boxes of 5?" has none)."""
    return bool(_values(sentence) - _values(before))


_SO_RE = re.compile(r"^[\"'“*_(]*so\s*,?\s+(?P<rest>\S.*)$", re.IGNORECASE)


def restates_so_given(sentence: str, query: str | None, query_stems: set[str] | None,
                      before: str) -> bool:
    """Whether ``sentence`` is "So" and a retold given (:func:`restates_problem_given`) with a
    figure that C so far (``before``) lacks: "So the shop has 18 bicycles and 7 tricycles." after
    "Let me figure out this tire problem." "So" may also draw a conclusion from the givens
    already retold ("So, the shop has 18 bicycles to fit."): that has no new figure."""
    m = _SO_RE.match(sentence.strip())
    if m is None:
        return False
    rest = m.group("rest")
    return has_new_figure(rest, before) and restates_problem_given(
        rest[0].upper() + rest[1:], query, query_stems)


def is_problem_query(query: str | None) -> bool:
    """Whether ``query`` is a problem whose givens a trace may retell: it has a number (digits or
    a number word: "Three friends ...") or lettered options ("(a) Saturn (b) Neptune")."""
    return bool(query) and bool(
        re.search(r"\d", query) or _NUMBER_WORD_RE.search(query) or _QUERY_OPTIONS_RE.search(query)
    )


def restates_problem_given(sentence: str, query: str | None,
                           query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` retells a given of the problem ``query`` in the problem's terms,
    computing nothing ("Lisa sold three and a half boxes and Peter sold four and a half boxes.",
    "The total number of legs is 70 and the total number of heads is 20."): see the module
    docstring. Needs a problem query (:func:`is_problem_query`).

    Example::

        >>> q = "Lee rears only sheep and geese. If the total number of animal legs is 70, ..."
        >>> restates_problem_given("The total number of legs is 70.", q)
        True
        >>> restates_problem_given("Sheep have four legs and geese have two.", q)
        False
    """
    if not is_problem_query(query):
        return False
    s = _strip_connective(sentence.strip(), query)  # "But he blows it out for 3 hours in the middle." (round 16)
    if not s or s.endswith("?") or len(s.split()) > 45:
        return False
    lower = s.lower()
    if _MOVE_RE.match(lower) and not (_NARRATIVE_OPENER_RE.match(s) or _query_it_is(s, query)):
        return False
    if _OWN_RE.search(s) or _own_variable(s, query) or (
            _GERUND_OPENER_RE.match(s) and not _TIME_PREPOSITION_RE.match(s)
            and not _query_activity(s, query)):
        return False
    if has_own_literal(s, query):  # "the pairs are (1, 5) and (7, -1)": worked out (round 16)
        return False
    # the query's own fractions ("1/3 of it") are givens, not divisions
    bare = _FRACTION_RE.sub(lambda f: " " if f.group() in (query or "") else f.group(), s)
    if _ARITHMETIC_RE.search(bare) or _COMPUTE_RE.search(s) or _CONCLUSION_RE.search(s):
        return False
    asked = {w.lower() for w in _MODAL_RE.findall(query or "")}
    asked |= {_MODAL_TENSES[w] for w in asked if w in _MODAL_TENSES}  # "could throw": "can throw"
    if any(w.lower() not in asked for w in _MODAL_RE.findall(s)):
        return False
    m = _IF_CLAUSE_RE.match(s)  # "If the normal teacher comes, ...": the query's condition
    stems = query_stems if query_stems is not None else content_stems(query)
    if m is not None and not (re.search(r"\bif\b", query or "", re.IGNORECASE)
                              and content_stems(m.group("clause")) <= stems):
        return False
    if _judges(lower, stems):
        return False
    if _claims(s, stems):
        return False
    numbers, known = _values(s), _values(query or "")
    if not numbers <= known:
        return False  # a number of the model's own: a result, a fact it brings
    words = {w.lower() for w in _NUMBER_WORD_RE.findall(s)}
    own = content_stems(s) - words - _FRAME_WORDS
    if not numbers:  # no figure to carry: the query's words nearly all ("Arnold and Madeline
        # painted the same number of eggs."; not "Kinetic energy is the energy of motion.")
        return len(own & stems) >= 3 and len(own - stems) <= 1
    shared = len(own & stems) + len(numbers) + len(_aggregate_paraphrase(own - stems, stems))
    total = len(own) + len(numbers)
    # two thirds of its words and figures the query's, or half with two of the query's words
    # ("It started fully booked with 100 guests."; not "The minute hand at 15 minutes points
    # at the 3.", a step that reads "3:15")
    return bool(own & stems) and shared >= 2 and (
        3 * shared >= 2 * total or len(own & stems) >= 2 and 2 * shared >= total)


# A modal retold in the other tense is the query's own ("Mia could climb" told as "can throw").
_MODAL_TENSES = {"can": "could", "could": "can", "will": "would", "would": "will",
                 "may": "might", "might": "may", "shall": "should", "should": "shall"}
# A connective a retold given may open with (round 16): "First, the school sells 420 raffle tickets.";
# a contrast ("But he blows it out for 3 hours in the middle.") only when the query has one. "So" is judged apart
# (:func:`restates_so_given`).
_CONNECTIVE_RE = re.compile(r"^[\"'“*_(]*(?P<word>and|also|first|firstly|then|next|but|however)\s*,?\s+"
                            r"(?P<rest>\S.*)$", re.IGNORECASE)
# The given reported as such after the connective: "First, I note that the farmer starts with 17
# sheep.", "Then, it says that all but 9 die.", "Next, it's mentioned that ..." (round 24, real
# deepseek-r1:1.5b traces of batch 7)
_NOTE_THAT_RE = re.compile(
    r"^(?:i\s+(?:note|see|notice|know)|we\s+(?:know|are\s+told)|we(?:'re|’re)\s+told|it\s+(?:says|said|"
    r"states|is\s+(?:mentioned|stated|given))|it(?:'s|’s)\s+(?:mentioned|stated|given))\s+that\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_EMPHASIS_RE = re.compile(r"\*\*|__")
_CONTRAST_RE = re.compile(r"\b(?:but|however|yet|although|though)\b", re.IGNORECASE)
_LONE_LETTER_RE = re.compile(r"(?<![\w'’.])[A-Z](?![\w'’])")


def _strip_connective(s: str, query: str | None) -> str:
    """``s`` without a leading connective that a retold given may carry ("And", "Also", "First,",
    "Then,", "Next,"; "But" / "However" when the query itself contrasts) and without a report of
    the given after it ("First, I note that", "Then, it says that", with its bold marks), else
    ``s``. The rest is judged by the
    given's tests, so "First, the total is 45." still has a number of its own."""
    m = _CONNECTIVE_RE.match(s)
    if m is None:
        return s
    if m.group("word").lower() in ("but", "however") and not _CONTRAST_RE.search(query or ""):
        return s
    rest = m.group("rest")
    note = _NOTE_THAT_RE.match(rest)
    if note is not None:  # "First, I note that ...", "Then, it says that **all but 9 die**."
        rest = note.group("rest")
    rest = _EMPHASIS_RE.sub("", rest)  # "First, the farmer starts with **17 sheep**."
    return rest[0].upper() + rest[1:]


# Gerunds of the model's own steps, never an activity of the story ("Adding the two gives ...",
# "Rounding each price: ...", "Using the ratio, ...").
_STEP_GERUNDS = frozenset(
    "adding subtracting multiplying dividing using solving converting calculating computing "
    "plugging setting combining comparing checking looking starting breaking working putting "
    "taking going considering assuming applying counting summing rounding finding getting "
    "figuring thinking noting reading listing writing substituting simplifying".split())


def _query_activity(s: str, query: str | None) -> bool:
    """Whether ``s`` opens with the gerund of a verb the query itself uses ("Making the batter
    takes 20 minutes, baking takes 30 minutes, ..." for "it would take 20 minutes to make the
    cake batter and 30 minutes to bake the cake"; round 18, from blind set 50): the story's
    activity as subject, not a step of the model's (:data:`_STEP_GERUNDS`: "Adding ...",
    "Rounding ..."). The base form is the gerund without "-ing", with a final "e" restored or a
    doubled consonant undone ("running": "run"), or in the query's
    tense or person ("peels", "baked")."""
    m = re.match(r"^[\"'“*_(]*([A-Za-z]{2,})ing\b", s)
    if m is None or (m.group(1) + "ing").lower() in _STEP_GERUNDS:
        return False
    if not _ACTIVITY_PREDICATE_RE.search(s):
        return False
    base = m.group(1).lower()
    forms = {base, base + "e", base + "s", base + "es", base + "ed", base + "d"} | ({base[:-1]} if len(base) > 2 and base[-1] == base[-2] else set())
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", query or "")}
    return bool(forms & words)


# What the story's activity does as a given: it takes, needs, lasts or costs a number ("takes 20
# minutes", "takes him 3 hours", "costs $5"), or comes before or after another; "Paying off 24%
# debt is a guaranteed 24% return." (held-out set 7, for "Should I pay the debt or invest it?")
# and "Paying off the card costs nothing extra and saves 22%." are the model's judgements.
_ACTIVITY_PREDICATE_RE = re.compile(
    r"\b(?:(?:takes?|took|needs?|needed|lasts?|lasted|costs?|requires?|required|uses?|used)"
    r"(?:\s+(?:him|her|them|me|us|you|it|about|only|just|exactly|another|an?)){0,2}\s+[$£€]?\d|"
    r"(?:comes?|came)\s+(?:before|after|first|last)\b)",
    re.IGNORECASE,
)


def _query_it_is(s: str, query: str | None) -> bool:
    """Whether ``s`` opens with "It's" / "It is" and the query states a given the same way ("It
    is Saturday and the ferry ..."): the query's own subject, not the model's verdict."""
    return bool(_IT_IS_RE.match(s)) and bool(_QUERY_IT_IS_RE.search(query or ""))


def _aggregate_paraphrase(own: set[str], stems: set[str]) -> set[str]:
    """The words of ``own`` (a sentence's content stems the query lacks) that paraphrase the
    query's summing word: "together", "add up" for "combined" (:data:`_AGGREGATE`); none when
    the query sums nothing."""
    return own & _AGGREGATE if stems & _AGGREGATE else set()


def _own_variable(s: str, query: str | None) -> bool:
    """Whether ``s`` names a variable of the model's (:data:`_VARIABLE_RE`): a lone capital the
    query itself uses as a label ("Offer Y", "the letter Q") is the query's, not a variable."""
    labels = set(_LONE_LETTER_RE.findall(query or ""))
    return any(m.group() not in labels for m in _VARIABLE_RE.finditer(s))


_PARTICIPLE_RE = re.compile(r"[a-z]+ed|left|gone|done|given|taken|sold|made|paid|spent|lost|won|"
                            r"kept|found|eaten|broken|held|told|shown|known", re.IGNORECASE)
_COPULA_RE = re.compile(r"\b(?:is|are|was|were)\s+(?P<rest>.*)$", re.IGNORECASE)


def _claims(sentence: str, stems: set[str]) -> bool:
    """Whether a copula of ``sentence`` predicates a word of the model's own: the first content
    word after *is / are* is neither a number nor the query's ("Fahrenheit degrees are smaller
    than Celsius degrees.", "Party ideas for a 10-year-old are easy to find."); a given's
    predicate is a figure, the query's word ("The pool is 14 feet wide.") or a participle of an
    event ("In the end, 28% was left.")."""
    for m in _COPULA_RE.finditer(sentence):
        for word in re.findall(r"[\w$'’.-]+", m.group("rest"))[:4]:
            if re.search(r"\d", word) or _NUMBER_WORD_RE.fullmatch(word.strip(".")):
                break
            own = content_stems(word)
            if _PARTICIPLE_RE.fullmatch(word.strip(".")):
                break  # a passive event: "In the end, 28% was left."
            if own:
                if not own <= stems:
                    return True
                break
    return False


# "..., and I need the length of the red rope.": a given, then the goal.
_GIVEN_AND_GOAL_RE = re.compile(
    r"^(?P<given>[^;]+?),?\s+and\s+(?P<goal>(?:i|we)\s+(?:(?:just|still|now)\s+)?(?:need|want|"
    r"have\s+to|am\s+asked|'m\s+asked|’m\s+asked|are\s+asked|'re\s+asked|’re\s+asked)\b.*)$",
    re.IGNORECASE,
)


_SUBSTEP_RE = re.compile(r"\b(?:first|next|then|again|check|before)\b", re.IGNORECASE)


def restates_given_then_goal(sentence: str, query: str | None,
                             query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` retells a given (:func:`restates_problem_given`) and then states the
    goal after *and* ("All three together are 37 centimeters, and I need the length of the red
    rope."): a goal restatement, C's last sentence. Needs a problem query."""
    if not is_problem_query(query):
        return False
    m = _GIVEN_AND_GOAL_RE.match(sentence.strip())
    if m is None or not restates_problem_given(m.group("given") + ".", query, query_stems):
        return False
    goal = m.group("goal")
    if _SUBSTEP_RE.search(goal):
        return False  # "..., and I need to count the blue ones first.": a sub-step
    goal = goal[0].upper() + goal[1:]
    return (is_goal_restatement(goal) or is_noun_goal(goal, query_stems)
            or restates_asked_goal(goal, query, query_stems))


# The material reported in the passive, after the goal: "The known values and some hypotheses have
# been provided, but the correct property hasn't been found yet." (round 23, a real QwQ-32B trace
# of batch 6); "given by" / "given as" is a formula. What may follow: nothing, or a clause of the
# problem's state with no first person, conclusion or verdict of the model's own.
_PASSIVE_GIVEN_RE = re.compile(
    r"^(?:(?:so|and|also|now)\s*,?\s+)*(?:the|some|all|these|those|several|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:is|are|has\s+been|have\s+been|was|were)\s+(?:also\s+|already\s+)?"
    r"(?:given|provided|listed|supplied)(?!\s+(?:by|as)\b)(?P<tail>.*)$",
    re.IGNORECASE,
)
_PASSIVE_TAIL_RE = re.compile(
    r"^(?:\s+(?:in|on|at|below|above|under|here|there)\b[^,;.]{0,40})?"  # "... listed in the table"
    r"\s*(?:[.!]?[\"'”*_)]*|,?\s+(?:but|and)\s+(?P<clause>.+))$",
    re.IGNORECASE,
)
_TAIL_OWN_RE = re.compile(
    r"\b(?:i|i'm|i’m|i'll|i’ll|me|my|we|so|which|wrong|incorrect|dangerous|harmful|illegal|unsafe|"
    r"risky|fake|false|suspicious|makes?)\b",
    re.IGNORECASE,
)


def restates_given_material(sentence: str) -> bool:
    """Whether ``sentence`` reports a problem's given material without a judgement of the model's
    own: a hint, note or constraint ("There's a hint that ..."), what the model is told ("We're
    given f(1) = 3."), a definition ("The sequence is defined by ...") or the material in the
    passive ("The known values and some hypotheses have been provided, ...", round 23), alone or
    with a clause of the problem's state that has no first person, conclusion or verdict ("...,
    but the correct property hasn't been found yet."; not "..., so I can write it now."). Used
    only after a goal restatement.

    Example::

        >>> restates_given_material("The first 20 values and two hypotheses are given.")
        True
        >>> restates_given_material("The answer is given by x = 5.")
        False
        >>> restates_given_material("The facts are given, but they're wrong.")
        False
    """
    s = sentence.strip()
    if _judges(s.lower(), None):
        return False
    if _GIVEN_RE.match(s):
        return True
    m = _PASSIVE_GIVEN_RE.match(s)
    if m is None:
        return False
    tail = _PASSIVE_TAIL_RE.match(m.group("tail"))
    return tail is not None and not (tail.group("clause") and _TAIL_OWN_RE.search(tail.group("clause")))
