"""The damage reports table (newest observation first)."""

from __future__ import annotations

from fieldkit.gui.models.columns import DAMAGE_COLUMNS
from fieldkit.gui.models.record_table import RecordTableModel
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.records import fields as F


class DamageTableModel(RecordTableModel):
    def __init__(self, thumbnails: ThumbnailCache | None = None, **kw: int) -> None:
        super().__init__(F.DAMAGE, DAMAGE_COLUMNS, thumbnails, default_order="observed_at", **kw)
        self.descending = True
