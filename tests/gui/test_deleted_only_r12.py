"""A deleted object is found again in the app (r12 trial #7): the delete dialog promises that it
can be restored from its history, but once its editor closed no list, search or filter showed
it. "Deleted only" on the list's filter bar lists the deleted records (searchable); opening one
gives its editor, whose "Restore this version…" brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F


def _rows(window: MainWindow) -> list[str]:
    model = window.workspace.object_page.model
    column = next(i for i, c in enumerate(model.columns) if c.key == "inventory_number")
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def test_deleted_only_lists_a_deleted_object_and_its_editor_restores_it(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    records = unlocked.session.records  # type: ignore[union-attr]
    records.create(F.OBJECT, {"inventory_number": "MT-1", "title": "Vase"})
    gone = records.create(F.OBJECT, {"inventory_number": "MT-9", "title": "Tapis de selle"})
    first = gone.head_rev
    records.delete(gone.record_id)
    workspace = unlocked.workspace
    workspace.refresh_lists()
    page = workspace.object_page
    qtbot.waitUntil(lambda: _rows(unlocked) == ["MT-1"])

    box = page.filter_bar.deleted
    assert box.isVisibleTo(unlocked) and box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(unlocked) == ["MT-9"])
    # "1 shown of 1": of the deleted ones (it said "of 2", counting the living).
    assert page.model.total == 1

    # Searched with what one remembers of it, accents and case aside.
    workspace.set_search("TAPIS sélle")
    qtbot.waitUntil(lambda: _rows(unlocked) == ["MT-9"])
    workspace.set_search("")

    editor = workspace.open_object(gone.record_id)
    assert editor is not None and editor.deleted
    assert editor.restore_button.isVisibleTo(editor)
    editor._restore(first)
    assert not records.get(gone.record_id).deleted
    editor.close()

    page.filter_bar.deleted.setChecked(False)
    workspace.refresh_lists()
    qtbot.waitUntil(lambda: _rows(unlocked) == ["MT-1", "MT-9"])


def test_show_all_clears_deleted_only(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    records = unlocked.session.records  # type: ignore[union-attr]
    records.create(F.OBJECT, {"inventory_number": "MT-1", "title": "Vase"})
    page = unlocked.workspace.object_page
    page.filter_bar.deleted.setChecked(True)
    qtbot.waitUntil(lambda: _rows(unlocked) == [])
    qtbot.mouseClick(page.filter_bar.reset_button, Qt.MouseButton.LeftButton)
    assert not page.filter_bar.deleted.isChecked()
    qtbot.waitUntil(lambda: _rows(unlocked) == ["MT-1"])
