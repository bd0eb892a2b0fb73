"""The app's reader of the core's vocabulary and field labels (fieldkit.records.vocabulary_labels).

The sources are written once, in the core; here they go through Qt's translators (the core
catalog ``core_<lang>.qm`` the app loads, or the pseudo-locale), so the app names a value
exactly as a printed report does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldkit.records import vocabulary_labels as V


def value_label(value: Any) -> str:
    """The translated label of a vocabulary value (the value itself if unknown)."""
    source = V.source(value)
    return QCoreApplication.translate("vocabulary", source) if source else str(value)


def field_label(kind: str, name: str) -> str:
    return QCoreApplication.translate("fields", V.field_source(kind, name))


def category_label(name: str) -> str:
    """An Object ID completeness category (see :mod:`fieldkit.records.completeness`)."""
    return QCoreApplication.translate("fields", V.category_source(name))
