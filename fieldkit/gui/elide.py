"""Cells that elide at the end of their own text, whatever the layout's direction.

An item view lays each cell's text out in the view's direction and cuts it at the logical end
(``Qt.ElideRight``). In Arabic a Latin value ("numismatique > monnaie") was thus laid out right
to left: its end was cut, but the ellipsis landed on the left, where a reader of that value
starts ("…numismatique > monn"); an Arabic value in an English list had the mirror fault.
:class:`OwnDirectionDelegate` lays each cell out in its text's own direction (the first strong
character, as the Unicode bidi algorithm's rule P2 finds it), so the cut and the ellipsis sit
at the end a reader of that text reaches last, while the cell stays aligned as the layout
wants (Latin values in an Arabic list still start on the right).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_RTL = frozenset({"R", "AL"})
_ISOLATES = frozenset({"LRI", "RLI", "FSI"})


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


class OwnDirectionDelegate(QStyledItemDelegate):
    """Shows each cell's text in its own direction, aligned as the view's layout wants."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        own = text_direction(option.text) if option.text else None
        if own is None or own == option.direction:
            return
        # The alignment made absolute in the layout's direction first: the cell keeps its side
        # of the column; only the text inside (and where it is cut) follows its own direction.
        option.displayAlignment = QStyle.visualAlignment(option.direction, option.displayAlignment)
        option.direction = own


def elide_in_own_direction(view: QAbstractItemView) -> QAbstractItemView:
    """Give ``view`` a delegate that shows each cell in its text's own direction."""
    parent: QObject = view
    view.setItemDelegate(OwnDirectionDelegate(parent))
    return view


__all__ = ["OwnDirectionDelegate", "elide_in_own_direction", "text_direction"]
