"""r13 trials: a date typed day first in the editors (uitrial #15), counts after an import is
undone (uitrial #7), and the conflicts view's rows, names and focus (uitrial2 #4, #7, #8)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import FAST_KDF
from peers import Peer
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QScrollArea, QWidget
from test_csv_r11 import imported, write_csv

from fieldkit.gui.csv_import_dialog import CsvImportDialog
from fieldkit.gui.dates import format_day
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.conflicts import format_value
from fieldkit.gui.workspace import CONFLICTS, OBJECTS
from fieldkit.records import fields as F
from fieldkit.vault import Vault


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
    # How it is read shows while it is typed (« lu : 6 déc. 2026 »), in the app's date format.
    read_as = editor.inputs["date_documented"].read_as  # type: ignore[attr-defined]
    assert read_as.isVisible()
    assert format_day(date(2026, 12, 6)) in read_as.text()
    assert not read_as.text().startswith("read as")  # translated
    # Typing ends: the field shows the date year first, as it will be saved; the reading stays.
    edit.editingFinished.emit()
    assert edit.text() == "2026-12-06"
    assert read_as.isVisible()
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
    assert not editor.inputs["date_documented"].read_as.isVisible()  # type: ignore[attr-defined]
    assert not editor._error_labels["date_documented"].isHidden()
    assert not editor.save_button.isEnabled()
    editor.close()
    QApplication.processEvents()


# --- the conflicts view ------------------------------------------------------------------------


@pytest.fixture
def two_conflicts(tmp_path: Path) -> Iterator[Peer]:
    """The coordinator C holds a small conflict (one field) and a 3-way one where title,
    description and status differ (uitrial2 #8: МНУ-1)."""
    a, b, c = Peer(tmp_path, "lapA"), Peer(tmp_path, "lapB"), Peer(tmp_path, "lapC")
    for p in (a, b, c):
        p.trust(*[q for q in (a, b, c) if q is not p])
    small = a.records.create(F.OBJECT, {"inventory_number": "MNU-0", "title": "Кухоль"})
    big = a.records.create(
        F.OBJECT,
        {"inventory_number": "MNU-1", "title": "Ікона", "description": "Дерево, темпера."},
    )
    b.receive(a.send(b))
    c.receive(a.send(c))
    for i, peer in enumerate((a, b, c)):
        peer.records.edit(small.record_id, {"title": f"Кухоль {peer.name}"})
        peer.records.edit(
            big.record_id,
            {
                "title": f"Ікона святого {i}",
                "description": f"Дерево, темпера; {peer.name}: " + "кракелюр по краях. " * 6,
                "status": ("in_place", "evacuated", "missing")[i],
            },
        )
    c.receive(a.send(c))
    c.receive(b.send(c))
    yield c
    for p in (a, b):
        p.vault.close()


def _conflicts_window(peer: Peer, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(peer.vault)
    window.resize(1280, 728)
    window.workspace.show_section(CONFLICTS)
    window.workspace.conflicts_page.refresh()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("lang", ["uk", "fr", "ar"])
def test_each_field_label_is_on_its_values_row_and_the_focus_goes_on(
    lang: str, use_language, two_conflicts: Peer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use_language(lang)
    window = _conflicts_window(two_conflicts, qtbot)
    page = window.workspace.conflicts_page
    view = page.view
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    small = next(i for i, t in enumerate(labels) if "MNU-0" in t)
    big = next(i for i, t in enumerate(labels) if "MNU-1" in t)
    page.list.setCurrentRow(small)  # a conflict with fewer rows first, as in the trial
    page.list.setCurrentRow(big)
    qtbot.wait(50)
    assert set(view.rows) >= {"title", "description", "status"}
    # Each row is as tall as its values need (status grew ~120 px empty), its label at its top.
    heights = {
        name: (cells[0].height(), max(c.heightForWidth(c.width()) for c in cells[1:]))
        for name, cells in view.rows.items()
    }
    assert all(height <= needed + 12 for height, needed in heights.values()), heights
    for name, cells in view.rows.items():
        assert cells[0].alignment() & Qt.AlignmentFlag.AlignTop, name
    # Alt+2 keeps version 2 whole: the keyboard goes on with the next conflict's first choice.
    page.list.setCurrentRow(big)
    view.keep_buttons[1].setFocus()
    QTest.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    first = next(iter(view.choices.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert view.first_control() is first
    window.close()


def test_a_merge_is_labelled_and_names_its_object(use_language, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    use_language("uk")
    session = unlocked.session
    assert session is not None
    kept = session.records.create(
        F.OBJECT, {"inventory_number": "МНУ-2", "title": "Ікона святого 2"}
    )
    view = unlocked.workspace.conflicts_page.view
    label = view._field_label(F.OBJECT, F.SAME_AS)
    assert label != F.SAME_AS and label != "Merged into"
    shown = format_value(F.OBJECT, F.SAME_AS, kept.record_id, view._reference_labels)
    assert shown != kept.record_id
    # Named as the cross references are: its inventory number and title, not its id.
    assert shown == "МНУ-2 — Ікона святого 2"


def _with_merge_row(page, kept_id: str) -> None:  # type: ignore[no-untyped-def]
    """The shown conflict as when version 2 merged it into ``kept_id`` (a duplicates decision on
    one laptop, an edit on another: uitrial2 #4)."""
    conflict = page.view.conflict
    heads = [
        dataclasses.replace(h, fields={**h.fields, F.SAME_AS: kept_id}) if i == 1 else h
        for i, h in enumerate(conflict.heads)
    ]
    view = dataclasses.replace(conflict.view, fields={**conflict.view.fields, F.SAME_AS: kept_id})
    page.view.show_conflict(dataclasses.replace(conflict, heads=heads, view=view), page.names)


def test_at_125_percent_the_choices_stay_in_sight_and_tab_shows_where_it_is(
    use_language, two_conflicts: Peer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    use_language("uk")
    window = _conflicts_window(two_conflicts, qtbot)
    kept = two_conflicts.records.create(
        F.OBJECT, {"inventory_number": "МНУ-2", "title": "Ікона святого 2"}
    )
    window.resize(1093, 576)  # a 1366×768 laptop at 125 %, in Qt's pixels
    page = window.workspace.conflicts_page
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    page.list.setCurrentRow(next(i for i, t in enumerate(labels) if "MNU-1" in t))
    _with_merge_row(page, kept.record_id)
    view = page.view
    qtbot.wait(50)
    merged = view.rows[F.SAME_AS]
    assert merged[0].text() == "Злито з"
    assert merged[2].text() == "МНУ-2 — Ікона святого 2"  # not its id
    scroll = view.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    for name, combo in view.choices.items():
        right = combo.mapTo(viewport, combo.rect().topRight()).x()
        assert right <= viewport.width(), (name, right, viewport.width())
    # Tab from the list goes through the choices, then the buttons; every stop is a control
    # one can see take the focus (it stopped on the scroll area and went up to the search box).
    page.list.setFocus()
    stops = []
    for _ in range(len(view.choices) + 5):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops == view.tab_chain()
    # The choice with the focus is ringed in the highlight colour, two pixels wide; the others
    # are not (the style's faint edge went unseen).
    first, second = list(view.choices.values())[:2]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert _ring_width(first) == 2
    assert _ring_width(second) == 0
    window.close()


def _ring_width(combo: QWidget) -> int:
    """How many pixels from the left edge, half-way down, are the highlight colour."""
    image = combo.grab().toImage()
    highlight = combo.palette().color(QPalette.ColorRole.Highlight).rgb()
    y = image.height() // 2
    return sum(1 for x in range(4) if image.pixelColor(x, y).rgb() == highlight)


# --- counts after an import is undone ----------------------------------------------------------


def test_the_search_strips_count_again_after_an_import_is_undone(
    unlocked: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    sheet = [["N° inventaire", "Titre"]] + [[f"X-{i}", "Amphore"] for i in range(3)]
    imported(vault, write_csv(tmp_path / "inv.csv", sheet))
    workspace = unlocked.workspace
    workspace.objects.refresh()
    workspace.set_search("amphore")
    strips = [workspace.object_page.search_summary, workspace.damage_page.search_summary]
    assert all("(3)" in s.buttons[F.OBJECT].text() for s in strips)
    dialog = unlocked.import_spreadsheet()
    assert isinstance(dialog, CsvImportDialog)
    dialog.undo_last_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "csvUndoBox") is not None)
    box = dialog.findChild(QMessageBox, "csvUndoBox")
    assert isinstance(box, QMessageBox)
    [yes] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    yes.click()
    qtbot.waitUntil(lambda: dialog.undone is not None, timeout=10_000)
    qtbot.waitUntil(lambda: workspace.objects.rowCount() == 0)
    # Both strips say 0 objects now (they said 3 over an empty list until the next search).
    for strip in strips:
        assert "(0)" in strip.buttons[F.OBJECT].text(), strip.buttons[F.OBJECT].text()
    assert strips[0].label.text() == "Nothing matches “amphore”."
    # The sidebar's count of matches too (it said « Objets (50) » over an empty list).
    assert workspace.sidebar.item(OBJECTS).text() == "Objects (0)"
    dialog.close()
