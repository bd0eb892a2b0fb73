"""The app's restore of a backup that lists a photo its vault had lost (review 9, bug 11): the
vault opens, and a notice on the main window names the photo and says what to do."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.gui.main_window import MainWindow
from fieldkit.vault import Vault, backup


def test_restoring_a_backup_without_a_lost_photo_names_it(
    window: MainWindow,
    vault: Vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    with vault.transaction() as db:
        vault.media.add(db, io.BytesIO(b"kept photo bytes"))
        lost = vault.media.add(db, io.BytesIO(b"lost photo bytes")).name
    (vault.path / "media" / lost).unlink()
    backup(vault, tmp_path / "backup")
    vault.close()

    dialog = window.restore_vault()
    dialog.source.setText(str(tmp_path / "backup"))
    dialog.target.setText(str(tmp_path / "restored"))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=60_000)
    box = window.findChild(QMessageBox, "restoreMissingPhotos")
    assert box is not None and box.isVisible()
    assert "The restored vault lacks 1 photo" in box.text()
    assert f"media/{lost}" in box.text()
    assert "Restore the vault from a backup that has this photo" in box.informativeText()
    box.close()
