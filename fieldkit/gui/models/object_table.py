"""The objects table."""

from __future__ import annotations

from fieldkit.gui.custody_common import short_where
from fieldkit.gui.models.columns import OBJECT_COLUMNS, WHERE_NOW
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.models.record_table import RecordTableModel
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.service import RecordView


class ObjectTableModel(RecordTableModel):
    def __init__(self, thumbnails: ThumbnailCache | None = None, **kw: int) -> None:
        super().__init__(
            F.OBJECT, OBJECT_COLUMNS, thumbnails, default_order="inventory_number", **kw
        )

    # Where each shown object is now, read from the core's derived custody once per row shown
    # (one lookup by key) and forgotten with the pages.
    _where: dict[str, str]
    # The status each loaded object shows: the one the list filters and sorts on, which follows
    # custody (missed at a check-in: missing) unless a person set on loan, stolen or destroyed.
    # Read per page (one query), so the column agrees with "Where now", the filter and the sort.
    _status: dict[str, str]

    def _reload(self, source: RecordPages | None, *, recount: bool = True) -> None:
        self._where = {}
        self._status = {}
        super()._reload(source, recount=recount)

    def _page(self, number: int) -> list[RecordView]:
        loaded = number in self._pages
        page = super()._page(number)
        if not loaded and page and self._source is not None:
            if not hasattr(self, "_status"):
                self._status = {}
            self._status.update(
                C.shown_statuses(self._source.records.db, [v.record_id for v in page])
            )
        return page

    def _text(self, view: RecordView, key: str) -> str:
        if key == "status":
            status = getattr(self, "_status", {}).get(view.record_id)
            return value_label(status) if status else super()._text(view, key)
        if key != WHERE_NOW:
            return super()._text(view, key)
        where = getattr(self, "_where", None)
        if where is None:
            where = self._where = {}
        if view.record_id not in where:
            source = self._source
            where[view.record_id] = (
                short_where(C.where(source.records.db, view.record_id)) if source else ""
            )
        return where[view.record_id]
