"""The language of a piece of record text, guessed from its script (for ``xml:lang``).

Records do not say which language a field is written in, so exports tag text only where its
letters tell: Arabic script is Arabic; Cyrillic with the letters only Ukrainian uses (і ї є ґ)
is Ukrainian, with those only Russian uses (ы э ъ ё) Russian; Latin text with French accents or
common French words is French, with common English words English. Anything else is tagged
with its script alone (``und-Latn``, ``und-Cyrl``), or not at all when it has no letters.
"""

from __future__ import annotations

import functools
import re

UNDETERMINED = "und"

_UKRAINIAN = set("іїєґІЇЄҐ")
_RUSSIAN = set("ыэъёЫЭЪЁ")
_FRENCH_LETTERS = set("éèêëàâçùûîïôœÉÈÊÀÂÇÙÛÎÏÔŒ")
_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_WORDS = frozenset(
    "le la les des du de un une et en est au aux sur dans avec pour par sans sous".split()
)
_ENGLISH_WORDS = frozenset(
    "the of and with a an in on to is are from by for at without under".split()
)


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
SAMPLE = 400  # the start of a long text says as much as the whole


@functools.lru_cache(maxsize=4096)
def language_of(text: str | None) -> str | None:
    """A BCP 47 tag for ``text`` (``ar``, ``uk``, ``ru``, ``fr``, ``en``, ``und-Latn`` …), or
    None when the text has no letters to go by."""
    if not text:
        return None
    sample = text[:SAMPLE]
    arabic = len(_ARABIC.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not (arabic or cyrillic or latin):
        return None
    if arabic >= cyrillic and arabic >= latin:
        return "ar"
    if cyrillic >= latin:
        if any(c in _UKRAINIAN for c in sample):
            return "uk"
        if any(c in _RUSSIAN for c in sample):
            return "ru"
        return "und-Cyrl"
    words = [w.casefold() for w in _WORD.findall(sample)]
    french = sum(1 for w in words if w in _FRENCH_WORDS) + 2 * sum(
        1 for c in sample if c in _FRENCH_LETTERS
    )
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return "und-Latn"


def record_language(*texts: str | None) -> str:
    """One tag for a whole record (LIDO requires one on its metadata): the first text that has a
    language decides; ``und`` when none does."""
    for text in texts:
        tag = language_of(text)
        if tag is not None:
            return tag
    return UNDETERMINED
