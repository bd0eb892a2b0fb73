"""Column definitions of the record tables: one table of constants, translatable headers.

``key`` says what a cell shows (a field, or one of the computed keys the model knows);
``order_by`` is the server-side sort key (None: not sortable, and ``unsorted`` says why in the
header's tooltip: a click on such a header did nothing and said nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics, QGuiApplication

from fieldkit.gui.dates import format_moment
from fieldkit.i18n import QT_TRANSLATE_NOOP

PHOTO = "photo"
COMPLETENESS = "completeness"
OBJECT_LABEL = "object"
WHERE_NOW = "where_now"  # derived by the chain of custody (location, container, transit)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # source text, translated in the "columns" context
    order_by: str | None
    planned: int  # pixels, for a column whose text is short in every language
    unsorted: str | None = None  # why it cannot be sorted, source text in "columns"
    moments: bool = False  # shows a date and time, whose length is the language's

    @property
    def width(self) -> int:
        """The column's planned width; one of dates and times is as wide as the longest of
        the language in the app's font: 150 px cut « 28 نوفمبر 2026، 10:30 ص » to
        « 28 نوفمبر 2026، 10:30… » (new-user trial r14 #17)."""
        return max(self.planned, longest_moment_width()) if self.moments else self.planned

    def title(self) -> str:
        return QCoreApplication.translate("columns", self.header)

    def unsorted_reason(self) -> str:
        return QCoreApplication.translate("columns", self.unsorted) if self.unsorted else ""


# A cell's text margins and the focus frame, both sides, with a little air (Fusion, Windows).
CELL_PADDING = 18


def longest_moment_width() -> int:
    """The widest date and time of the current language: each month's name, a two-digit day,
    a morning and an evening time (« 28 nov. 2026, 10:30 », « 28 نوفمبر 2026، 10:30 م »)."""
    metrics = QFontMetrics(QGuiApplication.font())
    texts = (
        format_moment(datetime(2026, month, 28, hour, 58))
        for month in range(1, 13)
        for hour in (10, 22)
    )
    return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING


OBJECT_COLUMNS: tuple[Column, ...] = (
    Column(PHOTO, QT_TRANSLATE_NOOP("columns", "Photo"), None, 52),
    Column(
        "inventory_number", QT_TRANSLATE_NOOP("columns", "Inventory no."), "inventory_number", 130
    ),
    Column("title", QT_TRANSLATE_NOOP("columns", "Title"), "title", 236),
    Column("object_type", QT_TRANSLATE_NOOP("columns", "Type of object"), "object_type", 160),
    Column("status", QT_TRANSLATE_NOOP("columns", "Status"), "status", 110),
    Column(
        "salvage_priority",
        QT_TRANSLATE_NOOP("columns", "Salvage priority"),
        "salvage_priority",
        120,
    ),
    # Not sortable: the vault keeps only "complete or not" in an index, so a sort put 2 of 10
    # next to 8 of 10 (r11 trial #5); the filter finds the incomplete ones.
    Column(
        COMPLETENESS,
        QT_TRANSLATE_NOOP("columns", "Object ID"),
        None,
        90,
        QT_TRANSLATE_NOOP(
            "columns",
            "This column cannot be sorted. To find the objects whose Object ID is incomplete, "
            "tick Incomplete Object ID only.",
        ),
    ),
    Column(
        WHERE_NOW,
        QT_TRANSLATE_NOOP("columns", "Where now"),
        None,
        120,
        QT_TRANSLATE_NOOP(
            "columns",
            "This column cannot be sorted: where an object is now is worked out from its "
            "movements, not kept in the object.",
        ),
    ),
)

DAMAGE_COLUMNS: tuple[Column, ...] = (
    Column(PHOTO, QT_TRANSLATE_NOOP("columns", "Photo"), None, 52),
    Column(
        "observed_at", QT_TRANSLATE_NOOP("columns", "Observed"), "observed_at", 150, moments=True
    ),
    Column(OBJECT_LABEL, QT_TRANSLATE_NOOP("columns", "Object or site"), None, 260),
    Column("event_type", QT_TRANSLATE_NOOP("columns", "Event"), None, 130),
    Column("severity", QT_TRANSLATE_NOOP("columns", "Severity"), "severity", 100),
    Column("urgency", QT_TRANSLATE_NOOP("columns", "Urgency"), "urgency", 100),
    Column("assessor", QT_TRANSLATE_NOOP("columns", "Assessor"), None, 160),
)
