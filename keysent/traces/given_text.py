"""A text the user gave, described (round 25 of issue 13; narrowed after a new user's trial).

Source: real R1-Distill traces of batch 7 (``tests/data/wild_traces.jsonl``; ``docs/locating.md``,
"Round 25"). Asked to summarise, translate or review a text, the model opens by naming it and
then says what it is: "Okay, so I have this business document to summarize into an executive
summary. The title is "...". It's about how the banking industry is changing because of
digitalization, new regulations, and what customers expect now." (w7a-19). What the text is about
is the query's material retold, C, even when (a long document) too few of its words are the
query's for the overlap rule; K is the first move after it ("First, let me read through all the
sections ...").

:func:`names_given_text` finds the naming ("this article", "the following passage", "the user
sent me a poem"); :func:`describes_given_text` the description right after it: *it / the <noun>*
+ *is about, discusses, covers, describes, is written in, is titled, ...*, with no guess or
judgement of the model's own ("It seems to be a phishing attempt.", "It's about bomb making,
which is dangerous.", "It's in German and seems like a personal journal or something.").

Example::

    >>> names_given_text("Okay, so I have this article to summarize.")
    True
    >>> describes_given_text("It's about how coral reefs are bleaching because of warmer oceans.")
    True
    >>> describes_given_text("It seems to be a phishing attempt.")
    False
"""

from __future__ import annotations

import re

from keysent.traces.restatement import _SPECULATION_RE, _judges

__all__ = ["describes_given_text", "names_given_text"]

_TEXT_NOUN = (r"(?:document|text|article|passage|e-?mail|essay|story|poem|report|paper|message|letter|"
              r"excerpt|transcript|journal|entry|review|post|code|snippet|script|paragraph|speech|memo|"
              r"abstract|chapter|contract|file|log|lyrics|song)s?")
# "I have this article to summarize", "I need to translate this passage", "the user sent me a poem":
# a text named with a verb of being given it or of working on it (a text asked about, "this poem
# by Frost", or quoted, "the user's message quotes Hamlet", is not given to be processed)
_DEMONSTRATIVE = (r"(?:this|these|the\s+following|the\s+attached|the\s+given|the\s+provided|the\s+user['’]s|their|"
                  r"his|her|a|an|some)\s+(?:[\w-]+\s+){0,3}?" + _TEXT_NOUN)
_NAMED_RE = re.compile(
    r"\b(?:(?:have|has|got|received|reading|read|looking\s+at|look\s+at|go\s+through|going\s+through|"
    r"summari[sz]e|summari[sz]ing|translate|translating|review|reviewing|proofread|proofreading|edit|editing|"
    r"improve|improving|rewrite|rewriting|analy[sz]e|analy[sz]ing|check|checking|continue|continuing|"
    r"paraphrase|paraphrasing|critique|critiquing|grade|grading)\s+" + _DEMONSTRATIVE
    + r"|(?:sent|gave|shared|pasted|provided|forwarded|attached)\s+(?:me\s+|us\s+)?" + _DEMONSTRATIVE + r")\b",
    re.IGNORECASE,
)
_GUESS_RE = re.compile(r"\b(?:seems?|seemingly|looks?\s+like|appears?|sounds?\s+like|kind\s+of|sort\s+of|"
                       r"or\s+something)\b", re.IGNORECASE)
_DESCRIBES_RE = re.compile(
    r"^[\"'“*_(]*(?:(?:so|and|basically)\s*,?\s+)?(?:it|the\s+(?:[\w-]+\s+){0,2}?" + _TEXT_NOUN + r")"
    r"(?:(?:'s|’s|\s+is)\s+(?:mainly\s+|mostly\s+|all\s+)?(?:about|on|titled|called|written\s+in|"
    r"in\s+(?-i:[A-Z])\w+)|\s+(?:mainly\s+|mostly\s+)?(?:discusses|covers|describes|deals\s+with|focuses\s+on|"
    r"talks\s+about|explains|defines|argues|outlines|summari[sz]es|reviews|starts|begins|opens))\b",
    re.IGNORECASE,
)
# one description, not a second clause of the model's own: "It's about an account suspension, and
# it's a classic phishing scam." (an "and" may only add what else the text does: "It's written in
# French and asks about a late delivery.")
_SECOND_CLAUSE_RE = re.compile(
    r",\s*(?:but|so|which|though|yet)\b|\band\s+(?:it|it's|it’s|this|that|there|the|i|i'm|i’m|we|they|he|she)\b"
    r"|\b(?:but|so|because(?!\s+of)|since|although|though)\b",
    re.IGNORECASE,
)
# the model's own voice or appraisal: "It tells me they intend ...", "... hate speech dressed up as
# an argument."
_APPRAISAL_RE = re.compile(
    r"\b(?:i|i'm|i’m|me|my|we|us|our|scam|scams|phishing|hoax|propaganda|hate|threat|threats|threatening|"
    r"harass\w*|racist|sexist|misinformation|disinformation|fake|malicious|manipulat\w*|illegal|dangerous|"
    r"harmful|offensive|explicit|classic|obvious\w*|clear|clearly|really|actually|just)\b",
    re.IGNORECASE,
)


def names_given_text(sentence: str) -> bool:
    """Whether ``sentence`` names a text the user gave, with a verb of being given it or of
    working on it ("I have this article to summarize", "I need to translate this passage", "the
    user sent me a poem to review"); not a text the model is to write ("I need to write an
    essay."), asked about ("... asking about this poem by Frost.") or quoted ("The user's message
    quotes Hamlet.")."""
    return _NAMED_RE.search(sentence) is not None


def describes_given_text(sentence: str) -> bool:
    """Whether ``sentence`` says what a given text is, with *it* or the text as subject: "It's
    about how ...", "The poem is about a lighthouse keeper ...", "It's written in French and asks
    about a late delivery.", "The passage discusses the history of the Silk Road."; one clause, in
    the third person, with no guess, appraisal, plan or judgement of the model's own ("It's about
    an account suspension, and it's a classic phishing scam.", "It tells me they intend to scare
    her."). Call it only inside C, after a sentence of C for
    which :func:`names_given_text` held."""
    s = sentence.strip()
    return (_DESCRIBES_RE.match(s) is not None and _SPECULATION_RE.search(s) is None
            and _GUESS_RE.search(s) is None and _SECOND_CLAUSE_RE.search(s) is None
            and _APPRAISAL_RE.search(s) is None and not _judges(s.lower(), None))
