"""r13 trial, the evacuation chain in the app: a finished reception is not re-recorded as
"everything arrived" at one click (#2), the end of a reception names what it marks missing and
lists it first (#4), Depart now asks with a summary (#19) and offers "From" (#5), packing a
destroyed object asks (#13), and "code — title" keeps the code whole beside an Arabic title."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.checkin import MISSING, PENDING
from fieldkit.gui.main_window import MainWindow
from fieldkit.i18n import FSI, PDI
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import _checkin_page, evacuation, scan


def _yes(box: QMessageBox) -> None:
    next(b for b in box.buttons() if b is not box.defaultButton()).click()


def _no(box: QMessageBox) -> None:
    button = box.defaultButton()
    assert button is not None
    button.click()


def test_everything_arrived_on_a_finished_reception_asks_naming_the_missing(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, 3)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    for code in ("C-001", *crate.numbers[:2]):
        scan(panel.scan, code)
    box = panel.confirm_finish()
    assert box is not None
    _yes(box)
    assert C.movement_status(vault.db, crate.movement).missing == [crate.objects[2]]
    # Reads as finished: said so, nothing new to finish.
    assert panel.done_note.isVisible() and "1 item(s) recorded missing" in panel.done_note.text()
    assert not panel.finish_button.isEnabled()
    assert panel.all_button.text() == "Mark missing items &arrived…"  # says what it does now
    assert panel.receive_everything() is None  # asked, not written
    box = panel.confirm_box
    assert box is not None and box.objectName() == "confirmFoundBox"
    assert crate.numbers[2] in box.text()
    _no(box)
    assert C.movement_status(vault.db, crate.movement).missing == [crate.objects[2]]
    panel.receive_everything()
    assert panel.confirm_box is not None
    _yes(panel.confirm_box)
    assert C.movement_status(vault.db, crate.movement).missing == []
    assert not panel.all_button.isEnabled()  # nothing left to mark arrived


def test_a_late_scan_on_a_finished_reception_is_still_added(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, 3)
    Custody(Records(vault)).receive(crate.movement, ["C-001", *crate.numbers[:2]])
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    assert not panel.finish_button.isEnabled()
    scan(panel.scan, crate.numbers[2])  # found later
    assert panel.finish_button.isEnabled()
    panel.finish()
    assert C.movement_status(vault.db, crate.movement).missing == []


def test_finishing_names_the_unscanned_and_lists_them_first(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, 8)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    for code in ("C-001", *crate.numbers[:3]):
        scan(panel.scan, code)
    states = list(panel.states().values())
    assert states[:5] == [PENDING] * 5  # what is still to find, at the top
    box = panel.confirm_finish()
    assert box is not None
    text = box.text()
    assert all(n in text for n in crate.numbers[3:6]) and crate.numbers[7] not in text
    assert "2 more" in text
    _yes(box)
    assert list(panel.states().values())[:5] == [MISSING] * 5


def _depart_form(window: MainWindow, vault: Vault) -> Any:
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "EGL-1", "name": "Church", "kind": "temporary_store"})
    chain.add_container({"code": "C-102", "kind": "crate"})
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    page.items_edit.setText("C-102")
    page.to_location.setCurrentIndex(page.to_location.findText("EGL-1 — Church"))
    return page


def test_depart_now_asks_with_a_summary_and_cancel_departs_nothing(
    window: MainWindow, vault: Vault
) -> None:
    page = _depart_form(window, vault)
    box = page.confirm_depart()
    assert box is not None
    said = box.text() + "\n" + box.informativeText()
    assert "C-102" in said and "EGL-1" in said and "nobody given" in said
    assert "hold nothing" in said  # an empty crate, said plainly
    _no(box)
    assert Records(vault).list(F.MOVEMENT) == []
    page.from_location.setCurrentIndex(page.from_location.findText("MUS — Museum"))
    box = page.confirm_depart()
    assert box is not None and "MUS" in box.text()
    _yes(box)
    [movement] = Records(vault).list(F.MOVEMENT)
    status = C.movement_status(vault.db, movement.record_id)
    assert status.state == "in_transit"
    assert status.fields["from_location"] == page.from_location.currentData()


def test_packing_a_destroyed_object_asks_first(window: MainWindow, vault: Vault) -> None:
    records = Records(vault)
    Custody(records).add_container({"code": "C-101", "kind": "crate"})
    broken = records.create(
        F.OBJECT,
        {"inventory_number": "MCP 2019.48", "title": "Bowl", "status": "destroyed"},
    ).record_id
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    row = next(
        r
        for r in range(page.priority.rowCount())
        if page.priority.item(r, 1).text() == "MCP 2019.48"
    )  # type: ignore[union-attr]
    page.priority.selectRow(row)
    page.pack_into.setCurrentIndex(page.pack_into.findText("C-101"))
    assert page.pack_selected() is False
    box = page.move_box
    assert box is not None and box.objectName() == "confirmDestroyedBox"
    assert "MCP 2019.48" in box.text()
    _no(box)
    assert C.where(vault.db, broken).container is None
    page.pack_selected()
    assert page.move_box is not None
    _yes(page.move_box)
    assert C.where(vault.db, broken).container is not None


def test_a_code_beside_an_arabic_title_is_kept_whole(window: MainWindow, vault: Vault) -> None:
    crate = evacuation(vault, 1)
    Records(vault).edit(
        crate.objects[0], {"inventory_number": "MCP ١٩٨٨/١", "title": "تمثال متعبد صغير"}
    )
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    shown = [panel.list.item(r, 0).text() for r in range(panel.list.rowCount())]  # type: ignore[union-attr]
    assert f"{FSI}MCP ١٩٨٨/١{PDI} — {FSI}تمثال متعبد صغير{PDI}" in shown
