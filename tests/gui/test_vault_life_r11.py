"""The vault's life in the app (r11 UI trial 2, #1 #2 #3 #8 #9 #10): Tab in the restore and
create dialogs goes field → field → passphrase; a wrong recovery key is said in the app's
language; the unlock screen's link-like buttons show their focus and the recovery key switch
has a mnemonic; a rekey ends with a message and Esc on the new key's page cancels; the shred
word is the user's language's, case-insensitive, hinted, and Enter shreds once it is typed;
vault paths keep their order in right-to-left text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from fieldkit import i18n
from fieldkit.errors import VaultShreddedError, WrongRecoveryKeyError
from fieldkit.gui import settings
from fieldkit.gui.create_vault import CreateVaultDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.restore_dialog import RestoreDialog
from fieldkit.gui.shred_dialog import ShredDialog
from fieldkit.gui.vault_dialogs import KEY, KeyChangeDialog
from fieldkit.gui.workspace import SETTINGS
from fieldkit.vault import Vault, backup

LEFT = Qt.MouseButton.LeftButton
NEW = "a brand new passphrase for the field"
ISOLATE = "\u2066"


def _next_tab_stop(widget: QWidget, window: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next widget in the focus chain that takes Tab."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        takes_tab = bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and candidate.isEnabled() and candidate.isVisibleTo(window):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def _tab_path(start: QWidget, steps: int, window: QWidget) -> list[QWidget]:
    path = [start]
    for _ in range(steps):
        path.append(_next_tab_stop(path[-1], window))
    return path


def _locked(window: MainWindow, make_vault) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    vault, key = make_vault()
    path = vault.path
    vault.close()
    window.show_unlock(path)
    return path, key


# --- #8: Tab order -------------------------------------------------------------------------------


def test_restore_tab_goes_folder_folder_passphrase_and_empty_enter_says_why(
    window: MainWindow, vault: Vault, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    backup(vault, tmp_path / "bk")
    dialog = window.restore_vault()
    qtbot.waitExposed(dialog)
    # A passphrase typed after folder, Tab, folder, Tab went into the second folder field in
    # clear (the first Tab landed on "Choose…", whose Space opened a chooser).
    assert _tab_path(dialog.source, 2, dialog) == [dialog.source, dialog.target, dialog.passphrase]
    after = _tab_path(dialog.passphrase, 3, dialog)[1:]
    assert dialog.key_switch in after and all(isinstance(w, QWidget) for w in after)
    # The "Choose…" buttons stay reachable, after the fields.
    choosers = [
        b for b in dialog.findChildren(QWidget) if b.accessibleName().startswith("Choose a folder")
    ]
    reached = _tab_path(dialog.source, 8, dialog)
    assert len(choosers) == 2 and all(b in reached for b in choosers)
    # Enter on the empty form said nothing: it now names the field to fill, which gets focus.
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert dialog.error.isVisible() and "backup folder" in dialog.error.text()
    dialog.reject()


def test_create_vault_tab_goes_through_the_fields_before_choose(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [dialog.language, dialog.folder, dialog.name, dialog.organisation, dialog.role]
    fields += [dialog.passphrase, dialog.again]
    assert _tab_path(dialog.language, len(fields) - 1, dialog) == fields


# --- #1: a wrong recovery key, in the app's language -------------------------------------------


def test_a_wrong_recovery_key_is_said_in_the_apps_language(
    window_in: MainWindow, make_vault, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    other, other_key = make_vault(tmp_path / "other")
    other.close()
    window_in.show()
    path, _key = _locked(window_in, make_vault)
    sentence = i18n.translate("errors", "The recovery key is not the one for this vault.")
    if i18n.language() != "en":
        assert sentence != "The recovery key is not the one for this vault."
    screen = window_in.unlock_screen
    screen.toggle_mode()
    qtbot.keyClicks(screen.recovery, other_key.lower())  # the old key, as the trial typed it
    qtbot.keyClick(screen.recovery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=10_000)
    assert screen.error.text().startswith(sentence)
    # The restore dialog says the same in the same language.
    with pytest.raises(WrongRecoveryKeyError) as caught:
        Vault.open(path, recovery_key=other_key)
    dialog = RestoreDialog(window_in)
    dialog._failed(caught.value)
    assert dialog.error.text().startswith(sentence)
    dialog.deleteLater()


# --- #2: the unlock screen's focus and mnemonic ------------------------------------------------


def test_the_unlock_screens_link_buttons_show_their_focus(
    window: MainWindow, make_vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _locked(window, make_vault)
    window.activateWindow()
    qtbot.waitExposed(window)
    screen = window.unlock_screen
    for button in (screen.switch_button, screen.back_button, screen.shred_button):
        screen.passphrase.setFocus()
        qtbot.waitUntil(screen.passphrase.hasFocus)
        plain = button.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        assert button.grab().toImage() != plain, button.text()


def test_the_recovery_key_switch_has_its_own_mnemonic(
    window_in: MainWindow, make_vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _locked(window_in, make_vault)
    screen = window_in.unlock_screen
    menus = {
        action.text().split("&")[1][:1].casefold()
        for action in window_in.menuBar().actions()
        if "&" in action.text()
    }
    for _mode in range(2):  # "Use the recovery key instead", then "Use the passphrase instead"
        text = screen.switch_button.text()
        assert "&" in text, text
        letter = text.split("&")[1][:1].casefold()
        assert letter not in menus, text
        screen.toggle_mode()


# --- #3: rekey says it worked; Esc on the new key's page cancels --------------------------------


def _start_rekey(window: MainWindow, qtbot) -> KeyChangeDialog:  # type: ignore[no-untyped-def]
    dialog = window.workspace.settings_page.rekey()
    assert isinstance(dialog, KeyChangeDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.passphrase.setText(NEW)
    dialog.again.setText(NEW)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    return dialog


def test_esc_on_the_new_key_page_cancels_and_a_rekey_ends_with_a_message(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    unlocked.workspace.show_section(SETTINGS)
    path = unlocked.vault_path
    assert path is not None
    header_before = (path / "vault.json").read_bytes()
    dialog = _start_rekey(unlocked, qtbot)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    qtbot.keyClick(dialog.key_page.typed[0], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed == [0], timeout=30_000)  # as Cancel: nothing changed
    assert (path / "vault.json").read_bytes() == header_before
    qtbot.waitUntil(lambda: not unlocked.workspace.keys_busy, timeout=10_000)

    dialog = _start_rekey(unlocked, qtbot)
    key = dialog.recovery_key
    for n, edit in zip(dialog.key_page.groups, dialog.key_page.typed, strict=True):
        qtbot.keyClicks(edit, key.split("-")[n])
    qtbot.keyClick(dialog.key_page.typed[-1], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=30_000)
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "new keys" in box.text() and "OLD passphrase" in box.text()
    box.close()


# --- #9: the shred word ------------------------------------------------------------------------


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Typed key by key where QTest can (ASCII); other scripts as an input method commits them."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


WORDS = {"en": "SHRED", "fr": "DÉTRUIRE", "ar": "إتلاف", "uk": "ЗНИЩИТИ"}


def test_shred_asks_for_the_languages_word_and_enter_shreds_once_it_is_typed(
    window_in: MainWindow, make_vault, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path, _key = _locked(window_in, make_vault)
    dialog = ShredDialog(path, window_in)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.word == WORDS[i18n.language()]
    assert dialog.word in dialog.confirm.placeholderText()
    qtbot.keyClicks(dialog.confirm, "xyz")
    assert dialog.hint.isVisible() and dialog.word in dialog.hint.text()
    assert not dialog.shred_button.isEnabled() and not dialog.shred_button.isDefault()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Cancel, the default: nothing shredded
    assert not dialog.shredded and not dialog.isVisible()
    Vault.open(path, PASSPHRASE).close()

    for typed in {dialog.word.lower(), "shred"}:  # any case; the English word works too
        dialog = ShredDialog(path, window_in)
        qtbot.addWidget(dialog)
        dialog.show()
        _type(qtbot, dialog.confirm, typed)
        assert dialog.shred_button.isEnabled() and dialog.shred_button.isDefault(), typed
        assert not dialog.hint.isVisible()
        dialog.reject()
    dialog = ShredDialog(path, window_in)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.confirm, dialog.word.lower())
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.shredded
    with pytest.raises(VaultShreddedError):
        Vault.open(path, PASSPHRASE)


# --- #10: paths in right-to-left text ----------------------------------------------------------


def test_vault_paths_are_isolated_in_the_welcome_list_and_the_settings(
    unlocked: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = unlocked.vault_path
    assert path is not None
    unlocked.workspace.show_section(SETTINGS)
    unlocked.workspace.settings_page.refresh()
    folder = unlocked.workspace.settings_page.folder.text()
    assert folder.startswith(ISOLATE) and str(path) in folder
    unlocked.lock()
    settings.remember_vault(path)
    unlocked.show_welcome()
    item = unlocked.welcome.recent.item(0)
    assert item is not None and item.text() == f"{ISOLATE}{path}\u2069"
    QApplication.processEvents()
