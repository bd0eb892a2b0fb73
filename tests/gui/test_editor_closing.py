"""Closing an editor with unsaved changes asks; a refused save shows the field that is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import drafts


def _new_object(window: MainWindow) -> ObjectEditor:
    editor = window.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["inventory_number"].set_raw("E-7")
    editor.inputs["title"].set_raw("Icon")
    assert editor.save()
    return editor


def _answer(qtbot, editor: ObjectEditor, button: QMessageBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    editor.close()
    box = editor.unsaved_box
    assert box is not None and box.isVisible()
    assert editor.isVisible()  # nothing decided before the answer
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_cancel_keeps_the_editor_open_with_the_changes(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _new_object(unlocked)
    editor.inputs["title"].set_raw("Icon of St George")
    _answer(qtbot, editor, QMessageBox.StandardButton.Cancel)
    assert editor.isVisible() and editor.dirty
    assert editor.inputs["title"].raw() == "Icon of St George"
    editor.discard_changes()
    editor.close()


def test_discard_closes_and_keeps_the_saved_record_and_no_draft(  # type: ignore[no-untyped-def]
    unlocked: MainWindow, qtbot
) -> None:
    editor = _new_object(unlocked)
    record_id = editor.record_id
    editor.inputs["title"].set_raw("Something else")
    _answer(qtbot, editor, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: editor not in unlocked.workspace.editors)
    session = unlocked.session
    assert session is not None
    assert session.records.get(record_id).fields["title"] == "Icon"  # type: ignore[arg-type]
    assert drafts.all_drafts(session.vault) == []


def test_save_closes_with_the_new_value(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _new_object(unlocked)
    record_id = editor.record_id
    editor.inputs["title"].set_raw("Icon of St George")
    _answer(qtbot, editor, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: editor not in unlocked.workspace.editors)
    session = unlocked.session
    assert session is not None
    assert session.records.get(record_id).fields["title"] == "Icon of St George"  # type: ignore[arg-type]


def test_save_with_an_invalid_field_stays_open_and_shows_it(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _new_object(unlocked)
    editor.resize(900, 300)  # the measurements are below the fold
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.inputs["measurements"].add_row(("height", "tall", "cm"))
    editor.form_scroll.verticalScrollBar().setValue(0)
    _answer(qtbot, editor, QMessageBox.StandardButton.Save)
    assert editor.isVisible()
    status = editor.status.text()
    assert "Measurements" in status and "measurements" not in status
    field = editor.inputs["measurements"].focus_widget()
    qtbot.waitUntil(field.hasFocus)
    assert editor.form_scroll.verticalScrollBar().value() > 0  # scrolled to the field
    editor.discard_changes()
    editor.close()


def test_a_prefilled_new_report_closes_without_a_question(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _new_object(unlocked)
    report = unlocked.workspace.new_damage(editor.record_id)
    assert report is not None and not report.dirty  # the app chose the object, not the user
    report.close()
    assert report.unsaved_box is None
    qtbot.waitUntil(lambda: report not in unlocked.workspace.editors)
    editor.close()
