"""The app's Cancel during a backup and a restore (issue 14): the core stops at a safe point
and leaves nothing behind — no backup folder, no partial sibling, no restored vault."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from test_photos import noisy_jpeg

from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.restore_dialog import RestoreDialog
from fieldkit.gui.vault_dialogs import BackupDialog
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault, backup

LEFT = Qt.MouseButton.LeftButton


def _with_photos(vault: Vault, count: int) -> None:
    records = Records(vault)
    for i in range(count):
        records.create(
            F.OBJECT, {"inventory_number": f"G-{i}"}, [PhotoInput(noisy_jpeg((320, 240), i))]
        )


def test_cancel_during_a_backup_leaves_no_folder(
    window: MainWindow,
    vault: Vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    _with_photos(vault, 12)
    window.open_session(vault)
    audit_before = vault.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    dialog = window.workspace.settings_page.backup()
    assert isinstance(dialog, BackupDialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder.setText(str(out / "backup"))
    qtbot.mouseClick(dialog.backup_button, LEFT)
    worker = dialog.progress_page.worker
    assert worker is not None
    seen: list[tuple[int, int]] = []

    def maybe_cancel(done: int, total: int) -> None:
        seen.append((done, total))
        if total and done >= 1 and dialog.progress_page.cancel_button.isEnabled():
            qtbot.mouseClick(dialog.progress_page.cancel_button, LEFT)

    worker.signals.progress.connect(maybe_cancel)
    # The worker stops at its next photo; make it wait for the click, as a person would.
    worker.signals.progress.connect(lambda *_: None, Qt.ConnectionType.BlockingQueuedConnection)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert any(total and done >= 1 for done, total in seen)
    assert list(out.iterdir()) == []  # neither the backup nor its partial sibling
    assert "Cancelled" in dialog.error.text()
    assert vault.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
    dialog.reject()


def test_cancel_during_a_restore_leaves_no_vault(
    vault: Vault,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    _with_photos(vault, 12)
    backup(vault, tmp_path / "backup")
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setText(str(tmp_path / "backup"))
    dialog.target.setText(str(tmp_path / "restored"))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    worker = dialog._worker
    assert worker is not None
    cancel = dialog.findChild(type(dialog.restore_button), "restoreCancel")
    seen: list[tuple[int, int]] = []

    def maybe_cancel(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 1 and dialog._worker is not None:
            qtbot.mouseClick(cancel, LEFT)

    worker.signals.progress.connect(maybe_cancel)
    worker.signals.progress.connect(lambda *_: None, Qt.ConnectionType.BlockingQueuedConnection)
    with qtbot.waitSignal(dialog.rejected, timeout=30_000):
        pass
    assert seen
    assert dialog.vault is None
    assert not (tmp_path / "restored").exists()


def test_every_label_of_the_restore_dialog_leads_to_its_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen on the dialog: the two folder rows showed "&Backup folder:" with its "&", and
    Alt+B did nothing (a row whose field is a layout gets no buddy)."""
    from PySide6.QtWidgets import QLabel

    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.source, dialog.target, dialog.passphrase} <= buddies
