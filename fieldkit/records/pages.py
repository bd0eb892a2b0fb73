"""Read services for the record lists: what a page of records shows beside the records.

The desktop app's table models page through :meth:`Records.list`; what else a row needs (the
object a damage report is about) is read here, so no widget or model runs SQL of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldkit.records.service import Records


def object_labels(records: Records, record_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(inventory number, title) per object id among ``record_ids`` (unknown ids are left out)."""
    ids = sorted({i for i in record_ids if i})
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = records.db.execute(
        "SELECT record_id, inventory_number, title FROM records "  # noqa: S608 - only ?s
        f"WHERE record_id IN ({marks})",
        ids,
    )
    return {str(r[0]): (str(r[1] or ""), str(r[2] or "")) for r in rows}


__all__ = ["object_labels"]
