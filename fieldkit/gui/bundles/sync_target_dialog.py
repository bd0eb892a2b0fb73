"""Add a sync target: a folder (USB drive, shared folder), a name, and who its bundles go to.

Recipients come from the trust store, as the command line's ``--to``; none ticked means "every
trusted coordinator, looked up at each sync" (the command line's default).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.gui.errors import show_error
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import core_text, error_label, paragraph, set_error
from fieldkit.identity import trust
from fieldkit.sync import SyncTarget, add_target

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class AddTargetDialog(QDialog):
    added = Signal(object)  # SyncTarget

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addSyncTarget")
        self.session = session
        self.setWindowTitle(self.tr("Add a sync folder"))
        self.setAccessibleName(self.tr("Add a sync folder"))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncTargetFolder")
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setPlaceholderText(self.tr("The USB drive or shared folder"))
        self.folder.textChanged.connect(self._folder_changed)
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.setAccessibleName(self.tr("Choose the folder"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.name = QLineEdit(self)
        self.name.setObjectName("syncTargetName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(self.tr("For example: stick"))
        self.name.textChanged.connect(lambda _t: self._validate())
        self.recipients = QListWidget(self)
        self.recipients.setObjectName("syncTargetRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setMinimumHeight(80)
        self.recipients_hint = paragraph(
            self.tr(
                "Tick who the bundles left in this folder are for. With none ticked, they go "
                "to every verified coordinator."
            ),
            self,
        )
        self._name_edited = False
        self.name.textEdited.connect(lambda _t: setattr(self, "_name_edited", True))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("syncTargetAdd")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), folder_row)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Recipients:"), self.recipients)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and label.widget() is not None:
                buddy = field.widget() or self.folder
                label.widget().setBuddy(buddy)  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recipients_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self._load_recipients()
        self._validate()

    def _load_recipients(self) -> None:
        try:
            keys = [k for k in trust.list_keys(self.session.vault.db) if not k.revoked]
        except FieldKitError as exc:
            keys = []
            show_error(self, exc)
        for key in keys:
            short = " ".join(key.display_fingerprint.split()[:2])
            text = self.tr("{name} — {role} · key {fingerprint}…").format(
                name=key.name, role=value_label(key.role), fingerprint=short
            )
            item = QListWidgetItem(text, self.recipients)
            item.setData(KEY_ROLE, key.fingerprint)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(key.fingerprint)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the sync folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _folder_changed(self, text: str) -> None:
        if not self._name_edited:
            self.name.setText(Path(text.strip()).name if text.strip() else "")
        self._validate()

    def set_recipients(self, fingerprints: list[str]) -> None:
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            ticked = item.data(KEY_ROLE) in fingerprints
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [
            str(self.recipients.item(i).data(KEY_ROLE))
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _validate(self) -> bool:
        ok = bool(self.folder.text().strip() and self.name.text().strip())
        self.add_button.setEnabled(ok)
        return ok

    def add(self) -> SyncTarget | None:
        if not self._validate():
            return None
        try:
            keys = {k.fingerprint: k for k in trust.list_keys(self.session.vault.db)}
            cards = [keys[f].card for f in self.chosen() if f in keys]
            target = add_target(
                self.session.vault, self.name.text(), Path(self.folder.text().strip()), cards
            )
        except FieldKitError as exc:
            text = core_text(exc.message)
            if exc.hint:
                text += " " + core_text(exc.hint)
            set_error(self.error, text)
            return None
        self.added.emit(target)
        self.accept()
        return target
