"""The tables that report what an export or an import wrote, and the duplicates decisions, are
read-only tables like every other list in the app: a keyboard user leaves them with Tab (rather
than walking every cell of a seven-column table to reach Close), and a click selects a whole row.
The containers table reads the same on the evacuation and the locations page."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from fieldkit.gui.bundles.export_dialog import ExportDialog
from fieldkit.gui.bundles.import_dialog import ImportDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.duplicates.decisions_tab import DecisionsTab
from fieldkit.records import fields as F


def _read_only(table: QTableWidget) -> None:
    assert not table.tabKeyNavigation()
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not table.verticalHeader().isVisible()


def test_result_tables_are_left_with_tab(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    export = ExportDialog(session, unlocked)
    imports = ImportDialog(session, unlocked)
    decisions = DecisionsTab()
    for widget in (export, imports, decisions):
        qtbot.addWidget(widget)
    _read_only(export.files_table)
    assert export.files_table.accessibleName() == "Bundle files written"
    _read_only(imports.table)
    assert imports.table.columnCount() == 7
    _read_only(decisions.decisions)
    assert decisions.decisions.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection


def test_both_pages_list_a_container_alike(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = unlocked.session
    assert session is not None
    session.records.create(F.CONTAINER, {"code": "BOX-1", "kind": "box"})
    pages = unlocked.custody
    pages.evacuation.refresh()
    pages.locations.refresh()
    tables = [pages.evacuation.containers, pages.locations.containers]

    def cells(table: QTableWidget) -> list[list[str]]:
        heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        rows = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        return [heads, *rows]

    seen = [cells(t) for t in tables]
    assert seen[0] == seen[1]
    assert seen[0][0] == ["Code", "Kind", "Holds", "Where now"]
    assert seen[0][1][0] == "BOX-1" and seen[0][1][2] == "0 item(s)"
