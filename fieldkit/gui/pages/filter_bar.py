"""Filters above a record list: status, priority, incomplete Object ID; severity, urgency.

Also "Show all", which clears the filters and the search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.records import fields as F
from fieldkit.records import vocabularies as v


class FilterBar(QWidget):
    changed = Signal(dict)
    show_all = Signal()  # "Show all": the search is to be cleared too, not only the filters

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if kind == F.OBJECT:
            specs: list[tuple[str, str, tuple[Any, ...]]] = [
                ("status", self.tr("&Status:"), v.STATUS),
                ("salvage_priority", self.tr("Salvage &priority:"), v.SALVAGE_PRIORITIES),
            ]
        else:
            specs = [
                ("severity", self.tr("Se&verity:"), v.SEVERITY),
                ("urgency", self.tr("&Urgency:"), v.URGENCY),
            ]
        for name, text, choices in specs:
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{name}")
            combo.addItem(self.tr("Any"), None)
            for choice in choices:
                combo.addItem(value_label(choice), choice)
            combo.currentIndexChanged.connect(self._emit)
            label = QLabel(text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            layout.addWidget(label)
            layout.addWidget(combo)
            self.combos[name] = combo
        self.incomplete: QCheckBox | None = None
        if kind == F.OBJECT:
            self.incomplete = QCheckBox(self.tr("&Incomplete Object ID only"), self)
            self.incomplete.setObjectName("filter_incomplete")
            self.incomplete.toggled.connect(self._emit)
            layout.addWidget(self.incomplete)
        self.reset_button = QPushButton(self.tr("Show &all"), self)
        self.reset_button.setObjectName("showAll")
        self.reset_button.setToolTip(self.tr("Clear the search and the filters"))
        self.reset_button.clicked.connect(self._show_all)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)

    # --- filters -----------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: c.currentData() for name, c in self.combos.items()}
        if self.incomplete is not None:
            out["incomplete"] = self.incomplete.isChecked()
        return {k: val for k, val in out.items() if val}

    def set_filters(self, filters: dict[str, Any]) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(filters.get(name)), 0))
            combo.blockSignals(False)
        if self.incomplete is not None:
            self.incomplete.blockSignals(True)
            self.incomplete.setChecked(bool(filters.get("incomplete")))
            self.incomplete.blockSignals(False)

    def reset(self) -> None:
        self.set_filters({})
        self._emit()

    @Slot()
    def _show_all(self) -> None:
        self.reset()
        self.show_all.emit()

    def _emit(self) -> None:
        self.changed.emit(self.filters())
