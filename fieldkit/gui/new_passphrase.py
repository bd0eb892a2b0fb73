"""Set a new passphrase (after unlocking with the recovery key): typed twice, with the meter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui import workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.strength_meter import StrengthMeter
from fieldkit.gui.widgets import busy_bar, heading, paragraph
from fieldkit.vault import Vault


class NewPassphraseDialog(QDialog):
    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, kdf: Argon2Params | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("New passphrase — FieldKit"))
        self.vault = vault
        self.kdf = kdf
        self._worker: workers.Worker | None = None
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.again = QLineEdit(self)
        self.again.setObjectName("newPassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("New passphrase again"))
        self.meter = StrengthMeter(self)
        self.busy = busy_bar(self)
        self.set_button = QPushButton(self.tr("&Set passphrase"), self)
        self.set_button.setObjectName("setPassphraseButton")
        self.set_button.setDefault(True)
        self.set_button.setEnabled(False)
        later = QPushButton(self.tr("&Later"), self)
        later.clicked.connect(self.reject)
        self.set_button.clicked.connect(self._set)
        for edit in (self.passphrase, self.again):
            edit.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.again)
        form.addRow("", self.meter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Set a new passphrase"), self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "You opened the vault with the recovery key. Choose a new passphrase now, so "
                    "you do not need the key next time. The recovery key keeps working."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.resize(520, 320)

    def _validate(self) -> None:
        strength = self.meter.update_for(self.passphrase.text())
        same = self.again.text() == self.passphrase.text()
        self.set_button.setEnabled(strength.acceptable and same and self._worker is None)

    def _set(self) -> None:
        if not self.set_button.isEnabled():
            return
        self.busy.setVisible(True)
        self.set_button.setEnabled(False)
        self._worker = workers.run_in_background(
            self.vault.change_passphrase,
            self.passphrase.text(),
            self.kdf,
            on_done=lambda _r: self._finished(None),
            on_error=self._finished,
        )

    def _finished(self, exc: BaseException | None) -> None:
        self._worker = None
        self.busy.setVisible(False)
        if exc is not None:
            self._validate()
            show_error(self, exc)
            return
        self.passphrase.clear()
        self.again.clear()
        self.accept()
