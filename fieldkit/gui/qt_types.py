"""Type names that Qt's own signatures repeat: one spelling for every model and delegate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

# What Qt hands a model's data() or a delegate's paint(): either kind of index, used alike.
Index = QModelIndex | QPersistentModelIndex

__all__ = ["Index"]
