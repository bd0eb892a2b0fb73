"""Sync folders on the "Bundles & sync" page: status per target, Sync now, automatic sync.

A QTimer polls ``target_status`` (and the quarantine) every few seconds while the page is
visible and the vault unlocked. The poll runs on a worker with a connection of its own — it
stats each target folder, and a network share that hangs must not freeze the window — and a
new poll starts only once the last one has answered. When a poll sees a target go from not
reachable to reachable (a USB drive plugged in, a share mounted) the page offers "Sync now",
or syncs right away if the user ticked "Sync automatically" for that target (remembered in
QSettings per vault and target name; nothing secret).

One sync at a time, on a worker (``sync_tasks.run_sync``), with a progress bar, Cancel and a
plain summary. Locking cancels it, waits for it, stops the poll and forgets every row.
"""

from __future__ import annotations

import dataclasses
import logging
import time

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.gui.bundles import sync_tasks
from fieldkit.gui.bundles.key_checklist import KeyChecklist
from fieldkit.gui.bundles.sync_target_dialog import AddTargetDialog, no_keys_text
from fieldkit.gui.dates import format_iso
from fieldkit.gui.errors import show_error
from fieldkit.gui.progress_page import ProgressPage
from fieldkit.gui.session import Session
from fieldkit.gui.trust_dialogs import AddCardDialog, fingerprint_text
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    ERROR_STYLE,
    column,
    core_text,
    flow_row,
    headed_table,
    hrow,
    human_size,
    ltr,
    paragraph,
    push_button,
    read_only_rows,
)
from fieldkit.gui.workers import Worker, start
from fieldkit.i18n import Text, error_text, localise
from fieldkit.identity import trust
from fieldkit.identity.card import IdentityCard
from fieldkit.sync import (
    QuarantineEntry,
    SyncProgress,
    SyncReport,
    SyncTarget,
    TargetStatus,
    quarantined,
    remove_target,
    s3target,
)
from fieldkit.sync.engine import STAGES
from fieldkit.sync.targets import (
    TargetUnreachableError,
    get_target,
    no_recipients_note,
    set_recipients,
)
from fieldkit.tasks import Progress

log = logging.getLogger(__name__)

POLL_MS = 3000
# While an S3 target is known to be unreachable, the network is asked this often (seconds) rather
# than the core's PROBE_SECONDS: a server back after a restart was otherwise shown "Not connected",
# with Sync greyed, for minutes. A probe of a server that is down costs nothing to anyone.
DOWN_PROBE_SECONDS = 15.0
# No byte sent for this long (seconds) during a delivery: say so rather than an estimate.
STALL_SECONDS = 5.0
AUTO_KEY = "sync/auto/{vault}/{target}"
NAME_ROLE = Qt.ItemDataRole.UserRole + 1

# Columns of the targets table.
NAME, FOLDER, STATE, WAITING, LAST_PUSH, LAST_PULL, QUARANTINED, AUTOMATIC = range(8)
# Columns of the quarantine table (the reason is shown second: see _table_of_refusals).
Q_FOUND, Q_TARGET, Q_FILE, Q_REASON = range(4)


def _when(value: str | None, never: str) -> str:
    return ltr(format_iso(value)) if value else never


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: list[str], name: str, parent: QWidget) -> QTableWidget:
    return read_only_rows(
        headed_table(columns, parent, name),
        single=True,
        alternating=True,
        resize=QHeaderView.ResizeMode.ResizeToContents,
    )


