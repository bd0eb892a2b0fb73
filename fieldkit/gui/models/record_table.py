"""A windowed table model over records: the true row count, rows loaded in pages on demand.

``rowCount`` is one COUNT with the current search and filters; ``data`` for a row loads the
page of ``page_size`` rows around it (one query, see :mod:`fieldkit.records.pages`) into a small
LRU of ``max_pages`` pages, so the scroll bar is true and jumping to row 90,000 costs one page.
Sorting is done by the database. :meth:`clear` (on lock) drops every cached row.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)

from fieldkit.gui.models.columns import COMPLETENESS, OBJECT_LABEL, PHOTO, Column
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.qt_types import Index
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.records import pages
from fieldkit.records.completeness import OBJECT_ID_CATEGORIES
from fieldkit.records.service import RecordView

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_CATEGORIES = len(OBJECT_ID_CATEGORIES) + 1
_ENUMS = {"status", "event_type", "severity", "urgency", "salvage_priority"}


def main_photo(view: RecordView) -> str | None:
    for m in view.media:
        if m.get("role") == "overall":
            return str(m["sha256"])
    return str(view.media[0]["sha256"]) if view.media else None


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        kind: str,
        columns: tuple[Column, ...],
        thumbnails: ThumbnailCache | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 6,
        default_order: str = "inventory_number",
    ) -> None:
        super().__init__()
        self.kind = kind
        self.columns = columns
        self.page_size = page_size
        self.max_pages = max_pages
        self.order_by = default_order
        self.descending = False
        self.search = ""
        self.filters: dict[str, Any] = {}
        self._source: RecordPages | None = None
        self._count = 0
        self._total = 0  # every current record of the kind, before search and filters
        self._total_base: dict[str, Any] = {}  # what _total counted: {} or only the deleted
        self._pages: OrderedDict[int, list[RecordView]] = OrderedDict()
        self._object_labels: dict[str, tuple[str, str]] = {}
        self._thumbnails = thumbnails
        self._photo_column = next((i for i, c in enumerate(columns) if c.key == PHOTO), -1)
        if thumbnails is not None:
            thumbnails.loaded.connect(self._thumbnail_loaded)

    # --- state -------------------------------------------------------------------------------

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    @property
    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    @property
    def total(self) -> int:
        """How many records of this kind there are, whatever the search and filters."""
        return self._total

    @property
    def narrowed(self) -> bool:
        """True while a search or a filter hides some records."""
        return bool(self.query_filters())

    def sortable_columns(self) -> list[int]:
        return [i for i, c in enumerate(self.columns) if c.order_by is not None]

    def set_source(self, source: RecordPages | None) -> None:
        self._reload(source)

    def clear(self) -> None:
        """Forget every row (the vault is locking): the model is empty until a new source."""
        self._reload(None)

    def refresh(self) -> None:
        self._reload(self._source)

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self.search:
            self.search = text
            self._reload(self._source, recount=False)

    def set_filters(self, filters: dict[str, Any]) -> None:
        clean = {k: v for k, v in filters.items() if v}
        if clean != self.filters:
            self.filters = clean
            self._reload(self._source, recount=False)

    def query_filters(self) -> dict[str, Any]:
        out = dict(self.filters)
        if self.search:
            out["search"] = self.search
        return out

    def _reload(self, source: RecordPages | None, *, recount: bool = True) -> None:
        """Re-read the rows; ``recount`` False when only the search, filters or order changed
        (the total cannot have: one COUNT saved per keystroke)."""
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._object_labels.clear()
        filters = self.query_filters()
        self._count = source.count(filters) if source is not None else 0
        # "3 shown of N": N is every current record, or every deleted one while the list
        # shows only those ("1 shown of 199" counted the living for a deleted record).
        base = {"deleted_only": True} if filters.get("deleted_only") else {}
        if source is None:
            self._total = 0
        elif filters == base:
            self._total = self._count
        elif recount or self._total < self._count or base != self._total_base:
            self._total = source.count(base)
        self._total_base = base
        self.endResetModel()

    # --- rows --------------------------------------------------------------------------------

    def _page(self, number: int) -> list[RecordView]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if self._source is None:
            return []
        page = pages.page(
            self._source.records,
            self._source.kind,
            number * self.page_size,
            self.page_size,
            self.order_by,
            self.descending,
            self.query_filters(),
            self._count,
        )
        if any(c.key == OBJECT_LABEL for c in self.columns):
            wanted = [str(v.fields.get("object_id") or "") for v in page]
            self._object_labels.update(self._source.object_labels(wanted))
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def record_at(self, row: int) -> RecordView | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the cached pages (None if not loaded)."""
        for number, page in self._pages.items():
            for i, view in enumerate(page):
                if view.record_id == record_id:
                    return number * self.page_size + i
        return None

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title()
            if role == Qt.ItemDataRole.ToolTipRole:
                # The whole title, should a narrow window still cut the header.
                title = self.columns[section].title()
                if not self.columns[section].order_by:
                    why = self.columns[section].unsorted_reason()
                    return f"{title}\n{why}" if why else title
                hint = self.tr("Click to sort by this column; from the keyboard: Sort by (Alt+B)")
                return f"{title}\n{hint}"
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            RECORD_ID_ROLE,
        ):
            return None
        view = self.record_at(index.row())
        if view is None:
            return None
        column = self.columns[index.column()]
        if role == RECORD_ID_ROLE:
            return view.record_id
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key != PHOTO or self._thumbnails is None:
                return None
            sha = main_photo(view)
            return self._thumbnails.get(sha) if sha else None
        text = self._text(view, column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == COMPLETENESS and view.missing:
                return self.tr("Object ID incomplete: {n} missing").format(n=len(view.missing))
            return text or None
        return text

    def _text(self, view: RecordView, key: str) -> str:
        if key == PHOTO:
            return ""
        if key == COMPLETENESS:
            done = TOTAL_CATEGORIES - len(view.missing)
            return self.tr("{done} of {total}").format(done=done, total=TOTAL_CATEGORIES)
        if key == OBJECT_LABEL:
            object_id = view.fields.get("object_id")
            if object_id:
                number, title = self._object_labels.get(str(object_id), ("", ""))
                return " — ".join(p for p in (number, title) if p) or str(object_id)[:8]
            return str(view.fields.get("site") or "")
        value = view.fields.get(key)
        if value is None:
            return ""
        if key in _ENUMS:
            return value_label(value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        order_by = self.columns[column].order_by
        if order_by is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self.order_by, self.descending):
            return
        self.order_by, self.descending = order_by, descending
        self._reload(self._source, recount=False)

    def sort_column(self) -> int:
        for i, c in enumerate(self.columns):
            if c.order_by == self.order_by:
                return i
        return -1

    def _thumbnail_loaded(self, sha: str) -> None:
        if self._photo_column < 0:
            return
        for number, page in self._pages.items():
            for i, view in enumerate(page):
                if main_photo(view) == sha:
                    row = number * self.page_size + i
                    index = self.index(row, self._photo_column)
                    self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
