"""Labels and value formats shared by the reports; the values themselves are a contract.

Labels are translated in the report's language (``fieldkit.i18n.using``): the vocabulary terms,
field labels and value texts come from :mod:`fieldkit.records.vocabulary_labels`, the one place
the app and the command line read them too (the reference translations, with their published
sources, are in docs/glossary.md). An unknown value is printed with spaces for its underscores.

A decimal number is printed with the report language's decimal separator (« 55,5 cm » in
French and Ukrainian, as :func:`fieldkit.i18n.decimal` writes the app's own numbers): a French
sheet printed « hauteur 55.5 cm » for the « 55,5 » the conservator typed (r12 UI trial #9).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.i18n import DECIMAL_SEPARATORS, language, list_separator, normalise
from fieldkit.records import dimensions
from fieldkit.records import fields as F
from fieldkit.records.vocabulary_labels import category_label, field_label
from fieldkit.records.vocabulary_labels import format_value as _stored_format
from fieldkit.records.vocabulary_labels import readable_label as value_label
from fieldkit.reports.layout import format_iso

__all__ = [
    "category_label",
    "coordinates_text",
    "decimal_text",
    "field_label",
    "format_value",
    "value_label",
]


def decimal_text(value: Any, lang: str | None = None) -> str:
    """A stored number as typed, with the decimal separator of ``lang`` (default: the current
    language): 55.5 → « 55,5 » in French, 12.0 → "12"; anything not a number as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    separator = DECIMAL_SEPARATORS.get(normalise(lang) or language(), ".")
    return dimensions.number(value).replace(".", separator)


def coordinates_text(lat: Any, lon: Any, lang: str | None = None) -> str:
    """Latitude and longitude, « 48,8566 ; 2,3522 » where the decimal separator is a comma (a
    comma between them would then read as four numbers), "48.8566, 2.3522" elsewhere."""
    separator = DECIMAL_SEPARATORS.get(normalise(lang) or language(), ".")
    between = list_separator(lang, semicolon=True) if separator == "," else ", "
    return f"{decimal_text(lat, lang)}{between}{decimal_text(lon, lang)}"


def format_value(kind: str, name: str, value: Any) -> str:
    """A stored field value as one line of a report, in the current language ("" when empty);
    :func:`fieldkit.records.vocabulary_labels.format_value` with the language's decimals and
    dates (:func:`fieldkit.reports.layout.format_iso`)."""
    field = F.FIELDS[kind].get(name)
    ftype = field.kind if field else "text"
    if ftype == "measurements" and isinstance(value, list):
        # The value written as text first: the measurement line prints it as it is.
        value = [
            {**m, "value": decimal_text(m.get("value"))} if isinstance(m, Mapping) else m
            for m in value
        ]
    elif ftype == "coordinates" and isinstance(value, Mapping):
        return coordinates_text(value.get("lat"), value.get("lon"))
    elif ftype in ("date", "datetime") and isinstance(value, str) and value.strip():
        # As the app shows it, in the report's language (r14 UI trial #6).
        return format_iso(value)
    return _stored_format(kind, name, value)
