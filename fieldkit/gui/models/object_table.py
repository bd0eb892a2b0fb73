"""The objects table."""

from __future__ import annotations

from fieldkit.gui.models.columns import OBJECT_COLUMNS
from fieldkit.gui.models.record_table import RecordTableModel
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.records import fields as F


class ObjectTableModel(RecordTableModel):
    def __init__(self, thumbnails: ThumbnailCache | None = None, **kw: int) -> None:
        super().__init__(
            F.OBJECT, OBJECT_COLUMNS, thumbnails, default_order="inventory_number", **kw
        )
