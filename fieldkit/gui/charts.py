"""A horizontal bar chart drawn with QPainter: labels, bars to scale, and the count beside each.

People compare bar lengths faster than they read numbers; the numbers stay for those who need
them (and for screen readers, through the accessible description and tooltips).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldkit.i18n import join_list, number

ROW = 24
GAP = 6
DEFAULT_COLOUR = "#4a78a8"


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, int, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the numbers
        self.setAccessibleName(title)
        self.set_bars([])

    def set_bars(self, bars: Sequence[tuple[str, int, str | None]]) -> None:
        self.bars = [(label, int(count), colour or DEFAULT_COLOUR) for label, count, colour in bars]
        described = join_list(
            (f"{label}: {number(count)}" for label, count, _c in self.bars), semicolon=True
        )
        self.setAccessibleDescription(described or self.tr("No data"))
        self.updateGeometry()
        self.update()

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + GAP

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(320, self._title_height() + rows * ROW + GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _n, _c in self.bars), default=0)
        return min(max(widest + GAP * 2, 60), self.width() // 2)

    def _row_at(self, y: int) -> int | None:
        row = (y - self._title_height()) // ROW
        return row if 0 <= row < len(self.bars) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(int(event.position().y()))
        if row is None:
            QToolTip.hideText()
        else:
            label, count, _c = self.bars[row]
            QToolTip.showText(event.globalPosition().toPoint(), f"{label}: {count}", self)
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        painter.setFont(self._title_font())
        painter.setPen(self.palette().windowText().color())
        title_rect = QRect(0, 0, width, self._title_height() - GAP)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(title_rect, align | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRect(0, self._title_height(), width, ROW),
                align | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Nothing recorded yet"),
            )
            painter.end()
            return
        metrics = self.fontMetrics()
        label_w = self._label_width()
        count_w = max(metrics.horizontalAdvance(number(n)) for _l, n, _c in self.bars) + GAP * 2
        bar_space = max(10, width - label_w - count_w)
        top = max((n for _l, n, _c in self.bars), default=1) or 1
        for i, (label, count, colour) in enumerate(self.bars):
            y = self._title_height() + i * ROW
            length = round(bar_space * count / top) if count else 0
            if rtl:
                label_rect = QRect(width - label_w, y, label_w - GAP, ROW)
                bar_rect = QRect(width - label_w - length, y + 4, length, ROW - 8)
                count_rect = QRect(width - label_w - length - count_w, y, count_w - GAP, ROW)
                label_align = Qt.AlignmentFlag.AlignRight
                count_align = Qt.AlignmentFlag.AlignRight
            else:
                label_rect = QRect(0, y, label_w - GAP, ROW)
                bar_rect = QRect(label_w, y + 4, length, ROW - 8)
                count_rect = QRect(label_w + length + GAP, y, count_w, ROW)
                label_align = Qt.AlignmentFlag.AlignLeft
                count_align = Qt.AlignmentFlag.AlignLeft
            painter.setPen(self.palette().windowText().color())
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, label_rect.width())
            painter.drawText(label_rect, label_align | Qt.AlignmentFlag.AlignVCenter, elided)
            if length:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawRoundedRect(bar_rect, 2, 2)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(count_rect, count_align | Qt.AlignmentFlag.AlignVCenter, number(count))
        painter.end()
