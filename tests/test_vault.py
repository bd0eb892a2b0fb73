"""The vault's guarantees (SPEC §3), on real SQLCipher vaults in tmp_path."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, tree_snapshot

from fieldkit.crypto import recovery_key as rk
from fieldkit.crypto.kdf import FLOOR, Argon2Params, calibrate
from fieldkit.errors import (
    UnsupportedFormatError,
    VaultExistsError,
    VaultFormatError,
    VaultInUseError,
    VaultNotFoundError,
    VaultShreddedError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from fieldkit.vault import Vault, shred
from fieldkit.vault.database import open_database
from fieldkit.vault.schema import LATEST


def add_rows(vault: Vault, n: int, label: str = "row") -> None:
    with vault.transaction() as db:
        db.execute("CREATE TABLE IF NOT EXISTS t (label TEXT, i INTEGER)")
        db.executemany("INSERT INTO t VALUES (?, ?)", [(label, i) for i in range(n)])


def count_rows(vault: Vault) -> int:
    return int(vault.db.execute("SELECT count(*) FROM t").fetchone()[0])


def test_created_vault_reopens_with_its_passphrase(make_vault, vault_path: Path) -> None:
    vault, rkey = make_vault(name="Musée de Mossoul", organisation="ICOM", role="coordinator")
    add_rows(vault, 10)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as again:
        info = again.info()
        assert info.name == "Musée de Mossoul"
        assert info.organisation == "ICOM"
        assert info.role == "coordinator"
        assert info.schema_version == LATEST
        assert count_rows(again) == 10
    assert rk.normalize(rkey)
    assert sorted(p.name for p in vault_path.iterdir()) == [
        "media",
        "vault.db",
        "vault.json",
        "vault.lock",
    ]


def test_vault_files_are_private(vault, vault_path: Path) -> None:
    for p in [vault_path, *vault_path.rglob("*")]:
        assert p.stat().st_mode & 0o077 == 0, p


def test_header_holds_no_secret_and_no_name(make_vault, vault_path: Path) -> None:
    make_vault(name="Secret Museum Name", organisation="Secret Org")
    header = (vault_path / "vault.json").read_text()
    data = json.loads(header)
    assert data["format"] == "fieldkit-vault" and data["version"] == 1
    assert data["demo"] is False
    assert data["keys"]["passphrase"]["kdf"]["name"] == "argon2id"
    assert "Secret" not in header


def test_create_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("mine")
    with pytest.raises(VaultExistsError):
        Vault.create(tmp_path / "x", PASSPHRASE, name="n", kdf=FAST_KDF)
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["notes.txt"]


def test_missing_vault_is_named_plainly(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError, match="no FieldKit vault"):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_wrong_passphrase_changes_no_file(make_vault, vault_path: Path) -> None:
    vault, _ = make_vault()
    add_rows(vault, 5)
    vault.close()
    before = tree_snapshot(vault_path)
    with pytest.raises(WrongPassphraseError) as info:
        Vault.open(vault_path, "not the passphrase")
    assert "passphrase is not correct" in str(info.value)
    assert tree_snapshot(vault_path) == before


def test_wrong_passphrase_creates_no_lock_file_either(make_vault, vault_path: Path) -> None:
    vault, _ = make_vault()
    vault.close()
    (vault_path / "vault.lock").unlink()
    before = tree_snapshot(vault_path)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, "nope nope nope")
    assert tree_snapshot(vault_path) == before


def test_second_open_in_same_process_is_refused(vault, vault_path: Path) -> None:
    with pytest.raises(VaultInUseError, match="open elsewhere"):
        Vault.open(vault_path, PASSPHRASE)


def test_second_process_gets_open_elsewhere(vault, vault_path: Path) -> None:
    code = (
        "import sys\n"
        "from fieldkit.vault import Vault\n"
        "from fieldkit.errors import VaultInUseError\n"
        "try:\n"
        f"    Vault.open(sys.argv[1], {PASSPHRASE!r})\n"
        "except VaultInUseError as e:\n"
        "    print(e); sys.exit(7)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(vault_path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 7, proc.stderr
    assert "open elsewhere" in proc.stdout


def test_lock_is_released_on_close_and_lock_file_never_changes(vault, vault_path: Path) -> None:
    before = (vault_path / "vault.lock").read_bytes()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE):
        pass
    assert (vault_path / "vault.lock").read_bytes() == before == b""


def test_recovery_key_unlocks_and_sets_a_new_passphrase(make_vault, vault_path: Path) -> None:
    vault, rkey = make_vault()
    add_rows(vault, 3)
    vault.close()
    # The user lost the passphrase; the recovery key, typed sloppily, still works.
    sloppy = rk.normalize(rkey).lower().replace("0", "o")
    with Vault.open(vault_path, recovery_key=sloppy) as v:
        assert count_rows(v) == 3
        v.change_passphrase("a brand new passphrase", kdf=FAST_KDF)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "a brand new passphrase") as v:
        assert count_rows(v) == 3
    # The recovery key keeps working after a passphrase change.
    Vault.open(vault_path, recovery_key=rkey).close()


def test_wrong_recovery_key_is_refused(make_vault, vault_path: Path) -> None:
    vault, _ = make_vault()
    vault.close()
    before = tree_snapshot(vault_path)
    with pytest.raises(WrongRecoveryKeyError, match="not the one"):
        Vault.open(vault_path, recovery_key=rk.generate())
    with pytest.raises(WrongRecoveryKeyError, match="typing mistake"):
        good = rk.generate()
        Vault.open(vault_path, recovery_key=good[:-1] + ("0" if good[-1] != "0" else "1"))
    assert tree_snapshot(vault_path) == before


def test_recovery_key_format_catches_typos() -> None:
    key = rk.generate()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert rk.normalize(key.lower()) == rk.normalize(" ".join(groups))
    chars = rk.normalize(key)
    slipped = total = 0
    for i in range(len(chars)):
        for c in rk.ALPHABET:
            if c == chars[i]:
                continue
            total += 1
            try:
                rk.normalize(chars[:i] + c + chars[i + 1 :])
                slipped += 1
            except rk.RecoveryKeyFormatError:
                pass
    # A 10-bit checksum lets about 1 in 1,000 single-character typos through.
    assert slipped <= 10, (slipped, total)
    with pytest.raises(rk.RecoveryKeyFormatError):
        rk.normalize("too-short")


def test_passwd_keeps_data_and_retires_the_old_passphrase(make_vault, vault_path: Path) -> None:
    vault, _ = make_vault()
    add_rows(vault, 7)
    vault.change_passphrase("another good passphrase", kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "another good passphrase") as v:
        assert count_rows(v) == 7


def test_rekey_keeps_data_and_retires_old_credentials(make_vault, vault_path: Path) -> None:
    vault, old_rkey = make_vault()
    add_rows(vault, 20)
    with vault.transaction() as db:
        stored = vault.media.add(db, io.BytesIO(b"photo bytes " * 10_000))
    old_media_bytes = (vault_path / "media" / stored.name).read_bytes()
    old_db_head = (vault_path / "vault.db").read_bytes()[:64]
    new_rkey = vault.rekey("the new passphrase here", kdf=FAST_KDF)
    # Still usable without reopening.
    assert count_rows(vault) == 20
    assert vault.media.read_bytes(stored.name) == b"photo bytes " * 10_000
    vault.close()
    assert (vault_path / "media" / stored.name).read_bytes() != old_media_bytes
    assert (vault_path / "vault.db").read_bytes()[:64] != old_db_head
    assert not (vault_path / "vault.db.rekey").exists()
    assert not (vault_path / "media.rekey").exists()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open(vault_path, recovery_key=old_rkey)
    with Vault.open(vault_path, "the new passphrase here") as v:
        assert count_rows(v) == 20
        assert v.media.read_bytes(stored.name) == b"photo bytes " * 10_000
    Vault.open(vault_path, recovery_key=new_rkey).close()


def test_rekey_interrupted_before_its_commit_point_leaves_old_keys(
    make_vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.vault import header as header_mod

    vault, _ = make_vault()
    add_rows(vault, 4)

    def power_cut(self: object, folder: Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(header_mod.VaultHeader, "save", power_cut)
    with pytest.raises(Exception):  # noqa: B017 - any error: the point is what is left behind
        vault.rekey("never committed passphrase", kdf=FAST_KDF)
    monkeypatch.undo()
    assert count_rows(vault) == 4
    vault.close()
    assert not (vault_path / "vault.db.rekey").exists()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert count_rows(v) == 4


def test_rekey_interrupted_after_its_commit_point_is_finished_on_open(
    make_vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.vault import vault as vault_mod

    vault, _ = make_vault()
    add_rows(vault, 4)
    with vault.transaction() as db:
        stored = vault.media.add(db, io.BytesIO(b"x" * 100_000))

    def crash(path: Path, key: bytes) -> None:
        raise KeyboardInterrupt  # the process dies right after the header was committed

    monkeypatch.setattr(vault_mod, "_finish_interrupted_rekey", crash)
    with pytest.raises(KeyboardInterrupt):
        vault.rekey("committed new passphrase", kdf=FAST_KDF)
    monkeypatch.undo()
    vault._lock.release()  # the dead process's lock goes with it
    assert (vault_path / "vault.db.rekey").exists()
    with Vault.open(vault_path, "committed new passphrase") as v:
        assert count_rows(v) == 4
        assert v.media.read_bytes(stored.name) == b"x" * 100_000
    assert not (vault_path / "vault.db.rekey").exists()
    assert not (vault_path / "media.rekey").exists()



def test_a_passing_error_after_a_committed_rekey_deletes_nothing(
    make_vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (or a busy file) while finishing a committed rekey must not be read as
    "the rekey never committed": the new database is the only copy under the new key."""
    from fieldkit.errors import DiskFullError
    from fieldkit.vault import vault as vault_mod

    vault, _ = make_vault()
    add_rows(vault, 4)

    def crash(path: Path, key: bytes) -> None:
        raise KeyboardInterrupt  # the process dies right after the header was committed

    monkeypatch.setattr(vault_mod, "_finish_interrupted_rekey", crash)
    with pytest.raises(KeyboardInterrupt):
        vault.rekey("committed new passphrase", kdf=FAST_KDF)
    monkeypatch.undo()
    vault._lock.release()
    real_open = vault_mod.open_database
    calls = []

    def full_once(path: Path, key: bytes):  # type: ignore[no-untyped-def]
        calls.append(path.name)
        if len(calls) == 1:
            raise DiskFullError("The drive is full: the database could not be written.")
        return real_open(path, key)

    monkeypatch.setattr(vault_mod, "open_database", full_once)
    with pytest.raises(DiskFullError):
        Vault.open(vault_path, "committed new passphrase")
    monkeypatch.undo()
    assert (vault_path / "vault.db.rekey").exists()  # kept for the next open
    with Vault.open(vault_path, "committed new passphrase") as v:
        assert count_rows(v) == 4

