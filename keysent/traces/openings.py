"""How the openings of Qwen3, QwQ, Kimi-K2-Thinking and R1-distill traces extend C (issue 13).

The predicates the locator (:mod:`keysent.traces.locate`) uses beyond the R1 restatement rules of
:mod:`keysent.traces.restatement`: filler openers that take the next sentence with them, goal
restatements that close C, restated options and lists of given facts, the question restated, and
restatements in the user's own voice. They were written from invented traces in those styles
(``tests/data/locator_cases.py``) and checked on held-out ones (``docs/locating.md``).

Example::

    >>> from keysent.traces.openings import is_filler_opener, is_goal_restatement
    >>> is_filler_opener("Okay, let's tackle this problem.")
    True
    >>> is_goal_restatement("So we need to find the total cost.")
    True
"""

from __future__ import annotations

import re

from keysent.traces.hedges import is_own_hedge
from keysent.traces.user_question import restates_user_question
from keysent.traces.restatement import (
    _INTERJECTION_RE,
    _JUDGEMENT_PHRASES,
    _JUDGEMENT_WORDS,
    _OPTIONS_RE,
)
from keysent.traces.word_forms import _WORD_RE, content_stems

__all__ = [
    "is_filler_opener", "is_goal_restatement", "is_deliverable_goal", "restates_options",
    "restates_question",
    "is_list_item", "is_option_item", "announces_list", "is_persona_opening", "continues_persona",
    "is_first_person_task", "continues_first_person_task", "restates_request",
]

_INTERJ_PREFIX = (
    r"^[\"'“*_(]*(?:(?:okay|ok|alright|all\s+right|well|so|right|hmm+|hm+|now|great|sure|"
    r"fine|good)[\s,.!…-]+)*"
)
# "Okay, let's see." / "Alright, let me work through this." / "Let me think about this
# carefully." : an opener that announces work without restating anything.
_FILLER_RE = re.compile(
    _INTERJ_PREFIX
    + r"(?:let's|let’s|lets|let\s+me|let\s+us|i'll|i’ll|i\s+will|we'll|we’ll|i'm\s+going\s+to|"
    r"i\s+need\s+to|we\s+need\s+to|i\s+have\s+to|time\s+to)\s+(?:try\s+(?:and|to)\s+|now\s+|"
    r"just\s+|first\s+|carefully\s+)?(?:see|think|tackle|work|figure|solve|try|start|look|begin|"
    r"go|break|handle|approach|dive|parse|read|do|process|unpack|analy[sz]e|get\s+started|"
    r"get\s+into|get\s+this|digest|understand|consider|check|sort)\b"
    r"(?P<rest>[^.?!]*)[.?!…]*[\"'”*_)]*$",
    re.IGNORECASE,
)
# Words the rest of a filler opener may use (it names no detail of the request).
_FILLER_WORDS = frozenset(
    """
    this that it the a an one problem question task request query prompt puzzle out through
    into about at on over here now down carefully properly step by first again bit little
    moment second how to what's whats going so then and thing things all of is in understanding
    reading figuring what we i me with up started sure let see think it's happening asked asking
    being is are being understand break approach start answer respond reply handle tackle best
    way thinking looking going working considering breaking
    review summary translation exercise assignment challenge
    """.split()
)
_STRONG_MOVE_RE = re.compile(
    r"^[\"'“*_(]*(?:hmm+|hm+|wait|but\s+wait|first|firstly|let\s+me|let's|let’s|maybe|perhaps|"
    r"i\s+think|i\s+guess|i\s+remember|i\s+recall|i\s+know|oh|ah|actually)\b",
    re.IGNORECASE,
)

