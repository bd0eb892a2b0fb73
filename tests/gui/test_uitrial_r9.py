"""What a new user met in the r9 UI trial, on real widgets: an unknown code at departure named
in the user's language (#28); the unlock screen counting wrong passphrases and pointing at the
recovery key (#4); key changes ending with a confirmation, and a way out of the new-key page
(#5, #22); the restore dialog's recovery-key way in, its Tab order and its end note (#22-#24)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from fieldkit import i18n
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.restore_dialog import RestoreDialog
from fieldkit.gui.translation import install_language
from fieldkit.gui.vault_dialogs import KEY, KeyChangeDialog
from fieldkit.vault import Vault, backup

from .test_evacuation_checkin import evacuation

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ukrainian(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "uk")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def test_departing_with_an_unknown_code_names_it_in_the_users_language(
    ukrainian: None, window: MainWindow, vault: Vault
) -> None:
    evacuation(vault, n=1)
    window.open_session(vault)
    page = window.custody.evacuation
    window.workspace.show_section(window.custody.evacuation_row)
    page.items_edit.setText("C-999; C-001")
    page.to_location.setCurrentIndex(
        max(page.to_location.findText("TS-1", Qt.MatchFlag.MatchContains), 0)
    )
    assert page.create_movement(depart=True) is None
    said = page.depart_error.text()
    assert "C-999" in said and "C-001" not in said
    assert "No record" not in said and "items:" not in said  # the translation, not the source


def test_wrong_passphrases_are_counted_and_the_third_points_at_the_recovery_key(
    window: MainWindow,
    make_vault,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    vault, _key = make_vault()
    path = vault.path
    vault.close()
    window.show_unlock(path)
    screen = window.unlock_screen
    seen = []
    for attempt in range(3):
        qtbot.keyClicks(screen.passphrase, f"wrong {attempt}")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: screen._worker is None and bool(screen.error.text()), timeout=20_000
        )
        seen.append(screen.error.text())
    assert len(set(seen)) == 3  # each retry visibly differs from the one before
    assert "recovery key instead" not in seen[1]
    assert "2 failed attempt" in seen[1] and "3 failed attempt" in seen[2]
    # The button as shown: its text carries a mnemonic since r11 (UI trial 2 #2).
    shown = screen.switch_button.text().replace("&", "")
    assert shown in seen[2] and screen.switch_button.isVisible()


def _box(window: MainWindow, name: str) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    assert boxes, f"no {name} box"
    return boxes[-1]


def test_a_passphrase_change_ends_with_a_confirmation_about_old_backups(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = unlocked.workspace.settings_page.change_passphrase()
    assert isinstance(dialog, KeyChangeDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.passphrase.setText("a brand new passphrase for the field")
    dialog.again.setText("a brand new passphrase for the field")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.go_button, LEFT)
    text = _box(unlocked, "keyChangeDone").text()
    assert "passphrase is changed" in text and "OLD passphrase" in text


def test_the_new_key_page_has_a_cancel_that_keeps_the_old_key(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = unlocked.workspace.settings_page.new_recovery_key()
    assert isinstance(dialog, KeyChangeDialog)
    path = unlocked.vault_path
    assert path is not None
    header = (path / "vault.json").read_bytes()
    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    cancel = dialog.key_page.cancel_button
    assert cancel.isVisible() and cancel.isEnabled()
    with qtbot.waitSignal(dialog.rejected, timeout=30_000):
        qtbot.mouseClick(cancel, LEFT)
    assert (path / "vault.json").read_bytes() == header  # the old key still opens the vault


def test_a_new_recovery_key_ends_with_a_confirmation(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = unlocked.workspace.settings_page.new_recovery_key()
    assert isinstance(dialog, KeyChangeDialog)
    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    key = dialog.recovery_key
    for n, edit in zip(dialog.key_page.groups, dialog.key_page.typed, strict=True):
        qtbot.keyClicks(edit, key.split("-")[n])
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.key_page.continue_button, LEFT)
    text = _box(unlocked, "keyChangeDone").text()
    assert "new recovery key is active" in text and "OLD recovery key" in text


def test_restore_tabs_in_layout_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setFocus()
    order = [dialog.source]
    for _ in range(4):
        order.append(order[-1].nextInFocusChain())
        while not order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            order[-1] = order[-1].nextInFocusChain()
    # Field → field → passphrase, the "Choose…" buttons after them (r11 UI trial 2 #8: with
    # each right after its field, a passphrase typed one Tab early went into a folder field).
    assert order[1] is dialog.target and order[2] is dialog.passphrase
    assert order[3] is dialog.key_switch and isinstance(order[4], QPushButton)


def test_restore_with_the_recovery_key_after_a_passphrase_change(
    window: MainWindow,
    make_vault,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    vault, key = make_vault()
    backup(vault, tmp_path / "backup")
    vault.close()
    dialog = window.restore_vault()
    dialog.source.setText(str(tmp_path / "backup"))
    dialog.target.setText(str(tmp_path / "restored"))
    qtbot.keyClicks(dialog.passphrase, "the passphrase of today")
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: dialog._worker is None and dialog.error.isVisible(), timeout=30_000)
    said = dialog.error.text()
    assert "fieldkit passwd" not in said and dialog.key_switch.text() in said
    qtbot.mouseClick(dialog.key_switch, LEFT)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Normal
    qtbot.keyClicks(dialog.passphrase, key.lower().replace("-", " "))  # as typed from paper
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, LEFT)
    assert window.session is not None
    note = _box(window, "restoreDone").text()
    assert "same identity key" in note and "INSTEAD" in note
