"""'Search everything' searches objects and damage reports; Esc, 'Clear search' and 'Show all'
clear it; the lists can be sorted from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.session import Session
from fieldkit.gui.workspace import DAMAGE, OBJECTS, OVERVIEW
from fieldkit.records import fields as F
from fieldkit.vault import Vault

OBJECTS_ROWS = [
    {"inventory_number": "INV-2", "title": "Bronze bowl", "status": "in_storage"},
    {"inventory_number": "INV-1", "title": "Icon of the Virgin", "status": "evacuated"},
    {"inventory_number": "INV-3", "title": "Carved chest", "status": "evacuated"},
]


@pytest.fixture
def session_vault(vault: Vault) -> Session:
    session = Session(vault)
    session.records.create_many(F.OBJECT, OBJECTS_ROWS)
    return session


def _fill(window: MainWindow) -> None:
    assert window.session is not None
    records = window.session.records
    ids = records.create_many(F.OBJECT, OBJECTS_ROWS)
    records.create(
        F.DAMAGE,
        {"object_id": ids[0], "severity": "severe", "description": "Shrapnel through the lid"},
    )
    records.create(
        F.DAMAGE, {"site": "North wing", "severity": "minor", "description": "Soot on the walls"}
    )
    window.workspace.data_changed()


def _search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    window.focus_search()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: window.workspace.search_text == text)


def _sidebar(window: MainWindow, row: int) -> str:
    return window.workspace.sidebar.item(row).text()


def test_a_damage_report_match_is_found_from_the_objects_page(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(unlocked)
    ws = unlocked.workspace
    ws.show_section(OBJECTS)
    _search(qtbot, unlocked, "shrapnel")
    # No object matches: the damage reports, which do, are shown, with the counts per kind.
    assert ws.pages.currentIndex() == DAMAGE
    assert ws.damage.rowCount() == 1 and ws.objects.rowCount() == 0
    strip = ws.damage_page.search_summary
    assert strip.isVisible()
    assert strip.buttons[F.OBJECT].text() == "Objects (0)"
    assert strip.buttons[F.DAMAGE].text() == "Damage reports (1)"
    assert strip.buttons[F.DAMAGE].isChecked()
    assert "shrapnel" in strip.label.text()
    assert _sidebar(unlocked, OBJECTS) == "Objects (0)"
    assert _sidebar(unlocked, DAMAGE) == "Damage reports (1)"
    assert ws.damage_page.count_label.text() == "1 shown of 2"
    assert window_focus_stays_in_search(unlocked)
    # One click on the other kind shows that list, searched the same way.
    qtbot.mouseClick(strip.buttons[F.OBJECT], Qt.MouseButton.LeftButton)
    assert ws.pages.currentIndex() == OBJECTS
    assert ws.object_page.search_summary.buttons[F.OBJECT].isChecked()
    assert ws.object_page.count_label.text() == "0 shown of 3"


def window_focus_stays_in_search(window: MainWindow) -> bool:
    return QApplication.focusWidget() is window.search


def test_a_search_from_another_page_shows_the_list_with_matches(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(unlocked)
    ws = unlocked.workspace
    ws.show_section(OVERVIEW)
    _search(qtbot, unlocked, "bowl")
    assert ws.pages.currentIndex() == OBJECTS
    assert ws.objects.rowCount() == 1
    assert _sidebar(unlocked, DAMAGE) == "Damage reports (0)"


def test_escape_in_the_search_box_clears_the_search_everywhere(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(unlocked)
    ws = unlocked.workspace
    _search(qtbot, unlocked, "shrapnel")
    qtbot.keyClick(unlocked.search, Qt.Key.Key_Escape)
    assert unlocked.search.text() == ""
    assert ws.search_text == "" and ws.objects.search == "" and ws.damage.search == ""
    assert ws.objects.rowCount() == 3 and ws.damage.rowCount() == 2
    assert not ws.damage_page.search_summary.isVisible()
    assert _sidebar(unlocked, OBJECTS) == "Objects"
    assert _sidebar(unlocked, DAMAGE) == "Damage reports"
    assert ws.damage_page.count_label.text() == "2 shown of 2"
    # The emptied box does not search again a moment later.
    qtbot.wait(400)
    assert ws.search_text == ""
    # Esc on an empty box goes back to the list.
    qtbot.keyClick(unlocked.search, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is ws.current_list().table  # type: ignore[union-attr]


def test_clear_search_in_the_strip_clears_the_box(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(unlocked)
    ws = unlocked.workspace
    _search(qtbot, unlocked, "soot")
    assert ws.pages.currentIndex() == DAMAGE
    qtbot.mouseClick(ws.damage_page.search_summary.clear_button, Qt.MouseButton.LeftButton)
    assert unlocked.search.text() == "" and ws.damage.rowCount() == 2


def test_show_all_clears_the_search_and_the_filters(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(unlocked)
    ws = unlocked.workspace
    ws.show_section(OBJECTS)
    status = ws.object_page.filter_bar.combos["status"]
    status.setCurrentIndex(status.findData("evacuated"))
    assert ws.objects.rowCount() == 2
    assert ws.object_page.count_label.text() == "2 shown of 3 (filters on)"
    _search(qtbot, unlocked, "icon")
    assert ws.objects.rowCount() == 1
    assert ws.object_page.count_label.text() == "1 shown of 3 (filters on)"
    qtbot.mouseClick(ws.object_page.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    assert unlocked.search.text() == "" and ws.search_text == ""
    assert ws.objects.filters == {} and status.currentData() is None
    assert ws.objects.rowCount() == 3 and ws.damage.rowCount() == 2
    assert not ws.object_page.search_summary.isVisible()
    assert ws.object_page.count_label.text() == "3 shown of 3"


def test_lists_can_be_sorted_from_the_keyboard(unlocked, qtbot) -> None:  # type: ignore[no-untyped-def]
    _fill(unlocked)
    ws = unlocked.workspace
    ws.show_section(OBJECTS)
    page = ws.object_page
    combo, order = page.filter_bar.sort_combo, page.filter_bar.order_button
    assert combo.accessibleName() == "Sort by" and order.accessibleName() == "Sort order"
    assert page.model.data(page.model.index(0, 1)) == "INV-1"
    # Alt+B reaches "Sort by"; the arrow keys choose the column (the list follows at once).
    qtbot.waitUntil(unlocked.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(unlocked, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is combo
    assert combo.currentText() == "Inventory no."
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert page.model.order_by == "title"
    assert page.model.data(page.model.index(0, 1)) == "INV-2"  # Bronze bowl
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == combo.currentData()
    # Tab to the order, Space reverses it.
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is order
    qtbot.keyClick(order, Qt.Key.Key_Space)
    assert page.model.descending
    assert page.model.data(page.model.index(0, 1)) == "INV-1"  # Icon of the Virgin
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert "Descending" in order.text()
    # A header click shows in the combo too.
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert combo.currentData() == 1 and not order.isChecked()
    # A click on a column that cannot be sorted (the photo) leaves no arrow there.
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == 1 and page.model.order_by == "inventory_number"


def test_model_total_counts_every_record_whatever_the_search(session_vault, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ObjectTableModel(None, page_size=2, max_pages=2)
    model.set_source(RecordPages(session_vault.records, F.OBJECT))
    assert (model.rowCount(), model.total, model.narrowed) == (3, 3, False)
    model.set_search("bowl")
    assert (model.rowCount(), model.total, model.narrowed) == (1, 3, True)
    qtmodeltester.check(model)
    model.set_filters({"status": "evacuated"})
    assert (model.rowCount(), model.total) == (0, 3)
    model.set_search("")
    assert (model.rowCount(), model.total) == (2, 3)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.clear()
    assert (model.rowCount(), model.total) == (0, 0)