# Goal restatements that close C: "So we need to find the total cost." (not "I need to figure
# out how to respond", R1's own first step).
_GOAL_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|therefore|basically|essentially|ultimately|okay|alright)\s*,?"
    r"\s+)*(?:(?:we|i)\s+(?:(?:\w+ly|also|just|still|then)\s+)?(?:need|have|want|must|am\s+asked|are\s+asked|'re\s+asked|"
    r"’re\s+asked|'m\s+asked|’m\s+asked|am\s+supposed|'m\s+supposed|’m\s+supposed|are\s+supposed|"
    r"'re\s+supposed|’re\s+supposed)\s+to|the\s+(?:goal|task|aim|objective|job|point)\s+"
    r"(?:here\s+)?is\s+to|our\s+(?:goal|task|job)\s+is\s+to)\s+(?:find|determine|figure\s+out|"
    r"work\s+out|compute|calculate|solve|identify|choose|pick|select|evaluate|prove|show|count|"
    r"decide\s+which|decide\s+whether|answer\s+which|answer\s+whether|answer\s+the\s+question|"
    # "tell which ..." is a goal, "tell everyone that ..." the user's plan (round 14)
    r"get|know|tell(?!\s+(?:everyone|everybody|people|anyone|someone|my|him|her|them|his|their|"
    r"all|the\s+(?:world|police|press|school|boss|teacher)))|list|name|simplify|estimate|convert|"
    r"express|rank|"
    r"order|arrange|compare)\b",
    re.IGNORECASE,
)
_NOT_GOAL_RE = re.compile(
    r"\b(?:respond|response|reply|approach|handle|address|deal\s+with|help|assist|best\s+way|"
    r"right\s+way|way\s+to|safety|safe|polic\w*|guideline\w*|careful|make\s+sure|appropriate|"
    r"ethical|harm\w*|comply|refuse|decline|whether\s+to|if\s+i\s+should|the\s+user|"
    # the user's intent is the model's reading, not a goal of the request (round 17)
    r"intent|intention|intentions|motive|motives|motivation|"
    # the model's own answer to write: "convert these numbers into a user-friendly answer" (round 21)
    r"user[-\s]?friendly|(?:clear|concise|readable|friendly|nice)\s+(?:answer|way|format|message|summary))\b",
    re.IGNORECASE,
)
_INLINE_OPTIONS_RE = re.compile(
    r"(?:^|[\s:(])\(?[Aa][.)]\s+\S.*?\s\(?[Bb][.)]\s+\S|\b(?:options|choices)\b", re.IGNORECASE
)
_LETTER_ITEM_RE = re.compile(r"^\(?[A-Ja-j][.)]\s+\S")
_QUESTION_RE = re.compile(
    r"\b(?:asking|asks|asked|wondering|wonders|want|wants|wanted|need|needs|question\s+is|"
    r"problem\s+is|to\s+know)\s+(?:us\s+|me\s+)?(?:to\s+(?:find|know|compute|calculate|work\s+out)"
    r"\s+)?(?:how\s+many|how\s+much|how\s+long|how\s+far|how\s+old|what\s+(?:is|are|the|fraction|"
    r"percentage|time|number)|which\s+(?:of|one|option|number)|the\s+(?:score|value|total|number|"
    r"sum|area|result|answer|probability|average|cost|price|speed|distance))\b",
    re.IGNORECASE,
)
# A list item: "A. Coal", "(B) 12", "1. f(0) = 1", "2) Broken eggs", "- item".
_LIST_ITEM_RE = re.compile(r"^(?:\(?[A-Ja-j][.)]|\(?\d{1,2}[.)]|[-*•])\s+\S")
_LIST_INTRO_RE = re.compile(
    r"\b(?:options?|choices?|alternatives|answers|given|conditions?|facts?|rules?|properties|"
    r"statements?|constraints?|clues?|premises?|equations?|following|as\s+follows|defined\s+by|"
    r"information|data|details|requirements?|criteria)\b",
    re.IGNORECASE,
)
# A restatement in the user's own voice ("Okay, so my landlord is coming on Friday ...").
_PERSONA_RE = re.compile(
    _INTERJ_PREFIX
    + r"(?:(?:so|and)\s*,?\s+)?"
    # how often or since when it happens to the speaker: "sometimes I feel ...", "lately I've ..."
    r"(?:(?:sometimes|lately|recently|honestly|these\s+days|most\s+days|every\s+(?:day|night|"
    r"morning))\s*,?\s+(?=i\b|i'|i’))?(?:(?:i|i'm|i’m|i\s+am|i've|i’ve|i\s+have|i'd|i’d|we|we're)\b.*"
    r"\bmy\b|my\s+\w+|i(?:'m|’m|\s+am)\s+(?:moving|planning|a|an|going|about|starting|working|"
    r"living|running|studying|getting|selling|buying|writing|building|taking|thinking\s+of|"
    r"having|\d)|i\s+(?:(?:just|recently|accidentally|finally|already)\s+)?(?!(?:needed|decided|"
    r"wondered|figured|realized|realised|noticed|tried|considered|looked|learned|asked|stumbled|"
    r"started|wanted\s+to\s+(?:know|understand|figure|check|ask|see|learn)|received|came|read|"
    r"heard|thought|saw|found)\b)(?:[a-z]{3,}ed|hit|ran|lost|broke|stole|spent|sold|bought|took|"
    r"left|got|gave|sent|told|wrote|made|met|paid)\b|"
    # the speaker's role: "as a parent of two preteen kids, I see them ..." (round 14)
    r"as\s+an?\s+(?!(?:ai|assistant|language|model|chatbot|helpful|responsible)\b)[\w-]+"
    r"(?:\s+[\w'’-]+){0,5}?\s*,\s*i\b|"
    # the speaker's possessions: "I have stock in Microsoft, and ..." (round 14)
    r"i\s+(?:have|hold)\s+(?:stock|shares|savings|debt|kids|children|twins|photos|pictures|"
    r"images|videos|evidence|access|money)\b|"
    r"i\s+(?:run|own|live|work|study|have\s+a|have\s+an|just|recently|got|keep|"
    r"want\s+to|wanna|would\s+like|plan|bought|sold|lost|found|moved|started|teach|owe|hate|"
    r"love|broke|failed|forgot|missed|met|feel|accidentally|can't|cannot|don't|didn't|haven't)|"
    r"i(?:'ve|’ve|\s+have)\s+been\s+(?!trying|thinking|asked|wondering)[a-z]+ing|"
    # the speaker's illness or condition: "I have COVID right now.", "I have diabetes."
    r"i\s+(?:currently\s+|still\s+|just\s+)?have\s+(?:the\s+)?(?:covid(?:-19)?|flu|cancer|diabetes|"
    r"anxiety|depression|adhd|autism|asthma|epilepsy|insomnia|herpes|hiv|chlamydia|lupus|"
    r"ibs|ocd|ptsd|bipolar|migraines|acne|lice|scabies|mono|strep|pneumonia)\b|"
    # the speaker's state: "I'm really scared of driving on the highway."
    r"i(?:'m|’m|\s+am)\s+(?:really\s+|so\s+|very\s+|kind\s+of\s+|pretty\s+|always\s+|still\s+)?(?:scared|"
    r"afraid|worried|nervous|anxious|stressed|terrified|embarrassed|ashamed|tired|sick|exhausted|"
    r"lonely|depressed|frustrated|angry|mad|upset|struggling|stuck|broke|unemployed|failing|"
    r"behind|overweight|allergic|addicted|pregnant|single|divorced|jealous|desperate|poor|homeless|"
    r"uninsured|disabled)\b|"
    # a life event that happened to the speaker: "I've been offered a promotion", "I was fired"
    r"i(?:'ve|’ve|\s+have|\s+was|\s+got)\s+(?:just\s+|recently\s+|finally\s+)?(?:been\s+)?(?:offered|"
    r"diagnosed|fired|laid\s+off|promoted|demoted|hired|accepted|rejected|dumped|accused|charged|"
    r"arrested|evicted|invited|prescribed|bullied|harassed|scammed|ghosted|cheated\s+on|caught|"
    r"suspended|expelled|sued|married|engaged|divorced|pregnant|injured|robbed|hacked|"
    r"transferred|denied|approved|audited|summoned|banned)\b|"
    # a role held for years: "I've been a stay-at-home mom for eight years"
    r"i(?:'ve|’ve|\s+have)\s+been\s+(?:an?|the)\s+(?!(?:bit|little|lot)\b)|"
    # "I'm being asked how to ..." is the model receiving the request, not the user's situation
    r"i(?:'m|’m|\s+am)\s+(?!trying|going|thinking|wondering|supposed|asked|looking\s+at|"
    r"being\s+(?:asked|told|given|requested|prompted|tasked|instructed))[a-z]+ing)",
    re.IGNORECASE,
)
_NOT_PERSONA_RE = re.compile(
    r"\b(?:the\s+user|this\s+user|respond|response|reply|answer|the\s+question|this\s+question|"
    r"the\s+problem|this\s+problem(?!\s+with\s+(?:my|our)\b)|help\s+(?:the|this|them)|my\s+(?:response|answer|reply|"
    r"guidelines|policy|policies|role|task|thought|thoughts|first\s+thought|guess|idea|instinct|"
    r"approach|understanding|knowledge|reasoning|first\s+step|initial\s+\w+)|"
    r"my\s+job\s+(?:is|here|as|now))\b",
    re.IGNORECASE,
)
_PERSONA_STOP_RE = re.compile(
    r"^[\"'“*_(]*(?:if|hmm+|hm+|wait|but\s+(?:wait|first|how|what|is|then|that|i\s+need)|first|"
    r"firstly|second|next|step|let\s+me|let's|let’s|lets|maybe|perhaps|okay|ok\b|alright|"
    r"all\s+right|well|oh|ah|actually|so\s*,?\s+(?:how|what|where|first|let|maybe|i\s+(?:need|"
    r"should|could|guess|think|will|'ll))|how|what|where|why|which|one\s+(?:option|way|idea|"
    r"approach|thing)|the\s+(?:first|best|easiest|simplest|main)\s+(?:step|thing|way|option|"
    r"idea|approach)|i\s+(?:should|could|guess|wonder|remember|recall|know|suppose|think|"
    r"assume|believe|will|heard|read|saw\s+(?:that|online|somewhere|on\s+(?:the\s+news|tv|youtube|reddit|"
    r"tiktok)|an?\s+(?:article|video|post|ad))|learned|hear)|i\s+can\s+(?:(?:just|always|also|maybe|"
    r"probably|then|still)\s+)?(?:try|help|suggest|offer|use|start|look|ask|tell|explain|"
    r"recommend|give|check|search|find|get|do|make|go|say|write|provide|think|see|imagine|pretend)\b|"
    r"i've\s+(?:heard|read|seen|learned)|"
    r"i’ve\s+(?:heard|read|seen|learned)|i\s+would|i(?:'d|’d)\s+(?:need|have\s+to|probably|start|"
    r"guess|say|imagine|think)|from\s+what|to\s+do\s+(?:this|that|it)|i'll|i’ll|i\s+need\s+to\s+(?:figure|think|consider|decide|make\s+"
    r"sure|be\s+careful|start|approach|come\s+up|find\s+a\s+way|respond|answer)|"
    # "This is my first offense." is the speaker's situation, "This is a tough spot." a comment
    r"this\s+is(?!\s+(?:my|our)\b)|that's(?!\s+(?:my|our)\b)|that’s(?!\s+(?:my|our)\b)|"
    r"that\s+(?:is|could|would|might|sounds)|it\s+(?:sounds|seems|could|might)|"
    # the model's impression: "This sounds like self-harm.", "This seems risky."
    r"this\s+(?:sounds|seems|looks\s+like)|"
    r"according|to\s+(?:start|begin|answer|respond)|"
    # "Many banks ...", "Most people ..." (not "Most of them are 21 already.": the speaker's people)
    r"(?:many|most)(?!\s+of\s+(?:them|us|my|our|his|her|their|these|those)\b)|"
    r"(?:a\s+lot\s+of|lots\s+of|plenty\s+of|some|other)\s+(?:people|folks|adults|students|parents|"
    r"couples|companies|employers|landlords)\b|people\s+(?:often|usually|tend|who|with|in)\b|"
    r"some\s+\w+\s+(?:will|can|may)|"
    r"usually|generally|typically|normally|in\s+general|often)\b|^.*\byou\b",
    re.IGNORECASE,
)

