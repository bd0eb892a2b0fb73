"""A rekey killed between a swap and its overwrite leaves nothing under the OLD keys (review r12
#2, #3): the old database, its WAL and the old photos were renamed over or unlinked, and only
the dying process would have overwritten them; the open that finished the rekey found nothing
left to overwrite, and their bytes stayed in the drive's free blocks, readable with the key
whoever learns the old passphrase unwraps (the reason for a rekey). Now they are moved to
retired names first, and the open that finishes the rekey overwrites whatever it finds there.

As a carver would, the tests hold the old files open by descriptor before the rekey and read
what is left of those inodes afterwards. Every kill is a real child process ending with
os._exit at the exact file-system step (as kill -9 or a power cut would).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from fieldkit.crypto import age
from fieldkit.errors import WrongPassphraseError
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault
from fieldkit.vault.database import open_database

NEW = "another long passphrase for the rekey 77"
RECORDS = 40 + 1500
PAGE = 4096
WAL_HEADER, FRAME_HEADER = 32, 24

# Writes records and dies without closing: the vault is left with a WAL full of pages under
# the data key, as the app leaves it after an import (closing would checkpoint it away).
_LEAVE_A_WAL = """
import os, sys
from pathlib import Path
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
Records(vault).create_many(
    F.OBJECT, ({"inventory_number": f"WAL {i}", "title": "jar"} for i in range(1500))
)
os._exit(0)
"""

# A rekey whose process dies (os._exit) at a step after its commit point that WHEN (a Python
# expression over `name` (the function), `args` and `step`, the count of file-system steps since
# the commit) picks. `step` counts each rename, unlink, rmdir, fsync, pwrite and ftruncate.
_REKEY_DIES_WHEN = """
import os, sys
from pathlib import Path
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.vault import Vault, header
committed = False
step = 0
moved = []
real_save = header.VaultHeader.save
def save(self, folder):
    global committed
    real_save(self, folder)
    committed = True
    if sys.argv[4] == "commit":
        os._exit(9)
header.VaultHeader.save = save
def counted(name, real):
    def call(*args, **kwargs):
        global step
        if not committed:
            return real(*args, **kwargs)
        step += 1
        seen = {"name": name, "args": args, "step": step}
        before, after = sys.argv[4].split("|")
        if eval(before, globals(), seen):  # noqa: S307 - the test's own expressions
            os._exit(9)
        result = real(*args, **kwargs)
        if eval(after, globals(), seen):  # noqa: S307
            os._exit(9)
        return result
    return call
for fn in ("replace", "rename", "unlink", "rmdir", "fsync", "pwrite", "ftruncate"):
    setattr(os, fn, counted(fn, getattr(os, fn)))
vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
vault.rekey(sys.argv[3], Argon2Params(iterations=1, memory_kib=1024, lanes=1))
vault.close()
"""

# The open that finishes a rekey, dying at its N-th file-system step.
_OPEN_DIES_AT = """
import os, sys
from pathlib import Path
from fieldkit.vault import Vault
die_at = int(sys.argv[3])
steps = 0
def counted(real):
    def step(*args, **kwargs):
        global steps
        steps += 1
        if steps == die_at:
            os._exit(9)
        return real(*args, **kwargs)
    return step
for fn in ("replace", "rename", "unlink", "rmdir", "fsync", "pwrite", "ftruncate"):
    setattr(os, fn, counted(getattr(os, fn)))
