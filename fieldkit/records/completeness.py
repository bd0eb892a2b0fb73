"""Object ID completeness: the nine Object ID categories plus at least one overall photograph.

Object ID (Getty, 1997; now ICOM) asks for: type of object, materials & techniques,
measurements, inscriptions & markings, distinguishing features, title, subject, date or period,
maker — and photographs. A record missing any of them is harder to identify once stolen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

OBJECT_ID_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("object_type", "Type of object"),
    ("materials_techniques", "Materials & techniques"),
    ("measurements", "Measurements"),
    ("inscriptions_markings", "Inscriptions & markings"),
    ("distinguishing_features", "Distinguishing features"),
    ("title", "Title"),
    ("subject", "Subject"),
    ("date_period", "Date or period"),
    ("maker", "Maker"),
)
PHOTO_CATEGORY = ("photo_overall", "Overall photograph")
LABELS = dict((*OBJECT_ID_CATEGORIES, PHOTO_CATEGORY))


def missing_categories(fields: Mapping[str, Any], media: Sequence[Mapping[str, Any]]) -> list[str]:
    """Names of the Object ID categories this object lacks (empty: complete)."""
    missing = [name for name, _ in OBJECT_ID_CATEGORIES if not fields.get(name)]
    if not any(m.get("role") == "overall" for m in media):
        missing.append(PHOTO_CATEGORY[0])
    return missing


def completeness_ratio(missing: Sequence[str]) -> float:
    total = len(OBJECT_ID_CATEGORIES) + 1
    return (total - len(missing)) / total
