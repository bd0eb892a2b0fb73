"""The damage reports table (newest observation first)."""

from __future__ import annotations

from fieldkit.gui.dates import format_iso
from fieldkit.gui.models.columns import DAMAGE_COLUMNS
from fieldkit.gui.models.record_table import RecordTableModel
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.records import fields as F
from fieldkit.records.service import RecordView

DATE_KEYS = frozenset({"observed_at"})  # shown in the one GUI date format, not as stored


class DamageTableModel(RecordTableModel):
    def __init__(self, thumbnails: ThumbnailCache | None = None, **kw: int) -> None:
        super().__init__(F.DAMAGE, DAMAGE_COLUMNS, thumbnails, default_order="observed_at", **kw)
        self.descending = True

    def _text(self, view: RecordView, key: str) -> str:
        if key in DATE_KEYS:
            value = view.fields.get(key)
            return format_iso(str(value)) if value else ""
        return super()._text(view, key)