Vault.open(Path(sys.argv[1]), sys.argv[2]).close()
"""


def _run(script: str, *args: str) -> int:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, timeout=300
    )
    assert child.returncode in (0, 9), child.stderr.decode(errors="replace")[-3000:]
    return child.returncode


def _rekey_dying(vault_path: Path, before: str = "False", after: str = "False") -> int:
    return _run(_REKEY_DIES_WHEN, str(vault_path), PASSPHRASE, NEW, f"{before}|{after}")


def _rekey_dying_at_its_commit(vault_path: Path) -> int:
    return _run(_REKEY_DIES_WHEN, str(vault_path), PASSPHRASE, NEW, "commit")


@dataclass
class Template:
    """A closed vault with records, photos and a WAL, and the keys a rekey of it retires."""

    folder: Path
    old_key: bytes
    old_identity: age.X25519Identity
    photos: dict[str, bytes]


@pytest.fixture
def template(make_vault: Any, tmp_path: Path) -> Template:
    folder = tmp_path / "template"
    vault, _ = make_vault(folder)
    Records(vault).create_many(F.OBJECT, ({"inventory_number": f"N {i}"} for i in range(40)))
    photos = {}
    for i in range(4):
        data = os.urandom(30_000 + i)
        with vault.transaction() as tx:
            photos[vault.media.add(tx, io.BytesIO(data)).name] = data
    old_key, old_identity = vault._data_key, vault.media.storage_key
    vault.close()
    assert _run(_LEAVE_A_WAL, str(folder), PASSPHRASE) == 0
    assert (folder / "vault.db-wal").stat().st_size > 1_000_000
    return Template(folder, old_key, old_identity, photos)


def _wal_pages(wal: bytes) -> set[bytes]:
    frame = FRAME_HEADER + PAGE
    starts = range(WAL_HEADER + FRAME_HEADER, len(wal) - PAGE + 1, frame)
    return {wal[s : s + PAGE] for s in starts}


class OldFiles:
    """Descriptors on the vault's files under the old keys, opened before the rekey: what a
    carver reads of those inodes afterwards."""

    def __init__(self, folder: Path, template: Template, scratch: Path) -> None:
        self.template = template
        self.scratch = scratch
        self.db = os.open(folder / "vault.db", os.O_RDONLY)
        self.wal = os.open(folder / "vault.db-wal", os.O_RDONLY)
        self.wal_pages = _wal_pages(self._read(self.wal))
        self.photos = {n: os.open(folder / "media" / n, os.O_RDONLY) for n in template.photos}

    @staticmethod
    def _read(fd: int) -> bytes:
        return os.pread(fd, os.fstat(fd).st_size, 0)

    def readable(self) -> list[str]:
        """Which of them still give something with the old keys."""
        left = []
        carved = self.scratch / "carved.db"
        carved.write_bytes(self._read(self.db))
        # Overwritten, the bytes are no database and no age file under the old keys: any error.
        with contextlib.suppress(Exception):
            conn = open_database(carved, self.template.old_key)
            try:
                conn.execute("SELECT count(*) FROM revisions").fetchone()
                left.append("the old database")
            finally:
                conn.close()
        for leftover in self.scratch.glob("carved.db*"):
            leftover.unlink()
        if _wal_pages(self._read(self.wal)) & self.wal_pages:
            left.append("old WAL pages")
        for name, fd in self.photos.items():
            with contextlib.suppress(Exception):
                reader = age.decryptor(io.BytesIO(self._read(fd)), [self.template.old_identity])
                with reader as plain:
                    if plain.read() == self.template.photos[name]:
                        left.append(f"photo {name[:6]}")
        return left

    def close(self) -> None:
        for fd in [self.db, self.wal, *self.photos.values()]:
            os.close(fd)


Fresh = Callable[..., OldFiles]


@pytest.fixture
def fresh(template: Template, vault_path: Path, tmp_path: Path) -> Iterator[Fresh]:
    """Copies the template (or a given vault) to vault_path and holds its files under the old
    keys: once per kill."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    held: list[OldFiles] = []

    def copy(source: Path = template.folder) -> OldFiles:
        for old in held:
            old.close()
        held.clear()
        shutil.rmtree(vault_path, ignore_errors=True)
        shutil.copytree(source, vault_path)
        held.append(OldFiles(vault_path, template, scratch))
        return held[0]

    yield copy
    for old in held:
        old.close()


def _opens_whole(vault_path: Path, template: Template) -> None:
    """The vault opens with the new passphrase with everything in it, and nothing retired is
    left in its folder; the old passphrase no longer opens it."""
    with Vault.open(vault_path, NEW) as v:
        assert Records(v).count(F.OBJECT) == RECORDS
        for name, data in template.photos.items():
            assert v.media.read_bytes(name) == data
    left = sorted(p.name for p in vault_path.iterdir() if "retired" in p.name or "rekey" in p.name)
    assert left == []
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PASSPHRASE)


