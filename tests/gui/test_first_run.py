"""A first run end to end, through the real widgets."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from fieldkit.gui.create_vault import CreateVaultDialog
from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.main_window import UNLOCK, WELCOME, WORKSPACE, MainWindow
from fieldkit.gui.models.record_table import RECORD_ID_ROLE

from .helpers import make_jpeg


def _type(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_first_run_create_document_search_lock_unlock(
    window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert "FieldKit" in window.windowTitle()
    assert window.stack.currentIndex() == WELCOME

    # Create a vault, typing into the real fields.
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CreateVaultDialog)
    assert dialog is not None
    dialog.folder.clear()
    _type(qtbot, dialog.folder, str(tmp_path / "my vault"))
    _type(qtbot, dialog.name, "Amal Haddad")
    _type(qtbot, dialog.organisation, "Mosul Museum")
    _type(qtbot, dialog.passphrase, "short")
    assert not dialog.create_button.isEnabled()
    assert "short" in dialog.meter.label.text().lower()
    dialog.passphrase.clear()
    _type(qtbot, dialog.passphrase, PASSPHRASE)
    _type(qtbot, dialog.again, PASSPHRASE)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    # The recovery key page: Continue only once the box is ticked.
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    # Shown before the vault exists: it is created only once the key is confirmed.
    assert not (tmp_path / "my vault" / "vault.json").exists()
    key_label = dialog.findChild(object, "recoveryKey")
    assert key_label is not None
    assert dialog.recovery_key.split("-")[0] in key_label.text()
    continue_button = dialog.findChild(QPushButton, "continueButton")
    assert not continue_button.isEnabled()
    dialog.reject()  # Escape/close cannot skip the key
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.key_view.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.recovery_key
    for n, edit in zip(dialog.key_page.groups, dialog.key_page.typed, strict=True):
        _type(qtbot, edit, dialog.recovery_key.split("-")[n])  # typed back from paper
    assert continue_button.isEnabled()
    qtbot.mouseClick(continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE)
    assert "my vault" in window.vault_label.text()
    assert "Amal Haddad" in window.identity_label.text()

    # A new object with a photo.
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.workspace.editors[-1]
    assert isinstance(editor, ObjectEditor)
    _type(qtbot, editor.inputs["inventory_number"].edit, "MOS-2291")
    _type(qtbot, editor.inputs["title"].edit, "Assyrian lamassu fragment")
    assert editor.save_button.isEnabled()
    photo = make_jpeg(tmp_path / "lamassu.jpg")
    editor.add_photos([photo])  # what a drop or the file dialog does
    qtbot.waitUntil(lambda: not editor.importing and len(editor.staged) == 1, timeout=10_000)
    assert editor.record_id is None  # nothing is saved until the user saves
    assert editor.photo_strip.list.count() == 1
    assert editor.staged[0]["role"] == "overall"

    # A damage report from the object, prefilled.
    qtbot.mouseClick(editor.damage_button, Qt.MouseButton.LeftButton)
    damage = window.workspace.editors[-1]
    assert isinstance(damage, DamageEditor)
    # Shown by its inventory number (not its id), stored as the id once saved (below).
    assert damage.inputs["object_id"].raw() == "MOS-2291"
    assert "MOS-2291" in damage.object_hint.text()
    damage.inputs["severity"].set_raw("severe")
    damage.inputs["agents"].boxes["fire"].setChecked(True)
    _type(qtbot, damage.inputs["description"].edit, "Soot on the left wing")
    _activate(qtbot, damage)
    qtbot.keyClick(damage, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: damage.record_id is not None)
    assert window.workspace.damage.rowCount() == 1
    session = window.session
    assert session is not None
    assert session.records.get(damage.record_id).fields["object_id"] == editor.record_id

    # Search for it in the one search box.
    window.workspace.sidebar.setCurrentRow(0)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "lamassu")
    model = window.workspace.objects
    qtbot.waitUntil(lambda: model.search == "lamassu")
    assert model.rowCount() == 1
    window.search.clear()
    qtbot.keyClicks(window.search, "nothing-like-this")
    qtbot.waitUntil(lambda: model.search == "nothing-like-this")
    assert model.rowCount() == 0
    window.search.clear()
    qtbot.waitUntil(lambda: model.search == "")

    # Lock with Ctrl+L (from the editor: the shortcut works in every window), unlock, look again.
    _activate(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.stack.currentIndex() == UNLOCK
    assert model.rowCount() == 0
    assert window.workspace.editors == []
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE, timeout=10_000)
    assert model.rowCount() == 1
    index = model.index(0, 1)
    assert model.data(index) == "MOS-2291"
    assert model.data(index, RECORD_ID_ROLE) == editor_record_id_of(window)


def editor_record_id_of(window: MainWindow) -> str:
    return window.session.records.resolve("MOS-2291")  # type: ignore[union-attr]


def test_run_app_starts_on_the_unlock_screen_and_quits(make_vault, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from fieldkit.gui import app as app_module

    vault, _ = make_vault()
    vault.close()
    seen: list[MainWindow] = []

    def look_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w for w in windows if w.isVisible())
        QApplication.closeAllWindows()

    QTimer.singleShot(200, look_and_quit)
    hook_before = __import__("sys").excepthook
    assert app_module.run_app(vault.path) == 0
    assert __import__("sys").excepthook is hook_before
    assert seen and seen[0].stack.currentIndex() == UNLOCK
    assert "FieldKit" in seen[0].windowTitle()
    assert qapp.applicationName() == "FieldKit"
    for window in seen:
        window.deleteLater()


def test_ctrl_s_in_the_main_window_saves_open_editors(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.inputs["title"].set_raw("Saved from the main window")
    _activate(qtbot, unlocked)
    qtbot.keyClick(unlocked, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is not None and not editor.dirty
