"""A page that arrives in the next version, saying so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fieldkit.gui.widgets import heading, paragraph


class PlaceholderPage(QWidget):
    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        text = paragraph(
            what + "\n\n" + self.tr("This page arrives in the next version of FieldKit."), self
        )
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
