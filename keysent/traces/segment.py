"""Sentence segmentation for reasoning traces: character spans, not strings.

:func:`split_sentences` cuts a text into sentence spans ``(start, end)`` such that
``text[start:end]`` is one sentence with its final punctuation (and closing quotes or brackets),
trimmed of surrounding whitespace. It is built for DeepSeek-R1 style reasoning (plain prose with
the odd list, quote, formula or code block) and is rule-based, deterministic and fast (tens of
thousands of traces per second on one core; see ``docs/locating.md``).

A public splitter for R1 traces cuts after ``.`` or ``?`` followed by whitespace and never after
an ellipsis. This one is stricter about what ends a sentence:

* ``.``, ``!``, ``?``, ``…`` and ``...`` end a sentence only when followed by whitespace (or the
  end of the text) and then by something that is not a lowercase letter; closing quotes, brackets
  and markdown emphasis directly after the mark belong to the sentence (``He said, "Stop."``).
  CJK full stops (``。！？``) end a sentence without any following space.
* Abbreviations never end a sentence when they introduce what follows (``e.g.``, ``i.e.``,
  ``Dr.``, ``Mr.``, ``vs.``, ``St.``, ``No. 5``); ambiguous ones (``U.S.``, ``Inc.``, ``Jr.``,
  ``a.m.``, single initials like ``J.``) end one only when the next word is a typical sentence
  opener (``The``, ``I``, ``However``, ``Hmm``, ...). ``etc.`` before a capital ends a sentence
  (a list rarely runs on into a proper noun).
* Decimals and versions (``3.14``, ``v2.0``) never split (no whitespace after the dot); list
  labels (``1.``, ``a)``, ``iv.``, ``Step 2.``) at the start of a sentence stay with their item.
* An ellipsis followed by a lowercase word is a pause, not an end; between two operators
  (``2 + 4 + ... + 100``) it is an elided term of a formula. A lowercase code identifier
  (``heapq.nlargest``, ``max_len``) may open a sentence after ``.``, ``!`` or ``?`` (not after
  an abbreviation). ``!`` after a number before an operator is a factorial (``5! / 3! = 20``).
  A single capital after a number, after two option labels or at the end of a range of option
  letters is a value, not an initial (``... at 0 K. Water ...``, ``(D) Vitamin D. Scurvy ...``,
  ``... options A to D. Feather ...``); so is ``ft.`` or ``sec.`` after a
  number, a unit (``Dock is 200 ft. He ...``; ``Ft. Myers`` and ``Sec. 3`` still continue).
* Inside a double-quoted passage that closes later in the same paragraph there is no split, so a
  quoted multi-sentence request stays one unit.
* A blank line always ends a sentence. A single line break ends one too unless the next line
  starts with a lowercase letter (a soft-wrapped line). In a text hard-wrapped at a fixed width
  (at least two such lowercase continuations in it) a line break also goes on when the line ends
  in an article, a preposition, a conjunction or a possessive (``... a prefecture in\nJapan,
  ...``, ``... too, but\nI'll ...``); in other text a line that ends so ("... and log in\nHmm,
  that's ...") still ends its sentence. Bullet (``- x``, ``* x``, ``• x``), numbered and heading
  lines always start a new unit.
* Fenced code blocks (````` ``` ````` or ``~~~``) are one unit each; inline ```code``` is never
  split.

Example::

    >>> from keysent.traces.segment import split_sentences, sentence_texts
    >>> text = 'Okay, so the user asks about e.g. v2.0 of the app. Hmm... that is odd. Right?'
    >>> sentence_texts(text)
    ['Okay, so the user asks about e.g. v2.0 of the app.', 'Hmm... that is odd.', 'Right?']
    >>> split_sentences("First line\\n\\nSecond, after a blank line.")
    [(0, 10), (12, 39)]
"""

from __future__ import annotations

import re

from keysent.errors import KeysentError

__all__ = ["split_sentences", "sentence_texts", "SENTENCE_STARTERS"]

# ---------------------------------------------------------------------------------------------
# Inventories
# ---------------------------------------------------------------------------------------------

