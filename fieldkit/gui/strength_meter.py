"""A passphrase strength meter: a bar and the reason in words (see passphrase_strength)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from fieldkit.gui.passphrase_strength import STRONG, Strength, assess
from fieldkit.gui.widgets import named

_COLOURS = {0: "#b00020", 1: "#d35400", 2: "#c9a400", 3: "#c9a400", 4: "#2e7d32"}


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthMeter")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, STRONG)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = named(QLabel(self), "strengthReason")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength = assess("")
        self.update_for("")

    def update_for(self, passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
        self.strength = assess(passphrase, user_inputs)
        self.bar.setValue(self.strength.score)
        colour = _COLOURS[self.strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(self.strength.explanation)
        self.bar.setAccessibleDescription(self.strength.explanation)
        return self.strength
