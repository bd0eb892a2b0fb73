"""r13 trials: a date typed day first in the editors (uitrial #15), counts after an import is
undone (uitrial #7), and the conflicts view's rows, names and focus (uitrial2 #4, #7, #8)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow


@pytest.mark.parametrize("lang", ["fr", "uk", "ar"])
def test_a_date_typed_day_first_is_read_so_shown_and_saved(
    lang: str, use_language, unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use_language(lang)
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    qtbot.waitExposed(editor)
    editor.inputs["inventory_number"].set_raw("FR-001")
    editor.inputs["title"].set_raw("Vase")
    edit = editor.inputs["date_documented"].focus_widget()
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    QTest.keyClicks(edit, "06/12/2026")
    label = editor._error_labels["date_documented"]
    assert label.isHidden(), label.text()  # it said « doit être une date écrite AAAA-MM-JJ »
    assert editor.save_button.isEnabled()
    # Typing ends: the field shows how it was read, year first, before anything is saved.
    edit.editingFinished.emit()
    assert edit.text() == "2026-12-06"
    edit.setText("6.12.2026")
    assert editor.save()
    stored = unlocked.session.records.get(editor.record_id).fields  # type: ignore[union-attr,arg-type]
    assert stored["date_documented"] == "2026-12-06"
    editor.close()


def test_english_does_not_guess_day_or_month(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    qtbot.waitExposed(editor)
    editor.inputs["inventory_number"].set_raw("EN-001")
    editor.inputs["title"].set_raw("Vase")
    edit = editor.inputs["date_documented"].focus_widget()
    assert isinstance(edit, QLineEdit)
    QTest.keyClicks(edit, "06/12/2026")
    edit.editingFinished.emit()
    assert edit.text() == "06/12/2026"
    assert not editor._error_labels["date_documented"].isHidden()
    assert not editor.save_button.isEnabled()
    editor.close()
    QApplication.processEvents()
