"""`fieldkit damage list` names the object by its inventory number, as people know it, and the
moment without ISO's "T" (new-user trial r14 #18: it printed « 124feed9 » and
« 2025-07-30T17:45 »)."""

from __future__ import annotations

from conftest import PASSPHRASE, run_cli

from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_damage_list_names_the_object_by_its_number(vault: Vault) -> None:
    records = Records(vault)
    jar = records.create(F.OBJECT, {"inventory_number": "MM-2026.002", "title": "Jar"})
    records.create(
        F.DAMAGE,
        {"object_id": jar.record_id, "observed_at": "2026-11-14T09:00", "severity": "minor"},
    )
    records.create(F.DAMAGE, {"site": "Store B", "observed_at": "2026-11-15T10:30"})
    path = vault.path
    vault.close()
    result = run_cli(["--vault", str(path), "damage", "list"], {"FIELDKIT_PASSPHRASE": PASSPHRASE})
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    jar_line = next(line for line in lines if "2026-11-14" in line)
    assert "MM-2026.002" in jar_line and jar.record_id[:8] not in jar_line, jar_line
    assert "2026-11-14 09:00" in jar_line, jar_line
    site_line = next(line for line in lines if "2026-11-15" in line)
    assert "Store B" in site_line and "2026-11-15 10:30" in site_line, site_line