def test_shred_makes_both_credentials_fail(make_vault, vault_path: Path) -> None:
    vault, rkey = make_vault()
    add_rows(vault, 2)
    header_before = json.loads((vault_path / "vault.json").read_text())
    wrapped = [header_before["keys"][k]["wrapped"] for k in ("passphrase", "recovery")]
    vault.close()
    shred(vault_path)
    text = (vault_path / "vault.json").read_text()
    assert all(w not in text for w in wrapped)
    assert json.loads(text)["shredded"] is True
    with pytest.raises(VaultShreddedError):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(VaultShreddedError):
        Vault.open(vault_path, recovery_key=rkey)


def test_shred_works_while_the_vault_is_open(vault, vault_path: Path) -> None:
    shred(vault_path)
    vault.close()
    with pytest.raises(VaultShreddedError):
        Vault.open(vault_path, PASSPHRASE)


@pytest.mark.parametrize(
    "mutate, error",
    [
        (
            lambda d: d["keys"]["passphrase"].update(wrapped=d["keys"]["recovery"]["wrapped"]),
            WrongPassphraseError,
        ),
        (lambda d: d.update(version=2), UnsupportedFormatError),
        (lambda d: d.update(format="something-else"), VaultFormatError),
        (lambda d: d["keys"]["passphrase"]["kdf"].update(memory_kib=1 << 30), VaultFormatError),
        (lambda d: d["keys"]["passphrase"].update(nonce="@@@"), VaultFormatError),
        (lambda d: d.update(vault_id="another-vault"), WrongPassphraseError),
    ],
)
def test_tampered_header_is_refused_plainly(make_vault, vault_path: Path, mutate, error) -> None:
    vault, _ = make_vault()
    vault.close()
    data = json.loads((vault_path / "vault.json").read_text())
    mutate(data)
    (vault_path / "vault.json").write_text(json.dumps(data))
    with pytest.raises(error):
        Vault.open(vault_path, PASSPHRASE)


