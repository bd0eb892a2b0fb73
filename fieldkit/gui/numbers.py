"""Numbers in the GUI's text written as the core writes them (:func:`fieldkit.i18n.number`).

i18n.py's rule is "Digits stay Western in every language": Qt's Arabic locale writes «٢٠٠»
(``QLocale().toString``, ``%Ln``) where the core's sentences write "200", and one Arabic sentence
showed both kinds. These helpers keep the GUI's counts and dates on the core's side.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale

from fieldkit import i18n
from fieldkit.records import dimensions

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
    """A ``%Ln`` or ``%n`` translation (Qt wrote ``n`` with the locale's digits, or plain
    "80000") with ``n`` written as the core writes it, so the count agrees with the numbers
    around it: « Importer 80 000 objets » under « 80 000 nouveaux »."""
    localised = QLocale().toString(n)
    if localised in text:
        return text.replace(localised, i18n.number(n))
    return text.replace(str(n), i18n.number(n))


def _separator() -> str:
    return i18n.DECIMAL_SEPARATORS.get(i18n.language(), ".")


def decimal(value: Any) -> str:
    """A stored number as typed, with the language's decimal separator: 72.5 → « 72,5 » in
    French and Ukrainian, 12.0 → "12" (the reports' rule); anything not a number as it is.
    Only what is shown changes: the record keeps 72.5."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return dimensions.number(value).replace(".", _separator())


def measurements(value: Any) -> Any:
    """A measurements field's entries with their values written as :func:`decimal` does, for
    :func:`fieldkit.records.dimensions.measurements_text` to print as they are."""
    if not isinstance(value, list):
        return value
    return [{**m, "value": decimal(m.get("value"))} if isinstance(m, Mapping) else m for m in value]


def coordinates(lat: Any, lon: Any) -> str:
    """« 48,8566 ; 2,3522 » where the decimal separator is a comma (a comma between them would
    read as four numbers), "48.8566, 2.3522" elsewhere: as the reports write them."""
    between = i18n.list_separator(semicolon=True) if _separator() == "," else ", "
    return f"{decimal(lat)}{between}{decimal(lon)}"


def percent_format() -> str:
    """A QProgressBar's format: "17%", French « 17 % » (a narrow no-break space, so the sign
    never wraps alone)."""
    return "%p\u202f%" if i18n.language() == "fr" else "%p%"
