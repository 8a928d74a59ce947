"""Matching what people type against our words: keywords, button labels, place names.

Python's `casefold()` does not know Turkic casing: "DAYANDIR".casefold() is "dayandir" while
"Dayandır".casefold() is "dayandır", so an Azerbaijani resident's typed word misses. `fold` maps
the four Turkic i's (I, ı, İ, i) to one letter and the Uzbek apostrophe variants (oʻ, o', o‘, o’)
to one mark, so the same word matches however it was typed. `loose` also drops diacritics, for
place names typed on a keyboard without them ("xinaliq" for "Xınalıq").
"""

from __future__ import annotations

import re
import unicodedata

_TURKIC_I = str.maketrans({"I": "i", "İ": "i", "ı": "i"})
_APOSTROPHES = re.compile(r"[ʻʼ‘’`´']")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """`text` in a form for equality tests: Turkic-aware case folding, one apostrophe, single
    spaces, trimmed. Not for display."""
    text = unicodedata.normalize("NFC", text).translate(_TURKIC_I).casefold()
    text = text.replace("i̇", "i")  # casefold("İ") may leave a combining dot
    return _SPACES.sub(" ", _APOSTROPHES.sub("'", text)).strip()


def loose(text: str) -> str:
    """`fold` without diacritics: "Xınalıq", "xinaliq" and "XINALIQ" are one key."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Cyrillic (Russian and Kazakh letters) as residents write it on a Latin keyboard: "Izendi" for
# "Ізенді". Only for matching; a rough, one-way key, not a transliteration standard.
_CYRILLIC = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
        "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "і": "i", "к": "k", "қ": "k",
        "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h",
        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def latin(text: str) -> str:
    """`loose(text)` with Cyrillic letters spelled in Latin ones: "Ізенді" and "Izendi" are one
    key. Only for matching typed names; not for display."""
    return loose(text).translate(_CYRILLIC)
