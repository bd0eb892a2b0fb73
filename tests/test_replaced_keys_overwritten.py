"""Nothing readable at rest after a key change (review r10 #4): the header a passphrase change,
a new recovery key or a rekey replaces, and the database a rekey replaces, are overwritten in
place once the new ones are durable — not left whole in the drive's free blocks, where the OLD
passphrase (someone saw it) or the old recovery key would still open the vault.

Each test holds the old file open before the change, as a carving tool would later find it: a
descriptor reaches the renamed-away inode, the one the overwrite must reach.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from fieldkit.errors import WrongPassphraseError
from fieldkit.vault import Vault
from fieldkit.vault.header import VaultHeader

NEW_PASSPHRASE = "a new passphrase nobody saw"
PAGE = 4096


@pytest.fixture
def held(vault_path: Path) -> Iterator[list[int]]:
    """Descriptors the test opens on files before they are replaced; closed afterwards."""
    fds: list[int] = []
    yield fds
    for fd in fds:
        os.close(fd)


def _hold(held: list[int], path: Path) -> tuple[int, bytes]:
    fd = os.open(path, os.O_RDONLY)
    held.append(fd)
    return fd, path.read_bytes()


def _now(fd: int) -> bytes:
    size = os.fstat(fd).st_size
    return os.pread(fd, size, 0)


def test_passwd_overwrites_the_old_header(vault: Vault, vault_path: Path, held: list[int]) -> None:
    fd, old = _hold(held, vault_path / "vault.json")
    assert VaultHeader.from_bytes(old).unwrap(PASSPHRASE)  # the old wrap is in these bytes

    vault.change_passphrase(NEW_PASSPHRASE, FAST_KDF)

    left = _now(fd)
    assert len(left) == len(old) and left != old
    assert b"wrapped" not in left and old[:40] not in left  # random bytes, no JSON header left
    vault.close()
    Vault.open(vault_path, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_a_new_recovery_key_overwrites_the_old_header(
    make_vault: object, vault_path: Path, held: list[int]
) -> None:
    vault, old_rkey = make_vault()  # type: ignore[operator]
    fd, old = _hold(held, vault_path / "vault.json")
    assert VaultHeader.from_bytes(old).unwrap(recovery_key=old_rkey)

    new_rkey = vault.new_recovery_key()

    left = _now(fd)
    assert len(left) == len(old) and b"wrapped" not in left
    vault.close()
    Vault.open(vault_path, recovery_key=new_rkey).close()


def test_rekey_overwrites_the_old_header_and_the_old_database(
    vault: Vault, vault_path: Path, held: list[int]
) -> None:
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    header_fd, _old = _hold(held, vault_path / "vault.json")
    db_fd, old_db = _hold(held, vault_path / "vault.db")
    assert len(old_db) >= 4 * PAGE

    vault.rekey(NEW_PASSPHRASE, FAST_KDF)

    assert b"wrapped" not in _now(header_fd)
    left = _now(db_fd)
    assert len(left) == len(old_db)
    same_pages = [
        i for i in range(0, len(old_db), PAGE) if left[i : i + PAGE] == old_db[i : i + PAGE]
    ]
    assert same_pages == []  # not one page of the old database is left as it was
    vault.close()
    Vault.open(vault_path, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_a_hard_linked_copy_of_the_header_is_the_users_and_stays(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    # A second name is a copy the user made on purpose (cp -al): like a backup, it keeps the
    # old keys, and overwriting it would destroy the only header that copy has.
    copy = tmp_path / "copy-of-vault.json"
    os.link(vault_path / "vault.json", copy)
    old = copy.read_bytes()

    vault.change_passphrase(NEW_PASSPHRASE, FAST_KDF)

    assert copy.read_bytes() == old
    assert VaultHeader.from_bytes(copy.read_bytes()).unwrap(PASSPHRASE)
