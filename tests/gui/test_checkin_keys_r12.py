"""The check-in by keyboard, r12 trial #1 and #2.

1. Objects numbered in Cyrillic letters ("ЕВ-002", from a Ukrainian spreadsheet) are checked in
   by typing their numbers in the Latin layout ("EB-002"), which look the same on the label.
2. Ctrl+Return ("Write the reception (Ctrl+Return)") asks, as the Finish button does, before
   marking the objects not scanned missing; it wrote the reception at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_evacuation_checkin import _checkin_page, evacuation, scan


def _ctrl_return(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_return_asks_before_marking_items_missing(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    for number in crate.numbers[:3]:
        scan(panel.scan, number)
    panel.scan.setFocus()
    _ctrl_return(panel.scan)
    box = panel.confirm_box
    assert box is not None and "13" in box.text()
    assert C.movement_status(vault.db, crate.movement).state != "received"  # nothing written
    box.reject()
    qtbot.waitUntil(lambda: panel.confirm_box is None)
    assert C.movement_status(vault.db, crate.movement).state != "received"
    _ctrl_return(panel.scan)
    box = panel.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b is not box.defaultButton()).click()
    qtbot.waitUntil(lambda: C.movement_status(vault.db, crate.movement).state == "received")
    assert len(C.movement_status(vault.db, crate.movement).missing) == 13


def test_ctrl_return_finishes_at_once_when_everything_was_scanned(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    crate = evacuation(vault, n=2)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    for number in ["C-001", *crate.numbers]:
        scan(panel.scan, number)
    _ctrl_return(panel.scan)
    assert panel.confirm_box is None
    qtbot.waitUntil(lambda: C.movement_status(vault.db, crate.movement).state == "received")
    assert C.movement_status(vault.db, crate.movement).missing == []


def test_numbers_typed_in_latin_letters_check_in_cyrillic_numbered_objects(
    window: MainWindow, vault: Vault
) -> None:  # type: ignore[no-untyped-def]
    records = Records(vault)
    chain = Custody(records)
    chain.add_location({"code": "MUS", "name": "Museum", "kind": "building"})
    chain.add_location({"code": "TS-1", "name": "Temporary store", "kind": "temporary_store"})
    stored = ["\u0415\u0412-001", "\u0415\u0412-002"]  # ЕВ-001, ЕВ-002 in Cyrillic letters
    objects = [
        records.create(F.OBJECT, {"inventory_number": n, "title": "Icon"}).record_id for n in stored
    ]
    movement = chain.move(objects, "TS-1", reason="evacuation", from_location="MUS").record_id
    window.open_session(vault)
    panel = _checkin_page(window, movement).check_in
    scan(panel.scan, "EB-001")
    scan(panel.scan, "eb-002")
    assert panel.error.text() == ""
    assert panel.counts()["received"] == 2
    for record_id, number in zip(objects, stored, strict=True):
        assert records.get(record_id).fields["inventory_number"] == number  # never rewritten