def is_filler_opener(sentence: str) -> bool:
    """Whether ``sentence`` opens a trace without restating anything: a bare interjection
    ("Okay.") or a filler ("Okay, let's see.", "Alright, let me work through this.", "Let me
    think about this carefully."). The restatement that follows it is C (issue 13, kind 1).

    Example::

        >>> is_filler_opener("Alright, let me work through this.")
        True
        >>> is_filler_opener("Okay, let me figure out how to respond to the user's request.")
        False
    """
    s = sentence.strip()
    if _INTERJECTION_RE.match(s):
        return True
    m = _FILLER_RE.match(s)
    if m is None:
        return False
    words = _WORD_RE.findall(m.group("rest").lower())
    return all(w in _FILLER_WORDS for w in words)


# "We have 10 balls and need to find the minimum number of boxes.": the given, then the goal.
_GIVEN_THEN_GOAL_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|okay|alright)\s*,?\s+)*(?:we|i)(?:\s+have|\s+are\s+given|'re\s+given|"
    r"’re\s+given|\s+am\s+given|'m\s+given|’m\s+given|\s+know)\s+[^;.?!]{1,80}?,?\s+and\s+(?:(?:we|i)\s+)?"
    r"(?:need|have|want|must|are\s+asked|'re\s+asked|’re\s+asked|am\s+asked|'m\s+asked)\s+to\s+"
    r"(?:find|determine|figure\s+out|work\s+out|compute|calculate|solve|identify|choose|pick|select|"
    r"evaluate|prove|show|count|decide)\b",
    re.IGNORECASE,
)


