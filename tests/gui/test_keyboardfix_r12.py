"""r12 trials: file choosers that take typing at once, the duplicates page's keys, the import
result table, a card added from the handover wizard, the audit log's roles and records, and the
places' codes aligned as the containers' are."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from peers import Peer
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollBar, QWizard

from fieldkit.gui.bundles import import_dialog as I
from fieldkit.gui.bundles.verify_dialog import VerifyDialog
from fieldkit.gui.handover_wizard import HandoverWizard
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.audit_log import AuditLogPage
from fieldkit.gui.trust_dialogs import AddCardDialog
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .helpers import flip_byte

WAIT_MS = 30_000


# --- 1. the bundles dialogs' file choosers take typing (r12 trial #15) -------------------------


# Typing a path opens the chooser's completer, which grabs the keyboard: offscreen cannot.
@pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_verify_dialogs_file_chooser_takes_typing_at_once(
    unlocked: MainWindow, qtbot: Any, use_language: Callable[[str], object], lang: str
) -> None:
    use_language(lang)
    dialog = unlocked.verify_bundles()
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitExposed(dialog)
    seen: dict[str, str] = {}

    def keep_focus_on_the_dialog() -> None:
        # What the tester's window manager did: the chooser drawn in front, the keyboard left
        # with the dialog that opened it.
        dialog.activateWindow()

    def look() -> None:
        chooser = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        )
        focus = QApplication.focusWidget()
        seen["active"] = "chooser" if QApplication.activeWindow() is chooser else "other"
        seen["focus"] = focus.objectName() if focus is not None else ""
        if focus is not None:
            QTest.keyClicks(focus, "/tmp/x.fkb")
        name = chooser.findChild(object, "fileNameEdit")
        seen["typed"] = name.text() if name is not None else ""
        chooser.reject()

    # The chooser runs its own event loop inside click(): look once it is shown and has had
    # its focus handed (up to 10 s), not after a fixed 300 ms a loaded machine can outlast.
    deadline = time.monotonic() + 10

    def look_when_ready() -> None:
        chooser = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        ready = chooser is not None and QApplication.activeWindow() is chooser
        if ready or (chooser is not None and time.monotonic() > deadline):
            look()
        else:
            QTimer.singleShot(50, look_when_ready)

    QTimer.singleShot(0, keep_focus_on_the_dialog)
    QTimer.singleShot(300, look_when_ready)
    dialog.files.add_button.click()
    assert seen == {"active": "chooser", "focus": "fileNameEdit", "typed": "/tmp/x.fkb"}
    dialog.reject()


# --- 2. the duplicates page takes S/N/Space/U at once (r12 trial 2 #3) -------------------------


def test_opening_possible_duplicates_from_the_search_box_focuses_the_pair_list(
    unlocked: MainWindow, vault: Vault, qtbot: Any
) -> None:
    records = Records(vault)
    for number in ("MCP 1970.1", "mcp 1970.01"):
        records.create(F.OBJECT, {"inventory_number": number, "title": "Oil lamp"})
    unlocked.workspace.data_changed()
    search = unlocked.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClick(
        unlocked,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = unlocked.duplicates.page
    assert unlocked.workspace.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.worker is None and bool(page.pairs), timeout=WAIT_MS)
    assert QApplication.focusWidget() is page.list
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert search.text() == ""
    assert unlocked.workspace.pages.currentWidget() is page
    assert page.done and not page.pairs  # "not the same" was decided by the key


# --- 3. the import result table takes the dialog's height (r12 trial 2 #6) ---------------------


def test_the_import_result_table_shows_every_row_and_the_refusal_reason(
    window: MainWindow, tmp_path: Path, qtbot: Any, use_language: Callable[[str], object]
) -> None:
    use_language("uk")
    field, coord = Peer(tmp_path, "field"), Peer(tmp_path, "coord")
    field.trust(coord)
    coord.trust(field)
    good = []
    for n in range(3):
        field.records.create(F.OBJECT, {"inventory_number": f"F-{n}", "title": f"Ікона {n}"})
        bundle = field.send(coord)
        assert bundle is not None
        good.append(bundle)
    bad = tmp_path / "tampered.fkb"
    bad.write_bytes(good[0].read_bytes())
    flip_byte(bad, len(bad.read_bytes()) // 2)
    window.resize(1366, 720)
    window.open_session(coord.vault)
    dialog = window.workspace.import_bundles([*good, bad])
    assert isinstance(dialog, I.ImportDialog)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.VERDICTS, timeout=WAIT_MS)
    dialog.accept_untrusted.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == I.SUMMARY, timeout=WAIT_MS)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    table = dialog.table
    assert table.rowCount() == 4
    page = dialog.pages.currentWidget()
    # The table has the free height (not a few rows above an empty half of the dialog)...
    assert table.height() > page.height() // 2
    # ...every row is in sight, the refused one too, and nothing is off to the right.
    last = table.visualRect(table.model().index(3, 5))
    assert last.bottom() <= table.viewport().height()
    bar: QScrollBar = table.horizontalScrollBar()
    assert not bar.isVisible()
    reason = table.item(3, 5)
    assert reason is not None and reason.toolTip() == reason.text()
    needed = table.fontMetrics().boundingRect(
        0, 0, table.columnWidth(5) - 8, 10_000, Qt.TextFlag.TextWordWrap, reason.text()
    )
    assert table.rowHeight(3) >= needed.height()
    dialog.reject()


# --- 4. the handover wizard adds the receiver's card (r12 trial 2 #7) --------------------------


def test_the_handover_wizard_adds_a_card_and_selects_its_holder(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    field, store = Peer(tmp_path, "field"), Peer(tmp_path, "store")
    crate = C.Custody(field.records).add_container({"code": "C-9", "kind": "crate"}).record_id
    window.open_session(field.vault)
    wizard = window.custody.hand_over([crate])
    assert isinstance(wizard, HandoverWizard)
    wizard.next()
    page = wizard.receiver_page
    assert wizard.currentPage() is page and not page.isComplete()
    assert page.add_button.isVisibleTo(wizard)
    dialog = page.add_card(tmp_path / "store.fkid")  # what "Add a card…" opens once chosen
    assert isinstance(dialog, AddCardDialog)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert page.fingerprint() == store.identity.fingerprint
    assert page.isComplete() and not page.empty.isVisibleTo(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


# --- 5. the audit log: roles by their label, records opened (r12 trial #8) ---------------------


def _audit_row(page: AuditLogPage, action: str) -> QModelIndex:
    model = page.model
    for row in range(model.rowCount()):
        event = model.event_at(row)
        if event is not None and event.action == action:
            return model.index(row, 4)
    raise AssertionError(action)


def test_the_audit_log_names_roles_and_opens_the_record_of_an_event(
    window: MainWindow, make_vault: Any, qtbot: Any
) -> None:
    vault, _ = make_vault(role="field")
    records = Records(vault)
    jar = records.create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"}).record_id
    records.delete(jar)
    window.open_session(vault)
    page = window.workspace.audit_page
    page.refresh()
    created = _audit_row(page, "vault_created")
    text = str(page.model.data(created))
    assert value_label("field") in text and ": field" not in text
    deleted = _audit_row(page, "record_deleted")
    with qtbot.waitSignal(page.open_requested, timeout=2000) as opened:
        page.table.activated.emit(deleted)  # what a double-click or Enter on the row sends
    assert opened.args == [F.OBJECT, jar]
    assert page.open_event_record(created) is None  # names no record: nothing asked
    # And the workspace opens it: the deleted record's editor, whose Restore brings it back.
    editor = next(e for e in window.workspace.editors if e.record_id == jar)
    assert editor.deleted and editor.restore_button.isVisibleTo(editor)


# --- 6. codes aligned alike in the places' tree and the containers' table (r12 trial 2 #15) ---


def test_flat_places_draw_no_branch_margin_before_their_codes(
    window: MainWindow, vault: Vault
) -> None:
    chain = C.Custody(Records(vault))
    store = chain.add_location({"code": "KH-1", "name": "Museum store", "kind": "building"})
    chain.add_location({"code": "LV-1", "name": "Lviv store", "kind": "temporary_store"})
    window.open_session(vault)
    page = window.custody.locations
    window.workspace.show_section(window.custody.locations_row)
    page.refresh()
    assert not page.tree.rootIsDecorated()  # the code starts at the column's edge
    room = {"code": "KH-1.2", "name": "Room 2", "kind": "room", "parent": store.record_id}
    chain.add_location(room)
    page.refresh()
    assert page.tree.rootIsDecorated()  # nested: the branches are drawn again
