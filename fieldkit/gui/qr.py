"""A QR code drawn with QPainter. The module matrix comes from reportlab's QR encoder (reportlab is
already a FieldKit dependency, for the PDF reports); without it the widget says so instead."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(text: str) -> list[list[bool]] | None:
    """The QR modules for ``text`` (error correction M), or None without an encoder."""
    try:
        from reportlab.graphics.barcode import qrencoder
    except ImportError:
        return None
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


class QrCode(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.matrix: list[list[bool]] | None = None
        self.text = ""
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.matrix = qr_matrix(text) if text else None
        self.setAccessibleName(self.tr("QR code of the fingerprint"))
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.matrix:
            painter.setPen(QColor("#555555"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("QR code unavailable") if self.text else "",
            )
            painter.end()
            return
        count = len(self.matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        module = side / count
        left = (self.width() - side) / 2 + QUIET_ZONE * module
        top = (self.height() - side) / 2 + QUIET_ZONE * module
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:
                    # A hair larger than a module: no white seams between neighbours.
                    painter.drawRect(
                        QRectF(left + c * module, top + r * module, module + 0.4, module + 0.4)
                    )
        painter.end()
