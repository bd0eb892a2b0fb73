"""Pages of records for the table models: one COUNT, then one small query per page.

A thin adapter over :mod:`fieldkit.records.pages`, which pages over a covering index (from the
nearer end of the list: a jump to row 450,000 of 500,000 steps over 50,000 entries).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from fieldkit.records import pages
from fieldkit.records.service import Records, RecordView


class RecordPages:
    """Counts and pages of one kind of record in an open vault (GUI thread only)."""

    def __init__(self, records: Records, kind: str) -> None:
        self.records = records
        self.kind = kind

    def count(self, filters: Mapping[str, Any]) -> int:
        return self.records.count(self.kind, **filters)

    def page(
        self,
        offset: int,
        limit: int,
        order_by: str,
        descending: bool,
        filters: Mapping[str, Any],
        total: int | None = None,
    ) -> list[RecordView]:
        """A page; with ``total`` (the list's row count) a page far down is read from the
        list's other end (records.pages.page)."""
        return pages.page(
            self.records, self.kind, offset, limit, order_by, descending, filters, total
        )

    def object_labels(self, record_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(inventory number, title) of the given objects, for the damage report list."""
        return pages.object_labels(self.records, record_ids)
