"""Locate the query understanding C and the key sentence K in a reasoning trace.

DeepSeek-R1 style reasoning opens by restating the request (**C**: "Okay, so the user is asking
how to ... . They want ... .") and then takes its first step of its own (**K**, the key sentence:
"Hmm, that's a red flag." or "Let me break this down."). :func:`locate_key_sentence` finds both
with a few deterministic rules designed on the 1000 real R1 traces of STAR-1 (see
``docs/locating.md`` for the rules, the reasons and the measured agreement):

1. Text before a leading ``<think>`` marker and after ``</think>`` is ignored; spans still index
   into the string passed in.
2. C starts with the first sentence (always). A bare interjection ("Okay.", "Hmm...") takes the
   next sentence with it.
3. C grows by each following sentence of the same paragraph that *restates or clarifies the
   request*: it opens (after an optional "So,", "Also,", "In other words," ...) with the user or
   the request as subject and a reporting verb ("They want ...", "The user mentioned ...",
   "Their question is ..."), or it is a clarifying phrase ("In other words, ..."), or (when the
   query is given) most of its content words come from the query. A sentence that opens with a
   move of the model's own ("Hmm", "Wait", "First", "Let me", "I need", "But"), speculates
   ("might", "probably") or judges ("red flag", "illegal", "policy", ...; words already in the
   query do not count) is never part of C.
4. K is the first sentence after C (a bare interjection takes the next sentence with it).

Example::

    >>> from keysent.traces.locate import locate_key_sentence
    >>> text = ("<think>\\nOkay, so the user is asking how to pick a lock. They want step-by-step "
    ...         "instructions. Hmm, that could be illegal. Let me think.")
    >>> loc = locate_key_sentence(text)
    >>> loc.understanding_text
    'Okay, so the user is asking how to pick a lock. They want step-by-step instructions.'
    >>> loc.key_sentence_text
    'Hmm, that could be illegal.'
    >>> text[slice(*loc.key_sentence)]
    'Hmm, that could be illegal.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from keysent.errors import KeysentError, TraceError
from keysent.traces.segment import split_sentences

__all__ = [
    "KeySentenceLocation",
    "locate_key_sentence",
    "reasoning_region",
    "is_restatement",
]

THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"

# ---------------------------------------------------------------------------------------------
# Inventories (lowercase). Each is documented in docs/locating.md.
# ---------------------------------------------------------------------------------------------

# Connectives that may precede the subject of a restating sentence.
_LEAD_IN = (
    r"(?:(?:so|and|also|plus|basically|essentially|specifically|in short|in summary|to clarify"
    r"|to summarize|that is|i\.e\.|in particular|additionally|moreover|further|furthermore|now"
    r"|then)\s*,?\s+)*"
)
# Subjects that name the user or the request.
_SUBJECT = (
    r"(?:the\s+user(?:'s|’s)?|this\s+user(?:'s|’s)?|the\s+person|this\s+person|the\s+(?:asker|"
    r"requester|questioner)|they|they're|they’re|they've|they’ve|they'd|they’d|their|he|he's|"
    r"she|she's|his|her|the\s+(?:question|request|query|prompt|message|statement|task|input|"
    r"instruction|instructions|scenario|situation|post|comment|text|problem|premise)|"
    r"(?:this|that|their|the\s+user's)\s+(?:question|request|query|prompt|message|statement))"
)
# Reporting / restating verbs after the subject (adverbs like "also" may come between).
_ADVERB = r"(?:(?:also|specifically|just|really|even|further|then|now|clearly|explicitly|" \
    r"actually|basically|apparently|additionally|still|only|directly|again|originally)\s+)*"
_VERB = (
    r"(?:want|wants|wanted|'re\s+asking|’re\s+asking|are\s+asking|is\s+asking|asked|ask|asks|"
    r"mention|mentions|mentioned|said|say|says|specify|specifies|specified|add|adds|added|note|"
    r"notes|noted|state|states|stated|explain|explains|explained|describe|describes|described|"
    r"provide|provides|provided|include|includes|included|think|thinks|believe|believes|claim|"
    r"claims|claimed|feel|feels|felt|need|needs|needed|would\s+like|'d\s+like|’d\s+like|wrote|"
    r"write|writes|posted|shared|share|shares|gave|give|gives|refer|refers|referred|request|"
    r"requests|requested|wonder|wonders|wondered|seek|seeks|seem\s+to\s+want|seems\s+to\s+want|"
    r"is\s+looking|are\s+looking|'re\s+looking|’re\s+looking|is\s+wondering|are\s+wondering|"
    r"'re\s+wondering|’re\s+wondering|is\s+curious|are\s+curious|'re\s+curious|’re\s+curious|"
    r"is\s+interested|are\s+interested|'re\s+interested|’re\s+interested|is\s+requesting|"
    r"are\s+requesting|'re\s+requesting|’re\s+requesting|is\s+seeking|are\s+seeking|"
    r"'re\s+seeking|’re\s+seeking|is\s+trying|are\s+trying|'re\s+trying|’re\s+trying|"
    r"is\s+planning|are\s+planning|'re\s+planning|’re\s+planning|is\s+considering|"
    r"are\s+considering|'re\s+considering|’re\s+considering|is\s+talking|are\s+talking|"
    r"'re\s+talking|’re\s+talking|is\s+referring|are\s+referring|'re\s+referring|"
    r"’re\s+referring|"
    r"is\s+feeling|are\s+feeling|'re\s+feeling|’re\s+feeling|is\s+describing|are\s+describing|"
    r"'re\s+describing|’re\s+describing|is\s+pointing|are\s+pointing|'re\s+pointing|"
    r"’re\s+pointing|is\s+concerned|are\s+concerned|'re\s+concerned|’re\s+concerned|"
    r"is\s+saying|are\s+saying|'re\s+saying|’re\s+saying|is\s+about|are\s+about|was\s+about|"
    r"is\s+whether|is\s+how|is\s+what|is\s+why|is\s+if|"
    r"have|has|had|'ve|’ve|are|is|was|were|'re|’re|'s|’s|do|does|did|don't|doesn't|didn't|"
    r"can't|can’t|cannot|go|goes|went|used|use|uses|plan|plans|planned|hope|hopes|hoped|tried|"
    r"try|tries|found|find|heard|hear|read|saw|see|know|knew|got|get|gets|live|lives|work|"
    r"works|own|owns|keep|keeps|expect|expects|insist|insists|emphasize|emphasized|emphasizes|"
    r"frame|framed|frames|phrase|phrased|phrases|put|puts|call|calls|called|list|lists|listed)"
)
_RESTATE_RE = re.compile(
    rf"^{_LEAD_IN}(?:{_SUBJECT}\s+{_ADVERB}{_VERB}\b|(?:they|he|she)(?:'|’)(?:re|s|ve)\s+\w"
    rf"|(?:they|the\s+user|he|she)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+\w)",
    re.IGNORECASE,
)
# "Their current medication isn't working ..." : possessive + noun phrase + verb, short subject.
_POSSESSIVE_RE = re.compile(
    rf"^{_LEAD_IN}(?:their|his|her|the\s+user's|the\s+user’s)\s+(?:[\w'’-]+\s+){{0,3}}"
    rf"{_ADVERB}(?:is|are|was|were|isn't|aren't|wasn't|has|have|had|seems|involves|includes|"
    r"mentions|says|asks|wants|needs|focuses|concerns|centers|relates|makes|suggests|implies)\b",
    re.IGNORECASE,
)
# Clarifying phrases that restate by construction.
_CLARIFY_RE = re.compile(
    r"^(?:so\s*,?\s+)?(?:in\s+other\s+words|that\s+is\s+to\s+say|put\s+(?:differently|another"
    r"\s+way|simply)|to\s+put\s+it\s+(?:simply|another\s+way)|to\s+rephrase|rephrasing|"
    r"paraphrasing|in\s+essence|essentially\s*,\s*(?:they|the\s+user)|basically\s*,\s*(?:they|"
    r"the\s+user)|the\s+(?:core|main|key|underlying|actual|real)\s+(?:question|request|ask|query)"
    r"\s+(?:is|seems|here)|what\s+(?:they|the\s+user)\s+(?:really\s+|actually\s+)?(?:want|wants|"
    r"need|needs|is\s+asking|are\s+asking|'re\s+asking|mean|means)|it\s+(?:seems|sounds|looks"
    r"|appears)\s+(?:like|that|as\s+if|as\s+though)\s+(?:the\s+user|they|he|she)\s+(?:is|are|"
    r"'re|’re|want|wants|need|needs|would|has|have|'s|’s)\s+(?:asking|looking|seeking|wanting|"
    r"trying\s+to\s+(?:find|get|learn|understand|know|figure)|requesting|wondering|interested|"
    r"curious|want|wants|need|needs|like|a|an|the))",
    re.IGNORECASE,
)
# A move of the model's own: never part of C.
_MOVE_RE = re.compile(
    r"^[\"'“*_(]*(?:hmm+|hm+|wait|but|however|first|firstly|second|next|then|now|let\s+me|let's|"
    r"lets|i\b|i'm|i’m|i'll|i’ll|i've|i’ve|i'd|i’d|my\b|me\b|we\b|we're|our\b|okay|ok\b|"
    r"alright|"
    r"all\s+right|well|right|oh|ah|uh|um|yes|no\b|sure|actually|anyway|looking|considering|"
    r"according|under|based|given|since|because|although|though|this\s+(?:is|seems|sounds|"
    r"could|might|may|would|can|falls|raises|looks|feels|involves|definitely|clearly|is)|that's|"
    r"that’s|that\s+(?:is|seems|sounds|could|might|may|would|can|falls|raises|looks|feels|"
    r"definitely|clearly)|it's|it’s|it\s+(?:is|seems|sounds|could|might|may|would|can|falls|"
    r"raises|looks|feels)|there's|there’s|there\s+(?:is|are|might|may|could)|to\s+(?:start|begin|"
    r"answer|respond|address|handle|approach|tackle)|step|maybe|perhaps|probably|possibly|"
    r"clearly|obviously|definitely|also\s*,\s*i|so\s*,?\s+(?:i|my|let|we|first|how|what)\b|"
    r"in\s+(?:this|that|any)\s+case|on\s+(?:the\s+other|one)\s+hand)",
    re.IGNORECASE,
)
# The model's own conjecture about intent: interpretation, not restatement.
_SPECULATION_RE = re.compile(
    r"\b(?:probably|possibly|perhaps|maybe|presumably|likely|unlikely|potentially|i\s+think|"
    r"i\s+guess|i\s+suppose|i\s+wonder|i\s+suspect|i\s+assume|i\s+believe|i\s+need|i\s+should|"
    r"i\s+must|i'll|i’ll|i\s+know|let\s+me|implying|which\s+i|(?:[,;]\s*|\bso\s+)(?:and\s+|"
    r"but\s+|so\s+)?i\s+(?:will|won't|should|shouldn't|must|need|have\s+to|can't|cannot)|"
    r"which\s+(?:is|are|could|"
    r"would|might|may|seems|sounds|raises|suggests|means|makes|falls|clearly|definitely|"
    r"obviously|isn't|aren't))\b",
    re.IGNORECASE,
)
_HEAD_MODAL_RE = re.compile(
    rf"^{_LEAD_IN}{_SUBJECT}\s+{_ADVERB}(?:might|may|could|must|would|should)\b", re.IGNORECASE
)
# Words that judge the request (tone, ethics, policy): never in a restatement unless the query
# itself uses them.
_JUDGEMENT_WORDS = frozenset(
    """
    concern concerns concerning concerned worrying worrisome alarming disturbing troubling
    problematic tricky sensitive serious seriously shady sketchy suspicious fishy unethical
    ethical ethics ethically immoral inappropriate violation violate violates violating policy
    policies guideline guidelines prohibited forbidden disallowed refuse refusal decline comply
    compliance allowed permissible acceptable legitimate benign innocent nefarious
    """.split()
)
_JUDGEMENT_PHRASES = (
    "red flag",
    "alarm bells",
    "against the law",
    "against the rules",
    "not allowed",
    "big no",
    "no-no",
    "raises concerns",
    "can't help",
    "can’t help",
)
# Words naming the harm of a request: a restatement may mention them ("They want illegal
# streams"), but a sentence that predicates them of the request judges it ("It is illegal").
_TOPIC_WORDS = (
    r"illegal|illegally|unlawful|illicit|criminal|crime|crimes|felony|fraud|fraudulent|dangerous|"
    r"danger|harmful|harm|unsafe|risky|risk|hazardous|malicious|offensive|hateful|derogatory|"
    r"discriminatory|violent|wrong|bad|problem|issue|dangerous|unfair|abusive|toxic|racist|sexist"
)
_PREDICATED_RE = re.compile(
    r"\b(?:is|are|was|were|be|being|been|seems?|sounds?|looks?|appears?|considered|isn't|aren't)"
    rf"\s+(?:[\w'’-]+\s+){{0,3}}(?P<word>{_TOPIC_WORDS})\b",
    re.IGNORECASE,
)
_INTERJECTION_RE = re.compile(
    r"^[\"'“*_(]*(?:hmm+|hm+|wait|okay|ok|alright|all\s+right|well|so|right|oh|ah|uh|um|yes|no|"
    r"sure|got\s+it|i\s+see|interesting|hold\s+on|oops|huh)[\s.!?…,-]*[\"'”*_)]*$",
    re.IGNORECASE,
)

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at for from by with about as into onto over under than
    then so that this these those it its it's is are was were be been being am do does did
    doing have has had having i me my we our you your he him his she her they them their
    theirs what which who whom whose when where why how all any both each few more most other
    some such no nor not only own same too very can will just should would could might may
    must shall also there here okay ok so user user's users asking asks asked ask want wants
    wanted know like one get make use using way ways something someone thing things really
    """.split()
)


