"""r14 UI trials: the printed documents agree with the app (read back with pdftotext).

- uitrial2 #2: an object deleted on another laptop while packed here is marked on the packing
  list and the permission as the check-in marks it;
- uitrial2 #3: a received movement's form and permission describe what departed (each item's
  container then, the crate's count then) and the reception's result in its own column;
- uitrial2 #4: the inventory's institution is the vault's organisation when none is recorded;
- uitrial #6: dates are printed as the app shows them in the report's language (English keeps
  ISO), and a time zone reads "UTC" or "UTC+2", not "UTC+00:00";
- uitrial #5: the Object ID sheet lists the object's damage reports, and a damage report names
  the earlier ones.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_custody2_r13 import deleted_while_packed
from test_reports import flat, nfkc, pdf_text

from fieldkit.i18n import using
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.reports import custody_documents as D
from fieldkit.reports import labels as L
from fieldkit.reports.damage import damage_report
from fieldkit.reports.inventory import inventory_report
from fieldkit.reports.layout import format_time
from fieldkit.reports.object_id import object_id_report
from fieldkit.vault.vault import Vault

DELETED_MARK = "deleted — restore or take out of the container"


def test_a_crate_s_deleted_object_is_marked_on_its_packing_list_and_permission(
    tmp_path: Path,
) -> None:
    a, chain, _x, _crate = deleted_while_packed(tmp_path)
    kept = a.records.create(F.OBJECT, {"inventory_number": "X-2", "title": "Lid"}).record_id
    chain.move([kept], "C-1")
    D.packing_list_report(a.vault, "C-1", tmp_path / "packing.pdf")
    text = flat(pdf_text(tmp_path / "packing.pdf"))
    assert f"Jar ({DELETED_MARK})" in text
    assert text.count(DELETED_MARK) == 1  # the other item is not marked
    movement = chain.move(["C-1"], "L-2", reason="evacuation", depart=False).record_id
    D.evacuation_permission_report(a.vault, movement, tmp_path / "permission.pdf")
    assert f"Jar ({DELETED_MARK})" in flat(pdf_text(tmp_path / "permission.pdf"))
    with using("fr"):
        D.packing_list_report(a.vault, "C-1", tmp_path / "packing-fr.pdf")
    assert "supprimé — à restaurer ou à sortir du contenant" in flat(
        pdf_text(tmp_path / "packing-fr.pdf")
    )


def _received_crate(vault: Vault) -> tuple[Custody, str, list[str]]:
    """EV-4, EV-5 and EV-6 packed into C-3 and sent to TS-2, where only EV-4 was scanned out
    of the opened crate: EV-5 and EV-6 are missing (r14 UI trial 2 #3)."""
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum"})
    chain.add_location({"code": "TS-2", "name": "Store"})
    chain.add_container({"code": "C-3", "kind": "crate", "description": "Wooden box"})
    ids = [
        records.create(F.OBJECT, {"inventory_number": f"EV-{n}", "title": f"Item {n}"}).record_id
        for n in (4, 5, 6)
    ]
    chain.move(ids, "C-3", from_location="MUS")
    movement = chain.move(["C-3"], "TS-2", reason="evacuation").record_id
    chain.receive(movement, ["C-3", ids[0]])
    return chain, movement, ids


def _row(text: str, code: str) -> str:
    """The line of pdftotext -layout that lists ``code`` (one table row per line)."""
    return next(line for line in text.splitlines() if f" {code} " in f" {line} ")


def test_a_received_movement_s_documents_say_what_departed(vault: Vault, tmp_path: Path) -> None:
    _chain, movement, _ids = _received_crate(vault)
    D.movement_report(vault, movement, tmp_path / "movement.pdf")
    D.evacuation_permission_report(vault, movement, tmp_path / "permission.pdf")
    for name in ("movement.pdf", "permission.pdf"):
        text = pdf_text(tmp_path / name, "-layout")
        # The crate as it left: three items, not the one still in it.
        assert "Crate (3 items)" in flat(text), name
        # Every item's container when it left, the missing ones too.
        for code, result in (("EV-4", "received"), ("EV-5", "MISSING"), ("EV-6", "MISSING")):
            row = _row(text, code)
            assert "C-3" in row, (name, row)
            assert result in row, (name, row)
    # The permission's own check-box column stays beside the reception's result.
    assert "Status" in pdf_text(tmp_path / "permission.pdf")


def test_a_planned_movement_s_permission_describes_the_crate_as_packed_now(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum"})
    chain.add_location({"code": "TS-2", "name": "Store"})
    chain.add_container({"code": "C-3", "kind": "crate", "description": "Wooden box"})
    ids = [
        records.create(F.OBJECT, {"inventory_number": f"EV-{n}", "title": f"Item {n}"}).record_id
        for n in (4, 5)
    ]
    chain.move(ids, "C-3", from_location="MUS")
    movement = chain.move(["C-3"], "TS-2", depart=False).record_id
    D.evacuation_permission_report(vault, movement, tmp_path / "permission.pdf")
    text = pdf_text(tmp_path / "permission.pdf", "-layout")
    assert "Crate (2 items)" in flat(text)
    assert "C-3" in _row(text, "EV-5")
    assert "Status" not in text


def test_the_arabic_permission_of_a_received_crate_counts_what_left(
    vault: Vault, tmp_path: Path
) -> None:
    _chain, movement, _ids = _received_crate(vault)
    with using("ar"):
        D.evacuation_permission_report(vault, movement, tmp_path / "permission.pdf")
    text = nfkc(pdf_text(tmp_path / "permission.pdf"))
    assert "صندوقخشبي(3عناصر)" in text.replace(" ", "")  # the crate's count when it left
    assert text.count("C-3") == 4  # the crate's code, then the container of all three items


def test_the_inventory_names_the_vault_s_organisation_as_the_institution(
    make_vault: Any, tmp_path: Path
) -> None:
    """uitrial2 #4: « institution not recorded » above « prepared by coord (National Museum) »;
    the permission prints the organisation given at `fieldkit init --org`: so does the list."""
    vault, _ = make_vault(tmp_path / "coord", name="coord", organisation="National Museum")
    Records(vault).create(F.OBJECT, {"inventory_number": "EV-1", "title": "Sword"})
    inventory_report(vault, tmp_path / "inventory.pdf")
    text = flat(pdf_text(tmp_path / "inventory.pdf"))
    assert "institution not recorded" not in text
    assert text.index("National Museum") < text.index("Prepared by coord (National Museum)")
    # An institution recorded on the objects still wins.
    other, _ = make_vault(tmp_path / "field", name="field", organisation="National Museum")
    Records(other).create(
        F.OBJECT, {"inventory_number": "EV-2", "title": "Vase", "institution": "Site museum"}
    )
    inventory_report(other, tmp_path / "own.pdf")
    assert "Site museum" in flat(pdf_text(tmp_path / "own.pdf"))
    # No organisation at all: said as before.
    bare, _ = make_vault(tmp_path / "bare", name="bare")
    inventory_report(bare, tmp_path / "bare.pdf")
    assert "institution not recorded" in flat(pdf_text(tmp_path / "bare.pdf"))


# --- dates as the app shows them (r14 UI trial #6) ---------------------------------------------


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's time zone is UTC (the footer prints local time)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


PRINTED = datetime(2026, 12, 6, 19, 2, tzinfo=UTC)


def _damage_pdf(vault: Vault, out: Path, lang: str) -> str:
    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "MM-2026.002", "title": "Bol"})
    records.create(
        F.DAMAGE,
        {
            "object_id": obj.record_id,
            "observed_at": "2026-11-14T09:00",
            "event_date_from": "2026-11-10",
            "severity": "moderate",
        },
    )
    with using(lang):
        damage_report(vault, "MM-2026.002", out, now=PRINTED)
    return nfkc(pdf_text(out))


