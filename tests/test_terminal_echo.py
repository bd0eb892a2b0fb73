"""Record text from another vault is echoed harmlessly, and every --json input is read strictly.

A bundle's revisions are checked for authorship, not against this vault's field rules: a
colleague's (or an attacker's) title may hold an escape sequence or a right-to-left override.
`object show`, `object list` and `conflicts show` print it as visible escapes.
"""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records.revision import new_revision
from fieldkit.records.service import Records
from fieldkit.vault import Vault

HOSTILE = "Stele\u202egpj.exe\x1b[2J\u0085end"


def _hostile_record(vault: Vault) -> str:
    """A record as a bundle could bring it: signed, but with text this vault would refuse."""
    records = Records(vault)
    with vault.transaction() as db:
        rev = new_revision(
            records.identity,
            records.clock,
            record_id="0b9a7f4e-2c1d-4e5f-8a6b-7c8d9e0f1a2b",
            kind=F.OBJECT,
            parents=[],
            fields={"inventory_number": "H\u202e-1", "title": HOSTILE},
            media=[],
        )
        records.save_revision(db, rev)
    return rev.record_id


def test_show_and_list_print_hostile_text_as_visible_escapes(
    vault: Vault, vault_path: Path
) -> None:
    record_id = _hostile_record(vault)
    vault.close()
    env = {"FIELDKIT_PASSPHRASE": PASSPHRASE}
    shown = run_cli(["--vault", str(vault_path), "object", "show", record_id], env)
    listed = run_cli(["--vault", str(vault_path), "object", "list"], env)
    for result in (shown, listed):
        assert result.code == 0, result.err
        for raw in ("\u202e", "\x1b", "\u0085"):
            assert raw not in result.out
        assert "\\u202e" in result.out
    assert "\\u001b[2J" in shown.out


def test_conflicts_resolve_refuses_deeply_nested_json_in_one_sentence(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    nested = tmp_path / "resolved.json"
    nested.write_text("[" * 100_000)
    result = run_cli(
        ["--vault", str(vault_path), "conflicts", "resolve", "0b9a7f4e", "--json", str(nested)],
        {"FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.code == 2, result.err
    assert "internal error" not in result.err.lower() and "Traceback" not in result.err
    assert "nest" in result.err.lower()
