"""`fieldkit object list` in the natural order of inventory numbers (new-user trials r9 #18 and
r10): « MCP 1962.121 » before « MCP 1962.1180 », as the app's list shows them."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_object_list_is_in_natural_order(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    numbers = ["MCP 1962.1180", "MCP 1962.121", "MCP ١٠", "MCP 2", "MCP 1962.1180a"]
    Records(vault).create_many(F.OBJECT, [{"inventory_number": n} for n in numbers])
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    vault_options = ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
    listed = run_cli(["object", "list", "--json", *vault_options])
    assert listed.code == 0, listed.err
    assert [o["inventory_number"] for o in listed.json] == [
        "MCP 2",
        "MCP ١٠",
        "MCP 1962.121",
        "MCP 1962.1180",
        "MCP 1962.1180a",
    ]
