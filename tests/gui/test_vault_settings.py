"""Vault settings through the widgets: passphrase, recovery key, rekey, backup, delay, shred."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt

from fieldkit.errors import VaultShreddedError, WrongPassphraseError
from fieldkit.gui import settings
from fieldkit.gui.main_window import UNLOCK, WELCOME, MainWindow
from fieldkit.gui.vault_dialogs import KEY, BackupDialog, KeyChangeDialog
from fieldkit.gui.workspace import SETTINGS
from fieldkit.records import fields as F
from fieldkit.vault import Vault

LEFT = Qt.MouseButton.LeftButton
NEW = "a brand new passphrase for the field"


def _fill(dialog: KeyChangeDialog, current: str, new: str | None = None) -> None:
    dialog.current.setText(current)
    if new is not None:
        dialog.passphrase.setText(new)
        dialog.again.setText(new)


def _run(qtbot, dialog: KeyChangeDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.go_button.isEnabled()
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)


def test_change_passphrase_asks_for_the_current_one(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    unlocked.workspace.show_section(SETTINGS)
    page = unlocked.workspace.settings_page
    dialog = page.change_passphrase()
    assert isinstance(dialog, KeyChangeDialog)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    _fill(dialog, "not the passphrase", NEW)
    _run(qtbot, dialog)
    assert "not the vault's current passphrase" in dialog.error.text()
    assert dialog.isVisible()
    _fill(dialog, PASSPHRASE, NEW)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: finished == [1], timeout=30_000)  # accepted, and closed
    path = unlocked.vault_path
    unlocked.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, PASSPHRASE)  # type: ignore[arg-type]
    Vault.open(path, NEW).close()  # type: ignore[arg-type]


def test_new_recovery_key_must_be_confirmed_and_then_opens_the_vault(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = unlocked.workspace.settings_page.new_recovery_key()
    assert isinstance(dialog, KeyChangeDialog)
    path = unlocked.vault_path
    assert path is not None
    header_before = (path / "vault.json").read_bytes()
    _fill(dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    key = dialog.recovery_key
    assert key.split("-")[0] in dialog.key_page.key_view.label.text()
    # Shown before the vault commits to it: until confirmed, the old key still works.
    assert (path / "vault.json").read_bytes() == header_before
    dialog.reject()  # Escape cannot skip a key that is shown only once
    assert dialog.isVisible() and not dialog.key_page.continue_button.isEnabled()
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    for n, edit in zip(dialog.key_page.groups, dialog.key_page.typed, strict=True):
        qtbot.keyClicks(edit, key.split("-")[n])  # typed back from paper
    qtbot.mouseClick(dialog.key_page.continue_button, LEFT)
    qtbot.waitUntil(lambda: finished == [1], timeout=30_000)
    assert (path / "vault.json").read_bytes() != header_before
    unlocked.lock()
    Vault.open(path, recovery_key=key).close()  # type: ignore[arg-type]


def test_rekey_keeps_the_records_and_replaces_both_credentials(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    session = unlocked.session
    record = session.records.create(F.OBJECT, {"inventory_number": "RK-1"})  # type: ignore[union-attr]
    dialog = unlocked.workspace.settings_page.rekey()
    assert isinstance(dialog, KeyChangeDialog)
    _fill(dialog, PASSPHRASE, NEW)
    path = unlocked.vault_path
    assert path is not None
    header_before = (path / "vault.json").read_bytes()
    qtbot.mouseClick(dialog.go_button, LEFT)
    assert unlocked.workspace.keys_busy
    unlocked.lock()  # waits: the vault must not close half-way through a rekey
    assert not unlocked.locked
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    # The new key is shown before the new keys are committed, and the work waits for it.
    assert (path / "vault.json").read_bytes() == header_before and not unlocked.locked
    key = dialog.recovery_key
    for n, edit in zip(dialog.key_page.groups, dialog.key_page.typed, strict=True):
        qtbot.keyClicks(edit, key.split("-")[n])  # typed back from paper
    qtbot.mouseClick(dialog.key_page.continue_button, LEFT)
    qtbot.waitUntil(lambda: unlocked.locked, timeout=30_000)  # the pending lock, now
    assert unlocked.stack.currentIndex() == UNLOCK
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, PASSPHRASE)  # type: ignore[arg-type]
    with Vault.open(path, NEW) as vault:  # type: ignore[arg-type]
        from fieldkit.records.service import Records

        assert Records(vault).get(record.record_id).fields["inventory_number"] == "RK-1"
    Vault.open(path, recovery_key=key).close()  # type: ignore[arg-type]


def test_backup_and_auto_lock_delay(unlocked: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = unlocked.workspace.settings_page
    dialog = page.backup()
    assert isinstance(dialog, BackupDialog)
    dialog.folder.setText(str(tmp_path / "backup"))
    qtbot.mouseClick(dialog.backup_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    assert (tmp_path / "backup" / "backup.json").is_file()
    assert "backup" in dialog.done_text.text()
    dialog.accept()

    unlocked.workspace.show_section(SETTINGS)
    page.idle.setValue(3)
    assert settings.idle_minutes() == 3
    assert unlocked.idle.timer.interval() == 3 * 60_000


def test_shred_from_the_settings_closes_the_vault_for_good(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = unlocked.vault_path
    dialog = unlocked.workspace.settings_page.shred()
    assert dialog is not None
    qtbot.keyClicks(dialog.confirm, "SHRED")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.shred_button, LEFT)  # type: ignore[attr-defined]
    assert unlocked.locked and unlocked.stack.currentIndex() == WELCOME
    with pytest.raises(VaultShreddedError):
        Vault.open(path, PASSPHRASE)  # type: ignore[arg-type]


def test_a_new_key_nobody_confirmed_changes_nothing(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app quitting while the key is shown (aboutToQuit abandons the handover) leaves the
    vault as it was: a key nobody saw never becomes the only way in."""
    dialog = unlocked.workspace.settings_page.rekey()
    assert isinstance(dialog, KeyChangeDialog)
    path = unlocked.vault_path
    assert path is not None
    header_before = (path / "vault.json").read_bytes()
    _fill(dialog, PASSPHRASE, NEW)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    dialog.handover.abandon()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    assert dialog.pages.currentIndex() != KEY and "nothing was changed" in dialog.error.text()
    assert (path / "vault.json").read_bytes() == header_before
    dialog.reject()
    unlocked.lock()
    Vault.open(path, PASSPHRASE).close()  # the old passphrase still opens it


