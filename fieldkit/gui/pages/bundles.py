"""Bundles & sync: export, import and verify; sync folders (see sync_panel); what was sent,
received and quarantined (drop .fkb files to import)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.bundles import history
from fieldkit.gui.dates import format_iso
from fieldkit.gui.pages.sync_panel import SyncPanel
from fieldkit.gui.people_names import Names, isolated
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import (
    dropped_files,
    flow_row,
    headed_table,
    heading,
    hrow,
    named,
    paragraph,
    push_button,
    read_only_rows,
    splitter,
)
from fieldkit.i18n import join_list

LIMIT = 200


def _table(columns: list[str], name: str, parent: QWidget) -> QTableWidget:
    return read_only_rows(
        headed_table(columns, parent, name),
        alternating=True,
        resize=QHeaderView.ResizeMode.ResizeToContents,
    )


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if value.isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class BundlesPage(QWidget):
    export_requested = Signal()
    import_requested = Signal(list)  # list[Path]: files dropped (or none: choose in the dialog)
    verify_requested = Signal()
    synced = Signal()  # a sync finished: records may have come in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundlesPage")
        self.session: Session | None = None
        self.setAcceptDrops(True)
        self.export_button = push_button(
            self.tr("E&xport a bundle…"), self, "pageExport", self.export_requested
        )
        self.import_button = push_button(
            self.tr("&Import bundles…"), self, "pageImport", lambda: self.import_requested.emit([])
        )
        self.verify_button = push_button(
            self.tr("&Verify bundles…"), self, "pageVerify", self.verify_requested
        )
        for button in (self.export_button, self.import_button, self.verify_button):
            button.setMinimumHeight(36)
        # The buttons go on to a second line rather than make the page scroll sideways (at
        # 125 % on a 1366-pixel laptop in Ukrainian).
        buttons = flow_row(
            self, self.verify_button, self.import_button, self.export_button, trailing=True
        )
        top = hrow(heading(self.tr("Bundles & sync"), self, size=1.3), buttons, 1)
        hint = paragraph(
            self.tr(
                "A bundle carries your records, signed and encrypted, on a USB stick or any "
                "other way. A sync folder does it for you whenever the drive is plugged in. "
                "Drop .fkb files anywhere on this page to import them."
            ),
            self,
        )
        self.sent = _table(
            [
                self.tr("Written"),
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Revisions"),
                self.tr("Photos"),
                self.tr("To"),
            ],
            self.tr("Bundles sent"),
            self,
        )
        self.sent.setObjectName("sentBundles")
        self.received = _table(
            [
                self.tr("Imported"),
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("New revisions"),
                self.tr("Already here"),
                self.tr("From"),
            ],
            self.tr("Bundles received"),
            self,
        )
        self.received.setObjectName("receivedBundles")
        self.sync_panel = SyncPanel(self)
        self.sync_panel.synced.connect(lambda _r: self.synced.emit())
        self.sync_panel.quarantine_changed.connect(self._quarantine_count)
        self.tabs = named(
            QTabWidget(self), "bundleTabs", self.tr("Bundles received, sent and quarantined")
        )
        self.tabs.addTab(self.received, self.tr("Received (ne&west first)"))
        self.tabs.addTab(self.sent, self.tr("Sen&t (newest first)"))
        self.tabs.addTab(self.sync_panel.quarantine, "")
        self._quarantine_count(0)
        panes = splitter(self, self.sync_panel, self.tabs, stretch=(1, 1), vertical=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(panes, 1)

    def _quarantine_count(self, n: int) -> None:
        index = self.tabs.indexOf(self.sync_panel.quarantine)
        text = self.tr("&Quarantine ({n})").format(n=n) if n else self.tr("&Quarantine")
        self.tabs.setTabText(index, text)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.sync_panel.set_session(session)
        if session is None:
            self.sent.setRowCount(0)
            self.received.setRowCount(0)

    def refresh(self) -> None:
        if self.session is None:
            return
        self.sync_panel.poll_now()
        db = self.session.vault.db
        names = Names(db, self.session.identity.fingerprint, self.session.identity.name)
        kinds = {
            "delta": self.tr("changes"),
            "full": self.tr("full"),
            "snapshot": self.tr("snapshot"),
        }
        sent = []
        for b in history.sent_bundles(db, LIMIT):
            to = (
                self.tr("anyone (not encrypted)")
                if b.plain
                else join_list(isolated(names(k)) if len(k) == 64 else k[:16] for k in b.recipients)
            )
            sent.append(
                [
                    format_iso(b.created_at),
                    str(b.sequence),
                    kinds.get(b.kind, b.kind),
                    str(b.revisions),
                    str(b.photos),
                    to,
                ]
            )
        _fill(self.sent, sent)
        received = []
        for r in history.received_bundles(db, LIMIT):
            received.append(
                [
                    format_iso(r.imported_at),
                    str(r.sequence),
                    kinds.get(r.kind, r.kind),
                    str(r.new_revisions),
                    str(r.duplicates),
                    names(r.sender),
                ]
            )
        _fill(self.received, received)

    # --- drop to import ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and dropped_files(event, (".fkb",)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event, (".fkb",))
        if paths:
            event.acceptProposedAction()
            self.import_requested.emit(paths)
