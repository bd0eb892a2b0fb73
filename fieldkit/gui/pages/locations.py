"""Locations — the places (nested: building, room, shelf; temporary stores, vehicles) and the
containers, each with its label code and what it holds now (derived by the core from the
movements); new and edited through their editors; labels printed for the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import custody_reports as R
from fieldkit.gui.custody_common import (
    ID_ROLE,
    container_columns,
    container_rows,
    current_id,
    fill,
    labels,
    read_only_table,
    selected_ids,
    term,
    where_text,
)
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import buddy_label, heading, hrow, named, push_button, splitter, vpanel
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F


class LocationsPage(QWidget):
    open_location = Signal(str)  # an id, or "" for a new one
    open_container = Signal(str)
    open_object = Signal(str)
    hand_over_requested = Signal(list)  # the containers selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locationsPage")
        self.session: Session | None = None
        self.tree = named(QTreeWidget(self), "locationTree", self.tr("Locations"))
        self.tree.setHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Here")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemActivated.connect(
            lambda item, _c: self.open_location.emit(item.data(0, ID_ROLE))
        )
        self.tree.currentItemChanged.connect(lambda *_a: self._show_held(self.tree))
        self.containers = read_only_table(
            container_columns(), "locationsContainerList", self, self.tr("Containers")
        )
        self.containers.doubleClicked.connect(self._open_container)
        self.containers.itemSelectionChanged.connect(lambda: self._show_held(self.containers))
        self.held = named(QListWidget(self), "heldList", self.tr("What the selection holds"))
        self.held.itemActivated.connect(self._open_held)
        self.held_label = buddy_label(self.tr("&What it holds"), self.held, self)
        self.where_label = named(QLabel(self), "locationsWhere")
        self.where_label.setWordWrap(True)
        new_location = push_button(
            self.tr("New &location…"), self, "newLocation", lambda: self.open_location.emit("")
        )
        new_container = push_button(
            self.tr("New con&tainer…"),
            self,
            "newContainerHere",
            lambda: self.open_container.emit(""),
        )
        edit = push_button(self.tr("E&dit…"), self, "editCustodyRecord", self.edit_selected)
        self.labels_button = push_button(
            self.tr("Print la&bels…"), self, "locationLabels", self.print_labels
        )
        hand_over = push_button(self.tr("Hand o&ver…"), self, "handOverSelected")
        hand_over.clicked.connect(
            lambda: self.hand_over_requested.emit(selected_ids(self.containers))
        )
        buttons = hrow(new_location, new_container, edit, hand_over, None, self.labels_button)
        left = vpanel(
            self,
            buddy_label(self.tr("L&ocations"), self.tree),
            self.tree,
            3,
            buddy_label(self.tr("Co&ntainers"), self.containers),
            self.containers,
            2,
        )
        right = vpanel(self, self.held_label, self.where_label, self.held, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Locations and containers"), self))
        layout.addWidget(splitter(self, left, right, stretch=(3, 2)), 1)
        layout.addLayout(buttons)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is None:
            self.tree.clear()
            self.containers.setRowCount(0)
            self.held.clear()
            self.where_label.clear()

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        db = session.vault.db
        locations = session.records.list(F.LOCATION)
        known = {v.record_id for v in locations}
        items: dict[str, QTreeWidgetItem] = {}
        self.tree.clear()
        for view in locations:
            f = view.fields
            here = len(C.at_location(db, view.record_id))
            item = QTreeWidgetItem(
                [
                    str(f.get("code") or ""),
                    str(f.get("name") or ""),
                    term(f.get("kind") or ""),
                    str(here) if here else "",
                ]
            )
            item.setData(0, ID_ROLE, view.record_id)
            items[view.record_id] = item
        for view in locations:
            parent = view.fields.get("parent")
            item = items[view.record_id]
            if parent in known and parent != view.record_id and not _inside(items, item, parent):
                items[str(parent)].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        # Flat places have no branches to draw: without this, the empty branch margin pushed
        # the codes into a tight column where they looked right-aligned, unlike the containers'
        # codes below (r12 trial 2 #15). Nested places keep their branches and indentation.
        self.tree.setRootIsDecorated(any(items[i].childCount() for i in items))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        fill(self.containers, container_rows(db, session.records.list(F.CONTAINER)))
        self.held.clear()
        self.where_label.clear()

    def _selected_location(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def _show_held(self, source: QWidget) -> None:
        session = self.session
        self.held.clear()
        self.where_label.clear()
        if session is None:
            return
        db = session.vault.db
        if source is self.tree:
            chosen = self._selected_location()
            ids = C.at_location(db, chosen) if chosen else []
        else:
            chosen = current_id(self.containers)
            ids = C.contents(db, chosen) if chosen else []
            if chosen:
                self.where_label.setText(where_text(C.where(db, chosen)))
        names = labels(session, ids)
        for item_id in ids:
            self.held.addItem(names.get(item_id, item_id[:8]))
            self.held.item(self.held.count() - 1).setData(ID_ROLE, item_id)

    def _open_container(self) -> None:
        chosen = current_id(self.containers)
        if chosen:
            self.open_container.emit(chosen)

    def _open_held(self) -> None:
        item = self.held.currentItem()
        if item is None or self.session is None:
            return
        record_id = str(item.data(ID_ROLE))
        kind = self.session.records.get(record_id).kind
        (self.open_container if kind == F.CONTAINER else self.open_object).emit(record_id)

    def edit_selected(self) -> None:
        if self.containers.hasFocus() and current_id(self.containers):
            self._open_container()
            return
        chosen = self._selected_location()
        if chosen:
            self.open_location.emit(chosen)
        elif current_id(self.containers):
            self._open_container()

    def selection(self) -> list[str]:
        """The locations and containers selected, for labels."""
        chosen = [str(i.data(0, ID_ROLE)) for i in self.tree.selectedItems()]
        return chosen + selected_ids(self.containers)

    def print_labels(self) -> object:
        chosen = self.selection()
        if not chosen and self.session is not None:
            # Nothing selected: a sheet of every location's and container's label.
            chosen = [
                v.record_id
                for kind in (F.LOCATION, F.CONTAINER)
                for v in self.session.records.list(kind)
            ]
        return R.open_document(
            self.session, R.LABELS, chosen, self, about=self.tr("%n label(s)", "", len(chosen))
        )

    def select(self, record_id: str) -> bool:
        """Show a location or container (a scanned code): select it. False if not listed."""
        for item in self.tree.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        ):
            if item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                self.tree.setFocus()
                return True
        for row in range(self.containers.rowCount()):
            cell = self.containers.item(row, 0)
            if cell is not None and cell.data(ID_ROLE) == record_id:
                # Not selectRow: right to left it takes the column at the viewport's far edge,
                # none when the columns fill it, and selected nothing in Arabic (r14).
                self.containers.setCurrentCell(row, 0)
                self.containers.setFocus()
                return True
        return False


def _inside(items: dict[str, QTreeWidgetItem], item: QTreeWidgetItem, parent: object) -> bool:
    """Would putting ``item`` under ``parent`` make a cycle (parent already below item)?"""
    node = items.get(str(parent))
    while node is not None:
        if node is item:
            return True
        node = node.parent()
    return False
