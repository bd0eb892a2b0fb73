"""Labels and value formats shared by the reports; the values themselves are a contract.

Labels are English sources translated in the report's language (``fieldkit.i18n.using``): the
vocabulary terms in the "vocabulary" context (the same sources as the app's
fieldkit/gui/vocabulary_labels.py; the reference translations, with their published sources,
are in docs/glossary.md), field labels in the "fields" context.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP, translate
from fieldkit.records import fields as F
from fieldkit.records.completeness import LABELS as COMPLETENESS_LABELS
from fieldkit.records.dimensions import COMPACT, measurements_text

VOCABULARY: dict[str, str] = {
    "in_place": QT_TRANSLATE_NOOP("vocabulary", "In place"),
    "in_storage": QT_TRANSLATE_NOOP("vocabulary", "In storage"),
    "evacuated": QT_TRANSLATE_NOOP("vocabulary", "Evacuated"),
    "on_loan": QT_TRANSLATE_NOOP("vocabulary", "On loan"),
    "missing": QT_TRANSLATE_NOOP("vocabulary", "Missing"),
    "stolen": QT_TRANSLATE_NOOP("vocabulary", "Stolen"),
    "destroyed": QT_TRANSLATE_NOOP("vocabulary", "Destroyed"),
    "armed_conflict": QT_TRANSLATE_NOOP("vocabulary", "Armed conflict"),
    "looting": QT_TRANSLATE_NOOP("vocabulary", "Looting"),
    "vandalism": QT_TRANSLATE_NOOP("vocabulary", "Vandalism"),
    "fire": QT_TRANSLATE_NOOP("vocabulary", "Fire"),
    "flood": QT_TRANSLATE_NOOP("vocabulary", "Flood"),
    "earthquake": QT_TRANSLATE_NOOP("vocabulary", "Earthquake"),
    "storm": QT_TRANSLATE_NOOP("vocabulary", "Storm"),
    "structural_failure": QT_TRANSLATE_NOOP("vocabulary", "Structural failure"),
    "neglect": QT_TRANSLATE_NOOP("vocabulary", "Neglect"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "Other"),
    "physical_forces": QT_TRANSLATE_NOOP("vocabulary", "Physical forces"),
    "thieves_vandals": QT_TRANSLATE_NOOP("vocabulary", "Thieves and vandals"),
    "water": QT_TRANSLATE_NOOP("vocabulary", "Water"),
    "pests": QT_TRANSLATE_NOOP("vocabulary", "Pests"),
    "pollutants": QT_TRANSLATE_NOOP("vocabulary", "Pollutants"),
    "light_uv": QT_TRANSLATE_NOOP("vocabulary", "Light, UV and IR"),
    "incorrect_temperature": QT_TRANSLATE_NOOP("vocabulary", "Incorrect temperature"),
    "incorrect_humidity": QT_TRANSLATE_NOOP("vocabulary", "Incorrect relative humidity"),
    "dissociation": QT_TRANSLATE_NOOP("vocabulary", "Dissociation"),
    "breakage": QT_TRANSLATE_NOOP("vocabulary", "Breakage"),
    "loss_of_parts": QT_TRANSLATE_NOOP("vocabulary", "Loss of parts"),
    "deformation": QT_TRANSLATE_NOOP("vocabulary", "Deformation"),
    "cracking": QT_TRANSLATE_NOOP("vocabulary", "Cracking"),
    "burn": QT_TRANSLATE_NOOP("vocabulary", "Burn"),
    "soot": QT_TRANSLATE_NOOP("vocabulary", "Soot"),
    "water_stain": QT_TRANSLATE_NOOP("vocabulary", "Water stain"),
    "mould": QT_TRANSLATE_NOOP("vocabulary", "Mould"),
    "corrosion": QT_TRANSLATE_NOOP("vocabulary", "Corrosion"),
    "abrasion": QT_TRANSLATE_NOOP("vocabulary", "Abrasion"),
    "bullet_or_shrapnel_impact": QT_TRANSLATE_NOOP("vocabulary", "Bullet or shrapnel impact"),
    "none": QT_TRANSLATE_NOOP("vocabulary", "None"),
    "minor": QT_TRANSLATE_NOOP("vocabulary", "Minor"),
    "moderate": QT_TRANSLATE_NOOP("vocabulary", "Moderate"),
    "severe": QT_TRANSLATE_NOOP("vocabulary", "Severe"),
    "localized": QT_TRANSLATE_NOOP("vocabulary", "Localized"),
    "partial": QT_TRANSLATE_NOOP("vocabulary", "Partial"),
    "extensive": QT_TRANSLATE_NOOP("vocabulary", "Extensive"),
    "total": QT_TRANSLATE_NOOP("vocabulary", "Total"),
    "confirmed": QT_TRANSLATE_NOOP("vocabulary", "Confirmed"),
    "probable": QT_TRANSLATE_NOOP("vocabulary", "Probable"),
    "possible": QT_TRANSLATE_NOOP("vocabulary", "Possible"),
    "immediate": QT_TRANSLATE_NOOP("vocabulary", "Immediate"),
    "high": QT_TRANSLATE_NOOP("vocabulary", "High"),
    "medium": QT_TRANSLATE_NOOP("vocabulary", "Medium"),
    "low": QT_TRANSLATE_NOOP("vocabulary", "Low"),
    "overall": QT_TRANSLATE_NOOP("vocabulary", "Overall view"),
    "detail": QT_TRANSLATE_NOOP("vocabulary", "Detail"),
    "inscription": QT_TRANSLATE_NOOP("vocabulary", "Inscription"),
    "damage": QT_TRANSLATE_NOOP("vocabulary", "Damage"),
    "scale": QT_TRANSLATE_NOOP("vocabulary", "With scale"),
}
PRIORITY: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("vocabulary", "1 – save first"),
    2: QT_TRANSLATE_NOOP("vocabulary", "2 – high"),
    3: QT_TRANSLATE_NOOP("vocabulary", "3 – medium"),
    4: QT_TRANSLATE_NOOP("vocabulary", "4 – low"),
}


def value_label(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value in PRIORITY:
        return translate("vocabulary", PRIORITY[value])
    source = VOCABULARY.get(str(value))
    return translate("vocabulary", source) if source else str(value).replace("_", " ")


def field_label(kind: str, name: str) -> str:
    field = F.FIELDS[kind].get(name)
    return translate("fields", field.label if field else COMPLETENESS_LABELS.get(name, name))


def category_label(name: str) -> str:
    return translate("fields", COMPLETENESS_LABELS.get(name, name))


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
        return measurements_text(value, "; ", isolated=False, form=COMPACT)
    if ftype == "coordinates" and isinstance(value, Mapping):
        return f"{value.get('lat')}, {value.get('lon')}"
    if ftype in ("enum", "priority"):
        return value_label(value)
    if ftype == "enum_list" and isinstance(value, list):
        return ", ".join(value_label(v) for v in value)
    if ftype == "datetime" and isinstance(value, str):
        return value.replace("T", " ")
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
