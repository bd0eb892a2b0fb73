"""What a new user met in the editors (notes/r10/uitrial.md #9, #26, #7), each seen failing first.

Adding photos to a new damage report saved the report at once (« Created » and « Photo added »
in its history before Save; Discard could not abandon it; a cancelled add left an empty report).
Now nothing is a revision until Save, which creates the record with its photos in one. And a
new object starts with the vault's organisation as its institution."""

from __future__ import annotations

import threading
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.main_window import WORKSPACE, MainWindow
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.vault import Vault
from fieldkit.vault.media import MEDIA_DIR

from .helpers import make_jpeg


def _count(window: MainWindow, sql: str) -> int:
    return int(window.session.vault.db.execute(sql).fetchone()[0])  # type: ignore[union-attr]


def _reports(window: MainWindow) -> int:
    return _count(window, "SELECT count(*) FROM records WHERE kind = 'damage'")


def _photo_rows(window: MainWindow) -> int:
    return _count(window, "SELECT count(*) FROM photos")


def _media_files(window: MainWindow) -> list[Path]:
    folder = window.vault_path / MEDIA_DIR  # type: ignore[operator]
    return [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []


def _new_report_with_photos(window: MainWindow, qtbot, tmp_path: Path) -> RecordEditor:  # type: ignore[no-untyped-def]
    records = window.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "MNB-1", "title": "Jar"})
    editor = window.workspace.new_damage(obj.record_id)
    assert isinstance(editor, DamageEditor)
    photos = [make_jpeg(tmp_path / f"d{i}.jpg", seed=i) for i in range(2)]
    editor.add_photos(photos)
    qtbot.waitUntil(lambda: not editor.importing, timeout=20_000)
    return editor


