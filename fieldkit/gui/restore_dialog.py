"""Restore a vault from a backup folder into a new, empty folder (runs in a worker)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from fieldkit.errors import CancelledError
from fieldkit.gui import workers
from fieldkit.gui.errors import _box, show_error
from fieldkit.gui.vault_tasks import counts_sink
from fieldkit.gui.widgets import (
    busy_bar,
    button_box,
    choose_directory,
    intro_layout,
    path_row,
    push_button,
    titled,
)
from fieldkit.tasks import CancelCheck, ProgressSink
from fieldkit.vault import Vault, backup_checks, restore
from fieldkit.vault.media import MISSING_PHOTO_HINT


def _restore(
    src: Path,
    target: Path,
    passphrase: str,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[Vault, list[str]]:
    """Restore, then list the photos the backup lists as lost, on the worker's thread (a stat
    per photo)."""
    vault = restore(src, target, passphrase, progress=progress, cancel=cancel)
    return vault, backup_checks.missing_photos(vault)


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, default_target: Path | None = None) -> None:
        super().__init__(parent)
        titled(self, "restoreDialog", self.tr("Restore from a backup — FieldKit"))
        self.vault: Vault | None = None
        self._worker: workers.Worker | None = None
        self.source = QLineEdit(self)
        self.source.setObjectName("backupFolder")
        self.source.setAccessibleName(self.tr("Backup folder"))
        self.target = QLineEdit(str(default_target or ""), self)
        self.target.setObjectName("restoreTarget")
        self.target.setAccessibleName(self.tr("New vault folder"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("restorePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.busy = busy_bar(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        cancel = push_button(self.tr("Cancel"), self, "restoreCancel", self._cancel)
        form = QFormLayout()
        # A row whose field is a layout gets no buddy: its label is made here, so that its
        # shortcut works and "&" is not shown as such (seen on the dialog).
        form.addRow(
            self._label(self.tr("&Backup folder:"), self.source), self._with_chooser(self.source)
        )
        form.addRow(
            self._label(self.tr("Restore &into:"), self.target), self._with_chooser(self.target)
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        intro_layout(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Choose the folder a backup was written to and an empty folder for the "
                "restored vault. Use the passphrase the vault had when it was backed up."
            ),
            form,
            None,
            self.busy,
            button_box(self, accept=self.restore_button, reject=cancel),
        )
        self.resize(600, 320)

    def _label(self, text: str, buddy: QLineEdit) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _with_chooser(self, edit: QLineEdit) -> QHBoxLayout:
        return path_row(
            edit,
            self.tr("Choose…"),
            self.tr("Choose a folder for: {what}").format(what=edit.accessibleName()),
            lambda: choose_directory(self, edit, edit.accessibleName()),
        )

    def _restore(self) -> None:
        if self._worker is not None:
            return
        src, target = self.source.text().strip(), self.target.text().strip()
        if not src or not target or not self.passphrase.text():
            return
        self.busy.setVisible(True)
        self.restore_button.setEnabled(False)
        worker = workers.Worker(
            _restore, Path(src).expanduser(), Path(target).expanduser(), self.passphrase.text()
        )
        # The core reports its "check" and "copy" phases and stops at its safe points when the
        # Cancel button sets the worker's flag (then it removes what it wrote).
        worker.kwargs = {"progress": counts_sink(worker.report), "cancel": worker.cancelled}
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        worker.signals.progress.connect(self._progress)
        self._worker = workers.start(worker)

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, max(total, 0))
        self.busy.setValue(done)

    def _cancel(self) -> None:
        """Cancel closes the dialog; during a restore it first stops the restore, which
        removes what it wrote (the dialog closes when the worker has stopped)."""
        if self._worker is None:
            self.reject()
            return
        self._worker.cancel()

    def _done(self, result: tuple[Vault, list[str]]) -> None:
        self._worker = None
        self.vault, missing = result
        self.passphrase.clear()
        if missing:  # on the main window: this dialog closes now
            box = _box(
                self.parentWidget(),
                QMessageBox.Icon.Warning,
                self.tr("Restored without some photos"),
                self.tr(
                    "The restored vault lacks %n photo(s): the vault had lost their files "
                    "before this backup was made, and the backup lists them as missing:",
                    "",
                    len(missing),
                )
                + "\n"
                + "\n".join(missing),
            )
            box.setInformativeText(QCoreApplication.translate("errors", MISSING_PHOTO_HINT))
            box.setObjectName("restoreMissingPhotos")
            box.open()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.busy.setRange(0, 0)
        self.restore_button.setEnabled(True)
        self.passphrase.clear()
        if isinstance(exc, CancelledError):
            self.reject()
            return
        show_error(self, exc)