# ---------------------------------------------------------------------------------------------
# Result type
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeySentenceLocation:
    """Where C (query understanding) and K (key sentence) lie in a reasoning string.

    Spans are ``(start, end)`` character offsets into the string given to
    :func:`locate_key_sentence` (``text[start:end]``). ``understanding`` and ``key_sentence`` are
    ``None`` when absent, with ``reason`` saying why. ``sentences`` are the sentence spans the
    locator used (those of the reasoning part only); ``n_understanding`` and ``n_key`` count the
    sentences in C and K. ``text`` is the string the spans index into.

    Example::

        >>> loc = locate_key_sentence("Okay, so the user wants a poem. Let me write one.")
        >>> loc.understanding, loc.key_sentence
        ((0, 31), (32, 49))
        >>> KeySentenceLocation.from_dict(loc.to_dict()) == loc
        True
    """

    understanding: tuple[int, int] | None
    key_sentence: tuple[int, int] | None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    reason: str | None = None
    text: str | None = field(default=None, repr=False)
    n_understanding: int = 0
    n_key: int = 0

    @property
    def understanding_text(self) -> str | None:
        """The text of C (``None`` if there is no C)."""
        return self._cut(self.understanding)

    @property
    def key_sentence_text(self) -> str | None:
        """The text of K (``None`` if there is no K)."""
        return self._cut(self.key_sentence)

    @property
    def found(self) -> bool:
        """True when both C and K were located."""
        return self.understanding is not None and self.key_sentence is not None

    def span_text(self, span: tuple[int, int] | None, text: str | None = None) -> str | None:
        """Cut ``span`` out of ``text`` (default: the stored text)."""
        return self._cut(span, text)

    def _cut(self, span: tuple[int, int] | None, text: str | None = None) -> str | None:
        if span is None:
            return None
        source = text if text is not None else self.text
        if source is None:
            raise TraceError(
                "this KeySentenceLocation has no stored text; pass the reasoning string: "
                "loc.span_text(loc.key_sentence, reasoning)"
            )
        return source[span[0] : span[1]]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (spans as lists); ``from_dict`` inverts it."""
        return {
            "understanding": list(self.understanding) if self.understanding else None,
            "key_sentence": list(self.key_sentence) if self.key_sentence else None,
            "sentences": [list(s) for s in self.sentences],
            "reason": self.reason,
            "text": self.text,
            "n_understanding": self.n_understanding,
            "n_key": self.n_key,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "KeySentenceLocation":
        """Rebuild from :meth:`to_dict` output (missing optional keys take their defaults)."""
        if not isinstance(data, dict) or "understanding" not in data or "key_sentence" not in data:
            raise TraceError(
                "KeySentenceLocation.from_dict needs a dict with 'understanding' and "
                f"'key_sentence' keys (from to_dict()); got {type(data).__name__}"
            )

        def span(v: Any) -> tuple[int, int] | None:
            return None if v is None else (int(v[0]), int(v[1]))

        return cls(
            understanding=span(data["understanding"]),
            key_sentence=span(data["key_sentence"]),
            sentences=[(int(a), int(b)) for a, b in data.get("sentences", [])],
            reason=data.get("reason"),
            text=data.get("text"),
            n_understanding=int(data.get("n_understanding", 0)),
            n_key=int(data.get("n_key", 0)),
        )


# ---------------------------------------------------------------------------------------------
# Locator
# ---------------------------------------------------------------------------------------------


def reasoning_region(text: str) -> tuple[int, int]:
    """The ``(start, end)`` of the reasoning inside ``text``: after a leading ``<think>`` (if the
    text opens with one, after whitespace) and before the first ``</think>`` (if any).

    Example::

        >>> reasoning_region("<think>\\nHi.\\n</think>\\n\\nAnswer")
        (7, 12)
    """
    start = 0
    stripped = len(text) - len(text.lstrip())
    if text.startswith(THINK_OPEN, stripped):
        start = stripped + len(THINK_OPEN)
    end = text.find(THINK_CLOSE, start)
    if end == -1:
        end = len(text)
    return start, end


def locate_key_sentence(
    reasoning: str, query: str | None = None, *, max_understanding: int = 6
) -> KeySentenceLocation:
    """Find C (the opening restatement of the request) and K (the sentence after it).

    ``reasoning`` is the text between the think markers; a leading ``<think>`` and anything from
    ``</think>`` on are tolerated and ignored. ``query`` (the user's request), when given, lets
    sentences that mostly repeat the query's words join C. ``max_understanding`` caps C's length
    in sentences. The result's spans index into ``reasoning`` as passed.

    Example::

        >>> loc = locate_key_sentence("Alright, the user wants a cake recipe. Let me think.")
        >>> loc.key_sentence_text
        'Let me think.'
        >>> locate_key_sentence("").reason
        'empty reasoning'
    """
    if not isinstance(reasoning, str):
        raise TraceError(
            f"locate_key_sentence expects the reasoning as a str, got {type(reasoning).__name__}; "
            "decode token ids first (tokenizer.decode(ids))"
        )
    if query is not None and not isinstance(query, str):
        raise TraceError(
            f"query must be a str or None, got {type(query).__name__}; pass the user's request text"
        )
    if not isinstance(max_understanding, int) or max_understanding < 1:
        raise KeysentError(
            f"max_understanding must be a positive int, got {max_understanding!r}; the default is 6"
        )
    start, end = reasoning_region(reasoning)
    region = reasoning[start:end]
    sentences = [(s + start, e + start) for s, e in split_sentences(region)]
    if not sentences:
        return KeySentenceLocation(
            None, None, sentences, reason="empty reasoning", text=reasoning
        )

    query_stems = _content_stems(query) if query else None
    texts = [reasoning[s:e] for s, e in sentences]

    # C: the first sentence, a bare interjection takes the next one with it.
    c_end = 1
    if _INTERJECTION_RE.match(texts[0]) and len(sentences) > 1 and _same_paragraph(
        reasoning, sentences[0], sentences[1]
    ):
        c_end = 2
    while (
        c_end < len(sentences)
        and c_end < max_understanding
        and _same_paragraph(reasoning, sentences[c_end - 1], sentences[c_end])
        and is_restatement(texts[c_end], query_stems=query_stems)
    ):
        c_end += 1
    understanding = (sentences[0][0], sentences[c_end - 1][1])
    if c_end >= len(sentences):
        reason = (
            "single sentence: no sentence after the query understanding"
            if len(sentences) == 1
            else "all restatement: no sentence after the query understanding"
        )
        return KeySentenceLocation(
            understanding, None, sentences, reason=reason, text=reasoning, n_understanding=c_end
        )

    # K: the next sentence; a bare interjection takes the following sentence with it.
    k_last = c_end
    if (
        _INTERJECTION_RE.match(texts[c_end])
        and c_end + 1 < len(sentences)
        and _same_paragraph(reasoning, sentences[c_end], sentences[c_end + 1])
    ):
        k_last = c_end + 1
    key = (sentences[c_end][0], sentences[k_last][1])
    return KeySentenceLocation(
        understanding,
        key,
        sentences,
        reason=None,
        text=reasoning,
        n_understanding=c_end,
        n_key=k_last - c_end + 1,
    )


def is_restatement(sentence: str, query: str | None = None, *, query_stems=None) -> bool:
    """Whether ``sentence`` (not the first of the trace) restates or clarifies the request.

    True when it does not open with a move of the model's own, does not speculate or judge, and
    either has the user / the request as its subject with a reporting verb, is a clarifying
    phrase, or (given the ``query``) takes most of its content words from the query.

    Example::

        >>> is_restatement("They also want Python code and a tutorial.")
        True
        >>> is_restatement("Hmm, that's a red flag.")
        False
        >>> is_restatement("They might be planning to hurt someone.")
        False
        >>> query = "My friend witnessed a crime by his neighbour, should he report it?"
        >>> is_restatement("He witnessed a crime by his neighbour.", query)
        True
    """
    s = sentence.strip().lstrip("\"'“*_(-•").strip()
    if not s:
        return False
    if query_stems is None and query:
        query_stems = _content_stems(query)
    lower = s.lower()
    if _SPECULATION_RE.search(lower) or _HEAD_MODAL_RE.match(lower):
        return False
    if _judges(lower, query_stems):
        return False
    if _CLARIFY_RE.match(lower) or _RESTATE_RE.match(lower) or _POSSESSIVE_RE.match(lower):
        return True
    if _MOVE_RE.match(lower):
        return False
    if query_stems:
        stems = _content_stems(s)
        if len(stems) >= 2:
            shared = stems & query_stems
            if len(shared) >= 2 and len(shared) / len(stems) >= 0.5:
                return True
    return False


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _same_paragraph(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    gap = text[a[1] : b[0]]
    return gap.count("\n") < 2 or not re.search(r"\n[ \t]*\n", gap)


def _judges(lower: str, query_stems: set[str] | None) -> bool:
    for phrase in _JUDGEMENT_PHRASES:
        if phrase in lower and not (query_stems and _content_stems(phrase) <= query_stems):
            return True
    for word in _WORD_RE.findall(lower):
        if word in _JUDGEMENT_WORDS:
            if query_stems and _stem(word) in query_stems:
                continue
            return True
    for m in _PREDICATED_RE.finditer(lower):
        if not (query_stems and _stem(m.group("word")) in query_stems):
            return True
    return False


def _stem(word: str) -> str:
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:6]


def _content_stems(text: str | None) -> set[str]:
    if not text:
        return set()
    return {
        _stem(w)
        for w in _WORD_RE.findall(text.lower())
        if w not in _STOPWORDS and len(w) > 1 and not w.isdigit()
    }
