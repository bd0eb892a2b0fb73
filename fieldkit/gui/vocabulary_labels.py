"""Translatable labels for field names and vocabulary values (the values themselves never change).

Field labels come from :mod:`fieldkit.records.fields` (English) and are translated in the
"fields" context; vocabulary values get their label here, in the "vocabulary" context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import fields as F
from fieldkit.records.completeness import LABELS as COMPLETENESS_LABELS

_VOCABULARY: dict[str, str] = {
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
    "field": QT_TRANSLATE_NOOP("vocabulary", "Field conservator"),
    "coordinator": QT_TRANSLATE_NOOP("vocabulary", "Coordinator"),
    "auditor": QT_TRANSLATE_NOOP("vocabulary", "Auditor"),
}

_PRIORITY: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("vocabulary", "1 – save first"),
    2: QT_TRANSLATE_NOOP("vocabulary", "2 – high"),
    3: QT_TRANSLATE_NOOP("vocabulary", "3 – medium"),
    4: QT_TRANSLATE_NOOP("vocabulary", "4 – low"),
}


def value_label(value: Any) -> str:
    """The translated label of a vocabulary value (the value itself if unknown)."""
    if isinstance(value, int) and not isinstance(value, bool) and value in _PRIORITY:
        return QCoreApplication.translate("vocabulary", _PRIORITY[value])
    text = str(value)
    source = _VOCABULARY.get(text)
    return QCoreApplication.translate("vocabulary", source) if source else text


def field_label(kind: str, name: str) -> str:
    field = F.FIELDS[kind].get(name)
    return QCoreApplication.translate("fields", field.label if field else name)


def category_label(name: str) -> str:
    """An Object ID completeness category (see :mod:`fieldkit.records.completeness`)."""
    return QCoreApplication.translate("fields", COMPLETENESS_LABELS.get(name, name))
