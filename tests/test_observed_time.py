"""Observation times are compared as instants, not as text (review r10 #12).

A report written at 2024-05-03T23:30-05:00 (04:30 UTC on the 4th) is later than one written at
2024-05-04T02:00+00:00, although it sorts first as text. The inventory's latest severity, the
damage sheet printed for an object and the order of an object's reports in exports all follow
the instant.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from fieldkit.exports import export_records
from fieldkit.exports.source import Reader, Selection
from fieldkit.records import fields as F
from fieldkit.records.observed_time import instant_key
from fieldkit.records.service import Records
from fieldkit.reports import inventory_report
from fieldkit.reports.damage import find_damage_report
from fieldkit.reports.inventory import last_damage_severity

EARLIER_UTC = "2024-05-04T02:00+00:00"  # 02:00 UTC
LATER_WEST = "2024-05-03T23:30-05:00"  # 04:30 UTC: later, but first as text


def _object_with_two_reports(records: Records) -> str:
    fields = {"inventory_number": "T-1", "title": "Tile", "salvage_priority": 1}
    object_id = records.create(F.OBJECT, F.clean_fields(F.OBJECT, fields)).record_id
    for severity, when in (("minor", EARLIER_UTC), ("severe", LATER_WEST)):
        report = {"object_id": object_id, "severity": severity, "observed_at": when}
        records.create(F.DAMAGE, F.clean_fields(F.DAMAGE, report))
    return object_id


def test_instant_key_orders_by_instant_and_keeps_naive_times_as_written() -> None:
    assert instant_key(LATER_WEST) > instant_key(EARLIER_UTC)
    # Naive times are taken as UTC: among themselves they keep their text order.
    assert instant_key("2024-05-04T01:00") < instant_key("2024-05-04T03:00")
    assert instant_key("2024-05-04T03:00") < instant_key(LATER_WEST)
    # A date alone is the start of its day; nothing recorded sorts first.
    assert instant_key("2024-05-04") < instant_key(EARLIER_UTC)
    assert instant_key(None) == instant_key("") < instant_key("2024-05-04")


def test_latest_severity_in_the_inventory_follows_the_instant(
    make_vault: Any, tmp_path: Path
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    records = Records(vault)
    object_id = _object_with_two_reports(records)

    assert last_damage_severity(records) == {object_id: "severe"}
    out = tmp_path / "inventory.pdf"
    inventory_report(vault, out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    row = next(line for line in text.splitlines() if "T-1" in line)
    assert "Severe" in row and "Minor" not in row, row


def test_damage_sheet_of_an_object_is_its_latest_report_by_instant(
    make_vault: Any, tmp_path: Path
) -> None:
    vault, _ = make_vault(tmp_path / "v")
    records = Records(vault)
    _object_with_two_reports(records)

    view, note = find_damage_report(records, "T-1")
    assert view.fields["severity"] == "severe"
    assert note is not None and LATER_WEST in str(note)


def test_exports_list_an_objects_reports_in_time_order(make_vault: Any, tmp_path: Path) -> None:
    vault, _ = make_vault(tmp_path / "v")
    records = Records(vault)
    _object_with_two_reports(records)

    (item,) = list(Reader(vault, Selection(), redact=False).items())
    assert [r.fields["observed_at"] for r in item.damage] == [EARLIER_UTC, LATER_WEST]

    out = tmp_path / "objects.xml"
    export_records(vault, "lido", out, photos=False)
    text = out.read_text(encoding="utf-8")
    assert text.index(f"observed {EARLIER_UTC}") < text.index(f"observed {LATER_WEST}")