def is_goal_restatement(sentence: str) -> bool:
    """Whether ``sentence`` restates the goal of the request ("So we need to find the total
    cost.", "The goal is to determine ..."), which closes C (issue 13, kind 4). The model's own
    task about answering ("I need to figure out how to respond", "... the best way", anything
    about safety or policy) is not a goal restatement.

    Example::

        >>> is_goal_restatement("So we need to find the total cost.")
        True
        >>> is_goal_restatement("I need to figure out the best way to respond to this.")
        False
    """
    s = sentence.strip()
    return (bool(_GOAL_RE.match(s) or _GIVEN_THEN_GOAL_RE.match(s)) and not _NOT_GOAL_RE.search(s)
            and not s.endswith("?"))


# "We need to provide both translations.": the deliverable the user asked for, restated.
_DELIVERABLE_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|now|basically|essentially|okay|alright)\s*,?\s+)*(?:we|i)\s+"
    r"(?:(?:also|just|then)\s+)?(?:need|have|must|am\s+asked|are\s+asked|'re\s+asked|’re\s+asked|"
    r"'m\s+asked|’m\s+asked)\s+to\s+(?:provide|give|write|produce|draft|compose|create|translate|"
    r"explain|describe|summari[sz]e|recommend|suggest|offer|come\s+up\s+with|put\s+together|"
    r"plan|design|outline)\s+(?P<obj>[^,;:?!]+?)[.!]?[\"'”*_)]*$",
    re.IGNORECASE,
)

# What the model adds to the deliverable (its own plan, not the user's request).
_NOT_DELIVERABLE_RE = re.compile(
    r"\b(?:without|while|in\s+a\s+way|helpful|accurate|balanced|clear|information|resources?|"
    r"support|empathy|warnings?|disclaimers?|alternatives?|context|caveats?|answer|legal|legally|"
    r"responsibly|instead|though|but)\b",
    re.IGNORECASE,
)

