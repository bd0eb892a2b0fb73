"""r14 editor fixes: a restore keeps the question about a colleague's newer value, a record in
conflict says so in its editor, photo changes name the head they were made over, the both-values
panel reads as the rest of the app, history arrows read right in Arabic, the damage editor's
Alt keys and date message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from peers import Peer
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPushButton

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.workspace import CONFLICTS
from fieldkit.records import fields as F

COLLEAGUE = "old; lid glued (colleague)"
MINE = "old, crack at rim"


def test_restore_after_a_change_then_delete_asks_about_the_newer_value(
    unlocked: MainWindow,
) -> None:
    """The description typed over "old" (kept as a draft at locking); meanwhile it was changed,
    then the record deleted. Restore (the way out the editor offers), then Save: the newer
    description is shown beside the typing and nothing is saved until the user chooses."""
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "R-1", "title": "Jar", "description": "old"}
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    editor.inputs["title"].set_raw("Jar with lid")  # a field nobody else changed
    assert editor.keep_draft()
    editor._stop_draft_timer()
    editor.close_for_lock()
    records.edit(obj.record_id, {"description": COLLEAGUE})
    records.delete(obj.record_id)
    (opened,) = unlocked.workspace.reopen_drafts()
    box = opened.confirm_restore()
    assert box is not None
    (restore,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ]
    restore.click()
    assert not opened.deleted
    shown = opened.findChild(QLabel, "theirs_description")
    assert shown is not None, "no both-values panel for the description changed meanwhile"
    assert COLLEAGUE in shown.text()
    assert opened.inputs["description"].raw() == MINE  # the typing stays in the form
    assert not opened.save()
    assert records.get(obj.record_id).fields["description"] == COLLEAGUE
    opened.choose("description", theirs=True)
    assert opened.save()
    after = records.get(obj.record_id).fields
    assert after["description"] == COLLEAGUE
    assert after["title"] == "Jar with lid"
    opened.close()


def test_restore_in_an_open_editor_after_change_then_delete_asks(unlocked: MainWindow) -> None:
    """The same with the editor left open: the deletion arrives (a sync), the user restores."""
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "R-3", "title": "Jar", "description": "old"}
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    records.edit(obj.record_id, {"description": COLLEAGUE})
    records.delete(obj.record_id)
    unlocked.workspace.refresh_lists()
    assert editor.deleted
    box = editor.confirm_restore()
    assert box is not None
    (restore,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ]
    restore.click()
    assert editor.findChild(QLabel, "theirs_description") is not None
    assert not editor.save()
    assert records.get(obj.record_id).fields["description"] == COLLEAGUE
    editor.close_for_lock()


def _in_conflict_soon(tmp_path: Path) -> tuple[Peer, Peer, str]:
    """Amélie's and Bohdan's vaults, each holding object X-1 as Amélie made it."""
    a, b = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    a.trust(b)
    b.trust(a)
    x = a.records.create(
        F.OBJECT, {"inventory_number": "X-1", "title": "Jar", "description": "old"}
    ).record_id
    b.receive(a.send(b))
    return a, b, x


def test_an_open_editor_hears_of_a_conflict_and_asks_before_saving(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    """Bohdan changed the description; Amélie's editor is open and she saved hers, so her
    revision is the provisional winner and the head does not move when his bundle arrives:
    the editor says the record is in conflict, and Save asks instead of saving."""
    a, b, x = _in_conflict_soon(tmp_path)
    b.records.edit(x, {"description": "bohdan's"})
    window.open_session(a.vault)
    editor = window.workspace.open_object(x)
    assert editor is not None
    qtbot.waitExposed(editor)
    banner = editor.findChild(QFrame, "conflictBanner")
    assert banner is not None and not banner.isVisible()
    editor.inputs["description"].set_raw("amelie's")
    assert editor.save()
    head = a.records.get(x).head_rev
    a.receive(b.send(a))
    assert a.records.get(x).in_conflict and a.records.get(x).head_rev == head
    window.workspace.refresh_lists()  # what the import dialog does once done
    assert banner.isVisible(), "the editor does not say the record is in conflict"
    editor.inputs["title"].set_raw("Jar, lidded")
    assert not editor.save()
    box = editor.conflict_box
    assert box is not None and box.isVisible()
    assert a.records.get(x).fields["title"] == "Jar"  # nothing saved while asked
    # "Save anyway": saved on the version shown, the conflict left for a person to settle.
    box.findChild(QPushButton, "saveAnyway").click()
    after = a.records.get(x)
    assert after.fields["title"] == "Jar, lidded" and after.in_conflict
    assert banner.isVisible()
    # The banner's button shows the record in the Conflicts view.
    editor.findChild(QPushButton, "openConflicts").click()
    assert window.workspace.sidebar.currentRow() == CONFLICTS
    assert window.workspace.conflicts_page.current_id() == x
    editor.close()


def test_a_record_in_conflict_opens_with_the_banner_and_cancel_saves_nothing(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    a, b, x = _in_conflict_soon(tmp_path)
    a.records.edit(x, {"description": "amelie's"})
    b.records.edit(x, {"description": "bohdan's"})
    a.receive(b.send(a))
    window.open_session(a.vault)
    editor = window.workspace.open_object(x)
    assert editor is not None
    qtbot.waitExposed(editor)
    banner = editor.findChild(QFrame, "conflictBanner")
    assert banner is not None and banner.isVisible()
    editor.inputs["title"].set_raw("Jar, lidded")
    assert not editor.save()
    box = editor.conflict_box
    assert box is not None
    box.reject()  # Cancel (Esc)
    assert editor.conflict_box is None
    assert a.records.get(x).fields["title"] == "Jar"
    assert editor.dirty  # the typing stays in the form
    editor.close_for_lock()
