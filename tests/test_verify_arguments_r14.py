"""A mistyped argument to `fieldkit verify` / `report verification` is the command's mistake,
said as such (exit 2), not a verdict on the bundle (new-user trial r14, second tester #5:
`verify nothere.fkb` and `verify FOLDER` printed « NOT VALID … cannot be read », exit 1, and
`verify b.fkb --trust b.fkb` printed « NOT VALID » then « the external signature … is valid »)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli

from fieldkit.bundles.export import ExportOptions, export_bundles
from fieldkit.errors import EXIT_OK, EXIT_UNTRUSTED, EXIT_USAGE
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    field, _ = Vault.create(tmp_path / "lap", PASSPHRASE, name="Team lap", kdf=FAST_KDF)
    try:
        Records(field).create(F.OBJECT, {"inventory_number": "V-1", "title": "Stele"})
        options = ExportOptions(plain=True, recipients=[], mode="full")
        return export_bundles(field, tmp_path / "plain.fkb", options).bundles[0].path
    finally:
        field.close()


@pytest.mark.parametrize("command", [["verify"], ["report", "verification"]])
def test_a_file_that_is_not_there_or_a_folder_is_said_so(
    tmp_path: Path, bundle: Path, command: list[str]
) -> None:
    out = ["-o", str(tmp_path / "c.pdf")] if command[0] == "report" else []
    missing = run_cli([*command, str(tmp_path / "nothere.fkb"), *out])
    assert missing.code == EXIT_USAGE, missing.out + missing.err
    assert "nothere.fkb" in missing.err and "NOT VALID" not in missing.out + missing.err
    folder = run_cli([*command, str(tmp_path), *out])
    assert folder.code == EXIT_USAGE, folder.out + folder.err
    assert "folder" in folder.err and "NOT VALID" not in folder.out + folder.err
    assert not (tmp_path / "c.pdf").exists()  # no certificate of a mistake


@pytest.mark.parametrize("command", [["verify"], ["report", "verification"]])
def test_a_bundle_given_as_a_trusted_key_is_said_so(
    tmp_path: Path, bundle: Path, command: list[str]
) -> None:
    out = ["-o", str(tmp_path / "c.pdf")] if command[0] == "report" else []
    result = run_cli([*command, str(bundle), "--trust", str(bundle), *out])
    assert result.code == EXIT_USAGE, result.out + result.err
    assert "neither a FieldKit identity card nor a minisign public key" in result.err
    assert "NOT VALID" not in result.out


def test_a_good_call_is_unchanged(bundle: Path) -> None:
    assert run_cli(["verify", str(bundle)]).code in (EXIT_OK, EXIT_UNTRUSTED)


def test_a_certificate_into_a_missing_folder_is_a_usage_mistake(
    tmp_path: Path, bundle: Path
) -> None:
    """r15 review #5: `-o nothere/out.pdf` exited 1, which a script reads as NOT VALID."""
    result = run_cli(["report", "verification", str(bundle), "-o", str(tmp_path / "no" / "c.pdf")])
    assert result.code == EXIT_USAGE, result.out + result.err
    assert "does not exist" in result.err and "NOT VALID" not in result.out + result.err


def test_import_of_a_folder_or_a_missing_file_is_said_as_verify_says_it(
    tmp_path: Path, bundle: Path
) -> None:
    """r15 review #9: `fieldkit import FOLDER` said « d cannot be read », exit 1."""
    coordinator, _ = Vault.create(tmp_path / "coord", PASSPHRASE, name="Coord", kdf=FAST_KDF)
    coordinator.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    vault = ["--vault", str(tmp_path / "coord")]
    folder = run_cli([*vault, "import", str(tmp_path)], env=env)
    assert folder.code == EXIT_USAGE, folder.out + folder.err
    assert "is a folder, not a bundle file" in folder.err
    missing = run_cli([*vault, "import", str(tmp_path / "nothere.fkb")], env=env)
    assert missing.code == EXIT_USAGE, missing.out + missing.err
    assert "There is no file" in missing.err