@pytest.mark.usefixtures("utc")
def test_a_french_damage_report_prints_dates_as_the_app_shows_them(
    vault: Vault, tmp_path: Path
) -> None:
    text = _damage_pdf(vault, tmp_path / "fr.pdf", "fr")
    assert "14 nov. 2026, 09:00" in text
    assert "10 nov. 2026" in text
    assert "imprimé le 6 déc. 2026, 19:02 UTC par" in text
    assert "2026-11-14" not in text and "UTC+00:00" not in text


@pytest.mark.usefixtures("utc")
def test_ukrainian_and_arabic_dates_are_the_app_s(vault: Vault, tmp_path: Path) -> None:
    text = _damage_pdf(vault, tmp_path / "uk.pdf", "uk")
    assert "14 лист. 2026 р., 09:00" in text
    ar = tmp_path / "ar.pdf"
    with using("ar"):
        damage_report(vault, "MM-2026.002", ar, now=PRINTED)
    # Western digits as the app writes them; Arabic month names, its comma and 12-hour clock.
    compact = nfkc(pdf_text(ar)).replace(" ", "")  # pdftotext spaces Arabic runs its own way
    for part in ("14نوفمبر", "6ديسمبر", "9:00ص", "7:02م", "UTC"):
        assert part in compact, part
    assert "2026-11-14" not in compact and "UTC+00:00" not in compact


