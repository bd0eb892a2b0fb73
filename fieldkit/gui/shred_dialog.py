"""Shred a vault: destroys both wrapped keys after the user types the confirmation word.
Irreversible."""

from __future__ import annotations

import unicodedata
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

#: The word `fieldkit shred` asks for (SPEC §11); the app also accepts its own language's word.
CONFIRM_WORD = "SHRED"


def _folded(text: str) -> str:
    """``text`` compared without case or accents: « détruire » is « DÉTRUIRE », « shred » is
    « SHRED » (the word is there to make the user stop and read, not to test their keyboard)."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ShredDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, "shredDialog", self.tr("Shred this vault — FieldKit"))
        self.path = path
        self.shredded = False
        # Each language types its own word, in its own script (an Arabic or Ukrainian user had
        # to switch keyboards for Latin capitals); the English word works everywhere too.
        self.word = self.tr("SHRED", "confirmation word, capitals").strip() or CONFIRM_WORD
        self._accepted = {_folded(self.word), _folded(CONFIRM_WORD)}
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
        self.confirm = named(
            QLineEdit(self),
            "shredConfirm",
            self.tr("Type {word} to confirm").format(word=self.word),
        )
        self.confirm.setPlaceholderText(self.word)
        self.shred_button = push_button(self.tr("Shred the vault now"), self, "shredButton")
        self.shred_button.setEnabled(False)
        self.shred_button.setStyleSheet(
            "QPushButton:enabled { color: white; background: #b00020; }"
        )
        self.cancel_button = push_button(self.tr("Cancel"), self, slot=self.reject, default=True)
        self.hint = named(paragraph("", self), "shredHint")
        self.hint.setVisible(False)
        self.confirm.textChanged.connect(self._typed)
        self.shred_button.clicked.connect(self._shred)
        buttons = button_box(self, accept=self.shred_button, reject=self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Shred this vault?"), self))
        layout.addWidget(warning)
        layout.addWidget(
            paragraph(self.tr("To confirm, type {word}:").format(word=self.word), self)
        )
        layout.addWidget(self.confirm)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def matches(self) -> bool:
        return _folded(self.confirm.text()) in self._accepted

    def _typed(self, text: str) -> None:
        ready = self.matches()
        self.shred_button.setEnabled(ready)
        # Enter shreds only once the word is typed; before that it stays on Cancel (after the
        # word, Enter used to cancel and a user in a hurry believed the vault destroyed).
        self.shred_button.setDefault(ready)
        self.cancel_button.setDefault(not ready)
        # Said once the text can no longer become the word (not while it is being typed).
        typed = _folded(text)
        on_the_way = any(word.startswith(typed) for word in self._accepted)
        self.hint.setText(
            ""
            if ready or on_the_way
            else self.tr("Type {word} to enable “{button}”.").format(
                word=self.word, button=self.shred_button.text().replace("&", "")
            )
        )
        self.hint.setVisible(bool(self.hint.text()))

    def _shred(self) -> None:
        if not self.matches():
            return
        try:
            shred(self.path)
        except Exception as exc:
            show_error(self, exc)
            return
        self.shredded = True
        self.accept()
