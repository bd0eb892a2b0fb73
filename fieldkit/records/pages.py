"""Read services for the record lists: what a page of records shows beside the records.

The desktop app's table models page through :func:`page` (over :meth:`Records.list`); what else
a row needs (the object a damage report is about) is read here, so no widget or model runs SQL
of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from fieldkit.records.search import ORDERABLE, list_query, many_matches
from fieldkit.records.service import Records, RecordView, view_from_row

_VIEW_COLUMNS = (
    "rowid, record_id, kind, fields, media, head_rev, hlc, deleted, in_conflict, missing"
)


def page(
    records: Records,
    kind: str,
    offset: int,
    limit: int,
    order_by: str,
    descending: bool,
    filters: Mapping[str, Any],
    total: int | None = None,
) -> list[RecordView]:
    """Rows ``offset`` to ``offset + limit`` of a list sorted by ``order_by`` (ORDERABLE's
    names: "inventory_number" is the natural order, fieldkit.records.natural_order).

    With ``total`` (how many rows the list has), a page in the list's second half is read from
    its far end: the same index walked the other way, with an OFFSET counted from the end, and
    the page reversed. A page is found by stepping over every row before it in the index, so a
    jump to row 450,000 of 500,000 steps over 50,000 entries instead of 450,000 (each entry a
    step, and every page of them decrypted when not cached).
    """
    column = ORDERABLE.get(order_by)
    if column is None or filters.get("object_id"):  # merged duplicates widen it: Records.list
        return records.list(
            kind,
            offset=offset,
            limit=limit,
            order_by=order_by,
            descending=descending,
            **filters,
        )
    db = records.db
    index = f"records_{column}" if many_matches(db, kind, filters) else None
    sql, args = list_query(kind, "r.rowid", filters, index)
    from_end = total is not None and offset + limit // 2 > total // 2 and offset < total
    if total is not None and from_end:
        wanted = min(limit, total - offset)
        skipped = total - offset - wanted
        # The exact reverse of the order below (``col ASC NULLS LAST, rowid ASC`` and its DESC
        # twin): NULLs, last one way, come first the other way.
        direction = "ASC" if descending else "DESC"
        nulls = "FIRST"
    else:
        wanted, skipped = limit, offset
        direction = "DESC" if descending else "ASC"
        nulls = "LAST"
    sql += f" ORDER BY r.{column} {direction} NULLS {nulls}, r.rowid {direction} LIMIT ? OFFSET ?"
    rowids = [int(row[0]) for row in db.execute(sql, [*args, wanted, skipped])]
    if from_end:
        rowids.reverse()
    views: dict[int, RecordView] = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT {_VIEW_COLUMNS} FROM records WHERE rowid IN ({marks})",  # noqa: S608
            chunk,
        ):
            views[int(row[0])] = view_from_row(row[1:9], row[9])
    return [views[r] for r in rowids if r in views]


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


__all__ = ["object_labels", "page"]
