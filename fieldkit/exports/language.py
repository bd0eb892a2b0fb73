"""The language of a piece of record text, guessed from its script (for ``xml:lang``).

Records do not say which language a field is written in, so exports tag text only where its
letters tell: Arabic script is Arabic; Cyrillic with the letters only Ukrainian uses (і ї є ґ)
is Ukrainian, with those only Russian uses (ы э ъ ё) Russian; Latin text with French accents or
common French words is French, with common English words English. Anything else is tagged
with its script alone (``und-Latn``, ``und-Cyrl``), or not at all when it has no letters.
"""

from __future__ import annotations

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


def _script(ch: str) -> str | None:
    code = ord(ch)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return "Arab"
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "Arab"
    if 0x0400 <= code <= 0x052F:
        return "Cyrl"
    if ch.isalpha() and (code < 0x0250 or 0x1E00 <= code <= 0x1EFF):
        return "Latn"
    return None


def language_of(text: str | None) -> str | None:
    """A BCP 47 tag for ``text`` (``ar``, ``uk``, ``ru``, ``fr``, ``en``, ``und-Latn`` …), or
    None when the text has no letters to go by."""
    if not text:
        return None
    counts: dict[str, int] = {}
    for ch in text[:2000]:  # the start of a long text says as much as the whole
        script = _script(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script = max(sorted(counts), key=lambda s: counts[s])
    if script == "Arab":
        return "ar"
    if script == "Cyrl":
        if any(c in _UKRAINIAN for c in text):
            return "uk"
        if any(c in _RUSSIAN for c in text):
            return "ru"
        return "und-Cyrl"
    words = [w.casefold() for w in _WORD.findall(text[:2000])]
    french = sum(1 for w in words if w in _FRENCH_WORDS) + 2 * sum(
        1 for c in text if c in _FRENCH_LETTERS
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