# Abbreviations that introduce what follows: a period after them never ends a sentence.
_ALWAYS_CONTINUE = frozenset(
    """
    mr mrs ms mx dr prof st mt ft gen sen rep gov pres capt lt col sgt cmdr adm rev hon fr
    vs v e.g i.e eg ie cf viz approx ca fig figs eq eqs ref refs vol pp ch sec art para
    dept est govt univ assn bros messrs mme mlle
    """.split()
)
# Of those, the ones that are also units: after a number ("6 ft.", "30 sec.") they end a sentence.
_UNITS_AFTER_NUMBER = frozenset({"ft", "sec"})
# "No." continues only before a number ("No. 5"), otherwise it is the word "No".
# Abbreviations that may end a sentence: split only if the next word opens sentences.
_AMBIGUOUS = frozenset(
    """
    inc ltd corp llc plc al jr sr esq ph.d m.d b.a m.a b.sc a.m p.m u.s u.k u.n e.u u.s.a
    jan feb apr jun jul aug sep sept oct nov dec
    """.split()
)

# Words that typically open an English sentence (used after ambiguous abbreviations).
SENTENCE_STARTERS = frozenset(
    """
    a an the this that these those it its i i'm i'll i've i'd we we're you you're he she they
    they're there there's here here's my our your his her their if when while but however so
    and or then thus therefore also although though because since as after before in on at
    for from to with by of what why how who where which let let's maybe perhaps hmm wait okay
    ok alright well now first second third next finally overall additionally moreover
    furthermore instead otherwise still yes no oh ah actually anyway besides meanwhile
    similarly unfortunately fortunately clearly obviously another each every some many most
    all any both either neither one two three do does did is are was were can could should
    would will must may might it's that's what's according specifically even looking always
    plus under remember please without such lastly alternatively including just certainly
    sometimes consider like ensure avoid check contact visit make start take look be once given
    typically ultimately absolutely thank whether depending throughout not never only
    """.split()
)

_LABEL_WORDS = (
    "step|part|phase|section|chapter|stage|option|rule|point|item|method|tip|question|example"
    "|case|lesson|day|week|level|round|problem|exercise|task|scenario|approach|strategy|idea"
    "|reason|factor|category|article|appendix|table|figure|no"
)
# A list label that may open a sentence: "1.", "12)", "a.", "iv.", "(b)", "Step 2.", "- 3."
_LABEL_RE = re.compile(
    r"^(?:[-*+•]\s+)?(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[A-Za-z][.)]|\(?[ivxlcdmIVXLCDM]{1,6}[.)]"
    rf"|(?:\*\*|__)?(?:{_LABEL_WORDS})\s+[A-Za-z0-9]{{1,4}}(?:\.\d{{1,3}})*[.):]?(?:\*\*|__)?)$",
    re.IGNORECASE,
)

# Terminal punctuation runs (Latin) with any closing quotes / brackets / emphasis glued on.
_CLOSERS = "\"'”’»)]}*_`"
_TERMINAL_RE = re.compile(r"(?:\.{2,}|…+|[.!?]+…?)(?:[.!?…]*)[" + re.escape(_CLOSERS) + r"]*")
_CJK_TERMINAL_RE = re.compile(r"[。！？]+[」』”’）)\]\"']*")
_ANY_TERMINAL_RE = re.compile(r"[.!?…。！？]")
# Lettered option labels inside a sentence ("(A) 0 K, (B) 100 K", "A. Coal B. Oil").
_OPTION_LABEL_RE = re.compile(r"(?:^|[\s(:,])\(?[A-J][.)](?=\s)")
# A code identifier with a dot or an underscore ("heapq.nlargest", "np.sort", "max_len"), or a
# name in lower camel case ("iPhones", "eBay").
_IDENTIFIER_RE = re.compile(
    r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*|_[a-z0-9_]+)\b|[ei][A-Z][A-Za-z]+\b"  # iPhone, eBay
)
# Operators around an elided term of a formula ("2 + 4 + ... + 100"): no sentence end there.
_OPERATORS = "+-−*×/÷=<>≤≥^"
# An inline list label after a colon or semicolon: "Options: 1. Go home. 2. Stay."
_INLINE_LABEL_RE = re.compile(r"[:;]\s+\(?\d{1,2}$")
_CJK_STOP_RE = re.compile(r"[。！？]")
# An inline option label: "A. ", "(B) ", "c) " after whitespace, a colon or the segment start.
_OPTION_LABEL_RE = re.compile(r"(?:^|(?<=[\s:(]))\(?([A-Ja-j])[.)](?=\s)")
_QUOTE_CHAR_RE = re.compile(r'["“”]')
# the start of a range of option letters right before a single capital, named as options: "four
# options, A to D.", "The answer choices are A to I." (not "report A to J. Smith": a new user's trial)
_LETTER_RANGE_RE = re.compile(
    r"\b(?:options?|choices?|answers?|alternatives?)\s*,?\s*"
    r"(?:are\s+|were\s+|from\s+|labell?ed\s+|(?:go|run)\s+from\s+)?"
    r"\(?[A-J]\)?\s*(?:to|through|thru|-|–)\s*\(?$", re.IGNORECASE)

