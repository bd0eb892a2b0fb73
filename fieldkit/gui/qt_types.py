"""Qt names the GUI would otherwise spell in many places: the index type every model and
delegate takes, and the item roles several lists share."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

# What Qt hands a model's data() or a delegate's paint(): either kind of index, used alike.
Index = QModelIndex | QPersistentModelIndex

# What a row of a list or table keeps behind its text, where several lists keep the same thing.
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the record (object, movement…) it shows
PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # the file or folder it names

__all__ = ["ID_ROLE", "PATH_ROLE", "Index"]
