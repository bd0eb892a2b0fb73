"""Words of a record's text, within a script and across scripts, for duplicate detection.

Two teams describe one object in their own language and script: "Stèle de Malkû, fils de
Yarhai" and "شاهدة ملكو بن يرحاي". Translated words cannot be matched without a dictionary,
but names, places and numbers can, through a **consonant skeleton**:

1. NFKC, casefold, diacritics removed (NFKD, combining marks dropped); every Unicode decimal
   digit becomes its ASCII value ("١٢" → "12"), numbers lose their leading zeros.
2. Arabic and Cyrillic letters are transliterated to Latin by the tables below (ISO 9 and
   ISO 233 in spirit, simplified: one Latin letter per letter); an Arabic word loses its
   article "ال", a Latin one its "al-"/"el-".
3. Latin digraphs that name one sound become one letter (sh, ch, sch, zh, dj → s/j; kh, gh,
   ph, th, dh → k, g, f, t, d).
4. Letters are folded into consonant classes, as Soundex does: b p → b; f v → f; c k q g → k;
   j → j; s z x → s; t d → t; l, m, n, r stay; vowels, h, w, y and the Arabic ʿayn/hamza (which
   Latin transliterations write inconsistently or not at all) are dropped; repeats collapse.

So "Malkû", "ملكو" and "Малку" are all "mlk", and "Mossoul", "الموصل" and "Мосул" all "msl".
Spellings that disagree on a letter (Cyrillic х for the Arabic ح that Latin writes h) do not
meet: the skeleton is one signal among others, never the only one. A skeleton shorter than two
letters says too little and is not used. Numbers are tokens of their own in both forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic → Latin, one letter each (article and vowels handled around it).
_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ى": "a",
    "ب": "b", "ت": "t", "ث": "s", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w",
    "ي": "y", "پ": "p", "چ": "j", "ڤ": "v", "گ": "g", "ی": "y", "ک": "k",
}
# Cyrillic (Ukrainian and Russian letters) → Latin.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "k",
    "ц": "s", "ч": "s", "ш": "s", "щ": "s", "ь": "", "ъ": "", "ы": "y", "э": "e", "ю": "u",
    "я": "a", "ў": "u",
}
_DIGRAPHS = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("zh", "j"), ("dj", "j"), ("kh", "k"),
             ("gh", "g"), ("ph", "f"), ("th", "t"), ("dh", "d"))
_CLASSES = str.maketrans({
    "p": "b", "v": "f", "c": "k", "q": "k", "g": "k", "z": "s", "x": "s", "d": "t",
    "a": None, "e": None, "i": None, "o": None, "u": None, "y": None, "w": None, "h": None,
})
_WORD = re.compile(r"[^\W_]+")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ul)-(?=\w)")


def script_of(text: str) -> str:
    """"arabic", "cyrillic", "latin" or "" (no letters): the script of most letters."""
    counts = {"arabic": 0, "cyrillic": 0, "latin": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            counts["arabic"] += 1
        elif 0x0400 <= code <= 0x052F:
            counts["cyrillic"] += 1
        elif code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
            counts["latin"] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ""


def fold(text: str) -> str:
    """Casefolded, without diacritics, ASCII digits: the form words are compared in."""
    text = unicodedata.normalize("NFKC", text).casefold()
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            continue
        if ch.isdigit():
            value = unicodedata.digit(ch, None)
            out.append(ch if value is None else str(value))
        elif ch in "\u0640\u200c\u200d":  # Arabic tatweel, zero-width (non-)joiners
            continue
        else:
            out.append(ch)
    return "".join(out)


def words(text: str) -> list[str]:
    """The words of ``text`` (folded); numbers without their leading zeros."""
    out = []
    for word in _WORD.findall(fold(text)):
        if word.isdigit():
            word = word.lstrip("0") or "0"
        out.append(word)
    return out


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonant skeleton of one folded word (see the module's docstring); numbers stay."""
    if word.isdigit():
        return word
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    latin = "".join(_ARABIC.get(ch, _CYRILLIC.get(ch, ch)) for ch in word)
    latin = _LATIN_ARTICLE.sub("", latin)
    for digraph, letter in _DIGRAPHS:
        latin = latin.replace(digraph, letter)
    if latin and latin[0] in "aeiouy" and len(latin) > 1:
        latin = latin[1:]  # an initial vowel is written or not (Arabic alif, Cyrillic я/ю)
    classes = latin.translate(_CLASSES)
    out: list[str] = []
    for ch in classes:
        if not ("a" <= ch <= "z" or ch.isdigit()):
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def tokens(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words, skeletons) of ``text``: words to compare within a script, skeletons across.

    Numbers are in both. Skeletons of fewer than two letters are left out.
    """
    plain = words(text)
    skeletons = set()
    for word in plain:
        sk = skeleton(word)
        if len(sk) >= 2 or (sk.isdigit() and sk):
            skeletons.add(sk)
    return frozenset(plain), frozenset(skeletons)
