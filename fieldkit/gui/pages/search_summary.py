"""The strip above a record list while a search is active: matches per kind, and a way out.

"Search everything" looks in objects and damage reports at once; this strip says how many of
each matched ("Objects (0) · Damage reports (12)"), switches to the other list with one click,
and clears the search. It is hidden while nothing is searched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fieldkit.gui.numbers import number
from fieldkit.gui.widgets import named, push_button


class SearchSummary(QFrame):
    kind_requested = Signal(str)  # the list to show: fieldkit.records.fields.OBJECT or DAMAGE
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#searchSummary { background: #fff7d6; }")
        self.titles: dict[str, str] = {}
        self.current = ""
        self.text = ""  # the search shown, "" while none
        self.counts: dict[str, int] = {}
        self.label = named(QLabel(self), "searchSummaryText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the search text is the user's
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self.clear_button = push_button(self.tr("Clear search (Esc)"), self, "clearSearch")
        self.clear_button.setToolTip(self.tr("Show every record again (the filters stay)"))
        self.clear_button.clicked.connect(lambda _checked=False: self.clear_requested.emit())
        self._layout.addWidget(self.clear_button)
        self.setVisible(False)

    def set_kinds(self, kinds: list[tuple[str, str]]) -> None:
        """The kinds a search covers: (kind, translated plural title), in the order shown."""
        for button in self.buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.buttons.clear()
        self.titles = dict(kinds)
        for position, (kind, title) in enumerate(kinds, start=1):
            button = named(QPushButton(title, self), f"searchIn_{kind}", title)
            button.setCheckable(True)
            button.setFlat(True)
            button.clicked.connect(lambda _checked=False, k=kind: self._choose(k))
            self._layout.insertWidget(position, button)
            self.buttons[kind] = button

    def show_counts(self, text: str, counts: dict[str, int], current: str) -> None:
        """The search ``text`` matched ``counts`` records per kind; ``current`` is shown."""
        text = text.strip()
        self.current = current
        self.text = text
        self.counts = dict(counts)
        if not text:
            self.setVisible(False)
            return
        if any(counts.values()):
            self.label.setText(self.tr("Results for “{text}”:").format(text=text))
        else:
            self.label.setText(self.tr("Nothing matches “{text}”.").format(text=text))
        for kind, button in self.buttons.items():
            n = counts.get(kind, 0)
            label = self.tr("{kind} ({n})").format(kind=self.titles[kind], n=number(n))
            button.setText(label)
            button.setAccessibleName(
                self.tr("%n match(es) in {kind}", "", n).format(kind=self.titles[kind])
            )
            button.setChecked(kind == current)
            font = button.font()
            font.setBold(kind == current)
            button.setFont(font)
            button.setToolTip(
                self.tr("Shown below")
                if kind == current
                else self.tr("Go to {kind}").format(kind=self.titles[kind])
            )
        self.setVisible(True)

    def set_count(self, kind: str, n: int) -> None:
        """The list of ``kind`` now holds ``n`` matches of the search shown (records imported
        or deleted since it ran): the strip says so at once."""
        if self.text and kind in self.titles and self.counts.get(kind) != n:
            self.show_counts(self.text, {**self.counts, kind: n}, self.current)

    def _choose(self, kind: str) -> None:
        self.buttons[kind].setChecked(kind == self.current)  # a click must not uncheck it
        if kind != self.current:
            self.kind_requested.emit(kind)
