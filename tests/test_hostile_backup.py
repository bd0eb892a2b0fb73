"""Backups a reviewer tampered with (round 7, M5): backup.json is not signed, so whoever can
change the folder can drop a photo with its line, nest the list a million deep or put a pipe in
its place. The restore refuses each with one sentence and writes nothing."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from fieldkit.errors import CorruptFileError
from fieldkit.vault import Vault, backup, restore


@pytest.fixture
def folder(vault: Vault, tmp_path: Path) -> Path:
    with vault.transaction() as db:
        for seed in (b"a", b"b"):
            vault.media.add(db, io.BytesIO(seed * 1000))
    backup(vault, tmp_path / "b")
    return tmp_path / "b"


def test_a_photo_dropped_with_its_line_is_a_damaged_backup(folder: Path, tmp_path: Path) -> None:
    manifest = json.loads((folder / "backup.json").read_text())
    photo = next(rel for rel in manifest["files"] if rel.startswith("media/"))
    del manifest["files"][photo]
    (folder / photo).unlink()
    (folder / "backup.json").write_text(json.dumps(manifest))
    with pytest.raises(CorruptFileError) as caught:
        restore(folder, tmp_path / "t", PASSPHRASE)
    assert str(caught.value) == f"The backup in {folder} is damaged: it lacks 1 photo."
    assert caught.value.hint == "Use another backup; nothing was restored."
    assert not (tmp_path / "t").exists()


def test_a_deeply_nested_file_list_is_damaged_not_a_crash(folder: Path, tmp_path: Path) -> None:
    (folder / "backup.json").write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(CorruptFileError, match="damaged"):
        restore(folder, tmp_path / "t", PASSPHRASE)
    assert not (tmp_path / "t").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_pipe_as_the_file_list_is_refused_at_once(folder: Path, tmp_path: Path) -> None:
    (folder / "backup.json").unlink()
    os.mkfifo(folder / "backup.json")
    env = dict(os.environ, FIELDKIT_PASSPHRASE=PASSPHRASE)
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "fieldkit",
                "--vault",
                str(tmp_path / "t"),
                "restore",
                str(folder),
            ],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("restore hung on a pipe named backup.json")
    assert done.returncode == 1, done.stderr
    assert "file list" in done.stderr and "damaged" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "t").exists()


def test_a_photo_missing_from_the_vault_has_its_own_hint(vault: Vault) -> None:
    with vault.transaction() as db:
        photo = vault.media.add(db, io.BytesIO(b"p" * 1000))
    vault.media.path_of(photo.name).unlink()
    with pytest.raises(CorruptFileError) as caught:
        vault.media.read_bytes(photo.name)
    assert caught.value.hint == (
        "Restore the vault from a backup that has this photo, or get the photo again."
    )
