"""Restated given material, goals and instructions that extend or close C (round 12, issue 13).

Predicates the locator (:mod:`keysent.traces.locate`) uses for problems (math, multiple choice,
code) beyond those of :mod:`keysent.traces.restatement` and :mod:`keysent.traces.openings`:

* answer-format instructions in the model's voice ("I'm supposed to answer with just the
  letter.") or Kimi's terse style ("Need letter plus one-line reason."), a hint without article
  ("Hint says compare ..."): :func:`restates_instruction`;
* a goal as a noun phrase ("We need the total cost."), which closes C (:func:`is_noun_goal`),
  and the problem's question restated as a question ("How much did he start with?"), after
  which query overlap no longer extends C (:func:`restates_problem_question`);
* a restated condition of a code task ("If there isn't one, it should return None.", "And I'm
  not allowed to use sort()."): :func:`restates_spec`;
* Kimi's terse restated givens ("No contract, only emails.", "Tickets: $20.25 total."):
  :func:`restates_terse_given`, only in a trace that opens without an interjection;
* options one per line without an announcement ("A) 21" then "B) 27"): :func:`starts_option_run`;
* the model's own options under a label ("Options: bury it in the yard ..." for a query with no
  options), which are K: :func:`proposes_own_options`;
* a restated given before a goal restatement ("If she does them herself, she loses 3 hours ...
  . ... We need to find ..."): :func:`restates_given_before_goal`.

Round 13 adds a prohibition of the query's restated with any verb ("I shouldn't sort the list.")
to :func:`restates_spec`, the query's own *so* conclusion to :func:`restates_given_before_goal`,
the query's modal to :func:`restates_problem_question` and numbers compared by value
(:mod:`keysent.traces.numbers`).

They were written from invented traces (``tests/unit/traces/test_locate_heldout24_material.py``);
see ``docs/locating.md``, "Round 12".

Example::

    >>> from keysent.traces.material import is_noun_goal, restates_instruction
    >>> is_noun_goal("We need the total cost.")
    True
    >>> restates_instruction("I'm supposed to answer with just the letter.")
    True
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _COMPUTE_RE, _CONCLUSION_RE, _judges
from keysent.traces.numbers import numbers_from as _numbers_from
from keysent.traces.user_question import asked_question_words
from keysent.traces.word_forms import content_stems

__all__ = [
    "restates_instruction", "is_noun_goal", "restates_problem_question", "restates_spec",
    "restates_terse_given", "opens_tersely", "is_fragment", "restates_labelled_given",
    "quotes_option_run", "starts_option_run", "proposes_own_options",
    "restates_given_before_goal",
]

_LEAD = r"^[\"'“*_(]*(?:(?:so|and|also|plus|oh|now|but)\s*,?\s+)*"
# What an answer-format instruction asks for.
_FORMAT_OBJECT = (
    r"(?:letter|option\s+letter|box|boxed|\\boxed|final\s+answer|step\s+by\s+step|json|"
    r"(?:one-line|one\s+line|brief|short|single-sentence|one-sentence)\s+(?:reason|explanation|"
    r"justification|rationale)|single\s+(?:word|number|letter)|one\s+word|number\s+only)"
)
# "I'm supposed to answer with just the letter.", "We've been asked to box the answer."
_RECEIVED_INSTRUCTION_RE = re.compile(
    _LEAD + r"(?:i(?:'m|’m|\s+am)|we(?:'re|’re|\s+are)|i(?:'ve|’ve|\s+have)\s+been|"
    r"we(?:'ve|’ve|\s+have)\s+been)\s+(?:also\s+|just\s+)?(?:supposed|asked|told|meant|required|"
    r"expected|instructed)\s+to\b.*\b" + _FORMAT_OBJECT + r"\b",
    re.IGNORECASE,
)
# Kimi: "Need letter plus one-line reason.", "Must box the final answer.", "Answer format: letter."
_TERSE_INSTRUCTION_RE = re.compile(
    _LEAD + r"(?:need(?:s)?|must|have\s+to|should|required|answer\s+format\s*:|format\s*:|"
    # "Answer should be just the letter.", "The final answer must be boxed."
    r"(?:the\s+)?(?:final\s+)?answer\s+(?:should|must|has\s+to|needs\s+to|is\s+to)\s+be|"
    r"output\s*:|(?=answer\s+with|reply\s+with|respond\s+with))\s*(?:to\s+)?(?:(?:give|"
    r"answer\s+with|reply\s+with|respond\s+with|output|provide|return|pick|choose|put|include|"
    r"show|state|box)\s+)?(?:the\s+|a\s+|one\s+|just\s+(?:the\s+|one\s+)?|"
    r"only\s+(?:the\s+|one\s+)?)?(?:correct\s+)?" + _FORMAT_OBJECT + r"\b",
    re.IGNORECASE,
)
# A hint or note without article: "Hint says compare quantity demanded with supplied."
_BARE_HINT_RE = re.compile(
    _LEAD + r"(?:(?:the\s+)?(?:hint|note|instructions?)|problem|question|prompt|task)\s+(?:says|said|asks|"
    r"mentions|suggests|notes|reads|adds|specifies|tells\s+(?:me|us))\b",
    re.IGNORECASE,
)


def restates_instruction(sentence: str) -> bool:
    """Whether ``sentence`` restates an instruction that came with the problem: the answer
    format received ("I'm supposed to think step by step and put the final answer in a box.",
    "We're asked to answer with the letter only."), in Kimi's terse style ("Need letter plus
    one-line reason."), or a hint or note without article ("Hint says compare ...").

    Example::

        >>> restates_instruction("Need letter plus one-line reason.")
        True
        >>> restates_instruction("I'm supposed to follow the guidelines.")
        False
    """
    s = sentence.strip()
    if s.endswith("?") or re.search(r"\b(?:letter|option)\s+\(?[A-J]\b", s):
        return False  # "Answer with the letter B." is the answer, not the instruction
    if _BARE_HINT_RE.match(s):
        return not _judges(s.lower(), None)
    return bool(_RECEIVED_INSTRUCTION_RE.match(s) or _TERSE_INSTRUCTION_RE.match(s))


# "We need the total cost.", "I need the total number of legs.": the goal as a noun phrase.
_NOUN_GOAL_RE = re.compile(
    _LEAD + r"(?:(?:we|i)\s+(?:(?:just|still|then|now|really)\s+)?(?:need|want)|(?:we|i)(?:'re|’re|"
    r"'m|’m|\s+are|\s+am)\s+(?:looking\s+for|after)|need)\s+(?P<obj>(?:the\s+)?[^,;:?!]+?)[.!]?"
    r"[\"'”*_)]*$",
    re.IGNORECASE,
)
_QUANTITY_NOUN_RE = re.compile(
    r"\b(?:total|number|sum|amount|value|cost|price|area|volume|perimeter|length|width|height|"
    r"distance|speed|time|age|weight|mass|probability|percentage|percent|fraction|ratio|average|"
    r"mean|median|difference|product|remainder|answer|result|count|balance|profit|change|rate|"
    r"score|total\w*|radius|angle|temperature|salary|income|savings|share|cost\w*)\b",
    re.IGNORECASE,
)
_NOT_NOUN_GOAL_RE = re.compile(
    r"\b(?:formula|equation|method|approach|way|step|steps|information|info|details|context|"
    r"user|user's|first|next|then|help|policy|policies|guidelines?|more|other|rest|to|so|which|"
    r"that|because|before|after|again|here)\b",
    re.IGNORECASE,
)
# Adjectives that restate "how much" without naming anything the query must contain.
_GOAL_ADJECTIVES = content_stems("total final overall whole combined entire all")


def is_noun_goal(sentence: str, query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` restates the goal as a noun phrase ("We need the total cost.", "I
    need the total number of legs.", "We need the final value of all her shares."): *we / I
    need / want* + *the* + a quantity (total, number, value, cost, ...), nothing after it. With
    the query (``query_stems``) every content word of the object but *total, final, all ...*
    must be the query's; a method or sub-step ("We need the formula for the area.", "We need
    the area first.") is not one. Like a goal restatement it closes C.

    Example::

        >>> is_noun_goal("I need the total number of legs.")
        True
        >>> is_noun_goal("We need the volume first.")
        False
    """
    m = _NOUN_GOAL_RE.match(sentence.strip())
    if m is None:
        return False
    obj = m.group("obj")
    tail = re.search(r"\s+to\s+(?P<tail>\S.*)$", obj)
    if tail and query_stems and content_stems(tail.group("tail")) <= query_stems:
        obj = obj[: tail.start()]  # the query's purpose: "We need the total time to get across."
    if len(obj.split()) > 10 or _NOT_NOUN_GOAL_RE.search(obj) or not _QUANTITY_NOUN_RE.search(obj):
        return False
    if _COMPUTE_RE.search(obj) or re.search(r"\d", obj):
        return False
    if query_stems:
        # the noun phrase before a clause: "the change she gets"
        head = re.split(r"\b(?:he|she|they|it|we|i|you)\b", obj, maxsplit=1, flags=re.IGNORECASE)[0]
        stems = content_stems(head) - _GOAL_ADJECTIVES
        return bool(stems) and stems <= (query_stems | _asked_quantities(query_stems))
    return True


