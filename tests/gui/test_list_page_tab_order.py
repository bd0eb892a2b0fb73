"""Tab on the object list follows the page as it is read (a new user's trial, #19): the title
row (sorting, Open, New), the filters, then the list — it went New before Open; and after a
filter changes the list, the list starts at its top with a current row, so Tab lands on a row."""

from __future__ import annotations

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault


def test_tab_follows_the_title_row_then_the_filters_then_the_list(
    unlocked: MainWindow,
) -> None:
    page = unlocked.workspace.object_page
    bar = page.filter_bar
    order = [bar.sort_combo, bar.order_button, page.open_button, page.new_button]
    order += [*bar.combos.values(), bar.incomplete, bar.reset_button, page.table]
    positions = []
    widget = bar.sort_combo
    for _ in range(200):
        if widget in order and widget not in positions:
            positions.append(widget)
        widget = widget.nextInFocusChain()
    assert positions == order


def test_a_filter_leaves_the_list_at_its_top_with_a_current_row(
    window: MainWindow,
    vault: Vault,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    records = Records(vault)
    for i in range(60):
        records.create(F.OBJECT, {"inventory_number": f"T-{i:03d}", "status": "in_storage"})
    window.open_session(vault)
    page = window.workspace.object_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    page.table.scrollToBottom()
    assert page.table.verticalScrollBar().value() > 0
    combo = page.filter_bar.combos["status"]
    combo.setCurrentIndex(combo.findData("in_storage"))
    qtbot.waitUntil(lambda: page.table.currentIndex().isValid(), timeout=10_000)
    assert page.table.currentIndex().row() == 0
    assert page.table.verticalScrollBar().value() == 0
