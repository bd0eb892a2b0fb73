"""What is printed or exported of an object's status and place says what the app's list says
(r12 trial #0): an object not found at a check-in is listed Missing, so the evacuation list
PDF, the CSV export, `object list` and `object show` must not say "In storage" of it, nor leave
out where the evacuated ones are.

The case, built with the real chain of custody: EV-1 packed into crate C-1, the crate and EV-2
evacuated from MUS to LV-1 with a permission (planned, then departed), the check-in finds the
crate, not EV-2; EV-3 leaves for LV-1 and is still on the road; EV-4 never moved.
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET  # our own output, not untrusted input
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, require_tool, run_cli
from test_reports import flat, pdf_text

from fieldkit.exports import export_records
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.reports import inventory_report
from fieldkit.vault import Vault

LIDO = {"lido": "http://www.lido-schema.org"}
TYPE = "{http://www.lido-schema.org}type"


@pytest.fixture
def evacuated(vault: Vault) -> Vault:
    return build_case(vault)


def build_case(vault: Vault) -> Vault:
    records = Records(vault)
    c = Custody(records)
    mus = c.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    c.add_location({"code": "LV-1", "name": "Lviv store", "kind": "temporary_store"})
    c.add_container({"code": "C-1", "kind": "crate"})
    for i, where in ((1, "Room 5"), (2, "Room 6"), (3, "Room 7"), (4, "Room 8")):
        records.create(
            F.OBJECT,
            {
                "inventory_number": f"EV-{i}",
                "title": f"Jar {i}",
                "status": "in_storage",
                "current_location": where,
            },
        )
    c.move(["EV-1"], "C-1", from_location=mus.record_id)  # packing
    move = c.move(
        ["C-1", "EV-2"], "LV-1", from_location=mus.record_id, reason="evacuation", depart=False
    )
    c.depart(move.record_id)
    c.receive(move.record_id, ["C-1"])  # EV-2 not found
    c.move(["EV-3"], "LV-1", from_location=mus.record_id, reason="evacuation")  # on the road
    return vault


EXPECTED = {  # inventory number: (status the list shows, where now)
    "EV-1": ("evacuated", "LV-1 · C-1"),
    "EV-2": ("missing", "missing"),
    "EV-3": ("evacuated", "In transit to LV-1"),
    "EV-4": ("in_storage", "Room 8"),  # never moved: what a person wrote
}


def test_the_case_is_what_the_app_lists(evacuated: Vault) -> None:
    records = Records(evacuated)
    assert [v.fields["inventory_number"] for v in records.list(F.OBJECT, status=["missing"])] == [
        "EV-2"
    ]
    # The record keeps what a person last set: that is what printed lists showed.
    assert records.get("EV-2").fields["status"] == "in_storage"


def _inventory_rows(pdf: Path) -> dict[str, str]:
    """Each EV row of the list's text, by inventory number (one line each in -layout)."""
    rows = {}
    for line in pdf_text(pdf, "-layout").splitlines():
        words = line.split()
        if words and words[0].startswith("EV-"):
            rows[words[0]] = flat(line)
    return rows


def test_the_evacuation_list_prints_the_shown_status_and_where_now(
    evacuated: Vault, tmp_path: Path
) -> None:
    require_tool("pdftotext")
    out = tmp_path / "inventory.pdf"
    inventory_report(evacuated, out)
    rows = _inventory_rows(out)
    assert "LV-1 · C-1" in rows["EV-1"] and "Evacuated" in rows["EV-1"]
    assert "Room 5" not in rows["EV-1"]
    assert "missing Missing" in rows["EV-2"] and "In storage" not in rows["EV-2"]
    assert "In transit to LV-1" in rows["EV-3"] and "Evacuated" in rows["EV-3"]
    assert "Room 8 In storage" in rows["EV-4"]
    # With the Missing filter, the one row it keeps says Missing, as the filter line does.
    filtered = tmp_path / "missing.pdf"
    inventory_report(evacuated, filtered, status=["missing"])
    rows = _inventory_rows(filtered)
    assert list(rows) == ["EV-2"]
    assert "Missing" in rows["EV-2"] and "In storage" not in rows["EV-2"]


def _csv_rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {row["inventory_number"]: row for row in csv.DictReader(f)}