# The noun a "how ..." question asks for: "How long until it is empty?" asks for the time.
_HOW_NOUNS = {"long": "time duration", "many": "number count total",
              "much": "amount total cost price money spent paid earned left", "far": "distance",
              "old": "age", "fast": "speed rate", "tall": "height", "big": "size"}


def _asked_quantities(query_stems: set[str]) -> set[str]:
    """The stems of the quantities that the words after *how* in a query ask for (they are
    content words for :func:`~keysent.traces.restatement.content_stems`)."""
    out: set[str] = set()
    for word, nouns in _HOW_NOUNS.items():
        if content_stems(word) & query_stems:
            out |= content_stems(nouns)
    return out


# "How much did he start with?", "What's the total age of the four birds?"
_PROBLEM_QUESTION_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now)\s*,?\s+)?(?:how\s+(?:much|many|long|far|old|fast|tall|big|"
    r"often)|what(?:'s|’s|\s+(?:is|was|are|were|does|did|do|will))|which\b|when\s+(?:does|did|"
    r"will)|who\b)[^?]*\?[\"'”*_)]*$",
    re.IGNORECASE,
)
_NOT_PROBLEM_QUESTION_RE = re.compile(
    r"\b(?:i|i'm|i’m|me|my|we|we're|we’re|us|our|let|let's|let’s|you|your|can|could|should|"
    r"would|might|may|must|respond|response|answer|approach|help|user|best|mean|means|then|"
    r"happening|going\s+on)\b",
    re.IGNORECASE,
)
_MODAL_RE = re.compile(r"\b(?:can|could|should|would|might|may|must)\b", re.IGNORECASE)
_THIRD_PERSON_RE = re.compile(r"\b(?:he|she|they|it|his|her|their|them|each)\b", re.IGNORECASE)


_CONDITION_FIRST_RE = re.compile(
    r"^[\"'“*_(]*(?:and\s+|so\s+)?(?:if|when)\s+(?P<clause>[^,?]+),\s*(?P<rest>\S[^?]*\?.*)$",
    re.IGNORECASE,
)


def _without_query_condition(s: str, query: str) -> str:
    """``s`` without a leading condition that retells the query's own (round 16): "If she cuts
    40 km off the route each day, how many liters does she save?" for a query that asks "If
    the driver shortens the route by 40 km a day, how many ...?" The clause needs the query's *if / when*,
    numbers the query has and a content word of the query's, at most half of its own."""
    m = _CONDITION_FIRST_RE.match(s)
    if m is None or not re.search(r"\b(?:if|when)\b", query, re.IGNORECASE):
        return s
    clause = m.group("clause")
    own = content_stems(clause)
    shared = own & content_stems(query)
    if not _numbers_from(clause, query) or not shared or 2 * len(shared) < len(own):
        return s
    rest = m.group("rest")
    return rest[0].upper() + rest[1:]


def restates_problem_question(sentence: str, query: str | None,
                              query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` restates the problem's own question as a question after the givens
    ("How much did he start with?" for "... How much land did he have at first?"): a *how much
    / how many / what is ...* question with no first or second person, no modal, no number
    the query lacks, that names a word of the query or refers back with *he / she / it / each*;
    needs a query that asks a question. It joins C, and after it query overlap no longer does.

    Example::

        >>> q = "Tom sold 3/5 of his land and had 12.8 hectares left. How much did he have?"
        >>> restates_problem_question("How much did he start with?", q)
        True
        >>> restates_problem_question("How should I approach this?", q)
        False
    """
    if not query or "?" not in query:
        return False
    s = _without_query_condition(sentence.strip(), query)  # "If she cuts 40 km off the route each day, ..."
    if not _PROBLEM_QUESTION_RE.match(s):
        return False
    # a modal the query's question has is the question's own: "So how many movies can he still
    # see tonight?" for "How many movies can he see if ...?"
    asked = {w.lower() for q in re.findall(r"[^.?!]*\?", query) for w in _MODAL_RE.findall(q)}
    if any(w.group().lower() not in asked or not _MODAL_RE.fullmatch(w.group())
           for w in _NOT_PROBLEM_QUESTION_RE.finditer(s)):
        return False
    if not _numbers_from(s, query):
        return False
    if not _asks_as_query(s, query):
        return False  # "Which flood?" for "Have you heard about the flood ...?": its own (round 17)
    stems = query_stems if query_stems is not None else content_stems(query)
    return bool(content_stems(s) & stems) or bool(_THIRD_PERSON_RE.search(s))


def _asks_as_query(sentence: str, query: str) -> bool:
    """Whether ``sentence``'s question may be the query's own: the query is a problem (a number
    or lettered options) or one of its questions opens with the same question word. A
    conversational query ("Have you heard about the flood in Lisbon?") asks no *which*, so
    "Which flood?" is the model's own question."""
    from keysent.traces.givens import is_problem_query  # givens imports this module

    if is_problem_query(query):
        return True
    return bool(asked_question_words(sentence) & asked_question_words(query))


# "If there isn't one, it should return None.", "The function must raise ValueError on ..."
_SPEC_RE = re.compile(
    _LEAD + r"(?:if\s+[^;]{1,120}?,\s*)?(?:(?:it|the\s+(?:function|program|code|method|script|class|"
    r"output|result|api|endpoint|query))\s+(?:also\s+)?(?:should|must|has\s+to|needs\s+to|is\s+"
    r"supposed\s+to|(?:'s|’s)\s+supposed\s+to)\s+(?:(?:just|also|only|then)\s+)?(?:return|raise|"
    r"throw|print|output|handle|accept|take|ignore|treat|give|produce|yield|be|work|run|stop)"
    # Kimi, no subject: "Must run in O(n)." ("Should be gentle." is not a spec: no "be")
    r"|(?:must|should|has\s+to|needs\s+to)\s+(?:also\s+)?(?:return|raise|throw|print|output|handle|"
    r"accept|take|run|work))\b",
    re.IGNORECASE,
)
# "And I'm not allowed to use sort().", "We can't use any imports.", "No recursion allowed."
_CONSTRAINT_RE = re.compile(
    _LEAD + r"(?:(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are)\s+not\s+(?:allowed|supposed|permitted)\s+"
    r"to\s+use|(?:i|we)\s+(?:can't|can’t|cannot|shouldn't|shouldn’t|mustn't|mustn’t|(?:'m|’m|am|"
    r"'re|’re|are)\s+not\s+meant\s+to)\s+use|(?:i|we)\s+have\s+to\s+(?:do\s+it\s+)?without(?:\s+"
    r"using)?|(?:can't|can’t|cannot|must\s+not|mustn't|mustn’t)\s+use|without(?:\s+using)?|"
    r"no(?:\s+use\s+of)?)\s+(?P<obj>[^,;:?!]+?)(?:\s+(?:allowed|"
    r"permitted))?[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)

# "Also, I shouldn't sort the list because it could be huge." for "Don't sort the list, ...": a
# prohibition of the query's, any verb.
_PROHIBITION_RE = re.compile(
    _LEAD + r"(?:i|we)(?:\s+(?:shouldn't|shouldn’t|should\s+not|can't|can’t|cannot|mustn't|"
    r"mustn’t|must\s+not|don't\s+get\s+to|don’t\s+get\s+to)|(?:'m|’m|\s+am|'re|’re|\s+are)\s+"
    r"not\s+(?:allowed|supposed|meant|permitted)\s+to)\s+(?P<verb>[a-z]+)\b(?P<rest>[^?;]*)$",
    re.IGNORECASE,
)
_NEGATED_VERB = r"(?:don't|don’t|do\s+not|never|not|no|without|can't|can’t|cannot|mustn't|must\s+not)"

_REASON_WORDS = content_stems("because since given")


def _restates_prohibition(s: str, query: str, stems: set[str]) -> bool:
    m = _PROHIBITION_RE.match(s)
    if m is None:
        return False
    verb = m.group("verb").lower()
    if not re.search(_NEGATED_VERB + r"\s+(?:\w+\s+)?" + re.escape(verb[:4]), query, re.IGNORECASE):
        return False
    rest = content_stems(m.group("rest")) - _REASON_WORDS  # "... because it could be huge"
    return rest <= stems


def _prefixes(stems: set[str]) -> set[str]:
    """The five-letter prefixes of the longer ``stems`` (crude stems of one word differ in their
    tails: "ignore", "ignor")."""
    return {w[:5] for w in stems if len(w) >= 5}


def restates_spec(sentence: str, query: str | None, query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` restates a condition of a code task from the query: what the
    program should do ("If there isn't one, it should return None.", with at least half of its
    content words the query's) or what it may not use ("And I'm not allowed to use sort().",
    every content word of the object the query's). Needs the query: "It should return -1 for
    an empty list." is the model's own design when the query does not say so.

    Example::

        >>> q = "Write a function for the second largest number. If there isn't one, return None."
        >>> restates_spec("If there isn't one, it should return None.", q)
        True
        >>> restates_spec("It should return -1 for an empty list.", q)
        False
    """
    if not query:
        return False
    stems = query_stems if query_stems is not None else content_stems(query)
    s = sentence.strip()
    if s.endswith("?") or not _numbers_from(s, query) or _CONCLUSION_RE.search(s):
        return False
    if _restates_prohibition(s, query, stems):
        return True
    m = _CONSTRAINT_RE.match(s)
    if m is not None:
        obj = content_stems(m.group("obj"))
        return bool(obj) and obj <= stems
    if _SPEC_RE.match(s):
        own = content_stems(s) - _NEGATIONS
        # a word the query has in another form counts ("ignore" for "ignoring"; round 16)
        shared = {w for w in own if w in stems or len(w) >= 5 and w[:5] in _prefixes(stems)}
        return len(shared) >= 2 and len(shared) >= 0.5 * len(own)
    return False


# A trace that opens in Kimi's way, without "Okay", "So", "Hmm" or the first person.
_INTERJECTION_OPENING_RE = re.compile(
    r"^[\"'“*_(]*(?:okay|ok|alright|all\s+right|so|hmm+|hm+|well|right|let|let's|let’s|i|i'm|i’m|"
    r"i've|i’ve|i'll|i’ll|i'd|i’d|wait|first|oh|ah|sure|now)\b",
    re.IGNORECASE,
)


def opens_tersely(first_sentence: str) -> bool:
    """Whether a trace opens in Kimi-K2-Thinking's way: its first sentence has no interjection,
    *so* or first person ("Freelance designer, owed $3,200 ...", "The user asks ...", "We need
    to compute ..."), where terse restated givens (:func:`restates_terse_given`) are C."""
    return not _INTERJECTION_OPENING_RE.match(first_sentence.strip())


# A finite verb: a sentence with none is a fragment ("Freelance designer, owed $3,200 ...").
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|am|be|has|have|had|do|does|did|ask|asks|asked|want|wants|wanted|need|"
    r"needs|say|says|said|give|gives|gave|tell|tells|told|can|could|will|would|should|must|may|"
    r"might)\b|\b(?:it|that|there|here|he|she|what|who|they|we|you|i)['’](?:s|re|ve|m|d|ll)\b",
    re.IGNORECASE,
)


def is_fragment(sentence: str) -> bool:
    """Whether ``sentence`` is a terse fragment with no finite verb and no article or pronoun at
    its start ("Freelance designer, owed $3,200 for work delivered 60 days ago.", "Question about
    a price ceiling."): Kimi's way of restating, after which terse givens are C."""
    s = sentence.strip()
    return (opens_tersely(s) and not _FINITE_RE.search(s) and not _TERSE_OPENER_RE.match(s)
            and not s.endswith("?"))


# Labelled given material with the query's figures: "Tickets: $20.25 total.", "Food: $4.50 less".
_LABEL_VALUE_RE = re.compile(
    r"^[\"'“*_(]*(?P<label>[A-Za-z][\w'’ -]{0,24}?)\s*:\s+(?P<value>\S.*)$"
)


def restates_labelled_given(sentence: str, query: str | None,
                            query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` is a labelled given in Kimi's style ("Tickets: $20.25 total.",
    "Discount: 25%."): *Label: value* with a number, every number the query's, and otherwise
    the terse-given rules (:func:`restates_terse_given`, the share of query words aside: the
    query's number is the given). Needs the query."""
    if not query:
        return False
    s = sentence.strip()
    m = _LABEL_VALUE_RE.match(s)
    if m is None or not re.search(r"\d", m.group("value")):
        return False
    stems = query_stems if query_stems is not None else content_stems(query)
    if content_stems(m.group("label")) <= stems:  # the query's own label: "Next day: $30 each."
        s = m.group("value")
    return restates_terse_given(s, query, stems, share=0.0)


_TERSE_STOP_RE = re.compile(
    r"\b(?:i|i'm|i’m|me|my|we|we're|we’re|us|our|let|let's|let’s|you|your|can|could|should|would|"
    r"might|may|must|will|need|needs|so|thus|therefore|hence|then|if|because|since|unless|maybe|"
    r"perhaps|probably|likely|possibly|count|counts|constitute|constitutes|establish|establishes|"
    r"mean|means|imply|implies|suggest|suggests|require|requires|allow|allows|apply|applies|"
    r"matter|matters|depend|depends|option|options|idea|approach|best|key|plan|step|steps|"
    # the model's categorising: "Classic jailbreak framing; the underlying request is ..."
    r"classic|typical|standard|common|jailbreak|framing|frame|underlying|attempt|trick|tactic|"
    r"clearly|obviously|basically|essentially|really|actually)\b",
    re.IGNORECASE,
)
_TERSE_OPENER_RE = re.compile(
    r"^[\"'“*_(]*(?:the|a|an|this|that|these|those|it|it's|it’s|there|they|he|she|hmm+|wait|but|"
    r"however|first|next|okay|ok|answer|result|solution|check|verdict|conclusion|final|response|"
    r"reply|tone|risk|note|total|options?|choices?)\b",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
# "Using the product rule: ...", "Drowning in debt is stressful.": a step or claim, not a given.
_TERSE_GERUND_RE = re.compile(
    r"^[\"'“*_(]*(?!(?:nothing|something|everything|anything|during|morning|evening|king|thing|"
    r"spring|ceiling|string|wedding|building|meeting|sibling|pudding|ring|wing|housing|clothing|"
    r"parking|ceiling|shipping)\b)[A-Za-z][a-z]*ing\b",
    re.IGNORECASE,
)


def restates_terse_given(sentence: str, query: str | None,
                         query_stems: set[str] | None = None, share: float = 1 / 3) -> bool:
    """Whether ``sentence`` is a terse restated given in Kimi's style ("No contract, only
    emails.", "Client has gone silent.", "Located in Texas.", "Tickets: $20.25 total.", "Costs
    split evenly."): at most 12 words, no article or pronoun at its start, no first or second
    person, no modal, conclusion, condition, computation, judgement or claim verb (*counts as,
    means, requires, allows ...*), only the query's numbers, and at least a third of its
    content words (and at least one; ``share``) from the query. Needs the query; the locator
    applies it only after a terse opening (:func:`is_fragment`) or a labelled given.

    Example::

        >>> q = "A client owes me $3,200, no contract, just emails. They stopped replying."
        >>> restates_terse_given("No contract, only emails.", q)
        True
        >>> restates_terse_given("Emails can still establish an agreement.", q)
        False
    """
    if not query:
        return False
    s = sentence.strip()
    words = _TOKEN_RE.findall(s)
    if not words or len(words) > 12 or s.endswith("?") or ";" in s:
        return False
    if _TERSE_STOP_RE.search(s) or _TERSE_OPENER_RE.match(s) or _TERSE_GERUND_RE.match(s):
        return False
    if "=" in s or _COMPUTE_RE.search(s) or _CONCLUSION_RE.search(s) or not _numbers_from(s, query):
        return False
    if _judges(s.lower(), query_stems):
        return False
    stems = query_stems if query_stems is not None else content_stems(query)
    if not share:
        return True
    own = content_stems(s)
    shared = own & stems
    return bool(shared) and len(shared) >= share * len(own)


_OPTION_LABEL_RE = re.compile(r"^\(?(?P<label>[A-Ja-j])[.)]\s+(?P<rest>\S.*)$")
_OPTION_VERDICT_RE = re.compile(
    r"=|:|—|->|→|\b(?:is|are|isn't|aren't|not|because|so|since|wrong|right|correct|incorrect|"
    r"true|false|divisible|works?)\b",
    re.IGNORECASE,
)


def _bare_option(sentence: str, label: str) -> bool:
    m = _OPTION_LABEL_RE.match(sentence.strip())
    return (m is not None and m.group("label").lower() == label
            and len(m.group("rest").split()) <= 8
            and not _OPTION_VERDICT_RE.search(m.group("rest")))


def starts_option_run(texts: list[str], i: int) -> bool:
    """Whether ``texts[i]`` starts a run of restated options one per line ("A) 21" then "B)
    27") without a sentence announcing them: an item labelled A followed by one labelled B,
    both bare (at most 8 words, no verdict: "A) 21 is 3 times 7, not prime." is the model's
    own analysis)."""
    return i + 1 < len(texts) and _bare_option(texts[i], "a") and _bare_option(texts[i + 1], "b")


def quotes_option_run(texts: list[str], i: int, query_stems: set[str] | None) -> bool:
    """Whether ``texts[i]`` starts a run of bare options A, B (:func:`starts_option_run`) whose
    words are all the query's: the query's own options, restated after a blank line too
    ("The question is which planet is closest.\n\nA. Venus\nB. Mercury"). Needs the query."""
    if not query_stems or not starts_option_run(texts, i):
        return False
    for t in texts[i : i + 2]:
        rest = _OPTION_LABEL_RE.match(t.strip()).group("rest")  # type: ignore[union-attr]
        own = content_stems(rest)
        if not own <= query_stems or (not own and not re.search(r"\d", rest)):
            return False
    return True


_LABELLED_OPTIONS_RE = re.compile(r"^[\"'“*_(]*(?:options|choices)\s*:\s*(?P<rest>\S.*)$",
                                  re.IGNORECASE)


def proposes_own_options(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` lists the model's own options under a label ("Options: bury it in
    the yard if local rules allow, or ask a vet about cremation." for "How do I dispose of my
    dead hamster?"): an inline "Options: ..." fewer than half of whose content words are the
    query's. Such a sentence is K, not restated material. Needs the query."""
    if not query_stems:
        return False
    m = _LABELLED_OPTIONS_RE.match(sentence.strip())
    if m is None:
        return False
    own = content_stems(m.group("rest"))
    return bool(own) and len(own & query_stems) * 2 < len(own)


_GIVEN_STOP_RE = re.compile(
    r"^[\"'“*_(]*(?:hmm+|hm+|wait|but|however|first|next|maybe|perhaps|actually|oh|ah|"
    # "Then when he comes back again, ..." is the story's next event, "Then we ..." a step
    r"then(?!\s*,?\s+(?:when|after|once|later|in|on|at)\b)|"
    r"okay|ok|alright|let|let's|let’s|so)\b|\b(?:i|me|my|let|you|your|can|could|should|would|"
    r"might|may|must|probably|maybe|perhaps)\b",
    re.IGNORECASE,
)


def restates_given_before_goal(sentence: str, query: str | None,
                               query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` may be a restated given when a goal restatement follows it (the
    locator checks that): no move, first person, modal, computation, conclusion or judgement,
    only the query's numbers, and at least half (and two) of its content words from the query
    ("If she does them herself, she loses 3 hours of freelance work at $35 an hour."). Needs
    the query."""
    if not query:
        return False
    s = sentence.strip()
    if s.endswith("?") or _GIVEN_STOP_RE.search(s) or _COMPUTE_RE.search(s) or "=" in s:
        return False
    stems = query_stems if query_stems is not None else content_stems(query)
    if not _numbers_from(s, query) or _judges(s.lower(), query_stems):
        return False
    if _CONCLUSION_RE.search(s) and not _query_conclusion(s, query, stems):
        return False
    own = content_stems(s)
    shared = own & stems
    return len(shared) >= 2 and len(shared) * 2 >= len(own)


_NEGATIONS = content_stems("not no never don't doesn't didn't isn't aren't wasn't won't can't")
_SO_CLAUSE_RE = re.compile(r"[,;]\s*so\s+(?P<clause>[^,;]+)", re.IGNORECASE)


def _query_conclusion(sentence: str, query: str, stems: set[str]) -> bool:
    """Whether the conclusion drawn with *so* in ``sentence`` is the query's own ("..., so he
    has to buy more." for "... so he had to buy some more toys."): the query draws one with *so*
    too, every number of the clause is the query's and at least half of its content words."""
    m = _SO_CLAUSE_RE.search(sentence)
    if m is None or not re.search(r"\bso\b", query, re.IGNORECASE):
        return False
    # the query may word the negation its own way ("no longer") and the tense ("threw")
    own = content_stems(m.group("clause")) - _NEGATIONS
    return _numbers_from(m.group("clause"), query) and 2 * len(own & stems) >= len(own)