def test_photos_of_a_new_report_wait_for_save_which_creates_it_with_them_in_one_revision(
    unlocked: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    editor = _new_report_with_photos(unlocked, qtbot, tmp_path)
    assert editor.record_id is None, "adding photos saved the report"
    assert _reports(unlocked) == 0
    assert editor.history.rowCount() == 0
    strip = editor.photo_strip
    assert strip.list.count() == 2
    assert all(strip.list.item(i).font().italic() for i in range(2))  # shown as not saved
    assert not strip.pending_note.isHidden()
    assert editor.dirty and editor.windowTitle().startswith("New damage report")
    assert " *" in editor.windowTitle()
    assert _photo_rows(unlocked) == 2  # stored, encrypted, in no record
    assert editor.save()
    assert editor.record_id is not None
    view = unlocked.session.records.get(editor.record_id)  # type: ignore[union-attr]
    assert len(view.media) == 2 and {m["role"] for m in view.media} == {"damage"}
    assert len(unlocked.session.records.history(editor.record_id)) == 1  # type: ignore[union-attr]
    assert not editor.dirty
    assert not any(strip.list.item(i).font().italic() for i in range(2))
    assert strip.pending_note.isHidden()
    editor.close()


def test_discard_and_closing_unsaved_leave_no_report_and_no_photo(
    unlocked: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    editor = _new_report_with_photos(unlocked, qtbot, tmp_path)
    object_shown = editor.inputs["object_id"].raw()
    editor.discard_changes()
    assert _reports(unlocked) == 0
    assert _photo_rows(unlocked) == 0 and _media_files(unlocked) == []
    assert editor.photo_strip.list.count() == 0 and not editor.dirty
    assert editor.inputs["object_id"].raw() == object_shown  # still the report it was opened as
    # Again, and close the window without saving.
    editor.add_photos([make_jpeg(tmp_path / "again.jpg", seed=7)])
    qtbot.waitUntil(lambda: not editor.importing, timeout=20_000)
    editor.close()
    box = editor.unsaved_box
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: editor not in unlocked.workspace.editors, timeout=5_000)
    assert _reports(unlocked) == 0
    assert _photo_rows(unlocked) == 0 and _media_files(unlocked) == []
    assert drafts.all_drafts(unlocked.session.vault) == []  # type: ignore[union-attr]


def test_a_cancelled_photo_add_leaves_no_empty_report(
    unlocked: MainWindow,
    qtbot,
    big_photos: list[Path],  # type: ignore[no-untyped-def]
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "MNB-2", "title": "Bowl"})
    editor = unlocked.workspace.new_damage(obj.record_id)
    assert editor is not None
    editor.add_photos(big_photos)
    worker = editor._import
    assert worker is not None

    # The worker waits, in its own thread, until the click below has been made: a queued
    # progress signal reached on a loaded machine only after the last photo (CI, stop 35).
    half_way, clicked = threading.Event(), threading.Event()

    def hold_half_way(progress) -> None:  # type: ignore[no-untyped-def]
        if progress.done > progress.total // 3 and not half_way.is_set():
            half_way.set()
            clicked.wait(timeout=30)

    worker.signals.stepped.connect(hold_half_way, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(half_way.is_set, timeout=60_000)
    assert editor.photo_strip.cancel_button.isEnabled()
    qtbot.mouseClick(editor.photo_strip.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    qtbot.waitUntil(lambda: not editor.importing, timeout=60_000)
    assert "Cancelled" in editor.status.text()
    assert editor.record_id is None
    assert _reports(unlocked) == 0
    assert _photo_rows(unlocked) == 0 and _media_files(unlocked) == []
    assert not editor.dirty  # nothing to ask about when closing
    editor.close()


def test_photos_of_a_new_object_come_back_with_its_draft_after_a_lock(
    unlocked: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    editor.inputs["inventory_number"].set_raw("MNB-3")
    assert editor.completeness.value() == 0
    editor.add_photos([make_jpeg(tmp_path / "o.jpg")])
    qtbot.waitUntil(lambda: not editor.importing, timeout=20_000)
    assert editor.record_id is None
    assert editor.completeness.value() == 1  # the overall photo counts before it is saved
    sha = editor.staged[0]["sha256"]
    assert editor.set_photo_role(sha, "detail")  # kept in the form until Save
    assert editor.set_photo_caption(sha, "Base, maker's mark")
    unlocked.lock()
    qtbot.keyClicks(unlocked.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(unlocked.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlocked.stack.currentIndex() == WORKSPACE, timeout=10_000)
    qtbot.mouseClick(unlocked.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(unlocked.workspace.editors) == 1)
    reopened = unlocked.workspace.editors[0]
    assert reopened.record_id is None
    assert reopened.photo_strip.list.count() == 1
    assert reopened.save()
    records = unlocked.session.records  # type: ignore[union-attr]
    media = records.get(reopened.record_id).media  # type: ignore[arg-type]
    assert media == [{"sha256": sha, "role": "detail", "caption": "Base, maker's mark"}]
    assert len(records.history(reopened.record_id)) == 1  # type: ignore[arg-type]
    assert drafts.all_drafts(unlocked.session.vault) == []  # type: ignore[union-attr]
    reopened.close()


def test_a_new_object_starts_with_the_vaults_organisation_as_its_institution(
    window: MainWindow,
    make_vault,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    vault, _ = make_vault(organisation="Musée national")
    window.open_session(vault)
    records = window.session.records  # type: ignore[union-attr]
    older = records.create(F.OBJECT, {"inventory_number": "OLD-1"})
    editor = window.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    assert editor.inputs["institution"].raw() == "Musée national"
    assert not editor.dirty  # given by the app: closing asks nothing, nothing is stored
    editor.inputs["institution"].set_raw("Musée des beaux-arts")  # editable
    editor.discard_changes()
    assert editor.inputs["institution"].raw() == "Musée national"  # a new object again
    editor.inputs["inventory_number"].set_raw("MN-1")
    assert editor.save()
    saved = records.get(editor.record_id)  # type: ignore[arg-type]
    assert saved.fields["institution"] == "Musée national"
    editor.close()
    # Only new objects: an object without one keeps none.
    existing = window.workspace.open_object(older.record_id)
    assert existing is not None
    assert existing.inputs["institution"].raw() == ""
    assert not existing.dirty
    existing.close()
    window.lock()


def test_a_vault_without_organisation_leaves_the_institution_empty(
    unlocked: MainWindow, vault: Vault
) -> None:
    editor = unlocked.workspace.new_object()
    assert editor is not None
    assert editor.inputs["institution"].raw() == ""
    assert not editor.dirty
    editor.close()
