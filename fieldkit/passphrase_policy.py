"""One passphrase policy for the CLI and the desktop app: how strong a new passphrase is, and why.

The estimate comes from zxcvbn (the Dropbox estimator, pure Python, MIT): it finds the cheapest
way an attacker would build the passphrase from 30 000 common passwords, English words and
names, keyboard walks, repeats, sequences and dates, and counts the guesses that takes. Text it
cannot explain counts as random characters of any script, so French, Arabic or Ukrainian words
are never penalised as an "unknown charset". zxcvbn knows only Latin keyboards: a walk typed on
a Ukrainian, Russian, Arabic or French (AZERTY) layout is also estimated as the QWERTY keys
under the same fingers, and the cheaper estimate wins.

A vault's passphrase guards data against offline guessing for years, so the bar is high:
at least :data:`MIN_LENGTH` characters and at least 10^10 guesses (zxcvbn's top score). Four or
five unrelated words pass easily. The reason and the suggestion are plain English here (the
CLI prints them); the desktop app translates them in the "passphrase_policy" context.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
ACCEPT_GUESSES_LOG10 = 10.0  # zxcvbn's score 4: "very unguessable"
STRONG = 4  # the highest score
_ESTIMATE_LENGTH = 72  # zxcvbn refuses longer text; the first 72 characters decide


class Reason(Enum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    COMMON = "common"
    COMMON_VARIANT = "common_variant"
    KEYBOARD = "keyboard"
    REPEAT = "repeat"
    SEQUENCE = "sequence"
    DATE = "date"
    NAME = "name"
    PERSONAL = "personal"
    WORDS = "words"
    GUESSABLE = "guessable"
    STRONG = "strong"


# Templates in the "errors" context: the command line raises them (UsageError) and the app
# shows them as the passphrase is typed, each in the reader's language.
REASONS: dict[Reason, str] = {
    Reason.EMPTY: QT_TRANSLATE_NOOP("errors", "Type a passphrase: several words you can remember."),
    Reason.TOO_SHORT: QT_TRANSLATE_NOOP(
        "errors", "The passphrase is too short: use at least {min_length} characters."
    ),
    Reason.COMMON: QT_TRANSLATE_NOOP(
        "errors", "This is one of the most common passwords: it is among the first tried."
    ),
    Reason.COMMON_VARIANT: QT_TRANSLATE_NOOP(
        "errors",
        "This is a common password with a few letters or digits changed or added: "
        "such variants are tried early.",
    ),
    Reason.KEYBOARD: QT_TRANSLATE_NOOP(
        "errors", "Keys next to each other on the keyboard (like qwerty) are tried early."
    ),
    Reason.REPEAT: QT_TRANSLATE_NOOP(
        "errors", "Repeated characters or words (like aaaa or abcabc) are easy to guess."
    ),
    Reason.SEQUENCE: QT_TRANSLATE_NOOP("errors", "Sequences like abcd or 1234 are easy to guess."),
    Reason.DATE: QT_TRANSLATE_NOOP("errors", "Dates and years are easy to guess."),
    Reason.NAME: QT_TRANSLATE_NOOP("errors", "Names of people are easy to guess."),
    Reason.PERSONAL: QT_TRANSLATE_NOOP(
        "errors", "It contains your name or your organisation's: those are tried first."
    ),
    Reason.WORDS: QT_TRANSLATE_NOOP("errors", "One or two common words are easy to guess."),
    Reason.GUESSABLE: QT_TRANSLATE_NOOP("errors", "Not strong enough yet: it could be guessed."),
    Reason.STRONG: QT_TRANSLATE_NOOP(
        "errors", "Strong: long and hard to guess. Keep it somewhere safe until you know it."
    ),
}
SUGGESTION_SHORT = QT_TRANSLATE_NOOP(
    "errors", "Use four or five unrelated words: long is stronger than complicated."
)
SUGGESTION_MORE = QT_TRANSLATE_NOOP(
    "errors", "Add two or three unrelated words: long is stronger than complicated."
)


@dataclass(frozen=True)
class Verdict:
    """The policy's answer for one passphrase."""

    score: int  # 0 (unusable) … 4 (strong); only 4 is accepted
    reason: Reason
    suggestion: str = ""  # English; empty when accepted
    guesses_log10: float = 0.0
    params: dict[str, int] = field(default_factory=dict)  # placeholders of the reason's text

    @property
    def acceptable(self) -> bool:
        return self.reason is Reason.STRONG

    @property
    def text(self) -> str:
        """The reason in English, placeholders filled in."""
        return REASONS[self.reason].format(**self.params)

    @property
    def message(self) -> str:
        return f"{self.text} {self.suggestion}".strip()


# --- keyboards zxcvbn does not know: the QWERTY key under the same finger ----------------------

_QWERTY_ROWS = ("qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./")
_LAYOUTS = {
    "cyrillic": ("йцукенгшщзхї", "фівапролджє", "ячсмитьбю."),
    "russian": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю."),
    "arabic": ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظ"),
    "azerty": ("azertyuiop", "qsdfghjklm", "wxcvbn"),
}


