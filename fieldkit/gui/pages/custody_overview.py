"""The coordinator's view of the chain of custody on the Overview page: objects in transit,
movements with missing items, handovers waiting for acceptance (``custody.overview``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from fieldkit.gui.custody_common import movement_title
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import named
from fieldkit.records import custody_queries as C
from fieldkit.records.custody_handovers import handovers_waiting


class CustodyOverview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custodyOverview")
        self.session: Session | None = None
        self.figures = named(QLabel(self), "custodyFigures")
        self.figures.setWordWrap(True)
        self.attention = named(
            QListWidget(self),
            "custodyAttention",
            self.tr("Movements and handovers needing attention"),
        )
        self.attention.setMaximumHeight(self.attention.fontMetrics().lineSpacing() * 5 + 12)
        caption = QLabel(self.tr("Evacuation: &movements and handovers to follow up"), self)
        caption.setBuddy(self.attention)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.figures)
        layout.addWidget(self.attention)
        self.setVisible(False)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        if session is None:
            self.figures.clear()
            self.attention.clear()
            self.setVisible(False)

    def refresh(self) -> C.Overview | None:
        session = self.session
        if session is None:
            return None
        db = session.vault.db
        figures = C.overview(db)
        deleted = figures.objects_in_transit_deleted
        parts = (
            self.tr("%n object(s) in transit,", "", figures.objects_in_transit),
            # Counted as the movements list them, and said: deleted elsewhere.
            self.tr("including %n deleted,", "", deleted) if deleted else "",
            self.tr("%n missing at reception,", "", figures.objects_missing),
            self.tr("%n evacuated.", "", figures.objects_evacuated),
            self.tr("%n handover(s) waiting for acceptance.", "", figures.handovers_waiting),
        )
        self.figures.setText(" ".join(p for p in parts if p))
        self.attention.clear()
        for status in C.movements_in_transit(db):
            self.attention.addItem(
                self.tr("In transit: {movement} — %n item(s)", "", len(status.expected)).format(
                    movement=movement_title(session, status)
                )
            )
        for view in session.records.list("movement"):
            try:
                status = C.movement_status(db, view.record_id)
            except KeyError:
                continue
            if status.missing:
                self.attention.addItem(
                    self.tr(
                        "Missing at reception: {movement} — %n item(s)", "", len(status.missing)
                    ).format(movement=movement_title(session, status))
                )
        for handover in handovers_waiting(db):
            who = (handover.fields.get("to_party") or {}).get("name") or "?"
            self.attention.addItem(
                self.tr("Handover waiting for {name}'s acceptance").format(name=who)
            )
        self.attention.setVisible(self.attention.count() > 0)
        self.setVisible(
            bool(self.attention.count())
            or figures.objects_evacuated > 0
            or figures.objects_in_transit > 0
        )
        return figures
