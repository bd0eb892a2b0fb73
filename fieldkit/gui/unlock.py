"""The unlock screen: passphrase (Enter unlocks), recovery key instead, and shred.

Enter works wherever the focus is: in a field it unlocks, on a button it presses the button.

Unlocking (Argon2id, about half a second) runs in a worker. A wrong passphrase is said inline,
in plain words; the field is cleared and keeps the focus, and no dialog appears.

The first unlock after an update may upgrade the vault's database (tens of seconds on a large
vault): the screen then says so with a percentage and a bar, instead of looking frozen. There
is no Cancel: each step of the upgrade is one transaction, so closing FieldKit or a power cut
loses nothing and the next unlock starts the step again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit import i18n
from fieldkit.errors import FieldKitError, WrongPassphraseError, WrongRecoveryKeyError
from fieldkit.gui import workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.numbers import number
from fieldkit.gui.shred_dialog import ShredDialog
from fieldkit.gui.widgets import (
    busy_bar,
    centred,
    error_label,
    heading,
    hrow,
    ltr,
    named,
    paragraph,
    push_button,
    set_error,
)
from fieldkit.tasks import Progress, ProgressSink
from fieldkit.vault import Vault

_SCALE = 1000
#: A visible focus frame on flat buttons (the welcome screen and dialogs use framed buttons).
FLAT_FOCUS_STYLE = (
    "QPushButton:flat { border: 2px solid transparent; border-radius: 4px; padding: 3px 8px; }"
    " QPushButton:flat:focus { border-color: palette(highlight); }"
    " QPushButton:flat:pressed { background: palette(mid); }"
)  # the upgrade's bar, in thousandths (QProgressBar holds ints)


def _open(
    path: Path,
    passphrase: str | None,
    recovery_key: str | None,
    progress: ProgressSink | None = None,
) -> Vault:
    if recovery_key is not None:
        try:
            return Vault.open(path, recovery_key=recovery_key, progress=progress)
        except ValueError as exc:  # a malformed key (length, checksum): say so plainly
            raise WrongRecoveryKeyError(str(exc)) from None
    return Vault.open(path, passphrase, progress=progress)


class UnlockScreen(QWidget):
    unlocked = Signal(object, bool)  # the open Vault, True when the recovery key was used
    back_requested = Signal()
    shredded = Signal(object)  # the Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.path: Path | None = None
        self.failures = 0  # wrong passphrases in a row, counted so that each retry visibly differs
        self._worker: workers.Worker | None = None
        self.title = heading(self.tr("Unlock the vault"), self)
        self.folder_label = paragraph("", self)
        self.folder_label.setObjectName("unlockFolder")
        self.modes = QStackedWidget(self)

        # Passphrase mode
        passphrase_page = QWidget(self)
        self.passphrase = named(
            QLineEdit(passphrase_page), "unlockPassphrase", self.tr("Passphrase")
        )
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = push_button(
            self.tr("&Unlock"), passphrase_page, "unlockButton", self.unlock, default=True
        )
        passphrase_page.setLayout(hrow(self.passphrase, 1, self.unlock_button, margins=False))
        self.modes.addWidget(passphrase_page)

        # Recovery key mode
        key_page = QWidget(self)
        self.recovery = named(QLineEdit(key_page), "unlockRecoveryKey", self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery.returnPressed.connect(self.unlock)
        self.recovery_button = push_button(
            self.tr("Unlock with &key"), key_page, "recoveryUnlockButton", self.unlock
        )
        key_page.setLayout(hrow(self.recovery, 1, self.recovery_button, margins=False))
        self.modes.addWidget(key_page)

        self.error = named(error_label(self), "unlockError")
        # Said only while a newer FieldKit upgrades the vault (the first unlock after an update).
        self.upgrade_label = paragraph("", self)
        self.upgrade_label.setObjectName("unlockUpgrade")
        self.upgrade_label.setVisible(False)
        self.upgrade_note = paragraph(
            self.tr(
                "This can take a minute on a large vault. Nothing is lost if it is "
                "interrupted: it starts again at the next unlock."
            ),
            self,
        )
        self.upgrade_note.setVisible(False)
        self.busy = busy_bar(self)
        self.switch_button = push_button(
            self.tr("Use the recovery &key instead"),
            self,
            "useRecoveryKey",
            self.toggle_mode,
            flat=True,
        )
        self.back_button = push_button(
            self.tr("Open another vault…"), self, slot=self.back_requested, flat=True
        )
        self.shred_button = push_button(
            self.tr("Shred this vault…"), self, "shredVault", self.ask_shred, flat=True
        )

        box = QWidget(self)
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.folder_label)
        inner.addSpacing(12)
        inner.addWidget(self.modes)
        inner.addWidget(self.error)
        inner.addWidget(self.upgrade_label)
        inner.addWidget(self.busy)
        inner.addWidget(self.upgrade_note)
        inner.addSpacing(12)
        inner.addLayout(hrow(self.switch_button, None, self.back_button))
        inner.addSpacing(24)
        inner.addLayout(hrow(None, self.shred_button))
        centred(box, self, below=2)
        # Outside a dialog a push button ignores Enter: a keyboard user who tabbed to
        # "Unlock with key" or "Use the recovery key instead" pressed Enter and nothing happened.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        # The style draws no focus frame on a flat (link-like) button: Tab onto "Use the
        # recovery key instead" showed nothing, yet Space pressed it. The frame is kept
        # (transparent) when not focused, so that the buttons do not move as focus passes.
        self.setStyleSheet(FLAT_FOCUS_STYLE)

    @property
    def using_recovery_key(self) -> bool:
        return self.modes.currentIndex() == 1

    def set_vault(self, path: Path) -> None:
        self.path = Path(path)
        folder = ltr(str(self.path))  # a path stays whole inside right-to-left text
        self.folder_label.setText(self.tr("Vault folder: {folder}").format(folder=ltr(folder)))
        self.reset()

    def reset(self) -> None:
        self.failures = 0
        self.passphrase.clear()
        self.recovery.clear()
        self.modes.setCurrentIndex(0)
        self.switch_button.setText(self.tr("Use the recovery &key instead"))
        set_error(self.error, "")
        self.passphrase.setFocus()

    def toggle_mode(self) -> None:
        to_key = not self.using_recovery_key
        self.modes.setCurrentIndex(1 if to_key else 0)
        self.switch_button.setText(
            self.tr("Use the &passphrase instead")
            if to_key
            else self.tr("Use the recovery &key instead")
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
        worker = workers.Worker(
            _open, self.path, None if use_key else secret, secret if use_key else None
        )
        worker.kwargs = {"progress": worker.report}
        worker.signals.stepped.connect(self._upgrading)
        worker.signals.finished.connect(lambda vault: self._unlocked(vault, use_key))
        worker.signals.failed.connect(self._failed)
        self._worker = workers.start(worker)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.recovery, self.unlock_button, self.recovery_button):
            widget.setEnabled(not busy)
        set_error(self.error, "")
        if not busy:  # back to the plain busy bar for the next unlock
            self.busy.setRange(0, 0)
            self.upgrade_label.setVisible(False)
            self.upgrade_note.setVisible(False)
            for button in (self.switch_button, self.back_button, self.shred_button):
                button.setEnabled(True)

    def _upgrading(self, progress: Progress) -> None:
        """The vault's schema is being upgraded (Vault.open reports nothing otherwise)."""
        if self._worker is None or self.sender() is not self._worker.signals:
            return  # a worker this screen no longer waits for
        fraction = progress.fraction or 0.0
        percent = progress.percent or 0
        self.upgrade_label.setText(
            self.tr(
                "Updating this vault for the new version of FieldKit (once only)… {percent} %"
            ).format(percent=number(percent))
        )
        self.upgrade_label.setVisible(True)
        self.upgrade_note.setVisible(True)
        if self.busy.maximum() != _SCALE:
            self.busy.setRange(0, _SCALE)
        self.busy.setValue(round(_SCALE * fraction))
        # Another vault or a shred now would only wait for the upgrade to end: it is not stopped.
        for button in (self.switch_button, self.back_button, self.shred_button):
            button.setEnabled(False)

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
            self.failures += 1
            message = self.tr(
                "This passphrase does not open the vault. Check the keyboard layout and Caps "
                "Lock, then try again — or use the recovery key."
            )
            # The same sentence again looked as if Enter had done nothing: count the tries,
            # and after three point at the way in that does not depend on memory.
            if self.failures > 1:
                message += " " + self.tr("(%n failed attempt(s))", "", self.failures)
            if self.failures >= 3:
                message += "\n" + self.tr(
                    "If the passphrase is lost, click “{button}” below and type the key from "
                    "its paper."
                ).format(button=self.switch_button.text().replace("&", ""))
        elif isinstance(exc, WrongRecoveryKeyError):
            # The core's sentence in this language: its English "message" was shown as is,
            # before the translated advice.
            message = (
                i18n.error_text(exc)[0]
                + " "
                + self.tr("Type it exactly as printed; dashes and spaces do not matter.")
            )
        elif isinstance(exc, FieldKitError):
            message = " ".join(part for part in i18n.error_text(exc) if part)
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
