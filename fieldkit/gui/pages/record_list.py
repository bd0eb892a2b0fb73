"""A list page (objects or damage reports): filter bar, windowed table, New and Open buttons;
on the object list, "Import spreadsheet…" too, and a line saying so while the vault has no object
(an inventory kept in Excel is how most collections arrive).

Above the table, while a search is active, the matches per kind (:class:`SearchSummary`); the
filter bar carries the keyboard's way to sort ("Sort by", Alt+B) and "Show all".
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui.elide import elide_in_own_direction
from fieldkit.gui.models.record_table import RECORD_ID_ROLE, RecordTableModel
from fieldkit.gui.numbers import number
from fieldkit.gui.pages.filter_bar import FilterBar
from fieldkit.gui.pages.search_summary import SearchSummary
from fieldkit.gui.widgets import (
    flow_row,
    heading,
    hrow,
    named,
    paragraph,
    push_button,
    read_only_rows,
)
from fieldkit.records import fields as F

# Columns that keep their planned width when the list is fitted to a narrow window.
_NEVER_SQUEEZED = frozenset({"inventory_number"})


class RecordListPage(QWidget):
    open_requested = Signal(str)  # record id
    new_requested = Signal()
    show_all_requested = Signal()  # "Show all": clear the search as well as the filters
    import_requested = Signal()  # "Import spreadsheet…" (object list only)
    delete_requested = Signal(str)  # record id: the Delete key on a row

    def __init__(
        self, title: str, new_text: str, model: RecordTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.search_summary = SearchSummary(self)
        self.search_summary.set_kinds([(model.kind, title)])
        self.heading = heading(title, self, size=1.3)
        self.count_label = named(QLabel(self), "countLabel")
        self.filter_bar = FilterBar(model.kind, self)
        self.filter_bar.changed.connect(model.set_filters)
        self.filter_bar.show_all.connect(self.show_all_requested)
        self.table = named(QTableView(self), f"{model.kind}Table", title)
        elide_in_own_direction(self.table)  # a Latin title in Arabic is cut at its own end
        self.table.setModel(model)
        read_only_rows(self.table, single=True, alternating=True, wrap=False)
        self.table.setIconSize(
            model._thumbnails.size if model._thumbnails else self.table.iconSize()
        )
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(
            model.sort_column(),
            Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self._sizing = False  # our own setColumnWidth calls, not the user's drags
        self._user_sized = False
        header.sectionResized.connect(self._section_resized)
        self._size_columns()
        self.table.viewport().installEventFilter(self)  # fit the columns as the window resizes
        self.filter_bar.set_sort_columns(
            [(i, model.columns[i].title()) for i in model.sortable_columns()]
        )
        self.filter_bar.sort_chosen.connect(self._sort_chosen)
        header.sortIndicatorChanged.connect(lambda _c, _o: self._show_sort())
        self.table.activated.connect(self._activated)
        # The Delete key on a row starts the editor's own Delete… (its question first): it
        # did nothing, and a list is where one picks the record to delete (r12 trial #8).
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        self.new_button = push_button(new_text, self, f"new_{model.kind}", self.new_requested)
        self.open_button = push_button(self.tr("&Open"), self, slot=self.open_current)
        self.import_button: QPushButton | None = None
        self.empty_hint: QLabel | None = None
        if model.kind == F.OBJECT:
            self.import_button = push_button(
                self.tr("Impor&t spreadsheet…"), self, "importSpreadsheet", self.import_requested
            )
            self.import_button.setToolTip(
                self.tr("Bring in an inventory kept in Excel or LibreOffice, saved as CSV")
            )
            self.empty_hint = named(
                paragraph(
                    self.tr(
                        "No objects yet. Add them one by one with New object, or bring in an "
                        "inventory kept in a spreadsheet with Import spreadsheet…"
                    ),
                    self,
                ),
                "emptyObjectsHint",
            )
            self.empty_hint.setVisible(False)
        model.modelReset.connect(self._update_count)
        model.modelReset.connect(self._share_count)
        model.modelReset.connect(self._show_sort)
        # The title row's controls go on to a second line rather than make the page scroll
        # sideways (Ukrainian at 125 % on a 1366-pixel laptop).
        controls = [self.filter_bar.sort_box, self.count_label, self.open_button, self.new_button]
        controls += [self.import_button] if self.import_button is not None else []
        top = hrow(self.heading, flow_row(self, *controls, trailing=True), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.search_summary)
        if self.empty_hint is not None:
            layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self._update_count()
        self._show_sort()
        # Tab follows the page as it is read: the title row (sorting, Open, New), the filters,
        # then the list — not the order the widgets happened to be made in (New before Open).
        bar = self.filter_bar
        chain: list[QWidget] = [bar.sort_combo, bar.order_button, self.open_button]
        chain += [self.new_button, *([self.import_button] if self.import_button else [])]
        chain += [*bar.combos.values()]
        chain += [
            w for w in (bar.incomplete, bar.deleted, bar.reset_button, self.table) if w is not None
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        # After a filter changes the list, it starts at its top with a current row, so Tab
        # lands on a row one can see (it landed nowhere, the list scrolled to its end).
        bar.changed.connect(self._to_first_row)
        # A new search or order starts at the top too: it kept the old scroll position, so the
        # first hits were off screen (r11 trial #13). A refresh after a save keeps its place.
        self._listed = self._list_key()
        model.modelReset.connect(self._after_reset)
        # Tab onto a list with no current row showed no focus at all: the first row shown
        # becomes current, so the focus frame and the keys have somewhere to be.
        self.table.installEventFilter(self)

    def _list_key(self) -> tuple[str, str, bool]:
        return (self.model.search, self.model.order_by, self.model.descending)

    def _after_reset(self) -> None:
        key = self._list_key()
        if key != self._listed:
            self._listed = key
            self._to_first_row()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table.viewport()
            and event.type() == QEvent.Type.Resize
            and not self._user_sized
        ):
            self._size_columns()
        if (
            watched is self.table
            and event.type() == QEvent.Type.FocusIn
            and not self.table.currentIndex().isValid()
            and self.model.rowCount() > 0
        ):
            row = max(self.table.rowAt(0), 0)
            self.table.setCurrentIndex(self.model.index(row, self._first_text_column()))
        return super().eventFilter(watched, event)

    def _first_text_column(self) -> int:
        """The first column with text (the photo column's cell shows no focus frame)."""
        return next((i for i, c in enumerate(self.model.columns) if c.key != "photo"), 0)

    def _to_first_row(self) -> None:
        self.table.scrollToTop()
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _update_count(self) -> None:
        text = self.tr("{shown} shown of {total}").format(
            shown=number(self.model.rowCount()), total=number(self.model.total)
        )
        if self.model.filters:
            text += " " + self.tr("(filters on)")
        self.count_label.setText(text)
        if self.empty_hint is not None:
            self.empty_hint.setVisible(self.model.total == 0)

    def _share_count(self) -> None:
        # The search strips above the lists say how many of each kind matched. After an
        # import was undone (50 objects deleted) they still said « Objets (50) » over a list
        # of none until the next search (r13 trial #7): every list page of this window — the
        # lists one search covers — hears this one's count when it changes.
        for page in self.window().findChildren(RecordListPage):
            page.search_summary.set_count(self.model.kind, self.model.rowCount())

    # --- sorting -----------------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Each column at least as wide as its translated header with the sort arrow
        ("Priorité de sauvetage"); what that adds is taken from the widest column (the title),
        so the table still fits a laptop screen."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        planned = [column.width for column in columns]
        # A sortable column's hint leaves room for the sort arrow; the others need their text.
        text_only = [header.fontMetrics().horizontalAdvance(c.title()) + 16 for c in columns]
        needed = [
            header.sectionSizeHint(i) if c.order_by else text_only[i] for i, c in enumerate(columns)
        ]
        widths = [max(w, n) for w, n in zip(planned, needed, strict=True)]
        widest = max(range(len(planned)), key=planned.__getitem__)
        extra = sum(widths) - sum(planned)
        floor = min(planned[widest], 140)
        widths[widest] = max(planned[widest] - extra, floor)
        room = self.table.viewport().width()
        if room > 0 and sum(widths) > room:
            # The table fits its window when it can, by the title again: at 125 % scaling in
            # Arabic, « Where now » and « Object ID » were behind a sideways scroll bar while
            # the title column kept its 236 px (new-user trial r14, second tester #13).
            widths[widest] = max(widths[widest] - (sum(widths) - room), floor)
            # Then each column down to what its header needs, the roomiest first; the
            # inventory number keeps its planned width: objects are told apart by it, and cut
            # to its short header six « Statuette » rows read « THM.19… » (r15 tester, uk).
            for i in sorted(range(len(widths)), key=lambda c: needed[c] - widths[c]):
                over = sum(widths) - room
                if over <= 0:
                    break
                if i != widest and columns[i].key not in _NEVER_SQUEEZED:
                    widths[i] -= min(over, max(widths[i] - needed[i], 0))
        self._sizing = True
        try:
            for i, width in enumerate(widths):
                self.table.setColumnWidth(i, width)
        finally:
            self._sizing = False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        """A column the user sized by hand stays as they set it: no more fitting. (The last
        column stretches to the table's edge by itself: that is not the user.)"""
        header = self.table.horizontalHeader()
        if index == header.count() - 1 and header.stretchLastSection():
            return
        if not self._sizing:
            self._user_sized = True

    def _sort_chosen(self, column: int, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)  # moves the header's arrow, sorts the model

    def _show_sort(self) -> None:
        """The filter bar and the header show the model's order (a click on a column that
        cannot be sorted must not leave the arrow there)."""
        column, descending = self.model.sort_column(), self.model.descending
        self.filter_bar.set_sort(column, descending)
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if column >= 0 and (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
            column,
            order,
        ):
            header.setSortIndicator(column, order)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.data(index, RECORD_ID_ROLE)
        if record_id:
            self.open_requested.emit(str(record_id))

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        record_id = self.model.data(index, RECORD_ID_ROLE) if index.isValid() else None
        if record_id:
            self.delete_requested.emit(str(record_id))
