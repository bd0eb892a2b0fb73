"""Chain of custody, the derived tables: ``custody_where``, ``custody_movements``,
``custody_links`` and the objects' status column, kept up to date with the records.

The replay itself is :func:`fieldkit.records.custody_derive.derive`; here it is fed from the
vault and its result written, in the same transaction as the revisions that change it
(:func:`rebuild`, called by the records storage through :func:`after_store`). Only the part of
the chain connected to what changed is replayed (:func:`replay`, which the reception preview
reuses without writing). A bundle import defers the rebuild to its end (:func:`deferred`).
Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from fieldkit.duplicates import links
from fieldkit.records import fields as F
from fieldkit.records.custody_derive import (
    Own,
    Reconciliation,
    derive,
    id_list,
    json_object,
    resolve,
    text_or_none,
)
from fieldkit.records.custody_handovers import acceptance
from fieldkit.vault.database import Connection

_deferred: set[int] = set()
_dirty: dict[int, set[str]] = {}


def _links_of(kind: str, f: Mapping[str, Any]) -> set[str]:
    """The items a movement or handover concerns (what ties it to other movements)."""
    out = set(id_list(f.get("items")))
    if kind == F.MOVEMENT:
        out.update(id_list(f.get("received")))
        container = text_or_none(f.get("to_container"))
        if container:
            out.add(container)
    return out


def chunked(values: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    chunk: list[str] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def rows_in(db: Connection, sql: str, values: Iterable[str]) -> list[Any]:
    """``sql`` run for ``values`` a chunk at a time (SQLite caps the parameters of one
    statement), ``{marks}`` in it standing for the chunk's placeholders; every row returned."""
    out: list[Any] = []
    for chunk in chunked(values):
        marks = ",".join("?" * len(chunk))
        out += db.execute(sql.format(marks=marks), chunk)
    return out


