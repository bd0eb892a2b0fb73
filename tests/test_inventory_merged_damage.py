"""The evacuation list's Severity column after a "same object" decision (review r10b #8): the
damage reports of a record merged into an object are that object's, as in exports."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.reports import inventory_report
from fieldkit.reports.inventory import last_damage_severity


def test_severity_counts_the_damage_reports_of_a_merged_duplicate(
    make_vault: Any, tmp_path: Path
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    records = Records(vault)

    def obj(number: str, priority: int | None = None) -> str:
        fields: dict[str, Any] = {"inventory_number": number, "title": "Amphora"}
        if priority is not None:
            fields["salvage_priority"] = priority
        return records.create(F.OBJECT, F.clean_fields(F.OBJECT, fields)).record_id

    def damage(object_id: str, severity: str, when: str) -> None:
        fields = {"object_id": object_id, "severity": severity, "observed_at": when}
        records.create(F.DAMAGE, F.clean_fields(F.DAMAGE, fields))

    a, b = obj("A-1", 1), obj("A-1b")
    c, d = obj("C-1", 2), obj("C-1b")
    damage(b, "severe", "2024-05-03T10:00")
    damage(c, "minor", "2024-05-04T10:00")  # C's own report is the later one: it stays
    damage(d, "severe", "2024-05-01T10:00")
    Duplicates(records).decide(a, b, same=True)
    Duplicates(records).decide(c, d, same=True)

    assert last_damage_severity(records) == {a: "severe", c: "minor"}
    out = tmp_path / "inventory.pdf"
    inventory_report(vault, out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    row = next(line for line in text.splitlines() if "A-1" in line)
    assert "Severe" in row, row
