"""The *Possible duplicates* page: the pairs to review in a list, the selected one side by side
(:mod:`.pair_view`), and the decisions taken on it from the keyboard: S same object (the kept
record stays, the other merges into it), N not the same, Space or the forward arrow skips, the
backward arrow goes back, U undoes the last decision made here. Past decisions are in the
Decisions tab (:mod:`.decisions_tab`); detection runs on a worker (:mod:`.detection`).
Every decision is the core's (``decide``/``undo``): this page holds no rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.duplicates.candidates import Candidate
from fieldkit.duplicates.decisions import Decision, Duplicates
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.gui import workers
from fieldkit.gui.errors import show_error
from fieldkit.gui.pages.duplicates.decisions_tab import DecisionsTab
from fieldkit.gui.pages.duplicates.detection import (
    Found,
    Labels,
    detect,
    left_to_right,
    percent,
    short_label,
)
from fieldkit.gui.pages.duplicates.pair_view import THUMB, PairView
from fieldkit.gui.photo_viewer import PhotoViewer
from fieldkit.gui.session import Session
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.widgets import heading, hrow, ltr, named, paragraph, push_button
from fieldkit.i18n import error_text

PROGRESS_SCALE = 1000
REVIEW, EMPTY = 0, 1  # pages of the Pairs tab
PAIRS_TAB, DECISIONS_TAB = 0, 1


@dataclass
class Done:
    """A decision made on this page, to undo it: the pair and where it was in the list."""

    decision: Decision
    candidate: Candidate
    position: int
    hidden: list[Candidate] = field(default_factory=list)  # pairs of the merged-away record


class DuplicatesPage(QWidget):
    count_changed = Signal(int)  # pairs still to review (-1: not looked yet)
    decided = Signal()  # records changed: the lists must show it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPage")
        self.session: Session | None = None
        self.pairs: list[Candidate] = []
        self.labels: Labels = {}
        self.done: list[Done] = []
        self.keep_b = False
        self.stale = True
        self._focus_wanted = False  # opened: the list takes the focus once it shows pairs
        self._back_to_list = False  # undone in the Decisions tab: the list takes the keys after
        self.worker: workers.Worker | None = None
        self.viewers: list[PhotoViewer] = []
        self.thumbnails = ThumbnailCache(size=THUMB, capacity=120, parent=self)

        self.tabs = named(QTabWidget(self), "duplicatesTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_pairs_tab(), self.tr("Pairs to review"))
        self.decisions_tab = DecisionsTab(self)
        self.decisions_tab.undone.connect(self._undone_in_tab)
        # The past decisions' table and Undo button, reached from the page as before.
        self.decisions = self.decisions_tab.decisions
        self.undo_selected_button = self.decisions_tab.undo_selected_button
        self.tabs.addTab(self.decisions_tab, self.tr("Decisions"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Possible duplicates"), self, size=1.3))
        intro = paragraph(
            self.tr(
                "Objects that may be documented twice (another number, another script, another "
                "photo of the same thing). Same object merges them, the kept record stays; Not "
                "the same is remembered. Keys: S same, N not the same, Space skip, U undo."
            ),
            self,
        )
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        self._build_shortcuts()
        self._show_empty(self.tr("Open this page to look for possible duplicates."))

    # --- building ----------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = push_button(text, self, name, slot)
        return button

    def _build_pairs_tab(self) -> QWidget:
        tab = QWidget(self)
        self.status = named(QLabel(tab), "duplicatesStatus")
        self.status.setWordWrap(True)
        self.bar = named(
            QProgressBar(tab), "duplicatesProgress", self.tr("Looking for possible duplicates")
        )
        self.bar.setMaximumHeight(16)
        self.bar.setVisible(False)
        # Alt+C is the Custody menu's: "&Cancel" only moved the focus to it.
        self.cancel_button = self._button(self.tr("C&ancel"), "cancelDetection", self.cancel)
        self.cancel_button.setVisible(False)
        self.again_button = self._button(self.tr("&Look again"), "detectAgain", self.detect)
        self.again_button.setToolTip(self.tr("Look for possible duplicates again"))
        top = hrow(self.status, 1, self.bar, 1, self.cancel_button, self.again_button)

        self.banner = named(QFrame(tab), "duplicatesBanner")
        self.banner.setStyleSheet(
            "QFrame#duplicatesBanner { background: #e8f1fb; border: 1px solid #9bbbe0; }"
        )
        self.banner_text = named(QLabel(self.banner), "duplicatesBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_undo = push_button(self.tr("Undo"), self.banner, "bannerUndo")
        self.banner_undo.setToolTip(self.tr("Undo this decision (U)"))
        self.banner_undo.clicked.connect(self.undo)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(6, 2, 6, 2)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_undo)
        self.banner.setVisible(False)

        self.stack = QStackedWidget(tab)
        review = QWidget(tab)
        self.list = named(
            QListWidget(review), "duplicatePairs", self.tr("Possible duplicate pairs")
        )
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setStyleSheet("QListWidget#duplicatePairs::item { padding: 4px 2px; }")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._selected)
        self.view = PairView(self.thumbnails, review)
        self.view.photo_requested.connect(self.open_photo)
        self.same_button = self._button(self.tr("&Same object (S)"), "sameObject", self.same)
        self.same_button.setToolTip(
            self.tr("Merge them: the kept record stays, the other joins it")
        )
        self.not_same_button = self._button(self.tr("&Not the same (N)"), "notSame", self.not_same)
        self.not_same_button.setToolTip(self.tr("Remember that these are two objects"))
        self.swap_button = self._button(self.tr("Keep the &other one"), "swapKept", self.swap)
        self.previous_button = self._button("", "previousPair", self.previous)
        self.skip_button = self._button("", "skipPair", self.skip)
        self.undo_button = self._button(self.tr("&Undo (U)"), "undoDecision", self.undo)
        self.undo_button.setToolTip(self.tr("Undo the last decision made here"))
        buttons = QHBoxLayout()
        for button in (self.same_button, self.not_same_button, self.swap_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.previous_button, self.skip_button, self.undo_button):
            buttons.addWidget(button)
        right = QWidget(review)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, review)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 900])
        splitter.setChildrenCollapsible(False)
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(splitter)
        self.empty = paragraph("", tab)
        self.empty.setObjectName("duplicatesEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.empty.setMargin(12)
        self.stack.addWidget(review)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._label_moves()
        return tab

    def _build_shortcuts(self) -> None:
        # Window-wide while the pairs are shown: after a click in the sidebar the keys work at
        # once. Text boxes (the search) keep their letters: they claim them before shortcuts.
        self.shortcuts: list[QShortcut] = []
        for key, slot in (
            (Qt.Key.Key_S, self.same),
            (Qt.Key.Key_N, self.not_same),
            (Qt.Key.Key_Space, self.skip),
            (Qt.Key.Key_Right, lambda: self._arrow(forward_if_ltr=True)),
            (Qt.Key.Key_Left, lambda: self._arrow(forward_if_ltr=False)),
            (Qt.Key.Key_U, self.undo),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcut.setEnabled(False)
            self.shortcuts.append(shortcut)

    def _label_moves(self) -> None:
        """Previous / Skip name their arrow keys as they are on screen (mirrored in Arabic)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back, forward = ("→", "←") if rtl else ("←", "→")
        self.previous_button.setText(self.tr("&Previous ({key})").format(key=back))
        self.skip_button.setText(self.tr("S&kip (Space, {key})").format(key=forward))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange and hasattr(self, "skip_button"):
            self._label_moves()
            for row, candidate in enumerate(self.pairs):  # the numbers' marks (see pair_text)
                if (item := self.list.item(row)) is not None:
                    item.setText(self.pair_text(candidate))

    def _arrow(self, *, forward_if_ltr: bool) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if forward_if_ltr != rtl:
            self.skip()
        else:
            self.previous()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._update_shortcuts()
        self._focus_wanted = True
        self._take_focus()

    def _take_focus(self) -> None:
        """The page was opened (Ctrl+Shift+D, the Go menu): the pair list takes the keys. Left
        in a text box, the search box kept the focus, which claims letters before the window's
        shortcuts: S typed "s" there and searched the objects (r12 trial 2 #3). A keyboard user
        stepping through the sidebar keeps it; the list, once filled, is focused if the
        detection was still running when the page opened."""
        if not self._focus_wanted or not self.isVisible():
            return
        focus = QApplication.focusWidget()
        if focus is not None and (
            self.isAncestorOf(focus) or (isinstance(focus, QAbstractItemView) and focus.isVisible())
        ):
            self._focus_wanted = False
            return
        if self.stack.currentIndex() == REVIEW and self.list.isVisible():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_wanted = False

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._update_shortcuts()

    def _tab_changed(self, index: int) -> None:
        if index == DECISIONS_TAB:
            self.decisions_tab.refresh_decisions()
        else:
            if self.stale and self.worker is None and self.session is not None:
                # Records changed while the other tab was shown: looked at again now.
                self.detect()
                self._back_to_list = True
            if self._back_to_list:
                # A decision undone in the other tab put its pair back: shown at once, not
                # after "Look again" (r13 trial 2 P-g), with the keys on the list.
                self._back_to_list = False
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_shortcuts()

    def _update_shortcuts(self) -> None:
        on = self.isVisible() and self.tabs.currentIndex() == PAIRS_TAB and self.session is not None
        for shortcut in self.shortcuts:
            shortcut.setEnabled(on)

    # --- life cycle --------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.stop()
        self.session = session
        self.thumbnails.set_session(session)
        self.pairs = []
        self.labels = {}
        self.done = []
        self.stale = True
        self.keep_b = False
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        self.list.clear()
        self.view.clear()
        self.decisions_tab.set_session(session)
        self.banner.setVisible(False)
        self.status.clear()
        self._show_empty(self.tr("Open this page to look for possible duplicates."))
        self.count_changed.emit(-1)
        self._update_shortcuts()

    def stop(self) -> None:
        """Cancel a running detection and wait for it: it reads the vault over its own
        connection, which must be closed before the vault is."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            worker.wait(30)
        self._busy(False)

    def mark_stale(self) -> None:
        """Records changed (an import, an edit): look again when the page is next shown, or
        now if it is shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """The page is shown: look for duplicates if nothing was found yet or records changed."""
        if self.session is None:
            return
        if self.tabs.currentIndex() == DECISIONS_TAB:
            self.decisions_tab.refresh_decisions()
        if self.stale and self.worker is None:
            self.detect()

    # --- detection ---------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.again_button.setVisible(not busy)
        self.status.setVisible(not busy)
        self._enable_actions()

    def detect(self) -> workers.Worker | None:
        """Look for possible duplicates on a worker; the list follows when it is done."""
        if self.session is None or self.worker is not None:
            return None
        self.stale = False
        self.bar.setRange(0, 0)
        self._busy(True)
        if self.stack.currentIndex() == EMPTY:
            self.empty.setText(
                self.tr(
                    "Comparing every object with the others: inventory numbers, titles, "
                    "measurements, photos. Cancel stops it."
                )
            )
        worker = workers.Worker(detect, self.session)
        worker.kwargs = {"progress": worker.report, "cancel": worker.cancelled}
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._found)
        worker.signals.failed.connect(self._failed)
        self.worker = worker
        self._enable_actions()
        workers.start(worker)
        return worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def _current(self) -> bool:
        return self.worker is not None and self.sender() is self.worker.signals

    def _progress(self, done: int, total: int) -> None:
        if total <= 0 or not self._current():
            return
        if self.bar.maximum() != PROGRESS_SCALE:
            self.bar.setRange(0, PROGRESS_SCALE)
        self.bar.setValue(min(PROGRESS_SCALE, int(PROGRESS_SCALE * done / total)))

    def _found(self, found: Found) -> None:
        if not self._current():
            return
        self.worker = None
        self._busy(False)
        current = self.current_pair()
        self.pairs = list(found.pairs)
        self.labels = dict(found.labels)
        self._fill_list(current.pair if current is not None else None)
        if self.stale and self.isVisible():
            self.detect()  # records changed while this run read them

    def _failed(self, exc: BaseException) -> None:
        if not self._current():
            return
        self.worker = None
        self._busy(False)
        self.stale = True
        if isinstance(exc, CancelledError):
            self.status.setText(self.tr("Cancelled: the list is not complete."))
            if not self.pairs:
                self._show_empty(
                    self.tr("The search was cancelled before the end. Look again to finish it.")
                )
            return
        self.status.setText(self.tr("The search for duplicates failed."))
        show_error(self, exc)

    # --- the list ----------------------------------------------------------------------------

    def pair_text(self, candidate: Candidate) -> str:
        a, b = short_label(self.labels, candidate.a), short_label(self.labels, candidate.b)
        if self.isRightToLeft():
            # Each number in its own order: "MCP ١٩٨٨/١" not split in two around «و».
            a, b = left_to_right(a), left_to_right(b)
        reasons = candidate.reasons_text()
        first = self.tr("{a} and {b}").format(a=a, b=b)
        return self.tr("{pair}\n{percent} % · {reasons}").format(
            pair=first, percent=percent(candidate.score), reasons=reasons
        )

    def _fill_list(self, keep: frozenset[str] | None = None) -> None:
        """After detection: the pairs found, the one shown before still selected."""
        pairs = [c.pair for c in self.pairs]
        self._fill(
            pairs.index(keep) if keep in pairs else 0,
            self.tr(
                "This page compares every object with the others — inventory numbers, "
                "titles in any script, measurements, photos — and lists those that may be "
                "the same object documented twice.\n\nNothing was found: no two objects "
                "look like the same one."
            ),
        )

    def _item(self, candidate: Candidate) -> QListWidgetItem:
        item = QListWidgetItem(self.pair_text(candidate))
        item.setToolTip(self._pair_tooltip(candidate))
        return item

    def _fill(self, row: int, empty: str) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for candidate in self.pairs:
            self.list.addItem(self._item(candidate))
        self.list.blockSignals(False)
        self._listed(row, empty)

    def _listed(self, row: int, empty: str) -> None:
        """The list changed: count it, and show ``row`` (or say why there is nothing)."""
        self.count_changed.emit(len(self.pairs))
        self._show_count()
        if not self.pairs:
            self.view.clear()
            self._show_empty(empty)
            return
        self.stack.setCurrentIndex(REVIEW)
        self.select_row(max(0, min(row, len(self.pairs) - 1)))
        self._take_focus()

    def _pair_tooltip(self, candidate: Candidate) -> str:
        lines = []
        for record_id in (candidate.a, candidate.b):
            number, title = self.labels.get(record_id, ("", ""))
            label = number or record_id[:8]
            if self.isRightToLeft():
                label = left_to_right(label)
            lines.append(" — ".join(p for p in (label, title) if p))
        lines += [r.text() for r in candidate.reasons]
        return "\n".join(lines)

    def _show_count(self) -> None:
        self.status.setText(self.tr("%n pair(s) to review.", "", len(self.pairs)))
        self.tabs.setTabText(PAIRS_TAB, self.tr("Pairs to review ({n})").format(n=len(self.pairs)))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentIndex(EMPTY)
        self._enable_actions()

    def _enable_actions(self) -> None:
        # Not while looking again: the list shown may be about to change.
        has = (
            self.current_pair() is not None
            and self.stack.currentIndex() == REVIEW
            and self.worker is None
        )
        for button in (self.same_button, self.not_same_button, self.swap_button):
            button.setEnabled(has)
        row = self.list.currentRow()
        self.previous_button.setEnabled(has and row > 0)
        self.skip_button.setEnabled(has and row < len(self.pairs) - 1)
        self.undo_button.setEnabled(bool(self.done))

    def select_row(self, row: int) -> None:
        if self.list.currentRow() == row:
            self._selected(row)
        else:
            self.list.setCurrentRow(row)

    def current_pair(self) -> Candidate | None:
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _selected(self, row: int) -> None:
        self.keep_b = False
        candidate = self.pairs[row] if 0 <= row < len(self.pairs) else None
        if candidate is None or self.session is None:
            self.view.clear()
            self._enable_actions()
            return
        try:
            duplicates = Duplicates(self.session.records)
            comparisons = duplicates.compare(candidate.a, candidate.b)
            media = (
                self.session.records.get(candidate.a).media,
                self.session.records.get(candidate.b).media,
            )
        except FieldKitError as exc:
            self.view.clear()
            self.status.setText(
                self.tr("This pair cannot be shown: {why}").format(why=error_text(exc)[0])
            )
            self._enable_actions()
            return
        self.view.show_pair(candidate, self.labels, media, comparisons, self.keep_b)
        self._enable_actions()

    # --- moving ------------------------------------------------------------------------------

    def skip(self) -> None:
        row = self.list.currentRow()
        if row < len(self.pairs) - 1:
            self.select_row(row + 1)

    def previous(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.select_row(row - 1)

    def swap(self) -> None:
        if self.current_pair() is None:
            return
        self.keep_b = not self.keep_b
        self.view.set_keep_b(self.keep_b)

    # --- deciding ----------------------------------------------------------------------------

    def _records_changed(self) -> None:
        self.decided.emit()

    def same(self) -> Decision | None:
        """The shown pair is one object: the kept record stays, the other merges into it."""
        candidate = self.current_pair()
        if candidate is None or self.session is None or self.worker is not None:
            return None
        kept, other = (candidate.b, candidate.a) if self.keep_b else (candidate.a, candidate.b)
        try:
            decision = Duplicates(self.session.records).decide(kept, other, same=True)
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        row = self.list.currentRow()
        # Pairs of the merged-away record go too (it is the kept one now); Undo brings them back.
        hidden = [c for c in self.pairs if c is not candidate and other in c.pair]
        self.done.append(Done(decision, candidate, row, hidden))
        self._remove({candidate.pair, *(c.pair for c in hidden)})
        self._after_decision(
            row,
            self.tr("{merged} merged into {kept}.").format(
                merged=ltr(short_label(self.labels, other)),
                kept=ltr(short_label(self.labels, kept)),
            ),
        )
        return decision

    def not_same(self) -> Decision | None:
        """The shown pair is two objects: never suggested again."""
        candidate = self.current_pair()
        if candidate is None or self.session is None or self.worker is not None:
            return None
        try:
            decision = Duplicates(self.session.records).decide(candidate.a, candidate.b, same=False)
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        row = self.list.currentRow()
        self.done.append(Done(decision, candidate, row))
        self._remove({candidate.pair})
        self._after_decision(
            row,
            self.tr("{a} and {b} are two objects: they will not be suggested again.").format(
                a=ltr(short_label(self.labels, candidate.a)),
                b=ltr(short_label(self.labels, candidate.b)),
            ),
        )
        return decision

    # One item taken or put back per decision, not the whole list rebuilt: thousands of pairs
    # must not make a key press slow.

    def _remove(self, gone: set[frozenset[str]]) -> None:
        self.list.blockSignals(True)
        for row in range(len(self.pairs) - 1, -1, -1):
            if self.pairs[row].pair in gone:
                del self.pairs[row]
                self.list.takeItem(row)
        self.list.blockSignals(False)

    def _insert(self, position: int, back: Sequence[Candidate]) -> None:
        known = {c.pair for c in self.pairs}
        self.list.blockSignals(True)
        for candidate in back:
            if candidate.pair in known:
                continue
            self.pairs.insert(position, candidate)
            self.list.insertItem(position, self._item(candidate))
            position += 1
        self.list.blockSignals(False)

    def _after_list_change(self, row: int) -> None:
        """After a decision or an undo: the list as it is now, ``row`` selected."""
        self._listed(row, self.tr("Every pair found is decided. Look again after new records."))

    def _after_decision(self, row: int, message: str) -> None:
        self._after_list_change(row)
        self._say(message, undo=True)
        self._records_changed()

    def _say(self, message: str, *, undo: bool) -> None:
        self.banner_text.setText(message)
        self.banner_undo.setVisible(undo)
        self.banner.setVisible(True)

    def undo(self) -> Decision | None:
        """Undo the last decision made on this page: both records come back as they were."""
        if self.session is None:
            return None
        if not self.done:
            self._say(
                self.tr("Nothing to undo here: past decisions are in the Decisions tab."),
                undo=False,
            )
            # The hidden Undo button had the focus: the next key would go to the global
            # search box ("n" typed there), not to the pairs.
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        last = self.done[-1]
        try:
            undone = Duplicates(self.session.records).undo(last.decision.decision_id)
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        self.done.pop()
        position = max(0, min(last.position, len(self.pairs)))
        self._insert(position, [last.candidate, *last.hidden])
        self._after_list_change(position)
        self._say(
            self.tr("Undone: {a} and {b} are back as they were.").format(
                a=ltr(short_label(self.labels, last.candidate.a)),
                b=ltr(short_label(self.labels, last.candidate.b)),
            ),
            undo=False,
        )
        self._records_changed()
        return undone

    def _undone_in_tab(self, decision_id: str) -> None:
        """A decision was undone in the Decisions tab: it is no longer this page's to undo, and
        the banner that offered its undo goes (its Undo said "nothing to undo here"). Its pair
        is back among the candidates, counted at once in the pairs tab's title and the sidebar
        (they kept the old count until one went back to the pairs: r13 retest #6)."""
        if self.done and self.done[-1].decision.decision_id == decision_id:
            self.banner.setVisible(False)
        mine = next((d for d in self.done if d.decision.decision_id == decision_id), None)
        self.done = [d for d in self.done if d.decision.decision_id != decision_id]
        if mine is not None:
            # Decided on this page: its pair (and those a merge hid) go back where they were.
            position = max(0, min(mine.position, len(self.pairs)))
            self._insert(position, [mine.candidate, *mine.hidden])
            self._after_list_change(position)
        self.stale = True
        self._back_to_list = True  # the keys go to the list when the pairs tab is shown
        if self.worker is None:
            # A decision of an earlier session has no pair here to put back: look again now,
            # in the background, rather than when the pairs tab is next shown.
            self.detect()
        self._records_changed()

    # --- photos ------------------------------------------------------------------------------

    def open_photo(self, sha256: str, title: str) -> PhotoViewer | None:
        if self.session is None:
            return None
        viewer = PhotoViewer(self.session, sha256, title, parent=self.window())
        self.viewers.append(viewer)
        viewer.destroyed.connect(
            lambda _o=None, v=viewer: self.viewers.remove(v) if v in self.viewers else None
        )
        viewer.show()
        return viewer


__all__ = ["EMPTY", "REVIEW", "DuplicatesPage"]
