"""The one wording of every controlled-vocabulary value, field and Object ID category (no Qt).

The values themselves (:mod:`fieldkit.records.vocabularies`) are a contract and never change;
their labels are English sources marked here, ONCE, in the "vocabulary" context, extracted into
the core catalog (``core_<lang>.ts``) and translated where they are shown: in the report's
language by the PDFs and the command line (:func:`value_label`, :func:`format_value` for a
whole field), through Qt's translators by the desktop app (``fieldkit/gui/vocabulary_labels.py``
reads :func:`source` here). So the app and a printed report name a value the same way; the
translations and their published sources are in docs/glossary.md. Field labels come from
:mod:`fieldkit.records.fields` ("fields").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.i18n import QT_TRANSLATE_NOOP, join_list, list_separator, translate
from fieldkit.records import fields as F
from fieldkit.records.completeness import LABELS as COMPLETENESS_LABELS
from fieldkit.records.dimensions import COMPACT, measurements_text

VOCABULARY: dict[str, str] = {
    # object status
    "in_place": QT_TRANSLATE_NOOP("vocabulary", "In place"),
    "in_storage": QT_TRANSLATE_NOOP("vocabulary", "In storage"),
    "evacuated": QT_TRANSLATE_NOOP("vocabulary", "Evacuated"),
    "on_loan": QT_TRANSLATE_NOOP("vocabulary", "On loan"),
    "missing": QT_TRANSLATE_NOOP("vocabulary", "Missing"),
    "stolen": QT_TRANSLATE_NOOP("vocabulary", "Stolen"),
    "destroyed": QT_TRANSLATE_NOOP("vocabulary", "Destroyed"),
    # event types
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
    # the ten agents of deterioration (CCI)
    "physical_forces": QT_TRANSLATE_NOOP("vocabulary", "Physical forces"),
    "thieves_vandals": QT_TRANSLATE_NOOP("vocabulary", "Thieves and vandals"),
    "water": QT_TRANSLATE_NOOP("vocabulary", "Water"),
    "pests": QT_TRANSLATE_NOOP("vocabulary", "Pests"),
    "pollutants": QT_TRANSLATE_NOOP("vocabulary", "Pollutants"),
    "light_uv": QT_TRANSLATE_NOOP("vocabulary", "Light, UV and IR"),
    "incorrect_temperature": QT_TRANSLATE_NOOP("vocabulary", "Incorrect temperature"),
    "incorrect_humidity": QT_TRANSLATE_NOOP("vocabulary", "Incorrect relative humidity"),
    "dissociation": QT_TRANSLATE_NOOP("vocabulary", "Dissociation"),
    # damage types
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
    # severity, extent, certainty, urgency
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
    # photo roles
    "overall": QT_TRANSLATE_NOOP("vocabulary", "Overall view"),
    "detail": QT_TRANSLATE_NOOP("vocabulary", "Detail"),
    "inscription": QT_TRANSLATE_NOOP("vocabulary", "Inscription"),
    "damage": QT_TRANSLATE_NOOP("vocabulary", "Damage"),
    "scale": QT_TRANSLATE_NOOP("vocabulary", "With scale"),
    # identity roles (fieldkit.vault.vault.ROLES)
    "field": QT_TRANSLATE_NOOP("vocabulary", "Field conservator"),
    "coordinator": QT_TRANSLATE_NOOP("vocabulary", "Coordinator"),
    "auditor": QT_TRANSLATE_NOOP("vocabulary", "Auditor"),
}

# Salvage priorities (ICCROM's First Aid: what to save first).
PRIORITY: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("vocabulary", "1 – save first"),
    2: QT_TRANSLATE_NOOP("vocabulary", "2 – high"),
    3: QT_TRANSLATE_NOOP("vocabulary", "3 – medium"),
    4: QT_TRANSLATE_NOOP("vocabulary", "4 – low"),
}


def source(value: Any) -> str | None:
    """The English label of a vocabulary value (a salvage priority is an int), None if unknown."""
    if isinstance(value, int) and not isinstance(value, bool):
        return PRIORITY.get(value)
    return VOCABULARY.get(str(value))


def value_label(value: Any, lang: str | None = None) -> str:
    """The label of a vocabulary value in the current language (or ``lang``); an unknown value
    is shown as it is stored."""
    english = source(value)
    return translate("vocabulary", english, lang=lang) if english else str(value)


def field_source(kind: str, name: str) -> str:
    """The English label of a record field (or Object ID category), translated in "fields"."""
    field = F.FIELDS[kind].get(name)
    return field.label if field else COMPLETENESS_LABELS.get(name, name)


def category_source(name: str) -> str:
    """The English label of an Object ID completeness category ("fields" context)."""
    return COMPLETENESS_LABELS.get(name, name)


def field_label(kind: str, name: str, lang: str | None = None) -> str:
    return translate("fields", field_source(kind, name), lang=lang)


def category_label(name: str, lang: str | None = None) -> str:
    return translate("fields", category_source(name), lang=lang)


def readable_label(value: Any) -> str:
    """:func:`value_label`, with spaces for the underscores of an unknown value (printed text)."""
    return value_label(value) if source(value) else str(value).replace("_", " ")


def format_value(kind: str, name: str, value: Any) -> str:
    """A stored field value as one line of text in the current language ("" when empty): a
    report's cell, the command line's ``show``. Lists are joined per language."""
    if value is None or value == "" or value == []:
        return ""
    field = F.FIELDS[kind].get(name)
    ftype = field.kind if field else "text"
    if ftype == "measurements" and isinstance(value, list):
        separator = list_separator(semicolon=True)
        return measurements_text(value, separator, isolated=False, form=COMPACT)
    if ftype == "coordinates" and isinstance(value, Mapping):
        return f"{value.get('lat')}, {value.get('lon')}"
    if ftype in ("enum", "priority"):
        return readable_label(value)
    if ftype == "enum_list" and isinstance(value, list):
        return join_list(readable_label(v) for v in value)
    if ftype == "datetime" and isinstance(value, str):
        return value.replace("T", " ")
    if isinstance(value, list):
        return join_list((str(v) for v in value), semicolon=True)
    return str(value)
