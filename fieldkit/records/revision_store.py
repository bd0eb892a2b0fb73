"""Storage of revisions and of the current view they give: what every write ends in.

A revision is stored once (revisions are a set); the record's heads, its row in ``records``
(the view the lists and the search show, fieldkit.records.merge's deterministic view of the
heads) and its full-text entry follow it in the caller's transaction. The services call this
module (records, the importer, the archive); nothing here opens a transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit import clock
from fieldkit.canonical_json import sorted_encoder
from fieldkit.duplicates import links as duplicate_links
from fieldkit.errors import FieldKitError
from fieldkit.identity import own
from fieldkit.records import custody_chain
from fieldkit.records import fields as F
from fieldkit.records.completeness import missing_categories
from fieldkit.records.custody_derive import record_view
from fieldkit.records.merge import MergeView, latest_common_ancestor, merge_view
from fieldkit.records.natural_order import inventory_sort_key
from fieldkit.records.revision import HybridClock, Revision
from fieldkit.records.search import search_body
from fieldkit.records.title_order import title_sort_key
from fieldkit.vault.database import Connection

HLC_META = "hlc"  # the meta key of this vault's hybrid logical clock


def load_clock(db: Connection, now_ms: Callable[[], int] | None = None) -> HybridClock:
    """This vault's hybrid logical clock as stored now.

    Read it inside the write transaction that stores what it stamps: an import on another
    connection moves the stored clock, and a clock read before it would stamp a local edit
    below the imported heads (so that edit would win a conflict it should lose).
    """
    row = db.execute("SELECT value FROM meta WHERE key = ?", (HLC_META,)).fetchone()
    return HybridClock(str(row[0]) if row and row[0] else None, now_ms)


def save_clock(db: Connection, clock: HybridClock) -> None:
    """Store ``clock`` (inside the caller's transaction); the stored clock never goes back."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)",
        (HLC_META, clock.last_text),
    )


def store_local_revision(db: Connection, rev: Revision, *, fresh: bool = False) -> None:
    """Store a revision this vault just stamped and signed, and move the stored clock to it.

    Raises ValueError (storing nothing) when ``rev`` is stamped at or behind the stored clock:
    its clock was read before this transaction, and another writer has moved it since.
    """
    row = db.execute("SELECT value FROM meta WHERE key = ?", (HLC_META,)).fetchone()
    if row and row[0] and rev.hlc <= str(row[0]):
        raise ValueError(
            "a revision stamped behind this vault's clock: read the clock inside the write "
            "transaction (Records.clock)"
        )
    store_revision(db, rev, "local", fresh=fresh)
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (HLC_META, rev.hlc),
    )