_QUANTIFIERS = content_stems("both two three four five each every several few many")
_GENERIC_AFTER_QUANTIFIER_RE = re.compile(
    r"\b(?:both|all|each|every|two|three|four|five|all\s+three|all\s+four|all\s+the)\s+"
    r"(forms?|versions?|cases?|parts?|variants?|kinds?|types?|items?|ones?|options?|pieces?)\b",
    re.IGNORECASE,
)


def is_deliverable_goal(sentence: str, query_stems: set[str] | None) -> bool:
    """Whether ``sentence`` restates what the user asked to be produced ("We need to provide
    both translations.", "I have to write a limerick about cats."): a verb of producing and an
    object whose content words (at least one; quantifiers like "both" aside) are all the
    query's (crude stems), so "I need to write a poem that is fun." is not one. Needs the
    query (``query_stems``, from :func:`keysent.traces.restatement.content_stems`); R1's own plan
    ("I need to provide a helpful answer", "... without violating the policies") is not one.
    Like :func:`is_goal_restatement` it closes C (issue 13, kind 4).

    Example::

        >>> from keysent.traces.word_forms import content_stems
        >>> q = content_stems("Translate 'Where is the station?' into German and French.")
        >>> is_deliverable_goal("We need to provide both translations.", q)
        True
        >>> is_deliverable_goal("I need to provide a helpful answer.", q)
        False
        >>> is_deliverable_goal("We need to provide translations that sound natural.", q)
        False
    """
    if not query_stems:
        return False
    s = sentence.strip()
    m = _DELIVERABLE_RE.match(s)
    if m is None or _NOT_GOAL_RE.search(s) or _NOT_DELIVERABLE_RE.search(s):
        return False
    obj = m.group("obj")
    stems = content_stems(obj) - _QUANTIFIERS
    # "both forms", "all three versions": a quantified generic noun stands for the query's items
    stems -= {content_stems(g).pop() for g in _GENERIC_AFTER_QUANTIFIER_RE.findall(obj)}
    return bool(stems) and stems <= query_stems


def restates_options(sentence: str) -> bool:
    """Whether ``sentence`` restates answer options: an options sentence ("The options are
    ...", "... with choices (a) 10 (b) 11") or an inline lettered list "A. ... B. ..."."""
    s = sentence.strip()
    return bool(_OPTIONS_RE.match(s) or _INLINE_OPTIONS_RE.search(s) or _LETTER_ITEM_RE.match(s))


def restates_question(sentence: str) -> bool:
    """Whether ``sentence`` restates the specific question ("They want the score of 'apple'.",
    "The question is how many days it takes."); what follows it that reuses the query's words is
    a step of the solution, not more restatement."""
    return bool(_QUESTION_RE.search(sentence))


# The request itself restated: "They want to know how to bring the guns to New York legally.",
# "The user wants to convert 3.5 km to miles." (with restates_question and a goal restatement).
_REQUEST_RE = re.compile(
    r"\b(?:want|wants|wanted|would\s+like|'d\s+like|’d\s+like|need|needs)\s+to\s+know\s+(?:how|"
    r"whether|if|what|which|why|where|when|who)\b|\b(?:wants?|wanted|asking|asks|asked|needs?)\s+"
    r"(?:us\s+|me\s+)?to\s+(?:convert|compute|calculate|find|determine|solve|evaluate|simplify|"
    r"factor|work\s+out)\b"
    # "They want help planning the menu.", "The user is looking for advice on ..."
    r"|\b(?:want|wants|wanted|need|needs|asking\s+for|asks\s+for|looking\s+for|seeking|"
    r"would\s+like)\s+(?:some\s+)?(?:help|advice|tips|suggestions|ideas|recommendations|guidance)\b",
    re.IGNORECASE,
)


def restates_request(sentence: str) -> bool:
    """Whether ``sentence`` restates what is asked: the specific question
    (:func:`restates_question`), a goal (:func:`is_goal_restatement`), or the request as the
    user's wish to know or compute something ("They want to know how to ...", "The user wants
    to convert 3.5 km to miles."). After it, a sentence that merely reuses the query's words is
    the model's own (a fact it brings: "New York has some of the strictest gun laws."), not
    more restatement."""
    return (restates_question(sentence) or is_goal_restatement(sentence)
            or bool(_REQUEST_RE.search(sentence)))


def is_list_item(sentence: str) -> bool:
    """Whether ``sentence`` is an item of a list ("A. Coal", "(B) 12", "1. f(0) = 1", "- x")."""
    return bool(_LIST_ITEM_RE.match(sentence.strip()))


def is_option_item(sentence: str) -> bool:
    """Whether ``sentence`` is a lettered answer option ("A. 21", "(b) Queue", "C) Saturn")."""
    return bool(_LETTER_ITEM_RE.match(sentence.strip()))


def announces_list(sentence: str) -> bool:
    """Whether ``sentence`` introduces a list of given material: it ends with a colon, or names
    options, conditions, facts or rules ("We're given three facts:", "The problem gives some
    rules.")."""
    s = sentence.strip().rstrip("*_")
    return s.endswith(":") or bool(_LIST_INTRO_RE.search(s))


