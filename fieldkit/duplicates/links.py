"""Which objects were merged into which: derived from the live *same object* decisions.

A decision is a record of kind ``duplicate_decision`` (fields ``a``, ``b``, ``decision``), so
it travels in bundles and merges like any record. What it means for resolution is derived here
from the set of live (not undone) decision records alone, never from arrival order, so every
vault holding the same revisions resolves every id the same way:

1. *One decision per pair.* Of the live decisions about the same two objects (in either
   order), a *same object* decision wins over *not the same* (a merge has already made one of
   them a tombstone: letting "not the same" win would leave a record no id leads to; whoever
   disagrees undoes the merge), then the one created last: the highest ``(hlc, rev_id)`` of
   its first revision. The others are *superseded* (kept, listed, undoable, without effect).
2. *One link per merged object.* A winning *same* decision links ``b`` to ``a`` (``b`` then
   resolves to ``a``). When ``b`` was merged into two different objects (two vaults that had
   not seen each other's decision), the later decision wins, as in 1.
3. *No cycles.* Links are taken latest first; a link that would close a cycle (``a`` already
   resolving to ``b``) is left out.
4. *Chains are followed.* ``b`` → ``a`` → ``c``: ``b`` resolves to ``c``.

The result lives in ``duplicate_links`` (merged id → canonical id, the decision that links it),
rewritten in the same transaction as the decision revisions that change it (:func:`after_store`;
a bundle import defers it to its end). When links change, the canonical objects' search entries
(which carry the text of the records merged into them) and the chain of custody of the objects
concerned are brought up to date. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fieldkit.records import fields as F
from fieldkit.records.search_fold import fold_search_text
from fieldkit.vault.database import Connection

_MAX_CHAIN = 64  # links followed at most (a chain longer than this is cut: defensive)


@dataclass(frozen=True)
class DecisionRow:
    """A decision record as this module reads it (from the ``records`` view)."""

    decision_id: str
    a: str
    b: str
    same: bool
    order: tuple[str, str]  # (hlc, rev_id) of its first revision
    live: bool

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


def _first_revision(db: Connection, record_id: str) -> tuple[str, str]:
    row = db.execute(
        "SELECT hlc, rev_id FROM revisions WHERE record_id = ? ORDER BY hlc, rev_id LIMIT 1",
        (record_id,),
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def decision_from(
    db: Connection,
    record_id: str,
    fields_json: str,
    deleted: bool,
    order: tuple[str, str] | None = None,
) -> DecisionRow:
    """A decision row from a record's view (fields from another vault may hold anything);
    ``order``: its first revision's (hlc, rev_id) when the caller has read it."""
    return decision_row(
        record_id,
        fields_json,
        deleted,
        order if order is not None else _first_revision(db, record_id),
    )


def decision_row(
    record_id: str, fields_json: str, deleted: bool, order: tuple[str, str]
) -> DecisionRow:
    """As :func:`decision_from`, from values read anywhere (the archive reads PostgreSQL)."""
    try:
        f = json.loads(fields_json)
    except ValueError:
        f = {}
    if not isinstance(f, Mapping):
        f = {}
    a, b = f.get("a"), f.get("b")
    decision = f.get("decision")
    # A decision from another vault may be hand-made: one that names no pair of two ids, no
    # known decision, or a merge without the revisions it wrote, is ignored (no pair).
    same = decision == F.SAME
    valid = (
        isinstance(a, str)
        and isinstance(b, str)
        and a != b
        and decision in (F.SAME, F.NOT_SAME)
        and (not same or all(isinstance(f.get(n), str) for n in ("a_revision", "b_revision")))
    )
    return DecisionRow(
        record_id,
        a if valid and isinstance(a, str) else "",
        b if valid and isinstance(b, str) else "",
        same,
        order,
        not deleted,
    )


