"""Issue 24, vault part: recovery key delivered before the commit point, NFC passphrases,
first-line secret files, SQLite errors in one sentence on full and read-only media, backups
that leave nothing half-written, and a lock that cannot be deleted out from under its holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE, run_cli, tree_snapshot

from fieldkit.crypto import recovery_key as rk
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


# --- item 1: the recovery key is delivered before the commit point ----------------------------

# A child process that runs the real CLI and stops dead at the commit point of init and rekey
# (the header being saved): the parent then kills it with a real SIGKILL.
_STOP_AT_COMMIT = """
import sys, time
from pathlib import Path
from fieldkit.vault import header

def stop(self, folder):
    Path(sys.argv[1]).write_text("at the commit point")
    time.sleep(600)

header.VaultHeader.save = stop
from fieldkit.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _kill_at_commit_point(tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
    ready = tmp_path / "ready"
    full_env = dict(os.environ)
    full_env.update(env)
    proc = subprocess.Popen(
        [sys.executable, "-c", _STOP_AT_COMMIT, str(ready), *args],
        env=full_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(1200):
            if ready.exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists(), proc.stderr.read().decode() if proc.poll() is not None else ""
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


def test_init_killed_at_its_commit_point_has_delivered_the_key_and_can_be_rerun(
    tmp_path: Path,
) -> None:
    target, rk_file = tmp_path / "v", tmp_path / "rk.txt"
    args = ["--vault", str(target), "init", "--name", "A", "--recovery-key-file", str(rk_file)]
    _kill_at_commit_point(tmp_path, args, {"FIELDKIT_PASSPHRASE": "a fine long passphrase"})
    assert rk.normalize(rk_file.read_text().strip())
    assert not (target / "vault.json").exists()
    # No vault came into being, so running init again works (and the leftovers are gone).
    again = run_cli(
        [*args[:-1], str(tmp_path / "rk2.txt")], {"FIELDKIT_PASSPHRASE": "a fine long passphrase"}
    )
    assert again.code == 0, again.err
    key = (tmp_path / "rk2.txt").read_text().strip()
    Vault.open(target, recovery_key=key).close()
    assert sorted(p.name for p in target.iterdir()) == [
        "media",
        "vault.db",
        "vault.json",
        "vault.lock",
    ]


def test_rekey_killed_at_its_commit_point_leaves_the_old_keys_working(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    v, old_key = make_vault()
    v.close()
    rk_file = tmp_path / "new-rk.txt"
    _kill_at_commit_point(
        tmp_path,
        ["--vault", str(vault_path), "rekey", "--recovery-key-file", str(rk_file)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    # Delivered (written and fsynced) before the commit point...
    assert rk.normalize(rk_file.read_text().strip())
    # ...and the commit never happened: the vault is exactly as it was.
    Vault.open(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, recovery_key=old_key).close()
    assert not (vault_path / "vault.db.rekey").exists()


def test_a_recovery_key_file_in_a_missing_folder_changes_nothing(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    v, _ = make_vault()
    v.close()
    before = tree_snapshot(vault_path)
    result = run_cli(
        ["--vault", str(vault_path), "rekey", "--recovery-key-file", str(tmp_path / "no" / "rk")],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_NEW_PASSPHRASE": "a brand new passphrase"},
    )
    assert result.code != 0 and "does not exist" in result.err
    assert tree_snapshot(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()
    target, missing = tmp_path / "new", tmp_path / "no" / "rk"
    result = run_cli(
        ["--vault", str(target), "init", "--name", "A", "--recovery-key-file", str(missing)],
        {"FIELDKIT_PASSPHRASE": "a fine long passphrase"},
    )
    assert result.code != 0 and "does not exist" in result.err
    assert not (target / "vault.json").exists()


def test_the_core_delivers_before_committing(
    make_vault: Any, vault_path: Path, tmp_path: Path
) -> None:
    def fail(key: str) -> None:
        raise OSError("the stick was pulled out")

    with pytest.raises(OSError):
        Vault.create(tmp_path / "c", PASSPHRASE, name="A", kdf=FAST_KDF, deliver_recovery_key=fail)
    assert not (tmp_path / "c").exists()
    v, old_key = make_vault()
    with pytest.raises(OSError):
        v.rekey("a brand new passphrase", FAST_KDF, deliver_recovery_key=fail)
    v.close()
    Vault.open(vault_path, PASSPHRASE).close()
    Vault.open(vault_path, recovery_key=old_key).close()
