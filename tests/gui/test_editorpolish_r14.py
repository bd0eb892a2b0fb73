"""r14 editor polish, with real widgets (r13 final "Left", r13 retest #2, #6, #12).

1. The both-values panel said « Modifié entre-temps par vous (…) » and offered « Prendre leur
   valeur » when the newer revision was the user's own (the CLI, another window): it now reads
   as the user's own earlier value. A colleague's revision keeps "Use theirs".
2. A deleted record's read-only editor showed the placeholders of its empty fields (« numéros
   d'inventaire de ce coffre… ») in black, like stored values: none while read-only.
3. After an undo in the Duplicates page's Decisions tab, the pairs tab title and the sidebar
   badge kept the old count until one went back to the pairs.
4. The app's import result names an object deleted on another laptop while packed here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from conftest import FAST_KDF
from peers import Peer
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QTextEdit

from fieldkit.duplicates import decisions
from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.sidebar import BADGE_ROLE
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.custody import Custody

from .test_duplicates_page import _key, _open_page, planted  # noqa: F401 - a fixture
from .test_page_mnemonics_r12 import alt_letters, alt_texts

MINE = "old, crack at rim"
EARLIER = "old; lid glued 2026-12-05 (from the command line)"
WAIT_MS = 30_000


def _own_draft_over_own_edit(unlocked: MainWindow, number: str) -> ObjectEditor:
    """The user's draft of the description; meanwhile the user's own `fieldkit object edit`
    of it (same vault, same key); the draft reopened, as the next unlock does."""
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
    records.edit(obj.record_id, {"description": EARLIER})  # signed by the user's own key
    (draft,) = [d for d in drafts.all_drafts(session.vault) if d.record_id == obj.record_id]
    return ObjectEditor(session, obj.record_id, initial=draft.values, draft_key=draft.key)


def _panel(editor: RecordEditor, name: str) -> tuple[str, str, str]:
    label = editor.findChild(QLabel, f"theirs_{name}")
    use = editor.findChild(QPushButton, f"useTheirs_{name}")
    keep = editor.findChild(QPushButton, f"keepMine_{name}")
    assert label is not None and use is not None and keep is not None
    return label.text(), use.text().replace("&", ""), keep.text().replace("&", "")


def test_ones_own_newer_value_is_not_called_theirs(unlocked: MainWindow) -> None:
    editor = _own_draft_over_own_edit(unlocked, "R-1")
    label, use, keep = _panel(editor, "description")
    assert label.startswith("Changed meanwhile by you") and EARLIER in label
    assert "(you (" not in label  # not « by you (Demo vault) (time) »
    assert (use, keep) == ("Use that value", "Keep what I typed")
    assert "changed meanwhile by you" in editor.status.text()
    assert "you both" not in editor.status.text()  # one person, two values
    editor.choose("description", theirs=True)  # the choice itself is as before
    assert editor.inputs["description"].raw() == EARLIER
    editor.close_for_lock()


def test_in_french_and_arabic_with_alt_keys_used_once(
    unlocked: MainWindow, use_language: Any, qtbot: Any
) -> None:
    use_language("fr")
    editor = _own_draft_over_own_edit(unlocked, "R-2")
    editor.show()
    qtbot.waitExposed(editor)
    label, use, keep = _panel(editor, "description")
    assert label.startswith("Modifié entre-temps par vous") and "leur valeur" not in use
    assert (use, keep) == ("Prendre cette valeur", "Garder ma saisie")
    found = alt_letters(alt_texts(editor, shown_only=True))
    counts = Counter(letter for letter, _ in found)
    assert sorted(text for letter, text in found if counts[letter] > 1) == []
    editor.close_for_lock()
    use_language("ar")
    editor = _own_draft_over_own_edit(unlocked, "R-3")
    label, use, keep = _panel(editor, "description")
    assert "قيمتهم" not in use  # « their value »
    assert (use, keep) == ("استخدام تلك القيمة", "إبقاء ما كتبته")
    editor.close_for_lock()


def test_a_colleagues_newer_value_is_still_theirs(tmp_path: Path, qtbot: Any) -> None:
    coord = Peer(tmp_path, "coord", role="coordinator")
    bohdan = Peer(tmp_path, "bohdan")
    coord.trust(bohdan)
    bohdan.trust(coord)
    obj = coord.records.create(
        F.OBJECT, {"inventory_number": "B-1", "title": "Jar", "description": "old"}
    )
    bohdan.receive(coord.send(bohdan))
    bohdan.records.edit(obj.record_id, {"description": "by Bohdan"})
    bundle = bohdan.send(coord)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(coord.vault)
    editor = window.workspace.open_object(obj.record_id)
    assert editor is not None
    editor.inputs["description"].set_raw(MINE)
    assert not coord.receive(bundle).refused
    window.workspace.refresh_lists()  # what the app does after an import
    label, use, keep = _panel(editor, "description")
    assert label.startswith("Changed meanwhile by bohdan")
    assert (use, keep) == ("Use theirs", "Keep mine")
    editor.close_for_lock()
    window.lock()
    bohdan.vault.close()


def _texts_edits(editor: RecordEditor) -> list[QLineEdit | QTextEdit]:
    return [*editor.form_host.findChildren(QLineEdit), *editor.form_host.findChildren(QTextEdit)]


def test_a_deleted_records_editor_shows_no_placeholder_until_restored(
    unlocked: MainWindow,
) -> None:
    session = unlocked.session
    assert session is not None
    record_id = session.records.create(
        F.OBJECT, {"inventory_number": "R-9", "title": "Jar"}
    ).record_id
    session.records.delete(record_id)
    editor = unlocked.workspace.open_object(record_id)
    assert editor is not None and editor.deleted
    shown = {e.objectName() or repr(e): e.placeholderText() for e in _texts_edits(editor)}
    assert {k: v for k, v in shown.items() if v} == {}  # nothing that reads like a value
    # Restored, the form is for typing again: its hints are back.
    editor.select_history_entry(1)
    box = editor.confirm_restore()
    assert box is not None
    (restore,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ]
    restore.click()
    assert not editor.deleted
    assert "separate with ;" in editor.line_edit("cross_references").placeholderText()
    editor.close()


def test_an_undo_in_the_decisions_tab_counts_the_pairs_at_once(
    unlocked: MainWindow,
    planted: dict[str, str],  # noqa: F811 - the fixture imported above
    qtbot: Any,
) -> None:
    page = _open_page(unlocked, qtbot)
    assert len(page.pairs) == 2
    _key(unlocked, Qt.Key.Key_N)  # not the same: one pair left
    assert unlocked.duplicates.item.data(BADGE_ROLE) == 1
    page.tabs.setCurrentIndex(1)
    page.decisions.selectRow(0)
    QTest.mouseClick(page.undo_selected_button, Qt.MouseButton.LeftButton)
    # Still on the Decisions tab: the pairs tab title and the sidebar say 2 now.
    assert page.tabs.currentIndex() == 1
    assert "(2)" in page.tabs.tabText(0)
    assert unlocked.duplicates.item.data(BADGE_ROLE) == 2
    assert page.decisions.hasFocus()  # not the global search box


def test_an_older_decision_undone_is_counted_without_going_back(
    unlocked: MainWindow,
    planted: dict[str, str],  # noqa: F811 - the fixture imported above
    qtbot: Any,
) -> None:
    """A decision from an earlier session (not this page's to put back): the page looks
    again at once, in the background."""
    records = unlocked.session.records  # type: ignore[union-attr]
    decisions.Duplicates(records).decide(planted["lamp"], planted["lamp copy"], same=False)
    page = _open_page(unlocked, qtbot)
    assert len(page.pairs) == 1
    page.tabs.setCurrentIndex(1)
    page.decisions.selectRow(0)
    QTest.mouseClick(page.undo_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlocked.duplicates.item.data(BADGE_ROLE) == 2, timeout=WAIT_MS)
    assert page.tabs.currentIndex() == 1 and "(2)" in page.tabs.tabText(0)


def test_the_import_result_names_an_object_deleted_elsewhere_while_packed(
    tmp_path: Path, qtbot: Any
) -> None:
    amelie, bohdan = Peer(tmp_path, "amelie"), Peer(tmp_path, "bohdan")
    amelie.trust(bohdan)
    bohdan.trust(amelie)
    x = amelie.records.create(F.OBJECT, {"inventory_number": "X-1", "title": "Jar"}).record_id
    chain = Custody(amelie.records)
    chain.add_location({"code": "L-1", "name": "Room"})
    chain.add_container({"code": "C-1"})
    bohdan.receive(amelie.send(bohdan))
    bohdan.records.delete(x)
    chain.move([x], "C-1")
    bundle = bohdan.send(amelie)
    assert bundle is not None
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(amelie.vault)
    dialog = window.workspace.import_bundles([bundle])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=WAIT_MS)
    note = dialog.findChild(QLabel, "importDeletedWhilePacked")
    assert note is not None and note.isVisible()
    assert note.text() == (
        "X-1 in C-1: deleted on another laptop while packed here — restore or take out of "
        "the container."
    )
    dialog.reject()
    window.lock()
    bohdan.vault.close()