_BULLET_LINE_RE = re.compile(
    r"^[ \t]*(?:[-*+•‣◦▪–—]\s|\d{1,3}[.)]\s|[A-Za-z][.)]\s|#{1,6}\s|\||>"
    r"|\*\*[^*\n]+\*\*\s*$)"
)
_FENCE_RE = re.compile(r"^[ \t]*(```|~~~)", re.MULTILINE)
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")  # "\r\n\r\n" (Windows line ends) is a blank line too
_INLINE_CODE_RE = re.compile(r"`[^`\n]+`")
_NEXT_WORD_RE = re.compile(r"[\"'“‘(\[*_]*([A-Za-z][A-Za-z']*)")
# Words a sentence rarely ends in: in a hard-wrapped text a line ending in one was wrapped inside
# a sentence ("... which is a prefecture in\nJapan, it could be ..."; batch 6 of the real traces,
# w6p-5 and w6d-13, both deepseek-r1:8b). Only in such a text: elsewhere "log in", "move on" or
# "what it is for" may end a line's sentence without its mark (a new user's trial of round 23).
_NO_SENTENCE_END_RE = re.compile(
    r"(?:^|[\s(\"“,])(?:a|an|the|of|in|into|to|for|with|from|by|at|on|onto|upon|about|than|and"
    r"|but|or|nor|that|which|whose|because|although|though|while|if|whether|unless|until|as"
    r"|my|your|his|its|our|their)$"
)
# A lowercase continuation after a line that ends in a word or a comma: a sign of a fixed-width wrap.
_SOFT_WRAP_RE = re.compile(r"[A-Za-z,][ \t]*\n[ \t]*[a-z]")


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order, trimmed.

    ``text[start:end]`` is the sentence including its final punctuation and closing quotes; no
    span is empty and spans never overlap. Whitespace-only text gives ``[]``.

    Example::

        >>> t = 'He said, "Stop." Then Dr. Lee left at 3.30 p.m. The end'
        >>> [t[s:e] for s, e in split_sentences(t)]
        ['He said, "Stop."', 'Then Dr. Lee left at 3.30 p.m.', 'The end']
    """
    if not isinstance(text, str):
        raise KeysentError(
            f"split_sentences expects a str, got {type(text).__name__}; pass the decoded text "
            "(e.g. tokenizer.decode(ids)) rather than token ids or bytes"
        )
    spans: list[tuple[int, int]] = []
    wrapped = "\n" in text and len(_SOFT_WRAP_RE.findall(text)) >= 2  # hard-wrapped at a fixed width
    for start, end, is_code in _blocks(text):
        if is_code:
            _add_trimmed(text, start, end, spans)
        else:
            for seg_start, seg_end in _line_segments(text, start, end, wrapped):
                _split_segment(text, seg_start, seg_end, spans)
    return spans


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text`` as strings (``[text[s:e] for s, e in split_sentences(text)]``).

    Example::

        >>> sentence_texts("One. Two? Three!")
        ['One.', 'Two?', 'Three!']
    """
    return [text[s:e] for s, e in split_sentences(text)]


