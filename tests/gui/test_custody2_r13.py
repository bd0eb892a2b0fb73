"""r13: Depart the selected (a planned movement leaves) asks the same question as Depart now,
with what leaves, from where, to where and who authorised it; Cancel departs nothing. A crate's
contents say which object was deleted on another laptop while packed here (review #7)."""

from __future__ import annotations

from pathlib import Path

from peers import Peer

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.qt_types import ID_ROLE
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody
from fieldkit.vault import Vault

from .test_custody_r13 import _no, _yes
from .test_evacuation_checkin import _checkin_page
from .test_evacuation_r11 import _planned


def test_departing_the_selected_movement_asks_with_a_summary(
    window: MainWindow, vault: Vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page, planned = _planned(window, vault)
    window.show()
    qtbot.waitExposed(window)
    assert page.depart_selected_button.isEnabled()
    page.depart_selected_button.click()
    box = page.depart_box
    assert box is not None and box.objectName() == "confirmDepartBox"
    said = box.text()
    assert "C-101" in said and "MUS" in said and "TS-UNIVERSITY-1" in said
    assert "1 object" in said and "nobody given" in said
    _no(box)
    assert C.movement_status(vault.db, planned).state == "planned"
    assert page.depart_box is None
    page.depart_selected_button.click()
    assert page.depart_box is not None
    _yes(page.depart_box)
    assert C.movement_status(vault.db, planned).state == "in_transit"


def _deleted_while_packed(tmp_path: Path) -> tuple[Peer, str, str]:
    """Bohdan deletes X-1 offline while Amélie packs it into C-1 (at MUS), then Amélie imports
    Bohdan's bundle (tests/test_custody2_r13.py). (Amélie, X-1's id, C-1's id)."""
    amelie, bohdan = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    amelie.trust(bohdan)
    bohdan.trust(amelie)
    x = amelie.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    chain = Custody(amelie.records)
    chain.add_location({"code": "MUS", "name": "Museum"})
    chain.add_location({"code": "EGL-1", "name": "Church"})
    crate = chain.add_container({"code": "C-1"}).record_id
    bohdan.receive(amelie.send(bohdan))
    bohdan.records.delete(x)
    chain.move([x], "C-1", from_location="MUS")
    amelie.receive(bohdan.send(amelie))
    assert C.contents(amelie.vault.db, crate) == [x]
    return amelie, x, crate


def test_a_crate_lists_its_deleted_object_as_deleted(window: MainWindow, tmp_path: Path) -> None:
    amelie, _x, crate = _deleted_while_packed(tmp_path)
    window.open_session(amelie.vault)
    page = window.custody.locations
    window.workspace.show_section(window.custody.locations_row)
    page.refresh()
    row = next(
        r
        for r in range(page.containers.rowCount())
        if page.containers.item(r, 0).data(ID_ROLE) == crate  # type: ignore[union-attr]
    )
    page.containers.selectRow(row)
    [shown] = [page.held.item(i).text() for i in range(page.held.count())]
    assert "X-1" in shown and "deleted — restore or take out of the container" in shown


def test_taking_the_deleted_object_out_by_its_number_still_asks(
    window: MainWindow, tmp_path: Path
) -> None:
    amelie, x, crate = _deleted_while_packed(tmp_path)
    window.open_session(amelie.vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.refresh()
    page.items_edit.setText("X-1")
    page.to_location.setCurrentIndex(page.to_location.findText("EGL-1 — Church"))
    box = page.confirm_depart()  # found as the move finds it, not departed unasked
    assert box is not None and "X-1" in box.text()
    assert C.contents(amelie.vault.db, crate) == [x]
    _yes(box)
    assert C.contents(amelie.vault.db, crate) == []


def test_the_check_in_list_says_which_expected_object_was_deleted(
    window: MainWindow, tmp_path: Path
) -> None:
    amelie, x, _crate = _deleted_while_packed(tmp_path)
    movement = Custody(amelie.records).move(["C-1"], "EGL-1").record_id  # the crate travels
    window.open_session(amelie.vault)
    panel = _checkin_page(window, movement).check_in
    assert x in panel.states()
    [shown] = [
        panel.list.item(r, 0).text()  # type: ignore[union-attr]
        for r in range(panel.list.rowCount())
        if panel.list.item(r, 0).data(ID_ROLE) == x  # type: ignore[union-attr]
    ]
    assert "X-1" in shown and "deleted — restore or take out of the container" in shown