def all_decisions(db: Connection, *, live_only: bool = True) -> list[DecisionRow]:
    """Every decision record this vault holds (only the live ones by default)."""
    # The first revision's clock and id, read along (one statement, not one per decision).
    sql = (
        "SELECT r.record_id, r.fields, r.deleted, f.hlc, f.rev_id FROM records r "
        "LEFT JOIN revisions f ON f.rev_id = (SELECT v.rev_id FROM revisions v "
        "WHERE v.record_id = r.record_id ORDER BY v.hlc, v.rev_id LIMIT 1) WHERE r.kind = ?"
    )
    if live_only:
        sql += " AND r.deleted = 0"
    return [
        decision_from(db, str(rid), str(fj), bool(deleted), (str(hlc or ""), str(rev or "")))
        for rid, fj, deleted, hlc, rev in db.execute(sql, (F.DUPLICATE_DECISION,))
    ]


def effective(decisions: Iterable[DecisionRow]) -> dict[frozenset[str], DecisionRow]:
    """Rule 1: the winning live decision of each pair (pure)."""
    out: dict[frozenset[str], DecisionRow] = {}
    for d in decisions:
        if not d.live or not d.a or not d.b or d.a == d.b:
            continue
        best = out.get(d.pair)
        if best is None or (d.same, d.order) > (best.same, best.order):
            out[d.pair] = d
    return out


def derive_links(decisions: Iterable[DecisionRow]) -> dict[str, tuple[str, str]]:
    """Rules 1-4 (pure): {merged id: (canonical id, id of the decision linking it)}."""
    same = sorted(
        (d for d in effective(decisions).values() if d.same),
        key=lambda d: d.order,
        reverse=True,
    )
    parent: dict[str, tuple[str, str]] = {}

    def root(x: str) -> str:
        seen = {x}
        while x in parent and len(seen) <= _MAX_CHAIN:
            x = parent[x][0]
            if x in seen:
                break
            seen.add(x)
        return x

    for d in same:
        if d.b in parent or root(d.a) == d.b:
            continue
        parent[d.b] = (d.a, d.decision_id)
    return {b: (root(b), decision) for b, (_a, decision) in parent.items()}


# --- the derived table ---------------------------------------------------------------------------

_deferred: set[int] = set()
_dirty: set[int] = set()


def canonical_of(db: Connection, record_id: str, *, present: bool = True) -> str:
    """The object ``record_id`` resolves to (itself unless merged into one this vault holds).

    ``present`` False: the canonical object even if its record has not arrived yet (what the
    derived tables use: they must not depend on the order revisions arrive in)."""
    sql = "SELECT l.canonical FROM duplicate_links l WHERE l.record_id = ?"
    if present:
        sql = (
            "SELECT l.canonical FROM duplicate_links l JOIN records r "
            "ON r.record_id = l.canonical WHERE l.record_id = ?"
        )
    row = db.execute(sql, (record_id,)).fetchone()
    return str(row[0]) if row else record_id


