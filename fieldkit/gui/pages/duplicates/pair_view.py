"""The selected pair side by side: a card for each record (number, title, which one is kept,
its photos), the arrow from the merged record to the kept one, and the Object ID fields
compared, the differing ones marked (bold, a "≠" and a tint: never colour alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.duplicates.candidates import Candidate
from fieldkit.duplicates.decisions import FieldComparison
from fieldkit.gui import widgets
from fieldkit.gui.pages.conflicts import format_value
from fieldkit.gui.pages.duplicates.detection import Labels, percent
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.vocabulary_labels import field_label
from fieldkit.gui.widgets import clear_layout, named, scroll_area
from fieldkit.records import fields as F

DIFFERS_STYLE = "background: #fff1c2;"
KEPT_STYLE = "color: #1e6b34;"
PHOTOS_SHOWN = 3
THUMB = 88
LABEL_WIDTH = 170
ARROW_WIDTH = 34


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


__all__ = ["THUMB", "ElidedLabel", "PairView", "RecordCard"]
