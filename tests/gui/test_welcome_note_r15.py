"""r15 review: the first-start note « no vault in X yet » outlives the vault made there."""

from __future__ import annotations

from pathlib import Path

from conftest import FAST_KDF, PASSPHRASE

from fieldkit.gui.main_window import WELCOME, MainWindow
from fieldkit.vault import Vault


def test_the_note_is_gone_once_the_vault_exists(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wanted = tmp_path / "v1"
    window = MainWindow(wanted, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.welcome.note.isVisible()
        vault, _ = Vault.create(wanted, PASSPHRASE, kdf=FAST_KDF, name="Test vault")
        window.open_session(vault)  # what « Create a new vault… » ends with (_created)
        window.lock()  # Lock: the unlock screen of v1
        window.unlock_screen.back_button.click()  # « Open another vault… »
        assert window.stack.currentIndex() == WELCOME
        note = window.welcome.note
        print("note:", note.isVisible(), note.text())
        assert not note.isVisible(), f"welcome still says: {note.text()}"
    finally:
        window.close()