_REVISION_COLUMNS = (
    "(rev_id, record_id, kind, author, hlc, deleted, canonical, signature, origin, received_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _revision_row(rev: Revision, origin: str, now: str) -> tuple[Any, ...]:
    return (
        rev.rev_id,
        rev.record_id,
        rev.kind,
        rev.author,
        rev.hlc,
        int(rev.deleted),
        rev.canonical(),
        rev.signature,
        origin,
        now,
    )


def store_revision(db: Connection, rev: Revision, origin: str, *, fresh: bool = False) -> bool:
    """Add ``rev`` (if new) and bring heads and the current view up to date. Returns True if new.

    The caller holds the write transaction. Revisions are a set: storing one twice is a no-op.
    ``fresh``: the first revision of a record just created here (no parents, and nobody can
    know it yet), which skips the look-ups that out-of-order arrivals need.
    """
    rev_id = rev.rev_id
    inserted = db.execute(
        "INSERT OR IGNORE INTO revisions " + _REVISION_COLUMNS,
        _revision_row(rev, origin, clock.now()),
    ).rowcount
    if not inserted:
        return False
    if fresh:
        if rev.parents:
            raise ValueError("a fresh revision has no parents")
        db.execute("INSERT INTO heads (record_id, rev_id) VALUES (?, ?)", (rev.record_id, rev_id))
        _write_view(db, rev.record_id, rev, in_conflict=False, rowid=None)
        custody_chain.after_store(db, rev.kind, (rev.record_id,))
        return True
    if rev.parents:
        db.executemany(
            "INSERT OR IGNORE INTO revision_parents (rev_id, parent_id) VALUES (?, ?)",
            [(rev_id, p) for p in rev.parents],
        )
        db.executemany(
            "DELETE FROM heads WHERE record_id = ? AND rev_id = ?",
            [(rev.record_id, p) for p in rev.parents],
        )
    # A revision that some already-known revision descends from is not a head (out-of-order
    # arrival from bundles).
    has_child = db.execute(
        "SELECT 1 FROM revision_parents WHERE parent_id = ? LIMIT 1", (rev_id,)
    ).fetchone()
    if not has_child:
        db.execute(
            "INSERT OR IGNORE INTO heads (record_id, rev_id) VALUES (?, ?)", (rev.record_id, rev_id)
        )
    refresh_view(db, rev.record_id, rev)
    custody_chain.after_store(db, rev.kind, (rev.record_id,))
    return True


def load_revision(db: Connection, rev_id: str) -> Revision:
    row = db.execute(
        "SELECT canonical, signature FROM revisions WHERE rev_id = ?", (rev_id,)
    ).fetchone()
    return Revision.from_canonical(bytes(row[0]), bytes(row[1]))


def refresh_view(db: Connection, record_id: str, known_head: Revision | None = None) -> None:
    """Rewrite the record's row in `records` and its search entry from its heads."""
    heads = [r[0] for r in db.execute("SELECT rev_id FROM heads WHERE record_id = ?", (record_id,))]
    if not heads:
        return
    revisions = [
        known_head if known_head is not None and known_head.rev_id == h else load_revision(db, h)
        for h in heads
    ]
    view = db_merge_view(db, revisions)
    winner = next(r for r in revisions if r.rev_id == view.winner)
    shown = winner
    if len(revisions) > 1:
        # The automatic merge, presented as the winner with merged fields (never stored as a
        # revision until a person accepts it).
        shown = Revision(
            winner.record_id,
            winner.kind,
            winner.parents,
            winner.author,
            winner.hlc,
            view.fields,
            tuple(view.media),
            view.deleted,
            winner.signature,
        )
        shown.__dict__["rev_id"] = winner.rev_id
    row = db.execute("SELECT rowid FROM records WHERE record_id = ?", (record_id,)).fetchone()
    # view.in_conflict: heads with the same content (two people undoing one merge) are not a
    # conflict (fieldkit.records.merge), the same rule as the archive's.
    _write_view(db, record_id, shown, in_conflict=view.in_conflict, rowid=row[0] if row else None)


def db_merge_view(db: Connection, heads: list[Revision]) -> MergeView:
    """The deterministic view (fieldkit.records.merge) of heads stored in ``db``."""
    if len(heads) == 1:
        return merge_view(heads, None)

    def parents_of(rev_id: str) -> list[str]:
        return [
            r[0]
            for r in db.execute(
                "SELECT parent_id FROM revision_parents WHERE rev_id = ?", (rev_id,)
            )
        ]

    hlcs: dict[str, str] = {}

    def known(rev_id: str) -> bool:
        if rev_id not in hlcs:
            row = db.execute("SELECT hlc FROM revisions WHERE rev_id = ?", (rev_id,)).fetchone()
            hlcs[rev_id] = row[0] if row else ""
        return bool(hlcs[rev_id])

    base_id = latest_common_ancestor(
        [h.rev_id for h in heads], parents_of, lambda r: (hlcs.get(r, ""), r), known
    )
    base = load_revision(db, base_id) if base_id else None
    return record_view(heads, base)  # two teams checking in one crate: both count


_VIEW_COLUMNS = (
    "record_id, kind, head_rev, hlc, fields, media, deleted, in_conflict, inventory_number, "
    "title, object_type, status, salvage_priority, object_id, severity, urgency, observed_at, "
    "complete, missing, photo_count, main_photo, inventory_sort, title_sort"
)
_INSERT_VIEW = f"INSERT INTO records ({_VIEW_COLUMNS}) VALUES (?{', ?' * 22})"  # noqa: S608
_INSERT_VIEW_AT = f"INSERT INTO records (rowid, {_VIEW_COLUMNS}) VALUES (?{', ?' * 23})"  # noqa: S608


# What json.dumps(value, ensure_ascii=False, [sort_keys=True,] separators=(",", ":")) writes,
# without making an encoder for every call (a third of the cost for a record's fields). The
# fields are JSON values (their canonical bytes were computed, or they came from JSON), which
# the C encoder made once takes without a wrapper (0.9 µs less a record; fieldkit.canonical_json).
_fields_json = sorted_encoder(allow_nan=True)
_media_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _view_row(record_id: str, winner: Revision, in_conflict: bool) -> tuple[Any, ...]:
    """The `records` row (in _VIEW_COLUMNS order) showing ``winner``."""
    values = _view_values(record_id, winner, in_conflict)
    # What a list sorted by title walks: « Épée » between « amphore » and « vase ».
    return (*values, title_sort_key(values[9]))


def _view_values(record_id: str, winner: Revision, in_conflict: bool) -> tuple[Any, ...]:
    """The `records` row showing ``winner`` up to its inventory_sort (_VIEW_COLUMNS without
    title_sort): what a rewrite that keeps the title (csv_batches' undo) sets."""
    fields = winner.fields if type(winner.fields) is dict else dict(winner.fields)
    media = [dict(m) for m in winner.media]
    missing = missing_categories(fields, media) if winner.kind == F.OBJECT else []
    # The view is storage, not something signed: plain (C-speed) JSON is enough here, and
    # often already written while the revision's canonical bytes were computed.
    fields_json = winner.fields_json()
    if fields_json is None:
        fields_json = _fields_json(fields)
    media_json = _media_json(media) if media else "[]"
    main_photo = next((m["sha256"] for m in media if m.get("role") == "overall"), None)
    if main_photo is None and media:
        main_photo = media[0]["sha256"]
    # Locations and containers: their code is what is typed and scanned (indexed here).
    number = fields.get("inventory_number") or fields.get("code")
    return (
        record_id,
        winner.kind,
        winner.rev_id,
        winner.hlc,
        fields_json,
        media_json,
        int(winner.deleted),
        int(in_conflict),
        number,
        fields.get("title") or fields.get("name"),
        fields.get("object_type"),
        fields.get("status"),
        fields.get("salvage_priority"),
        fields.get("object_id"),
        fields.get("severity"),
        fields.get("urgency"),
        fields.get("observed_at"),
        int(not missing),
        ",".join(missing),
        len(media),
        main_photo,
        # What a list sorted by inventory number walks: 1962.121 before 1962.1180.
        inventory_sort_key(number),
    )


def _write_view(
    db: Connection, record_id: str, winner: Revision, *, in_conflict: bool, rowid: int | None
) -> None:
    values = _view_row(record_id, winner, in_conflict)
    if rowid is None:
        rowid = db.execute(_INSERT_VIEW, values).lastrowid
    else:
        db.execute(
            "UPDATE records SET kind = ?, head_rev = ?, hlc = ?, fields = ?, media = ?, "
            "deleted = ?, in_conflict = ?, inventory_number = ?, title = ?, object_type = ?, "
            "status = ?, salvage_priority = ?, object_id = ?, severity = ?, urgency = ?, "
            "observed_at = ?, complete = ?, missing = ?, photo_count = ?, main_photo = ?, "
            "inventory_sort = ?, title_sort = ? WHERE rowid = ?",
            (*values[1:], rowid),
        )
        db.execute("DELETE FROM records_search WHERE rowid = ?", (rowid,))
    if not winner.deleted:
        body = search_body(winner.kind, winner.fields, winner.media)
        if winner.kind == F.OBJECT and (merged := duplicate_links.alias_text(db, record_id)):
            body += "\n" + merged  # the text of the records merged into it
        db.execute("INSERT INTO records_search (rowid, body) VALUES (?, ?)", (rowid, body))


def store_fresh_revisions(
    db: Connection, revisions: Sequence[Revision], origin: str, *, every_kind: bool = False
) -> list[str]:
    """Store first revisions of records unknown here, many per statement; their ids.

    The caller holds the write transaction. Like ``store_revision(..., fresh=True)`` for each,
    with one prepared statement per table for the whole batch (bulk creation: spreadsheets,
    the demo; imports). Raises sqlite's IntegrityError if a record id is already taken.
    ``every_kind``: custody_chain.after_store runs for the records of every kind, as store_revision
    does (an import: a movement may have arrived before the object it moves); without it only
    for movements and handovers (records just created here: nothing can refer to them yet).
    """
    insert_fresh_rows(db, fresh_rows(revisions, origin, clock.now(), every_kind=every_kind))
    return [rev.record_id for rev in revisions]


@dataclass
class FreshRows:
    """The rows of first revisions, built (in Python) apart from writing them (in SQLite)."""

    revisions: list[tuple[Any, ...]]
    heads: list[tuple[str, str]]
    views: list[tuple[Any, ...]]  # _VIEW_COLUMNS values, without the rowid
    search: list[tuple[int, str]]  # (offset in ``views``, body)
    # Movements and handovers among them (or every kind), by kind: where their items are is
    # derived again (fieldkit.records.custody) in the same transaction, after their rows are
    # written.
    custody: dict[str, list[str]]
    # The same rows for one statement per table (see _batch); None when not asked for or
    # when a value would not come back from JSON as the same SQL value. A caller may take
    # ``heads`` (leaving []) to write them itself: then neither form writes them.
    batch: _Batch | None = None


def fresh_rows(
    revisions: Sequence[Revision],
    origin: str,
    now: str,
    *,
    every_kind: bool = False,
    batch: bool = False,
) -> FreshRows:
    """The rows of first revisions (see :class:`FreshRows`). ``batch``: also lay them out for
    one statement per table (:class:`_Batch`), for a writer on its own thread."""
    if any(rev.parents for rev in revisions):
        raise ValueError("a fresh revision has no parents")
    kinds = sorted({rev.kind for rev in revisions}) if every_kind else (F.MOVEMENT, F.HANDOVER)
    rows = FreshRows(
        [_revision_row(rev, origin, now) for rev in revisions],
        [(rev.record_id, rev.rev_id) for rev in revisions],
        [_view_row(rev.record_id, rev, False) for rev in revisions],
        [
            (offset, search_body(rev.kind, rev.fields, rev.media))
            for offset, rev in enumerate(revisions)
            if not rev.deleted
        ],
        {kind: [rev.record_id for rev in revisions if rev.kind == kind] for kind in kinds},
    )
    if batch:
        rows.batch = _batch(rows)
    return rows


@dataclass
class _Batch:
    """Fresh rows as :func:`insert_fresh_rows` writes them with one statement per table.

    The short values go as JSON arrays, one per row. The long texts (a revision's canonical
    bytes, the view's fields, the search body) are UTF-8 bytes laid end to end in one blob per
    kind, each row holding its text's (1-based) offset and length: JSON would escape them
    again, and that costs the writing thread more than the statements gain.
    """

    revisions: str  # [rev_id, record_id, kind, author, hlc, deleted, origin, received_at,
    #                   canonical offset, length, signature offset, length]
    canonical: bytes
    signatures: bytes
    heads: str
    views: str  # the view's values with fields as [offset, length] into ``fields``
    fields: bytes
    search: str  # [row offset, body offset, body length]
    bodies: bytes


# The view's columns copied from the fields (inventory_number … observed_at): what a foreign
# bundle puts there is not checked for type. The other values are built here (text, integers).
_FROM_FIELDS = slice(8, 17)
_SQL_INTEGERS = range(-(1 << 63), 1 << 63)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _laid_out(texts: Sequence[bytes]) -> tuple[bytes, list[tuple[int, int]]]:
    """``texts`` end to end, and where each one is: (1-based offset, length)."""
    places = []
    at = 1
    for text in texts:
        places.append((at, len(text)))
        at += len(text)
    return b"".join(texts), places


def _batch(rows: FreshRows) -> _Batch | None:
    """The rows for :func:`insert_fresh_rows`' statements; None if a value might not come
    back from JSON as the SQL value binding it stores. Floats (SQLite parses their text
    itself), booleans, containers and integers beyond SQLite's are left to binding: rare in
    these columns, and a chunk holding one is written the plain way."""
    for row in rows.views:
        for value in row[_FROM_FIELDS]:
            kind = type(value)
            if not (kind is str or value is None or (kind is int and value in _SQL_INTEGERS)):
                return None
    canonical, canonical_at = _laid_out([bytes(row[6]) for row in rows.revisions])
    signatures, signature_at = _laid_out([bytes(row[7]) for row in rows.revisions])
    fields, fields_at = _laid_out([row[4].encode() for row in rows.views])
    bodies, bodies_at = _laid_out([body.encode() for _, body in rows.search])
    if not all(n for _, n in canonical_at + signature_at + fields_at + bodies_at):
        return None  # substr() of nothing is NULL, not an empty value
    batch = _Batch(
        _dumps(
            [
                (*row[:6], *row[8:], *canonical_at[i], *signature_at[i])
                for i, row in enumerate(rows.revisions)
            ]
        ),
        canonical,
        signatures,
        _dumps(rows.heads),
        _dumps([(*row[:4], fields_at[i], *row[5:]) for i, row in enumerate(rows.views)]),
        fields,
        _dumps([(offset, *bodies_at[i]) for i, (offset, _) in enumerate(rows.search)]),
        bodies,
    )
    # JSON escapes a NUL character as \u0000; such a chunk (or one with a text that only
    # looks like one) is written the plain way rather than trusting SQLite's JSON functions
    # with it.
    if any("\\u0000" in text for text in (batch.revisions, batch.heads, batch.views)):
        return None
    return batch


_INSERT_HEADS = "INSERT INTO heads (record_id, rev_id) VALUES (?, ?)"
_INSERT_SEARCH = "INSERT INTO records_search (rowid, body) VALUES (?, ?)"
# The JSON forms: one statement per table and chunk. SQLite runs each without Python's GIL,
# from the first row to the last, while executemany takes the GIL back for every row, so the
# caller's thread (building the next chunk) and the writer's never ran at the same time
# (bulk creation, SPEC §13: >= 8,000 records/s; issue 22).
_INSERT_REVISIONS_JSON = (
    "INSERT INTO revisions (rev_id, record_id, kind, author, hlc, deleted, canonical, "
    "signature, origin, received_at) SELECT value->>0, value->>1, value->>2, value->>3, "
    "value->>4, value->>5, substr(?2, value->>8, value->>9), substr(?3, value->>10, "
    "value->>11), value->>6, value->>7 FROM jsonb_each(?1)"
)
_INSERT_HEADS_JSON = (
    "INSERT INTO heads (record_id, rev_id) SELECT value->>0, value->>1 FROM jsonb_each(?)"
)
_INSERT_VIEW_JSON = (
    f"INSERT INTO records (rowid, {_VIEW_COLUMNS}) SELECT ?1 + key, "  # noqa: S608
    "value->>0, value->>1, value->>2, value->>3, "
    "CAST(substr(?3, value->>'$[4][0]', value->>'$[4][1]') AS TEXT), "
    + ", ".join(f"value->>{i}" for i in range(5, 23))
    + " FROM jsonb_each(?2)"
)
_INSERT_SEARCH_JSON = (
    "INSERT INTO records_search (rowid, body) SELECT ?1 + (value->>0), "
    "CAST(substr(?3, value->>1, value->>2) AS TEXT) FROM jsonb_each(?2)"
)


def insert_fresh_rows(db: Connection, rows: FreshRows) -> None:
    """Write what :func:`fresh_rows` built (the caller holds the write transaction)."""
    # Row ids chosen here (as SQLite would: after the largest) so that the search rows can be
    # written in one batch too.
    if (batch := rows.batch) is not None:
        db.execute(_INSERT_REVISIONS_JSON, (batch.revisions, batch.canonical, batch.signatures))
        if rows.heads:  # a caller that took them writes them itself (the importer, later)
            db.execute(_INSERT_HEADS_JSON, (batch.heads,))
        first = db.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM records").fetchone()[0]
        db.execute(_INSERT_VIEW_JSON, (first, batch.views, batch.fields))
        db.execute(_INSERT_SEARCH_JSON, (first, batch.search, batch.bodies))
    else:
        db.executemany("INSERT INTO revisions " + _REVISION_COLUMNS, rows.revisions)
        db.executemany(_INSERT_HEADS, rows.heads)
        first = db.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM records").fetchone()[0]
        db.executemany(
            _INSERT_VIEW_AT,
            [(first + offset, *values) for offset, values in enumerate(rows.views)],
        )
        db.executemany(_INSERT_SEARCH, [(first + offset, body) for offset, body in rows.search])
    for kind, changed in rows.custody.items():
        if changed:
            custody_chain.after_store(db, kind, changed)


def verify_stored_revisions(db: Connection, identity: own.OwnIdentity) -> list[str]:
    """Recompute every stored rev_id and check the signatures this vault can check.

    Returns one plain sentence per problem (empty list: all good).
    """
    problems = []
    for rev_id, canonical, signature in db.execute(
        "SELECT rev_id, canonical, signature FROM revisions"
    ):
        try:
            rev = Revision.from_canonical(bytes(canonical), bytes(signature))
        except FieldKitError:
            problems.append(f"Revision {rev_id[:12]} is damaged.")
            continue
        if rev.rev_id != rev_id:
            problems.append(f"Revision {rev_id[:12]} does not match its content.")
        elif rev.author == identity.fingerprint and not rev.signature_valid(identity.public_key):
            problems.append(f"Revision {rev_id[:12]} has an invalid signature.")
    return problems
