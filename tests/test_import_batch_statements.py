"""The import's writer stores a chunk of new records with one statement per table (issue 22).

executemany steps each row with the GIL dropped and taken back, so a writer that stored a
chunk row by row waited for the GIL thousands of times a chunk behind the thread parsing the
next one. The batch statements (revision_store._batch, the rows as JSON) run a chunk whole
inside SQLite. What they store must be byte for byte what the row-by-row statements store.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peers import Peer

from fieldkit.bundles import importer
from fieldkit.records import fields as F
from fieldkit.vault import Vault

_TITLES = [
    "فلس نحاسي",
    "Ікона Покрови Пресвятої Богородиці",
    "Coupe à décor de rinceaux",
    'A "quoted" title \\ with a backslash',
    "tab\tand\nnewline",
    "emoji 🏺 jar",
]


@pytest.fixture
def peers(tmp_path: Path) -> Iterator[tuple[Peer, Peer, Peer]]:
    field = Peer(tmp_path, "field")
    one = Peer(tmp_path, "coord-one", role="coordinator")
    two = Peer(tmp_path, "coord-two", role="coordinator")
    field.trust(one, two)
    one.trust(field)
    two.trust(field)
    yield field, one, two
    for peer in (field, one, two):
        peer.vault.close()


def _objects(count: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(count):
        row: dict[str, Any] = {
            "inventory_number": f"B-{i}",
            "title": _TITLES[i % len(_TITLES)],
            "status": ["in_place", "in_storage", "evacuated"][i % 3],
            # Integral floats: "94" in the canonical bytes, "94.0" in the view.
            "measurements": [
                {"dimension": "height", "value": [94.0, 23.5, 120][i % 3], "unit": "cm"}
            ],
        }
        if i % 2:
            row["salvage_priority"] = 1 + i % 3
        rows.append(F.clean_fields(F.OBJECT, row))
    return rows


def _stored(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    db = vault.db
    return {
        table: db.execute(f"SELECT {columns} FROM {table} ORDER BY {order}").fetchall()  # noqa: S608
        for table, columns, order in (
            # origin: the id of the bundle, one for each recipient
            (
                "revisions",
                "rev_id, record_id, kind, author, hlc, deleted, canonical, signature, received_at",
                "rev_id",
            ),
            ("heads", "*", "record_id"),
            ("records", "rowid, *", "rowid"),
            ("records_search", "rowid, body", "rowid"),
            ("peer_revisions", "*", "rev_id"),
        )
    }


def test_a_chunk_of_new_records_is_one_statement_per_table_on_the_writer_thread(
    peers: tuple[Peer, Peer, Peer],
) -> None:
    field, coord, _ = peers
    chunks = 4
    count = importer._STORE_CHUNK * (chunks - 1) + 7
    field.records.create_many(F.OBJECT, [{"inventory_number": f"W-{i}"} for i in range(count)])
    inserts: dict[tuple[str, str], set[str]] = defaultdict(set)
    raw: Any = coord.vault.db

    def trace(sql: str) -> None:
        # A statement is traced again at each trigger it runs (records has some): distinct
        # texts count statements (each holds its own values).
        for table in ("revisions", "records", "records_search"):
            if sql.startswith(f"INSERT INTO {table} "):
                inserts[table, threading.current_thread().name.split("_")[0]].add(sql)

    raw.set_trace_callback(trace)
    try:
        result = coord.receive(field.send(coord))
    finally:
        raw.set_trace_callback(None)
    assert result.refused is None and result.new_revisions == count
    # Before: one INSERT per record and table (executemany), 3 × `count` GIL round trips.
    assert {where: len(texts) for where, texts in inserts.items()} == {
        (table, "fieldkit-import-write"): chunks
        for table in ("revisions", "records", "records_search")
    }
    db = coord.vault.db
    for table in ("revisions", "heads", "records", "records_search"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count  # noqa: S608
    hits = coord.records.list(F.OBJECT, search="W-777", limit=5)
    assert [r.fields["inventory_number"] for r in hits] == ["W-777"]


def test_the_batch_statements_store_the_bytes_the_row_by_row_ones_do(
    peers: tuple[Peer, Peer, Peer], monkeypatch: pytest.MonkeyPatch
) -> None:
    field, batched, plain = peers
    field.records.create_many(F.OBJECT, _objects(importer._STORE_CHUNK * 2 + 33))
    field.records.create_many(
        F.DAMAGE, [{"object_id": "B-1", "severity": "minor", "notes": t} for t in _TITLES * 20]
    )
    monkeypatch.setattr(importer, "_now", lambda: "2026-12-06T00:00:00Z")
    assert batched.receive(field.send(batched)).refused is None
    real = importer.fresh_rows

    def row_by_row(*args: Any, **kw: Any) -> Any:
        kw["batch"] = False
        return real(*args, **kw)

    monkeypatch.setattr(importer, "fresh_rows", row_by_row)
    assert plain.receive(field.send(plain)).refused is None
    stored, expected = _stored(batched.vault), _stored(plain.vault)
    assert stored["revisions"] and stored["records_search"]
    for table, rows in expected.items():
        assert stored[table] == rows, table
    # And the same SQL types (typeof), which the comparison above takes on Python's word.
    typed = (
        "SELECT typeof(salvage_priority), typeof(inventory_number), typeof(inventory_sort), "
        "count(*) FROM records GROUP BY 1, 2, 3"
    )
    assert batched.vault.db.execute(typed).fetchall() == plain.vault.db.execute(typed).fetchall()
