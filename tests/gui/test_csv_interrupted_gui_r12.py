"""The app says at unlock, once, that a spreadsheet import was cut short (r12 trial #8)."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from test_csv_interrupted_r12 import _csv, _killed_import

from fieldkit.gui.main_window import MainWindow
from fieldkit.vault import Vault


def test_the_app_says_it_once_at_unlock(
    window: MainWindow, vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    _killed_import(vault_path, _csv(tmp_path / "inventaire.csv", 100))
    window.open_session(Vault.open(vault_path, PASSPHRASE))
    box = window.interrupted_box
    assert box is not None and "inventaire.csv" in box.text() and box.isVisible()
    box.close()
    window.lock()
    window.open_session(Vault.open(vault_path, PASSPHRASE))
    assert window.interrupted_box is None
