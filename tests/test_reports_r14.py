"""r14 UI trials: the printed documents agree with the app (read back with pdftotext).

- uitrial2 #2: an object deleted on another laptop while packed here is marked on the packing
  list and the permission as the check-in marks it;
- uitrial2 #3: a received movement's form and permission describe what departed (each item's
  container then, the crate's count then) and the reception's result in its own column;
- uitrial2 #4: the inventory's institution is the vault's organisation when none is recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_custody2_r13 import deleted_while_packed
from test_reports import flat, nfkc, pdf_text

from fieldkit.i18n import using
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.reports import custody_documents as D
from fieldkit.reports.inventory import inventory_report
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
