"""Locking in the middle of custody work loses nothing: a location being edited and a check-in's
scans are kept as encrypted drafts and come back after unlocking (principle 1)."""

from __future__ import annotations

from conftest import PASSPHRASE
from PySide6.QtCore import Qt

from fieldkit.gui.checkin import CHECK_IN_DRAFT, draft_key
from fieldkit.gui.editors.location_editor import LocationEditor
from fieldkit.gui.main_window import WORKSPACE, MainWindow
from fieldkit.records import custody as C
from fieldkit.records import drafts
from fieldkit.records.custody_queries import movement_status
from fieldkit.vault import Vault

from .test_evacuation_checkin import _checkin_page, evacuation, scan


def _unlock(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE, timeout=10_000)


def test_a_location_edited_when_the_app_locks_reopens_in_the_location_editor(
    unlocked: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    session = unlocked.session
    assert session is not None
    store = C.Custody(session.records).add_location(
        {"code": "TS-1", "name": "Temporary store", "kind": "temporary_store"}
    )
    editor = unlocked.custody.open_location(store.record_id)
    assert isinstance(editor, LocationEditor)
    editor.inputs["name"].set_raw("Temporary store, university library")
    assert editor.dirty

    unlocked.lock()
    _unlock(unlocked, qtbot)

    qtbot.mouseClick(unlocked.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(unlocked.workspace.editors) == 1)
    reopened = unlocked.workspace.editors[0]
    assert isinstance(reopened, LocationEditor)  # not a damage report editor
    assert reopened.record_id == store.record_id
    assert reopened.inputs["name"].raw() == "Temporary store, university library"


def test_scans_of_a_check_in_survive_a_lock_and_are_written_at_the_end(
    window: MainWindow, vault: Vault, qtbot  # type: ignore[no-untyped-def]
) -> None:
    crate = evacuation(vault, n=5)
    window.open_session(vault)
    panel = _checkin_page(window, crate.movement).check_in
    for number in crate.numbers[:3]:
        scan(panel.scan, number)
    assert panel.counts()["received"] == 3

    window.lock()
    _unlock(window, qtbot)
    session_vault = window.session.vault  # type: ignore[union-attr]
    assert drafts.load(session_vault, draft_key(crate.movement)) is not None  # kept, encrypted
    # A check-in's scans are not an editor to reopen: no prompt for them.
    assert window.drafts_prompt is None or not window.drafts_prompt.isVisible()

    panel = _checkin_page(window, crate.movement).check_in
    assert panel.counts()["received"] == 3  # the scans from before the lock are back
    for code in [*crate.numbers[3:], "C-001"]:  # the crate itself arrived too
        scan(panel.scan, code)
    status = panel.finish()
    assert status is not None and status.missing == [] and len(status.received) == 6
    assert drafts.load(session_vault, draft_key(crate.movement)) is None
    assert [d for d in drafts.all_drafts(session_vault) if d.kind == CHECK_IN_DRAFT] == []
    assert len(movement_status(session_vault.db, crate.movement).received) == 6  # written
