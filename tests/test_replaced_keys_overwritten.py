"""Nothing readable at rest after a key change (review r10 #4): the header a passphrase change,
a new recovery key or a rekey replaces, and the database a rekey replaces, are overwritten in
place once the new ones are durable — not left whole in the drive's free blocks, where the OLD
passphrase (someone saw it) or the old recovery key would still open the vault.

Each test holds the old file open before the change, as a carving tool would later find it: a
descriptor reaches the renamed-away inode, the one the overwrite must reach. And since the old
database is now overwritten, the open that finishes an interrupted rekey must never take an
unfinished copy for the committed one (the last test).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from fieldkit.errors import WrongPassphraseError
from fieldkit.records import fields as F
from fieldkit.records.service import Records
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


# Run in a child process: rekeys the vault argv[1] and dies (os._exit, as kill -9 or a power cut)
# while the new database's file exists but the copy has not written a page to it yet.
_KILLED_REKEY = """
import os, sys
from pathlib import Path
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.vault import Vault

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
copy = Path(sys.argv[1]) / "vault.db.rekey"

def killed():
    if copy.exists() and copy.stat().st_size == 0:
        os._exit(9)
    return 0

vault.db.set_progress_handler(killed, 1)
vault.rekey("another passphrase", Argon2Params(iterations=1, memory_kib=1024, lanes=1))
sys.exit("the rekey finished before it could be killed")
"""


def test_a_rekey_killed_before_its_copy_wrote_a_page_keeps_the_vault(
    vault: Vault, vault_path: Path
) -> None:
    # The next open must not take the empty copy (an empty database opens with any key) for
    # the committed one, swap it in and overwrite the vault's only database.
    Records(vault).create_many(
        F.OBJECT, ({"inventory_number": f"R-{i}", "title": "jar"} for i in range(50))
    )
    vault.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_REKEY, str(vault_path), PASSPHRASE],
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert child.returncode == 9, child.stderr.decode(errors="replace")
    assert (vault_path / "vault.db.rekey").stat().st_size == 0

    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert Records(reopened).count(F.OBJECT) == 50
    assert not (vault_path / "vault.db.rekey").exists()
