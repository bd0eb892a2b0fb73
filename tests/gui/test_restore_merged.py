"""The history's "Restore this version…" on an object another one absorbed: the app calls the
core's Duplicates.restore, so the merge is undone as on the command line (issue 23)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from fieldkit.duplicates.decisions import Duplicates
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from gui.test_editor_features import OFFSCREEN_POPUP, _answer


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_restoring_a_merged_object_from_its_history_undoes_the_merge(
    unlocked: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    a = records.create(F.OBJECT, {"inventory_number": "H-1", "title": "Jar"}).record_id
    b = records.create(F.OBJECT, {"inventory_number": "H-01", "title": "Jarre"}).record_id
    dup = Duplicates(records)
    dup.decide(a, b, same=True)
    editor = unlocked.workspace.open_object(b)
    assert editor is not None
    # Its own history, newest first: the merge, then the version before it.
    before_merge = editor.history.visualItemRect(editor.history.item(1, 2)).center()
    editor.history.customContextMenuRequested.emit(before_merge)
    qtbot.waitUntil(lambda: editor.history.findChild(QMenu, "historyMenu") is not None)
    menu = editor.history.findChild(QMenu, "historyMenu")
    (action,) = menu.actions()
    action.trigger()
    menu.close()
    _answer(qtbot, editor, "confirmRestoreBox", "Restore")
    assert records.resolve("H-01") == b and not records.get(b).deleted
    assert records.get(b).fields["title"] == "Jarre"
    assert dup.decisions() == []  # undone, not left live and "superseded"
    assert editor.status.text() == "Restored as an object of its own: the merge was undone."
    editor.close()
