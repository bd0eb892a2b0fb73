"""Labels and value formats shared by the reports; the values themselves are a contract.

Labels are translated in the report's language (``fieldkit.i18n.using``): the vocabulary terms
and field labels come from :mod:`fieldkit.records.vocabulary_labels`, the one place the app reads
them too (the reference translations, with their published sources, are in docs/glossary.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.i18n import join_list, list_separator
from fieldkit.records import fields as F
from fieldkit.records import vocabulary_labels as V
from fieldkit.records.dimensions import COMPACT, measurements_text
from fieldkit.records.vocabulary_labels import category_label, field_label

__all__ = ["category_label", "field_label", "format_value", "number", "value_label"]


def value_label(value: Any) -> str:
    """A vocabulary value's label (:mod:`fieldkit.records.vocabulary_labels`, the same wording
    as the app's); an unknown value is printed with spaces for its underscores."""
    if V.source(value):
        return V.value_label(value)
    return str(value).replace("_", " ")


def number(value: Any) -> str:
    """12.0 → "12", 12.5 → "12.5" (measurements are stored as floats)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_value(kind: str, name: str, value: Any) -> str:
    """A stored field value as text for a report ("" when empty)."""
    if value is None or value == "" or value == []:
        return ""
    field = F.FIELDS[kind].get(name)
    ftype = field.kind if field else "text"
    if ftype == "measurements" and isinstance(value, list):
        return measurements_text(
            value, list_separator(semicolon=True), isolated=False, form=COMPACT
        )
    if ftype == "coordinates" and isinstance(value, Mapping):
        return f"{value.get('lat')}, {value.get('lon')}"
    if ftype in ("enum", "priority"):
        return value_label(value)
    if ftype == "enum_list" and isinstance(value, list):
        return join_list(value_label(v) for v in value)
    if ftype == "datetime" and isinstance(value, str):
        return value.replace("T", " ")
    if isinstance(value, list):
        return join_list((str(v) for v in value), semicolon=True)
    return str(value)
