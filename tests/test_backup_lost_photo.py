"""A vault that has lost a photo file (deleted by hand, a bad sector, an antivirus) is still
backed up (review 9, bug 11): everything else is copied, backup.json lists the lost photo as
missing, `fieldkit backup` names it with what to do, and the restore accepts the backup and
names it again, instead of blaming the backup drive and writing nothing."""

from __future__ import annotations

import io
import json
from importlib import import_module
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run_cli

from fieldkit.errors import CorruptFileError
from fieldkit.vault import Vault, backup, backup_checks, backup_in_use, restore

backup_module = import_module("fieldkit.vault.backup")
ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
HINT = "Restore the vault from a backup that has this photo, or get the photo again."


def _two_photos_one_lost(vault: Vault) -> tuple[str, str]:
    """Two stored photos; the first one's file is then deleted behind the vault's back."""
    with vault.transaction() as db:
        kept = vault.media.add(db, io.BytesIO(b"kept photo bytes")).name
        lost = vault.media.add(db, io.BytesIO(b"lost photo bytes")).name
    (vault.path / "media" / lost).unlink()
    return f"media/{kept}", f"media/{lost}"


def test_a_vault_that_lost_a_photo_is_backed_up_and_restored_without_it(
    vault: Vault, tmp_path: Path
) -> None:
    kept, lost = _two_photos_one_lost(vault)
    result = backup(vault, tmp_path / "b")
    assert result.missing == (lost,)
    assert result.files == 3  # vault.db, vault.json and the photo the vault still has
    manifest = json.loads((tmp_path / "b" / "backup.json").read_bytes())
    assert manifest["missing"] == [lost]
    assert kept in manifest["files"] and lost not in manifest["files"]
    assert (tmp_path / "b" / kept).is_file()

    restored = restore(tmp_path / "b", tmp_path / "r", PASSPHRASE)
    with restored:
        assert backup_checks.missing_photos(restored) == [lost]
        assert restored.media.read_bytes(kept.split("/")[1]) == b"kept photo bytes"


def test_a_photo_taken_from_the_backup_is_still_called_damaged(
    vault: Vault, tmp_path: Path
) -> None:
    kept, _ = _two_photos_one_lost(vault)
    backup(vault, tmp_path / "b")
    (tmp_path / "b" / kept).unlink()
    manifest = json.loads((tmp_path / "b" / "backup.json").read_bytes())
    del manifest["files"][kept]
    (tmp_path / "b" / "backup.json").write_text(json.dumps(manifest))
    with pytest.raises(CorruptFileError, match="lacks 1 photo"):
        restore(tmp_path / "b", tmp_path / "r", PASSPHRASE)
    assert not (tmp_path / "r").exists()


def test_a_missing_entry_naming_a_copied_file_is_refused(vault: Vault, tmp_path: Path) -> None:
    kept, _ = _two_photos_one_lost(vault)
    backup(vault, tmp_path / "b")
    manifest = json.loads((tmp_path / "b" / "backup.json").read_bytes())
    manifest["missing"].append(kept)
    (tmp_path / "b" / "backup.json").write_text(json.dumps(manifest))
    with pytest.raises(CorruptFileError, match="unexpected file"):
        restore(tmp_path / "b", tmp_path / "r", PASSPHRASE)


def test_a_vault_open_in_the_app_that_lost_a_photo_is_backed_up(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    # The snapshot path (the app has the vault open): a photo still listed in the live vault
    # is lost, not "changed while the backup was made".
    _, lost = _two_photos_one_lost(vault)
    vault.close()
    result = backup_in_use(vault_path, tmp_path / "b", PASSPHRASE)
    assert result.missing == (lost,)


def test_the_cli_names_the_lost_photo_after_backup_and_restore(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    _, lost = _two_photos_one_lost(vault)
    vault.close()
    out = run_cli(["--vault", str(vault_path), "backup", "-o", str(tmp_path / "b")], ENV)
    assert out.code == 0, out.err
    said = out.out + out.err
    assert "1 photo could not be backed up: the vault's media folder has lost" in said
    assert lost in said and HINT in said

    out = run_cli(["--vault", str(tmp_path / "r"), "restore", str(tmp_path / "b")], ENV)
    assert out.code == 0, out.err
    said = out.out + out.err
    assert "The restored vault lacks 1 photo: the vault had lost" in said
    assert lost in said and HINT in said

    out = run_cli(["--vault", str(tmp_path / "r2"), "restore", str(tmp_path / "b"), "--json"], ENV)
    assert out.code == 0 and out.json["missing_photos"] == [lost]  # type: ignore[index]
