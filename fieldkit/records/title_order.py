"""The dictionary order of titles, as a text whose plain (BINARY) order is that order.

SQLite sorts text byte by byte: « Verre » and « vase » before « Épée », every capital before
every small letter, Ukrainian « і ї є ґ » after « я », and an Arabic title written with its
vowel marks, or with « أ » for « ا », far from the same title without (testers r9-r13). A
conservator expects a dictionary's order. So the view stores a key beside the title
(``records.title_sort``, written by fieldkit.records.revision_store, indexed like the other sort
columns), and a list sorted by title walks that index: no collation function in Python for
SQLite to call on every comparison (ICU is not a dependency), and any SQLite reading the vault
sorts it the same way.

The key is stored: this is a format. A change to it needs a migration that rewrites every key
(fieldkit.vault.schema keeps a frozen copy for migration 19, which wrote the first ones).

How it orders, level by level (a later level only breaks ties of the earlier ones):

1. Letters without accents or case, digits by value, words apart. The title is NFKC-normalised;
   spaces, punctuation and symbols at its start and end are left out (« "Vase" » sorts as
   « Vase »), and each run of them inside counts as one gap between words, before any letter or
   digit (« Jar lid » before « Jarre »). Apostrophes (' ’ ʼ ‘ ′), the Arabic tatweel, format and
   control characters count for nothing (« п'ять » sorts as « пять »). A run of digits in any
   script (١٩٦٣ as 1963) is a number, compared by value as inventory numbers are
   (fieldkit.records.natural_order: « Plate 2 » before « Plate 10 »), before any letter.
   Letters: Latin by their base letter (é as e; ß as ss, æ as ae, œ as oe, þ as th; ø, đ, ð,
   ł, ı, ħ, ŧ as o, d, d, l, i, h, t); Cyrillic in one alphabet that keeps each language's own
   order (а б в г ґ д ђ е є ж з ѕ и і ї й ј к л љ м н њ о п р с т ћ у ў ф х ц ч џ ш щ ъ ы ь
   э ю я: Ukrainian ґ є і ї and й are letters, ё is е with a mark as Russian dictionaries have
   it); Arabic in its alphabet (ء ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي),
   the hamza or madda on a letter (أ إ آ ؤ ئ) and the vowel marks (harakat) being marks, ٱ as
   ا, ة as ه, ى and ی as ي, ک as ك. Scripts come in the order Latin, Greek, Cyrillic, Arabic;
   any other letter by its code point (after the Latin ones), Greek by its base letter.
2. Marks: per letter, its accents (the combining marks of its canonical decomposition and
   those written after it, or the letter itself for ø ß ة and the like); none first.
3. Case: per letter, small before capital.

Titles that differ in nothing above (punctuation, leading zeros, the script of their digits)
have the same key, and the list keeps them in the order they were stored.

The encoding: level 1's elements end to end, then ``\\x01`` and level 2, then ``\\x01`` and
level 3, each later level cut off after its last non-trivial element (and left out with its
``\\x01`` when nothing is left), so a title of plain small letters has just its first level.
``\\x01`` sorts before every character of a level, so a shorter level (or a key without a later
level) sorts first. Level 1: a gap is ``\\x02``; a number is ``\\x03``, the length of its
length, its length and its digits without leading zeros; a-z are themselves; the Cyrillic
alphabet above is U+0400 onwards and the Arabic one U+0600 onwards (code points no letter
takes for itself once lower-cased, so no other letter sorts among them); any other letter is its
own lower-case base letter. Level 2: per element, its marks and ``\\x02``. Level 3: per element,
``\\x02`` for small (or no case) and ``\\x03`` for capital. No key holds \\x00, which SQLite text
cannot, nor a surrogate, which UTF-8 cannot.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_LEVEL = "\x01"
_GAP = "\x02"
_NUMBER = "\x03"
_PLAIN = "\x02"  # no mark (level 2), no capital (level 3)
_CAPITAL = "\x03"

# \d on str: Unicode decimal digits (category Nd), every script's 0-9.
_DIGITS = re.compile(r"(\d+)")

CYRILLIC = "абвгґдђеєжзѕиіїйјклљмнњопрстћуўфхцчџшщъыьэюя"
ARABIC = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"

# Level 1 of letters that are a letter of their own, not a base letter with a mark.
_PRIMARY = {c: chr(0x0400 + i) for i, c in enumerate(CYRILLIC)}
_PRIMARY.update({c: chr(0x0600 + i) for i, c in enumerate(ARABIC)})
# Letters read as other letters (level 1), keeping themselves as their mark (level 2).
_AS = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "ħ": "h",
    "ŧ": "t",
    "ς": "σ",
    "\u0671": "\u0627",  # ٱ alef wasla: ا
    "\u0629": "\u0647",  # ة ta marbuta: ه
    "\u0649": "\u064a",  # ى alef maksura: ي
    "\u06cc": "\u064a",  # ی Farsi yeh: ي
    "\u06a9": "\u0643",  # ک keheh: ك
}
# Characters that count for nothing: apostrophes inside words (Ukrainian « п'ять », French
# « l'amphore »), the Arabic tatweel (a stretched joining line), the soft hyphen.
_NOTHING = frozenset("'\u02bc\u2019\u2018\u2032\u0640\u00ad")
# Marks that are accents or vowel signs on the letter before them (level 2): the combining
# diacritics, Cyrillic's, Hebrew points, Arabic harakat, hamza and madda and Quranic marks.
# Other scripts' marks (an Indic vowel sign) are letters here.
_ACCENT = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)

_IGNORED = 0
_SEPARATOR = 1
_MARK = 2
_LETTER = 3
# What one character is: (kind, [(level 1, level 2) per element], capital).
_Char = tuple[int, tuple[tuple[str, str], ...], bool]
_SKIP: _Char = (_IGNORED, (), False)
_SEP: _Char = (_SEPARATOR, (), False)
_cache: dict[str, _Char] = {}
_CACHE_MAX = 20_000  # distinct characters remembered (a few hundred in a real vault)


def _classify(c: str) -> _Char:
    if c in _NOTHING:
        return _SKIP
    category = unicodedata.category(c)
    if c.isspace() or category[0] in "PSZ":
        return _SEP
    if category in ("Cc", "Cf", "Cs"):  # controls, format characters, lone surrogates
        return _SKIP
    if category[0] == "M" and _ACCENT.match(c):
        return (_MARK, ((c, ""),), False)
    small = c.lower()
    capital = small != c
    if small in _PRIMARY:  # й, ї, ў: letters, not и, і, у with a mark
        return (_LETTER, ((_PRIMARY[small], ""),), capital)
    if small in _AS:
        return (_LETTER, _expanded(small, small), capital)
    parts = unicodedata.normalize("NFD", small)
    base, marks = parts[0], parts[1:]
    accents = "".join(m for m in marks if _ACCENT.match(m))
    others = tuple((m, "") for m in marks if not _ACCENT.match(m))
    first: tuple[tuple[str, str], ...]
    if base in _PRIMARY:
        first = ((_PRIMARY[base], accents),)
    elif base in _AS:
        first = _expanded(base, base + accents)
    else:
        first = ((base, accents),)
    return (_LETTER, first + others, capital)


def _expanded(letter: str, mark: str) -> tuple[tuple[str, str], ...]:
    """``letter`` read as the letters of _AS (ß: s, s), the first of them marked ``mark``."""
    reading = _AS[letter]
    primary = _PRIMARY.get(reading[0], reading[0])
    return ((primary, mark), *((_PRIMARY.get(r, r), "") for r in reading[1:]))


def _number(digits: str) -> str:
    if not digits.isascii():
        digits = "".join(str(unicodedata.decimal(c, 0)) for c in digits)
    digits = digits.lstrip("0")
    length = str(len(digits))
    return f"{_NUMBER}{chr(0x30 + len(length))}{length}{digits}"


def title_sort_key(value: Any) -> str | None:
    """The key of a title (or a location's name); None for none. See the module's text."""
    if value is None:
        return None
    text = value if type(value) is str else str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    first: list[str] = []  # level 1, an element each
    marks: list[str] = []  # level 2, an element each
    capitals: list[str] = []  # level 3, an element each
    gap = False  # a gap seen since the last element, written if another element follows
    lettered = False  # the last element is a letter (a mark written after it is its own)
    cache = _cache
    for index, part in enumerate(_DIGITS.split(text)):
        if index % 2:  # a run of digits
            if gap and first:
                first.append(_GAP)
                marks.append(_PLAIN)
                capitals.append(_PLAIN)
            gap = False
            first.append(_number(part))
            marks.append(_PLAIN)
            capitals.append(_PLAIN)
            lettered = False
            continue
        for c in part:
            found = cache.get(c)
            if found is None:
                found = _classify(c)
                if len(cache) < _CACHE_MAX:
                    cache[c] = found
            kind, elements, capital = found
            if kind == _LETTER:
                if gap and first:
                    first.append(_GAP)
                    marks.append(_PLAIN)
                    capitals.append(_PLAIN)
                gap = False
                case = _CAPITAL if capital else _PLAIN
                for primary, mark in elements:
                    first.append(primary)
                    marks.append(mark + _PLAIN)
                    capitals.append(case)
                lettered = True
            elif kind == _SEPARATOR:
                gap = True
                lettered = False
            elif kind == _MARK:
                if lettered and not gap:
                    marks[-1] = marks[-1][:-1] + elements[0][0] + _PLAIN
    key = "".join(first)
    second = "".join(marks).rstrip(_PLAIN)
    third = "".join(capitals).rstrip(_PLAIN)
    if third:
        return f"{key}{_LEVEL}{second}{_LEVEL}{third}"
    if second:
        return f"{key}{_LEVEL}{second}"
    return key


__all__ = ["ARABIC", "CYRILLIC", "title_sort_key"]