def test_garbage_header_is_refused_plainly(vault, vault_path: Path) -> None:
    vault.close()
    (vault_path / "vault.json").write_bytes(b"\x00\xff garbage")
    with pytest.raises(VaultFormatError, match="damaged"):
        Vault.open(vault_path, PASSPHRASE)


def test_database_of_another_vault_is_refused(make_vault, tmp_path: Path) -> None:
    a, _ = make_vault(tmp_path / "a")
    b, _ = make_vault(tmp_path / "b")
    a.close()
    b.close()
    (tmp_path / "a" / "vault.db").write_bytes((tmp_path / "b" / "vault.db").read_bytes())
    with pytest.raises(VaultFormatError, match="does not belong"):
        Vault.open(tmp_path / "a", PASSPHRASE)
    # ... and the lock was released on the way out.
    with pytest.raises(VaultFormatError):
        Vault.open(tmp_path / "a", PASSPHRASE)


def test_weak_kdf_parameters_warn_on_open(make_vault, vault_path: Path) -> None:
    vault, _ = make_vault()
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert any("weaker" in w for w in v.warnings)


def test_calibration_never_goes_below_the_floor() -> None:
    params = calibrate(target_seconds=0.0)
    assert not params.below_floor
    assert params.iterations >= FLOOR.iterations and params.memory_kib >= FLOOR.memory_kib
    assert Argon2Params(2, FLOOR.memory_kib).below_floor


