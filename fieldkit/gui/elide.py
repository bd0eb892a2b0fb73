"""Cells that elide at the end of their own text, whatever the layout's direction.

An item view lays each cell's text out in the view's direction and cuts it at the logical end
(``Qt.ElideRight``). In Arabic a Latin value ("numismatique > monnaie") was thus laid out right
to left: its end was cut, but the ellipsis landed on the left, where a reader of that value
starts ("…numismatique > monn"); an Arabic value in an English list had the mirror fault.
:class:`OwnDirectionDelegate` lays each cell out in its text's own direction (the first strong
character, as the Unicode bidi algorithm's rule P2 finds it), so the cut and the ellipsis sit
at the end a reader of that text reaches last, while the cell stays aligned as the layout
wants (Latin values in an Arabic list still start on the right). A value that ends in the other
script ("MUS-2020.1.17 — جرة فخارية…") keeps its ellipsis beside the cut words, not beside the
start of that part.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from fieldkit.gui.qt_types import Index

_RTL = frozenset({"R", "AL"})
_ISOLATES = frozenset({"LRI", "RLI", "FSI"})
ELLIPSIS = "\u2026"
LRM, RLM = "\u200e", "\u200f"


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong character outside isolates (rule P2), or None
    when it has none (digits, punctuation): such a text follows the layout."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATES:
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0 and kind == "L":
            return Qt.LayoutDirection.LeftToRight
        elif depth == 0 and kind in _RTL:
            return Qt.LayoutDirection.RightToLeft
    return None


def _last_strong(text: str) -> Qt.LayoutDirection | None:
    for char in reversed(text):
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in _RTL:
            return Qt.LayoutDirection.RightToLeft
    return None


def ellipsis_beside_cut(elided: str, direction: Qt.LayoutDirection) -> str:
    """``elided`` (cut at its logical end) with the ellipsis held to the words before it.

    The ellipsis is neutral: after words of the other script it takes the paragraph's
    direction and lands at the far end of the line, beside the *start* of those words. A mark
    of their direction after it keeps it in their run, where they were cut."""
    if not elided.endswith(ELLIPSIS):
        return elided
    cut = _last_strong(elided[: -len(ELLIPSIS)])
    if cut is None or cut == direction:
        return elided
    return elided + (RLM if cut == Qt.LayoutDirection.RightToLeft else LRM)


class OwnDirectionDelegate(QStyledItemDelegate):
    """Shows each cell's text in its own direction, aligned as the view's layout wants."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        own = text_direction(option.text) if option.text else None
        if own is None or own == option.direction:
            return
        # The alignment made absolute in the layout's direction first: the cell keeps its side
        # of the column; only the text inside (and where it is cut) follows its own direction.
        option.displayAlignment = QStyle.visualAlignment(option.direction, option.displayAlignment)
        option.direction = own

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """As QStyledItemDelegate.paint, with a one-line text cut at its end here rather than by
        the style, so that the ellipsis can be held to the words it follows."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        wraps = bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        if opt.text and not wraps and opt.textElideMode == Qt.TextElideMode.ElideRight:
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
            # The style's own margin on each side of the text (QCommonStyle::viewItemDrawText).
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            width = text_rect.width() - 2 * margin
            elided = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, width)
            if elided != opt.text:
                opt.text = ellipsis_beside_cut(elided, opt.direction)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


def elide_in_own_direction(view: QAbstractItemView) -> QAbstractItemView:
    """Give ``view`` a delegate that shows each cell in its text's own direction."""
    parent: QObject = view
    view.setItemDelegate(OwnDirectionDelegate(parent))
    return view


__all__ = [
    "OwnDirectionDelegate",
    "elide_in_own_direction",
    "ellipsis_beside_cut",
    "text_direction",
]
