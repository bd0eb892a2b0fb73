"""The Decisions tab: every decision about possible duplicates, newest first — what was decided,
about which objects, by whom, and whether it is still in force — and Undo for the selected one.
Undo is the core's (``Duplicates.undo``): both records come back as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.duplicates.decisions import Decision, Duplicates
from fieldkit.errors import FieldKitError
from fieldkit.gui.dates import format_iso
from fieldkit.gui.errors import show_error
from fieldkit.gui.pages.duplicates.detection import labels_of, short_label
from fieldkit.gui.people_names import Names
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import (
    headed_table,
    hrow,
    ltr,
    paragraph,
    push_button,
    read_only_rows,
)

DECISION_ROLE = Qt.ItemDataRole.UserRole + 2
UNDONE_ROLE = Qt.ItemDataRole.UserRole + 3


class DecisionsTab(QWidget):
    undone = Signal(str)  # the id of a decision undone here: its pair is a candidate again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        columns = [
            self.tr("Decided on"),
            self.tr("Decision"),
            self.tr("Objects"),
            self.tr("Decided by"),
            self.tr("State"),
        ]
        title = self.tr("Decisions about possible duplicates")
        self.decisions = read_only_rows(
            headed_table(columns, self, title, "duplicateDecisions"),
            single=True,
            resize=QHeaderView.ResizeMode.ResizeToContents,
            stretch_last=False,
        )
        self.decisions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.decisions.itemSelectionChanged.connect(self._decision_selected)
        self.undo_selected_button = push_button(
            self.tr("U&ndo the selected decision"),
            self,
            "undoSelectedDecision",
            self.undo_selected,
        )
        self.undo_selected_button.setEnabled(False)
        self.decisions_note = paragraph("", self)
        buttons = hrow(self.decisions_note, 1, self.undo_selected_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.decisions, 1)
        layout.addLayout(buttons)

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.decisions.setRowCount(0)

    def refresh_decisions(self) -> None:
        if self.session is None:
            return
        try:
            found = Duplicates(self.session.records).decisions(include_undone=True)
            labels = labels_of(self.session.records, [i for d in found for i in (d.a, d.b)])
        except FieldKitError as exc:
            show_error(self, exc)
            return
        identity = self.session.identity
        names = Names(self.session.vault.db, identity.fingerprint, identity.name)
        found = sorted(found, key=lambda d: d.decided_at, reverse=True)
        self.decisions.setSortingEnabled(False)
        self.decisions.setRowCount(len(found))
        for row, decision in enumerate(found):
            a, b = short_label(labels, decision.a), short_label(labels, decision.b)
            if decision.same:
                what = self.tr("Same object")
                objects = self.tr("{merged} merged into {kept}").format(merged=ltr(b), kept=ltr(a))
            else:
                what = self.tr("Not the same")
                objects = self.tr("{a} and {b}").format(a=ltr(a), b=ltr(b))
            if decision.undone:
                state = self.tr("Undone")
            elif decision.superseded:
                state = self.tr("Replaced by a later decision")
            else:
                state = self.tr("In force")
            cells = [
                ltr(format_iso(decision.decided_at)),
                what,
                objects,
                names(decision.decided_by),
                state,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DECISION_ROLE, decision.decision_id)
                item.setData(UNDONE_ROLE, decision.undone)
                if column == 2:
                    item.setToolTip(
                        "\n".join(
                            " — ".join(p for p in (labels.get(i, ("", ""))) if p) or i
                            for i in (decision.a, decision.b)
                        )
                    )
                self.decisions.setItem(row, column, item)
        self.decisions_note.setText(
            self.tr("%n decision(s). Undo restores both records as they were.", "", len(found))
            if found
            else self.tr("No decision yet: decide on pairs in the Pairs to review tab.")
        )
        self._decision_selected()

    def selected_decision(self) -> tuple[str, bool] | None:
        items = self.decisions.selectedItems()
        if not items:
            return None
        item = items[0]
        return str(item.data(DECISION_ROLE)), bool(item.data(UNDONE_ROLE))

    def _decision_selected(self) -> None:
        selected = self.selected_decision()
        self.undo_selected_button.setEnabled(selected is not None and not selected[1])

    def undo_selected(self) -> Decision | None:
        selected = self.selected_decision()
        if selected is None or selected[1] or self.session is None:
            return None
        try:
            undone = Duplicates(self.session.records).undo(selected[0])
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        self.refresh_decisions()
        # The Undo button, disabled now, had the focus: Qt passed it on to the window's
        # search box (r13 retest #6). The table takes it back.
        self.decisions.setFocus(Qt.FocusReason.OtherFocusReason)
        self.undone.emit(selected[0])
        return undone


__all__ = ["DecisionsTab"]
