"""Measurements as people read them: "height: 72.5 cm" in English, « hauteur : 72.5 cm » in
French, «الارتفاع: 72.5 سم» in Arabic, "висота: 72.5 см" in Ukrainian.

A measurement's dimension and unit are free text that the record keeps as typed (the CSV form
is "height 32 cm; width 20 cm"). The usual English words are shown in the reader's language;
any other word (one typed in another language, a custom dimension) is shown as typed, kept whole
in a right-to-left line. The stored value never changes: only its display does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP, is_right_to_left, isolate, language, translate

CONTEXT = "measurements"

#: The dimension words FieldKit's own records and the CSV example write, lower case.
DIMENSIONS: dict[str, str] = {
    "height": QT_TRANSLATE_NOOP("measurements", "height"),
    "width": QT_TRANSLATE_NOOP("measurements", "width"),
    "depth": QT_TRANSLATE_NOOP("measurements", "depth"),
    "length": QT_TRANSLATE_NOOP("measurements", "length"),
    "diameter": QT_TRANSLATE_NOOP("measurements", "diameter"),
    "thickness": QT_TRANSLATE_NOOP("measurements", "thickness"),
    "circumference": QT_TRANSLATE_NOOP("measurements", "circumference"),
    "weight": QT_TRANSLATE_NOOP("measurements", "weight"),
}

#: Unit symbols whose written form differs by script (Arabic and Cyrillic write their own).
UNITS: dict[str, str] = {
    "mm": QT_TRANSLATE_NOOP("measurements", "mm"),
    "cm": QT_TRANSLATE_NOOP("measurements", "cm"),
    "m": QT_TRANSLATE_NOOP("measurements", "m"),
    "g": QT_TRANSLATE_NOOP("measurements", "g"),
    "kg": QT_TRANSLATE_NOOP("measurements", "kg"),
}

RLM = "\u200f"  # right-to-left mark
LINE = QT_TRANSLATE_NOOP("measurements", "{dimension}: {value} {unit}")
#: The PDFs' shorter form, "height 72.5 cm; width 40 cm".
COMPACT = QT_TRANSLATE_NOOP("measurements", "{dimension} {value} {unit}")


def number(value: Any) -> str:
    """12.0 → "12", 12.5 → "12.5" (measurements are stored as floats); None → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _word(table: Mapping[str, str], typed: Any, lang: str, isolated: bool) -> str:
    text = str(typed or "").strip()
    if lang == "en":
        return text  # as typed: "Height" stays "Height"
    known = table.get(text.lower())
    if known:
        return translate(CONTEXT, known, lang=lang)
    return isolate(text, lang) if isolated else text


def dimension_label(typed: Any, lang: str | None = None, *, isolated: bool = True) -> str:
    """A dimension word in ``lang`` (default: the current language) if it is a known one, else
    as typed (``isolated``: kept whole in a right-to-left line with Unicode isolates)."""
    return _word(DIMENSIONS, typed, lang or language(), isolated)


def unit_label(typed: Any, lang: str | None = None, *, isolated: bool = True) -> str:
    """A unit symbol in ``lang``'s script if it is a known one, else as typed."""
    return _word(UNITS, typed, lang or language(), isolated)


def measurement_text(
    item: Mapping[str, Any],
    lang: str | None = None,
    *,
    isolated: bool = True,
    form: str = LINE,
) -> str:
    """One measurement, "height: 72.5 cm", in ``lang`` (default: the current language).

    ``isolated=False`` for PDFs, whose own bidi layout places each run (no isolate marks);
    ``form`` is :data:`LINE` or :data:`COMPACT`."""
    lang = lang or language()
    template = translate(CONTEXT, form, lang=lang)
    params = {
        "dimension": dimension_label(item.get("dimension", ""), lang, isolated=isolated),
        "value": number(item.get("value", "")),
        "unit": unit_label(item.get("unit", ""), lang, isolated=isolated),
    }
    try:
        text = template.format(**params).strip()
    except (KeyError, IndexError, ValueError):
        text = form.format(**params).strip()
    if isolated and is_right_to_left(lang):
        # A line that starts with a Latin word typed as is would otherwise be laid out left to
        # right (its first strong letter decides) in a right-to-left view.
        text = RLM + text
    return text


def measurements_text(
    value: Any,
    separator: str = "\n",
    lang: str | None = None,
    *,
    isolated: bool = True,
    form: str = LINE,
) -> str:
    """A measurements field's entries, one per line (or joined with ``separator``)."""
    if not isinstance(value, list):
        return ""
    return separator.join(
        measurement_text(m, lang, isolated=isolated, form=form)
        for m in value
        if isinstance(m, Mapping)
    )
