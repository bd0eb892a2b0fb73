"""An Arabic typist in the object editor (r12 trial #16, #17, #21): a date and a dimension typed
with Arabic-Indic digits are taken and saved in ASCII; the date refusal keeps its example left to
right; the list search finds « فخارية » typed « فخاريه »."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QWidget

from fieldkit import i18n
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.translation import install_language
from fieldkit.records import fields as F


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying ``text``, as an Arabic keyboard sends them (QTest.keyClicks takes
    ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    installed = install_language(qapp, "ar")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def test_arabic_digits_are_typed_saved_in_ascii_and_found(
    arabic: None, unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    qtbot.waitExposed(editor)
    editor.inputs["inventory_number"].set_raw("TYR-001")
    editor.inputs["title"].set_raw("جرة فخارية مزخرفة")
    date_edit = editor.inputs["date_documented"].focus_widget()
    label = editor._error_labels["date_documented"]

    QTest.keyClicks(date_edit, "14/03/26")
    # The refusal's format and example are isolated left to right: the trial read the example
    # as « 14-03-2026 » in the Arabic sentence.
    assert not label.isHidden()
    assert "YYYY" not in label.text()  # the field's own day-first pattern since r14 editor2
    assert "2026" in label.text()
    assert not editor.save_button.isEnabled()

    date_edit.clear()  # type: ignore[attr-defined]
    type_text(date_edit, "٢٠٢٦-١٢-٠٥")
    assert label.isHidden(), label.text()

    measurements = editor.inputs["measurements"]
    measurements.add_row(("height", "", "cm"))  # type: ignore[attr-defined]
    table = measurements.table  # type: ignore[attr-defined]
    table.setItem(0, 1, QTableWidgetItem("٥٥٫٥"))
    assert editor._error_labels["measurements"].isHidden(), editor._error_labels[
        "measurements"
    ].text()
    assert editor.save_button.isEnabled()
    assert editor.save()
    stored = unlocked.session.records.get(editor.record_id).fields  # type: ignore[union-attr,arg-type]
    assert stored["date_documented"] == "2026-12-05"
    assert stored["measurements"] == [{"dimension": "height", "value": 55.5, "unit": "cm"}]
    assert stored["title"] == "جرة فخارية مزخرفة"
    editor.close()

    unlocked.workspace.set_search("فخاريه")
    page = unlocked.workspace.object_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert F.OBJECT in unlocked.workspace.search_counts()
    assert unlocked.workspace.search_counts()[F.OBJECT] == 1
