"""Editors (issue 15): object completion and free cross references, per-photo remove / role /
caption, delete and restore, field mnemonics, Arabic alignment in multi-line fields."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLabel, QMenu, QMessageBox

from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput

from .test_mnemonics_r15 import sensible

# The offscreen platform's warnings (as in tests/gui/conftest.py), and a popup's.
OFFSCREEN_POPUP = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def _jpeg(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (seed * 40 % 255, 90, 30)).save(buf, "JPEG")
    return buf.getvalue()


def _object(window: MainWindow, number: str, title: str, photos: int = 0) -> str:
    records = window.session.records  # type: ignore[union-attr]
    media = [PhotoInput(_jpeg(i + 1), "overall" if i == 0 else "detail") for i in range(photos)]
    return records.create(F.OBJECT, {"inventory_number": number, "title": title}, media).record_id


def _answer(qtbot, editor: RecordEditor, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Press the button ``text`` of the question ``name`` the editor opened."""
    qtbot.waitUntil(lambda: editor.confirm_box is not None)
    box = editor.confirm_box
    assert isinstance(box, QMessageBox) and box.objectName() == name and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == text)
    button.click()
    qtbot.waitUntil(lambda: editor.confirm_box is None)


# --- cross references and object completion -------------------------------------------------


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_cross_references_complete_objects_and_keep_free_references(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    lamassu = _object(unlocked, "MOS-1", "Lamassu")
    editor = unlocked.workspace.new_object()
    assert isinstance(editor, ObjectEditor)
    edit = editor.inputs["cross_references"].edit  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.keyClicks(edit, "lamas")
    completer = editor.references_completer
    assert completer.model.rowCount() == 1
    assert completer.model.index(0, 0).data() == "MOS-1 — Lamassu"
    completer.choose(completer.model.index(0, 0))
    assert edit.text() == "MOS-1"
    qtbot.keyClicks(edit, "; British Museum 1856,0909.16")
    assert completer.model.rowCount() == 0  # nothing of this vault matches: no popup
    assert not editor._error_labels["cross_references"].isVisibleTo(editor)
    hint = editor.references_hint.text()
    assert "MOS-1 — Lamassu" in hint and "kept as typed: British Museum 1856,0909.16" in hint
    editor.inputs["title"].set_raw("Relief")
    assert editor.save(), editor.status.text()
    stored = unlocked.session.records.get(editor.record_id)  # type: ignore[union-attr,arg-type]
    assert stored.fields["cross_references"] == [lamassu, "British Museum 1856,0909.16"]
    record_id = editor.record_id
    editor.close()
    again = unlocked.workspace.open_object(record_id)  # type: ignore[arg-type]
    assert again is not None
    # Shown as the inventory number, not the stored id; and not "changed" by showing it.
    assert again.inputs["cross_references"].edit.text() == (  # type: ignore[attr-defined]
        "MOS-1; British Museum 1856,0909.16"
    )
    assert not again.dirty
    # An object is not offered as a reference to itself.
    offered = [c.record_id for c in again.references_completer.lookup("Relief")]
    assert record_id not in offered
    again.close()


def test_an_ambiguous_cross_reference_names_the_field_not_a_command(
    unlocked: MainWindow,
) -> None:
    _object(unlocked, "DUP-1", "One")
    _object(unlocked, "DUP-1", "Other")
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.inputs["title"].set_raw("x")
    editor.inputs["cross_references"].set_raw("DUP-1")
    label = editor._error_labels["cross_references"]
    assert not label.isHidden() and "several objects" in label.text()
    assert not editor.save()
    status = editor.status.text()
    assert status.startswith("Not saved: Cross references:") and "fieldkit" not in status
    editor.discard_changes()
    editor.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_damage_report_object_field_completes(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    _object(unlocked, "MOS-1", "Lamassu")
    editor = unlocked.workspace.new_damage()
    assert isinstance(editor, DamageEditor)
    edit = editor.inputs["object_id"].edit  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.keyClicks(edit, "MOS")
    model = editor.object_completer.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["MOS-1 — Lamassu"]
    editor.object_completer.choose(model.index(0, 0))
    assert edit.text() == "MOS-1"
    assert editor.object_hint.text() == "→ MOS-1 — Lamassu"
    editor.discard_changes()
    editor.close()


# --- photos: remove, role, caption, one photo at a time -----------------------------------------


def test_each_photo_can_be_removed_or_given_a_role_and_caption(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    record_id = _object(unlocked, "P-1", "Jar", photos=2)
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None
    records = unlocked.session.records  # type: ignore[union-attr]
    first, second = (m["sha256"] for m in records.get(record_id).media)
    revisions = len(records.history(record_id))

    menu = editor.photo_strip.photo_menu(second)
    role_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    detail = next(a for a in role_menu.actions() if a.data() == "detail")
    assert detail.isChecked()  # the photo's own role is shown
    next(a for a in role_menu.actions() if a.data() == "damage").trigger()
    media = records.get(record_id).media
    assert [m["role"] for m in media] == ["overall", "damage"]  # only that photo changed
    assert len(records.history(record_id)) == revisions + 1

    caption = next(a for a in menu.actions() if a.text() == "&Caption…")
    caption.trigger()
    qtbot.waitUntil(lambda: editor.findChild(QInputDialog, "captionDialog") is not None)
    dialog = editor.findChild(QInputDialog, "captionDialog")
    dialog.setTextValue("Left wing, chipped")
    dialog.accept()
    qtbot.waitUntil(lambda: records.get(record_id).media[1]["caption"] == "Left wing, chipped")
    assert editor.photo_strip.list.item(1).text() == "Left wing, chipped"

    # By keyboard: select the first photo, press Delete; the editor asks first.
    strip = editor.photo_strip.list
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    strip.setCurrentRow(0)
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    _answer(qtbot, editor, "confirmRemovePhotoBox", "Cancel")
    assert len(records.get(record_id).media) == 2
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    _answer(qtbot, editor, "confirmRemovePhotoBox", "Remove")
    assert [m["sha256"] for m in records.get(record_id).media] == [second]
    assert strip.count() == 1
    assert first not in [m["sha256"] for m in editor.media]
    editor.close()


# --- delete and restore ------------------------------------------------------------------------


def test_delete_asks_then_tombstones_and_the_history_restores_it(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    record_id = _object(unlocked, "D-1", "Bowl")
    records = unlocked.session.records  # type: ignore[union-attr]
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None
    assert not unlocked.workspace.new_object().delete_button.isEnabled()  # type: ignore[union-attr]
    editor.delete_button.click()
    _answer(qtbot, editor, "confirmDeleteBox", "Cancel")
    assert records.count(F.OBJECT) == 1
    editor.delete_button.click()
    _answer(qtbot, editor, "confirmDeleteBox", "Delete")
    assert records.count(F.OBJECT) == 0
    assert records.get(record_id).deleted
    qtbot.waitUntil(lambda: unlocked.workspace.current_model().rowCount() == 0)  # type: ignore[union-attr]
    assert editor.history.item(0, 2).text() == "Deleted"  # newest first
    assert not editor.form_host.isEnabled() and not editor.save_button.isEnabled()
    assert "(deleted)" in editor.windowTitle() and not editor.damage_button.isEnabled()
    assert "Restore this version" in editor.status.text()
    assert editor.history.currentRow() == 1 and editor.restore_button.isEnabled()  # undo ready
    editor.history.selectRow(0)
    assert not editor.restore_button.isEnabled()  # the deletion itself
    editor.history.selectRow(1)
    assert editor.restore_button.isEnabled()
    editor.restore_button.click()
    _answer(qtbot, editor, "confirmRestoreBox", "Restore")
    view = records.get(record_id)
    assert not view.deleted and view.fields["title"] == "Bowl"
    assert records.count(F.OBJECT) == 1
    assert editor.form_host.isEnabled() and editor.delete_button.isEnabled()
    assert len(records.history(record_id)) == 3
    editor.close()


# --- mnemonics ---------------------------------------------------------------------------------


def test_field_labels_have_unique_mnemonics_apart_from_the_buttons(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    for editor in (unlocked.workspace.new_object(), unlocked.workspace.new_damage()):
        assert editor is not None
        buttons = [mnemonic_of(b.text()) for b in editor.findChildren(QAbstractButton)]
        buttons = [b for b in buttons if b]
        assert len(buttons) == len(set(buttons)), buttons
        letters = []
        for label, _plain in editor._label_texts:
            assert isinstance(label, QLabel) and label.buddy() is not None
            letter = mnemonic_of(label.text())
            if letter is not None:
                letters.append(letter)
        assert len(letters) == len(set(letters))
        # Every label whose sensible letters are not all taken has a key, on a sensible letter
        # (a word's first letter or a consonant: test_mnemonics_r15). Not every free letter:
        # that rule gave the last labels « Ob&jet », « Titl&e »; the object form has 23 fields.
        for label, _plain in editor._label_texts:
            text = label.text()
            if mnemonic_of(text) is not None:
                assert sensible(text), text
                continue
            plain = text.replace("&&", "&")
            for i, char in enumerate(plain):
                if char.isalpha() and char.lower() not in {*letters, *buttons}:
                    marked = plain[:i].replace("&", "&&") + "&" + plain[i:].replace("&", "&&")
                    assert not sensible(marked), (text, char)
        assert not set(letters) & set(buttons)
        # "Materials & techniques" keeps its ampersand as text.
        assert all("&&" in label.text() for label, text in editor._label_texts if "&" in text)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        label, _plain = editor._label_texts[2]
        qtbot.keyClick(editor, mnemonic_of(label.text()), Qt.KeyboardModifier.AltModifier)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda label=label: label.buddy().hasFocus())
        editor.discard_changes()
        editor.close()


# --- Arabic in multi-line fields ---------------------------------------------------------------


def test_arabic_is_right_aligned_in_multi_line_fields(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert editor is not None
    item = editor.inputs["description"]
    edit = item.edit  # type: ignore[attr-defined]
    item.set_raw("قطعة من تمثال آشوري")
    qtbot.waitUntil(lambda: edit.viewport().width() > 200)

    def start_x() -> int:
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        return int(edit.cursorRect(cursor).x())

    assert start_x() > edit.viewport().width() * 3 // 4  # begins at the right edge
    item.set_raw("A fragment of an Assyrian statue")
    assert start_x() < edit.viewport().width() // 4
    assert item.raw() == "A fragment of an Assyrian statue"
    editor.discard_changes()
    editor.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_POPUP)
def test_restore_from_the_history_menu_undoes_an_edit(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    record_id = _object(unlocked, "H-1", "Jar")
    records = unlocked.session.records  # type: ignore[union-attr]
    records.edit(record_id, {"title": "Pot"})
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None
    # Newest first; the card's text is in the last column (who and when are drawn in it).
    oldest = editor.history.visualItemRect(editor.history.item(1, 2)).center()
    editor.history.customContextMenuRequested.emit(oldest)
    qtbot.waitUntil(lambda: editor.history.findChild(QMenu, "historyMenu") is not None)
    menu = editor.history.findChild(QMenu, "historyMenu")
    (action,) = menu.actions()
    assert action.text() == "Restore this version…" and action.isEnabled()
    action.trigger()
    menu.close()
    _answer(qtbot, editor, "confirmRestoreBox", "Restore")
    assert records.get(record_id).fields["title"] == "Jar"
    assert editor.inputs["title"].raw() == "Jar" and not editor.dirty
    editor.close()
