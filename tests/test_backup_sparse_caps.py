"""A hostile backup folder cannot make a restore read a huge file into memory (review 9, bug 6):
backup.json's cap followed vault.db's size, and a sparse vault.db has any size for no disk at
all; vault.json was read whole. Memory is counted with tracemalloc, not timed."""

from __future__ import annotations

import hashlib
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from fieldkit.errors import CorruptFileError
from fieldkit.vault import Vault, backup, restore
from fieldkit.vault.backup_checks import MAX_MANIFEST, manifest_cap


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size)


def test_a_sparse_database_does_not_raise_the_file_list_cap(tmp_path: Path) -> None:
    _sparse(tmp_path / "vault.db", 1 << 40)  # 1 TiB of holes
    if os.stat(tmp_path / "vault.db").st_blocks * 512 > 1 << 20:
        pytest.skip("this file system does not make sparse files")
    assert manifest_cap(tmp_path) == MAX_MANIFEST


def test_a_sparse_file_list_is_refused_before_it_is_read(tmp_path: Path) -> None:
    src = tmp_path / "evil"
    src.mkdir()
    _sparse(src / "vault.db", 200 << 20)
    _sparse(src / "backup.json", 100 << 20)
    tracemalloc.start()
    try:
        with pytest.raises(CorruptFileError, match="file list"):
            restore(src, tmp_path / "target", PASSPHRASE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20  # was the whole 100 MiB list
    assert not (tmp_path / "target").exists()


def test_the_backups_own_database_still_allows_its_file_list(vault: Vault, tmp_path: Path) -> None:
    # The cap counts the disk the real (not sparse) database copy occupies.
    backup(vault, tmp_path / "b")
    db_size = os.stat(tmp_path / "b" / "vault.db").st_size
    assert manifest_cap(tmp_path / "b") >= MAX_MANIFEST + db_size // 2


def test_a_huge_vault_json_is_refused_without_reading_it(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b")
    header = tmp_path / "b" / "vault.json"
    huge = header.read_bytes() + b" " * (8 << 20)  # valid JSON still, its hash listed
    header.write_bytes(huge)
    manifest_path = tmp_path / "b" / "backup.json"
    manifest = json.loads(manifest_path.read_bytes())
    manifest["files"]["vault.json"] = hashlib.sha256(huge).hexdigest()
    manifest_path.write_text(json.dumps(manifest))
    del huge
    tracemalloc.start()
    try:
        with pytest.raises(CorruptFileError, match=r"vault\.json is missing or altered"):
            restore(tmp_path / "b", tmp_path / "r", PASSPHRASE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20  # was the whole 8 MiB header
    assert not (tmp_path / "r").exists()
