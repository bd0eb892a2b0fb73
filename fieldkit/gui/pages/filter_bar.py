"""Filters above a record list: status, priority, incomplete Object ID; severity, urgency;
and the deleted records (only them: where a deleted record is found again and restored).

Also the keyboard's way to sort the list ("Sort by" and the order), since a table header
cannot be reached by keyboard, and "Show all", which clears the filters and the search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import named, push_button
from fieldkit.records import fields as F
from fieldkit.records import vocabularies as v


class FilterBar(QWidget):
    changed = Signal(dict)
    show_all = Signal()  # "Show all": the search is to be cleared too, not only the filters
    sort_chosen = Signal(int, bool)  # column, descending

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
            combo = named(QComboBox(self), f"filter_{name}")
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
            self.incomplete = named(
                QCheckBox(self.tr("&Incomplete Object ID only"), self), "filter_incomplete"
            )
            self.incomplete.toggled.connect(self._emit)
            layout.addWidget(self.incomplete)
        # The delete dialog says a deleted record's history is kept and it can be restored:
        # here is where it is found again (opened, its editor offers "Restore this version").
        self.deleted = named(QCheckBox(self.tr("De&leted only"), self), "filter_deleted")
        self.deleted.setToolTip(
            self.tr("Show only deleted records: open one to restore it from its history")
        )
        self.deleted.toggled.connect(self._emit)
        layout.addWidget(self.deleted)
        self.reset_button = push_button(self.tr("Show &all"), self, "showAll")
        self.reset_button.setToolTip(self.tr("Clear the search and the filters"))
        self.reset_button.clicked.connect(self._show_all)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        sort_label = QLabel(self.tr("Sort &by:"), self)
        self.sort_combo = named(QComboBox(self), "sortBy", self.tr("Sort by"))
        self.sort_combo.setToolTip(
            self.tr("The column the list is sorted by (a click on a column header does the same)")
        )
        sort_label.setBuddy(self.sort_combo)
        self.sort_combo.currentIndexChanged.connect(self._emit_sort)
        self.order_button = named(QPushButton(self), "sortOrder")
        self.order_button.setCheckable(True)
        self.order_button.setAccessibleName(self.tr("Sort order"))
        self.order_button.toggled.connect(self._emit_sort)
        self._show_order(False)
        # Sorting sits in its own box, which the list page places in its title row: one row
        # of filters and sorting made the main window wider than a small laptop screen.
        self.sort_box = QWidget(self)
        sort_row = QHBoxLayout(self.sort_box)
        sort_row.setContentsMargins(0, 0, 0, 0)
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_combo)
        sort_row.addWidget(self.order_button)
        # The combos may shrink to a few characters (their drop-down lists stay full width).
        for combo in self.combos.values():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        # The sort column is read whole ("Inventory no.", not "Inventory nc"): it sits in the
        # title row, which has the room.
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    # --- sorting -----------------------------------------------------------------------------

    def set_sort_columns(self, columns: list[tuple[int, str]]) -> None:
        """The columns one can sort by: (column number, title)."""
        self.sort_combo.blockSignals(True)
        self.sort_combo.clear()
        for column, title in columns:
            self.sort_combo.addItem(title, column)
        self.sort_combo.blockSignals(False)

    def set_sort(self, column: int, descending: bool) -> None:
        """Show the list's order (after a header click, or restored): emits nothing."""
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(self.sort_combo.findData(column))
        self.sort_combo.blockSignals(False)
        self.order_button.blockSignals(True)
        self.order_button.setChecked(descending)
        self.order_button.blockSignals(False)
        self._show_order(descending)

    def _show_order(self, descending: bool) -> None:
        if descending:
            self.order_button.setText(self.tr("Descending"))
            self.order_button.setToolTip(
                self.tr("Z to A, highest first, newest first. Press to reverse.")
            )
        else:
            self.order_button.setText(self.tr("Ascending"))
            self.order_button.setToolTip(
                self.tr("A to Z, lowest first, oldest first. Press to reverse.")
            )

    @Slot()
    def _emit_sort(self) -> None:
        column = self.sort_combo.currentData()
        descending = self.order_button.isChecked()
        self._show_order(descending)
        if column is not None:
            self.sort_chosen.emit(int(column), descending)

    # --- filters -----------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: c.currentData() for name, c in self.combos.items()}
        if self.incomplete is not None:
            out["incomplete"] = self.incomplete.isChecked()
        out["deleted_only"] = self.deleted.isChecked()
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
        self.deleted.blockSignals(True)
        self.deleted.setChecked(bool(filters.get("deleted_only")))
        self.deleted.blockSignals(False)

    def reset(self) -> None:
        self.set_filters({})
        self._emit()

    @Slot()
    def _show_all(self) -> None:
        self.reset()
        self.show_all.emit()

    def _emit(self) -> None:
        self.changed.emit(self.filters())