# ---------------------------------------------------------------------------------------------
# Structure: fenced code, paragraphs, lines
# ---------------------------------------------------------------------------------------------


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Split ``text`` into paragraphs and fenced code blocks: ``(start, end, is_code)``."""
    blocks: list[tuple[int, int, bool]] = []
    pos = 0
    n = len(text)
    if "```" in text or "~~~" in text:
        while pos < n:
            m = _FENCE_RE.search(text, pos)
            if m is None:
                break
            fence = m.group(1)
            line_end = text.find("\n", m.end())
            close = -1
            if line_end != -1:
                close_m = re.compile(r"^[ \t]*" + re.escape(fence), re.MULTILINE).search(
                    text, line_end + 1
                )
                if close_m is not None:
                    close = close_m.end()
                    rest = text.find("\n", close)
                    close = n if rest == -1 else rest
            code_end = n if close == -1 else close
            blocks.extend(_paragraphs(text, pos, m.start()))
            blocks.append((m.start(), code_end, True))
            pos = code_end
    blocks.extend(_paragraphs(text, pos, n))
    return blocks


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    out = []
    pos = start
    for m in _BLANK_LINE_RE.finditer(text, start, end):
        out.append((pos, m.start(), False))
        pos = m.end()
    out.append((pos, end, False))
    return out


def _line_segments(text: str, start: int, end: int, wrapped: bool = False) -> list[tuple[int, int]]:
    """Join the lines of one paragraph into segments; a line break ends a segment unless the
    next line is a lowercase soft-wrapped continuation or, in a ``wrapped`` text (hard-wrapped
    at a fixed width), the line ends in a word a sentence rarely ends in."""
    if text.find("\n", start, end) == -1:
        return [(start, end)]
    segments = []
    seg_start = start
    line_start = start
    while True:
        nl = text.find("\n", line_start, end)
        if nl == -1:
            break
        nxt = nl + 1
        next_nl = text.find("\n", nxt, end)
        next_line = text[nxt : next_nl if next_nl != -1 else end]
        stripped = next_line.lstrip()
        line = text[line_start:nl]
        continues = (
            bool(stripped)
            and (stripped[0].islower()
                 or wrapped and _NO_SENTENCE_END_RE.search(line.rstrip()) is not None)
            and not _BULLET_LINE_RE.match(next_line)
            and not _BULLET_LINE_RE.match(line)
        )
        if not continues:
            segments.append((seg_start, nl))
            seg_start = nxt
        line_start = nxt
    segments.append((seg_start, end))
    return segments


# ---------------------------------------------------------------------------------------------
# Sentence boundaries within one segment (no paragraph or line breaks inside)
# ---------------------------------------------------------------------------------------------


def _split_segment(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    if _ANY_TERMINAL_RE.search(text, start, end) is None:
        _add_trimmed(text, start, end, spans)
        return
    code = [(m.start(), m.end()) for m in _INLINE_CODE_RE.finditer(text, start, end)] if (
        "`" in text[start:end]
    ) else []
    quotes = _quote_regions(text, start, end)
    options = _option_regions(text, start, end)
    cuts: list[int] = []
    sent_start = start
    for m in _boundary_candidates(text, start, end):
        mark_start, cut = m
        if cut >= end:
            break
        if code and any(a <= mark_start < b for a, b in code):
            continue
        if quotes and any(a < mark_start and cut < b for a, b in quotes):
            continue
        if options and any(a <= mark_start < b for a, b in options):
            continue
        if not _is_boundary(text, sent_start, mark_start, cut, end):
            continue
        cuts.append(cut)
        sent_start = cut
    pos = start
    for cut in cuts:
        _add_trimmed(text, pos, cut, spans)
        pos = cut
    _add_trimmed(text, pos, end, spans)


def _boundary_candidates(text: str, start: int, end: int):
    """Yield ``(mark_start, cut)`` for each terminal run; ``cut`` is just after the run."""
    found = []
    for m in _TERMINAL_RE.finditer(text, start, end):
        found.append((m.start(), m.end(), False))
    if _CJK_STOP_RE.search(text, start, end) is not None:
        for m in _CJK_TERMINAL_RE.finditer(text, start, end):
            found.append((m.start(), m.end(), True))
        found.sort()
    for mark_start, cut, cjk in found:
        if cjk:
            yield mark_start, cut
            continue
        # Latin marks need whitespace (or the segment end) right after them.
        if cut < end and not text[cut].isspace():
            continue
        yield mark_start, cut


def _is_boundary(text: str, sent_start: int, mark_start: int, cut: int, end: int) -> bool:
    """Decide whether the terminal run at ``mark_start`` (ending at ``cut``) ends a sentence."""
    mark = text[mark_start]
    if mark in "。！？":
        return True
    # What follows: the first non-space character.
    j = cut
    while j < end and text[j].isspace():
        j += 1
    if j >= end:
        return True
    nxt = text[j]
    if nxt.islower():
        # a code identifier opens the next sentence: "... the top 100. heapq.nlargest does it."
        run0 = text[mark_start:cut].rstrip(_CLOSERS)
        if run0 in (".", "!", "?") and _IDENTIFIER_RE.match(text, j, end):
            before = text[sent_start:mark_start]
            word = re.search(r"[A-Za-z.]+$", before)
            label = len(before) <= 40 and _LABEL_RE.match(before.strip() + ".")
            if not label and (word is None or (
                    len(word.group()) > 2 and "." not in word.group()
                    and word.group().lower() not in _ALWAYS_CONTINUE | _AMBIGUOUS)):
                return True
        return False  # "e.g. this", "Hmm... that", "etc. and"
    run = text[mark_start:cut].rstrip(_CLOSERS)
    if run == "!" and nxt in _OPERATORS and mark_start > sent_start and (
        text[mark_start - 1].isdigit() or text[mark_start - 1] in ")n"
    ):
        return False  # a factorial: "5! / 3! = 20", "n! = n (n-1)!"
    if run in ("...", "…") and nxt in _OPERATORS:
        prev = text[sent_start:mark_start].rstrip()[-1:]
        if prev and prev in _OPERATORS + ",":
            return False  # an elided term of a formula: "2 + 4 + ... + 100", "a_1 * ... * a_n"
    single_period = run == "."
    if single_period:
        prev = text[mark_start - 1] if mark_start > sent_start else ""
        # A list label opening the sentence stays with its item ("1. First", "Step 2. Mix").
        if mark_start - sent_start <= 40 and _LABEL_RE.match(
            text[sent_start:mark_start].strip() + "."
        ):
            return False
        if prev.isdigit():
            # an inline label after a colon: "Options: 1. Go home."
            if _INLINE_LABEL_RE.search(text, max(sent_start, mark_start - 12), mark_start):
                return False
        elif prev.isascii() and prev.isalpha():
            i = mark_start
            while i > sent_start and (
                (text[i - 1].isascii() and text[i - 1].isalpha()) or text[i - 1] == "."
            ):
                i -= 1
            if i > sent_start and text[i - 1].isalnum():
                return True  # "3a." or "café." : not an abbreviation
            word = text[i:mark_start].lstrip(".")
            lower = word.lower()
            # an acronym in capitals is not the abbreviation: "usually called ART. It combines"
            acronym = len(word) >= 2 and word.isupper()
            # a unit after a number ends a sentence: "Dock is 200 ft. He has 6." (round 17;
            # "Ft." names a fort and "Sec." a section only before a name or a number)
            if lower in _UNITS_AFTER_NUMBER and re.search(r"\d\s*(?:sq\s+)?$", text[sent_start:i]):
                return True
            if lower in _ALWAYS_CONTINUE and prev != "." and not acronym:
                return False
            if lower == "no" and nxt.isdigit():
                return False
            if _is_initial(word) and (
                re.search(r"\d\s$", text[sent_start:i])
                or len(_OPTION_LABEL_RE.findall(text, sent_start, i)) >= 2
                # the end of a range of option letters: "There are four options, A to D. Feather
                # is the word." (round 27)
                or _LETTER_RANGE_RE.search(text, sent_start, i)
            ):
                return True  # a value, not an initial: "at 0 K. Water ...", "(D) Vitamin D. Scurvy"
            if (lower in _AMBIGUOUS or _is_initial(word) or _is_dotted_initialism(word)
                    or (acronym and lower in _ALWAYS_CONTINUE)):
                next_word = _next_word(text, j, end)
                # the acronym repeated opens the next sentence: "... or ART. ART combines ..."
                return next_word is not None and (next_word.lower() in SENTENCE_STARTERS
                                                  or (acronym and next_word == word))
    return True


def _next_word(text: str, j: int, end: int) -> str | None:
    m = _NEXT_WORD_RE.match(text, j, end)
    return m.group(1) if m else None


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper() and word != "I"


def _is_dotted_initialism(word: str) -> bool:
    # "U.S", "e.g", "Ph.D": letters separated by dots (the final dot is the mark itself)
    parts = word.split(".")
    return len(parts) >= 2 and all(1 <= len(p) <= 2 and p.isalpha() for p in parts)


def _option_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Inline lettered option lists of one segment ("A. Coal B. Oil ... I. Mouse J. Seal"): from
    the first label to the end of the last label's mark, for runs of at least two labels whose
    letters follow each other from A (or a). No sentence ends inside such a run."""
    if "A" not in text[start:end] and "a" not in text[start:end]:
        return []
    regions = []
    run: list[re.Match] = []
    for m in _OPTION_LABEL_RE.finditer(text, start, end):
        letter = m.group(1)
        if run and ord(letter) == ord(run[-1].group(1)) + 1:
            run.append(m)
            continue
        if len(run) >= 2:
            regions.append((run[0].start(1), run[-1].end(1) + 1))
        run = [m] if letter in "Aa" else []
    if len(run) >= 2:
        regions.append((run[0].start(1), run[-1].end(1) + 1))
    return regions


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Double-quoted passages of one segment: ``(open, close_end)`` pairs that close in it."""
    regions = []
    open_at = -1
    open_kind = ""
    for m in _QUOTE_CHAR_RE.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch == '"':
            if open_at < 0:
                open_at, open_kind = i, '"'
            elif open_kind == '"':
                regions.append((open_at, i + 1))
                open_at = -1
        elif ch == "“":
            if open_at < 0:
                open_at, open_kind = i, "“"
        elif open_at >= 0 and open_kind == "“":
            regions.append((open_at, i + 1))
            open_at = -1
    return regions


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
