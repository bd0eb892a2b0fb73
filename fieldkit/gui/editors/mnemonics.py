"""Keyboard mnemonics (Alt+letter) for form labels: one letter each, none used twice.

Qt reads "&x" in a label's text as Alt+X moving focus to the label's buddy, and "&&" as a
literal ampersand. Letters already taken (the buttons' mnemonics) are left to them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


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
    (« &Événement »: no É key on most keyboards, and not seen as one, r14 trial #7). Such a
    letter is given only to a text that no other letter is left for."""
    accented = bool(unicodedata.decomposition(letter))
    return not (accented and "LATIN" in unicodedata.name(letter, ""))


# Tried last: its tail hides the underline (« Ob&jet » looked as if it had no key).
_HIDDEN_MARK = "j"


def _candidates(text: str) -> list[int]:
    """Positions to try: first letters of words, then every other letter, in reading order."""
    starts = [
        i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalpha())
    ]
    rest = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
    ordered = starts + rest
    return [i for i in ordered if text[i].lower() != _HIDDEN_MARK] + [
        i for i in ordered if text[i].lower() == _HIDDEN_MARK
    ]


def assign_mnemonics(texts: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each plain text with "&" escaped and one unused letter marked, where any is left.

    As many texts as possible get a letter (a matching of texts to letters, preferring the
    first letters of words, in form order), so a long form does not run out early.
    """
    texts = list(texts)
    used = {t.lower() for t in taken}
    every = [[i for i in _candidates(text) if text[i].lower() not in used] for text in texts]
    options = [[i for i in found if _usable(texts[n][i])] for n, found in enumerate(every)]
    owner: dict[str, int] = {}  # letter -> index of the text holding it
    chosen: dict[int, int] = {}  # text index -> position of its letter

    def place(n: int, seen: set[str], tried: list[int]) -> bool:
        for position in tried:
            letter = texts[n][position].lower()
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen, options[owner[letter]]):
                owner[letter] = n
                chosen[n] = position
                return True
        return False

    for n in range(len(texts)):
        place(n, set(), options[n])
    # Then the letters hard to see or type, to texts still without one; the texts that have
    # a letter may move to another usable one to make room, never to one of these.
    for n in range(len(texts)):
        if n not in chosen:
            place(n, set(), every[n])
    out = []
    for n, text in enumerate(texts):
        parts = []
        for i, char in enumerate(text):
            if i == chosen.get(n):
                parts.append("&")
            parts.append("&&" if char == "&" else char)
        out.append("".join(parts))
    return out
