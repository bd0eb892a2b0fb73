"""Vault settings dialogs: change the passphrase, show a new recovery key, rekey, back up.

Key changes ask for the current passphrase first. A new recovery key (on its own, or with a
rekey) is shown ONCE with the same confirmation as at first run, and BEFORE the vault commits
to it (see :mod:`key_handover`): the change happens only once the person has typed two of its
groups back from paper, and the dialog cannot be closed in between.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.errors import CancelledError, WrongPassphraseError
from fieldkit.gui import vault_tasks, workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.key_handover import KeyHandover
from fieldkit.gui.new_passphrase import NewPassphraseFields
from fieldkit.gui.recovery_key_view import RecoveryKeyConfirmPage
from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.widgets import (
    buddy_label,
    busy_bar,
    button_box,
    choose_directory,
    error_label,
    human_size,
    intro_layout,
    ltr,
    named,
    paragraph,
    path_row,
    push_button,
    set_error,
    some_lines,
    titled,
)
from fieldkit.tasks import Progress
from fieldkit.vault.media import MISSING_PHOTO_HINT

FORM, KEY = 0, 1


def _password(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = named(QLineEdit(parent), name, accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class KeyChangeDialog(QDialog):
    """Current passphrase (+ a new one, if ``new_passphrase``), then work, then maybe a key."""

    busy_changed = Signal(bool)  # the vault's keys are being changed: do not lock meanwhile

    new_passphrase = False
    shows_key = False

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, kdf: Argon2Params | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kdf = kdf
        self.worker: workers.Worker | None = None
        self.recovery_key = ""
        self.leaving = False  # Cancel on the key page: close once the core has given up
        self.confirmation: QMessageBox | None = None
        self.handover = KeyHandover(self)
        self.handover.ready.connect(self._show_key)
        self.finished.connect(lambda _result: self.handover.abandon())
        self.title_text, self.intro_text, self.button_text = self.texts()
        self.setWindowTitle(self.title_text + " — FieldKit")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.key_page = RecoveryKeyConfirmPage(
            self.tr("Your new recovery key"),
            self.tr(
                "When you continue, this new key replaces the old one, which then no longer "
                "opens this vault; it is the only way back in if the passphrase is forgotten. "
                "It is shown only now: write it on paper or print it, and keep it apart from "
                "this laptop."
            ),
            self,
        )
        self.key_page.continue_button.clicked.connect(self._key_confirmed)
        self.key_page.cancel_button.setVisible(True)
        self.key_page.cancel_button.clicked.connect(self._keep_old_key)
        self.pages.addWidget(self.key_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(620, 480)
        self._validate()

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        self.current = _password(page, "currentPassphrase", self.tr("Current passphrase"))
        self.fields = NewPassphraseFields(page)
        # The owner's name and organisation are refused here as at creation (r14 #11).
        self.fields.set_user_inputs(self.session.vault.owner_words())
        self.passphrase, self.again = self.fields.passphrase, self.fields.again
        self.meter = self.fields.meter
        self.error = error_label(page)
        self.error.setObjectName("keyChangeError")
        self.busy = busy_bar(page)
        self.progress = QProgressBar(page)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.go_button = push_button(
            self.button_text, page, "keyChangeButton", self.start, default=True
        )
        self.cancel_button = push_button(self.tr("Cancel"), page, slot=self.reject)
        self.current.textChanged.connect(self._validate)
        self.fields.changed.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        if self.new_passphrase:
            form.addRow(self.fields)
            self.fields.align_with(form)
        else:
            self.fields.setVisible(False)
        intro_layout(
            page,
            self.title_text,
            self.intro_text,
            form,
            self.error,
            None,
            self.busy,
            self.progress,
            button_box(page, accept=self.go_button, reject=self.cancel_button),
            size=1.3,
        )
        return page

    def _ready(self) -> bool:
        if not self.current.text() or self.worker is not None:
            return False
        return not self.new_passphrase or self.fields.acceptable()

    def _validate(self) -> None:
        self.go_button.setEnabled(self._ready())

    def texts(self) -> tuple[str, str, str]:
        """Title, explanation, and the text of the button that starts the work."""
        raise NotImplementedError

    def make_worker(self) -> workers.Worker:
        raise NotImplementedError

    def key_worker(
        self, change: Callable[..., object], *args: Any, **kwargs: Any
    ) -> workers.Worker:
        """A worker that checks the current passphrase again (off the GUI thread: it takes half
        a second), then runs the key change ``change(*args, **kwargs)``."""
        return workers.Worker(
            vault_tasks.after_check,
            self.session.vault,
            self.current.text(),
            change,
            *args,
            **kwargs,
        )

    def start(self) -> None:
        if not self._ready():
            return
        set_error(self.error, "")
        self.busy.setVisible(True)
        for widget in (self.current, self.passphrase, self.again, self.go_button):
            widget.setEnabled(False)
        self.worker = self.make_worker()
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.busy_changed.emit(True)
        workers.start(self.worker)

    def _finish_work(self) -> None:
        self.worker = None
        self.busy.setVisible(False)
        self.progress.setVisible(False)
        for widget in (self.current, self.passphrase, self.again):
            widget.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.busy_changed.emit(False)

    def _failed(self, exc: BaseException) -> None:
        self._finish_work()
        if self.leaving:  # the person chose to keep the old key: the core gave up, close
            self.recovery_key = ""
            super().reject()
            return
        self.pages.setCurrentIndex(FORM)  # a key shown but not committed is no key at all
        self.recovery_key = ""
        self.current.clear()
        self._validate()
        if isinstance(exc, WrongPassphraseError):
            set_error(self.error, self.tr("This is not the vault's current passphrase."))
            self.current.setFocus()
        elif isinstance(exc, CancelledError):
            set_error(self.error, self.tr("Cancelled: nothing was changed."))
        else:
            show_error(self, exc)

    def _show_key(self, key: str) -> None:
        """The core is waiting at its commit point: show the key; confirming lets it commit."""
        self.recovery_key = key
        self.key_page.set_key(
            key, vault_name=self.session.vault.path.name, owner=self.session.identity.name
        )
        self.pages.setCurrentIndex(KEY)
        self.key_page.start()

    def hide_secrets(self) -> None:
        """A time without use: hide the new key if it is on screen (see RecoveryKeyPage)."""
        if self.pages.currentIndex() == KEY:
            self.key_page.hide_key()

    def _keep_old_key(self) -> None:
        """Cancel on the key page: the core stops before its commit point, nothing changes."""
        if not self.handover.waiting:
            return
        self.leaving = True
        self.key_page.cancel_button.setEnabled(False)
        self.key_page.continue_button.setEnabled(False)
        self.handover.abandon()

    def _key_confirmed(self) -> None:
        if self.handover.waiting:
            self.key_page.cancel_button.setEnabled(False)
            self.key_page.continue_button.setEnabled(False)
            self.handover.confirm()  # _done accepts once the new key is committed
        elif self.worker is None:
            self.accept()

    def _done(self, result: object) -> None:
        self.current.clear()
        self.fields.clear()
        self._finish_work()
        self.accept()
        self.confirm()

    def done_text(self) -> str:
        """What is said once the change is made ("" for nothing)."""
        return ""

    def confirm(self) -> None:
        """Say plainly that the change is made: a dialog that just vanished left people unsure
        whether it had worked, and about the backups made before it."""
        text = self.done_text()
        parent = self.parentWidget()
        if not text or parent is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.title_text, text, parent=parent)
        box.setObjectName("keyChangeDone")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.confirmation = box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc on the new key's page did nothing while Cancel was offered: it does what Cancel
        # does there (keep the old key; nothing changes). Closing the window still cannot skip
        # the key (reject() below).
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == KEY:
            cancel = self.key_page.cancel_button
            if not cancel.isHidden() and cancel.isEnabled():
                cancel.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        # A new key must be confirmed: it is never shown again. Work in progress: cancel it.
        if self.pages.currentIndex() == KEY:
            return
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()


class ChangePassphraseDialog(KeyChangeDialog):
    new_passphrase = True

    def texts(self) -> tuple[str, str, str]:
        self.setObjectName("changePassphraseDialog")
        return (
            self.tr("Change the passphrase"),
            self.tr(
                "The data is not re-encrypted: this takes a second. The recovery key keeps working."
            ),
            self.tr("&Change passphrase"),
        )

    def done_text(self) -> str:
        return self.tr(
            "The passphrase is changed: use the new one from now on. Backups made before "
            "this change still open only with the OLD passphrase, or with the recovery key "
            "the vault had when they were made."
        )

    def make_worker(self) -> workers.Worker:
        return self.key_worker(
            self.session.vault.change_passphrase, self.passphrase.text(), self.kdf
        )


class NewRecoveryKeyDialog(KeyChangeDialog):
    shows_key = True

    def texts(self) -> tuple[str, str, str]:
        self.setObjectName("newRecoveryKeyDialog")
        return (
            self.tr("Show a new recovery key"),
            self.tr(
                "A new recovery key replaces the old one, which stops working at once. Do this "
                "if the paper with the old key was lost or seen by someone else."
            ),
            self.tr("&Make a new recovery key"),
        )

    def done_text(self) -> str:
        return self.tr(
            "The new recovery key is active: the old one no longer opens this vault. Backups "
            "made before still open only with the OLD recovery key, or with the passphrase "
            "the vault had when they were made."
        )

    def make_worker(self) -> workers.Worker:
        vault = self.session.vault
        return self.key_worker(vault.new_recovery_key, deliver_recovery_key=self.handover.deliver)


class RekeyDialog(KeyChangeDialog):
    new_passphrase = True
    shows_key = True

    def texts(self) -> tuple[str, str, str]:
        self.setObjectName("rekeyDialog")
        return (
            self.tr("Rekey the vault"),
            self.tr(
                "For when a key may be in the wrong hands: new keys are made and the whole "
                "database and every photo are encrypted again. Afterwards neither the old "
                "passphrase nor the old recovery key opens the vault. Backups made before keep "
                "their old keys. This can take minutes for many photos; you can cancel while "
                "the photos are being encrypted again."
            ),
            self.tr("&Rekey now"),
        )

    def done_text(self) -> str:
        # Said like the other key changes: the dialog used to just close, and the user did not
        # know that it had worked nor that older backups keep the old keys.
        return self.tr(
            "The vault has new keys: from now on it opens only with the new passphrase or the "
            "new recovery key. Backups made before still open only with the OLD passphrase or "
            "the OLD recovery key."
        )

    def make_worker(self) -> workers.Worker:
        worker = self.key_worker(
            self.session.vault.rekey,
            self.passphrase.text(),
            self.kdf,
            deliver_recovery_key=self.handover.deliver,
        )
        # The core cancels at its own safe points (before the commit, the old keys stay).
        worker.kwargs.update(progress=worker.report, cancel=worker.token)
        worker.signals.stepped.connect(self._progress)
        return worker

    def _progress(self, step: Progress) -> None:
        self.busy.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, max(step.total, 1))
        self.progress.setValue(step.done)


class BackupDialog(TaskDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "backupDialog", self.tr("Back up the vault — FieldKit"))
        self.session = session
        self.outcome: vault_tasks.BackupResult | None = None
        form_page = QWidget(self)
        self.folder = named(QLineEdit(form_page), "backupFolder", self.tr("Backup folder"))
        self.folder.textChanged.connect(self.validate)
        choose = self.tr("Choose the backup folder")
        folder_row = path_row(self.folder, self.tr("C&hoose…"), choose, self._choose)
        self.error = error_label(form_page)
        self.backup_button, buttons = self.start_buttons(
            form_page, self.tr("&Back up"), "backupButton", self.start
        )
        intro_layout(
            form_page,
            self.tr("Back up the vault"),
            self.tr(
                "The backup is a complete copy, still encrypted: it opens with the "
                "passphrase (or recovery key) the vault has now. Keep it on another drive, "
                "away from this laptop."
            ),
            buddy_label(self.tr("Back up &into (a new or empty folder):"), self.folder, form_page),
            folder_row,
            self.error,
            None,
            buttons,
            size=1.3,
        )
        self.done_text = named(paragraph("", self), "backupDone")
        done_page = self.summary_page(
            QWidget(self), self.tr("Backup written"), [self.done_text], "closeBackup"
        )
        self.progress_page = self.stages(form_page, self.tr("Backing up"), done_page)
        self.resize(580, 320)
        self.validate()

    def _choose(self) -> None:
        choose_directory(self, self.folder, self.tr("Choose the backup folder"))

    def _problem(self) -> str:
        text = self.folder.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            return self.tr("Choose a new or empty folder: this one has files in it.")
        return "" if path.exists() else self.missing_folder(path.parent)

    def validate(self) -> bool:
        ready = bool(self.folder.text().strip())
        return self.check_options(self.backup_button, self._problem(), ready)

    def start(self) -> None:
        dest = Path(self.folder.text().strip()).expanduser()
        self.run_task(
            self.progress_page,
            self.tr("Copying the vault to {folder}…").format(folder=ltr(str(dest))),
            vault_tasks.backup,
            self.session,
            dest,
            on_done=self._done,
            cancelled=self.tr("Cancelled: the incomplete backup was removed."),
        )

    def _done(self, result: vault_tasks.BackupResult) -> None:
        self.outcome = result
        text = self.tr("{files} files, {size}, written to {folder}.").format(
            files=result.files, size=human_size(result.bytes), folder=ltr(str(result.path))
        )
        if result.missing:  # the vault had lost these photos: the rest is backed up, they are named
            text += "\n\n" + self.tr(
                "%n photo(s) could not be backed up: the vault's media folder has lost their "
                "files. The backup lists them as missing:",
                "",
                len(result.missing),
            )
            text += "\n" + some_lines(list(result.missing))
            text += "\n\n" + QCoreApplication.translate("errors", MISSING_PHOTO_HINT)
        self.done_text.setText(text)
        self.show_summary(2)
