"""A draft or an open editor typed over an older revision (r13 review #1, #2).

#1: the user's draft says "old, crack at rim"; a colleague's revision of the same description
arrives (a bundle merged while the app was locked, a CLI edit); the reopened editor saved the
draft over it without a word. Same for an editor left open while an import landed. Now the
editor shows the newer value beside the user's and saves nothing until the user chooses; a
field the newer revision did not touch is saved as usual; an open editor hears of the change
at once (the workspace's refresh after an import or sync).
#2: a draft of a record deleted meanwhile said "save them to keep them", then Save refused with
a command-line hint. Now it says who deleted it and when, offers Restore (the typing is kept)
or Discard, and no command line shows in the app."""

from __future__ import annotations

from pathlib import Path

from conftest import FAST_KDF
from peers import Peer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.session import Session
from fieldkit.records import drafts
from fieldkit.records import fields as F

COLLEAGUE = "old; lid glued 2026-12-05 (colleague)"
MINE = "old, crack at rim"


def _draft_over_older(unlocked: MainWindow, number: str) -> tuple[Session, str, ObjectEditor]:
    """The user's draft of the description, a colleague's revision of it meanwhile, the
    draft reopened (as the next unlock does)."""
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": number, "title": "Jar", "description": "old"}
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    assert editor.keep_draft()
    editor._stop_draft_timer()
    editor.close_for_lock()
    records.edit(obj.record_id, {"description": COLLEAGUE})  # meanwhile
    (draft,) = [d for d in drafts.all_drafts(session.vault) if d.record_id == obj.record_id]
    again = ObjectEditor(session, obj.record_id, initial=draft.values, draft_key=draft.key)
    return session, obj.record_id, again


def _theirs_shown(editor: RecordEditor, name: str) -> str:
    label = editor.findChild(QLabel, f"theirs_{name}")
    assert label is not None, "the newer value is not shown beside the user's"
    return label.text()


def test_a_reopened_draft_shows_both_values_and_saves_only_the_users_choice(
    unlocked: MainWindow,
) -> None:
    session, record_id, again = _draft_over_older(unlocked, "D-1")
    assert "changed meanwhile" in again.status.text()
    assert again.inputs["description"].raw() == MINE  # the typing kept, in the field
    assert COLLEAGUE in _theirs_shown(again, "description")  # theirs beside it
    assert not again.save()  # Save alone does not pick one
    assert "Not saved" in again.status.text()
    assert session.records.get(record_id).fields["description"] == COLLEAGUE
    again.choose("description", theirs=False)  # the user means it: keep mine
    assert again.save()
    assert session.records.get(record_id).fields["description"] == MINE
    again.close()


def test_use_theirs_keeps_the_colleagues_text(unlocked: MainWindow) -> None:
    session, record_id, again = _draft_over_older(unlocked, "D-2")
    again.choose("description", theirs=True)
    assert again.inputs["description"].raw() == COLLEAGUE
    assert again.save()
    assert session.records.get(record_id).fields["description"] == COLLEAGUE
    assert not [d for d in drafts.all_drafts(session.vault) if d.record_id == record_id]
    again.close()


def test_a_choice_left_open_at_locking_is_asked_again(unlocked: MainWindow) -> None:
    session, record_id, again = _draft_over_older(unlocked, "D-3")
    assert again.keep_draft()  # the app locks with the question open
    again._stop_draft_timer()
    again.close_for_lock()
    (draft,) = [d for d in drafts.all_drafts(session.vault) if d.record_id == record_id]
    third = ObjectEditor(session, record_id, initial=draft.values, draft_key=draft.key)
    assert COLLEAGUE in _theirs_shown(third, "description")
    assert not third.save()
    third.close_for_lock()


def test_an_open_editor_hears_of_a_newer_revision_at_once(unlocked: MainWindow) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "D-4", "title": "Jar", "description": "old"}
    )
    typing = unlocked.workspace.open_object(obj.record_id)
    other = records.create(
        F.OBJECT, {"inventory_number": "D-5", "title": "Bowl", "description": "old"}
    )
    looking = unlocked.workspace.open_object(other.record_id)
    assert typing is not None and looking is not None
    typing.inputs["description"].set_raw(MINE)
    typing.inputs["title"].set_raw("Jar, lidded")
    # Stand-ins for the import's merge of a colleague's revisions (the same database writes).
    records.edit(obj.record_id, {"description": COLLEAGUE})
    records.edit(other.record_id, {"description": "Bowl, rim chipped (colleague)"})
    unlocked.workspace.refresh_lists()  # what the app does after an import or sync
    # An editor with nothing typed shows the newer values, and says so.
    assert looking.inputs["description"].raw() == "Bowl, rim chipped (colleague)"
    assert "changed meanwhile" in looking.status.text() and not looking.dirty
    # One with typing keeps it, the newer value beside the field both changed.
    assert "changed meanwhile" in typing.status.text()
    assert COLLEAGUE in _theirs_shown(typing, "description")
    assert typing.findChild(QLabel, "theirs_title") is None  # no needless question
    assert not typing.save()
    assert records.get(obj.record_id).fields["description"] == COLLEAGUE
    typing.choose("description", theirs=False)
    assert typing.save()
    saved = records.get(obj.record_id).fields
    assert saved["description"] == MINE and saved["title"] == "Jar, lidded"
    typing.close()
    looking.close()


