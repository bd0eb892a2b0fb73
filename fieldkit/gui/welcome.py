"""The welcome screen: create a vault, open one (recent ones listed), restore a backup — or,
for auditors, verify a bundle without any vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import settings
from fieldkit.gui.qt_types import PATH_ROLE
from fieldkit.gui.widgets import (
    buddy_label,
    centred,
    heading,
    ltr_path,
    named,
    paragraph,
    push_button,
)
from fieldkit.vault.header import HEADER_NAME


class WelcomeScreen(QWidget):
    create_requested = Signal()
    open_requested = Signal(object)  # Path of a vault folder
    restore_requested = Signal()
    verify_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self.title = heading(self.tr("Welcome to FieldKit"), self, size=2.0)
        self.title.setObjectName("welcomeTitle")
        intro = paragraph(
            self.tr(
                "Document objects and damage safely, even offline. Everything stays encrypted "
                "on this computer until you choose to send it."
            ),
            self,
        )
        # Each Alt key here is the screen's own in every language: one the menu bar also holds
        # (Alt+C Custody, Alt+R Reports) is ambiguous, and Qt then only moves the focus to the
        # button instead of clicking it (tests/gui/test_polish_r12.py).
        self.create_button = push_button(
            self.tr("Create a &new vault…"), self, "createVault", self.create_requested
        )
        self.open_button = push_button(
            self.tr("&Open a vault…"), self, "openVault", self.choose_vault
        )
        self.restore_button = push_button(
            self.tr("Restore from a &backup…"), self, "restoreVault", self.restore_requested
        )
        self.verify_button = push_button(
            self.tr("&Verify a bundle (no vault needed)…"),
            self,
            "verifyBundle",
            self.verify_requested,
        )
        for button, hint in (
            (self.create_button, self.tr("First time here: make a vault and its recovery key")),
            (self.open_button, self.tr("Choose the folder of an existing vault")),
            (self.restore_button, self.tr("Bring back a vault from a backup folder")),
            (
                self.verify_button,
                self.tr(
                    "For auditors: check that a bundle is complete, unchanged and signed by a "
                    "known key"
                ),
            ),
        ):
            button.setMinimumHeight(44)
            button.setToolTip(hint)
            button.setAccessibleDescription(hint)
        # Said when the app was started on a folder that holds no vault yet (`fieldkit gui
        # --vault X` on a first start): Create makes the vault there (main_window._start).
        self.note = paragraph("", self)
        self.note.setObjectName("welcomeNote")
        self.note.setVisible(False)
        self.recent = named(QListWidget(self), "recentVaults", self.tr("Recent vaults"))
        self.recent_label = buddy_label(self.tr("Recen&t vaults:"), self.recent, self)
        self.recent.itemActivated.connect(self._recent_activated)

        box = QWidget(self)
        box.setMaximumWidth(620)
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(intro)
        inner.addWidget(self.note)
        inner.addSpacing(16)
        inner.addWidget(self.create_button)
        inner.addWidget(self.open_button)
        inner.addWidget(self.restore_button)
        inner.addSpacing(8)
        inner.addWidget(self.verify_button)
        inner.addSpacing(16)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)
        centred(box, self)
        self.refresh_recent()

    def set_note(self, text: str) -> None:
        """A sentence above the buttons (empty: none)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_vaults():
            if not (path / HEADER_NAME).exists():
                continue
            # A path keeps its order in a right-to-left list: « /tmp/a » read « tmp/a/ ».
            item = QListWidgetItem(ltr_path(str(path)), self.recent)
            item.setData(PATH_ROLE, str(path))
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.recent_label.setVisible(has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)
            self.recent.setMaximumHeight(24 * min(self.recent.count(), 5) + 8)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(str(item.data(PATH_ROLE))))

    def choose_vault(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if folder:
            self.open_requested.emit(Path(folder))
