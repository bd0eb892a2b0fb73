"""The object editor's "Where it is now" panel: the object's location, container, transit and
custodian as the core derives them from the movements and handovers, and its movement history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from fieldkit.gui.custody_common import movement_title, term, where_text
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import named
from fieldkit.records import custody_queries as C


class CustodyPanel(QGroupBox):
    def __init__(self, session: Session, record_id: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where it is now"))
        self.setObjectName("custodyPanel")
        self.session = session
        self.record_id = record_id
        self.where = named(QLabel(self), "whereNow")
        self.where.setWordWrap(True)
        self.history = named(QListWidget(self), "movementHistory", self.tr("Movement history"))
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMaximumHeight(self.history.fontMetrics().lineSpacing() * 4 + 12)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.history)
        self.refresh()

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        self.history.clear()
        if self.record_id is None or not self.session.is_open:
            self.where.setText(self.tr("Not saved yet."))
            self.history.setVisible(False)
            return
        db = self.session.vault.db
        self.where.setText(where_text(C.where(db, self.record_id)))
        moves = C.movements_for(db, self.record_id)
        for status in reversed(moves):  # the latest first
            text = f"{term(status.state)} · {movement_title(self.session, status)}"
            if self.record_id in status.missing:
                text += " · " + self.tr("missing at reception")
            self.history.addItem(text)
            self.history.item(self.history.count() - 1).setToolTip(text)
        self.history.setVisible(bool(moves))