def test_strong_vault_opens_without_warning(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, name="n", kdf=FLOOR)
    vault.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as v:
        assert v.warnings == []


def test_database_is_in_wal_mode_with_full_sync_and_memory_temp(vault) -> None:
    assert vault.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert vault.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert vault.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_a_failed_transaction_leaves_nothing(vault) -> None:
    add_rows(vault, 3)
    with pytest.raises(RuntimeError), vault.transaction() as db:
        db.execute("INSERT INTO t VALUES ('x', 1)")
        raise RuntimeError("boom")
    assert count_rows(vault) == 3


def test_orphan_media_from_a_crash_is_removed_on_open(vault, vault_path: Path) -> None:
    with vault.transaction() as db:
        kept = vault.media.add(db, io.BytesIO(b"kept"))
    orphan = vault_path / "media" / ("ab" * 16)
    orphan.write_bytes(b"left by a crash")
    stale = vault_path / ".vault.json.123.fieldkit-tmp"
    stale.write_bytes(b"half a header")
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert not orphan.exists() and not stale.exists()
        assert v.media.read_bytes(kept.name) == b"kept"


def test_same_photo_is_stored_once(vault, vault_path: Path) -> None:
    with vault.transaction() as db:
        a = vault.media.add(db, io.BytesIO(b"same bytes"))
        b = vault.media.add(db, io.BytesIO(b"same bytes"))
    assert a.name == b.name and a.new and not b.new
    assert len(list((vault_path / "media").iterdir())) == 1


