"""r14 editor fixes: a restore keeps the question about a colleague's newer value, a record in
conflict says so in its editor, photo changes name the head they were made over, the both-values
panel reads as the rest of the app, history arrows read right in Arabic, the damage editor's
Alt keys and date message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from peers import Peer
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QMessageBox, QPushButton, QWidget

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.workspace import CONFLICTS
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput

from .helpers import make_jpeg

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


def _jar_with_photo(unlocked: MainWindow, tmp_path: Path) -> tuple[str, str]:
    session = unlocked.session
    assert session is not None
    records = session.records
    record_id = records.create(F.OBJECT, {"inventory_number": "P-1", "title": "Jar"}).record_id
    photo = PhotoInput(make_jpeg(tmp_path / "front.jpg", 64, 48), "overall", "front")
    view = records.edit(record_id, {}, add_photos=[photo])
    return record_id, str(view.media[0]["sha256"])


def _error_boxes(editor: QWidget) -> list[QMessageBox]:
    return [box for box in editor.findChildren(QMessageBox) if box.isVisible()]


def test_a_caption_changed_while_its_dialog_was_open_is_not_replaced(
    unlocked: MainWindow, tmp_path: Path
) -> None:
    record_id, sha = _jar_with_photo(unlocked, tmp_path)
    records = unlocked.session.records  # type: ignore[union-attr]
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None
    dialog = editor.ask_caption(sha)
    assert dialog is not None
    records.edit(record_id, {}, photo_updates={sha: {"caption": "front, crack (colleague)"}})
    dialog.setTextValue("front, chipped")
    dialog.accept()
    assert records.get(record_id).media[0]["caption"] == "front, crack (colleague)", (
        "the colleague's caption was replaced unseen"
    )
    assert _error_boxes(editor) == []  # said in the editor, not in an error box
    assert "changed meanwhile" in editor.status.text()
    assert editor.media[0]["caption"] == "front, crack (colleague)"  # shown now
    # Done again over what is shown: saved.
    assert editor.set_photo_caption(sha, "front, chipped")
    assert records.get(record_id).media[0]["caption"] == "front, chipped"
    editor.close()


def test_a_photo_removed_after_a_colleague_recaptioned_it_is_asked_again(
    unlocked: MainWindow, tmp_path: Path
) -> None:
    record_id, sha = _jar_with_photo(unlocked, tmp_path)
    records = unlocked.session.records  # type: ignore[union-attr]
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None
    box = editor.confirm_remove_photo(sha)
    assert box is not None
    records.edit(record_id, {}, photo_updates={sha: {"caption": "the only view of the crack"}})
    (remove,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    remove.click()
    assert [m["caption"] for m in records.get(record_id).media] == ["the only view of the crack"]
    assert _error_boxes(editor) == []
    editor.close()


def test_the_both_values_panel_writes_measurements_and_coordinates_as_people_read_them(
    unlocked: MainWindow, use_language: Any
) -> None:
    use_language("fr")
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(
        F.OBJECT,
        {
            "inventory_number": "R-2",
            "title": "Jar",
            "measurements": [{"dimension": "height", "value": 30, "unit": "cm"}],
            "coordinates": {"lat": 33.1, "lon": 35.1},
        },
    )
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["measurements"].set_raw([{"dimension": "height", "value": "31", "unit": "cm"}])
    editor.inputs["coordinates"].set_raw({"lat": 33.2, "lon": 35.2})
    records.edit(
        obj.record_id,
        {
            "measurements": [{"dimension": "height", "value": 72.5, "unit": "cm"}],
            "coordinates": {"lat": 33.27, "lon": 35.25},
        },
    )
    unlocked.workspace.refresh_lists()
    measured = editor.findChild(QLabel, "theirs_measurements")
    placed = editor.findChild(QLabel, "theirs_coordinates")
    assert measured is not None and placed is not None
    assert "hauteur" in measured.text() and "72,5\u00a0cm" in measured.text(), measured.text()
    assert "{" not in measured.text() and "dimension" not in measured.text()
    assert "33,27" in placed.text() and "35,25" in placed.text(), placed.text()
    assert "lat" not in placed.text()
    editor.close_for_lock()


def test_arabic_history_reads_old_then_new_with_latin_values(
    unlocked: MainWindow, use_language: Any
) -> None:
    """« المواد والتقنيات: argile ← calcaire »: each value isolated, so that read right to left
    the arrow goes from the old value to the new one."""
    use_language("ar")
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(
        F.OBJECT, {"inventory_number": "H-1", "title": "Stèle", "materials_techniques": "argile"}
    )
    records.edit(obj.record_id, {"materials_techniques": "calcaire"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    what = editor.history.item(editor.history.newest_row(), 2).text()
    line = next(t for t in what.split("\n") if "calcaire" in t)
    fsi, pdi = "\u2068", "\u2069"
    assert f"{fsi}argile{pdi} ← {fsi}calcaire{pdi}" in line, repr(line)
    editor.close()


def test_english_history_isolates_only_right_to_left_values(unlocked: MainWindow) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "H-2", "title": "Lamp"})
    records.edit(obj.record_id, {"title": "قنديل"})
    records.edit(obj.record_id, {"title": "Bronze oil lamp"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    rows = [editor.history.item(r, 2).text() for r in range(editor.history.rowCount())]
    assert "Title: \u2068قنديل\u2069 → Bronze oil lamp" in rows, rows
    assert "Title: Lamp → \u2068قنديل\u2069" in rows, rows
    editor.close()


def test_in_arabic_a_deleted_record_offers_the_version_before_at_one_click(
    unlocked: MainWindow, use_language: Any
) -> None:
    """The way out a deleted record's editor offers (its last version selected, Restore
    enabled) did nothing right to left: the row was not selected, Restore stayed greyed."""
    use_language("ar")
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "D-1", "title": "Jar"})
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["title"].set_raw("Jar, lidded")
    records.delete(obj.record_id)
    unlocked.workspace.refresh_lists()
    assert editor.deleted
    entry = editor.selected_history_entry()
    assert entry is not None and not entry.revision.deleted
    assert editor.restore_button.isEnabled()
    editor.close_for_lock()


def test_french_damage_editor_gives_event_a_key_that_can_be_typed(
    unlocked: MainWindow, use_language: Any
) -> None:
    """« &Événement » needed an É key (none on most keyboards, not seen as a key): no label
    takes an accented letter while a plain one is left, and each letter is used once."""
    use_language("fr")
    editor = unlocked.workspace.new_damage()
    assert editor is not None
    letters = {plain: mnemonic_of(label.text()) for label, plain in editor._label_texts}
    event = next(plain for plain in letters if plain.startswith("Événement\u00a0"))
    assert letters[event] is not None and letters[event].isascii(), letters
    keyed = [letter for letter in letters.values() if letter]
    assert len(keyed) == len(set(keyed))
    buttons = {mnemonic_of(b.text()) for b in editor.findChildren(QAbstractButton)} - {None}
    assert not set(keyed) & buttons
    editor.discard_changes()
    editor.close()


@pytest.mark.parametrize("lang", ["ar", "fr", "uk"])
def test_a_wrong_date_and_time_says_the_format_the_field_takes(
    unlocked: MainWindow, use_language: Any, lang: str
) -> None:
    """« …بالصيغة YYYY-MM-DDTHH:MM (مثل 2026-03-14T09:30) » under a field whose placeholder is
    in Arabic letters and takes « 2026-03-14 09:30 »: the message says the placeholder's
    pattern, and an example without ISO's T."""
    use_language(lang)
    editor = unlocked.workspace.new_damage()
    assert editor is not None
    observed = editor.inputs["observed_at"]
    observed.edit.setText("2026-13-45 10:30")
    shown = editor._error_labels["observed_at"].text()
    assert observed.edit.placeholderText() in shown, shown
    assert "YYYY" not in shown and "T09:30" not in shown, shown
    assert "2026-03-14 09:30" in shown
    editor.discard_changes()
    editor.close()
