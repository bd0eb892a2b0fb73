"""An import's COMMIT leaves the WAL's copy into the database to a background connection (issue
22): at 1,000,000 records SQLite's automatic checkpoint at that COMMIT copied 925 MB while the
person waited for the import to end. The import stays durable (the WAL is synced at the COMMIT),
readers see it at once, and the copy is done before the vault closes.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.bundles.importer import import_bundle
from fieldkit.identity import own, trust
from fieldkit.identity.card import card_bytes, make_card, parse_card
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault
from fieldkit.vault.database import open_database

RECORDS = 300


def _wal_index(db: Path) -> tuple[int, int]:
    """(frames in the WAL, frames of it already copied into the database): mxFrame and
    nBackfill of the WAL index in the -shm file (sqlite.org/walformat.html §2.1), in the
    machine's byte order."""
    head = (db.parent / (db.name + "-shm")).read_bytes()[:136]
    (max_frame,) = struct.unpack_from("=I", head, 16)
    (backfilled,) = struct.unpack_from("=I", head, 96)
    return max_frame, backfilled


@pytest.fixture
def bundle_and_coord(tmp_path: Path) -> tuple[Path, Vault]:
    field, _ = Vault.create(tmp_path / "field", PASSPHRASE, name="Amal", kdf=FAST_KDF)
    coord, _ = Vault.create(
        tmp_path / "coord", PASSPHRASE, name="Rana", role="coordinator", kdf=FAST_KDF
    )
    for holder, other in ((field, coord), (coord, field)):
        with holder.transaction() as db:
            trust.add(db, parse_card(card_bytes(make_card(own.load(other.db)))), verified=True)
    Records(field).create_many(
        F.OBJECT,
        [
            F.clean_fields(F.OBJECT, {"inventory_number": f"C-{i:04d}", "title": f"Vase {i}"})
            for i in range(RECORDS)
        ],
    )
    card = parse_card(card_bytes(make_card(own.load(coord.db))))
    bundle = tmp_path / "out.fkb"
    export_bundles(field, bundle, ExportOptions(recipients=[Recipient.from_card(card)]))
    field.close()
    # Any COMMIT leaving a frame in the WAL would checkpoint it: the import's must not.
    coord.db.execute("PRAGMA wal_autocheckpoint = 1")
    coord.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return bundle, coord


def test_the_import_commit_leaves_the_checkpoint_to_the_background(
    bundle_and_coord: tuple[Path, Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, coord = bundle_and_coord
    started: list[Vault] = []
    monkeypatch.setattr(
        Vault, "_checkpoint_in_background", lambda vault: started.append(vault), raising=False
    )
    try:
        result = import_bundle(coord, bundle)
        assert result.refused is None and result.new_revisions == RECORDS
        frames, copied = _wal_index(coord.path / "vault.db")
        assert frames > 0
        assert copied < frames  # the COMMIT did not copy its WAL into the database
        assert started == [coord]  # the background copy was asked for, once
        # The vault's own setting is back for the person's next saves.
        assert coord.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1
    finally:
        coord.close()


def test_the_background_checkpoint_copies_the_import_and_readers_see_it(
    bundle_and_coord: tuple[Path, Vault],
) -> None:
    bundle, coord = bundle_and_coord
    db_path = coord.path / "vault.db"
    try:
        result = import_bundle(coord, bundle)
        assert result.new_revisions == RECORDS
        # A second connection (the app's reader thread) sees the import at once.
        reader = open_database(db_path, coord._data_key)
        try:
            count = reader.execute("SELECT count(*) FROM records").fetchone()[0]
        finally:
            reader.close()
        assert count == RECORDS
        coord.wait_for_checkpoint()
        frames, copied = _wal_index(db_path)
        assert copied == frames > 0
    finally:
        coord.close()
    wal = db_path.with_name("vault.db-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    with Vault.open(coord.path, PASSPHRASE) as again:
        assert again.db.execute("SELECT count(*) FROM records").fetchone()[0] == RECORDS
