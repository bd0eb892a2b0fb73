"""A record field's value as people read it in the app: vocabulary labels, the one GUI date
format, measurements with their units. One formatter for the revision history (a value on one
line) and the side-by-side views of conflicts and possible duplicates (one entry a line).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fieldkit.gui import numbers
from fieldkit.gui.dates import format_iso
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.i18n import list_separator
from fieldkit.records import fields as F
from fieldkit.records.dimensions import measurements_text


def _short_number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def field_value_text(kind: str, name: str, value: Any, *, one_line: bool = False) -> str:
    """``value`` of field ``name`` of a ``kind`` record, as text; the caller says what an empty
    value reads as. ``one_line`` (a history row): lists joined with commas, measurements with
    the reader's list separator, coordinates shortened. Otherwise one list entry a line, and
    coordinates exact, so that two values side by side that differ never read the same."""
    field = F.FIELDS.get(kind, {}).get(name)
    field_kind = field.kind if field else ""
    if field_kind in ("date", "datetime") and isinstance(value, str):
        return format_iso(value)
    if field_kind in ("enum", "priority"):
        return value_label(value)
    if field_kind == "measurements" and isinstance(value, list):
        # Values as the UI language writes decimals (« 72,5 cm »), as the editor shows them.
        shown = numbers.measurements(value)
        return measurements_text(shown, list_separator(semicolon=True) if one_line else "\n")
    if field_kind == "coordinates" and isinstance(value, Mapping):
        number = _short_number if one_line else str
        return f"{number(value.get('lat'))}, {number(value.get('lon'))}"
    if isinstance(value, list) and (one_line or field_kind in ("enum_list", "text_list")):
        entries = (value_label(v) if field_kind == "enum_list" else str(v) for v in value)
        return (", " if one_line else "\n").join(entries)
    if isinstance(value, dict | list) and not one_line:
        return json.dumps(value, ensure_ascii=False)
    return str(value)


__all__ = ["field_value_text"]
