"""Small building blocks shared by the screens: headings, inline error labels, busy bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QPushButton, QWidget

ERROR_STYLE = "color: #b00020;"


def heading(text: str, parent: QWidget | None = None, size: float = 1.6) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def button_box(
    parent: QWidget,
    *,
    accept: QPushButton | None = None,
    reject: QPushButton | None = None,
    actions: Sequence[QPushButton] = (),
) -> QDialogButtonBox:
    """A dialog's row of buttons in the platform's order (Windows puts the accepting button
    first, GNOME and macOS last). ``accept`` goes ahead (Export, Import, Write PDF), ``reject``
    leaves (Cancel, Close), ``actions`` do something else (Open, Verify other bundles); each
    button keeps its own text, name and slot."""
    box = QDialogButtonBox(parent)
    for button in actions:
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    if reject is not None:
        box.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    if accept is not None:
        box.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    return box


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped label under a field; hidden while empty."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleDescription(text)


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setVisible(False)
    return bar


def data_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows data (names, numbers, file names), not interface text.

    Marked so the pseudo-translation test knows it is not meant to be translated.
    """
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("data", True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def core_text(message: str) -> str:
    """A sentence from the core (an error, a verification scope), through the translator.

    The core speaks English; translators can still cover its sentences in the "core" context.
    """
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("core", message) if message else message


def human_size(size: int) -> str:
    """1536 → '1.5 KiB' (sizes in binary units, as file managers on the field laptops show)."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{value:,.1f} GiB"  # pragma: no cover - the loop always returns


def fit_rows(table: QWidget, max_rows: int = 12) -> None:
    """Make a table (QTableWidget or QTableView) as tall as its rows, up to ``max_rows``."""
    from PySide6.QtWidgets import QTableView

    if not isinstance(table, QTableView):
        return
    table.resizeRowsToContents()
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
    height += sum(table.rowHeight(r) for r in range(min(rows, max_rows)))
    if rows > max_rows:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(max(height, table.horizontalHeader().sizeHint().height() + 30))


def ltr(text: str) -> str:
    """Dates, times and ids keep their order inside right-to-left text (a bidi isolate)."""
    return f"\u2066{text}\u2069" if text else text
