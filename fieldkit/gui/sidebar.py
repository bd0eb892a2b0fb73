"""The sidebar's item delegate: a red count badge on items that need attention (Conflicts)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from fieldkit.gui.qt_types import Index

BADGE_ROLE = Qt.ItemDataRole.UserRole + 10
BADGE_ROOM = 40  # pixels kept beside each title for a badge


class BadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        text = str(count) if int(count) < 1000 else "999+"
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        rect = option.rect
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        x = rect.left() + 8 if rtl else rect.right() - width - 8
        badge = QRect(x, rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c0392b"))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = option.widget
        if not (isinstance(view, QListView) and view.wordWrap()):
            size = super().sizeHint(option, index)
            return QSize(size.width() + BADGE_ROOM, size.height())
        # A title wraps at the sidebar's width, where it is painted, and asks no wider (the
        # list view passes no width of its own: a long Ukrainian title ran past the edge and
        # the sidebar grew a sideways scroll bar).
        width = max(view.viewport().width(), 1)
        option = QStyleOptionViewItem(option)
        area = option.rect
        option.rect = QRect(area.x(), area.y(), width, area.height())
        size = super().sizeHint(option, index)
        return QSize(min(size.width() + BADGE_ROOM, width), size.height())
