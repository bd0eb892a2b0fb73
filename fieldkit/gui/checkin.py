"""Check-in by scanning: the reception of a movement at its destination.

A USB scanner types a label's code and Enter into the focused code field (a person can type
it too): the item is marked at once, the list shows it received, and the counts of expected,
received, not yet scanned and extra follow. *Finish check-in* writes the reception through the
core (``Custody.receive``, as ``fieldkit move receive``).

After each scan the counts and the states listed are the core's preview of that reception
(``preview_reception``, as ``fieldkit move receive --dry-run``): a crate scanned alone
arrived sealed and its contents count as received; an object scanned loose while its crate did
not arrive is received outside its container. What the conservator sees before Finish is what
Finish writes; after it, what is not received is missing rather than not yet scanned.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.gui import widgets
from fieldkit.gui.custody_common import (
    ID_ROLE,
    codes_named,
    custody,
    labels,
    movement_title,
    read_only_table,
)
from fieldkit.gui.elide import elide_in_own_direction
from fieldkit.gui.errors import show_error
from fieldkit.gui.session import Session
from fieldkit.i18n import error_text, isolate, ltr
from fieldkit.records import custody_queries as C
from fieldkit.records import drafts
from fieldkit.records.custody import FoundAgainError
from fieldkit.records.service import AmbiguousIdError, RecordNotFoundError

EXPECTED, RECEIVED, PENDING, MISSING, EXTRA = "expected", "received", "pending", "missing", "extra"
OUTSIDE = "outside"  # received, but not in the container it left in
COLOURS = {
    RECEIVED: "#d5f5e3",
    OUTSIDE: "#fcf3cf",
    MISSING: "#f5b7b1",
    EXTRA: "#fdebd0",
    PENDING: "#ffffff",
}


# Scans not yet written as a reception are kept as an encrypted draft, one per movement: a
# quick lock, a crash or a closed laptop mid-check-in loses none of them.
CHECK_IN_DRAFT = "check_in"


class CheckInPanel(QWidget):
    """Scan what arrived for one movement; Finish writes the reception."""

    finished = Signal(str)  # movement id, after the reception is written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPanel")
        self.session: Session | None = None
        self.movement_id: str | None = None
        self.status: C.MovementStatus | None = None
        self.scanned: list[str] = []  # item ids, in the order scanned
        self.names: dict[str, str] = {}
        self.title = widgets.heading(self.tr("Check in"), self, size=1.2)
        self.title.setObjectName("checkInTitle")
        self.scan = widgets.named(QLineEdit(self), "scanField")
        self.scan.setPlaceholderText(self.tr("Scan a label, or type a code or number, then Enter"))
        self.scan.setAccessibleName(self.tr("Code scanned"))
        self.scan.returnPressed.connect(self._scanned)
        # Alt+O: Alt+C is the Custody menu's (tests/gui/test_checkin_mnemonics.py, every language).
        scan_label = QLabel(self.tr("C&ode:"), self)
        scan_label.setBuddy(self.scan)
        self.feedback = widgets.named(QLabel(self), "scanFeedback")
        self.feedback.setWordWrap(True)
        self.error = widgets.error_label(self)
        self.error.setObjectName("scanError")
        self.count_labels: dict[str, QLabel] = {}
        captions: dict[str, QLabel] = {}
        counts = QGridLayout()
        self.captions = captions
        self._pending_key = PENDING  # after Finish, what was not received is missing
        for column, key in enumerate((EXPECTED, RECEIVED, PENDING, EXTRA)):
            caption = QLabel(self._caption(key, 0), self)
            number = widgets.named(QLabel("0", self), f"count_{key}")
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(number, 0, column)
            counts.addWidget(caption, 1, column)
            self.count_labels[key] = number
            captions[key] = caption
        self.pending_caption = captions[PENDING]
        self.list = read_only_table([self.tr("Item"), self.tr("State")], "checkInList", self)
        self.list.setAccessibleName(self.tr("Items of this movement and their state"))
        elide_in_own_direction(self.list)  # a Latin name in Arabic is cut in its own direction
        # Once written, the reception says so: its code field and buttons stayed as before, and
        # one click beside Finish re-recorded a missing object as arrived (r13 trial #2).
        self.done_note = widgets.named(QLabel(self), "receptionWritten")
        self.done_note.setWordWrap(True)
        self.done_note.setVisible(False)
        self.sealed_note = widgets.paragraph(
            self.tr(
                "A container scanned without its contents arrived sealed: what it holds counts "
                "as received. Scan its contents too to check them one by one."
            ),
            self,
        )
        self.all_button = widgets.push_button(self.tr("Everything &arrived"), self, "receiveAll")
        self.all_button.setToolTip(self.tr("Receive everything the movement expects"))
        self.all_button.clicked.connect(self.receive_everything)
        # Alt+I: Alt+F is the File menu's, and pressing it here only moved the focus.
        self.finish_button = widgets.push_button(self.tr("F&inish check-in"), self, "finishCheckIn")
        self.finish_button.setToolTip(self.tr("Write the reception (Ctrl+Return)"))
        self.finish_button.clicked.connect(lambda: self.confirm_finish())
        self.confirm_box: QMessageBox | None = None
        finish_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        finish_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # The same question as the button: the shortcut marked unscanned objects missing at
        # one keystroke, without it (r12 trial #2).
        finish_key.activated.connect(lambda: self.confirm_finish())
        row = widgets.hrow(scan_label, self.scan, 1)
        buttons = widgets.hrow(self.feedback, 1, self.all_button, self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(counts)
        layout.addWidget(self.done_note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.sealed_note)
        layout.addLayout(buttons)
        self.setTabOrder(self.scan, self.list)
        self.setTabOrder(self.list, self.all_button)
        self.setTabOrder(self.all_button, self.finish_button)
        self._set_enabled(False)

    # --- state -------------------------------------------------------------------------------

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.scan, self.all_button, self.finish_button):
            widget.setEnabled(on)
        if not on:
            self.done_note.setVisible(False)

    def _update_buttons(self) -> None:
        """What each button can do now. Before the reception is written: both. After it,
        Finish adds what was scanned since (nothing new: nothing to add), and Everything
        arrived is offered only while something is recorded missing, and asks first."""
        status = self.status
        # Nothing arrives for a plan, nor for a departure cancelled (here or in a bundle).
        if status is None or status.state in ("planned", C.DELETED):
            self._set_enabled(False)
            return
        written = status.state == "received"
        new = bool(set(self.scanned) - set(_scans(status)))
        self.scan.setEnabled(True)
        self.finish_button.setEnabled(not written or new)
        self.all_button.setEnabled(not written or bool(status.missing))
        # Named for what it does now: beside Finish, "Everything arrived" on a written
        # reception read as harmless and marked a missing object arrived (r13 trial #2).
        if written:
            self.all_button.setText(self.tr("Mark missing items &arrived…"))
            self.all_button.setToolTip(
                self.tr("Items recorded missing were found: asks first, naming them")
            )
        else:
            self.all_button.setText(self.tr("Everything &arrived"))
            self.all_button.setToolTip(self.tr("Receive everything the movement expects"))
        self.done_note.setVisible(written)
        if written:
            self.done_note.setText(self._written_text(status))

    def _written_text(self, status: C.MovementStatus) -> str:
        missing = len(status.missing)
        if missing:
            said = self.tr("Reception written: %n item(s) recorded missing.", "", missing)
        else:
            said = self.tr("Reception written: everything expected arrived.")
        return " ".join(
            (said, self.tr("An item found since can be scanned, then added with Finish check-in."))
        )

    def set_movement(self, session: Session | None, movement_id: str | None) -> None:
        """Start checking in ``movement_id`` (None: nothing chosen)."""
        self.session = session
        self.movement_id = movement_id
        self.scanned = []
        self.status = None
        widgets.set_error(self.error, "")
        self.feedback.setText("")
        if session is None or movement_id is None:
            self.title.setText(self.tr("Check in"))
            self.list.setRowCount(0)
            self._set_enabled(False)
            self._show_counts(0, 0, 0, 0)
            return
        try:
            status = C.movement_status(session.vault.db, movement_id)
        except KeyError:
            self.set_movement(session, None)
            return
        self.status = status
        self.title.setText(
            self.tr("Check in: {movement}").format(movement=movement_title(session, status))
        )
        can_receive = status.state not in ("planned", C.DELETED)
        kept = self._kept_scans() if can_receive else []
        if status.state == "received":
            self.scanned = list(dict.fromkeys(_scans(status) + kept))
            if len(self.scanned) > len(_scans(status)):
                self._show_live()  # scans kept from before, not written yet
            else:
                self._show_reconciliation(status)
            self.feedback.setText(self.tr("Already received. Scan more to add what arrived since."))
        else:
            self.scanned = kept
            self._show_live()
        if kept:
            self.feedback.setText(
                self.tr(
                    "%n scan(s) kept from before FieldKit locked or closed; go on scanning.",
                    "",
                    len(kept),
                )
            )
        if not can_receive:
            self.feedback.setText(self.tr("This movement has not departed yet."))
        self._update_buttons()

    def _kept_scans(self) -> list[str]:
        """Scans of this movement kept as a draft and not yet written as its reception."""
        if self.session is None or self.movement_id is None:
            return []
        draft = drafts.load(self.session.vault, draft_key(self.movement_id))
        scanned = draft.values.get("scanned") if draft is not None else None
        if not isinstance(scanned, list):
            return []
        return list(dict.fromkeys(str(item) for item in scanned))

    def _keep_scans(self) -> None:
        """Keep what was scanned, encrypted in the vault, before the reception is written."""
        if self.session is None or self.movement_id is None:
            return
        try:
            drafts.save(
                self.session.vault,
                draft_key(self.movement_id),
                CHECK_IN_DRAFT,
                self.movement_id,
                {"scanned": self.scanned},
            )
        except FieldKitError as exc:  # a full disk: the scan still counts on screen
            widgets.set_error(self.error, error_text(exc)[0])

    # --- scanning ----------------------------------------------------------------------------

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        if not text:
            self.scan.clear()
            return
        if self.mark(text) is None and self.error.text():
            # Refused: the code stays, selected, to be corrected (or replaced by the next scan).
            self.scan.selectAll()
        else:
            self.scan.clear()

    def mark(self, typed: str) -> str | None:
        """Mark the item ``typed`` (code, inventory number, id or prefix) received. Returns its
        id, or None (and says why) when it is not an object or container of this vault."""
        session = self.session
        if session is None or self.status is None or self.movement_id is None:
            return None
        try:
            # Also an item of this movement deleted on another laptop meanwhile: it is here.
            item = custody(session).resolve_received(self.movement_id, typed)
        except (RecordNotFoundError, AmbiguousIdError) as exc:
            self._refuse(typed, error_text(exc)[0])
            return None
        except FieldKitError as exc:
            self._refuse(typed, error_text(exc)[0])
            return None
        name = labels(session, [item]).get(item, typed)
        self.names.setdefault(item, name)
        # Kept whole in an Arabic sentence: "MCP 1980.6 — Stèle" moved the colon and the full
        # stop to the wrong side (trial r10 #20).
        shown = isolate(name)
        if item in self.scanned:
            widgets.set_error(self.error, "")
            self.feedback.setText(self.tr("{item}: already scanned.").format(item=shown))
            return item
        self.scanned.append(item)
        widgets.set_error(self.error, "")
        self._keep_scans()
        preview = self._show_live()
        self._update_buttons()
        if preview is None:
            return item  # the error says why the reception would be refused
        if item in preview.extra:
            self.feedback.setText(
                self.tr("{item}: not expected in this movement (extra).").format(item=shown)
            )
        else:
            self.feedback.setText(self.tr("{item}: received.").format(item=shown))
        return item

    def _refuse(self, typed: str, why: str) -> None:
        QApplication.beep()
        # The code kept left to right inside the sentence: first in it, a Latin code made the
        # whole Arabic line left to right, flush left, its colon and full stop misplaced.
        widgets.set_error(self.error, self.tr("“{code}”: {why}").format(code=ltr(typed), why=why))

    # --- showing -----------------------------------------------------------------------------

    @staticmethod
    def _caption(key: str, n: int) -> str:
        """The caption under a count, agreeing with it (« 1 reçu », « 2 reçus »): its own
        context, as the same English words are the one-item states of the list's rows."""
        return {
            EXPECTED: QCoreApplication.translate("CheckInCounts", "Expected", "", n),
            RECEIVED: QCoreApplication.translate("CheckInCounts", "Received", "", n),
            PENDING: QCoreApplication.translate("CheckInCounts", "Not yet scanned", "", n),
            MISSING: QCoreApplication.translate("CheckInCounts", "Missing", "", n),
            EXTRA: QCoreApplication.translate("CheckInCounts", "Extra", "", n),
        }[key]

    def _show_counts(self, expected: int, received: int, pending: int, extra: int) -> None:
        for key, value in (
            (EXPECTED, expected),
            (RECEIVED, received),
            (PENDING, pending),
            (EXTRA, extra),
        ):
            self.count_labels[key].setText(str(value))
            shown = self._pending_key if key == PENDING else key
            self.captions[key].setText(self._caption(shown, value))
        self.count_labels[EXPECTED].setAccessibleName(self.tr("%n expected", "", expected))

    def counts(self) -> dict[str, int]:
        return {key: int(label.text()) for key, label in self.count_labels.items()}

    def states(self) -> dict[str, str]:
        """Each listed item's state (item id -> expected/received/missing/extra/pending)."""
        out = {}
        for row in range(self.list.rowCount()):
            item = self.list.item(row, 0)
            state = self.list.item(row, 1)
            if item is not None and state is not None:
                out[str(item.data(ID_ROLE))] = str(state.data(ID_ROLE))
        return out

    def _state_text(self, state: str) -> str:
        return {
            RECEIVED: self.tr("Received"),
            OUTSIDE: self.tr("Received outside its container"),
            PENDING: self.tr("Not yet scanned"),
            MISSING: self.tr("Missing"),
            EXTRA: self.tr("Extra (not expected)"),
        }[state]

    def _fill(self, rows: list[tuple[str, str]]) -> None:
        assert self.session is not None  # noqa: S101 - only called with a session
        names = labels(self.session, [i for i, _ in rows])
        self.names.update(names)
        self.list.setRowCount(len(rows))
        for r, (item_id, state) in enumerate(rows):
            name = QTableWidgetItem(self.names.get(item_id, item_id[:8]))
            name.setData(ID_ROLE, item_id)
            shown = QTableWidgetItem(self._state_text(state))
            shown.setData(ID_ROLE, state)
            brush = QBrush(QColor(COLOURS[state]))
            for cell in (name, shown):
                cell.setBackground(brush)
                cell.setForeground(QBrush(QColor("#1b1b1b")))
            self.list.setItem(r, 0, name)
            self.list.setItem(r, 1, shown)
        self.list.resizeColumnToContents(0)
        self.list.scrollToTop()

    def _show_live(self) -> C.MovementStatus | None:
        """The reception Finish would write with what was scanned so far (the core's preview),
        shown with what is not received yet as not yet scanned. None (and the reason shown)
        when the core would refuse it."""
        session, status = self.session, self.status
        if session is None or status is None:
            return None
        try:
            preview = C.preview_reception(session.vault.db, status.id, self.scanned)
        except FieldKitError as exc:  # e.g. a departure dated later than now
            widgets.set_error(self.error, error_text(exc)[0])
            return None
        outside = set(preview.outside)
        received = [(x, OUTSIDE if x in outside else RECEIVED) for x in preview.received]
        # What is still to find first (at the bottom, below 20 green rows, it needed scrolling
        # to see before Finish: r13 trial #4), then the latest scan: the person sees what they
        # just did; contents that arrived in a sealed container follow, as they were packed.
        recent = {x: i for i, x in enumerate(self.scanned)}
        received.sort(key=lambda r: -recent.get(r[0], -1))
        extra = set(preview.extra)
        extras = [x for x in reversed(self.scanned) if x in extra]
        # Once a reception is written, what is still not received was recorded missing: a late
        # scan turned the other missing items back into « not scanned yet » under a count line
        # saying they were missing (r15 tester #18, ar).
        pending = MISSING if status.state == "received" else PENDING
        rows = [(x, pending) for x in preview.missing] + [(x, EXTRA) for x in extras] + received
        self._fill(rows)
        self._pending_key = pending
        self._show_counts(
            len(preview.expected), len(preview.received), len(preview.missing), len(preview.extra)
        )
        return preview

    def _show_reconciliation(self, status: C.MovementStatus) -> None:
        """The core's reconciliation after the reception was written."""
        outside = set(status.outside)
        rows = (
            [(x, MISSING) for x in status.missing]
            + [(x, EXTRA) for x in status.extra]
            + [(x, OUTSIDE) for x in status.received if x in outside]
            + [(x, RECEIVED) for x in status.received if x not in outside]
        )
        self._fill(rows)
        self._pending_key = MISSING
        self._show_counts(
            len(status.expected), len(status.received), len(status.missing), len(status.extra)
        )

    # --- writing -----------------------------------------------------------------------------

    def confirm_finish(self) -> QMessageBox | None:
        """The button: ask first when finishing would mark items missing (one click marked 16
        items of a crate missing); finish at once when nothing would be."""
        preview = self._show_live() if self.scanned else None
        session = self.session
        if preview is None or not preview.missing or session is None:
            self.finish()
            return None
        if self.confirm_box is not None:
            self.confirm_box.raise_()
            return self.confirm_box

        def answered(chosen: bool) -> None:
            self.confirm_box = None
            if chosen:
                self.finish()
            else:
                self.scan.setFocus()

        self.confirm_box = widgets.question_box(
            self,
            "confirmFinishBox",
            self.tr("Finish check-in?"),
            # Named: a count alone left the user to scroll the list to find which (r13 #4).
            self.tr(
                "%n item(s) not scanned will be marked missing: {items}.",
                "",
                len(preview.missing),
            ).format(items=codes_named(session, preview.missing)),
            self.tr("Finish check-in"),
            answered,
            informative=self.tr("Scan what arrived first, or finish now."),
            cancel=self.tr("Cancel"),
        )
        return self.confirm_box

    def finish(self) -> C.MovementStatus | None:
        """Write the reception of what was scanned (as ``fieldkit move receive``)."""
        return self._receive(everything=False)

    def receive_everything(self) -> C.MovementStatus | None:
        """Everything expected arrived (as ``fieldkit move receive --all``). On a reception
        written with items recorded missing, asks first, naming them (as ``--all --found``):
        one click turned a missing object into an arrived one (r13 trial #2)."""
        session = self.session
        self._read_status_again()
        found = self._found_by_everything()
        if not found or session is None:
            return self._receive(everything=True)
        if self.confirm_box is not None:
            self.confirm_box.raise_()
            return None

        def answered(chosen: bool) -> None:
            self.confirm_box = None
            if chosen:
                self._receive(everything=True, found=True)
            else:
                self.scan.setFocus()

        self.confirm_box = widgets.question_box(
            self,
            "confirmFoundBox",
            self.tr("Mark missing items arrived?"),
            self.tr(
                "%n item(s) recorded missing will be marked arrived: {items}.", "", len(found)
            ).format(items=codes_named(session, found)),
            self.tr("Mark them arrived"),
            answered,
            informative=self.tr(
                "Only if they were found. To add one item found since, scan it and finish."
            ),
            cancel=self.tr("Cancel"),
        )
        return None

    def _read_status_again(self) -> None:
        """The movement's status as written now: an import or a sync may have merged a
        colleague's reception since the check-in opened, and the question below was decided on
        the status read then (r14 review #8)."""
        session, status = self.session, self.status
        if session is None or status is None:
            return
        try:
            now = C.movement_status(session.vault.db, status.id)
        except KeyError:
            return
        if now.state != status.state or now.fields != status.fields:
            self.status = now
            self.scanned = list(dict.fromkeys(_scans(now) + self.scanned))
            if now.state == "received" and len(self.scanned) == len(_scans(now)):
                self._show_reconciliation(now)
            else:
                self._show_live()
            self._update_buttons()

    def _found_by_everything(self) -> list[str]:
        """The items the written reception recorded missing that receiving everything would
        mark arrived (none before the reception is written)."""
        session, status = self.session, self.status
        if session is None or status is None or status.state != "received" or not status.missing:
            return []
        try:
            after = C.preview_reception(session.vault.db, status.id, self.scanned, everything=True)
        except FieldKitError:
            return []  # the reception itself says why, when tried
        return C.found_again(status, after)

    def _receive(self, *, everything: bool, found: bool = False) -> C.MovementStatus | None:
        session, movement = self.session, self.movement_id
        if session is None or movement is None or not self.scan.isEnabled():
            return None
        if not self.scanned and not everything:
            widgets.set_error(self.error, self.tr("Scan at least one item before finishing."))
            self.scan.setFocus()
            return None
        try:
            # The scans' draft goes in the reception's own transaction: removed after it, a
            # crash in between reopened the scans of a reception already written.
            status = custody(session).receive(
                movement,
                self.scanned,
                everything=everything,
                found=found,
                draft_key=draft_key(movement),
            )
        except FoundAgainError as exc:
            # A reception recording items missing was merged between the question and the
            # write: asked now, naming them (the core refuses to decide it alone).
            self._read_status_again()
            if self._found_by_everything():
                self.receive_everything()
            else:
                show_error(self, exc)
            return None
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        self.status = status
        self.scanned = _scans(status)
        self._show_reconciliation(status)
        if status.missing:
            text = self.tr("Reception written: %n item(s) missing.", "", len(status.missing))
        else:
            text = self.tr("Reception written: everything expected arrived.")
        widgets.set_error(self.error, "")
        self.feedback.setText(text)
        self._update_buttons()
        self.finished.emit(movement)
        self.scan.setFocus()
        return status


def _scans(status: C.MovementStatus) -> list[str]:
    """What the reception written so far lists as scanned (not the contents of the sealed
    containers it implies: scanning one of those later opens its container)."""
    found = status.fields.get("received")
    if not isinstance(found, list):
        return []
    return list(dict.fromkeys(x for x in found if isinstance(x, str)))


def draft_key(movement_id: str) -> str:
    """The draft holding a check-in's scans until the reception is written."""
    return f"{CHECK_IN_DRAFT}:{movement_id}"


__all__ = ["CHECK_IN_DRAFT", "CheckInPanel", "draft_key"]
