"""Revisions into PostgreSQL and the view of each record out of them — by the core's rules.

The archive does not decide anything about merging: a record's view is
:func:`fieldkit.records.merge.view_of` over the revisions held, exactly as a laptop vault
computes it, so for the same set of revisions both show the same heads, conflict flags and
automatic merge. What this module adds is storage: revisions as a set (``ON CONFLICT DO
NOTHING``), and the per-record lock under which a record's view is recomputed.

Locking: a record's revisions are inserted and its view recomputed while holding a transaction
advisory lock on the record's stripe (one of ``STRIPES``, taken in ascending order, so two
workers never deadlock). Under READ COMMITTED every statement sees what committed before it,
so whichever worker takes a stripe second recomputes with the first worker's revisions in:
the last view written always covers every revision committed.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import psycopg

from fieldkit.records.merge import History, view_of
from fieldkit.records.revision import Revision

STRIPES = 4096
_LOCK_CLASS = 7216
# Arabic short vowels, shadda, sukun, dagger alef and tatweel: written or not, the same word.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def stripe(record_id: str) -> int:
    return zlib.crc32(record_id.encode("utf-8")) % STRIPES


def lock_records(conn: psycopg.Connection, record_ids: Iterable[str]) -> None:
    """Take the stripes of these records, in ascending order (inside the caller's transaction)."""
    for s in sorted({stripe(r) for r in record_ids}):
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, s))


def fold(text: str) -> str:
    """What search compares besides unaccent(): Arabic marks removed, case folded."""
    return _ARABIC_MARKS.sub("", text).casefold()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def insert_revision(conn: psycopg.Connection, rev: Revision, bundle_sha256: str) -> bool:
    """Add a verified revision (a set: False when it was held already)."""
    cur = conn.execute(
        "INSERT INTO revisions (rev_id, record_id, kind, author, hlc, parents, deleted, "
        "canonical, signature, bundle_sha256) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (rev_id) DO NOTHING",
        (
            rev.rev_id,
            rev.record_id,
            rev.kind,
            rev.author,
            rev.hlc,
            list(rev.parents),
            rev.deleted,
            rev.canonical(),
            rev.signature,
            bundle_sha256,
        ),
    )
    if cur.rowcount == 0:
        return False
    if rev.parents:
        with conn.cursor() as c:
            c.executemany(
                "INSERT INTO revision_parents VALUES (%s, %s) ON CONFLICT DO NOTHING",
                [(rev.rev_id, p) for p in rev.parents],
            )
    return True


def history(conn: psycopg.Connection, record_id: str) -> History:
    held = History()
    for canonical, signature in conn.execute(
        "SELECT canonical, signature FROM revisions WHERE record_id = %s", (record_id,)
    ):
        held.add(Revision.from_canonical(bytes(canonical), bytes(signature)))
    return held


def refresh(conn: psycopg.Connection, record_id: str) -> bool:
    """Recompute one record's row from every revision held (caller holds its stripe).

    Returns whether the record is in conflict.
    """
    held = history(conn, record_id)
    view = view_of(held)
    if view is None:
        return False
    winner = held.revisions[view.winner]
    text = " ".join(_strings(view.fields))
    conn.execute(
        "INSERT INTO records (record_id, kind, heads, winner, base, fields, media, deleted, "
        "in_conflict, needs_person, disputed, search) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
        "%s, %s, %s, to_tsvector('simple', unaccent(%s))) "
        "ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, heads = excluded.heads, "
        "winner = excluded.winner, base = excluded.base, fields = excluded.fields, "
        "media = excluded.media, deleted = excluded.deleted, in_conflict = excluded.in_conflict, "
        "needs_person = excluded.needs_person, disputed = excluded.disputed, "
        "search = excluded.search",
        (
            record_id,
            winner.kind,
            list(view.heads),
            view.winner,
            view.base,
            json.dumps(view.fields, ensure_ascii=False),
            json.dumps(view.media, ensure_ascii=False),
            view.deleted,
            view.in_conflict,
            view.needs_person,
            list(view.disputed),
            fold(text),
        ),
    )
    return view.in_conflict


def search(conn: psycopg.Connection, text: str, limit: int = 100) -> list[dict[str, Any]]:
    """Records whose merged view holds every word of ``text`` (any script, accents ignored)."""
    rows = conn.execute(
        "SELECT record_id, kind, winner, fields, in_conflict, deleted FROM records "
        "WHERE search @@ plainto_tsquery('simple', unaccent(%s)) ORDER BY record_id LIMIT %s",
        (fold(text), limit),
    ).fetchall()
    return [
        {
            "id": r[0],
            "kind": r[1],
            "head_rev": r[2],
            "fields": r[3],
            "in_conflict": r[4],
            "deleted": r[5],
        }
        for r in rows
    ]


def view_checksum(conn: psycopg.Connection) -> str:
    """SHA-256 over every record's heads, winner, conflict flags and merged fields and photos."""
    digest = hashlib.sha256()
    for row in conn.execute(
        "SELECT record_id, kind, heads, winner, fields::text, media::text, deleted, "
        "in_conflict, needs_person, disputed FROM records ORDER BY record_id"
    ):
        digest.update(json.dumps(list(row), ensure_ascii=False, sort_keys=True).encode())
        digest.update(b"\n")
    return digest.hexdigest()
