"""Shred a vault: destroys both wrapped keys after the user types SHRED. Irreversible."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from fieldkit.gui.errors import show_error
from fieldkit.gui.widgets import (
    ERROR_STYLE,
    button_box,
    heading,
    ltr,
    named,
    paragraph,
    push_button,
    titled,
)
from fieldkit.vault import shred

CONFIRM_WORD = "SHRED"


class ShredDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "shredDialog", self.tr("Shred this vault — FieldKit"))
        self.path = path
        self.shredded = False
        self.warning = warning = paragraph(
            self.tr(
                "This destroys the keys of the vault in {folder}. Afterwards NOBODY can open it: "
                "not you, not with the passphrase, not with the recovery key. Records and photos "
                "that were not sent in a bundle or backed up are lost for good. This cannot be "
                "undone."
            ).format(folder=ltr(str(path))),
            self,
        )
        warning.setStyleSheet(ERROR_STYLE)
        self.confirm = named(QLineEdit(self), "shredConfirm", self.tr("Type SHRED to confirm"))
        self.confirm.setPlaceholderText(CONFIRM_WORD)
        self.shred_button = push_button(self.tr("Shred the vault now"), self, "shredButton")
        self.shred_button.setEnabled(False)
        self.shred_button.setStyleSheet(
            "QPushButton:enabled { color: white; background: #b00020; }"
        )
        cancel = push_button(self.tr("Cancel"), self, slot=self.reject, default=True)
        self.confirm.textChanged.connect(
            lambda text: self.shred_button.setEnabled(text.strip() == CONFIRM_WORD)
        )
        self.shred_button.clicked.connect(self._shred)
        buttons = button_box(self, accept=self.shred_button, reject=cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Shred this vault?"), self))
        layout.addWidget(warning)
        layout.addWidget(paragraph(self.tr("To confirm, type SHRED in capital letters:"), self))
        layout.addWidget(self.confirm)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _shred(self) -> None:
        if self.confirm.text().strip() != CONFIRM_WORD:
            return
        try:
            shred(self.path)
        except Exception as exc:
            show_error(self, exc)
            return
        self.shredded = True
        self.accept()
