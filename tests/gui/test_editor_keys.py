"""Esc closes a record editor as it closes a dialog (asking first when something is unsaved),
and a saved record's measurement rows are not all shown selected (new-user trial, r9 #14, #21)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from fieldkit.gui.editors.field_widgets import MeasurementsInput
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow

MEASURED = [
    {"dimension": "height", "value": 30, "unit": "cm"},
    {"dimension": "width", "value": 20, "unit": "cm"},
    {"dimension": "depth", "value": 10, "unit": "cm"},
]


def _saved_object(window: MainWindow, qtbot) -> ObjectEditor:  # type: ignore[no-untyped-def]
    editor = window.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["inventory_number"].set_raw("E-8")
    editor.inputs["title"].set_raw("Jar")
    editor.inputs["measurements"].set_raw(MEASURED)
    assert editor.save()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def test_esc_closes_a_saved_editor(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _saved_object(unlocked, qtbot)
    title = editor.inputs["title"].focus_widget()
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)


def test_esc_with_unsaved_changes_asks_first(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _saved_object(unlocked, qtbot)
    title = editor.inputs["title"].focus_widget()
    assert isinstance(title, QLineEdit)
    title.setFocus()
    QTest.keyClicks(title, " of wine")
    QTest.keyClick(title, Qt.Key.Key_Escape)
    assert editor.unsaved_box is not None and editor.unsaved_box.isVisible()
    assert editor.isVisible()
    editor.unsaved_box.reject()
    qtbot.waitUntil(lambda: editor.unsaved_box is None, timeout=5_000)
    assert editor.isVisible() and editor.inputs["title"].raw() == "Jar of wine"
    editor.discard_changes()
    editor.close()


def test_esc_in_a_measurement_cell_cancels_the_cell_only(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _saved_object(unlocked, qtbot)
    measurements = editor.inputs["measurements"]
    assert isinstance(measurements, MeasurementsInput)
    table = measurements.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    table.editItem(table.item(0, 1))
    cell = table.focusWidget()
    assert isinstance(cell, QLineEdit)
    QTest.keyClicks(cell, "99")
    QTest.keyClick(cell, Qt.Key.Key_Escape)
    assert table.state() != QAbstractItemView.State.EditingState
    assert editor.isVisible() and not editor.dirty
    editor.close()


def test_a_saved_record_shows_no_measurement_row_selected(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _saved_object(unlocked, qtbot)
    editor.inputs["title"].set_raw("Jar, stoneware")
    assert editor.save()
    measurements = editor.inputs["measurements"]
    assert isinstance(measurements, MeasurementsInput)
    selection = measurements.table.selectionModel()
    assert selection.selectedRows() == []
    assert len(selection.selectedIndexes()) == 0
    editor.close()


def test_ctrl_n_in_an_editor_opens_a_new_object(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # New-user trial r10 #22: Ctrl+N in an editor did nothing there, so what the user typed
    # next went into the object just saved.
    editor = _saved_object(unlocked, qtbot)
    title = editor.inputs["title"].focus_widget()
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=5_000)
    before = list(unlocked.workspace.editors)
    QTest.keyClick(title, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(unlocked.workspace.editors) == len(before) + 1, timeout=5_000)
    (new,) = [e for e in unlocked.workspace.editors if e not in before]
    assert isinstance(new, ObjectEditor) and new.record_id is None
    assert not editor.dirty
    new.close()
    editor.close()
