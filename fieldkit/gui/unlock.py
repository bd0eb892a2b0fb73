"""The unlock screen: passphrase (Enter unlocks), recovery key instead, and shred.

Enter works wherever the focus is: in a field it unlocks, on a button it presses the button.

Unlocking (Argon2id, about half a second) runs in a worker. A wrong passphrase is said inline,
in plain words; the field is cleared and keeps the focus, and no dialog appears.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError, WrongPassphraseError, WrongRecoveryKeyError
from fieldkit.gui import workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.shred_dialog import ShredDialog
from fieldkit.gui.widgets import busy_bar, error_label, heading, ltr, paragraph, set_error
from fieldkit.vault import Vault


def _open(path: Path, passphrase: str | None, recovery_key: str | None) -> Vault:
    if recovery_key is not None:
        try:
            return Vault.open(path, recovery_key=recovery_key)
        except ValueError as exc:  # a malformed key (length, checksum): say so plainly
            raise WrongRecoveryKeyError(str(exc)) from None
    return Vault.open(path, passphrase)


class UnlockScreen(QWidget):
    unlocked = Signal(object, bool)  # the open Vault, True when the recovery key was used
    back_requested = Signal()
    shredded = Signal(object)  # the Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.path: Path | None = None
        self._worker: workers.Worker | None = None
        self.title = heading(self.tr("Unlock the vault"), self)
        self.folder_label = paragraph("", self)
        self.folder_label.setObjectName("unlockFolder")
        self.modes = QStackedWidget(self)

        # Passphrase mode
        passphrase_page = QWidget(self)
        self.passphrase = QLineEdit(passphrase_page)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"), passphrase_page)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout(passphrase_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.modes.addWidget(passphrase_page)

        # Recovery key mode
        key_page = QWidget(self)
        self.recovery = QLineEdit(key_page)
        self.recovery.setObjectName("unlockRecoveryKey")
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery.returnPressed.connect(self.unlock)
        self.recovery_button = QPushButton(self.tr("Unlock with &key"), key_page)
        self.recovery_button.setObjectName("recoveryUnlockButton")
        self.recovery_button.clicked.connect(self.unlock)
        key_row = QHBoxLayout(key_page)
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.recovery, 1)
        key_row.addWidget(self.recovery_button)
        self.modes.addWidget(key_page)

        self.error = error_label(self)
        self.error.setObjectName("unlockError")
        self.busy = busy_bar(self)
        self.switch_button = QPushButton(self.tr("Use the recovery key instead"), self)
        self.switch_button.setObjectName("useRecoveryKey")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.toggle_mode)
        self.back_button = QPushButton(self.tr("Open another vault…"), self)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_requested)
        self.shred_button = QPushButton(self.tr("Shred this vault…"), self)
        self.shred_button.setObjectName("shredVault")
        self.shred_button.setFlat(True)
        self.shred_button.clicked.connect(self.ask_shred)

        box = QWidget(self)
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.folder_label)
        inner.addSpacing(12)
        inner.addWidget(self.modes)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addSpacing(12)
        links = QHBoxLayout()
        links.addWidget(self.switch_button)
        links.addStretch(1)
        links.addWidget(self.back_button)
        inner.addLayout(links)
        inner.addSpacing(24)
        shred_row = QHBoxLayout()
        shred_row.addStretch(1)
        shred_row.addWidget(self.shred_button)
        inner.addLayout(shred_row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        # Outside a dialog a push button ignores Enter: a keyboard user who tabbed to
        # "Unlock with key" or "Use the recovery key instead" pressed Enter and nothing happened.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)

    @property
    def using_recovery_key(self) -> bool:
        return self.modes.currentIndex() == 1

    def set_vault(self, path: Path) -> None:
        self.path = Path(path)
        folder = ltr(str(self.path))  # a path stays whole inside right-to-left text
        self.folder_label.setText(self.tr("Vault folder: {folder}").format(folder=folder))
        self.reset()

    def reset(self) -> None:
        self.passphrase.clear()
        self.recovery.clear()
        self.modes.setCurrentIndex(0)
        self.switch_button.setText(self.tr("Use the recovery key instead"))
        set_error(self.error, "")
        self.passphrase.setFocus()

    def toggle_mode(self) -> None:
        to_key = not self.using_recovery_key
        self.modes.setCurrentIndex(1 if to_key else 0)
        self.switch_button.setText(
            self.tr("Use the passphrase instead")
            if to_key
            else self.tr("Use the recovery key instead")
        )
        set_error(self.error, "")
        (self.recovery if to_key else self.passphrase).setFocus()

    def unlock(self) -> None:
        if self._worker is not None or self.path is None:
            return
        use_key = self.using_recovery_key
        secret = self.recovery.text() if use_key else self.passphrase.text()
        if not secret:
            set_error(
                self.error,
                self.tr("Type the recovery key.") if use_key else self.tr("Type the passphrase."),
            )
            return
        self._set_busy(True)
        self._worker = workers.run_in_background(
            _open,
            self.path,
            None if use_key else secret,
            secret if use_key else None,
            on_done=lambda vault: self._unlocked(vault, use_key),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.recovery, self.unlock_button, self.recovery_button):
            widget.setEnabled(not busy)
        set_error(self.error, "")

    def _unlocked(self, vault: Vault, use_key: bool) -> None:
        self._worker = None
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery.clear()
        self.unlocked.emit(vault, use_key)

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        field = self.recovery if self.using_recovery_key else self.passphrase
        if isinstance(exc, WrongPassphraseError):
            message = self.tr(
                "This passphrase does not open the vault. Check the keyboard layout and Caps "
                "Lock, then try again — or use the recovery key."
            )
        elif isinstance(exc, WrongRecoveryKeyError):
            message = (
                exc.message
                + " "
                + self.tr("Type it exactly as printed; dashes and spaces do not matter.")
            )
        elif isinstance(exc, FieldKitError):
            message = exc.message + (" " + exc.hint if exc.hint else "")
        else:
            show_error(self, exc)
            message = ""
        set_error(self.error, message)
        field.clear()
        field.setFocus()

    def ask_shred(self) -> None:
        if self.path is None:
            return
        dialog = ShredDialog(self.path, self)
        dialog.finished.connect(
            lambda _code: self.shredded.emit(self.path) if dialog.shredded else None
        )
        dialog.open()
