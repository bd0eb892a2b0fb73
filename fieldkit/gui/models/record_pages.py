"""What a table model reads its records from: one kind of record in an open vault.

The model counts here and reads its pages straight from :func:`fieldkit.records.pages.page`
(which pages over a covering index from the nearer end of the list: a jump to row 450,000 of
500,000 steps over 50,000 entries), so the GUI keeps no copy of that function's signature.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from fieldkit.records import pages
from fieldkit.records.service import Records


class RecordPages:
    """Counts and object labels of one kind of record in an open vault (GUI thread only)."""

    def __init__(self, records: Records, kind: str) -> None:
        self.records = records
        self.kind = kind

    def count(self, filters: Mapping[str, Any]) -> int:
        return self.records.count(self.kind, **filters)

    def object_labels(self, record_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """(inventory number, title) of the given objects, for the damage report list."""
        return pages.object_labels(self.records, record_ids)
