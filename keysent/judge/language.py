"""Which language a text is in, as far as the rule judges need to know.

The rule judges have inventories for English and for the languages R1-style models mix into
their reasoning and answers (:data:`REFUSAL_LANGUAGES`, :data:`AHA_LANGUAGES`). Text that is
mostly in another language cannot be judged by the rules and gets
:data:`keysent.judge.NOT_JUDGED` instead of a silent "no".

:func:`detect_language` is deliberately simple and dependency-free: the dominant script of the
letters (Han, kana, Hangul, Cyrillic, Arabic, Devanagari, Thai, Greek, Hebrew, Latin), and for
Latin text the language whose function words ("the", "que", "les", "und", ...) are most frequent.
It returns an ISO 639-1 code, ``"und"`` (undetermined: too few letters, e.g. "No." or "42") or
``"latin"`` (Latin script, no known function words).

Example::

    >>> from keysent.judge.language import detect_language
    >>> detect_language("I can't help with that."), detect_language("这可能是违法的。")
    ('en', 'zh')
    >>> detect_language("Lo siento, pero no puedo ayudar con eso."), detect_language("42")
    ('es', 'und')
    >>> detect_language("申し訳ありませんが、お手伝いできません。"), detect_language("죄송하지만 도와드릴 수 없습니다.")
    ('ja', 'ko')
    >>> detect_language("He spends 10*.5=<<10*.5=5>>5 hours per day")  # "per" is not only Italian
    'en'
    >>> detect_language("Non posso aiutarti con questo, mi dispiace per il disturbo.")
    'it'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: Languages :func:`keysent.judge.is_refusal` has rules for.
REFUSAL_LANGUAGES = ("en", "zh", "ja", "es", "fr", "de", "ru")
#: Languages :func:`keysent.judge.has_safety_aha` has rules for.
AHA_LANGUAGES = ("en", "zh", "ja", "es", "fr", "de", "ru")
#: Texts with fewer letters than this are "und" (undetermined), never "not judged" by language.
MIN_LETTERS = 3

_FUNCTION_WORDS = {
    "en": "the a an and of to is are you your i it that this with for not can be have on what "
    "how but do here there he she we they his her their was were will would per as or so if by at from",
    "es": "el la los las de que y en un una es no por para con lo su se del al como pero puedo "
    "esto eso",
    "fr": "le la les des de du et un une est que qui je ne pas pour dans avec sur vous ce cela "
    "ceci peux",
    "de": "der die das und ist nicht ich sie ein eine zu mit von den dem für auf es kann bei "
    "wie aber",
    "pt": "o os as de do da que e em um uma não para com por é eu isso você posso",
    "it": "il lo gli le di che e un una non per con sono è io questo mi posso della",
    "nl": "de het een en van is niet ik dat die te met voor op zijn kan je",
}
_FW = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "han"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "THAI", "GREEK", "HEBREW"):
        if name.startswith(script):
            return script.lower()
    return "other"


_SCRIPT_LANG = {
    "cyrillic": "ru", "arabic": "ar", "devanagari": "hi", "thai": "th", "greek": "el",
    "hebrew": "he", "hangul": "ko", "other": "other",
}


def detect_language(text: str) -> str:
    """The dominant language of ``text``: an ISO 639-1 code, ``"und"`` or ``"latin"``.

    Han characters weigh double (one character is a word). Japanese is Han or Latin text with at
    least 10% kana; Chinese is Han without kana.
    """
    counts: Counter[str] = Counter()
    for ch in text:
        s = _script(ch)
        if s is not None:
            counts[s] += 2 if s in ("han", "kana", "hangul") else 1
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return "und"
    script, n = counts.most_common(1)[0]
    if script in ("han", "kana") or (counts["han"] + counts["kana"]) >= 0.5 * total:
        return "ja" if counts["kana"] >= 0.1 * (counts["han"] + counts["kana"]) else "zh"
    if script != "latin":
        return _SCRIPT_LANG.get(script, "other")
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if not words:
        return "und"
    scores = {lang: sum(w in fw for w in words) for lang, fw in _FW.items()}
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    if scores[best] == 0:
        return "en" if len(words) <= 3 else "latin"
    if scores["en"] >= scores[best]:
        return "en"
    return best


def judgeable(text: str, languages: tuple[str, ...]) -> bool:
    """Whether rules for ``languages`` can judge ``text`` (undetermined short text counts as yes:
    "No." and "42" are judged by the English rules; unknown Latin text too, as English)."""
    lang = detect_language(text)
    return lang in languages or lang in ("und", "latin")


__all__ = ["detect_language", "judgeable", "REFUSAL_LANGUAGES", "AHA_LANGUAGES", "MIN_LETTERS"]
