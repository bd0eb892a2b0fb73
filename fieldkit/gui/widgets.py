"""Small building blocks shared by the screens: headings, inline error labels, busy bars."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

W = TypeVar("W", bound=QObject)
V = TypeVar("V", bound=QTableView)

ERROR_STYLE = "color: #b00020;"


def heading(text: str, parent: QWidget | None = None, size: float = 1.6) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def button_box(
    parent: QWidget,
    *,
    accept: QPushButton | None = None,
    reject: QPushButton | None = None,
    actions: Sequence[QPushButton] = (),
) -> QDialogButtonBox:
    """A dialog's row of buttons in the platform's order (Windows puts the accepting button
    first, GNOME and macOS last). ``accept`` goes ahead (Export, Import, Write PDF), ``reject``
    leaves (Cancel, Close), ``actions`` do something else (Open, Verify other bundles); each
    button keeps its own text, name and slot."""
    box = QDialogButtonBox(parent)
    for button in actions:
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    if reject is not None:
        box.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    if accept is not None:
        box.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    return box


def push_button(
    text: str,
    parent: QWidget | None,
    name: str = "",
    slot: Callable[..., object] | SignalInstance | None = None,
    *,
    default: bool = False,
    flat: bool = False,
) -> QPushButton:
    """A button with its (translated) text, object name and slot; ``default`` answers Enter."""
    button = QPushButton(text, parent)
    if name:
        button.setObjectName(name)
    if default:
        button.setDefault(True)
    if flat:
        button.setFlat(True)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def titled(window: QWidget, name: str, title: str) -> None:
    """A window's object name (what tests and the style find it by) and its title bar text."""
    window.setObjectName(name)
    window.setWindowTitle(title)


def named(widget: W, name: str, accessible: str = "") -> W:
    """``widget`` (or action) with its object name (for tests and style) and, for a widget, its
    screen-reader name."""
    widget.setObjectName(name)
    if accessible and isinstance(widget, QWidget):
        widget.setAccessibleName(accessible)
    return widget


