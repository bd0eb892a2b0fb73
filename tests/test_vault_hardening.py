"""Issue 24, vault part: recovery key delivered before the commit point, NFC passphrases,
first-line secret files, SQLite errors in one sentence on full and read-only media, backups
that leave nothing half-written, and a lock that cannot be deleted out from under its holder."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli

from fieldkit.vault import Vault
from fieldkit.vault.header import VaultHeader

CAFE_NFC = unicodedata.normalize("NFC", "café au lait, s'il vous plaît")
CAFE_NFD = unicodedata.normalize("NFD", CAFE_NFC)


# --- item 5: passphrases are NFC-normalised before the KDF ------------------------------------


def test_a_vault_made_with_composed_accents_opens_with_combining_ones(vault_path: Path) -> None:
    assert CAFE_NFC != CAFE_NFD
    Vault.create(vault_path, CAFE_NFC, name="A", kdf=FAST_KDF)[0].close()
    with Vault.open(vault_path, CAFE_NFD) as v:
        assert v.info().name == "A"
    Vault.open(vault_path, CAFE_NFC).close()


def test_a_vault_wrapped_with_a_raw_non_nfc_passphrase_still_opens_and_is_migrated(
    vault_path: Path,
) -> None:
    v, _ = Vault.create(vault_path, PASSPHRASE, name="Old", kdf=FAST_KDF)
    # What a FieldKit before normalisation wrote: the NFD bytes straight into the KDF.
    from fieldkit.crypto import keywrap
    from fieldkit.crypto.kdf import derive_key
    from fieldkit.vault.header import KeyWrap

    header = VaultHeader.load(vault_path)
    salt = b"s" * 16
    kek = derive_key(CAFE_NFD.encode("utf-8"), salt, FAST_KDF)
    nonce, wrapped = keywrap.wrap_key(kek, v._data_key, header._aad("passphrase"))
    header.passphrase = KeyWrap(salt, nonce, wrapped, FAST_KDF)
    v.close()
    header.save(vault_path)
    # The same characters typed on a keyboard that composes them: the raw form is the only key.
    with Vault.open(vault_path, CAFE_NFD) as opened:
        assert opened.info().name == "Old"
    # Re-wrapped with the NFC form: now both forms open it.
    with Vault.open(vault_path, CAFE_NFC) as opened:
        assert opened.header.needs_rewrap is False
    Vault.open(vault_path, CAFE_NFD).close()


def test_passwd_normalises_the_new_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.change_passphrase(CAFE_NFD, FAST_KDF)
    vault.close()
    Vault.open(vault_path, CAFE_NFC).close()


def test_rekey_normalises_the_new_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.rekey(CAFE_NFC, FAST_KDF)
    vault.close()
    Vault.open(vault_path, CAFE_NFD).close()


# --- item 6: secret files give their first line, without BOM or line ending -------------------


def _init_from_file(tmp_path: Path, content: bytes) -> Path:
    pw = tmp_path / "pw.txt"
    pw.write_bytes(content)
    target = tmp_path / "v"
    result = run_cli(
        ["--vault", str(target), "init", "--name", "A", "--passphrase-file", str(pw), "--json"]
    )
    assert result.code == 0, result.err
    return target


def test_a_vault_made_from_a_two_line_file_opens_with_its_first_line(tmp_path: Path) -> None:
    target = _init_from_file(tmp_path, b"first line passphrase\r\nsecond line: a note\n")
    Vault.open(target, "first line passphrase").close()
    (tmp_path / "again.txt").write_bytes(b"first line passphrase\n")
    result = run_cli(
        ["--vault", str(target), "object", "list", "--passphrase-file", str(tmp_path / "again.txt")]
    )
    assert result.code == 0, result.err


def test_a_passphrase_file_with_a_bom_works(tmp_path: Path) -> None:
    target = _init_from_file(tmp_path, b"\xef\xbb\xbfbom passphrase here\r\n")
    Vault.open(target, "bom passphrase here").close()


def test_the_help_says_first_line(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(["passwd", "--help"])
    assert result.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert text.count("first line of FILE") >= 2 and "BOM" in text
