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


def test_a_crate_lists_its_deleted_object_as_deleted(window: MainWindow, tmp_path: Path) -> None:
    # Bohdan deletes X-1 offline while Amélie packs it into C-1 (tests/test_custody2_r13.py).
    amelie, bohdan = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    amelie.trust(bohdan)
    bohdan.trust(amelie)
    x = amelie.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    crate = Custody(amelie.records).add_container({"code": "C-1"}).record_id
    bohdan.receive(amelie.send(bohdan))
    bohdan.records.delete(x)
    Custody(amelie.records).move([x], "C-1")
    amelie.receive(bohdan.send(amelie))
    assert C.contents(amelie.vault.db, crate) == [x]
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