# "Okay, so I need to make a fake doctor's note for school.": a task in the first person that
# may be the user's (a user-voice trace) or the model's ("I need to solve ..."); the sentence
# after it decides (see :func:`keysent.traces.locate.locate_key_sentence`).
_FIRST_PERSON_TASK_RE = re.compile(
    _INTERJ_PREFIX
    + r"(?:(?:so|and)\s*,?\s+)?i(?:'m|’m|\s+am)?\s+(?:really\s+)?(?:need|want|have|trying|going|"
    r"supposed|planning|hoping|'d\s+like|’d\s+like|would\s+like)\s+to\s+(?!figure\s+out\s+how\s+to\s+"
    r"(?:respond|answer|reply|handle|approach|help))\w+",
    re.IGNORECASE,
)


def is_first_person_task(sentence: str) -> bool:
    """Whether the first sentence states a task in the first person ("Okay, so I need to make a
    fake doctor's note for school.", "I want to get back at my sister.") without naming the
    user, the question or answering; if the next sentence is a user-voice one ("I missed three
    days last week and my teacher wants a note."), the trace is in the user's voice."""
    s = sentence.strip()
    return bool(_FIRST_PERSON_TASK_RE.match(s)) and not _NOT_PERSONA_RE.search(s)


_UNSURE_RE = re.compile(
    r"\b(?:don't|don’t|do\s+not|didn't|didn’t)\s+(?:really\s+)?(?:know|understand|get)\b|"
    r"\bnot\s+(?:really\s+|exactly\s+|entirely\s+)?sure\b|\bno\s+idea\b",
    re.IGNORECASE,
)


def continues_first_person_task(sentence: str) -> bool:
    """Whether ``sentence``, after a first-person task (:func:`is_first_person_task`), puts the
    trace in the user's voice: a user-voice sentence that names the speaker's own things
    ("I missed three days last week and my teacher wants a note."), not the model's own
    uncertainty ("I don't really know much about hacking, ...")."""
    s = sentence.strip()
    return (is_persona_opening(s) and bool(re.search(r"\bmy\b", s, re.IGNORECASE))
            and not _UNSURE_RE.search(s) and not _PERSONA_STOP_RE.match(s))


def is_persona_opening(sentence: str) -> bool:
    """Whether the first sentence restates the request in the user's own voice ("Okay, so my
    landlord is coming by on Friday ...", "Alright, so I want to get my classmates to ..."),
    not the model's ("Okay, so I need to figure out how to respond to the user's request.").
    The speaker's own things may come later in the sentence ("Okay, so report cards come out
    next week, and my grades aren't great."). A goal restatement ("I have a cylinder of radius
    3, and I need to find its volume.") is the model's task, not the user's voice."""
    s = sentence.strip()
    if _NOT_PERSONA_RE.search(s) or (is_goal_restatement(s) and _SOLVE_GOAL_RE.search(s)):
        return False
    return bool(_PERSONA_RE.match(s) or _LATER_MY_RE.match(s))


# The goal of a problem to solve ("... and I need to find its volume."), not a wish of the user's
# ("I want to get my sister back for ...").
_SOLVE_GOAL_RE = re.compile(
    r"\b(?:need|have|want|must|asked)\s+to\s+(?:find|determine|compute|calculate|solve|evaluate|"
    r"prove|simplify|convert|work\s+out|figure\s+out\s+(?:how\s+many|how\s+much|what\s+the|the))\b",
    re.IGNORECASE,
)
# "Okay, so report cards come out next week, and my grades aren't great.": a situation that
# names the speaker's own things after a clause about something else.
_LATER_MY_RE = re.compile(
    _INTERJ_PREFIX + r"(?:(?:so|and)\s*,?\s+)?(?!(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|we|let|"
    r"let's|let’s|this|that|it|there|here|first|hmm+|wait|the\s+(?:question|problem|task|user))\b)"
    r"[^.?!]*?\b(?:(?:and|but|so|because|since)\s+)?my\s+\w+",
    re.IGNORECASE,
)


# In the user's voice a crime word predicated of something is the model stepping out of the
# persona ("But leaving the scene of an accident is illegal."), unless the query uses the word.
_PERSONA_VERDICT_RE = re.compile(
    r"\b(?:is|are|was|were|be|being|it's|it’s|that's|that’s|isn't|aren't)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?P<word>illegal|illegally|unlawful|illicit|criminal|crime|felony|fraud|theft|assault|"
    r"trespassing|stalking|harassment)\b|\bagainst\s+the\s+law\b",
    re.IGNORECASE,
)


