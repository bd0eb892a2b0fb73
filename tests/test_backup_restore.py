"""Backups are consistent while the vault is written to, and restore starts a new epoch."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest
from conftest import PASSPHRASE, tree_snapshot

from fieldkit.errors import CorruptFileError, VaultExistsError, WrongPassphraseError
from fieldkit.vault import Vault, backup, restore

BATCH = 25


def test_backup_while_another_connection_writes_restores_consistently(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    with vault.transaction() as db:
        db.execute("CREATE TABLE batches (batch INTEGER, i INTEGER)")
    writer = vault._open_copy(vault_path / "vault.db")  # a second connection to the live vault
    stop = threading.Event()
    written: list[int] = []

    def write_batches() -> None:
        batch = 0
        while not stop.is_set():
            writer.execute("BEGIN IMMEDIATE")
            writer.executemany(
                "INSERT INTO batches VALUES (?, ?)", [(batch, i) for i in range(BATCH)]
            )
            writer.execute("COMMIT")
            written.append(batch)
            batch += 1
            # A real writer pauses between saves; one that never does starves the other
            # connection's BEGIN IMMEDIATE past its busy timeout on a slow machine.
            stop.wait(0.002)

    thread = threading.Thread(target=write_batches)
    thread.start()
    try:
        while len(written) < 20:  # make sure the backup starts in the middle of the writing
            stop.wait(0.01)
        with vault.transaction() as db:
            photo = vault.media.add(db, io.BytesIO(b"photo" * 50_000))
        result = backup(vault, tmp_path / "backup")
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert result.files == 3  # vault.db, vault.json, one photo
    vault.close()

    restored = restore(tmp_path / "backup", tmp_path / "restored", PASSPHRASE)
    with restored:
        rows = restored.db.execute(
            "SELECT batch, count(*) FROM batches GROUP BY batch ORDER BY batch"
        ).fetchall()
        assert rows, "the backup caught none of the writes"
        assert all(n == BATCH for _, n in rows), "a transaction was cut in half"
        assert [b for b, _ in rows] == list(range(len(rows))), "a committed batch is missing"
        assert len(rows) < len(written) + 1
        assert restored.media.read_bytes(photo.name) == b"photo" * 50_000


def test_restore_starts_a_new_epoch(vault: Vault, tmp_path: Path) -> None:
    first_epoch = vault.epoch
    backup(vault, tmp_path / "b")
    vault.close()
    with restore(tmp_path / "b", tmp_path / "r", PASSPHRASE) as restored:
        assert restored.epoch != first_epoch
        reasons = [r[0] for r in restored.db.execute("SELECT reason FROM epochs ORDER BY rowid")]
        assert reasons == ["created", "restored"]
        assert restored.header.vault_id == vault.header.vault_id


def test_backup_refuses_a_folder_with_files(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "mine.txt").write_text("x")
    with pytest.raises(VaultExistsError):
        backup(vault, tmp_path / "b")


def test_restore_refuses_a_target_with_files(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "mine.txt").write_text("x")
    with pytest.raises(VaultExistsError):
        restore(tmp_path / "b", tmp_path / "t", PASSPHRASE)
    assert [p.name for p in (tmp_path / "t").iterdir()] == ["mine.txt"]


def test_restore_with_wrong_passphrase_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b")
    with pytest.raises(WrongPassphraseError):
        restore(tmp_path / "b", tmp_path / "t", "wrong passphrase!")
    assert not (tmp_path / "t").exists()


def test_damaged_backup_is_refused_before_anything_is_written(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction() as db:
        photo = vault.media.add(db, io.BytesIO(b"p" * 1000))
    backup(vault, tmp_path / "b")
    target = tmp_path / "b" / "media" / photo.name
    data = bytearray(target.read_bytes())
    data[-1] ^= 1
    target.write_bytes(bytes(data))
    before = tree_snapshot(tmp_path / "b")
    with pytest.raises(CorruptFileError, match="damaged"):
        restore(tmp_path / "b", tmp_path / "t", PASSPHRASE)
    assert not (tmp_path / "t").exists()
    assert tree_snapshot(tmp_path / "b") == before


def test_incomplete_backup_is_named_as_such(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b")
    (tmp_path / "b" / "backup.json").unlink()
    with pytest.raises(CorruptFileError, match="not a complete FieldKit backup"):
        restore(tmp_path / "b", tmp_path / "t", PASSPHRASE)


def test_hostile_backup_manifest_cannot_reach_outside(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b")
    manifest = json.loads((tmp_path / "b" / "backup.json").read_text())
    manifest["files"]["../../escape"] = "0" * 64
    (tmp_path / "b" / "backup.json").write_text(json.dumps(manifest))
    with pytest.raises(CorruptFileError, match="unexpected file"):
        restore(tmp_path / "b", tmp_path / "t", PASSPHRASE)


def test_backup_is_encrypted_and_reopens_with_the_recovery_key(make_vault, tmp_path: Path) -> None:
    vault, rkey = make_vault(name="MARKER-backup-name")
    backup(vault, tmp_path / "b")
    vault.close()
    for p in (tmp_path / "b").rglob("*"):
        if p.is_file():
            assert b"MARKER-backup-name" not in p.read_bytes()
    with restore(tmp_path / "b", tmp_path / "r", recovery_key=rkey) as r:
        assert r.info().name == "MARKER-backup-name"


def test_restore_waits_for_no_one_else_creating_the_same_vault(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:
    """Found in review: restore cleared a target another create or restore was writing."""
    from fieldkit.errors import VaultInUseError
    from fieldkit.vault.lock import VaultLock

    vault, _ = make_vault()
    backup(vault, tmp_path / "b")
    vault.close()
    from fieldkit.vault.vault import CREATING_MARKER

    target = tmp_path / "restored"
    target.mkdir()
    other = VaultLock(target)  # another process creating a vault in this very folder
    other.acquire()
    (target / CREATING_MARKER).touch()  # its marker: what an interrupted creation leaves too
    (target / "vault.db").write_bytes(b"being written by the other process")
    try:
        with pytest.raises(VaultInUseError):
            restore(tmp_path / "b", target, PASSPHRASE)
        assert (target / "vault.db").read_bytes() == b"being written by the other process"
    finally:
        other.release()
    restore(tmp_path / "b", target, PASSPHRASE).close()


def test_every_file_of_a_backup_is_private_to_its_owner(vault: Vault, tmp_path: Path) -> None:
    """r11 UI trial 2 #13: the backup's vault.db came out 0644 (VACUUM INTO uses the umask)
    while every other file was 0600; the copy travels on a stick."""
    import os
    import stat

    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    Records(vault).create(F.OBJECT, {"inventory_number": "INV-1", "title": "Jar"})
    old = os.umask(0o022)
    try:
        backup(vault, tmp_path / "bk")
    finally:
        os.umask(old)
    for path in (tmp_path / "bk").rglob("*"):
        if path.is_file():
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode & 0o077 == 0, (path.name, oct(mode))
