"""Labels and value formats shared by the reports (English; the values themselves are a contract).

The desktop app translates the same labels (fieldkit/gui/vocabulary_labels.py); reports are
English for now, like the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.records import fields as F
from fieldkit.records.completeness import LABELS as COMPLETENESS_LABELS

VOCABULARY: dict[str, str] = {
    "in_place": "In place",
    "in_storage": "In storage",
    "evacuated": "Evacuated",
    "on_loan": "On loan",
    "missing": "Missing",
    "stolen": "Stolen",
    "destroyed": "Destroyed",
    "armed_conflict": "Armed conflict",
    "looting": "Looting",
    "vandalism": "Vandalism",
    "fire": "Fire",
    "flood": "Flood",
    "earthquake": "Earthquake",
    "storm": "Storm",
    "structural_failure": "Structural failure",
    "neglect": "Neglect",
    "other": "Other",
    "physical_forces": "Physical forces",
    "thieves_vandals": "Thieves and vandals",
    "water": "Water",
    "pests": "Pests",
    "pollutants": "Pollutants",
    "light_uv": "Light, UV and IR",
    "incorrect_temperature": "Incorrect temperature",
    "incorrect_humidity": "Incorrect relative humidity",
    "dissociation": "Dissociation",
    "breakage": "Breakage",
    "loss_of_parts": "Loss of parts",
    "deformation": "Deformation",
    "cracking": "Cracking",
    "burn": "Burn",
    "soot": "Soot",
    "water_stain": "Water stain",
    "mould": "Mould",
    "corrosion": "Corrosion",
    "abrasion": "Abrasion",
    "bullet_or_shrapnel_impact": "Bullet or shrapnel impact",
    "none": "None",
    "minor": "Minor",
    "moderate": "Moderate",
    "severe": "Severe",
    "localized": "Localized",
    "partial": "Partial",
    "extensive": "Extensive",
    "total": "Total",
    "confirmed": "Confirmed",
    "probable": "Probable",
    "possible": "Possible",
    "immediate": "Immediate",
    "high": "High",
    "medium": "Medium",
    "low": "Low",
    "overall": "Overall view",
    "detail": "Detail",
    "inscription": "Inscription",
    "damage": "Damage",
    "scale": "With scale",
}
PRIORITY: dict[int, str] = {1: "1 – save first", 2: "2 – high", 3: "3 – medium", 4: "4 – low"}


def value_label(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value in PRIORITY:
        return PRIORITY[value]
    return VOCABULARY.get(str(value), str(value).replace("_", " "))


def field_label(kind: str, name: str) -> str:
    field = F.FIELDS[kind].get(name)
    return field.label if field else COMPLETENESS_LABELS.get(name, name)


def category_label(name: str) -> str:
    return COMPLETENESS_LABELS.get(name, name)


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
        return "; ".join(
            f"{m.get('dimension', '')} {number(m.get('value', ''))} {m.get('unit', '')}".strip()
            for m in value
            if isinstance(m, Mapping)
        )
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