def _chunks(ids: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    items = sorted(set(ids))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _rows_in(db: Connection, sql: str, ids: Iterable[str]) -> Iterator[Any]:
    """The rows of ``sql`` for ``ids``, one query a chunk: ``sql`` has one ``IN ({marks})``,
    filled with as many "?" as the chunk has ids (never with the ids themselves)."""
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        yield from db.execute(sql.format(marks=marks), chunk)


def _canonicals(db: Connection, ids: Iterable[str]) -> dict[str, str]:
    """{id: canonical id} for those of ``ids`` linked to another object (one query a chunk)."""
    sql = "SELECT record_id, canonical FROM duplicate_links WHERE record_id IN ({marks})"
    return {str(r[0]): str(r[1]) for r in _rows_in(db, sql, ids)}


def merged_into(db: Connection, canonical: str) -> list[str]:
    """The ids merged into ``canonical`` (directly or along a chain), sorted."""
    return sorted(
        str(r[0])
        for r in db.execute(
            "SELECT record_id FROM duplicate_links WHERE canonical = ?", (canonical,)
        )
    )


def merged_with_number(db: Connection, inventory_number: str) -> tuple[str | None, int]:
    """A merged object (a tombstone linked to a canonical one) with this inventory number, and
    how many canonical objects such records were merged into (more than one: ambiguous)."""
    rows = db.execute(
        "SELECT r.record_id, l.canonical FROM records r JOIN duplicate_links l "
        "ON l.record_id = r.record_id WHERE r.kind = 'object' AND r.deleted = 1 "
        "AND r.inventory_number = ? LIMIT 16",
        (inventory_number,),
    ).fetchall()
    if not rows:
        return None, 0
    return min(str(r[0]) for r in rows), len({str(r[1]) for r in rows})


def alias_text(db: Connection, canonical: str) -> str:
    """The text of the records merged into ``canonical``, for its search entry: searching for
    a merged record's inventory number or title finds the object it was merged into."""
    parts: list[str] = []
    for (fields_json,) in db.execute(
        "SELECT r.fields FROM duplicate_links l JOIN records r ON r.record_id = l.record_id "
        "WHERE l.canonical = ? ORDER BY l.record_id",
        (canonical,),
    ):
        try:
            fields = json.loads(fields_json)
        except ValueError:
            continue
        if isinstance(fields, dict):
            fields.pop(F.SAME_AS, None)
            parts.append(F.text_of(fields))
    # Folded as every search entry is (Arabic marks, apostrophes): part of the object's entry.
    return fold_search_text("\n".join(parts))


def rebuild(db: Connection) -> set[str]:
    """Rewrite ``duplicate_links`` from the live decisions (inside the caller's transaction);
    then the search entries and custody of what changed. Returns the ids whose link changed."""
    before = {
        str(r[0]): (str(r[1]), str(r[2]))
        for r in db.execute("SELECT record_id, canonical, decision_id FROM duplicate_links")
    }
    after = derive_links(linkable(db, all_decisions(db)))
    if before == after:
        return set()
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    db.executemany("DELETE FROM duplicate_links WHERE record_id = ?", [(k,) for k in changed])
    db.executemany(
        "INSERT INTO duplicate_links (record_id, canonical, decision_id) VALUES (?, ?, ?)",
        [(k, *after[k]) for k in sorted(changed) if k in after],
    )
    touched = set(changed)
    for k in changed:
        for side in (before, after):
            if k in side:
                touched.add(side[k][0])
    _refresh_search(db, touched)
    from fieldkit.records import custody_chain

    custody_chain.items_relinked(db, touched | aliases(db, touched))
    return changed


def linkable(db: Connection, decisions: Iterable[DecisionRow]) -> list[DecisionRow]:
    """The decisions that may link: a *same object* decision links ``b`` only while ``b``'s
    view is a tombstone or in conflict (the merge's tombstone against a concurrent edit): a
    person who brought ``b`` back (resolving that conflict by keeping their edit) gets an
    object of its own, not an id that opens another. Both must be objects (a hand-made
    decision naming a location is ignored); a record not arrived yet does not count against
    it, and its arrival derives the links again (:func:`objects_stored`)."""
    rows = list(decisions)
    ids = {x for d in rows for x in (d.a, d.b) if x}
    sql = "SELECT record_id, kind, deleted, in_conflict FROM records WHERE record_id IN ({marks})"
    views = {
        str(rid): (str(kind), bool(deleted) or bool(conflict))
        for rid, kind, deleted, conflict in _rows_in(db, sql, ids)
    }
    return linkable_with(rows, views)


def linkable_with(
    rows: Iterable[DecisionRow], views: Mapping[str, tuple[str, bool]]
) -> list[DecisionRow]:
    """:func:`linkable`'s rule, pure: ``views`` holds {record id: (kind, deleted or in
    conflict)} of the records the decisions name (the archive reads them from PostgreSQL)."""
    out = []
    for d in rows:
        a, b = views.get(d.a), views.get(d.b)
        if d.same and ((a and a[0] != F.OBJECT) or (b and (b[0] != F.OBJECT or not b[1]))):
            continue
        out.append(d)
    return out


def linking(db: Connection) -> set[str]:
    """The ids of the decisions that link an object now."""
    return {str(r[0]) for r in db.execute("SELECT DISTINCT decision_id FROM duplicate_links")}


def aliases(db: Connection, ids: Iterable[str]) -> set[str]:
    """Every id merged into the canonical objects of ``ids`` (the whole merge class), whether
    or not those records have arrived; a few queries for any number of ids."""
    ids = set(ids)
    canon = _canonicals(db, ids)
    out = {canon.get(i, i) for i in ids}
    sql = "SELECT record_id FROM duplicate_links WHERE canonical IN ({marks})"
    out.update([str(r[0]) for r in _rows_in(db, sql, out)])
    return out | ids


def _refresh_search(db: Connection, record_ids: Iterable[str]) -> None:
    from fieldkit.records.search import search_body

    for record_id in sorted(set(record_ids)):
        row = db.execute(
            "SELECT rowid, kind, fields, media, deleted FROM records WHERE record_id = ?",
            (record_id,),
        ).fetchone()
        if row is None or row[1] != F.OBJECT:
            continue
        db.execute("DELETE FROM records_search WHERE rowid = ?", (row[0],))
        if not row[4]:
            body = search_body(row[1], json.loads(row[2]), json.loads(row[3]))
            if merged := alias_text(db, record_id):
                body += "\n" + merged
            db.execute("INSERT INTO records_search (rowid, body) VALUES (?, ?)", (row[0], body))


def objects_stored(db: Connection, record_ids: Iterable[str]) -> None:
    """Objects' views changed: the search entries of the objects they are merged into carry
    their text, whichever of the two arrived first (same transaction)."""
    ids = set(record_ids)
    named = {
        str(r[0])
        for r in db.execute(
            "SELECT json_extract(fields, '$.b') FROM records WHERE kind = ? AND deleted = 0 "
            "AND json_extract(fields, '$.decision') = ?",
            (F.DUPLICATE_DECISION, F.SAME),
        )
    }
    if ids & named:
        after_store(db)  # whether a merged object is linked depends on its view
    if not any_links(db):
        return
    canon = {c for k, c in _canonicals(db, ids).items() if c != k}
    # A kept object stored by the import's batch path gets its merged records' text too (the
    # one-by-one path adds it in _write_view): the same search entry whatever the chunking.
    sql = "SELECT DISTINCT canonical FROM duplicate_links WHERE canonical IN ({marks})"
    canon.update(str(r[0]) for r in _rows_in(db, sql, ids))
    if canon:
        _refresh_search(db, canon)


def after_store(db: Connection) -> None:
    """Called by the records storage after decision revisions changed (same transaction)."""
    if id(db) in _deferred:
        _dirty.add(id(db))
    else:
        rebuild(db)


def defer(db: Connection) -> None:
    _deferred.add(id(db))
    _dirty.discard(id(db))


def finish(db: Connection, *, ok: bool) -> None:
    key = id(db)
    _deferred.discard(key)
    if key in _dirty:
        _dirty.discard(key)
        if ok:
            rebuild(db)


def canonical_map(db: Connection, ids: Iterable[str]) -> dict[str, str]:
    """{id: canonical id} for those of ``ids`` that were merged into another object (whether
    or not it has arrived: the derived tables must not depend on arrival order)."""
    return {k: v for k, v in _canonicals(db, ids).items() if k != v}


def any_links(db: Connection) -> bool:
    return db.execute("SELECT 1 FROM duplicate_links LIMIT 1").fetchone() is not None


def decision_fields(d: Mapping[str, Any]) -> tuple[str, str, str]:
    """(a, b, decision) of a decision's fields, as text ("" when missing or not text)."""
    a, b, decision = d.get("a"), d.get("b"), d.get("decision")
    return (
        a if isinstance(a, str) else "",
        b if isinstance(b, str) else "",
        decision if isinstance(decision, str) else "",
    )
