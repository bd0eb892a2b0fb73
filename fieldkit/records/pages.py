"""Read services for the record lists: what a page of records shows beside the records.

The desktop app's table models page through :func:`page` (over :meth:`Records.list`); what else
a row needs (the object a damage report is about) is read here, so no widget or model runs SQL
of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

from fieldkit.records.search import ORDERABLE, list_query, many_matches
from fieldkit.records.service import Records, RecordView, view_from_row
from fieldkit.records.vocabularies import STATUS

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
    names: "inventory_number" is the natural order, fieldkit.records.natural_order; "title" a
    dictionary's, fieldkit.records.title_order).

    With ``total`` (how many rows the list has), a page in the list's second half is read from
    its far end: the same index walked the other way, with an OFFSET counted from the end, and
    the page reversed. A page is found by stepping over every row before it in the index, so a
    jump to row 450,000 of 500,000 steps over 50,000 entries instead of 450,000 (each entry a
    step, and every page of them decrypted when not cached).
    """
    column = ORDERABLE.get(order_by)
    # Merged duplicates widen an object_id filter, and deleted records are searched outside
    # the full-text index: both in Records.list (deleted ones are few).
    if column is None or filters.get("object_id") or filters.get("deleted_only"):
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
    if order_by == "status":
        rowids = _by_status(db, sql, args, direction, wanted, skipped)
    else:
        sql += (
            f" ORDER BY r.{column} {direction} NULLS {nulls}, r.rowid {direction} LIMIT ? OFFSET ?"
        )
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


def _status_arms() -> list[tuple[str, list[Any]]]:
    """The parts of a list by status, in the order a person reads statuses: the vocabulary's
    (in place, in storage, evacuated, on loan, missing, stolen, destroyed), then any other
    value (from a newer vault) in the stored order, then none. Each part is a range of the
    status index (kind, deleted, status), so each comes out of it in order (status, rowid)."""
    arms: list[tuple[str, list[Any]]] = [("r.status = ?", [value]) for value in STATUS]
    # Values outside the vocabulary, as the ranges between its values (each a range of the
    # index, empty in all but odd vaults: "NOT IN" would walk the whole index to say so).
    known = sorted(STATUS)
    arms.append(("r.status < ?", [known[0]]))
    arms += [("r.status > ? AND r.status < ?", [a, b]) for a, b in pairwise(known)]
    arms.append(("r.status > ?", [known[-1]]))
    arms.append(("r.status IS NULL", []))
    return arms


def _by_status(
    db: Any, sql: str, args: list[Any], direction: str, wanted: int, skipped: int
) -> list[int]:
    """Row ids ``skipped`` to ``skipped + wanted`` of ``sql`` (a list's row ids) sorted by
    status in the vocabulary's order (``direction`` "ASC" or "DESC").

    The stored codes sort as English words ("destroyed" first, whatever the language shown),
    and an ORDER BY on a CASE of them (or a merge of the parts) sorts every row of the kind:
    the parts are read one after the other instead, each walked in its index, skipping a
    part whole by counting it (along the index, at most up to the rows still to skip). A page
    costs the rows stepped over, as with any other order."""
    arms = _status_arms()
    if direction == "DESC":
        arms.reverse()
    found: list[int] = []
    for condition, values in arms:
        part = f"{sql} AND {condition}"
        part_args = [*args, *values]
        if skipped > 0:
            (n,) = db.execute(
                f"SELECT count(*) FROM ({part} LIMIT ?)",  # noqa: S608 - only ?s
                [*part_args, skipped],
            ).fetchone()
            if int(n) < skipped:
                skipped -= int(n)
                continue
        rows = db.execute(
            f"{part} ORDER BY r.status {direction}, r.rowid {direction} LIMIT ? OFFSET ?",
            [*part_args, wanted - len(found), skipped],
        )
        found += [int(row[0]) for row in rows]
        skipped = 0
        if len(found) >= wanted:
            break
    return found


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