def test_migration_from_a_version_1_vault_with_data(make_vault, vault_path: Path) -> None:
    from fieldkit.identity.own import load as load_identity
    from fieldkit.vault.schema import migrate

    vault, _ = make_vault(name="Old vault")
    key = vault._data_key
    storage = vault.db.execute("SELECT value FROM secrets WHERE name = 'storage_key'").fetchone()
    vault.close()
    # Rebuild vault.db exactly as FieldKit's schema 1 left it, with data in it.
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (vault_path / name).unlink(missing_ok=True)
    conn = open_database(vault_path / "vault.db", key)
    migrate(conn, target=1)
    conn.execute("INSERT INTO meta VALUES ('name', 'Old vault')")
    conn.execute("INSERT INTO secrets VALUES ('storage_key', ?)", (storage[0],))
    conn.execute("INSERT INTO epochs VALUES ('e1', '2026-01-01T00:00:00+00:00', 'created')")
    conn.execute("CREATE TABLE t (label TEXT, i INTEGER)")
    conn.executemany("INSERT INTO t VALUES ('old', ?)", [(i,) for i in range(12)])
    conn.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.info().schema_version == LATEST
        assert v.info().name == "Old vault"
        assert count_rows(v) == 12
        assert load_identity(v.db).fingerprint  # identity keys were created by the migration
        with v.transaction() as db:
            v.media.add(db, io.BytesIO(b"after migration"))


def test_vault_from_newer_fieldkit_is_refused_and_unlocked(make_vault, vault_path: Path) -> None:
    vault, _ = make_vault()
    key = vault._data_key
    vault.close()
    conn = open_database(vault_path / "vault.db", key)
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    with pytest.raises(UnsupportedFormatError, match="schema version"):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(UnsupportedFormatError):  # not VaultInUseError: the lock was released
        Vault.open(vault_path, PASSPHRASE)


def test_new_recovery_key_replaces_the_old(make_vault, vault_path: Path) -> None:
    vault, old = make_vault()
    new = vault.new_recovery_key()
    vault.close()
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open(vault_path, recovery_key=old)
    Vault.open(vault_path, recovery_key=new).close()


def test_a_passphrase_change_whose_commit_fails_changes_nothing(
    make_vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header is written inside the audit event's transaction: when something fails
    after it was written, the old header goes back, so the error means what it says."""
    from fieldkit.vault import header as header_mod

    vault, _ = make_vault()
    real_save = header_mod.VaultHeader.save

    def written_then_failed(self: object, folder: Path) -> None:
        real_save(self, folder)  # type: ignore[arg-type]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(header_mod.VaultHeader, "save", written_then_failed)
    with pytest.raises(Exception):  # noqa: B017 - which error does not matter here
        vault.change_passphrase("another quite long passphrase", kdf=FAST_KDF)
    monkeypatch.undo()
    vault.close()
    Vault.open(vault_path, PASSPHRASE).close()  # the old passphrase still opens it


def test_a_failure_after_the_rekey_commit_says_the_new_keys_are_in_force(
    make_vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.errors import DiskFullError
    from fieldkit.vault import vault as vault_mod

    vault, _ = make_vault()
    add_rows(vault, 3)

    def full(path: Path, key: bytes) -> None:
        raise DiskFullError("The drive is full.")

    monkeypatch.setattr(vault_mod, "_finish_interrupted_rekey", full)
    with pytest.raises(vault_mod.RekeyUnfinishedError) as raised:
        vault.rekey("committed new passphrase", kdf=FAST_KDF)
    assert "NEW passphrase" in (raised.value.hint or "")
    monkeypatch.undo()
    vault._lock.release()
    with Vault.open(vault_path, "committed new passphrase") as v:
        assert count_rows(v) == 3
