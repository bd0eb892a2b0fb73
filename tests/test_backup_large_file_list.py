"""backup.json's size cap (review 8, bug 1): a fixed 64 MiB was reached at ~588,000 photos
(backup() writes 114 bytes a photo), so the restore called a big vault's own backup damaged.
The cap now follows the database copy beside the list, which holds more per photo than the
list does; a tampered list (2 GiB, sparse) is still refused at once, by its size."""

from __future__ import annotations

import io
import json
import os
import shutil
import tracemalloc
from importlib import import_module
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from fieldkit.errors import CorruptFileError
from fieldkit.vault import Vault, backup, backup_checks, restore
from fieldkit.vault.backup_checks import MAX_MANIFEST, read_manifest

# The module (fieldkit.vault exports its function of the same name).
backup_module = import_module("fieldkit.vault.backup")
PHOTOS = 600_000  # the reviewer's count: backup.json 68,400,479 bytes


def test_the_file_list_of_600000_photos_is_accepted(vault: Vault, tmp_path: Path) -> None:
    # Stand-in photos: the rows a vault of 600,000 photos holds (the files themselves are not
    # what the list's cap is about), then the database copy and the list as backup() writes them.
    with vault.transaction() as db:
        db.executemany(
            "INSERT INTO media_files (name, sha256, size, created_at) VALUES (?, ?, ?, ?)",
            ((f"{i:032x}", f"{i:064x}", 1000, "2026-12-06T00:00:00+00:00") for i in range(PHOTOS)),
        )
    folder = tmp_path / "b"
    folder.mkdir()
    vault.db.execute("VACUUM INTO ?", (str(folder / "vault.db"),))
    shutil.copy(vault.path / "vault.json", folder / "vault.json")
    files = {f"media/{i:032x}": f"{i:064x}" for i in range(PHOTOS)}
    files["vault.db"] = files["vault.json"] = "0" * 64
    manifest = {
        "format": "fieldkit-backup",
        "version": 1,
        "vault_id": "x",
        "created_at": "2026-12-06T00:00:00Z",
        "schema_version": 1,
        "audit_head": {"hash": "0" * 64, "length": 1},
        "files": dict(sorted(files.items())),
    }
    data = (json.dumps(manifest, indent=2) + "\n").encode()
    del files, manifest
    (folder / "backup.json").write_bytes(data)
    assert len(data) > MAX_MANIFEST  # over the old fixed cap
    assert read_manifest(folder / "backup.json") == data
    listed, _ = backup_module._read_manifest(folder)
    assert len(listed) == PHOTOS + 2
    assert len(data) <= backup_checks.manifest_cap(folder)


@pytest.fixture
def folder(vault: Vault, tmp_path: Path) -> Path:
    with vault.transaction() as db:
        vault.media.add(db, io.BytesIO(b"a" * 1000))
    backup(vault, tmp_path / "b")
    return tmp_path / "b"


def test_a_sparse_2_gib_file_list_is_refused_without_being_read(
    folder: Path, tmp_path: Path
) -> None:
    with open(folder / "backup.json", "r+b") as fh:
        fh.truncate(2 << 30)
    tracemalloc.start()
    try:
        with pytest.raises(CorruptFileError, match=r"file list .* is damaged"):
            restore(folder, tmp_path / "t", PASSPHRASE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20  # refused by its size, never read
    assert not (tmp_path / "t").exists()


def test_a_list_just_over_the_cap_is_refused(folder: Path, tmp_path: Path) -> None:
    cap = backup_checks.manifest_cap(folder)
    assert cap == MAX_MANIFEST + os.path.getsize(folder / "vault.db")
    with open(folder / "backup.json", "r+b") as fh:
        fh.truncate(cap + 1)
    with pytest.raises(CorruptFileError, match=r"file list .* is damaged"):
        restore(folder, tmp_path / "t", PASSPHRASE)
    with open(folder / "backup.json", "r+b") as fh:  # at the cap: read, then found not JSON
        fh.truncate(cap)
    with pytest.raises(CorruptFileError, match=r"backup\.json .* is damaged"):
        restore(folder, tmp_path / "t", PASSPHRASE)
    assert not (tmp_path / "t").exists()


def test_a_deeply_nested_list_is_refused_cleanly(folder: Path, tmp_path: Path) -> None:
    (folder / "backup.json").write_text("{" * 1_000_000)
    with pytest.raises(CorruptFileError, match="damaged"):
        restore(folder, tmp_path / "t", PASSPHRASE)
    assert not (tmp_path / "t").exists()