def test_the_csv_export_carries_the_shown_status_and_where_now(
    evacuated: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "ev.csv"
    export_records(evacuated, "csv", out)
    rows = _csv_rows(out)
    assert {n: (r["status"], r["current_location"]) for n, r in rows.items()} == EXPECTED
    # Redacting locations leaves out where objects are now too, not only the typed text.
    redacted = tmp_path / "redacted.csv"
    export_records(evacuated, "csv", redacted, redact_locations=True)
    rows = _csv_rows(redacted)
    assert {r["current_location"] for r in rows.values()} == {""}
    assert rows["EV-2"]["status"] == "missing"


def _lido_notes(path: Path) -> dict[str, dict[str, str]]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own output
    out = {}
    for rec in root.findall("lido:lido", LIDO):
        number = rec.findtext(".//lido:workID", "", LIDO)
        out[number] = {
            str(s.get(TYPE)): str(s.findtext("lido:descriptiveNoteValue", "", LIDO))
            for s in rec.iterfind(".//lido:objectDescriptionSet", LIDO)
        }
    return out


def test_lido_and_linked_art_say_the_shown_status_and_keep_the_documented_one(
    evacuated: Vault, tmp_path: Path
) -> None:
    """The heritage formats: the status note is the one the app shows; what a person set,
    when it differs, follows as "status as documented" (as the location already did)."""
    out = tmp_path / "ev.xml"
    export_records(evacuated, "lido", out, photos=False)
    notes = _lido_notes(out)
    assert notes["EV-2"]["status"] == "missing"
    assert notes["EV-2"]["status as documented"] == "in_storage"
    assert notes["EV-1"]["status"] == "evacuated"
    assert notes["EV-4"]["status"] == "in_storage"
    assert "status as documented" not in notes["EV-4"]

    folder = tmp_path / "la"
    export_records(evacuated, "linked-art", folder, photos=False)
    statements = {}
    for doc_path in folder.rglob("*.json"):
        doc = json.loads(doc_path.read_text(encoding="utf-8"))
        if doc.get("type") != "HumanMadeObject":
            continue
        number = next(
            i["content"] for i in doc["identified_by"] if i.get("_label") == "Inventory number"
        )
        statements[number] = {s["_label"]: s["content"] for s in doc.get("referred_to_by", [])}
    assert statements["EV-2"]["Status"] == "missing"
    assert statements["EV-2"]["Status as documented"] == "in_storage"
    assert statements["EV-4"]["Status"] == "in_storage"
    assert "Status as documented" not in statements["EV-4"]


@pytest.fixture
def cli(evacuated: Vault, vault_path: Path, tmp_path: Path) -> Any:
    evacuated.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def run(*args: str) -> Any:
        result = run_cli(
            ["--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw"), *args]
        )
        assert result.code == 0, result.err
        return result

    return run


def test_object_list_prints_the_status_it_filters_on(cli: Any) -> None:
    out = cli("object", "list", "--status", "missing").out
    [line] = [line for line in out.splitlines() if "EV-2" in line]
    assert "Missing" in line and "In storage" not in line
    everything = {line.split()[1]: line for line in cli("object", "list").out.splitlines()}
    assert "Evacuated" in everything["EV-1"] and "In storage" in everything["EV-4"]
    # --json keeps "status" (the record's) and adds the shown one.
    listed = {o["inventory_number"]: o for o in cli("--json", "object", "list").json}
    assert listed["EV-2"]["status"] == "in_storage"
    assert listed["EV-2"]["shown_status"] == "missing"
    assert listed["EV-4"]["shown_status"] == "in_storage"


def test_object_show_says_the_shown_status_and_where_it_is(cli: Any) -> None:
    lines = cli("object", "show", "EV-2").out.splitlines()
    assert "Status: Missing (as documented: In storage)" in lines
    assert "Current location: missing (as documented: Room 6)" in lines
    lines = cli("object", "show", "EV-1").out.splitlines()
    assert "Current location: LV-1 · C-1 (as documented: Room 5)" in lines
    lines = cli("object", "show", "EV-4").out.splitlines()
    assert "Status: In storage" in lines and "Current location: Room 8" in lines
    data = cli("--json", "object", "show", "EV-1").json
    assert (data["status"], data["current_location"]) == ("in_storage", "Room 5")
    assert data["shown_status"] == "evacuated"
    assert data["where_now"]["location"]["code"] == "LV-1"
    assert data["where_now"]["container"]["code"] == "C-1"
    assert cli("--json", "object", "show", "EV-4").json["where_now"] is None


def test_the_object_id_sheet_and_the_damage_report_print_the_shown_status(
    evacuated: Vault, tmp_path: Path
) -> None:
    """The sheet and the damage report's object summary said "In storage" of the missed object
    too (r12: left by the first fix)."""
    from fieldkit.reports import damage_report, object_id_report

    require_tool("pdftotext")
    records = Records(evacuated)
    missed = records.get("EV-2")
    sheet = tmp_path / "sheet.pdf"
    object_id_report(evacuated, [missed.record_id], sheet)
    text = flat(pdf_text(sheet))
    assert "Missing" in text and "In storage" not in text
    report = records.create(F.DAMAGE, {"object_id": missed.record_id, "observed_at": "2026-01-05"})
    out = tmp_path / "damage.pdf"
    damage_report(evacuated, report.record_id, out)
    text = flat(pdf_text(out))
    assert "Missing" in text and "In storage" not in text