def _component(
    db: Connection,
    seeds: Iterable[str],
    override: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[set[str], dict[str, tuple[Any, ...]]]:
    """Every item and every movement or handover connected to ``seeds`` (record ids) through
    the items they share: the only part of the chain a change to ``seeds`` can affect. Returns
    (items, {record id: (kind, head_rev, fields, in_conflict, deleted)}). ``override``: fields
    to take instead of those stored, for some records (a reception not written yet)."""
    override = override or {}
    items: set[str] = set()
    found: dict[str, tuple[Any, ...]] = {}
    frontier = set(seeds)
    while frontier:
        new_items: set[str] = set()
        ids = sorted(frontier)
        for (item,) in rows_in(
            db, "SELECT item_id FROM custody_links WHERE record_id IN ({marks})", ids
        ):
            new_items.add(str(item))
        for rid, kind, head, fj, conflict, deleted in rows_in(
            db,
            "SELECT record_id, kind, head_rev, fields, in_conflict, deleted FROM records "
            "WHERE record_id IN ({marks}) AND kind IN ('movement', 'handover')",
            ids,
        ):
            # A conflict's view already merges check-ins.
            f = dict(override[rid]) if rid in override else json_object(fj)
            found[str(rid)] = (kind, head, f, conflict, deleted)
            if not deleted:
                new_items |= _links_of(kind, f)
        if new_items and links.any_links(db):
            # An object merged into another is the same item (fieldkit.duplicates.links).
            new_items |= links.aliases(db, new_items)
        new_items -= items
        items |= new_items
        frontier = {
            str(rid)
            for (rid,) in rows_in(
                db,
                "SELECT record_id FROM custody_links WHERE item_id IN ({marks})",
                sorted(new_items),
            )
            if str(rid) not in found
        }
    return items, found


def replay(
    db: Connection,
    seeds: Iterable[str],
    override: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[set[str], dict[str, tuple[Any, ...]], dict[str, Own], dict[str, Reconciliation]]:
    """The replay of what ``seeds`` (movement and handover ids) are connected to, as
    :func:`derive` computes it: what :func:`rebuild` writes, and what a reception not written
    yet would give (``override``: those records' fields as they would be). Writes nothing."""
    items, found = _component(db, seeds, override)
    live = {rid: v for rid, v in found.items() if not v[4]}
    # Movements and handovers that list an object merged into another count as the canonical
    # object's (fieldkit.duplicates.links); their records keep the ids as written.
    same = links.canonical_map(db, items) if links.any_links(db) else {}
    movements = [
        (rid, f"{first_hlc(db, rid)}|{head}", _canonical_items(f, same))
        for rid, (kind, head, f, _, _) in live.items()
        if kind == F.MOVEMENT
    ]
    # Handovers by what their receiver signed, ordered by the acceptance (rules 3 and 4 of the
    # module docstring), never by the merged view or a typed handed_at.
    handovers = []
    for rid, (kind, _, _, _, _) in live.items():
        accepted = acceptance(db, rid) if kind == F.HANDOVER else None
        if accepted is not None:
            handovers.append(
                (rid, f"{accepted.hlc}|{accepted.rev_id}", _canonical_items(accepted.fields, same))
            )
    own, recon = derive(movements, handovers)
    return items, found, own, recon


def _canonical_items(f: Mapping[str, Any], same: Mapping[str, str]) -> Mapping[str, Any]:
    """``f`` with the item ids of merged objects replaced by their canonical objects' ids."""
    if not same:
        return f
    out = dict(f)
    for name in ("items", "received"):
        if isinstance(out.get(name), list):
            out[name] = list(dict.fromkeys(same.get(i, i) for i in id_list(out[name])))
    container = text_or_none(out.get("to_container"))
    if container is not None and container in same:
        out["to_container"] = same[container]
    return out


def rebuild(db: Connection, record_ids: Iterable[str] | None = None) -> None:
    """Bring the derived tables up to date after movements or handovers changed (inside the
    caller's transaction), and the status column of the objects whose custody status changed.

    ``record_ids``: the movements and handovers that changed; only what is connected to them
    (through shared items and containers) is replayed and rewritten, so one check-in in a
    vault of 100,000 objects costs what its crates hold. None: everything.
    """
    if record_ids is None:
        seeds = [
            str(r[0])
            for r in db.execute(
                "SELECT record_id FROM records WHERE kind IN ('movement', 'handover')"
            )
        ]
        seeds += [str(r[0]) for r in db.execute("SELECT DISTINCT record_id FROM custody_links")]
    else:
        seeds = list(record_ids)
    items, found, own, recon = replay(db, seeds)
    # The links of the records replayed, as their fields now say.
    rows_in(db, "DELETE FROM custody_links WHERE record_id IN ({marks})", sorted(found))
    db.executemany(
        "INSERT OR IGNORE INTO custody_links (record_id, item_id) VALUES (?, ?)",
        [
            (rid, item)
            for rid, (kind, _, f, _, deleted) in sorted(found.items())
            if not deleted
            for item in sorted(_links_of(kind, f))
        ],
    )
    names: dict[str, str] = {}
    rows: dict[str, tuple[Any, ...]] = {}
    for item in own:
        res = resolve(own, item)
        if res.custodian and res.custodian not in names:
            names[res.custodian] = _party_name(db, res.custodian, res.handover)
        rows[item] = (
            item,
            res.location,
            res.container,
            int(res.in_transit),
            int(res.missing),
            res.movement,
            res.destination,
            res.status,
            res.custodian,
            names.get(res.custodian or ""),
            res.handover,
        )
    before: dict[str, tuple[Any, ...]] = {
        str(row[0]): tuple(row)
        for row in rows_in(
            db, "SELECT * FROM custody_where WHERE item_id IN ({marks})", sorted(items | set(own))
        )
    }
    gone = [i for i in before if i not in rows]
    db.executemany("DELETE FROM custody_where WHERE item_id = ?", [(i,) for i in gone])
    db.executemany(
        "INSERT OR REPLACE INTO custody_where VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row for item, row in rows.items() if before.get(item) != row],
    )
    db.executemany(
        "DELETE FROM custody_movements WHERE movement_id = ?",
        [(rid,) for rid, v in found.items() if v[0] == F.MOVEMENT and rid not in recon],
    )
    db.executemany(
        "INSERT OR REPLACE INTO custody_movements VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                mid,
                json.dumps(r.expected),
                json.dumps(r.received),
                json.dumps(r.missing),
                json.dumps(r.extra),
                int(r.in_transit),
                r.status,
                json.dumps(r.outside),
            )
            for mid, r in recon.items()
        ],
    )
    changed = [
        i
        for i in set(before) | set(rows)
        if (before[i][7] if i in before else None) != (rows[i][7] if i in rows else None)
    ]
    apply_status(db, changed, known=True)