def dropped_files(
    event: QDropEvent | QDragEnterEvent | QDragMoveEvent, suffixes: tuple[str, ...] = ()
) -> list[Path]:
    """The local files dragged in ``event`` (those ending in one of ``suffixes``, if given)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if not suffixes or p.suffix.lower() in suffixes]


def check_box(text: str, parent: QWidget, name: str) -> QCheckBox:
    """A check box named ``name``, that screen readers call by its own text."""
    return named(QCheckBox(text, parent), name, text)


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A label whose mnemonic (``&Folder:``) moves the focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


Item = QWidget | QLayout | int | None


def _fill(layout: QBoxLayout, items: Sequence[Item]) -> None:
    """Widgets and layouts in order; ``None`` a stretch; an int the stretch factor of the
    widget just before it."""
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            last = layout.itemAt(layout.count() - 1)
            widget = last.widget() if last is not None else None
            if widget is not None:
                layout.setStretchFactor(widget, item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)


def hrow(*items: Item, margins: bool = True) -> QHBoxLayout:
    """A horizontal row of ``items`` (see :func:`_fill`)."""
    layout = QHBoxLayout()
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    _fill(layout, items)
    return layout


class FlowLayout(QLayout):
    """Widgets side by side, in reading order, that go on to a next line when the row is
    narrower than they are, instead of making the page scroll sideways (a page's buttons in
    Ukrainian or French at 125 % on a 1366-pixel laptop). Each line sits at the row's start,
    or at its end with ``trailing`` (a title row's buttons); mirrored right to left."""

    def __init__(self, parent: QWidget | None = None, *, trailing: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing = trailing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return self._grown(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest item: every other one can go on a line of its own."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return self._grown(size)

    def _grown(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        owner = self.parentWidget()
        style = owner.style() if owner is not None else None
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else -1
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (or only measure): the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint().boundedTo(QSize(area.width(), item.sizeHint().height()))
            hint = hint.expandedTo(item.minimumSize())
            if lines[-1] and used + gap + hint.width() > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        owner = self.parentWidget()
        mirrored = owner is not None and owner.isRightToLeft()
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _, hint in line)
            width = sum(hint.width() for _, hint in line) + gap * (len(line) - 1)
            x = area.left() + (area.width() - width if self._trailing else 0)
            for item, hint in line:
                if place:
                    box = QRect(QPoint(x, y + (height - hint.height()) // 2), hint)
                    if mirrored:  # the same place seen in a mirror: reading order kept
                        box.moveLeft(area.left() + area.right() - box.right())
                    item.setGeometry(box)
                x += hint.width() + gap
            y += height + gap
        m = self.contentsMargins()
        return max(y - gap - area.top(), 0) + m.top() + m.bottom()


def flow_row(parent: QWidget, *widgets: QWidget, trailing: bool = False) -> QWidget:
    """A widget holding ``widgets`` in a :class:`FlowLayout`, flush with its edges."""
    host = QWidget(parent)
    layout = FlowLayout(host, trailing=trailing)
    layout.setContentsMargins(QMargins(0, 0, 0, 0))
    for widget in widgets:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    host.setSizePolicy(policy)
    return host


def column(parent: QWidget, *items: Item, margins: bool = True) -> QVBoxLayout:
    """``parent``'s own layout: ``items`` top to bottom (see :func:`_fill`)."""
    layout = QVBoxLayout(parent)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    _fill(layout, items)
    return layout


def vpanel(parent: QWidget | None, *items: Item) -> QWidget:
    """A widget holding ``items`` top to bottom, flush with its edges (see :func:`_fill`)."""
    host = QWidget(parent)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    _fill(layout, items)
    return host


def splitter(
    parent: QWidget | None,
    *panes: QWidget,
    stretch: Sequence[int] = (),
    sizes: Sequence[int] = (),
    vertical: bool = False,
) -> QSplitter:
    """Panes side by side (or one above the other) that the user can resize but not collapse;
    ``stretch``: how extra room is shared, ``sizes``: the starting sizes."""
    split = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal, parent)
    for pane in panes:
        split.addWidget(pane)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    if sizes:
        split.setSizes(list(sizes))
    split.setChildrenCollapsible(False)
    return split


def radio_choices(
    box: QWidget, choices: Iterable[tuple[str, str]], prefix: str
) -> tuple[QButtonGroup, dict[str, QRadioButton], QVBoxLayout]:
    """One radio button a ``(value, text)`` choice, one under the other in ``box``, in one
    button group (ids in order) and named ``{prefix}_{value}``. Returns the group, the buttons
    by value, and the box's layout for what follows the choices."""
    group = QButtonGroup(box)
    layout = QVBoxLayout(box)
    radios: dict[str, QRadioButton] = {}
    for i, (value, text) in enumerate(choices):
        radio = QRadioButton(text, box)
        radio.setObjectName(f"{prefix}_{value}")
        group.addButton(radio, i)
        radios[value] = radio
        layout.addWidget(radio)
    return group, radios, layout


def path_row(
    edit: QLineEdit, choose_text: str, choose_name: str, slot: Callable[[], object]
) -> QHBoxLayout:
    """A path field with its "Choose…" button beside it (``choose_name`` for screen readers)."""
    choose = QPushButton(choose_text, edit.parentWidget())
    choose.setAccessibleName(choose_name)
    choose.clicked.connect(slot)
    return hrow(edit, 1, choose)


def centred(widget: QWidget, owner: QWidget, below: int = 1) -> None:
    """Lay ``widget`` out in the middle of ``owner``: a third of the width on each side of it
    stays free, and the space under it is ``below`` times the space above."""
    outer = QVBoxLayout(owner)
    outer.addStretch(1)
    outer.addLayout(hrow(None, widget, 3, None))
    outer.addStretch(below)


def choose_directory(parent: QWidget, edit: QLineEdit, title: str) -> None:
    """Ask for a folder (the dialog titled ``title``) and put the chosen one into ``edit``."""
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title)
    if folder:
        edit.setText(folder)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout``, hidden at once: values of a locked vault
    must not linger on screen until the deletion runs."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def scroll_area(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """A frameless scroll area that resizes ``widget`` to its width."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


def headed_table(
    columns: Sequence[str], parent: QWidget, accessible: str, name: str = ""
) -> QTableWidget:
    """An empty table with a column for each header in ``columns``, that screen readers call
    ``accessible`` (and tests and style find by ``name``)."""
    table = named(QTableWidget(0, len(columns), parent), name, accessible)
    table.setHorizontalHeaderLabels(list(columns))
    return table


def read_only_rows(
    view: V,
    *,
    single: bool = False,
    alternating: bool = False,
    wrap: bool | None = None,
    resize: QHeaderView.ResizeMode | None = None,
    stretch_last: bool = True,
) -> V:
    """A table (or list of rows) read, not edited: selected by row (``single``: one at a time),
    no row numbers, and left with Tab rather than walked cell by cell."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if alternating:
        view.setAlternatingRowColors(True)
    if wrap is not None:
        view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    if resize is not None:
        header.setSectionResizeMode(resize)
    if stretch_last:
        header.setStretchLastSection(True)
    return view


def language_choice(parent: QWidget | None, name: str, accessible: str) -> QComboBox:
    """The languages FieldKit speaks, each named in itself (so that anyone can find their own),
    showing the one chosen now; its signals fire only once the user picks another."""
    from fieldkit import i18n

    combo = named(QComboBox(parent), name, accessible)
    for code in i18n.LANGUAGES:
        combo.addItem(i18n.NATIVE_NAMES[code], code)
    select_current_language(combo)
    return combo


def select_current_language(combo: QComboBox) -> None:
    """Show the language FieldKit speaks now (the one set, else the system's), quietly."""
    from fieldkit import i18n
    from fieldkit.gui import settings

    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(combo.findData(settings.language() or i18n.language()), 0))


def warning_box(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    action: tuple[str, QMessageBox.ButtonRole],
    cancel: str,
) -> tuple[QMessageBox, QAbstractButton]:
    """A warning that asks before something hard to undo: the ``action`` button (its text and
    role) and ``cancel``, which is the default. Returns the box and the action's button."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(name)
    button = box.addButton(*action)
    box.setDefaultButton(box.addButton(cancel, QMessageBox.ButtonRole.RejectRole))
    return box, button


def question_box(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    yes: str,
    answered: Callable[[bool], None],
    *,
    informative: str = "",
    cancel: str = "",
) -> QMessageBox:
    """A window-modal question, opened (not blocking): ``yes`` and Cancel (``cancel``'s text,
    else Qt's own), Cancel the default and Escape; ``answered(True)`` once the user confirms,
    ``answered(False)`` otherwise. The caller keeps the box to raise it instead of a second."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no = (
        box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
        if cancel
        else box.addButton(QMessageBox.StandardButton.Cancel)
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def done(_result: int) -> None:
        chosen = box.clickedButton() is confirm
        box.deleteLater()
        answered(chosen)

    box.finished.connect(done)
    box.open()
    return box


def intro_layout(
    parent: QWidget, title: str, text: str, *items: Item, size: float = 1.6
) -> QVBoxLayout:
    """``parent``'s top-to-bottom layout, opening with a heading and a paragraph that says
    what the screen is for, then ``items`` (see :func:`_fill`)."""
    layout = QVBoxLayout(parent)
    layout.addWidget(heading(title, parent, size=size))
    layout.addWidget(paragraph(text, parent))
    _fill(layout, items)
    return layout


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped label under a field; hidden while empty."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setAccessibleDescription(text)


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setVisible(False)
    return bar


def data_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows data (names, numbers, file names), not interface text.

    Marked so the pseudo-translation test knows it is not meant to be translated.
    """
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("data", True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def core_text(message: str) -> str:
    """A sentence from the core (an error, a verification scope) in the user's language.

    A :class:`fieldkit.i18n.Text` is translated from its own context and filled; a plain sentence
    is looked up in the "errors" context (English when no catalog has it).
    """
    from fieldkit.i18n import localise

    return localise(message) if message else message


def human_size(size: int, *, whole: bool = False) -> str:
    """1536 → '1.5 KiB' (sizes in binary units, as file managers on the field laptops show),
    in the reader's units and decimal separator ("1,5 Kio" in French), kept in its order in
    Arabic: "982.7 KiB", not "KiB 982.7", and an Arabic unit after its number as Arabic reads.
    ``whole``: a round size (a choice offered, "2 GiB") without its ".0"."""
    from fieldkit.i18n import decimal, is_right_to_left, number

    units = (
        QCoreApplication.translate("units", "B"),
        QCoreApplication.translate("units", "KiB"),
        QCoreApplication.translate("units", "MiB"),
        QCoreApplication.translate("units", "GiB"),
    )
    value = float(size)
    for step, unit in enumerate(units):
        if value < 1024 or step == len(units) - 1:
            exact = step == 0 or (whole and value.is_integer())
            shown = f"{number(int(value)) if exact else decimal(value)} {unit}"
            if not is_right_to_left():
                return shown
            # A Latin unit is isolated left to right; an Arabic one right to left, so that
            # « 3.9 غيغابايت » reads number then unit from the right, in any line around it.
            return f"\u2067{shown}\u2069" if _right_to_left(unit) else ltr(shown)
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover - the loop always returns


def some_lines(lines: list[str], shown: int = 8) -> str:
    """The first ``shown`` of ``lines``, one per line, then how many more: a message box listing
    hundreds of file names would be taller than the screen."""
    text = "\n".join(ltr(line) for line in lines[:shown])
    if len(lines) > shown:
        more = len(lines) - shown
        text += "\n" + QCoreApplication.translate("widgets", "… and %n more", "", more)
    return text


def fit_rows(table: QWidget, max_rows: int = 12) -> None:
    """Make a table (QTableWidget or QTableView) as tall as its rows, up to ``max_rows``."""
    from PySide6.QtWidgets import QTableView

    if not isinstance(table, QTableView):
        return
    table.resizeRowsToContents()
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
    height += sum(table.rowHeight(r) for r in range(min(rows, max_rows)))
    if rows > max_rows:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(max(height, table.horizontalHeader().sizeHint().height() + 30))


def ltr(text: str) -> str:
    """Dates, times and ids keep their order inside right-to-left text (a bidi isolate)."""
    return f"\u2066{text}\u2069" if text else text


_PATH_PARTS = re.compile(r"([/\\])")


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def ltr_path(path: str) -> str:
    """A file or folder path inside a sentence: one left-to-right run (« /tmp/a.pdf » read
    « tmp/a.pdf/ » in Arabic), in which each folder or file name written in Arabic or Hebrew
    is isolated in its own direction. Without that, « تقارير/تقرير الأضرار C-001.pdf » made
    one right-to-left run: the folder and the file swapped places and « C-001.pdf » came
    apart from its name. Latin-only paths are only wrapped, as :func:`ltr` does."""
    parts = _PATH_PARTS.split(path)
    return ltr("".join(f"\u2068{p}\u2069" if _right_to_left(p) else p for p in parts))
