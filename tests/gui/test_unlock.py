"""Unlocking: wrong passphrase inline, recovery key with a new passphrase, shred; bug apology."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit import logs
from fieldkit.errors import WrongPassphraseError
from fieldkit.gui import errors as gui_errors
from fieldkit.gui.app import make_excepthook
from fieldkit.gui.main_window import UNLOCK, WELCOME, WORKSPACE, MainWindow
from fieldkit.gui.new_passphrase import NewPassphraseDialog
from fieldkit.gui.shred_dialog import ShredDialog
from fieldkit.vault import Vault


def _message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _locked_window(window: MainWindow, make_vault) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    vault, rkey = make_vault()
    path = vault.path
    vault.close()
    window.show_unlock(path)
    assert window.stack.currentIndex() == UNLOCK
    return path, rkey


def test_wrong_passphrase_is_said_inline_without_a_dialog(
    window: MainWindow, make_vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _locked_window(window, make_vault)
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert "does not open the vault" in screen.error.text()
    assert "Traceback" not in screen.error.text()
    assert screen.passphrase.text() == ""
    assert screen.passphrase.hasFocus() or QApplication.focusWidget() is screen.passphrase
    assert _message_boxes() == []
    assert window.locked


def test_recovery_key_unlock_offers_a_new_passphrase(window: MainWindow, make_vault, qtbot) -> None:  # type: ignore[no-untyped-def]
    path, rkey = _locked_window(window, make_vault)
    screen = window.unlock_screen
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    assert screen.using_recovery_key
    qtbot.keyClicks(screen.recovery, "AAAA-BBBB")
    qtbot.keyClick(screen.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert "recovery key" in screen.error.text().lower()
    qtbot.keyClicks(screen.recovery, rkey.lower().replace("-", " "))
    qtbot.keyClick(screen.recovery, Qt.Key.Key_Return)
    dialog = None

    def dialog_shown() -> bool:
        nonlocal dialog
        dialog = window.findChild(NewPassphraseDialog)
        return dialog is not None and dialog.isVisible()

    qtbot.waitUntil(dialog_shown, timeout=10_000)
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, "a brand new long passphrase")
    qtbot.keyClicks(dialog.again, "a brand new long passphrase")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE, timeout=10_000)
    window.lock()
    try:
        Vault.open(path, PASSPHRASE)
        raise AssertionError("the old passphrase still works")
    except WrongPassphraseError:
        pass
    Vault.open(path, "a brand new long passphrase").close()


def test_shred_needs_the_typed_word_and_destroys_the_keys(
    window: MainWindow, make_vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path, rkey = _locked_window(window, make_vault)
    qtbot.mouseClick(window.unlock_screen.shred_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ShredDialog)
    assert dialog is not None
    assert "cannot be undone" in dialog.warning.text()
    assert not dialog.shred_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "shrex")  # not the word (any case is: r11 UI trial 2 #9)
    assert not dialog.shred_button.isEnabled()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "SHRED")
    assert dialog.shred_button.isEnabled()
    qtbot.mouseClick(dialog.shred_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WELCOME)
    for attempt in ({"passphrase": PASSPHRASE}, {"recovery_key": rkey}):
        try:
            Vault.open(path, **attempt)
            raise AssertionError("a shredded vault opened")
        except Exception as exc:
            assert "shredded" in str(exc).lower() or "wrong" in type(exc).__name__.lower()


def test_unexpected_exception_shows_one_apology_with_a_report_id(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    logs.setup()
    hook = make_excepthook(lambda: window)
    for _ in range(3):  # a repeating bug must not stack dialogs
        try:
            raise RuntimeError("secret record text must not be shown")
        except RuntimeError:
            hook(*sys.exc_info())  # type: ignore[arg-type]
    boxes = _message_boxes()
    assert len(boxes) == 1
    box = boxes[0]
    report_id = box.property("report_id")
    assert report_id and report_id in box.text()
    assert "Traceback" not in box.text() and "secret record text" not in box.text()
    assert "secret record text" not in logs.log_file().read_text()
    assert report_id in logs.log_file().read_text()
    box.close()
    qtbot.waitUntil(lambda: gui_errors.current_apology() is None)


def test_plain_error_shows_message_and_hint(window: MainWindow) -> None:
    box = gui_errors.show_error(window, WrongPassphraseError("The passphrase is wrong."))
    assert box is not None
    assert box.text() == "The passphrase is wrong."
    assert "Caps Lock" in box.informativeText()
    box.close()


def test_create_dialog_accepts_injected_kdf(window: MainWindow) -> None:
    dialog = window.create_vault()
    assert dialog.kdf == FAST_KDF
    dialog.close()


def test_restore_from_a_backup_opens_the_restored_vault(
    window: MainWindow,
    make_vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records
    from fieldkit.vault import backup

    vault, _ = make_vault()
    Records(vault).create(F.OBJECT, {"inventory_number": "R-1"})
    backup(vault, tmp_path / "backup")
    vault.close()
    dialog = window.restore_vault()
    dialog.source.setText(str(tmp_path / "backup"))
    dialog.target.setText(str(tmp_path / "restored"))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == WORKSPACE, timeout=10_000)
    assert window.vault_path == tmp_path / "restored"
    assert window.workspace.objects.rowCount() == 1
