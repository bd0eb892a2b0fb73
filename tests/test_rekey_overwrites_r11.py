"""A rekey leaves nothing under the OLD keys on the drive (review r11 #3, after r10 #4): the old
database's write-ahead log and the old photos are overwritten in place, not truncated, unlinked
or renamed over with their blocks left in the drive's free space — where whoever learns the old
passphrase (the reason for a rekey) carves the most recent records and the photos.

As the carver would, the tests hold the files open by descriptor BEFORE the rekey, without
checkpointing first (the WAL as the app leaves it after an import), and read what is left of
those inodes afterwards. A rekey killed at any step after its commit point must still leave a
vault that opens with the new passphrase with everything in it (the kill loop).
"""

from __future__ import annotations

import io
import os
import shutil
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

NEW_PASSPHRASE = "a new passphrase nobody saw"
PAGE = 4096
WAL_HEADER, FRAME_HEADER = 32, 24


@pytest.fixture
def held() -> Iterator[list[int]]:
    """Descriptors the test opens on files before they are retired; closed afterwards."""
    fds: list[int] = []
    yield fds
    for fd in fds:
        os.close(fd)


def _hold(held: list[int], path: Path) -> tuple[int, bytes]:
    fd = os.open(path, os.O_RDONLY)
    held.append(fd)
    return fd, os.pread(fd, os.fstat(fd).st_size, 0)


def _now(fd: int) -> bytes:
    return os.pread(fd, os.fstat(fd).st_size, 0)


def _wal_pages(wal: bytes) -> list[bytes]:
    """The database pages (under the data key) the WAL's frames carry."""
    frame = FRAME_HEADER + PAGE
    starts = range(WAL_HEADER + FRAME_HEADER, len(wal) - PAGE + 1, frame)
    return [wal[s : s + PAGE] for s in starts]


def _chunks(data: bytes) -> list[bytes]:
    return [data[i : i + PAGE] for i in range(0, len(data) - PAGE + 1, PAGE)]


def _add_records(vault: Vault, count: int, prefix: str = "OLD") -> None:
    Records(vault).create_many(
        F.OBJECT,
        ({"inventory_number": f"{prefix} {i}", "title": f"title {i}"} for i in range(count)),
    )


def _add_photo(vault: Vault, data: bytes) -> str:
    with vault.transaction() as tx:
        return vault.media.add(tx, io.BytesIO(data)).name


def test_rekey_overwrites_the_old_wal_and_the_old_photo(
    vault: Vault, vault_path: Path, held: list[int]
) -> None:
    _add_records(vault, 2000)
    photo = os.urandom(300_000)
    name = _add_photo(vault, photo)
    wal_fd, old_wal = _hold(held, vault_path / "vault.db-wal")  # no checkpoint first
    photo_fd, old_photo = _hold(held, vault.media.path_of(name))
    old_pages = _wal_pages(old_wal)
    assert len(old_pages) > 100 and old_photo[:21] == b"age-encryption.org/v1"

    vault.rekey(NEW_PASSPHRASE, FAST_KDF)

    left = _now(wal_fd)
    # Its length kept: a truncated WAL's blocks are freed with the old pages still in them.
    assert len(left) == len(old_wal)
    assert set(_wal_pages(left)) & set(old_pages) == set()
    left_photo = _now(photo_fd)
    assert len(left_photo) == len(old_photo)
    assert set(_chunks(left_photo)) & set(_chunks(old_photo)) == set()
    assert b"age-encryption.org" not in left_photo
    vault.close()
    with Vault.open(vault_path, NEW_PASSPHRASE) as v:
        assert Records(v).count(F.OBJECT) == 2000
        assert v.media.read_bytes(name) == photo
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


# Run in a child process: writes records (the WAL grows), rekeys the vault argv[1] and dies
# (os._exit, as kill -9 or a power cut) right after the commit point, before anything is swapped.
_DIE_AFTER_COMMIT = """
import os, sys
from pathlib import Path
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault, header

real_save = header.VaultHeader.save
def save_and_die(self, folder):
    real_save(self, folder)
    os._exit(9)
header.VaultHeader.save = save_and_die

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
Records(vault).create_many(
    F.OBJECT, ({"inventory_number": f"NEW {i}", "title": "jar"} for i in range(1500))
)
vault.rekey(sys.argv[3], Argon2Params(iterations=1, memory_kib=1024, lanes=1))
sys.exit("the rekey finished before it could be killed")
"""


def _child_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))


def test_the_open_that_finishes_a_killed_rekey_overwrites_the_old_wal_and_photos(
    vault: Vault, vault_path: Path, held: list[int]
) -> None:
    photo = os.urandom(200_000)
    name = _add_photo(vault, photo)
    vault.close()
    child = subprocess.run(
        [sys.executable, "-c", _DIE_AFTER_COMMIT, str(vault_path), PASSPHRASE, NEW_PASSPHRASE],
        env=_child_env(),
        capture_output=True,
        timeout=300,
    )
    assert child.returncode == 9, child.stderr.decode(errors="replace")
    wal_fd, old_wal = _hold(held, vault_path / "vault.db-wal")
    photo_fd, old_photo = _hold(held, vault_path / "media" / name)
    old_pages = _wal_pages(old_wal)
    assert len(old_pages) > 100

    with Vault.open(vault_path, NEW_PASSPHRASE) as v:  # finishes the rekey
        assert Records(v).count(F.OBJECT) == 1500
        assert v.media.read_bytes(name) == photo

    left = _now(wal_fd)
    assert len(left) == len(old_wal)
    assert set(_wal_pages(left)) & set(old_pages) == set()
    left_photo = _now(photo_fd)
    assert len(left_photo) == len(old_photo)
    assert set(_chunks(left_photo)) & set(_chunks(old_photo)) == set()