def _table(rows: Sequence[str]) -> dict[int, str]:
    table: dict[int, str] = {}
    for row, qwerty in zip(rows, _QWERTY_ROWS, strict=True):
        for char, key in zip(row, qwerty, strict=False):
            table.setdefault(ord(char), key)
    return table


_TABLES = {name: _table(rows) for name, rows in _LAYOUTS.items()}


def _variants(passphrase: str) -> list[str]:
    """The passphrase, and the same keystrokes read on a QWERTY keyboard where that differs."""
    variants = [passphrase]
    lower = passphrase.lower()
    for table in _TABLES.values():
        as_qwerty = lower.translate(table)
        if as_qwerty != lower and as_qwerty not in variants:
            variants.append(as_qwerty)
    return variants


_SEPARATORS = re.compile(r"[\W_]+")


def _folded(text: str) -> str:
    """``text`` without its accents and other combining marks."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


# --- the estimate ------------------------------------------------------------------------------

_lock = threading.Lock()  # zxcvbn keeps the user's own words in a module-level dictionary


def _estimate(text: str, user_inputs: list[str]) -> dict[str, Any]:
    from zxcvbn import zxcvbn

    with _lock:
        result = zxcvbn(text[:_ESTIMATE_LENGTH], user_inputs=user_inputs)
    return dict(result)


def _is_keyboard_walk(token: str) -> bool:
    from zxcvbn import matching

    return any(
        m["i"] == 0 and m["j"] == len(token) - 1 for m in matching.spatial_match(token.lower())
    )


def _reason(sequence: list[dict[str, Any]], passphrase: str) -> Reason:
    """The pattern that makes it guessable: the longest part an attacker would try early."""
    patterns = [m for m in sequence if m["pattern"] != "bruteforce"]
    if not patterns:
        return Reason.GUESSABLE
    worst = max(patterns, key=lambda m: len(m["token"]))
    kind = worst["pattern"]
    if kind == "dictionary":
        name = worst.get("dictionary_name")
        if name == "user_inputs":
            return Reason.PERSONAL
        if name == "passwords":
            if _is_keyboard_walk(worst["token"]):
                return Reason.KEYBOARD
            plain = not worst.get("l33t") and not worst.get("reversed")
            whole = len(patterns) == len(sequence) == 1 and worst["token"] == passphrase
            return Reason.COMMON if plain and whole else Reason.COMMON_VARIANT
        if name in ("surnames", "male_names", "female_names"):
            return Reason.NAME
        return Reason.WORDS
    return {
        "spatial": Reason.KEYBOARD,
        "repeat": Reason.REPEAT,
        "sequence": Reason.SEQUENCE,
        "date": Reason.DATE,
        "regex": Reason.DATE,  # zxcvbn's only regex is "recent year"
    }.get(kind, Reason.GUESSABLE)


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Verdict:
    """How strong ``passphrase`` is; ``user_inputs`` (the owner's name, organisation…) count
    as words an attacker knows."""
    passphrase = unicodedata.normalize("NFC", passphrase)
    if not passphrase:
        return Verdict(0, Reason.EMPTY)
    length = len(passphrase)
    if length < MIN_LENGTH:
        return Verdict(0, Reason.TOO_SHORT, SUGGESTION_SHORT, params={"min_length": MIN_LENGTH})
    names = list(user_inputs)
    # A name is typed in either order (« коваль оксана » for « Оксана Коваль »).
    names += [" ".join(reversed(n.split())) for n in names if len(n.split()) > 1]
    words = [w for text in names for w in [text, *text.split()] if len(w.strip()) >= 3]
    words.append("fieldkit")
    # An attacker tries names with and without their accents (« Amelie » for « Amélie »,
    # new-user trial r14 #11): the folded spellings are variants, the cheaper estimate wins.
    words += [f for f in map(_folded, words) if f not in words]
    variants = _variants(passphrase)
    if _folded(passphrase) != passphrase:
        variants += [v for v in _variants(_folded(passphrase)) if v not in variants]
    # The owner's words joined by dots, underscores or dashes are the same words to an
    # attacker: « amelie.durand.2026 » was rated strong where « Amelie Durand 2026 » was
    # refused (r15 tester). Read with spaces too when that shows one of them.
    spaced = " ".join(_SEPARATORS.split(_folded(passphrase))).strip()
    if spaced != passphrase and any(_folded(w).lower() in spaced.lower() for w in words):
        variants += [v for v in _variants(spaced) if v not in variants]
    results = [(_estimate(v, words), v) for v in variants]
    result, variant = min(results, key=lambda r: float(r[0]["guesses_log10"]))
    guesses = float(result["guesses_log10"])
    if guesses >= ACCEPT_GUESSES_LOG10:
        return Verdict(STRONG, Reason.STRONG, guesses_log10=guesses)
    score = min(int(result["score"]), STRONG - 1)
    return Verdict(score, _reason(result["sequence"], variant), SUGGESTION_MORE, guesses)
