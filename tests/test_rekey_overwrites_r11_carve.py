"""The reviewer's proof of r11 #3 as a test: a vault on a fresh ext4 file system (a loop
device), records written and a photo added, a rekey, then the raw device searched for what was
there before under the OLD keys - the WAL's pages, the database's pages, the photo's
ciphertext. A carving tool reads exactly these bytes. Needs root and loop devices: skipped
elsewhere (the descriptor tests in test_rekey_overwrites_r11.py run everywhere).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

PAGE = 4096
SAMPLES = 40


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, capture_output=True, check=False, timeout=120)


@pytest.fixture
def ext4(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(mount point, image) of a fresh 64 MiB ext4 file system on a loop device."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to mount a loop device")
    for tool in ("mkfs.ext4", "mount", "umount"):
        if shutil.which(tool) is None:
            pytest.skip(f"needs {tool}")
    image, mnt = tmp_path / "drive.img", tmp_path / "mnt"
    with open(image, "wb") as fh:
        fh.truncate(64 << 20)
    if _run("mkfs.ext4", "-q", "-F", "-b", str(PAGE), str(image)).returncode != 0:
        pytest.skip("mkfs.ext4 failed")
    mnt.mkdir()
    if _run("mount", "-o", "loop", str(image), str(mnt)).returncode != 0:
        pytest.skip("no loop device can be mounted here")
    try:
        yield mnt, image
    finally:
        if mnt.is_mount():
            _run("umount", str(mnt))


def _sample(chunks: list[bytes]) -> list[bytes]:
    return chunks[:: max(1, len(chunks) // SAMPLES)]


def test_a_carved_drive_keeps_no_old_key_page_or_photo_after_a_rekey(
    ext4: tuple[Path, Path],
) -> None:
    mnt, image = ext4
    path = mnt / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, name="carve")
    try:
        Records(vault).create_many(
            F.OBJECT,
            ({"inventory_number": f"OLD {i}", "title": f"title {i}"} for i in range(3000)),
        )
        with vault.transaction() as tx:
            name = vault.media.add(tx, io.BytesIO(os.urandom(300_000))).name
        wal = (path / "vault.db-wal").read_bytes()  # as the import left it: no checkpoint
        frame = 24 + PAGE
        wal_pages = _sample([wal[s : s + PAGE] for s in range(32 + 24, len(wal) - PAGE + 1, frame)])
        db = (path / "vault.db").read_bytes()
        db_pages = _sample([db[i : i + PAGE] for i in range(0, len(db), PAGE)])
        photo = vault.media.path_of(name).read_bytes()
        photo_chunks = _sample([photo[i : i + PAGE] for i in range(0, len(photo) - PAGE, PAGE)])
        assert len(wal_pages) >= 20 and len(db_pages) >= 20 and len(photo_chunks) >= 20

        vault.rekey("a new passphrase nobody saw", FAST_KDF)
    finally:
        vault.close()
    assert _run("umount", str(mnt)).returncode == 0
    raw = image.read_bytes()

    def found(chunks: list[bytes]) -> int:
        return sum(1 for c in chunks if raw.find(c) >= 0)

    left = {
        "WAL pages": found(wal_pages),
        "database pages": found(db_pages),
        "photo chunks": found(photo_chunks),
    }
    assert left == {"WAL pages": 0, "database pages": 0, "photo chunks": 0}