def test_a_hard_linked_copy_of_a_photo_is_the_users_and_stays(vault: Vault, tmp_path: Path) -> None:
    # A second name is a copy the user made on purpose (cp -al): it keeps the old key, as a
    # backup does, and overwriting it would destroy that copy's only photo.
    name = _add_photo(vault, os.urandom(50_000))
    copy = tmp_path / "copy-of-photo.age"
    os.link(vault.media.path_of(name), copy)
    old = copy.read_bytes()

    vault.rekey(NEW_PASSPHRASE, FAST_KDF)

    assert copy.read_bytes() == old


# The kill loop: a child rekeys and dies (os._exit, as kill -9) at its N-th file-system step
# after the commit point - each rename, unlink, fsync or overwrite write. N goes up until the
# child gets to the end; every vault left behind must open with the new passphrase, whole.
_DIE_AT_STEP = """
import os, sys
from pathlib import Path
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault, header

die_at = int(sys.argv[4])
steps = 0
committed = False
real_save = header.VaultHeader.save
def save(self, folder):
    global committed
    real_save(self, folder)
    committed = True
header.VaultHeader.save = save

def counted(real):
    def step(*args, **kwargs):
        global steps
        if committed:
            steps += 1
            if steps == die_at:
                os._exit(9)
        return real(*args, **kwargs)
    return step

for fn in ("replace", "rename", "unlink", "rmdir", "fsync", "pwrite", "ftruncate"):
    setattr(os, fn, counted(getattr(os, fn)))

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
Records(vault).create_many(
    F.OBJECT, ({"inventory_number": f"NEW {i}", "title": "jar"} for i in range(300))
)
vault.rekey(sys.argv[3], Argon2Params(iterations=1, memory_kib=1024, lanes=1))
vault.close()
"""


@pytest.mark.slow
def test_a_rekey_killed_at_any_step_after_its_commit_point_keeps_everything(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    _add_records(vault, 50)
    photos = {_add_photo(vault, os.urandom(20_000 + i)): i for i in range(3)}
    contents = {name: vault.media.read_bytes(name) for name in photos}
    vault.close()
    template = tmp_path / "template"
    shutil.copytree(vault_path, template)
    killed = 0
    for die_at in range(1, 200):
        shutil.rmtree(vault_path)
        shutil.copytree(template, vault_path)
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                _DIE_AT_STEP,
                str(vault_path),
                PASSPHRASE,
                NEW_PASSPHRASE,
                str(die_at),
            ],
            env=_child_env(),
            capture_output=True,
            timeout=300,
        )
        assert child.returncode in (0, 9), child.stderr.decode(errors="replace")
        with Vault.open(vault_path, NEW_PASSPHRASE) as v:
            assert Records(v).count(F.OBJECT) == 350, die_at
            for name, data in contents.items():
                assert v.media.read_bytes(name) == data, die_at
        assert not (vault_path / "vault.db.rekey").exists()
        assert not (vault_path / "media.rekey").exists()
        with pytest.raises(WrongPassphraseError):
            Vault.open(vault_path, PASSPHRASE)
        if child.returncode == 0:
            break
        killed += 1
    else:
        pytest.fail("the rekey never got to its end")
    # The header, the database and every photo swapped in, the old ones overwritten: many steps.
    assert killed >= 10


def test_closing_the_vault_overwrites_its_wal_so_no_later_rekey_leaves_it_behind(
    vault: Vault, vault_path: Path, held: list[int]
) -> None:
    # `fieldkit rekey` opens the vault anew: the WAL of the session that imported the records
    # was unlinked when that session closed. Its blocks must not be left with those pages in
    # them (under the data key a rekey retires).
    _add_records(vault, 2000)
    wal_fd, old_wal = _hold(held, vault_path / "vault.db-wal")
    old_pages = _wal_pages(old_wal)
    assert len(old_pages) > 100

    vault.close()

    assert not (vault_path / "vault.db-wal").exists()
    left = _now(wal_fd)
    assert len(left) == len(old_wal)
    assert set(_wal_pages(left)) & set(old_pages) == set()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert Records(v).count(F.OBJECT) == 2000


def test_the_apps_lock_overwrites_the_wal_on_a_thread_of_its_own(
    vault: Vault, vault_path: Path, held: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """r11 review 2 #6: the app's lock closed the vault on the GUI thread, overwriting a WAL of
    hundreds of MiB after a large import there (seconds on an old disk). Its session closes
    with the overwrite on a thread of its own, which still overwrites every byte."""
    import threading

    from fieldkit.gui.session import Session
    from fieldkit.vault.vault import WAL_OVERWRITE_THREAD, _Retired

    _add_records(vault, 2000)
    wal_fd, old_wal = _hold(held, vault_path / "vault.db-wal")
    old_pages = _wal_pages(old_wal)
    on_threads: list[str] = []
    real = _Retired.overwrite

    def overwrite(self: _Retired) -> None:
        on_threads.append(threading.current_thread().name)
        real(self)

    monkeypatch.setattr(_Retired, "overwrite", overwrite)
    session = Session.__new__(Session)
    session.vault = vault
    session.close()
    for thread in threading.enumerate():
        if thread.name == WAL_OVERWRITE_THREAD:
            thread.join(30)
    assert on_threads == [WAL_OVERWRITE_THREAD]
    assert set(_wal_pages(_now(wal_fd))) & set(old_pages) == set()