def test_english_keeps_iso_dates_and_says_the_zone_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with using("en"):
        assert L.format_value(F.DAMAGE, "observed_at", "2026-03-14T09:30") == "2026-03-14 09:30"
        assert L.format_value(F.DAMAGE, "event_date_from", "2026-03-10") == "2026-03-10"
        assert D.when("2026-03-14T09:30:00+00:00") == "2026-03-14 09:30 UTC"
        assert D.when("2025-03-01T10:00+02:00") == "2025-03-01 10:00 UTC+2"
        assert D.when("2025-03-01T10:00-03:30") == "2025-03-01 10:00 UTC-3:30"
    with using("fr"):
        assert D.when("2025-03-01T10:00+02:00") == "1 mars 2025, 10:00 UTC+2"
        assert L.format_value(F.DAMAGE, "observed_at", "not a date") == "not a date"
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        with using("en"):
            assert format_time(PRINTED) == "2026-12-07 00:32 UTC+5:30"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.usefixtures("utc")
def test_the_permission_splits_its_departure_into_a_day_and_a_time(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum"})
    chain.add_location({"code": "TS-2", "name": "Store"})
    obj = records.create(F.OBJECT, {"inventory_number": "EV-1", "title": "Épée"}).record_id
    movement = chain.move([obj], "TS-2", from_location="MUS", depart=False).record_id
    chain.depart(movement, "2026-11-14T09:05:00+00:00")
    with using("fr"):
        D.evacuation_permission_report(vault, movement, tmp_path / "fr.pdf", now=PRINTED)
    text = flat(pdf_text(tmp_path / "fr.pdf", "-layout"))
    assert "Date de départ 14 nov. 2026" in text
    assert "Heure de départ 09:05 UTC" in text


# --- damage over time (r14 UI trial #5) --------------------------------------------------------


def _damaged_object(vault: Vault, reports: int = 2) -> str:
    """MM-2026.002 with ``reports`` damage reports, one a month from October 2026 (the first
    moderate and urgent, the others severe); and one deleted report, which is never listed."""
    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "MM-2026.002", "title": "Bol"}).record_id
    for n in range(reports):
        month, year = (10 + n - 1) % 12 + 1, 2026 + (10 + n - 1) // 12
        records.create(
            F.DAMAGE,
            {
                "object_id": obj,
                "observed_at": f"{year}-{month:02d}-1{n % 10}T09:00",
                "severity": "moderate" if n == 0 else "severe",
                "urgency": "high" if n == 0 else "immediate",
                "agents": ["water"] if n == 0 else ["physical_forces", "fire"],
            },
        )
    gone = records.create(
        F.DAMAGE, {"object_id": obj, "observed_at": "2026-09-01T09:00", "severity": "minor"}
    )
    records.delete(gone.record_id)
    return obj


