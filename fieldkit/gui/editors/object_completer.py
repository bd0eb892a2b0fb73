"""Completion of objects in a line edit: inventory numbers and titles, from the vault.

The suggestions come from ``Records.object_choices`` (an index range and a bounded full-text
match), a dozen at a time, so typing stays quick in a vault of 100,000 objects. In a list
field ("several"), only the part after the last ";" is completed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from fieldkit.gui.qt_types import Index
from fieldkit.gui.widgets import named
from fieldkit.records.service import ObjectChoice

TYPED_ROLE = Qt.ItemDataRole.UserRole + 1


def hint_under(field: QWidget, parent: QWidget, name: str) -> QLabel:
    """A wrapping line under ``field`` in its form cell, to say which objects the typed text
    stands for (the object a damage report is about, an object's cross references)."""
    hint = named(QLabel(parent), name)
    hint.setWordWrap(True)
    cell = field.parentWidget()
    layout = cell.layout() if cell is not None else None
    if layout is not None:
        layout.addWidget(hint)
    return hint


class ObjectCompleter(QObject):
    def __init__(
        self,
        edit: QLineEdit,
        lookup: Callable[[str], list[ObjectChoice]],
        *,
        several: bool = False,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.lookup = lookup
        self.several = several
        self.model = QStandardItemModel(self)
        self.completer = named(QCompleter(self.model, self), "objectCompleter")
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(edit)
        # PySide6's stubs give SignalInstance no __getitem__; the overload is chosen at runtime.
        self.completer.activated[QModelIndex].connect(self.choose)  # type: ignore[index]
        edit.textEdited.connect(self.update)

    def _head_and_part(self, text: str) -> tuple[str, str]:
        if not self.several or ";" not in text:
            return "", text
        head, _, part = text.rpartition(";")
        return head + "; ", part

    def update(self, text: str) -> None:
        """New suggestions for what is typed (popup hidden when there are none)."""
        _head, part = self._head_and_part(text)
        choices = self.lookup(part.strip()) if part.strip() else []
        self.model.clear()
        for choice in choices:
            item = QStandardItem(choice.label())
            item.setData(choice.typed, TYPED_ROLE)
            item.setToolTip(choice.label())
            self.model.appendRow(item)
        popup = self.completer.popup()
        if choices:
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def choose(self, index: Index) -> None:
        typed = str(index.data(TYPED_ROLE) or "")
        if not typed:
            return
        head, _part = self._head_and_part(self.edit.text())
        self.edit.setText(head + typed)
