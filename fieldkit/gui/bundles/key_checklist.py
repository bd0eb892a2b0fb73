"""A list of trusted keys to tick, one row a key: who a bundle goes to (export, sync folders)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class KeyChecklist(QListWidget):
    """Rows that can be ticked, each holding a key's fingerprint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def add_key(self, text: str, fingerprint: str, ticked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(KEY_ROLE, fingerprint)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def set_ticked(self, fingerprints: Iterable[str]) -> None:
        """Tick exactly these keys (by fingerprint)."""
        wanted = set(fingerprints)
        for i in range(self.count()):
            item = self.item(i)
            ticked = item.data(KEY_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        """The fingerprints of the ticked keys, in list order."""
        return [
            str(self.item(i).data(KEY_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


__all__ = ["KEY_ROLE", "KeyChecklist"]
