"""Overview — the coordinator's picture: counts by severity, urgency, status and site as bar
charts, the objects needing immediate action, and recent imports per sender with their gaps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import workers
from fieldkit.gui.charts import BarChart
from fieldkit.gui.dates import format_iso
from fieldkit.gui.errors import show_error
from fieldkit.gui.numbers import counted
from fieldkit.gui.pages.custody_overview import CustodyOverview
from fieldkit.gui.pages.overview_data import OverviewData, load_overview
from fieldkit.gui.people_names import Names
from fieldkit.gui.qt_types import ID_ROLE
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    buddy_label,
    core_text,
    heading,
    hrow,
    ltr,
    named,
    paragraph,
    read_only_rows,
    scroll_area,
)

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
SEVERITY_COLOURS = {
    "destroyed": "#5b1111",
    "severe": "#c0392b",
    "moderate": "#e67e22",
    "minor": "#f1c40f",
    "none": "#95a5a6",
}
URGENCY_COLOURS = {"immediate": "#c0392b", "high": "#e67e22", "medium": "#f1c40f", "low": "#27ae60"}
STATUS_COLOURS = {
    "missing": "#c0392b",
    "stolen": "#c0392b",
    "destroyed": "#5b1111",
    "evacuated": "#2e86c1",
}


def _label(value: str) -> str:
    return value_label(value) if value else QCoreApplication.translate("overview", "Not given")


class FittedTable(QTableWidget):
    """A one-line-per-row table whose columns fit its width: each column as wide as its
    contents, and when they do not all fit, the ``elastic`` columns (names, titles, places)
    share what is left, no narrower than ``minimum`` pixels. Text that does not fit is elided in
    the middle (the start and the end of a name are what tells two apart) and the cell's
    tooltip holds it in full."""

    MIN_ELASTIC = 96
    PADDING = 18  # the cell's margins and the grid line, with room to spare

    def __init__(
        self, columns: list[str], name: str, elastic: tuple[int, ...], parent: QWidget
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.elastic = elastic
        self.setHorizontalHeaderLabels(columns)
        self.setAccessibleName(name)
        read_only_rows(
            self,
            single=True,
            alternating=True,
            wrap=False,
            resize=QHeaderView.ResizeMode.Interactive,
        )
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(200)

    def set_text(self, row: int, column: int, text: str) -> QTableWidgetItem:
        """A cell with ``text``, its tooltip the full text (shown where the cell elides it)."""
        item = QTableWidgetItem(text)
        if text:
            item.setToolTip(text)
        self.setItem(row, column, item)
        return item

    def natural_width(self, column: int) -> int:
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        title = self.horizontalHeaderItem(column)
        widest = header.fontMetrics().horizontalAdvance(title.text() if title else "") + 12
        for row in range(self.rowCount()):
            item = self.item(row, column)
            if item is not None:
                widest = max(widest, metrics.horizontalAdvance(item.text()))
        return widest + self.PADDING

    def fit_columns(self) -> None:
        available = self.viewport().width()
        if available <= 0 or self.columnCount() == 0:
            return
        natural = [self.natural_width(c) for c in range(self.columnCount())]
        widths = list(natural)
        excess = sum(widths) - available
        if excess > 0:
            # Fixed columns keep their width; the elastic ones give up what is too much, the
            # widest first, down to the same width or the minimum.
            elastic = sorted(self.elastic, key=lambda c: -natural[c])
            room = available - sum(w for c, w in enumerate(natural) if c not in self.elastic)
            share = max(room, 0)
            remaining = list(elastic)
            while remaining:
                fair = share // len(remaining)
                narrow = [c for c in remaining if natural[c] <= fair]
                if not narrow:
                    break
                for c in narrow:
                    share -= natural[c]
                    remaining.remove(c)
            for c in remaining:
                widths[c] = max(share // len(remaining), self.MIN_ELASTIC)
        for c, width in enumerate(widths[:-1]):
            self.setColumnWidth(c, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class OverviewPage(QWidget):
    open_object = Signal(str)
    open_damage = Signal(str)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.session: Session | None = None
        self.data: OverviewData | None = None
        self.worker: workers.Worker | None = None
        self._generation = 0
        self._again = False
        self.totals = named(QLabel(self), "overviewTotals")
        self.totals.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refre&sh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the overview"))
        self.refresh_button.clicked.connect(self.refresh)
        self.severity = BarChart(self.tr("Damage reports by severity"), self)
        self.severity.setObjectName("severityChart")
        self.urgency = BarChart(self.tr("Damage reports by urgency"), self)
        self.urgency.setObjectName("urgencyChart")
        self.status = BarChart(self.tr("Objects by status"), self)
        self.status.setObjectName("statusChart")
        self.places = BarChart(self.tr("Damage reports by site or institution"), self)
        self.places.setObjectName("siteChart")
        charts = QGridLayout()
        charts.setHorizontalSpacing(28)
        charts.setVerticalSpacing(14)
        charts.addWidget(self.severity, 0, 0, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.urgency, 0, 1, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.status, 1, 0, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.places, 1, 1, Qt.AlignmentFlag.AlignTop)
        self.immediate = FittedTable(
            [
                self.tr("Inventory no."),
                self.tr("Object or site"),
                self.tr("Worst severity"),
                self.tr("Observed"),
                self.tr("Site or institution"),
            ],
            self.tr("Objects needing immediate action"),
            (1, 4),
            self,
        )
        self.immediate.setObjectName("immediateTable")
        self.immediate.activated.connect(self._open)
        self.immediate_label = buddy_label(
            self.tr("&Needing immediate action"), self.immediate, self
        )
        self.senders = FittedTable(
            [
                self.tr("Sender"),
                self.tr("Last import"),
                self.tr("Bundles"),
                self.tr("New revisions"),
                self.tr("Missing"),
                self.tr("Forks"),
            ],
            self.tr("Recent imports by sender"),
            (0,),
            self,
        )
        self.senders.setObjectName("sendersTable")
        self.senders_label = buddy_label(self.tr("Recent &imports by sender"), self.senders, self)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        top = hrow(heading(self.tr("Overview"), body, size=1.3), None, self.refresh_button)
        body_layout.addLayout(top)
        body_layout.addWidget(self.totals)
        self.custody = CustodyOverview(body)  # evacuation: in transit, missing, handovers
        body_layout.addWidget(self.custody)
        body_layout.addLayout(charts)
        # One table above the other, each the page's full width: side by side, half a laptop
        # screen could not show a museum's name beside an object's title.
        body_layout.addSpacing(6)
        body_layout.addWidget(self.immediate_label)
        body_layout.addWidget(self.immediate, 1)
        body_layout.addSpacing(6)
        body_layout.addWidget(self.senders_label)
        body_layout.addWidget(self.senders, 1)
        body_layout.addWidget(
            paragraph(
                self.tr("Double-click a row (or press Enter) to open the object or report."), body
            )
        )
        scroll = scroll_area(body, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self._generation += 1
        self.custody.set_session(session)
        if session is None:
            self.data = None
            self.totals.clear()
            for chart in (self.severity, self.urgency, self.status, self.places):
                chart.set_bars([])
            self.immediate.setRowCount(0)
            self.senders.setRowCount(0)

    @property
    def loading(self) -> bool:
        return self.worker is not None

    def refresh(self) -> None:
        if self.session is None:
            return
        if self.worker is not None:
            self._again = True  # data changed while counting: count again afterwards
            return
        self._again = False
        self.custody.refresh()
        generation = self._generation
        # Locked (or another vault opened) meanwhile: what comes back is dropped.
        self.worker = workers.run_for_page(
            self,
            self.refresh_button,
            load_overview,
            self.session,
            wanted=lambda: generation == self._generation and self.session is not None,
            on_done=self._loaded,
            on_error=lambda exc: show_error(self, exc),
        )

    def _loaded(self, data: OverviewData) -> None:
        self.data = data
        if self._again:
            self.refresh()
        self.totals.setText(
            " ".join(
                (
                    self.tr("{objects} and {damage}.").format(
                        objects=counted(self.tr("%Ln object(s)", "", data.objects), data.objects),
                        damage=counted(
                            self.tr("%Ln damage report(s)", "", data.damage), data.damage
                        ),
                    ),
                    self.tr("%n need(s) immediate action;", "", data.immediate_objects),
                    self.tr("%n record(s) in conflict.", "", data.conflicts),
                )
            )
        )
        self.severity.set_bars([(_label(k), n, SEVERITY_COLOURS.get(k)) for k, n in data.severity])
        self.urgency.set_bars([(_label(k), n, URGENCY_COLOURS.get(k)) for k, n in data.urgency])
        self.status.set_bars([(_label(k), n, STATUS_COLOURS.get(k)) for k, n in data.status])
        self.places.set_bars(
            [
                (self.tr("All others") if k == "\x00others" else k or self.tr("Not given"), n, None)
                for k, n in data.places
            ]
        )
        self._fill_immediate(data)
        self._fill_senders(data)
        self.loaded.emit()

    def _fill_immediate(self, data: OverviewData) -> None:
        self.immediate.setRowCount(len(data.immediate))
        for r, row in enumerate(data.immediate):
            what = row.title if row.is_object else self.tr("Site report")
            values = [
                row.inventory_number,
                what,
                _label(row.severity),
                ltr(format_iso(row.observed_at)),
                row.place,
            ]
            for c, value in enumerate(values):
                item = self.immediate.set_text(r, c, value)
                item.setData(ID_ROLE, row.record_id)
                item.setData(OBJECT_ROLE, row.is_object)
                if c == 2 and row.severity in SEVERITY_COLOURS:
                    item.setForeground(Qt.GlobalColor.darkRed)
        self.immediate.fit_columns()

    def _fill_senders(self, data: OverviewData) -> None:
        assert self.session is not None  # noqa: S101 - checked by the caller
        names = Names(
            self.session.vault.db, self.session.identity.fingerprint, self.session.identity.name
        )
        self.senders.setRowCount(len(data.senders))
        for r, sender in enumerate(data.senders):
            values = [
                names(sender.fingerprint),
                ltr(format_iso(sender.last_import)),
                str(sender.bundles),
                str(sender.new_revisions),
                str(len(sender.gaps)) if sender.gaps else self.tr("none"),
                str(sender.forks) if sender.forks else self.tr("none"),
            ]
            for c, value in enumerate(values):
                item = self.senders.set_text(r, c, value)
                if c == 0:
                    item.setToolTip(f"{value}\n{sender.fingerprint}")
                if c == 4 and sender.gaps:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip("\n".join(core_text(g) for g in sender.gaps))
                if c == 5 and sender.forks:
                    item.setForeground(Qt.GlobalColor.darkRed)
        self.senders.fit_columns()

    def _open(self, index: QModelIndex) -> None:
        item = self.immediate.item(index.row(), 0)
        if item is None:
            return
        record_id = str(item.data(ID_ROLE))
        if item.data(OBJECT_ROLE):
            self.open_object.emit(record_id)
        else:
            self.open_damage.emit(record_id)