def test_a_damage_report_names_the_object_s_earlier_reports(vault: Vault, tmp_path: Path) -> None:
    _damaged_object(vault)
    damage_report(vault, "MM-2026.002", tmp_path / "latest.pdf")  # the November one
    text = flat(pdf_text(tmp_path / "latest.pdf"))
    assert "Earlier reports on this object: 2026-10-10 (Moderate)." in text
    assert "2026-09-01" not in text  # deleted
    with using("fr"):
        damage_report(vault, "MM-2026.002", tmp_path / "fr.pdf")
    assert "Constats antérieurs sur cet objet : 10 oct. 2026 (Modéré)." in flat(
        pdf_text(tmp_path / "fr.pdf")
    )
    # The first report has none before it: no line.
    first = Records(vault).list(F.DAMAGE, order_by="observed_at")[0]
    damage_report(vault, first.record_id, tmp_path / "first.pdf")
    assert "Earlier reports" not in flat(pdf_text(tmp_path / "first.pdf"))


def test_many_earlier_reports_stay_on_one_line_or_two(vault: Vault, tmp_path: Path) -> None:
    _damaged_object(vault, reports=10)
    result = damage_report(vault, "MM-2026.002", tmp_path / "latest.pdf")
    text = flat(pdf_text(tmp_path / "latest.pdf"))
    assert "and 3 more." in text  # 9 earlier: the latest 6 named
    assert "2027-01-13 (Severe)" in text and "2027-06-18 (Severe) and 3 more." in text
    assert "2026-12-12" not in text and "2026-10-10" not in text
    assert result.pages == 1


def test_the_object_id_sheet_lists_the_object_s_damage_reports(
    vault: Vault, tmp_path: Path
) -> None:
    _damaged_object(vault)
    result = object_id_report(vault, ["MM-2026.002"], tmp_path / "sheet.pdf")
    text = pdf_text(tmp_path / "sheet.pdf", "-layout")
    assert "Damage reports" in text
    rows = [line for line in text.splitlines() if " 09:00 " in line]
    assert len(rows) == 2, rows  # the deleted one is not listed
    assert "2026-11-11 09:00" in rows[0] and "Severe" in rows[0] and "Immediate" in rows[0]
    assert "2026-10-10 09:00" in rows[1] and "Moderate" in rows[1] and "Water" in rows[1]
    assert result.pages == 1
    with using("ar"):
        object_id_report(vault, ["MM-2026.002"], tmp_path / "ar.pdf")
    assert "تقارير الأضرار" in nfkc(pdf_text(tmp_path / "ar.pdf"))


def test_a_long_damage_history_adds_at_most_a_page(vault: Vault, tmp_path: Path) -> None:
    _damaged_object(vault, reports=30)
    result = object_id_report(vault, ["MM-2026.002"], tmp_path / "sheet.pdf")
    text = flat(pdf_text(tmp_path / "sheet.pdf"))
    assert "22 earlier damage reports are recorded in the vault." in text
    assert result.pages <= 2


def test_an_object_without_damage_reports_has_no_damage_section(
    vault: Vault, tmp_path: Path
) -> None:
    Records(vault).create(F.OBJECT, {"inventory_number": "EV-1", "title": "Sword"})
    object_id_report(vault, ["EV-1"], tmp_path / "sheet.pdf")
    assert "Damage reports" not in pdf_text(tmp_path / "sheet.pdf")
