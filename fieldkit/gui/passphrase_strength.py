"""How strong a new passphrase is, judged on length and variety and explained in words.

No dictionary: the advice that helps tired people most is "longer", and four or more unrelated
words beat clever symbols. Thresholds are deliberately simple so the words can say why.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

MIN_LENGTH = 10
WEAK, FAIR, GOOD, STRONG = 1, 2, 3, 4


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) … 4 (strong)
    explanation: str

    @property
    def acceptable(self) -> bool:
        return self.score >= FAIR


def _tr(text: str) -> str:
    return QCoreApplication.translate("passphrase", text)


def assess(passphrase: str) -> Strength:
    length = len(passphrase)
    if length == 0:
        return Strength(0, _tr("Type a passphrase: several words you can remember."))
    if length < MIN_LENGTH:
        return Strength(
            0,
            _tr("Too short: use at least {n} characters, for example four unrelated words.").format(
                n=MIN_LENGTH
            ),
        )
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len([w for w in passphrase.split() if w])
    distinct = len(set(passphrase))
    if distinct < 5:
        return Strength(WEAK, _tr("Weak: too many repeated characters."))
    points = 0
    points += 1 if length >= 12 else 0
    points += 1 if length >= 16 else 0
    points += 1 if length >= 24 else 0
    points += 1 if classes >= 3 else 0
    points += 1 if words >= 4 else 0
    if points >= 3:
        return Strength(STRONG, _tr("Strong: long and varied. Write it down somewhere safe."))
    if points == 2:
        return Strength(GOOD, _tr("Good. A few more words would make it stronger."))
    if points == 1:
        return Strength(FAIR, _tr("Fair: acceptable, but longer is better (add a word or two)."))
    return Strength(WEAK, _tr("Weak: make it longer, or mix words, digits and symbols."))