def first_hlc(db: Connection, record_id: str) -> str:
    row = db.execute("SELECT min(hlc) FROM revisions WHERE record_id = ?", (record_id,)).fetchone()
    return str(row[0] or "") if row else ""


def _party_name(db: Connection, fingerprint: str, handover: str | None) -> str:
    """The custodian's name: the local name from the trust store, else the handover's claim."""
    row = db.execute("SELECT name FROM trust WHERE fingerprint = ?", (fingerprint,)).fetchone()
    if row is not None:
        return str(row[0])
    from fieldkit.identity import own as own_identity

    try:
        me = own_identity.load(db)
    except Exception:
        me = None
    if me is not None and me.fingerprint == fingerprint:
        return me.name
    if handover:
        row = db.execute("SELECT fields FROM records WHERE record_id = ?", (handover,)).fetchone()
        if row is not None:
            party = json_object(row[0]).get("to_party") or {}
            if isinstance(party, Mapping) and isinstance(party.get("name"), str):
                return str(party["name"])
    return ""


_STATUS_SQL = (
    "UPDATE records SET status = CASE "
    "WHEN json_extract(fields, '$.status') IN ('on_loan', 'stolen', 'destroyed') "
    "THEN json_extract(fields, '$.status') "
    "ELSE COALESCE((SELECT w.status FROM custody_where w WHERE w.item_id = records.record_id), "
    "json_extract(fields, '$.status')) END "
    "WHERE record_id = ? AND kind = 'object'"
)


def apply_status(db: Connection, record_ids: Iterable[str], *, known: bool = False) -> None:
    """Bring the status column of these objects' view rows in line with their custody status.

    ``known``: the caller knows these ids have (or had) a custody row; otherwise ids without
    one are skipped (their column already shows the person's status).
    """
    for record_id in record_ids:
        if (
            not known
            and not db.execute(
                "SELECT 1 FROM custody_where WHERE item_id = ?", (record_id,)
            ).fetchone()
        ):
            continue
        db.execute(_STATUS_SQL, (record_id,))


def after_store(db: Connection, kind: str, record_ids: Iterable[str]) -> None:
    """Called by the records storage after revisions of ``kind`` changed these records' views
    (inside the same transaction)."""
    if kind in (F.MOVEMENT, F.HANDOVER):
        if id(db) in _deferred:
            _dirty.setdefault(id(db), set()).update(record_ids)
        else:
            rebuild(db, record_ids)
    elif kind == F.OBJECT:
        apply_status(db, record_ids)
        links.objects_stored(db, record_ids)
    elif kind == F.DUPLICATE_DECISION:
        links.after_store(db)


def items_relinked(db: Connection, item_ids: Iterable[str]) -> None:
    """Objects were merged into others, or a merge was undone (fieldkit.duplicates.links):
    replay the movements and handovers that list any of them (same transaction). Their rows
    are cleared first: an object that leaves a merge group keeps no row derived from the
    movements of the records that were merged with it."""
    item_ids = set(item_ids)
    rows_in(db, "DELETE FROM custody_where WHERE item_id IN ({marks})", sorted(item_ids))
    apply_status(db, item_ids, known=True)
    seeds = {
        str(r[0])
        for r in rows_in(
            db, "SELECT record_id FROM custody_links WHERE item_id IN ({marks})", sorted(item_ids)
        )
    }
    if not seeds:
        return
    if id(db) in _deferred:
        _dirty.setdefault(id(db), set()).update(seeds)
    else:
        rebuild(db, seeds)


@contextlib.contextmanager
def deferred(db: Connection) -> Iterator[None]:
    """Within: movement and handover revisions stored through ``db`` are collected instead of
    replayed one by one; on a normal exit what they touch is replayed once (bulk imports).
    Duplicate decisions likewise (their links are derived once, before the replay)."""
    key = id(db)
    _deferred.add(key)
    _dirty.pop(key, None)
    links.defer(db)
    try:
        yield
        links.finish(db, ok=True)
        if _dirty.get(key):
            rebuild(db, _dirty[key])
    finally:
        links.finish(db, ok=False)
        _deferred.discard(key)
        _dirty.pop(key, None)