def test_a_change_the_editor_did_not_hear_of_is_caught_at_save(unlocked: MainWindow) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "D-6", "title": "Jar", "description": "old"}
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    records.edit(obj.record_id, {"description": COLLEAGUE})  # the CLI, no refresh
    assert not editor.save()
    assert "Not saved" in editor.status.text()
    assert COLLEAGUE in _theirs_shown(editor, "description")
    assert records.get(obj.record_id).fields["description"] == COLLEAGUE
    editor.close_for_lock()


def _visible_texts() -> list[str]:
    texts = []
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            texts += [w.text(), w.informativeText()]
    return texts


def test_a_draft_of_a_record_deleted_meanwhile_says_so_and_offers_restore(
    unlocked: MainWindow,
) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(
        F.OBJECT, {"inventory_number": "D-9", "title": "Jar", "description": "old"}
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    assert editor.keep_draft()
    editor._stop_draft_timer()
    editor.close_for_lock()
    records.delete(obj.record_id)  # meanwhile: another laptop, the CLI
    (opened,) = unlocked.workspace.reopen_drafts()
    said = opened.status.text()
    assert "deleted meanwhile by" in said and "save them to keep them" not in said
    assert opened.discard_button.isEnabled()  # one way out
    assert not opened.save()
    assert not any("fieldkit" in t for t in [opened.status.text(), *_visible_texts()])
    # The other: Restore (the version before the deletion is selected) keeps the typing.
    box = opened.confirm_restore()
    assert box is not None
    (restore,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ]
    restore.click()
    assert not opened.deleted
    assert opened.inputs["description"].raw() == MINE
    assert opened.save()
    after = records.get(obj.record_id)
    assert after.fields["description"] == MINE and not after.deleted
    opened.close()


def test_discarding_the_draft_of_a_deleted_record_ends_it(unlocked: MainWindow) -> None:
    session = unlocked.session
    assert session is not None
    records = session.records
    obj = records.create(F.OBJECT, {"inventory_number": "D-10", "title": "Jar"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    assert editor.keep_draft()
    editor._stop_draft_timer()
    editor.close_for_lock()
    records.delete(obj.record_id)
    (opened,) = unlocked.workspace.reopen_drafts()
    opened.discard_button.click()
    assert not [d for d in drafts.all_drafts(session.vault) if d.record_id == obj.record_id]
    opened.close()
    assert unlocked.workspace.reopen_drafts() == []


def test_a_real_bundle_import_reaches_the_open_editor(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not a stand-in: a colleague's signed bundle imported through the Bundles dialog while
    the editor is open with the user's typing in the same field."""
    coord = Peer(tmp_path, "coord", role="coordinator")
    bohdan = Peer(tmp_path, "bohdan")
    coord.trust(bohdan)
    bohdan.trust(coord)
    obj = coord.records.create(
        F.OBJECT, {"inventory_number": "B-1", "title": "Jar", "description": "old"}
    )
    bohdan.receive(coord.send(bohdan))
    bohdan.records.edit(obj.record_id, {"description": COLLEAGUE})
    bundle = bohdan.send(coord)
    assert bundle is not None
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(coord.vault)
    editor = window.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    dialog = window.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=30_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=30_000)
    assert "changed meanwhile by bohdan" in editor.status.text()
    assert COLLEAGUE in _theirs_shown(editor, "description")
    assert not editor.save()
    assert coord.records.get(obj.record_id).fields["description"] == COLLEAGUE
    dialog.reject()
    editor.close_for_lock()
    window.lock()
    bohdan.vault.close()


def test_the_choice_is_reached_by_tab_right_after_its_field(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """r13 retest #2: the buttons came after the whole form in the Tab order, so Tab went from
    the field to the next field and a keyboard user could not choose, nor therefore save."""
    from PySide6.QtWidgets import QPushButton

    _session, _record_id, again = _draft_over_older(unlocked, "D-9")
    again.show()
    qtbot.waitExposed(again)
    field = again.inputs["description"].focus_widget()
    use = again.findChild(QPushButton, "useTheirs_description")
    keep = again.findChild(QPushButton, "keepMine_description")
    assert use is not None and keep is not None
    assert field.nextInFocusChain() is use or _next_focusable(field) is use
    assert _next_focusable(use) is keep
    keep.setFocus()
    keep.click()  # Space on the focused button does the same
    assert again.focusWidget() is field  # back where the reader is, not at the top
    again.close_for_lock()


def _next_focusable(widget):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    nxt = widget.nextInFocusChain()
    while nxt is not widget and not (
        nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isVisibleTo(widget.window())
    ):
        nxt = nxt.nextInFocusChain()
    return nxt
