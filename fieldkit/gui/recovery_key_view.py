"""The recovery key, shown once: big monospace groups, Copy and Print…."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def grouped(key: str) -> str:
    """``ABCD-EFGH-…`` as two lines of four groups separated by spaces (easier to copy by hand)."""
    groups = [g for g in key.replace(" ", "-").split("-") if g]
    half = (len(groups) + 1) // 2
    return "  ".join(groups[:half]) + "\n" + "  ".join(groups[half:])


class RecoveryKeyView(QWidget):
    def __init__(self, key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = QLabel(self)
        self.label.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.label.setFont(font)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(
            "QLabel { background: #fffbe6; border: 1px solid #c9a400; padding: 14px; }"
        )
        self.label.setAccessibleName(self.tr("Recovery key"))
        # Groups of characters read the same in both directions: keep them left to right.
        self.label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.set_key(key)

    def set_key(self, key: str) -> None:
        self.key = key
        self.label.setText(grouped(key) if key else "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key)

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        title = self.tr("FieldKit recovery key")
        advice = self.tr(
            "Keep this paper somewhere safe and separate from the laptop. Anyone who has it "
            "and the laptop can open the vault."
        )
        doc.setHtml(
            f"<h2>{title}</h2><p style='font-family: monospace; font-size: 20pt'>"
            f"{grouped(self.key).replace(chr(10), '<br>')}</p><p>{advice}</p>"
        )
        doc.print_(printer)


class RecoveryKeyConfirmPage(QWidget):
    """The key, shown once, and Continue only after "I have written it down" (as at first run)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox

        from fieldkit.gui.widgets import heading, paragraph

        super().__init__(parent)
        self.key_view = RecoveryKeyView("", self)
        self.confirmed = QCheckBox(self.tr("I have written down or printed the recovery key"), self)
        self.confirmed.setObjectName("recoveryConfirmed")
        self.confirmed.setAccessibleName(self.confirmed.text())
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.confirmed.toggled.connect(self.continue_button.setEnabled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addWidget(paragraph(text, self))
        layout.addWidget(self.key_view)
        layout.addSpacing(12)
        layout.addWidget(self.confirmed)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def set_key(self, key: str) -> None:
        self.key_view.set_key(key)
        self.confirmed.setChecked(False)
