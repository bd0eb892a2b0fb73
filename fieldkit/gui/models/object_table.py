"""The objects table."""

from __future__ import annotations

from fieldkit.gui.custody_common import short_where
from fieldkit.gui.models.columns import OBJECT_COLUMNS, WHERE_NOW
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.models.record_table import RecordTableModel
from fieldkit.gui.thumbnails import ThumbnailCache
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

    def _reload(self, source: RecordPages | None, *, recount: bool = True) -> None:
        self._where = {}
        super()._reload(source, recount=recount)

    def _text(self, view: RecordView, key: str) -> str:
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
