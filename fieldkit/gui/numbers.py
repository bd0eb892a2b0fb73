"""Numbers in the GUI's text written as the core writes them (:func:`fieldkit.i18n.number`).

i18n.py's rule is "Digits stay Western in every language": Qt's Arabic locale writes «٢٠٠»
(``QLocale().toString``, ``%Ln``) where the core's sentences write "200", and one Arabic sentence
showed both kinds. These helpers keep the GUI's counts and dates on the core's side.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from fieldkit import i18n

# Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits, and Arabic's own
# separators, as the core writes them.
_WESTERN = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "\u066c": ",",  # Arabic thousands separator
        "\u066b": ".",  # Arabic decimal separator
    }
)


def western_digits(text: str) -> str:
    """``text`` (a date or time Qt formatted for the locale) with Western digits."""
    return text.translate(_WESTERN)


def number(n: int) -> str:
    """A count as the core writes it in the current language: "5,001", « 5 001 »."""
    return i18n.number(n)


def counted(text: str, n: int) -> str:
    """A ``%Ln`` translation (Qt wrote ``n`` with the locale's digits) with ``n`` written as the
    core writes it, so the count agrees with the numbers around it."""
    return text.replace(QLocale().toString(n), i18n.number(n))
