"""Readable tick labels for tokens and sentences: visible whitespace, truncation, thinning.

Plotly renders a subset of HTML in tick text, so a token such as ``<think>`` must be escaped or
it silently disappears; whitespace is shown with visible marks so that ``" the"`` and ``"the"``
can be told apart.

>>> escape_token(" the")
'·the'
>>> escape_token("<think>\\n")
'&lt;think&gt;↵'
>>> truncate_label("extraordinarily", 8)
'extraor…'
>>> thin_indices(10, 4)
[0, 3, 6, 9]
>>> thin_indices(10, 4, keep=[4])
[0, 4, 9]
"""

from __future__ import annotations

import math
from typing import Iterable

#: How whitespace and byte-level BPE markers are drawn in labels.
VISIBLE = {
    " ": "·",
    "\n": "↵",
    "\r": "␍",
    "\t": "⇥",
    "Ġ": "·",  # GPT-2 / Qwen byte-level BPE space marker (raw convert_ids_to_tokens output)
    "Ċ": "↵",  # byte-level BPE newline marker
    "▁": "·",  # SentencePiece space marker
    "\u00a0": "·",
    "｜": "|",  # DeepSeek's fullwidth bar in <｜User｜>: most Latin fonts lack the glyph
}

ELLIPSIS = "…"
EMPTY = "∅"


def visible_whitespace(text: str) -> str:
    """Replace whitespace and tokenizer space markers by visible marks; other control chars by
    ``\\xNN``.

    >>> visible_whitespace("a\\tb\\x00")
    'a⇥b\\\\x00'
    """
    out = []
    for ch in text:
        if ch in VISIBLE:
            out.append(VISIBLE[ch])
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out) if out else EMPTY


def escape_html(text: str) -> str:
    """Escape the characters plotly would read as markup (``&``, ``<``, ``>``).

    >>> escape_html("a<b>&c")
    'a&lt;b&gt;&amp;c'
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate_label(text: str, max_chars: int) -> str:
    """Cut ``text`` to at most ``max_chars`` characters, ending in an ellipsis when cut."""
    if max_chars < 2:
        max_chars = 2
    if len(text) <= max_chars:
        return text
    return text[: max_chars - 1] + ELLIPSIS


def escape_token(token: str, max_chars: int = 12) -> str:
    """A token as a safe, visible, bounded tick label (whitespace shown, markup escaped)."""
    return escape_html(truncate_label(visible_whitespace(token), max_chars))


def sentence_label(index: int, text: str, max_chars: int = 24) -> str:
    """``"S3 · Wait, this is…"``: a numbered, one-line, truncated, escaped sentence label.

    >>> sentence_label(3, "Wait, this is harmful.\\n", 14)
    'S3 Wait, this is…'
    """
    one_line = " ".join(text.split())
    body = truncate_label(one_line, max_chars) if one_line else EMPTY
    return escape_html(f"S{index} {body}")


def thin_indices(n: int, max_labels: int, keep: Iterable[int] = ()) -> list[int]:
    """Indices to label when ``n`` labels would not fit: every ``step``-th one plus ``keep``.

    Indices in ``keep`` (e.g. the first token of each span) are always labelled; regular labels
    closer than one step to a kept one are dropped so that neighbours never overlap.
    """
    if n <= 0:
        return []
    max_labels = max(1, int(max_labels))
    step = max(1, math.ceil(n / max_labels))
    kept = sorted({int(k) for k in keep if 0 <= int(k) < n})
    if step == 1:
        return list(range(n))
    regular = [i for i in range(0, n, step) if all(abs(i - k) >= step for k in kept)]
    return sorted(set(regular) | set(kept))


__all__ = [
    "ELLIPSIS",
    "EMPTY",
    "VISIBLE",
    "escape_html",
    "escape_token",
    "sentence_label",
    "thin_indices",
    "truncate_label",
    "visible_whitespace",
]
