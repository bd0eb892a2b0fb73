"""Vault settings: passphrase, recovery key, rekey, backup, auto-lock delay, and shred."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit import i18n
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.gui import settings
from fieldkit.gui.numbers import western_digits
from fieldkit.gui.session import Session
from fieldkit.gui.shred_dialog import ShredDialog
from fieldkit.gui.vault_dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    KeyChangeDialog,
    NewRecoveryKeyDialog,
    RekeyDialog,
)
from fieldkit.gui.widgets import (
    ERROR_STYLE,
    buddy_label,
    data_label,
    heading,
    hrow,
    language_choice,
    ltr,
    named,
    paragraph,
    push_button,
    scroll_area,
)


class MinutesBox(QSpinBox):
    """A number of minutes shown with its unit in the plural form the number takes (Arabic:
    «1 دقيقة», «10 دقائق») and Western digits, as every other number in the app: a fixed suffix
    and Qt's Arabic locale showed «١٠ دقيقة»."""

    def textFromValue(self, value: int) -> str:
        # %n (not %Ln) writes the number with Western digits.
        return QCoreApplication.translate("VaultSettingsPage", "%n min", "", value)

    def _typed(self, text: str) -> int | None:
        digits = "".join(c for c in western_digits(text) if c.isdigit())
        return int(digits) if digits else None

    def valueFromText(self, text: str) -> int:
        typed = self._typed(text)
        return self.value() if typed is None else typed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = self._typed(text)
        if typed is None or not self.minimum() <= typed <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class VaultSettingsPage(QWidget):
    idle_minutes_changed = Signal(float)
    keys_busy = Signal(bool)  # keys are being changed: locking must wait
    keys_changed = Signal()
    shredded = Signal(object)  # the vault's Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultSettingsPage")
        self.session: Session | None = None
        self.kdf: Argon2Params | None = None
        self.dialog: QDialog | None = None
        body = QWidget(self)

        self.folder = data_label("", body)
        self.folder.setObjectName("settingsFolder")
        self.folder.setWordWrap(True)
        where = QGroupBox(self.tr("This vault"), body)
        where_form = QFormLayout(where)
        where_form.addRow(self.tr("Folder:"), self.folder)

        keys = QGroupBox(self.tr("Passphrase and keys"), body)
        self.passphrase_button = push_button(
            self.tr("Change the &passphrase…"), keys, "changePassphrase", self.change_passphrase
        )
        self.recovery_button = push_button(
            self.tr("Show a new rec&overy key…"), keys, "newRecoveryKey", self.new_recovery_key
        )
        self.rekey_button = push_button(self.tr("Re&key the vault…"), keys, "rekey", self.rekey)
        keys_layout = QVBoxLayout(keys)
        for button, text in (
            (self.passphrase_button, self.tr("Quick: the data keeps its key.")),
            (
                self.recovery_button,
                self.tr("The old recovery key stops working; the new one is shown once."),
            ),
            (
                self.rekey_button,
                self.tr(
                    "If a key may be compromised: everything is encrypted again with new keys."
                ),
            ),
        ):
            button.setMinimumWidth(240)
            keys_layout.addLayout(hrow(button, paragraph(text, keys), 1))

        safety = QGroupBox(self.tr("Backup and locking"), body)
        self.backup_button = push_button(self.tr("&Back up…"), safety, "backupVault", self.backup)
        self.backup_button.setMinimumWidth(240)
        self.idle = named(
            MinutesBox(safety), "idleMinutes", self.tr("Lock after this many idle minutes")
        )
        self.idle.setRange(1, 240)
        self.idle.setMinimumWidth(110)
        self.idle.setValue(round(settings.idle_minutes()))
        self.idle.valueChanged.connect(self._idle_changed)
        backup_row = hrow(
            self.backup_button,
            paragraph(self.tr("An encrypted copy on another drive, made while you work."), safety),
            1,
        )
        idle_row = hrow(
            buddy_label(self.tr("&Lock automatically after"), self.idle, safety),
            self.idle,
            paragraph(self.tr("without keyboard or mouse use (Ctrl+L locks at once)."), safety),
            1,
        )
        safety_layout = QVBoxLayout(safety)
        safety_layout.addLayout(backup_row)
        safety_layout.addLayout(idle_row)

        language_box = QGroupBox(self.tr("Language"), body)
        self.language = language_choice(
            language_box, "languageChoice", self.tr("Language of FieldKit")
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = named(paragraph("", language_box), "languageNote")
        self.language_note.hide()
        forced = i18n.environment_language()
        if forced is not None:
            # The language shown is the one in use: the saved choice ("Français") beside a
            # Ukrainian screen read as a mistake (r13 trial 2 #16). The saved one is named.
            in_use = i18n.language()
            with QSignalBlocker(self.language):
                self.language.setCurrentIndex(max(self.language.findData(in_use), 0))
            text = self.tr(
                "FIELDKIT_LANG is set on this computer: FieldKit speaks {language} while it "
                "is set, whatever is chosen here."
            ).format(language=i18n.NATIVE_NAMES[forced])
            saved = settings.language()
            if saved and saved != in_use and saved in i18n.NATIVE_NAMES:
                text += " " + self.tr(
                    "The language saved here, {saved}, is used once it is no longer set."
                ).format(saved=i18n.NATIVE_NAMES[saved])
            self.language_note.setText(text)
            self.language_note.show()
        language_row = hrow(
            buddy_label(self.tr("La&nguage:"), self.language, language_box), self.language, None
        )
        language_layout = QVBoxLayout(language_box)
        language_layout.addLayout(language_row)
        language_layout.addWidget(self.language_note)

        danger = QGroupBox(self.tr("Emergency"), body)
        self.shred_button = push_button(
            self.tr("&Shred this vault…"), danger, "shredFromSettings", self.shred
        )
        self.shred_button.setMinimumWidth(240)
        self.shred_button.setStyleSheet("QPushButton { color: #b00020; }")
        shred_text = paragraph(
            self.tr(
                "Destroys the vault's keys: nobody can open it again, not even with the "
                "recovery key. Send or back up what matters first."
            ),
            danger,
        )
        shred_text.setStyleSheet(ERROR_STYLE)
        QVBoxLayout(danger).addLayout(hrow(self.shred_button, shred_text, 1))

        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading(self.tr("Vault settings"), body, size=1.3))
        for box in (where, keys, safety, language_box, danger):
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_area(body, self))

    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is None:
            dialog = self.dialog
            # A new recovery key on screen stays until it is confirmed (it needs no vault);
            # everything else closes with the vault.
            showing_key = isinstance(dialog, KeyChangeDialog) and dialog.pages.currentIndex() == 1
            if dialog is not None and dialog.isVisible() and not showing_key:
                dialog.done(QDialog.DialogCode.Rejected)
            self.folder.clear()

    def refresh(self) -> None:
        if self.session is not None:
            self.folder.setText(ltr(str(self.session.path)))  # whole in right-to-left text
        with QSignalBlocker(self.idle):
            self.idle.setValue(round(settings.idle_minutes()))

    def _language_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        if not isinstance(code, str):
            return
        settings.set_language(code)
        if i18n.environment_language() is not None:
            text = self.tr(
                "Saved. FIELDKIT_LANG is set on this computer and decides the language while "
                "it is set."
            )
        else:
            # Switching live would leave half-translated windows; open editors keep their work
            # (it is saved, encrypted, when FieldKit closes), so a restart loses nothing.
            text = self.tr(
                "FieldKit will speak {language} from its next start; nothing you are working on "
                "is lost."
            ).format(language=i18n.NATIVE_NAMES[code])
        self.language_note.setText(text)
        self.language_note.setVisible(code != i18n.language() or bool(i18n.environment_language()))

    def _idle_changed(self, minutes: int) -> None:
        settings.set_idle_minutes(minutes)
        self.idle_minutes_changed.emit(float(minutes))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
        if isinstance(dialog, KeyChangeDialog):
            dialog.busy_changed.connect(self.keys_busy)
            dialog.accepted.connect(self.keys_changed)
        dialog.open()
        return dialog

    def hide_secrets(self) -> None:
        """Hide a new recovery key shown by a key change (the app cannot lock meanwhile)."""
        if isinstance(self.dialog, KeyChangeDialog):
            self.dialog.hide_secrets()

    def _key_dialog(self, kind: type[KeyChangeDialog]) -> QDialog | None:
        if self.session is None:
            return None
        return self._open(kind(self.session, self, kdf=self.kdf))

    def change_passphrase(self) -> QDialog | None:
        return self._key_dialog(ChangePassphraseDialog)

    def new_recovery_key(self) -> QDialog | None:
        return self._key_dialog(NewRecoveryKeyDialog)

    def rekey(self) -> QDialog | None:
        return self._key_dialog(RekeyDialog)

    def backup(self) -> QDialog | None:
        if self.session is None:
            return None
        return self._open(BackupDialog(self.session, self))

    def shred(self) -> QDialog | None:
        if self.session is None:
            return None
        path = self.session.path
        dialog = ShredDialog(path, self)
        dialog.finished.connect(lambda _c: self.shredded.emit(path) if dialog.shredded else None)
        return self._open(dialog)