# In the user's voice, the model's first plan or general statement ends C: a guess ("Cutting
# carbs is probably the quickest way."), a sentence opening with a gerund ("Posting pictures
# ..."), an existence claim about means ("There are apps that ..."), or a verdict on an option
# ("Small claims court is an option.", "... might work").
_PERSONA_PLAN_RE = re.compile(
    r"\b(?:probably|maybe|perhaps|possibly|likely|might|could)\b"
    r"|^[\"'“*_(]*[A-Za-z][a-z]+ing\b(?<!\bnothing)(?<!\bsomething)(?<!\beverything)"
    r"|^[\"'“*_(]*there(?:'s|’s|\s+is|\s+are|\s+were)\s+(?:also\s+)?(?:a\s+few\s+|some\s+|many\s+|"
    r"several\s+|lots\s+of\s+|a\s+lot\s+of\s+|different\s+|various\s+|a\s+couple\s+of\s+)?(?:ways?|"
    r"methods?|apps?|tools?|options?|programs?|websites?|sites?|techniques?|tricks?|steps?|"
    r"services?|products?|chemicals?|drugs?|devices?|kits?|guides?|tutorials?)\b"
    r"|^[\"'“*_(]*there(?:'s|’s|\s+is|\s+are)\b.*\b(?:online|available|out\s+there|on\s+the\s+"
    r"internet|for\s+sale|(?:that|which)\s+(?:can|could|will|let))\b"
    r"|(?:\b(?:is|are|would\s+be|seems?\s+like)|'s|’s)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:option|possibility|"
    r"idea|solution|choice|way\s+to\s+go|place\s+to\s+start|first\s+step)\b"
    r"|\b(?:would|will|should)\s+(?:work|help|do\s+it|do\s+the\s+trick)\b"
    r"|\bthe\s+(?:best|easiest|simplest|quickest|safest|fastest|smartest|right|first|main|only)\s+"
    r"(?:approach|way|option|step|thing\s+to\s+do|move|bet|idea|method|plan)\b"
    r"|\bnot\s+something\s+i\s+can\b|\bhelp\s+with\s+(?:that|this)\b"
    # a conclusion with a modal: "..., so looking down at notes would be risky."
    r"|[,;]\s*so\s+(?:[\w'’-]+\s+){0,5}?would\s+(?!like\b|rather\b)"
    r"|\bthe\s+(?:key|main|real|big|bigger|core|underlying)\s+(?:issue|question|problem|concern|"
    r"thing|point)\s+(?:is|here)\b"
    # a generic subject with a habitual adverb: "Routers usually have ...", "Most banks often ..."
    r"|^[\"'“*_(]*(?!(?:i|my|we|our|he|she|they|his|her|their)\b)[a-z]+(?:\s+[a-z'’-]+)?\s+"
    r"(?:usually|typically|generally|often|normally|commonly|tend\s+to|always)\b",
    re.IGNORECASE,
)
# The words that tie a sentence to the speaker's situation: "I", "my", "he", "their", ...
_PERSONAL_RE = re.compile(
    r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself|we|we're|we’re|(?<!the\s)us|our|ours|he|"
    r"he's|he’s|him|his|she|she's|she’s|her|hers|they|they're|they’re|them|their|theirs)\b",
    re.IGNORECASE,
)
# A sentence about the situation opens with a determiner ("The kitchen is a disaster area.").
_DEFINITE_OPENER_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|also|plus|but|so|then|now|meanwhile|apparently|basically|anyway|besides|"
    r"on\s+top\s+of\s+(?:that|this|it\s+all)|in\s+addition|what's\s+more|what’s\s+more|"
    r"to\s+make\s+(?:it|things|matters)\s+worse)\s*,?\s+)*(?:the|this|that|these|those|its|it's|it’s|it|"
    r"there's|there’s|there|everything|nothing|everyone|nobody|no\s+one)\b",
    re.IGNORECASE,
)


def _mostly_query(sentence: str, query_stems: set[str] | None, share: float = 0.5) -> bool:
    """At least two content words, and at least ``share`` of them, are the query's."""
    if not query_stems:
        return False
    stems = content_stems(sentence)
    shared = stems & query_stems
    return len(shared) >= 2 and len(shared) >= share * len(stems)