def test_a_rekey_killed_right_after_its_database_swap_leaves_no_old_database(
    template: Template, fresh: Fresh, vault_path: Path
) -> None:
    # Review r12 #2: killed right after the new database was renamed over vault.db.
    old = fresh()
    after = "name == 'replace' and Path(args[1]).name == 'vault.db'"
    assert _rekey_dying(vault_path, after=after) == 9
    _opens_whole(vault_path, template)  # the open finishes the rekey
    assert old.readable() == []


def test_a_rekey_killed_at_its_first_overwrite_leaves_no_old_wal(
    template: Template, fresh: Fresh, vault_path: Path
) -> None:
    # The old connection's close had unlinked the old WAL, whose overwrite the kill stops.
    old = fresh()
    assert _rekey_dying(vault_path, before="name == 'pwrite'") == 9
    _opens_whole(vault_path, template)
    assert old.readable() == []


def test_a_rekey_killed_mid_photo_swap_leaves_no_old_photo(
    template: Template, fresh: Fresh, vault_path: Path
) -> None:
    # Review r12 #3: killed after two photos were renamed into media/, before any overwrite.
    old = fresh()
    after = (
        "name == 'replace' and Path(args[1]).parent.name == 'media'"
        " and len(moved.append(1) or moved) == 2"
    )
    assert _rekey_dying(vault_path, after=after) == 9
    _opens_whole(vault_path, template)
    assert old.readable() == []


@pytest.mark.slow
def test_a_rekey_killed_at_any_step_after_its_commit_leaves_nothing_under_the_old_keys(
    template: Template, fresh: Fresh, vault_path: Path
) -> None:
    bad = []
    for die_at in range(1, 400):
        old = fresh()
        rc = _rekey_dying(vault_path, before=f"step == {die_at}")
        _opens_whole(vault_path, template)
        if left := old.readable():
            bad.append((die_at, left))
        if rc == 0:
            break
    else:
        pytest.fail("the rekey never got to its end")
    print(f"rekey killed at each of {die_at - 1} steps; left readable: {bad}")
    assert die_at > 20  # the swaps and overwrites of a database, a WAL and four photos
    assert bad == []


@pytest.mark.slow
def test_the_finishing_open_killed_at_any_step_still_opens_and_leaves_nothing_old(
    template: Template, fresh: Fresh, vault_path: Path, tmp_path: Path
) -> None:
    # The rekey dies right after its commit point: the open does every swap and overwrite.
    fresh()
    assert _rekey_dying_at_its_commit(vault_path) == 9
    killed = tmp_path / "killed-at-commit"
    shutil.copytree(vault_path, killed)
    bad = []
    for die_at in range(1, 400):
        old = fresh(killed)
        rc = _run(_OPEN_DIES_AT, str(vault_path), NEW, str(die_at))
        _opens_whole(vault_path, template)
        if left := old.readable():
            bad.append((die_at, left))
        if rc == 0:
            break
    else:
        pytest.fail("the open never got to its end")
    print(f"finishing open killed at each of {die_at - 1} steps; left readable: {bad}")
    assert die_at > 20
    assert bad == []


def test_what_sits_at_a_retired_name_never_stops_the_vault_opening(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    vault, _ = make_vault()
    vault.close()
    # A link there is removed, never followed: the file it points to is the user's.
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"not FieldKit's")
    (vault_path / "vault.db.retired").symlink_to(precious)
    # A second name on a retired file is a copy the user made (cp -al): it keeps its bytes.
    (vault_path / "media.retired").mkdir()
    copy = tmp_path / "users-copy"
    copy.write_bytes(b"a hard-linked copy")
    os.link(copy, vault_path / "media.retired" / ("a" * 32))
    # Something that is no file at all is left as it is.
    (vault_path / "vault.db-wal.retired").mkdir()
    (vault_path / "vault.db-wal.retired" / "x").write_bytes(b"x")

    with Vault.open(vault_path, PASSPHRASE):
        pass

    assert precious.read_bytes() == b"not FieldKit's"
    assert copy.read_bytes() == b"a hard-linked copy"
    assert not os.path.lexists(vault_path / "vault.db.retired")
    assert not (vault_path / "media.retired").exists()
