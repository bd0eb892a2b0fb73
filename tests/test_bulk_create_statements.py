"""Bulk create writes a chunk with one statement per table (issue 22, SPEC §13).

``executemany`` takes Python's GIL back between rows, so the writer thread of
``Records.create_many`` and the thread building the next chunk took turns instead of running
together. The rows now go to SQLite as one JSON text (and blobs of the long texts) per table,
written by one ``INSERT … SELECT`` each; the stored values are the same as binding them.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from fieldkit.identity import own
from fieldkit.records import fields as F
from fieldkit.records import revision_store
from fieldkit.records.revision import HybridClock, Revision
from fieldkit.records.service import _CREATE_CHUNK, Records
from fieldkit.vault import Vault

COUNT = _CREATE_CHUNK * 3 + 5


def test_a_chunk_is_written_with_one_statement_per_table(vault: Vault) -> None:
    rows = [
        F.clean_fields(F.OBJECT, {"inventory_number": f"S-{i:04d}", "title": f"Coupe {i}"})
        for i in range(COUNT)
    ]
    inserts: list[str] = []
    raw: Any = vault.db
    raw.set_trace_callback(lambda sql: inserts.append(sql) if sql.startswith("INSERT") else None)
    try:
        Records(vault).create_many(F.OBJECT, rows)
    finally:
        raw.set_trace_callback(None)
    chunks = -(-COUNT // _CREATE_CHUNK)
    # SQLite's trace repeats a statement each time a trigger it fires runs (record_counts, one
    # per row): distinct texts count statements (the expanded text carries the parameters).
    assert len(set(inserts)) <= 4 * chunks + 5, len(set(inserts))  # was 4 per record
    hits = Records(vault).list(F.OBJECT, search="S-0600", limit=5)
    assert [r.fields["inventory_number"] for r in hits] == ["S-0600"]


def _table_rows(vault: Vault) -> list[list[tuple[Any, ...]]]:
    out = []
    for table, order in (
        ("revisions", "rowid"),
        ("heads", "record_id"),
        ("records", "rowid"),
        ("records_search", "rowid"),
    ):
        columns = [r[1] for r in vault.db.execute(f"PRAGMA table_info({table})")]
        if table in ("revisions", "records_search"):  # heads has no rowid, records names it
            columns = ["rowid", *columns]
        listed = ", ".join(f"{c}, typeof({c})" for c in columns)
        out.append(
            vault.db.execute(f"SELECT {listed} FROM {table} ORDER BY {order}").fetchall()  # noqa: S608
        )
    return out


def _revisions(vault: Vault) -> list[Revision]:
    me = own.load(vault.db)
    clock = HybridClock("000000000000001-000000", lambda: 5)
    odd: dict[int, dict[str, Any]] = {
        # A NUL in a view column, and a float where text is expected (a foreign bundle):
        # those two chunks are written the plain way.
        _CREATE_CHUNK: {"title": "Amphore \x00 fêlée"},
        2 * _CREATE_CHUNK: {"title": 2.5},
        # A NUL only in the long texts (fields, search body, canonical bytes): one statement.
        3 * _CREATE_CHUNK: {"title": "قارورة", "notes": "NUL \x00 here", "salvage_priority": 2},
    }
    revisions = []
    for i in range(COUNT):
        fields = {"inventory_number": f"T-{i:04d}", "title": f"Лампа {i}", **odd.get(i, {})}
        media = ({"sha256": "ab" * 32, "role": "overall", "caption": "face"},) if i % 5 else ()
        kind = F.OBJECT if i % 3 else F.DAMAGE
        rev = Revision(
            str(uuid.UUID(int=i + 1)), kind, (), me.fingerprint, clock.tick(), fields, media, False
        )
        revisions.append(rev.signed_by(me))
    return revisions


def test_one_statement_per_table_stores_what_binding_stores(
    make_vault: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = []
    batches = []
    revisions: list[Revision] = []
    for plain in (False, True):
        vault, _ = make_vault(tmp_path / ("plain" if plain else "batch"))
        revisions = revisions or _revisions(vault)
        if plain:
            monkeypatch.setattr(revision_store, "_batch", lambda rows: None)
        with vault.transaction() as db:
            for start in range(0, COUNT, _CREATE_CHUNK):
                rows = revision_store.fresh_rows(
                    revisions[start : start + _CREATE_CHUNK],
                    "local",
                    "2026-12-06T00:00:00Z",
                    batch=True,
                )
                batches.append(rows.batch is not None)
                revision_store.insert_fresh_rows(db, rows)
        written.append(_table_rows(vault))
    assert batches[:4] == [True, False, False, True]
    assert written[0] == written[1]
    assert [len(t) for t in written[0]] == [COUNT, COUNT, COUNT, COUNT]


def test_an_empty_photo_list_is_not_signed_as_a_field(vault: Any) -> None:
    """``_media`` is the photos' channel of create_many, never a record field, even empty."""
    from fieldkit.records.service import Records

    records = Records(vault)
    row = {**F.clean_fields(F.OBJECT, {"inventory_number": "E-1", "title": "Bol"}), "_media": []}
    (record_id,) = records.create_many(F.OBJECT, [row])
    assert "_media" not in records.get(record_id).fields
