"""A read that hits a damaged page or a failing drive gets the sentence a write gets, not "an
internal error … (report id)" (review r10 #3: only opening and writing were classified)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

PAGE = 4096


def _damage_the_middle(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        for page in range(size // PAGE // 4, size // PAGE, 7):  # past the schema's pages
            fh.seek(page * PAGE + 512)
            fh.write(b"\xa5" * 64)


def test_a_search_over_a_damaged_page_says_the_vault_is_damaged(
    vault: Vault, vault_path: Path
) -> None:
    Records(vault).create_many(
        F.OBJECT,
        (
            {"inventory_number": f"INV-{i}", "title": f"Amphora {i}", "notes": "x" * 400}
            for i in range(3000)
        ),
    )
    vault.close()
    _damage_the_middle(vault_path / "vault.db")
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    result = run_cli(["--vault", str(vault_path), "object", "list", "--search", "Amphora"], env)
    assert "internal error" not in result.err
    assert "The database of the vault is damaged." in result.err
    assert result.code != 0


def test_sqlcipher_says_nothing_of_its_own_before_the_sentence(
    vault: Vault, vault_path: Path
) -> None:
    """r11 review #7: SQLCipher's own log ("ERROR CORE sqlcipher_page_cipher: hmac check failed
    for pgno=736", English, on stderr) came before the translated sentence."""
    from conftest import run_cli_process

    Records(vault).create_many(
        F.OBJECT,
        ({"inventory_number": f"INV-{i}", "title": f"Amphora {i}"} for i in range(3000)),
    )
    vault.close()
    _damage_the_middle(vault_path / "vault.db")
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_LANG": "fr"}
    result = run_cli_process(
        ["--vault", str(vault_path), "object", "list", "--search", "Amphora"], env
    )
    assert result.returncode != 0
    assert "sqlcipher" not in result.stderr.lower(), result.stderr
    assert "ERROR" not in result.stderr, result.stderr
    assert "La base de données du coffre est endommagée." in result.stderr, result.stderr
