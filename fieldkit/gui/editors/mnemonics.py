"""Keyboard mnemonics (Alt+letter) for form labels: one letter each, none used twice.

Qt reads "&x" in a label's text as Alt+X moving focus to the label's buddy, and "&&" as a
literal ampersand. Letters already taken (the buttons' mnemonics) are left to them.

Only letters a reader takes for a key are given: the first letter of a word, else a firm
consonant of the label's first word (« &Objet », « O&bjet »; never « Ob&jet », r14: a test
made every free letter count, so the last labels of a form got a vowel, a « j » whose tail
hides the underline, or a letter of « de »). A label left with none of these has no Alt key:
it is still reached with Tab.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters not taken inside a word though free: vowels (« Obj&et » reads as no key at all),
# Cyrillic soft signs and short vowels.
_WEAK = set("aeiouyаеєиіїоуюяьъйёыэ")
# Not taken even to start a word: the « j », whose tail hides the underline (« &Journal »
# looked as if it had no key too), and Arabic alif forms, hamza, tā' marbūṭa and alif maqṣūra
# (they change shape or sit on another letter; most need Shift on an Arabic keyboard).
_NEVER = set("j\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0629\u0649")
# « ال » and « وال » (the article, with « and »): the word's own first letter comes after them.
_ARABIC_PREFIXES = ("\u0648\u0627\u0644", "\u0627\u0644")
# Short words whose first letter reads as no key (« Événement &du »).
_SMALL_WORDS = {
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to",
    "à", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une",
    "в", "й", "і", "з", "та", "до", "на", "про", "від", "для", "або", "у",
}  # fmt: skip

# How good a letter is (lower is better): the first word's first letter, another word's,
# a firm consonant of the first word, then of another word (a long form runs short of keys).
FIRST_WORD_START, WORD_START, FIRST_WORD_CONSONANT, CONSONANT = 0, 1, 3, 5


def mnemonic_of(text: str) -> str | None:
    """The (lower-case) mnemonic letter of a button or label text, if it has one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _usable(letter: str) -> bool:
    """Whether ``letter`` makes an Alt key people can press: not a Latin letter with an accent
    (« &Événement »: no É key on most keyboards, and not seen as one, r14 trial #7)."""
    accented = bool(unicodedata.decomposition(letter))
    return not (accented and "LATIN" in unicodedata.name(letter, ""))


def _script(letter: str) -> str:
    return unicodedata.name(letter, "").split(" ")[0]


def _inner_apostrophe(text: str, i: int) -> bool:
    """An apostrophe inside a Ukrainian word (« Об’єкт » is one word; French « d’audit » is two)."""
    return (
        text[i] in "’'ʼ"
        and 0 < i < len(text) - 1
        and "CYRILLIC" in unicodedata.name(text[i - 1], "")
        and text[i + 1].isalpha()
    )


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text``: runs of letters (combining marks kept inside)."""
    words = []
    i = 0
    while i < len(text):
        if text[i].isalpha():
            start = i
            while i < len(text) and (
                text[i].isalpha() or unicodedata.combining(text[i]) or _inner_apostrophe(text, i)
            ):
                i += 1
            words.append((start, i))
        else:
            i += 1
    return words


def sensible_letters(text: str) -> dict[int, int]:
    """Position -> rank of each letter of ``text`` that may be its Alt key (see the module)."""
    found: dict[int, int] = {}
    words = _words(text)
    # A letter of another script than the text's (« Категорія … &ICOM ») is not on the
    # keyboard layout its reader types with.
    script = _script(text[words[0][0]]) if words else ""
    for n, (start, end) in enumerate(words):
        if text[start:end].lower() in _SMALL_WORDS:
            continue
        for prefix in _ARABIC_PREFIXES:
            if text.startswith(prefix, start) and end - start > len(prefix) + 1:
                start += len(prefix)
                break
        first = n == 0 or not found
        if _script(text[start]) != script:
            continue
        if _usable(text[start]) and text[start].lower() not in _NEVER:
            found.setdefault(start, FIRST_WORD_START if first else WORD_START)
        for i in range(start + 1, end):
            char = text[i]
            if char.isalpha() and _usable(char) and char.lower() not in _WEAK | _NEVER:
                found.setdefault(i, FIRST_WORD_CONSONANT if first else CONSONANT)
    return found


# A text left without a letter costs more than all letters of a form together, and more for
# an earlier text: the form's first labels (« Objet ») keep a key when one must go without.
_NONE = 10**9
_NONE_EARLY = 10**7
_BARRED = 10**12  # a letter the text cannot have


def _min_cost_assignment(cost: list[list[int]]) -> list[int]:
    """Column of each row minimising the total cost (Hungarian method; rows <= columns)."""
    rows, cols = len(cost), len(cost[0])
    u, v = [0] * (rows + 1), [0] * (cols + 1)
    match, way = [0] * (cols + 1), [0] * (cols + 1)
    for row in range(1, rows + 1):
        match[0] = row
        col0 = 0
        least = [float("inf")] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[col0] = True
            row0, delta, col1 = match[col0], float("inf"), 0
            for col in range(1, cols + 1):
                if not used[col]:
                    here = cost[row0 - 1][col - 1] - u[row0] - v[col]
                    if here < least[col]:
                        least[col], way[col] = here, col0
                    if least[col] < delta:
                        delta, col1 = least[col], col
            for col in range(cols + 1):
                if used[col]:
                    u[match[col]] += int(delta)
                    v[col] -= int(delta)
                else:
                    least[col] -= delta
            col0 = col1
            if match[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            match[col0] = match[col1]
            col0 = col1
    chosen = [0] * rows
    for col in range(1, cols + 1):
        if match[col]:
            chosen[match[col] - 1] = col - 1
    return chosen


def assign_mnemonics(texts: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each plain text with "&" escaped and one unused sensible letter marked, where any is left.

    As many texts as possible get a letter, then the best ones (a minimum-cost matching of
    texts to letters): the first letter of a word before a consonant inside it, and a form's
    earlier labels before its later ones when two would want the same.
    """
    texts = list(texts)
    used = {t.lower() for t in taken}
    options: list[dict[str, tuple[int, int]]] = []  # per text: letter -> (rank, position)
    for text in texts:
        best: dict[str, tuple[int, int]] = {}
        for position, rank in sensible_letters(text).items():
            letter = text[position].lower()
            if letter not in used and (rank, position) < best.get(letter, (99, 0)):
                best[letter] = (rank, position)
        options.append(best)
    letters = sorted({letter for found in options for letter in found})
    count = len(texts)
    chosen: dict[int, int] = {}
    if texts:
        # Earlier labels weigh a little more, so they keep their first letter on a tie.
        cost = [
            [
                ((found[letter][0] + 1) * (4 * count - n) * 100 + found[letter][1])
                if letter in found
                else _BARRED
                for letter in letters
            ]
            + [_NONE + (count - n) * _NONE_EARLY] * count
            for n, found in enumerate(options)
        ]
        for n, col in enumerate(_min_cost_assignment(cost)):
            if col < len(letters) and letters[col] in options[n]:
                chosen[n] = options[n][letters[col]][1]
    out = []
    for n, text in enumerate(texts):
        parts = []
        for i, char in enumerate(text):
            if i == chosen.get(n):
                parts.append("&")
            parts.append("&&" if char == "&" else char)
        out.append("".join(parts))
    return out
