"""Restore a vault from a backup folder into a new, empty folder (runs in a worker)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
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

from fieldkit import i18n
from fieldkit.errors import CancelledError, WrongPassphraseError, WrongRecoveryKeyError
from fieldkit.gui import workers
from fieldkit.gui.errors import _box, show_error
from fieldkit.gui.unlock import FLAT_FOCUS_STYLE
from fieldkit.gui.vault_tasks import counts_sink
from fieldkit.gui.widgets import (
    busy_bar,
    button_box,
    choose_directory,
    error_label,
    intro_layout,
    path_row,
    push_button,
    set_error,
    some_lines,
    titled,
)
from fieldkit.tasks import CancelCheck, ProgressSink
from fieldkit.vault import Vault, backup_checks, restore
from fieldkit.vault.media import MISSING_PHOTO_HINT


def _restore(
    src: Path,
    target: Path,
    secret: str,
    use_key: bool,
    *,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[Vault, list[str]]:
    """The core's restore with the passphrase, or with the recovery key typed as on paper; then
    the photos the backup lists as lost, on the worker's thread (a stat per photo)."""
    if not use_key:
        vault = restore(src, target, secret, progress=progress, cancel=cancel)
    else:
        try:
            vault = restore(src, target, recovery_key=secret, progress=progress, cancel=cancel)
        except ValueError as exc:  # a malformed key (length, checksum): said like a wrong one
            raise WrongRecoveryKeyError(str(exc)) from None
    return vault, backup_checks.missing_photos(vault)


def _button(row: QHBoxLayout) -> QWidget:
    """The "Choose…" button of a :func:`path_row` (its last item)."""
    item = row.itemAt(row.count() - 1)
    return cast(QWidget, item.widget() if item is not None else None)


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
        self.use_key = False
        self.key_switch = push_button(
            self.tr("Use the recovery key instead"), self, "restoreUseKey", self._toggle_key
        )
        self.key_switch.setFlat(True)
        self.key_switch.setStyleSheet(FLAT_FOCUS_STYLE)  # a flat button shows no focus otherwise
        self.error = error_label(self)
        self.error.setObjectName("restoreError")
        self.busy = busy_bar(self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        cancel = push_button(self.tr("Cancel"), self, "restoreCancel", self._cancel)
        form = QFormLayout()
        # A row whose field is a layout gets no buddy: its label is made here, so that its
        # shortcut works and "&" is not shown as such (seen on the dialog).
        source_row = self._with_chooser(self.source)
        target_row = self._with_chooser(self.target)
        form.addRow(self._label(self.tr("&Backup folder:"), self.source), source_row)
        form.addRow(self._label(self.tr("Restore &into:"), self.target), target_row)
        self.secret_label = self._label(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.secret_label, self.passphrase)
        form.addRow("", self.key_switch)
        # Tab goes field → field → passphrase, the "Choose…" buttons after them: with each
        # button right after its field, a user typing folder, Tab, folder, Tab, passphrase put
        # the passphrase in clear into the second folder field (its Space pressed "Choose…").
        chain = [self.source, self.target, self.passphrase, self.key_switch]
        chain += [_button(source_row), _button(target_row)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        intro_layout(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Choose the folder a backup was written to and an empty folder for the "
                "restored vault. Use the passphrase the vault had when it was backed up."
            ),
            form,
            self.error,
            None,
            self.busy,
            button_box(self, accept=self.restore_button, reject=cancel),
        )
        self.resize(600, 320)

    def _label(self, text: str, buddy: QLineEdit) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _toggle_key(self) -> None:
        """The backup's passphrase, or its recovery key (when the passphrase it was made with is
        no longer known: a backup keeps the credentials of its day)."""
        self.use_key = not self.use_key
        self.passphrase.clear()
        if self.use_key:
            self.secret_label.setText(self.tr("Recovery &key:"))
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)
            self.passphrase.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.passphrase.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.passphrase.setAccessibleName(self.tr("The backup's recovery key"))
            self.key_switch.setText(self.tr("Use the passphrase instead"))
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
            self.passphrase.setPlaceholderText("")
            self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
            self.key_switch.setText(self.tr("Use the recovery key instead"))
        set_error(self.error, "")
        self.passphrase.setFocus()

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
        missing = self._missing(src, target)
        if missing is not None:  # Enter on an unfilled form did nothing and said nothing
            field, text = missing
            set_error(self.error, text)
            field.setFocus()
            return
        self.busy.setVisible(True)
        self.restore_button.setEnabled(False)
        set_error(self.error, "")
        worker = workers.Worker(
            _restore,
            Path(src).expanduser(),
            Path(target).expanduser(),
            self.passphrase.text(),
            self.use_key,
        )
        # The core reports its "check" and "copy" phases and stops at its safe points when the
        # Cancel button sets the worker's flag (then it removes what it wrote).
        worker.kwargs = {"progress": counts_sink(worker.report), "cancel": worker.cancelled}
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        worker.signals.progress.connect(self._progress)
        self._worker = workers.start(worker)

    def _missing(self, src: str, target: str) -> tuple[QLineEdit, str] | None:
        """The first field still empty, and what to put in it."""
        if not src:
            return self.source, self.tr("Type or choose the backup folder.")
        if not target:
            return self.target, self.tr("Type or choose an empty folder for the restored vault.")
        if not self.passphrase.text():
            if self.use_key:
                return self.passphrase, self.tr("Type the backup's recovery key.")
            return self.passphrase, self.tr("Type the backup's passphrase.")
        return None

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
                + some_lines(missing),
            )
            box.setInformativeText(QCoreApplication.translate("errors", MISSING_PHOTO_HINT))
            box.setObjectName("restoreMissingPhotos")
            box.open()
        self.accept()
        self._say_restored()

    def _say_restored(self) -> None:
        """The copy signs with the original's identity key: both in use would fork the
        vault's bundles. Said once, as the restored copy opens."""
        parent = self.parentWidget()
        if parent is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Vault restored"),
            self.tr(
                "The restored vault has the same identity key as the original. Use it INSTEAD "
                "of the lost or damaged vault, never both: two vaults with one key fork their "
                "bundles."
            ),
            parent=parent,
        )
        box.setObjectName("restoreDone")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.restored_note = box

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.busy.setVisible(False)
        self.busy.setRange(0, 0)
        self.restore_button.setEnabled(True)
        self.passphrase.clear()
        if isinstance(exc, CancelledError):
            self.reject()
            return
        if isinstance(exc, WrongPassphraseError):
            # Not the CLI's hint (a terminal command): the way in that this dialog offers.
            set_error(
                self.error,
                self.tr(
                    "This passphrase does not open the backup. A backup opens with the "
                    "passphrase the vault had when the backup was made. If you no longer know "
                    "it, click “{button}” and type the recovery key of that time."
                ).format(button=self.key_switch.text().replace("&", "")),
            )
            self.passphrase.setFocus()
            return
        if isinstance(exc, WrongRecoveryKeyError):
            set_error(
                self.error,
                # The core's sentence in this language (its English "message" was shown as is
                # before the translated advice).
                i18n.error_text(exc)[0]
                + " "
                + self.tr("Type it exactly as printed; dashes and spaces do not matter."),
            )
            self.passphrase.setFocus()
            return
        show_error(self, exc)
