"""r13: Depart the selected (a planned movement leaves) asks the same question as Depart now,
with what leaves, from where, to where and who authorised it; Cancel departs nothing."""

from __future__ import annotations

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import custody_queries as C
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
