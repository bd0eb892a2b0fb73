"""The merge's page cache grows with the vault (SPEC §13: 100,000 records into a million in
< 25 s, peak RSS < 500 MB; issue 22).

No timings: which cache the merge runs with, for a small vault (the floor, as before), for a
large one (a 16th of its database) and past the cap; and that the vault's own cache is given
back afterwards. A "large" vault here is a small one with the floor lowered, so that its few
megabytes of database count as large.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peers import Peer

from fieldkit.bundles import importer
from fieldkit.bundles.importer import _MergeContext
from fieldkit.records import fields as F
from fieldkit.vault.database import Connection


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Peer, Peer]]:
    field = Peer(tmp_path, "field")
    coord = Peer(tmp_path, "coord", role="coordinator")
    field.trust(coord)
    coord.trust(field)
    yield field, coord
    field.vault.close()
    coord.vault.close()


def _database_kib(db: Connection) -> int:
    """KiB of the database in use (pages less free pages), as the importer counts them."""
    pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    free = int(db.execute("PRAGMA freelist_count").fetchone()[0])
    return (pages - free) * int(db.execute("PRAGMA page_size").fetchone()[0]) // 1024


def _caches_seen(coord: Peer, bundle: Path, monkeypatch: pytest.MonkeyPatch) -> set[int]:
    """The cache_size values in force while the merge stores revisions."""
    db = coord.vault.db
    seen: set[int] = set()
    real = importer._store_revisions

    def store(db_: Connection, ctx: _MergeContext) -> None:
        seen.add(int(db.execute("PRAGMA cache_size").fetchone()[0]))
        real(db_, ctx)

    monkeypatch.setattr(importer, "_store_revisions", store)
    assert coord.receive(bundle).new_revisions > 0
    return seen


def test_a_small_vault_imports_with_the_floor(
    pair: tuple[Peer, Peer], monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    field.records.create_many(F.OBJECT, [{"inventory_number": f"S-{i}"} for i in range(20)])
    assert _database_kib(coord.vault.db) // 16 < importer.IMPORT_CACHE_KIB
    assert _caches_seen(coord, field.send(coord), monkeypatch) == {-importer.IMPORT_CACHE_KIB}


def test_a_large_vault_imports_with_a_16th_of_its_database_then_gives_the_cache_back(
    pair: tuple[Peer, Peer], monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    coord.records.create_many(
        F.OBJECT, [{"inventory_number": f"C-{i}", "title": "jar " * 20} for i in range(3000)]
    )
    field.records.create_many(F.OBJECT, [{"inventory_number": f"F-{i}"} for i in range(50)])
    db = coord.vault.db
    usual = int(db.execute("PRAGMA cache_size").fetchone()[0])
    expected = _database_kib(db) // 16
    # The floor lowered below a 16th of this vault's database: it counts as large.
    monkeypatch.setattr(importer, "IMPORT_CACHE_KIB", expected // 4)
    assert _caches_seen(coord, field.send(coord), monkeypatch) == {-expected}
    assert int(db.execute("PRAGMA cache_size").fetchone()[0]) == usual


def test_the_cache_of_a_very_large_vault_stops_at_the_cap(
    pair: tuple[Peer, Peer], monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = pair
    coord.records.create_many(F.OBJECT, [{"inventory_number": f"C-{i}"} for i in range(2000)])
    field.records.create_many(F.OBJECT, [{"inventory_number": f"F-{i}"} for i in range(50)])
    sixteenth = _database_kib(coord.vault.db) // 16
    monkeypatch.setattr(importer, "IMPORT_CACHE_KIB", 1)
    monkeypatch.setattr(importer, "IMPORT_CACHE_MAX_KIB", sixteenth // 2, raising=False)
    assert _caches_seen(coord, field.send(coord), monkeypatch) == {-(sixteenth // 2)}