def test_a_retry_after_a_failed_commit_asks_for_the_new_key_again(  # type: ignore[no-untyped-def]
    unlocked: MainWindow, qtbot, monkeypatch
) -> None:
    """A confirmation is for one key: when the commit fails (full disk), the next attempt
    shows its own key and waits again instead of committing unseen."""
    from fieldkit.vault import header as header_mod

    dialog = unlocked.workspace.settings_page.new_recovery_key()
    assert isinstance(dialog, KeyChangeDialog)
    path = unlocked.vault_path
    assert path is not None
    header_before = (path / "vault.json").read_bytes()
    real_save = header_mod.VaultHeader.save
    failures = []

    def full_disk_once(self, folder):  # type: ignore[no-untyped-def]
        if not failures:
            failures.append(1)
            raise OSError(28, "No space left on device")
        return real_save(self, folder)

    monkeypatch.setattr(header_mod.VaultHeader, "save", full_disk_once)
    for attempt in range(2):
        _fill(dialog, PASSPHRASE)
        qtbot.mouseClick(dialog.go_button, LEFT)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
        qtbot.wait(200)
        assert dialog.handover.waiting  # the work waits for this key's own confirmation
        assert (path / "vault.json").read_bytes() == header_before
        dialog.handover.confirm()  # as the key page's Continue does once groups are typed back
        if attempt == 0:
            qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
            assert dialog.pages.currentIndex() != KEY  # the failure took the key back
    qtbot.waitUntil(lambda: (path / "vault.json").read_bytes() != header_before, timeout=30_000)


def test_a_new_recovery_key_left_on_screen_is_hidden_when_the_app_would_lock(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """r11 UI trial 2 #1: the idle timer stopped while a key change waited for its key to be
    confirmed, and the new key stayed on screen for as long as the page was open."""
    dialog = unlocked.workspace.settings_page.new_recovery_key()
    assert isinstance(dialog, KeyChangeDialog)
    _fill(dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.go_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == KEY, timeout=30_000)
    assert unlocked.idle.timer.isActive()  # the time without use still counts
    unlocked.idle.idle.emit()  # what the idle timer does when it runs out
    page = dialog.key_page
    assert not page.key_view.label.isVisible() and page.show_again.isVisible()
    assert unlocked.session is not None  # not locked half-way through the change
    qtbot.mouseClick(page.show_again, LEFT)
    assert page.key_view.label.isVisible()
    key = dialog.recovery_key
    for n, edit in zip(page.groups, page.typed, strict=True):
        qtbot.keyClicks(edit, key.split("-")[n])
    qtbot.mouseClick(page.continue_button, LEFT)
    qtbot.waitUntil(lambda: unlocked.session is None, timeout=30_000)  # then it locks
