"""A new passphrase, typed twice, with the strength meter: :class:`NewPassphraseFields`, the one
widget every dialog that sets a passphrase uses; and :class:`NewPassphraseDialog`, to set a new
one after unlocking with the recovery key.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui import workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.passphrase_strength import Strength
from fieldkit.gui.strength_meter import StrengthMeter
from fieldkit.gui.widgets import (
    busy_bar,
    button_box,
    error_label,
    intro_layout,
    named,
    push_button,
    set_error,
    titled,
)
from fieldkit.vault import Vault


class NewPassphraseFields(QWidget):
    """Passphrase, the same again, the meter (why it is or is not strong enough) and a message
    when the two differ. :meth:`acceptable` is the one test a dialog needs."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label: str | None = None,
        names: tuple[str, str] = ("newPassphrase", "newPassphraseAgain"),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseFields")
        self.user_inputs: Sequence[str] = ()
        self.passphrase = self._password(names[0], self.tr("New passphrase"))
        self.again = self._password(names[1], self.tr("New passphrase again"))
        self.meter = StrengthMeter(self)
        self.message = error_label(self)
        self.message.setObjectName("passphraseMismatch")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.label = QLabel(label or self.tr("&New passphrase:"), self)
        self.label.setBuddy(self.passphrase)
        self.again_label = QLabel(self.tr("&Again:"), self)
        self.again_label.setBuddy(self.again)
        self.form.addRow(self.label, self.passphrase)
        self.form.addRow(self.again_label, self.again)
        self.form.addRow("", self.meter)
        self.form.addRow("", self.message)
        for edit in (self.passphrase, self.again):
            edit.textChanged.connect(self._update)

    def _password(self, name: str, accessible: str) -> QLineEdit:
        edit = named(QLineEdit(self), name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(accessible)
        return edit

    def align_with(self, form: QFormLayout) -> None:
        """Give the labels the width of ``form``'s label column, so the fields line up with it."""
        widths = [self.label.sizeHint().width(), self.again_label.sizeHint().width()]
        outer: list[QLabel] = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                outer.append(widget)
                widths.append(widget.sizeHint().width())
        for widget in (self.label, self.again_label, *outer):
            widget.setMinimumWidth(max(widths))

    def set_user_inputs(self, words: Sequence[str]) -> None:
        """Words an attacker would try first (the owner's name, organisation)."""
        self.user_inputs = tuple(words)
        self._update()

    @property
    def strength(self) -> Strength:
        return self.meter.strength

    def text(self) -> str:
        return self.passphrase.text()

    def differ(self) -> bool:
        return self.again.text() != self.passphrase.text()

    def acceptable(self) -> bool:
        """Strong enough, and typed the same twice."""
        return self.strength.acceptable and not self.differ()

    def clear(self) -> None:
        self.passphrase.clear()
        self.again.clear()

    def _update(self) -> None:
        self.meter.update_for(self.passphrase.text(), self.user_inputs)
        # Said once the person has typed the second one, not while they start typing it.
        mismatch = bool(self.again.text()) and self.differ()
        set_error(self.message, self.tr("The two passphrases are different.") if mismatch else "")
        self.changed.emit()


class NewPassphraseDialog(QDialog):
    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, kdf: Argon2Params | None = None
    ) -> None:
        super().__init__(parent)
        titled(self, "newPassphraseDialog", self.tr("New passphrase — FieldKit"))
        self.vault = vault
        self.kdf = kdf
        self._worker: workers.Worker | None = None
        self.fields = NewPassphraseFields(self)
        # The owner's name and organisation are refused here as at creation (r14 #11).
        self.fields.set_user_inputs(vault.owner_words())
        self.passphrase = self.fields.passphrase
        self.again = self.fields.again
        self.meter = self.fields.meter
        self.busy = busy_bar(self)
        self.set_button = push_button(
            self.tr("&Set passphrase"), self, "setPassphraseButton", default=True
        )
        self.set_button.setEnabled(False)
        later = push_button(self.tr("&Later"), self, slot=self.reject)
        self.set_button.clicked.connect(self._set)
        self.fields.changed.connect(self._validate)
        intro_layout(
            self,
            self.tr("Set a new passphrase"),
            self.tr(
                "You opened the vault with the recovery key. Choose a new passphrase now, so "
                "you do not need the key next time. The recovery key keeps working."
            ),
            self.fields,
            None,
            self.busy,
            button_box(self, accept=self.set_button, reject=later),
        )
        self.resize(520, 320)

    def _validate(self) -> None:
        self.set_button.setEnabled(self.fields.acceptable() and self._worker is None)

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
        self.fields.clear()
        self.accept()
