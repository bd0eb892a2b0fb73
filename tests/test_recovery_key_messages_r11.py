"""A mistyped recovery key is said in the user's language (its two sentences were English in
the French CLI and app: they were not marked for translation)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

from fieldkit.vault import Vault


def test_a_malformed_recovery_key_is_said_in_french(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    key = tmp_path / "key.txt"
    key.write_text("ABCD-EFGH\n")
    result = run_cli(
        ["--vault", str(vault_path), "passwd", "--recovery-key-file", str(key)],
        {"FIELDKIT_LANG": "fr", "FIELDKIT_NEW_PASSPHRASE": "quatre chats gris dans la neige"},
    )
    assert result.code != 0
    assert "Une clé de secours compte 32 lettres et chiffres" in result.err, result.err
