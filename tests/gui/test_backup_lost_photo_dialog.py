"""The app's backup of a vault that has lost a photo file says so at the end, as the CLI does
(review 9, bug 11): the backup is written without it, and the person is told which photo is
missing and what to do, instead of a plain 'written' that hides it."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.vault_dialogs import BackupDialog
from fieldkit.vault import Vault


def test_the_backup_dialog_names_a_lost_photo(
    unlocked: MainWindow,
    vault: Vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    with vault.transaction() as db:
        vault.media.add(db, io.BytesIO(b"kept photo bytes"))
        lost = vault.media.add(db, io.BytesIO(b"lost photo bytes")).name
    (vault.path / "media" / lost).unlink()
    dialog = unlocked.workspace.settings_page.backup()
    assert isinstance(dialog, BackupDialog)
    dialog.folder.setText(str(tmp_path / "backup"))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30_000)
    text = dialog.done_text.text()
    assert "1 photo(s) could not be backed up" in text or "1 photo could not" in text, text
    assert f"media/{lost}" in text
    assert "Restore the vault from a backup that has this photo" in text
    dialog.accept()


def test_a_long_list_of_lost_photos_stays_inside_the_screen(qapp) -> None:  # type: ignore[no-untyped-def]
    """Review 9c: a vault that lost its whole media folder listed every photo in the restore's
    warning box, taller than the screen: the first eight are named, then how many more."""
    from fieldkit.gui.widgets import some_lines

    names = [f"media/{i:064x}" for i in range(500)]
    text = some_lines(names)
    assert text.count("\n") == 8
    assert text.endswith("… and 492 more")