class SyncPanel(QWidget):
    synced = Signal(object)  # SyncReport: records may have come in
    quarantine_changed = Signal(int)  # how many entries the quarantine list shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanel")
        self.session: Session | None = None
        self.statuses: list[TargetStatus] = []
        self.entries: list[QuarantineEntry] = []
        # The card inside each bundle refused for an untrusted signer, by quarantine entry id.
        self.senders: dict[int, IdentityCard | None] = {}
        self._trust_entry: QuarantineEntry | None = None  # what "Trust the sender…" is about
        self.poll_worker: Worker | None = None
        self.sync_worker: Worker | None = None
        self.syncing: str | None = None  # the target being synced
        self.queue: list[str] = []  # automatic syncs waiting for the current one
        self.polls = 0  # answered polls (tests wait on it)
        self._reachable: dict[str, bool] = {}
        self._generation = 0  # bumped at lock: late answers from workers are dropped
        self._offered: str | None = None
        self._pending_select: str | None = None  # a target just added: select it when listed
        self.transfer = sync_tasks.Transfer()  # bytes and ETA of the running sync's delivery
        # Targets a sync just found unreachable (name → when, and the sentence why): shown "Not
        # connected" at once, until a probe asked after that answers — the core's last probe,
        # reused for up to PROBE_SECONDS, may still say it answered.
        self._down: dict[str, tuple[float, str]] = {}
        self._fresh_wanted = False  # a poll asking the network now is due after the running one
        self._poll_started = 0.0  # when the running poll started
        self._poll_fresh = False  # whether it asks the network now
        self._last_selected: str | None = None
        self._summary_unreachable: str | None = None  # the summary says this target was down
        self._last_progress: Progress | None = None  # the running sync's last step, for _tick

        # Redraws the delivery's detail while nothing comes from the worker (a stalled upload
        # sends no progress at all).
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll_now)

        title = QLabel(self.tr("Sync f&olders"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.targets = _table(
            [
                self.tr("Name"),
                self.tr("Folder"),
                self.tr("State"),
                self.tr("Waiting"),
                self.tr("Last sent"),
                self.tr("Last picked up"),
                self.tr("Quarantined"),
                self.tr("Automatic"),
            ],
            self.tr("Sync folders"),
            self,
        )
        self.targets.setObjectName("syncTargets")
        self.targets.setMinimumHeight(90)
        self.targets.itemSelectionChanged.connect(self._selection_changed)
        self.targets.itemDoubleClicked.connect(lambda _i: self.sync_selected())
        title.setBuddy(self.targets)
        self.empty_note = paragraph(
            self.tr(
                "No sync folder yet. Add a USB drive or a shared folder: FieldKit leaves your "
                "bundles there and picks up the ones addressed to you."
            ),
            self,
        )
        self.empty_note.setObjectName("syncEmptyNote")

        self.add_button = push_button(
            self.tr("&Add sync folder…"), self, "syncAdd", self.add_target
        )
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setObjectName("syncRemove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected sync folder"))
        # clicked(bool) would pass False as `confirm` and skip the question.
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.auto_check = QCheckBox(self.tr("Sync a&utomatically when this folder appears"), self)
        self.auto_check.setObjectName("syncAuto")
        self.auto_check.toggled.connect(self._auto_toggled)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setAccessibleName(self.tr("Sync the selected folder now"))
        self.sync_button.clicked.connect(self.sync_selected)
        self.recipients_button = push_button(
            self.tr("Reci&pients…"), self, "syncRecipients", lambda: self.edit_recipients()
        )
        self.recipients_button.setAccessibleName(
            self.tr("Choose who receives the bundles left in the selected sync folder")
        )
        # A narrow page puts the folder's buttons and its check box on more lines, Sync now
        # staying at the end: the Ukrainian row made the page scroll sideways at 125 %.
        folder_controls = flow_row(
            self, self.add_button, self.remove_button, self.recipients_button, self.auto_check
        )
        buttons = hrow(folder_controls, 1, self.sync_button, margins=False)
        buttons.setAlignment(self.sync_button, Qt.AlignmentFlag.AlignTop)

        # "The drive was plugged in": an offer to sync it.
        self.offer = QWidget(self)
        self.offer_text = QLabel(self.offer)
        self.offer_text.setWordWrap(True)
        self.offer_text.setTextFormat(Qt.TextFormat.PlainText)
        self.offer_button = push_button(
            self.tr("Sync &now"), self.offer, "syncOffer", self._sync_offered
        )
        offer_layout = QHBoxLayout(self.offer)
        offer_layout.setContentsMargins(0, 0, 0, 0)
        offer_layout.addWidget(self.offer_text, 1)
        offer_layout.addWidget(self.offer_button)
        self.offer.setVisible(False)

        # What is wrong with the selected folder now (not plugged in, no recipient) and what
        # to do: always current, unlike the summary of the last sync.
        self.status_line = paragraph("", self)
        self.status_line.setObjectName("syncStatusLine")
        self.status_line.setAccessibleName(self.tr("Sync folder status"))
        self.status_line.setStyleSheet(ERROR_STYLE)
        # "Try again": ask the network now whether an unreachable target answers (it is asked
        # by itself only every so often).
        self.retry_button = push_button(self.tr("Tr&y again"), self, "syncRetry", self.retry)
        self.retry_button.setAccessibleName(
            self.tr("Check again whether the selected sync folder can be reached")
        )
        self.status_row = QWidget(self)
        status_layout = QHBoxLayout(self.status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_line, 1)
        # At the end of the row (mirrored right to left), even when the summary says the rest.
        status_layout.addWidget(
            self.retry_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        self.status_row.setVisible(False)

        # Progress of the running sync: the core's stage labels, on the task page.
        self.progress_box = ProgressPage(self.tr("Sync progress"), self, compact=True)
        self.progress_box.phases = STAGES
        self.progress_box.detail = self._transfer_text
        self.progress_box.bar.setObjectName("syncProgress")
        self.cancel_button = self.progress_box.cancel_button
        self.cancel_button.setObjectName("syncCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the sync"))
        self.cancel_button.clicked.connect(self.queue.clear)
        self.progress_box.setVisible(False)

        self.summary = paragraph("", self)
        self.summary.setObjectName("syncSummary")
        self.summary.setAccessibleName(self.tr("Sync summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setVisible(False)
        # A bundle refused only because its sender's card is not trusted: the app's way in.
        self.trust_button = push_button(
            self.tr("Trust the sen&der…"), self, "syncTrustSender", lambda: self.trust_sender()
        )
        self.trust_button.setVisible(False)
        trust_row = QHBoxLayout()
        trust_row.addStretch(1)
        trust_row.addWidget(self.trust_button)

        # The quarantine: the page shows it (in a tab); the panel keeps it up to date.
        self.quarantine = _table(
            [self.tr("Found"), self.tr("Folder"), self.tr("File"), self.tr("Reason")],
            self.tr("Quarantined files"),
            self,
        )
        self.quarantine.setObjectName("syncQuarantine")
        self._table_of_refusals()

        column(
            self,
            *(title, self.targets, 1, self.empty_note, buttons, self.status_row),
            *(self.offer, self.progress_box, self.summary, trust_row),
            margins=False,
        )
        self._update_buttons()

    # --- session and visibility --------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self._generation += 1
        if session is None:
            self.timer.stop()
            self._stop_workers()
            self.session = None
            self.statuses = []
            self.entries = []
            self.senders = {}
            self._trust_entry = None
            self.trust_button.setVisible(False)
            self.status_row.setVisible(False)
            self.ticker.stop()
            self.queue.clear()
            self._reachable.clear()
            self._down.clear()
            self._fresh_wanted = False
            self._last_selected = None
            self._offered = None
            self.targets.setRowCount(0)
            self.quarantine.setRowCount(0)
            self.quarantine_changed.emit(0)
            self.summary.clear()
            self.summary.setVisible(False)
            self._show_offer(False)
            self.progress_box.setVisible(False)
            self._update_buttons()
            return
        self.session = session
        self._update_buttons()
        if self.isVisible():
            self.timer.start()
            self.poll_now(fresh=True)

    def _stop_workers(self) -> None:
        """Cancel a running sync and wait for both workers: they hold connections."""
        self.sync_worker, self.syncing = None, None
        self.progress_box.stop(30)
        poll, self.poll_worker = self.poll_worker, None
        if poll is not None:
            poll.wait(10)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            self.timer.start()
            self.poll_now(fresh=not event.spontaneous())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # a minimised window still counts as visible
            self.timer.stop()

    # --- polling -----------------------------------------------------------------------------

    def poll_now(self, fresh: bool = False) -> None:
        """Ask for every target's status (on a worker); while the last poll runs, a ``fresh``
        one (S3 targets asked over the network now) follows it, another is skipped."""
        if self.session is None or not self.isVisible():
            return
        if self.poll_worker is not None:
            self._fresh_wanted = self._fresh_wanted or fresh
            return
        fresh = fresh or self._fresh_wanted
        self._fresh_wanted = False
        probe_age: float | None = None
        if fresh:
            probe_age = 0.0
        elif any(s.kind == "s3" and not s.reachable for s in self.statuses):
            probe_age = min(s3target.PROBE_SECONDS, DOWN_PROBE_SECONDS)
        generation = self._generation
        worker = Worker(sync_tasks.poll, self.session, frozenset(self.senders), probe_age)
        worker.signals.finished.connect(lambda result: self._polled(worker, generation, result))
        worker.signals.failed.connect(lambda exc: self._poll_failed(worker, generation, exc))
        self.poll_worker = worker
        self._poll_started, self._poll_fresh = time.monotonic(), fresh
        self._update_retry()
        start(worker)

    def retry(self) -> None:
        """ "Try again": whether the selected target answers now (it is offered for sync if so)."""
        self.poll_now(fresh=True)
        self._update_retry()

    def _poll_done(self, worker: Worker) -> None:
        if worker is self.poll_worker:
            self.poll_worker = None
            if self._fresh_wanted:
                QTimer.singleShot(0, self.poll_now)

    def _poll_failed(self, worker: Worker, generation: int, exc: BaseException) -> None:
        self._poll_done(worker)
        self._update_retry()
        if generation != self._generation or self.session is None:
            return
        log.warning("sync status poll failed: %s", type(exc).__name__)
        if not isinstance(exc, FieldKitError):
            self.timer.stop()  # a bug: say so once, not every few seconds
            show_error(self, exc)

    def _polled(self, worker: Worker, generation: int, result: sync_tasks.Poll) -> None:
        fresh, started = self._poll_fresh, self._poll_started
        self._poll_done(worker)
        if generation != self._generation or self.session is None:
            return
        self.polls += 1
        if fresh:  # the network was asked after these syncs failed: its answer holds now
            self._down = {n: d for n, d in self._down.items() if d[0] > started}
        statuses = [self._as_seen(s) for s in result.statuses]
        appeared = []
        for status in statuses:
            before = self._reachable.get(status.name)
            if before is False and status.reachable:
                appeared.append(status.name)
            if before is True and not status.reachable and self.syncing != status.name:
                # The drive went away: the last sync's summary no longer says how things are
                # (the status line does).
                self.summary.setVisible(False)
                self.trust_button.setVisible(False)
            self._reachable[status.name] = status.reachable
        for name in set(self._reachable) - {s.name for s in statuses}:
            del self._reachable[name]
        if statuses != self.statuses:
            self.statuses = statuses
            self._fill_targets()
        ids = {e.id for e in result.quarantine}
        senders = {k: v for k, v in self.senders.items() if k in ids} | result.senders
        if result.quarantine != self.entries or senders != self.senders:
            self.entries, self.senders = result.quarantine, senders
            self._fill_quarantine()
        if self._offered is not None and not self._reachable.get(self._offered, False):
            self._offered = None
            self._show_offer(False)
        self._update_status_line()
        for name in appeared:
            if self._summary_unreachable == name:
                # "could not be reached" under "can be reached again": the offer says how it is.
                self.summary.setVisible(False)
                self._summary_unreachable = None
            if self.automatic(name):
                self.start_sync(name, automatic=True)
            elif self.syncing != name:
                self._offer(name)

    def _as_seen(self, status: TargetStatus) -> TargetStatus:
        """``status``, unreachable if a sync found it so since the network was last asked."""
        down = self._down.get(status.name)
        if down is None or not status.reachable:
            return status
        return dataclasses.replace(status, reachable=False, problem=down[1])

    def _mark_down(self, name: str, problem: str) -> None:
        """A sync just found ``name`` unreachable: say so now, and ask the network again."""
        self._down[name] = (time.monotonic(), problem)
        self._reachable[name] = False  # not "went away": the sync's summary says what happened
        self.statuses = [self._as_seen(s) for s in self.statuses]
        self.poll_now(fresh=True)

    def _offer(self, name: str) -> None:
        self._offered = name
        status = self.status(name)
        if status is not None and status.kind == "s3":
            self.offer_text.setText(
                self.tr("The S3 storage “{name}” can be reached again.").format(name=name)
            )
        else:
            self.offer_text.setText(
                self.tr("The sync folder “{name}” is connected.").format(name=name)
            )
        self.offer_button.setAccessibleName(self.tr("Sync “{name}” now").format(name=name))
        self._show_offer(True)

    def _show_offer(self, on: bool) -> None:
        """The offer carries its own Sync button: the row's one hides meanwhile (one button)."""
        self.offer.setVisible(on)
        self.sync_button.setVisible(not on)

    def _sync_offered(self) -> None:
        name, self._offered = self._offered, None
        self._show_offer(False)
        if name is not None:
            self.start_sync(name)

    # --- the tables --------------------------------------------------------------------------

    def selected_name(self) -> str | None:
        rows = self.targets.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.targets.item(rows[0].row(), NAME)
        return None if item is None else str(item.data(NAME_ROLE))

    def _row_name(self, row: int) -> str | None:
        item = self.targets.item(row, NAME)
        return None if item is None else str(item.data(NAME_ROLE))

    def select(self, name: str) -> None:
        for row in range(self.targets.rowCount()):
            if self._row_name(row) == name:
                self._select_row(row)
                return

    def _select_row(self, row: int) -> None:
        # Not QTableView.selectRow: right to left (Arabic) it picks its column at the viewport's
        # right edge, finds none when the columns fill the width, and selects nothing, which
        # left Sync greyed out with no reason.
        index = self.targets.model().index(row, NAME)
        self.targets.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def status(self, name: str) -> TargetStatus | None:
        return next((s for s in self.statuses if s.name == name), None)

    def _fill_targets(self) -> None:
        selected = self.selected_name()
        self.targets.setRowCount(len(self.statuses))
        never = self.tr("never")
        for row, s in enumerate(self.statuses):
            name = _item(s.name)
            name.setData(NAME_ROLE, s.name)
            self.targets.setItem(row, NAME, name)
            where = s.location or str(s.path)
            folder = _item(ltr(where))
            folder.setToolTip(
                self.tr("{where} on {endpoint}").format(where=where, endpoint=s.endpoint)
                if s.endpoint
                else where
            )
            self.targets.setItem(row, FOLDER, folder)
            if self.syncing == s.name:
                state = _item(self.tr("Syncing…"))
            elif s.reachable:
                state = _item(self.tr("Connected"))
            else:
                state = _item(self.tr("Not connected"))
            tip = core_text(s.problem or "") or core_text(s.last_error or "")
            if s.last_error and s.reachable:
                state.setText(state.text() + " " + self.tr("(last sync had a problem)"))
            state.setToolTip(tip)
            state.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
            self.targets.setItem(row, STATE, state)
            waiting = str(s.waiting)
            if s.kind == "s3" and s.bytes_pending:
                waiting = self.tr("{count} ({size})").format(
                    count=s.waiting, size=human_size(s.bytes_pending)
                )
            self.targets.setItem(row, WAITING, _item(waiting, number=True))
            self.targets.setItem(row, LAST_PUSH, _item(_when(s.last_push, never)))
            self.targets.setItem(row, LAST_PULL, _item(_when(s.last_pull, never)))
            self.targets.setItem(row, QUARANTINED, _item(str(s.quarantined), number=True))
            auto = self.tr("yes") if self.automatic(s.name) else self.tr("no")
            self.targets.setItem(row, AUTOMATIC, _item(auto))
        self.empty_note.setVisible(not self.statuses)
        if self._pending_select is not None and self.status(self._pending_select) is not None:
            selected, self._pending_select = self._pending_select, None
        if selected is not None:
            self.select(selected)
        elif self.statuses and not self.targets.selectionModel().hasSelection():
            self._select_row(0)
        self._update_buttons()

    def _table_of_refusals(self) -> None:
        """The reason where it is read: second, taking the width left, wrapped; the file (a
        long generated name) narrow and elided in the middle, whole in its tooltip."""
        table = self.quarantine
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(Q_REASON), 1)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Q_REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Q_FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Q_FILE, 160)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._quarantine_menu)

    def reason_text(self, entry: QuarantineEntry) -> str:
        """Why ``entry`` was refused, for the app: an untrusted sender by name and fingerprint
        with what to do (the import's own sentence names a command-line option)."""
        if entry.untrusted and entry.kind == "bundle" and entry.sender:
            card = self.senders.get(entry.id)
            return core_text(quarantined.untrusted_text(entry.sender, card.name if card else None))
        reason = core_text(entry.reason)
        if entry.untrusted:
            reason += " " + self.tr("(imports once you trust the sender's card)")
        return reason

    def _fill_quarantine(self) -> None:
        self.quarantine.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            self.quarantine.setItem(row, Q_FOUND, _item(_when(e.found_at, "")))
            self.quarantine.setItem(row, Q_TARGET, _item(e.target))
            file = _item(ltr(e.file))
            file.setToolTip(e.file)
            self.quarantine.setItem(row, Q_FILE, file)
            reason = self.reason_text(e)
            item = _item(reason)
            item.setToolTip(reason)
            self.quarantine.setItem(row, Q_REASON, item)
        self.quarantine_changed.emit(len(self.entries))

    def entry_at(self, row: int) -> QuarantineEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def quarantine_actions(self, entry: QuarantineEntry) -> QMenu:
        """What can be done with a quarantined file: the core's ways, nothing of the GUI's own."""
        menu = QMenu(self.quarantine)
        card = self.senders.get(entry.id)
        trust_action = menu.addAction(self.tr("Trust the sender…"))
        trust_action.setObjectName("quarantineTrust")
        trust_action.setEnabled(card is not None and self.session is not None)
        trust_action.triggered.connect(lambda: self.trust_sender(entry))
        status = self.status(entry.target)
        again = menu.addAction(self.tr("Sync “{name}” again").format(name=entry.target))
        again.setObjectName("quarantineSyncAgain")
        again.setEnabled(status is not None and status.reachable and self.sync_worker is None)
        again.triggered.connect(lambda: self.start_sync(entry.target))
        folder = menu.addAction(self.tr("Open the folder holding it"))
        folder.setObjectName("quarantineOpenFolder")
        where = status.path / entry.file if status is not None and status.kind != "s3" else None
        folder.setEnabled(where is not None and status is not None and status.reachable)
        if where is not None:
            parent = where.parent
            folder.triggered.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(parent)))
            )
        copy = menu.addAction(self.tr("Copy the reason"))
        copy.setObjectName("quarantineCopyReason")
        text = self.reason_text(entry)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
        return menu

    def _quarantine_menu(self, pos: QPoint) -> None:
        entry = self.entry_at(self.quarantine.rowAt(pos.y()))
        if entry is not None:
            menu = self.quarantine_actions(entry)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.quarantine.viewport().mapToGlobal(pos))

    # --- trusting a sender, choosing recipients ------------------------------------------------

    def trust_sender(self, entry: QuarantineEntry | None = None) -> AddCardDialog | None:
        """The trust dialog for the card inside a bundle refused for its untrusted sender; once
        trusted, the folder is synced again, which imports the bundle."""
        entry = entry or self._trust_entry
        card = self.senders.get(entry.id) if entry is not None else None
        if self.session is None or entry is None or card is None:
            return None
        dialog = AddCardDialog(self.session, card, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        target = entry.target

        def trusted(_result: int) -> None:
            if dialog.key is not None:
                self.trust_button.setVisible(False)
                status = self.status(target)
                if status is not None and status.reachable:
                    self.start_sync(target)

        dialog.finished.connect(trusted)
        dialog.open()
        return dialog

    def edit_recipients(self) -> RecipientsDialog | None:
        name = self.selected_name()
        if self.session is None or name is None:
            return None
        try:
            target = get_target(self.session.vault, name)
            keys = [k for k in trust.list_keys(self.session.vault.db) if not k.revoked]
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        dialog = RecipientsDialog(self.session, target.name, keys, target.cards, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.poll_now)
        dialog.open()
        return dialog

    def _update_status_line(self) -> None:
        """What is wrong with the selected folder now and what to do; hidden when nothing is."""
        name = self.selected_name() if self.session is not None else None
        status = self.status(name) if name is not None else None
        text = ""
        if status is not None and self.syncing != status.name:
            if not status.reachable:
                if status.kind == "s3":
                    text = core_text(status.problem or "")
                    if not self.summary.isHidden() and text and text in self.summary.text():
                        text = ""  # the last sync's summary just said it ("Try again" stays)
                else:
                    text = " ".join(
                        t
                        for t in (
                            core_text(status.problem or ""),
                            core_text(TargetUnreachableError.default_hint),
                        )
                        if t
                    )
            elif not status.recipients:
                text = core_text(no_recipients_note(status.name))
                if not self.summary.isHidden() and text in self.summary.text():
                    text = ""  # the last sync's summary just said it
        self.status_line.setText(text)
        self.status_line.setAccessibleDescription(text)
        self.status_line.setVisible(bool(text))
        self._update_retry()
        self.status_row.setVisible(bool(text) or not self.retry_button.isHidden())

    def _update_retry(self) -> None:
        """ "Try again" beside the status line of a target that cannot be reached; greyed while
        the network is being asked."""
        name = self.selected_name() if self.session is not None else None
        status = self.status(name) if name is not None else None
        down = status is not None and not status.reachable and self.syncing != status.name
        self.retry_button.setVisible(down)
        checking = self.poll_worker is not None and self._poll_fresh
        self.retry_button.setEnabled(down and not checking)
        self.retry_button.setText(self.tr("Checking…") if checking else self.tr("Tr&y again"))

    def _selection_changed(self) -> None:
        """A row chosen by the user: ask the network now whether it answers (a poll's refill
        selects the same row again, which does not ask)."""
        name = self.selected_name()
        if name is not None and name != self._last_selected:
            status = self.status(name)
            if status is not None and status.kind == "s3":
                self.poll_now(fresh=True)
        self._last_selected = name
        self._update_buttons()

    def _update_buttons(self) -> None:
        name = self.selected_name() if self.session is not None else None
        status = self.status(name) if name is not None else None
        idle = self.sync_worker is None
        self.add_button.setEnabled(self.session is not None and idle)
        self.remove_button.setEnabled(name is not None and idle)
        self.recipients_button.setEnabled(name is not None and idle)
        self.sync_button.setEnabled(status is not None and status.reachable and idle)
        if status is not None and not status.reachable:
            self.sync_button.setToolTip(core_text(status.problem or ""))
        else:
            self.sync_button.setToolTip("")
        self.auto_check.setEnabled(name is not None)
        self.auto_check.blockSignals(True)
        self.auto_check.setChecked(name is not None and self.automatic(name))
        self.auto_check.blockSignals(False)
        self._update_status_line()

    # --- automatic sync (QSettings) ----------------------------------------------------------

    def _auto_key(self, name: str) -> str | None:
        if self.session is None:
            return None
        # Hex: a target's name may hold "/" or other characters QSettings gives a meaning to.
        return AUTO_KEY.format(vault=self.session.vault.header.vault_id, target=name.encode().hex())

    def automatic(self, name: str) -> bool:
        key = self._auto_key(name)
        return key is not None and QSettings().value(key, False, type=bool) is True

    def set_automatic(self, name: str, on: bool) -> None:
        key = self._auto_key(name)
        if key is None:
            return
        if on:
            QSettings().setValue(key, True)
        else:
            QSettings().remove(key)
        for row in range(self.targets.rowCount()):
            cell = self.targets.item(row, AUTOMATIC)
            if self._row_name(row) == name and cell is not None:
                cell.setText(self.tr("yes") if on else self.tr("no"))
        self._update_buttons()

    def _auto_toggled(self, on: bool) -> None:
        name = self.selected_name()
        if name is not None:
            self.set_automatic(name, on)

    # --- adding and removing targets ---------------------------------------------------------

    def add_target(self) -> AddTargetDialog | None:
        if self.session is None:
            return None
        dialog = AddTargetDialog(self.session, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._target_added)
        dialog.open()
        return dialog

    def _target_added(self, target: SyncTarget) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("Sync folder “{name}” added: {path}.").format(
                name=target.name, path=ltr(target.location)
            )
        )
        self.summary.setVisible(True)
        self._reachable.pop(target.name, None)  # just added: not "appeared"
        self._pending_select = target.name
        self.poll_now()

    def remove_selected(self, confirm: bool = True) -> bool:
        name = self.selected_name()
        if self.session is None or name is None or self.sync_worker is not None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove sync folder"),
                self.tr(
                    "Forget the sync folder “{name}”? Nothing on it is touched, and bundles "
                    "not yet acknowledged stay in the outbox."
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            left = remove_target(self.session.vault, name)
        except FieldKitError as exc:
            show_error(self, exc)
            return False
        self.set_automatic(name, False)
        self._reachable.pop(name, None)
        text = self.tr("Sync folder “{name}” removed; nothing on it was touched.").format(name=name)
        if left:
            text += " " + self.tr(
                "%n bundle(s) FieldKit left there stay; delete them once their recipients "
                "have them.",
                "",
                left,
            )
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.summary.setVisible(True)
        self.statuses = [s for s in self.statuses if s.name != name]
        self._fill_targets()
        self.poll_now()
        return True

    # --- syncing -----------------------------------------------------------------------------

    def sync_selected(self) -> Worker | None:
        name = self.selected_name()
        status = self.status(name) if name is not None else None
        if status is None or not status.reachable:
            return None
        return self.start_sync(status.name)

    def start_sync(self, name: str, automatic: bool = False) -> Worker | None:
        if self.session is None:
            return None
        if self.sync_worker is not None:
            if automatic and name != self.syncing and name not in self.queue:
                self.queue.append(name)
            return None
        if self._offered == name:
            self._offered = None
            self._show_offer(False)
        self.transfer = sync_tasks.Transfer()
        self.syncing = name
        self.summary.setVisible(False)
        self.trust_button.setVisible(False)
        self.progress_box.setVisible(True)
        self._down.pop(name, None)  # it answered the Sync button's check, or the sync will say
        self._last_progress = None
        worker = self.progress_box.run(
            self.tr("Syncing “{name}” automatically:").format(name=name) if automatic else "",
            sync_tasks.run_sync,
            self.session,
            name,
            on_done=lambda report: self._synced(name, report),
            on_error=lambda exc: self._failed(name, exc),
            notice=self.transfer.tell,
        )
        self.ticker.start()
        self.progress_box.label.setVisible(automatic)
        self.progress_box.step.setText(
            self.tr("Syncing “{name}”:").format(name=name)
            + " "
            + self.tr("waiting for the folder…")
        )
        self.sync_worker = worker
        self._fill_targets()
        return worker

    def _transfer_text(self, progress: Progress) -> str:
        """Bytes and time left while bundles are delivered (after the core's label)."""
        transfer = self.transfer
        if isinstance(progress, SyncProgress):
            transfer.update(progress)
            self._last_progress = progress
        if progress.phase != "deliver" or not transfer.total:
            return ""
        text = self.tr("{done} of {total}").format(
            done=human_size(transfer.done), total=human_size(transfer.total)
        )
        if transfer.stalled(STALL_SECONDS):
            # The link went silent: the core retries for minutes; an estimate from the rate
            # before would promise "about 1 minute" all that time.
            return text + ", " + self.tr("waiting for the server…")
        eta = transfer.eta_seconds()
        if eta is not None and transfer.done < transfer.total:
            minutes = max(1, round(eta / 60))
            text += ", " + self.tr("about %n minute(s) left", "", minutes)
        return text

    def _tick(self) -> None:
        """Redraw the delivery's detail: a stalled upload sends no progress to redraw it."""
        progress = self._last_progress
        if self.sync_worker is None or progress is None or progress.phase != "deliver":
            return
        step = "" if progress.label is None else localise(progress.label)
        text = " — ".join(part for part in (step, self._transfer_text(progress)) if part)
        if text != self.progress_box.step.text():
            self.progress_box.step.setText(text)
        notice = self.transfer.notice
        tip = localise(notice) if isinstance(notice, Text) else ""
        self.progress_box.step.setToolTip(tip)
        self.progress_box.step.setAccessibleDescription(tip)

    def cancel_sync(self) -> None:
        if self.sync_worker is not None:
            self.queue.clear()
            self.progress_box.cancel()

    def _show_summary(self, text: str, problem: bool) -> None:
        self.summary.setStyleSheet(ERROR_STYLE if problem else "")
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.summary.setVisible(True)
        self._update_status_line()

    def summary_text(self, report: SyncReport) -> str:
        new = sum(r.new_revisions for r in report.imported)
        if report.offline:
            return self._offline_text(report, new)
        lines = [
            # Each count its own plural piece: French read "0 paquet(s) importé(s)".
            self.tr(
                "Synced with “{name}”: {imported} ({new}), {delivered}, {read} and {written}, "
                "{quarantined}, {waiting}."
            ).format(
                name=report.target,
                imported=self.tr("%n bundle(s) imported", "", len(report.imported)),
                new=self.tr("%n new revision(s)", "", new),
                delivered=self.tr("%n delivered", "", len(report.delivered)),
                read=self.tr("%n receipt(s) read", "", report.receipts_read),
                written=self.tr("%n written", "", report.receipts_written),
                quarantined=self.tr("%n quarantined", "", len(report.quarantined)),
                waiting=self.tr("%n still waiting", "", report.waiting),
            )
        ]
        for entry in report.quarantined:
            if entry.untrusted and entry.sender:
                # Who sent it and what to do, not a generated file name and a command-line flag.
                lines.append(self.reason_text(entry))
                continue
            lines.append(
                self.tr("Quarantined {file}: {reason}").format(
                    file=ltr(entry.file), reason=core_text(entry.reason)
                )
            )
        if not report.skipped and not report.exported and not report.delivered:
            status = self.status(report.target)
            if status is not None and not status.recipients:
                lines.append(core_text(no_recipients_note(report.target)))
        if report.skipped:
            lines = [core_text(report.skipped)]
        if report.offline:
            lines.append(core_text(report.offline))
        for error in report.errors:
            lines.append(self.tr("Problem: {text}").format(text=core_text(error)))
        return "\n".join(lines)

    def _offline_text(self, report: SyncReport, new: int) -> str:
        """A sync cut off by the network: not "Synced", what was done all the same, and that
        nothing was lost (the core's own sentence would repeat it)."""
        lines = [
            self.tr(
                "Not synced with “{name}”: the connection dropped. Nothing is lost; {waiting} "
                "for the next sync."
            ).format(
                name=report.target,
                waiting=self.tr("%n bundle(s) still waiting", "", report.waiting),
            )
        ]
        if report.imported or report.delivered:
            lines.append(
                self.tr("Done before it dropped: {imported} ({new}), {delivered}.").format(
                    imported=self.tr("%n bundle(s) imported", "", len(report.imported)),
                    new=self.tr("%n new revision(s)", "", new),
                    delivered=self.tr("%n delivered", "", len(report.delivered)),
                )
            )
        for error in report.errors:
            lines.append(self.tr("Problem: {text}").format(text=core_text(error)))
        return "\n".join(lines)

    def _synced(self, name: str, done: sync_tasks.Synced) -> None:
        report = done.report
        self.senders.update(done.senders)
        gone = report.offline or (report.skipped if self._is_s3(name) else None)
        if gone:
            self._mark_down(name, gone)
        self._sync_done()
        self._summary_unreachable = name if gone else None
        problem = bool(report.errors) or any(not e.untrusted for e in report.quarantined)
        problem = problem or report.offline is not None
        self._show_summary(self.summary_text(report), problem)
        self._trust_entry = next(
            (e for e in report.quarantined if self.senders.get(e.id) is not None), None
        )
        self.trust_button.setVisible(self._trust_entry is not None)
        self.synced.emit(report)

    def _failed(self, name: str, exc: BaseException) -> None:
        self._sync_done()
        self._summary_unreachable = None
        if isinstance(exc, CancelledError):
            self._show_summary(
                self.tr(
                    "The sync with “{name}” was cancelled. What was already imported or "
                    "delivered stays; the rest waits for the next sync."
                ).format(name=name),
                False,
            )
            self.synced.emit(None)
            return
        if isinstance(exc, FieldKitError):
            text = " ".join(part for part in error_text(exc) if part)
            self._show_summary(text, True)
            return
        self._show_summary(self.tr("The sync with “{name}” failed.").format(name=name), True)
        show_error(self, exc)

    def _is_s3(self, name: str) -> bool:
        status = self.status(name)
        return status is not None and status.kind == "s3"

    def _sync_done(self) -> None:
        """The page's worker answered (a lock drops the answer: the page forgets its worker)."""
        self.sync_worker = None
        self.syncing = None
        self.ticker.stop()
        self.progress_box.step.setToolTip("")
        self.progress_box.setVisible(False)
        self._fill_targets()
        if self.queue:
            self.start_sync(self.queue.pop(0), automatic=True)
        self.poll_now()


class RecipientsDialog(QDialog):
    """Who receives the bundles left in one sync folder: the trusted keys to tick (none: every
    verified coordinator). Saved with the core's ``set_recipients``."""

    def __init__(
        self,
        session: Session,
        name: str,
        keys: list[trust.TrustedKey],
        chosen: tuple[IdentityCard, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncRecipientsDialog")
        title = self.tr("Recipients of “{name}”").format(name=name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.session, self.name = session, name
        self.keys = {k.fingerprint: k for k in keys}
        hint = paragraph(
            self.tr(
                "Tick who the bundles left in this folder are for. With none ticked, they go "
                "to every verified coordinator."
            ),
            self,
        )
        self.recipients = KeyChecklist(self)
        self.recipients.setObjectName("syncRecipientsList")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        for key in keys:
            short = fingerprint_text(key.display_fingerprint, 2)
            text = self.tr("{name} — {role} · key {fingerprint}…").format(
                name=key.name, role=value_label(key.role), fingerprint=short
            )
            self.recipients.add_key(text, key.fingerprint).setToolTip(key.fingerprint)
        self.recipients.set_ticked(c.fingerprint for c in chosen)
        no_keys = paragraph(no_keys_text(), self)
        no_keys.setObjectName("syncRecipientsNoKeys")
        no_keys.setVisible(not keys)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.recipients, 1)
        layout.addWidget(no_keys)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def save(self) -> None:
        cards = [self.keys[f].card for f in self.recipients.ticked() if f in self.keys]
        try:
            set_recipients(self.session.vault, self.name, cards)
        except FieldKitError as exc:
            show_error(self, exc)
            return
        self.accept()