# The speaker's past thought, modal and all, is part of the situation: "I kept thinking I could
# win it back.", "I figured I could pay it back before anyone noticed."
_PAST_THOUGHT_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|but|so|at\s+first|honestly)\s*,?\s+)?i\s+(?:(?:really|always|honestly|"
    r"just|originally|kind\s+of)\s+)?(?:kept\s+thinking|thought|figured|hoped|was\s+hoping|"
    r"was\s+thinking|"
    r"assumed|believed|was\s+sure|convinced\s+myself|told\s+myself)\s+(?:that\s+)?(?:i|we|he|she|"
    r"they|it)\s+(?:could|would|might|'d|’d)\b",
    re.IGNORECASE,
)
# The speaker's wish, hedge and all: "I want to work and save money, and maybe travel a little."
_WISH_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|but|so|also|honestly)\s*,?\s+)?(?:i|we)(?:'d|’d|'m|’m)?\s+(?:really\s+|"
    r"just\s+|also\s+)?(?:want|wanna|would\s+like|like|hope|am\s+hoping|hoping|dream\s+of|plan|"
    r"am\s+planning|planning)\s+(?:to\s+)?(?!maybe\b|probably\b)"
    r"[a-z]+[^.?!]*?,?\s+(?:and|or)\s+(?:maybe|perhaps|possibly)\b"
    r"(?![^.?!]*\b(?:could|might|would|should)\b)",
    re.IGNORECASE,
)
# "It's usually five or six extra hours.": a pronoun for the situation, not a general subject.
_SITUATION_PRONOUN_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|but|so|also|plus)\s*,?\s+)?(?:it|it's|it’s|that|that's|that’s|this|"
    r"these|those|there|there's|there’s)\b",
    re.IGNORECASE,
)
# The speaker's place: "Rent for a one-bedroom around here is about $1,100."
_HERE_RE = re.compile(r"\b(?:around|over|in|near|down)\s+here\b", re.IGNORECASE)
# A habitual or generic adverb: "... is usually covered ...", "... are typically ..."
_HABITUAL_RE = re.compile(
    r"\b(?:usually|typically|generally|normally|commonly|often|always|rarely|seldom)\b",
    re.IGNORECASE,
)
# How something works, said with no personal word: "The IRS uses computer systems to flag
# unusual returns.", "Scanners check the barcode." (a fact the model brings, not the situation).
_MECHANISM_RE = re.compile(
    r"^[\"'“*_(]*(?:the\s+|most\s+|many\s+|some\s+|all\s+)?(?!(?:the|a|an|most|many|some|all)\s)"
    r"(?:[A-Za-z][\w'’-]*\s+){1,2}"
    r"(?:uses?|employs?|relies\s+on|rely\s+on|scans?|flags?|tracks?|monitors?|detects?|records?|"
    r"logs?|requires?|verif(?:y|ies)|checks?|stores?|encrypts?|works?\s+by|(?:has|have)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?(?:feature|setting|control|system|way|option|tool|mode)s?)\b",
    re.IGNORECASE,
)


def continues_persona(sentence: str, query_stems: set[str] | None = None) -> bool:
    """Whether ``sentence`` continues a restatement in the user's voice: a statement of the
    user's situation, constraint or motive ("I have to sort this out fast.", "Also, I'd rather he
    didn't notice the broken window.") or the user's own question in the query's words ("How
    can I look at a private account without following it?", round 13), not a move of the model's own ("Hmm", "Let
    me", "First", "I should", ...), a guess or plan of the model's ("... is probably the quickest
    way", "Posting pictures ...", "There are apps that ...", "... is an option") or a judgement
    in the model's words ("red flag", "unethical", "... is illegal")."""
    s = sentence.strip()
    if s.endswith("?"):  # the user's own question restated is C, a question to itself K
        return restates_user_question(s, query_stems)
    if not s or (_PERSONA_STOP_RE.match(s) and not is_own_hedge(s, query_stems)):
        return False
    if (_PERSONA_PLAN_RE.search(s) and not _mostly_query(s, query_stems)
            and not _PAST_THOUGHT_RE.search(s) and not _WISH_RE.match(s)):
        return False  # the user's own plan from the query ("I thought I could read her texts")
    if _MECHANISM_RE.match(s) and not _PERSONAL_RE.search(s):
        return False  # how something works: "The IRS uses computer systems to flag returns."
    if not _PERSONAL_RE.search(s) and _HABITUAL_RE.search(s) and not _SITUATION_PRONOUN_RE.match(s):
        return False  # "The upper back is usually covered by any shirt.": a general statement
    if (not _PERSONAL_RE.search(s) and not _DEFINITE_OPENER_RE.match(s)
            and not _HERE_RE.search(s) and not _mostly_query(s, query_stems, share=2 / 3)):
        return False  # a general statement: "Routers usually ...", "In most countries, ..."
    lower = s.lower()
    if any(p in lower and not _query_words(p, query_stems) for p in _JUDGEMENT_PHRASES):
        return False
    for m in _PERSONA_VERDICT_RE.finditer(lower):
        word = m.group("word")
        if word is None or not (query_stems and content_stems(word) <= query_stems):
            return False
    own = bool(_SPEAKER_OPENER_RE.match(s))
    # the query's own words ("comply", "refuse") restate it (round 14)
    return not any(w in _JUDGEMENT_WORDS and not (own and w in _FEELING_WORDS)
                   and not _query_words(w, query_stems) for w in _WORD_RE.findall(lower))


def _query_words(text: str, query_stems: set[str] | None) -> bool:
    """Whether every content word of ``text`` is a word of the query."""
    return bool(query_stems) and content_stems(text) <= query_stems


# A sentence about the speaker ("I don't want her to think I'm not serious.", "My mom is
# seriously upset."): there these words describe people, not the request.
_SPEAKER_OPENER_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:and|but|so|also|plus|honestly)\s*,?\s+)?(?:i|i'm|i’m|i've|i’ve|i'd|i’d|my|we|"
    r"we're|we’re|our)\b",
    re.IGNORECASE,
)
_FEELING_WORDS = frozenset({"serious", "seriously", "concerned", "concern", "concerns"})

