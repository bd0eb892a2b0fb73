"""Locking forgets decrypted data and keeps unsaved typing as an encrypted draft."""

from __future__ import annotations

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import UNLOCK, WORKSPACE, MainWindow
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.vault import Vault


def _unlock(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE, timeout=10_000)


def test_lock_clears_models_keeps_a_draft_and_unlock_restores_both(
    unlocked: MainWindow,
    vault: Vault,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window = unlocked
    records = window.session.records  # type: ignore[union-attr]
    record = records.create(F.OBJECT, {"inventory_number": "L-1", "title": "Bronze bowl"})
    window.workspace.refresh_lists()
    objects = window.workspace.objects
    assert objects.rowCount() == 1
    objects.data(objects.index(0, 1))
    assert objects.cached_rows == 1
    # The view to come back to: damage reports page, filtered objects.
    window.workspace.object_page.filter_bar.combos["status"].setCurrentIndex(0)
    editor = window.workspace.open_object(record.record_id)
    assert isinstance(editor, ObjectEditor)
    editor.inputs["title"].set_raw("Bronze bowl, dented")
    assert editor.dirty
    window.workspace.sidebar.setCurrentRow(1)

    window.lock()

    assert window.locked and window.stack.currentIndex() == UNLOCK
    assert not vault.is_open
    assert objects.rowCount() == 0 and objects.cached_pages == 0
    assert window.workspace.damage.rowCount() == 0
    assert len(window.workspace.thumbnails) == 0
    assert window.workspace.editors == []
    assert window.search.text() == ""
    assert not window.lock_action.isEnabled()

    _unlock(window, qtbot)

    assert window.workspace.sidebar.currentRow() == 1  # the view is back
    assert objects.rowCount() == 1
    prompt = window.drafts_prompt
    assert isinstance(prompt, QMessageBox)
    qtbot.mouseClick(window.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.workspace.editors) == 1)
    reopened = window.workspace.editors[0]
    assert reopened.record_id == record.record_id
    assert reopened.inputs["title"].raw() == "Bronze bowl, dented"
    assert reopened.dirty
    session_vault = window.session.vault  # type: ignore[union-attr]
    assert drafts.load(session_vault, reopened.draft_key) is not None
    assert reopened.save()
    assert drafts.all_drafts(session_vault) == []
    assert window.session.records.get(record.record_id).fields["title"] == "Bronze bowl, dented"  # type: ignore[union-attr]


def test_new_unsaved_record_survives_a_lock_as_a_draft(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.inputs["title"].set_raw("Half-typed icon")
    editor.inputs["date_documented"].set_raw("2026-13-40")  # invalid: still kept
    unlocked.lock()
    _unlock(unlocked, qtbot)
    qtbot.mouseClick(unlocked.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(unlocked.workspace.editors) == 1)
    reopened = unlocked.workspace.editors[0]
    assert reopened.record_id is None
    assert reopened.inputs["title"].raw() == "Half-typed icon"
    assert "date_documented" in reopened.errors
    assert not reopened.save_button.isEnabled()


def test_idle_timer_locks(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    unlocked.idle.set_minutes(0.002)  # about 120 ms
    unlocked.idle.start()
    qtbot.waitUntil(lambda: unlocked.locked, timeout=5_000)
    assert unlocked.stack.currentIndex() == UNLOCK
