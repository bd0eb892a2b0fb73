"""r14: a departure recorded by mistake is taken back in the app — Cancel this departure… on
an in-transit movement asks, naming what goes back where (Keep the departure the default), and
says in one sentence why when it cannot be."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.custody_common import current_id
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_custody_r13 import _no, _yes
from .test_evacuation_checkin import _checkin_page, evacuation

DEPART = 1


def _depart_tab(window: MainWindow, movement: str) -> Any:
    page = _checkin_page(window, movement)
    page.tabs.setCurrentIndex(DEPART)
    page._select_movement(movement)
    return page


def test_cancel_this_departure_asks_what_goes_back_where_then_takes_it_back(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, 2)
    assert C.where(vault.db, crate.crate).in_transit
    window.open_session(vault)
    page = _depart_tab(window, crate.movement)
    assert page.cancel_departure_button.isEnabled()
    page.cancel_departure_button.click()
    box = page.cancel_box
    assert box is not None and box.objectName() == "cancelDepartureBox"
    said = box.text()
    assert "C-001" in said and "At MUS — Museum" in said
    assert box.defaultButton() is not None
    assert box.defaultButton().text() == "Keep the departure"  # type: ignore[union-attr]
    _no(box)
    assert C.where(vault.db, crate.crate).in_transit  # kept
    assert page.cancel_box is None
    page.cancel_departure_button.click()
    assert page.cancel_box is not None
    _yes(page.cancel_box)
    now = C.where(vault.db, crate.crate)
    assert not now.in_transit and now.location is not None and now.location.code == "MUS"
    assert Records(vault).get(crate.movement, F.MOVEMENT).deleted
    # Gone from the list of movements and from the check-in's choice.
    rows = [page.movements.item(r, 0).data(0x0100) for r in range(page.movements.rowCount())]
    assert crate.movement not in rows
    assert page.check_in_choice.findData(crate.movement) < 0
    assert page.check_in.movement_id is None  # its check-in was open: nothing can arrive now
    assert not page.check_in.scan.isEnabled()


def test_a_movement_is_selected_in_arabic_too(
    window: MainWindow, vault: Vault, use_language: Any
) -> None:
    """Right to left, QTableView.selectRow picked the column at the viewport's far edge, none
    when the columns fill it: the movement just departed (or asked about) was not selected."""
    use_language("ar")
    crate = evacuation(vault, 1)
    window.open_session(vault)
    page = _depart_tab(window, crate.movement)
    assert current_id(page.movements) == crate.movement
    assert page.cancel_departure_button.isEnabled()


def test_cancel_this_departure_is_offered_only_in_transit_and_says_why_it_cannot_be(
    window: MainWindow, vault: Vault
) -> None:
    crate = evacuation(vault, 2)
    chain = Custody(Records(vault))
    chain.add_location({"code": "TS-2", "name": "Far store"})
    onwards = chain.move(["C-001"], "TS-2").record_id  # sent on while still on its way
    window.open_session(vault)
    page = _depart_tab(window, crate.movement)
    assert page.cancel_departure_button.isEnabled()  # in transit: the core decides
    assert page.confirm_cancel_departure() is None
    errors = [b for b in window.findChildren(QMessageBox) if b.objectName() == "errorDialog"]
    assert errors and "a later movement" in errors[-1].text()
    errors[-1].close()
    assert C.where(vault.db, crate.crate).destination.code == "TS-2"  # type: ignore[union-attr]
    chain.receive(onwards, ["C-001"])
    page.refresh()
    page._select_movement(onwards)
    assert not page.cancel_departure_button.isEnabled()  # received
