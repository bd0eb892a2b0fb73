"""The inventory number as a filter of `Records.count` and `Records.list`: how `object add`
learns that a number is now shared (it used to run its own SQL, beside the service's)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_count_and_list_by_inventory_number(vault: Vault) -> None:
    records = Records(vault)
    for number, title in (("INV-1", "a"), ("INV-1", "b"), ("INV-2", "c")):
        records.create(F.OBJECT, {"inventory_number": number, "title": title})
    gone = records.create(F.OBJECT, {"inventory_number": "INV-1", "title": "d"})
    records.delete(gone.record_id)
    assert records.count(F.OBJECT, inventory_number="INV-1") == 2
    assert records.count(F.OBJECT, inventory_number="INV-3") == 0
    listed = records.list(F.OBJECT, inventory_number="INV-2")
    assert [v.fields["title"] for v in listed] == ["c"]


def test_object_add_warns_when_its_number_is_shared(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    records = Records(vault)
    records.create(F.OBJECT, {"inventory_number": "INV-1", "title": "first"})
    records.create(F.OBJECT, {"inventory_number": "INV-9", "title": "other"})
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    opts = ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]

    def add(number: str) -> str:
        src = tmp_path / f"{number}.json"
        src.write_text(json.dumps({"inventory_number": number, "title": "new"}))
        result = run_cli(["object", "add", "--json", str(src), *opts])
        assert result.code == 0, result.err
        return result.err

    assert "share this inventory number" not in add("INV-2")
    assert "Warning: 2 objects now share this inventory number." in add("INV-1")
