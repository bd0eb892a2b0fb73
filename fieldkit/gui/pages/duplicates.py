"""Possible duplicates: objects that may be documented twice, reviewed a pair at a time.

Detection (the core's ``Duplicates.candidates``) runs on a worker over a connection of its own,
with progress and Cancel. The selected pair is shown side by side — photos, the Object ID fields
with the differing ones marked (bold, a "≠" and a tint: never colour alone) — and decided from
the keyboard: S same object (the kept record stays, the other merges into it), N not the same,
Space or the forward arrow skips, the backward arrow goes back, U undoes the last decision made
here. Every decision is the core's (``decide``/``undo``): this page holds no rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.duplicates.candidates import Candidate
from fieldkit.duplicates.decisions import Decision, Duplicates, FieldComparison
from fieldkit.errors import CancelledError, FieldKitError
from fieldkit.gui import widgets, workers
from fieldkit.gui.dates import format_iso
from fieldkit.gui.errors import show_error
from fieldkit.gui.pages.conflicts import format_value
from fieldkit.gui.people_names import Names
from fieldkit.gui.photo_viewer import PhotoViewer
from fieldkit.gui.session import Session
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.vocabulary_labels import field_label
from fieldkit.gui.widgets import (
    clear_layout,
    heading,
    hrow,
    ltr,
    named,
    paragraph,
    push_button,
    scroll_area,
)
from fieldkit.i18n import error_text
from fieldkit.records import fields as F
from fieldkit.records.pages import object_labels
from fieldkit.records.service import Records

DECISION_ROLE = Qt.ItemDataRole.UserRole + 2
UNDONE_ROLE = Qt.ItemDataRole.UserRole + 3
DIFFERS_STYLE = "background: #fff1c2;"
KEPT_STYLE = "color: #1e6b34;"
PHOTOS_SHOWN = 3
THUMB = 88
LABEL_WIDTH = 170
ARROW_WIDTH = 34
LABEL_CHUNK = 500  # ids per label query (SQLite's variable limit)
PROGRESS_SCALE = 1000
REVIEW, EMPTY = 0, 1  # pages of the Pairs tab
PAIRS_TAB, DECISIONS_TAB = 0, 1

Labels = dict[str, tuple[str, str]]  # object id -> (inventory number, title)


# --- work off the GUI thread ---------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """What one detection run found: the pairs, best first, and how to name their objects."""

    pairs: list[Candidate]
    labels: Labels


def labels_of(records: Records, ids: Sequence[str]) -> Labels:
    """(inventory number, title) of every object in ``ids``, a few hundred ids per query."""
    unique = sorted(set(ids))
    out: Labels = {}
    for start in range(0, len(unique), LABEL_CHUNK):
        out.update(object_labels(records, unique[start : start + LABEL_CHUNK]))
    return out


def detect(
    session: Session, *, progress: Callable[[int, int], None], cancel: Callable[[], bool]
) -> Found:
    """The pairs still to review (decided ones left out) and their labels; runs on a worker,
    over a connection of its own. Raises CancelledError when ``cancel`` says so."""
    if cancel():
        raise CancelledError("Cancelled.")
    with session.worker_vault() as vault:
        records = Records(vault)
        pairs = Duplicates(records).candidates(progress=progress, cancel=cancel)
        if cancel():  # a detector that did not look at cancel: its result is not wanted
            raise CancelledError("Cancelled.")
        labels = labels_of(records, [i for c in pairs for i in (c.a, c.b)])
    return Found(pairs, labels)


def short_label(labels: Labels, record_id: str) -> str:
    """An object as people name it: its inventory number, else the start of its id."""
    number = labels.get(record_id, ("", ""))[0]
    return number or record_id[:8]


def percent(score: float) -> int:
    return round(max(0.0, min(1.0, score)) * 100)


# --- small widgets -------------------------------------------------------------------------------


class ElidedLabel(QLabel):
    """One line that ends in "…" when too long; the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None, *, bold: bool = False) -> None:
        super().__init__(parent)
        self.full = ""
        self.setProperty("data", True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if bold:
            font = QFont(self.font())
            font.setBold(True)
            self.setFont(font)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(20, QFontMetrics(self.font()).height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        rect = self.contentsRect()
        elided = QFontMetrics(self.font()).elidedText(
            self.full, Qt.TextElideMode.ElideRight, rect.width()
        )
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawItemText(rect, int(align), self.palette(), True, elided, self.foregroundRole())


class RecordCard(QFrame):
    """One side of the pair: number, title, whether it is kept, and its photos."""

    photo_requested = Signal(str, str)  # sha256, title

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnails = thumbnails
        self.number = ElidedLabel(self, bold=True)
        self.title = ElidedLabel(self)
        self.role = QLabel(self)
        self.role.setWordWrap(True)
        self.photos = QHBoxLayout()
        self.photos.setSpacing(4)
        self.more = QLabel(self)
        self.buttons: dict[str, QToolButton] = {}
        self.caption = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.title)
        layout.addWidget(self.role)
        layout.addLayout(self.photos)
        layout.addStretch(1)  # beside a taller card (one with photos), keep to the top
        thumbnails.loaded.connect(self._loaded)

    def show_record(self, number: str, title: str, media: Sequence[dict[str, Any]]) -> None:
        self.number.set_full_text(number)
        self.title.set_full_text(title or self.tr("(no title)"))
        self.caption = " — ".join(p for p in (number, title) if p)
        self._clear_photos()
        shas = [str(m.get("sha256")) for m in media if m.get("sha256")]
        for sha in shas[:PHOTOS_SHOWN]:
            button = named(QToolButton(self), "duplicatePhoto")
            button.setIconSize(QSize(THUMB, THUMB))
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Click to enlarge"))
            button.setAccessibleName(self.tr("Photo of {object}").format(object=self.caption))
            button.setIcon(QIcon(self.thumbnails.get(sha) or self.thumbnails.placeholder))
            button.clicked.connect(
                lambda _c=False, s=sha: self.photo_requested.emit(s, self.caption)
            )
            self.photos.addWidget(button)
            self.buttons[sha] = button
        extra = len(shas) - PHOTOS_SHOWN
        if not shas:
            self.more.setText(self.tr("No photo"))
        elif extra > 0:
            self.more.setText(self.tr("+%n more photo(s)", "", extra))
        else:
            self.more.setText("")
        self.photos.addWidget(self.more)
        self.photos.addStretch(1)

    def set_role(self, kept: bool) -> None:
        if kept:
            self.role.setText(self.tr("✔ Kept: this record stays"))
            self.role.setStyleSheet(f"font-weight: bold; {KEPT_STYLE}")
        else:
            self.role.setText(self.tr("Merged into the kept one if the same"))
            self.role.setStyleSheet("")

    def _clear_photos(self) -> None:
        while self.photos.count():
            item = self.photos.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.more:
                widget.hide()
                widget.deleteLater()
        self.buttons.clear()

    def clear(self) -> None:
        self.number.set_full_text("")
        self.title.set_full_text("")
        self.role.clear()
        self.more.clear()
        self._clear_photos()

    def _loaded(self, sha: str) -> None:
        button = self.buttons.get(sha)
        if button is not None:
            button.setIcon(QIcon(self.thumbnails.get(sha) or self.thumbnails.placeholder))


class PairView(QWidget):
    """The selected pair side by side: both cards, the keep arrow, the fields compared."""

    photo_requested = Signal(str, str)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_b = False
        self.rows: dict[str, tuple[bool, list[QLabel]]] = {}  # field -> (differs, labels)
        self.reasons = named(QLabel(self), "duplicateReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setFixedWidth(LABEL_WIDTH)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.card_a = RecordCard(thumbnails, self)
        self.card_a.setObjectName("duplicateCardA")
        self.card_b = RecordCard(thumbnails, self)
        self.card_b.setObjectName("duplicateCardB")
        for card in (self.card_a, self.card_b):
            card.photo_requested.connect(self.photo_requested)
        self.arrow = named(QLabel(self), "keepArrow")
        self.arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.arrow.setFixedWidth(ARROW_WIDTH)
        font = QFont(self.arrow.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.arrow.setFont(font)
        cards = QHBoxLayout()
        cards.setSpacing(0)
        cards.addWidget(self.reasons)
        cards.addWidget(self.card_a, 1)
        cards.addWidget(self.arrow)
        cards.addWidget(self.card_b, 1)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(1)
        self.fields_scroll = scroll_area(self.grid_host, self)
        self.same_note = QLabel(self)
        self.same_note.setStyleSheet("color: palette(mid);")
        widgets.column(self, cards, self.fields_scroll, 1, self.same_note, margins=False)

    def arrow_text(self) -> str:
        """Points from the merged record to the kept one, on screen (mirrored right to left)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return "◀" if self.keep_b == rtl else "▶"

    def set_keep_b(self, keep_b: bool) -> None:
        self.keep_b = keep_b
        self.card_a.set_role(not keep_b)
        self.card_b.set_role(keep_b)
        self.arrow.setText(self.arrow_text())
        kept = self.card_b if keep_b else self.card_a
        self.arrow.setToolTip(self.tr("Kept: {object}").format(object=kept.caption))
        self.arrow.setAccessibleName(self.arrow.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.arrow.setText(self.arrow_text())

    def _clear_grid(self) -> None:
        clear_layout(self.grid)
        self.rows.clear()

    def clear(self) -> None:
        self._clear_grid()
        self.card_a.clear()
        self.card_b.clear()
        self.arrow.clear()
        self.reasons.clear()
        self.same_note.clear()

    def show_pair(
        self,
        candidate: Candidate,
        labels: Labels,
        media: tuple[Sequence[dict[str, Any]], Sequence[dict[str, Any]]],
        comparisons: Sequence[FieldComparison],
        keep_b: bool,
    ) -> None:
        reasons = "\n".join(r.text() for r in candidate.reasons)
        self.reasons.setText(
            self.tr("{percent} % alike:\n{reasons}").format(
                percent=percent(candidate.score), reasons=reasons
            )
        )
        for card, record_id, photos in (
            (self.card_a, candidate.a, media[0]),
            (self.card_b, candidate.b, media[1]),
        ):
            number, title = labels.get(record_id, ("", ""))
            card.show_record(number or record_id[:8], title, photos)
        self.set_keep_b(keep_b)
        self._build_grid(comparisons)

    def _cell(self, text: str, differs: bool, *, data: bool = True) -> QLabel:
        label = QLabel(text, self.grid_host)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setProperty("data", data)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        label.setStyleSheet(f"padding: 3px; {DIFFERS_STYLE if differs else ''}")
        if differs:
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        return label

    def _build_grid(self, comparisons: Sequence[FieldComparison]) -> None:
        self._clear_grid()
        row = 0
        same = 0
        for comparison in comparisons:
            empty = all(v is None or v in ("", [], {}) for v in (comparison.a, comparison.b))
            if empty:
                continue
            differs = comparison.differs
            name = field_label(F.OBJECT, comparison.name)
            label = self._cell(name, differs, data=False)
            label.setFixedWidth(LABEL_WIDTH)
            marker = self._cell("≠" if differs else "=", differs, data=False)
            marker.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            marker.setFixedWidth(ARROW_WIDTH)
            marker.setAccessibleName(self.tr("differs") if differs else self.tr("the same"))
            a = self._cell(format_value(F.OBJECT, comparison.name, comparison.a), differs)
            b = self._cell(format_value(F.OBJECT, comparison.name, comparison.b), differs)
            if differs:
                for cell in (a, b):
                    cell.setAccessibleDescription(self.tr("{field} differs").format(field=name))
            else:
                same += 1
            for column, cell in enumerate((label, a, marker, b)):
                self.grid.addWidget(cell, row, column)
            self.rows[comparison.name] = (differs, [label, a, marker, b])
            row += 1
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(row, 1)
        differing = len(self.rows) - same
        self.same_note.setText(
            self.tr("%n field(s) differ, marked ≠ and in bold.", "", differing) if differing else ""
        )


# --- the page ------------------------------------------------------------------------------------


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
        self.worker: workers.Worker | None = None
        self.viewers: list[PhotoViewer] = []
        self.thumbnails = ThumbnailCache(size=THUMB, capacity=120, parent=self)

        self.tabs = named(QTabWidget(self), "duplicatesTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_pairs_tab(), self.tr("Pairs to review"))
        self.tabs.addTab(self._build_decisions_tab(), self.tr("Decisions"))
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
        self.cancel_button = self._button(self.tr("&Cancel"), "cancelDetection", self.cancel)
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

    def _build_decisions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.decisions = named(
            QTableWidget(0, 5, tab),
            "duplicateDecisions",
            self.tr("Decisions about possible duplicates"),
        )
        self.decisions.setHorizontalHeaderLabels(
            [
                self.tr("Decided on"),
                self.tr("Decision"),
                self.tr("Objects"),
                self.tr("Decided by"),
                self.tr("State"),
            ]
        )
        self.decisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisions.verticalHeader().setVisible(False)
        header = self.decisions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.decisions.itemSelectionChanged.connect(self._decision_selected)
        self.undo_selected_button = self._button(
            self.tr("U&ndo the selected decision"), "undoSelectedDecision", self.undo_selected
        )
        self.undo_selected_button.setEnabled(False)
        self.decisions_note = paragraph("", tab)
        buttons = hrow(self.decisions_note, 1, self.undo_selected_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.decisions, 1)
        layout.addLayout(buttons)
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

    def _arrow(self, *, forward_if_ltr: bool) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if forward_if_ltr != rtl:
            self.skip()
        else:
            self.previous()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._update_shortcuts()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._update_shortcuts()

    def _tab_changed(self, index: int) -> None:
        if index == DECISIONS_TAB:
            self.refresh_decisions()
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
        self.decisions.setRowCount(0)
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
            self.refresh_decisions()
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
        reasons = candidate.reasons_text()
        # No bidi isolates here: the item views elide a line that holds one as one long line.
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

    def _pair_tooltip(self, candidate: Candidate) -> str:
        lines = []
        for record_id in (candidate.a, candidate.b):
            number, title = self.labels.get(record_id, ("", ""))
            lines.append(" — ".join(p for p in (number or record_id[:8], title) if p))
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

    # --- past decisions ----------------------------------------------------------------------

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
        self.done = [d for d in self.done if d.decision.decision_id != selected[0]]
        self.refresh_decisions()
        self.stale = True  # the pair is back among the candidates
        self._records_changed()
        return undone

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
