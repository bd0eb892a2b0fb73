"""One input widget per field kind, all with the same small interface.

``raw()`` returns what the person typed in a form ``fields.clean_value`` accepts and JSON can
store (drafts keep it as-is, even when it does not validate yet); ``set_raw`` shows such a value
(or a clean value read from a record). ``changed`` fires on every edit.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui.dates import day_first_iso, format_iso, input_pattern
from fieldkit.gui.numbers import decimal
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import headed_table, named
from fieldkit.records.dimensions import dimension_label, unit_label
from fieldkit.records.fields import Field, ascii_digits

# A measurement cell's stored word ("height", "cm") under its translated text.
_STORED_ROLE = Qt.ItemDataRole.UserRole + 1


class FieldInput(QObject):
    changed = Signal()

    def __init__(self, field: Field, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.label = label
        self.widget: QWidget = self._build(parent)
        self.widget.setObjectName(f"field_{field.name}")
        self.widget.setAccessibleName(label)

    def _build(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget


class TextInput(FieldInput):
    def _build(self, parent: QWidget) -> QWidget:
        self.edit = QLineEdit(parent)
        self.edit.textChanged.connect(self.changed)
        return self.edit

    def raw(self) -> Any:
        return self.edit.text()

    def set_raw(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class MultilineInput(FieldInput):
    """Several lines of plain text. Each paragraph is aligned by its own text direction (Arabic
    to the right), as QLineEdit does: QPlainTextEdit left-aligns right-to-left text."""

    def _build(self, parent: QWidget) -> QWidget:
        self.edit = QTextEdit(parent)
        self.edit.setAcceptRichText(False)  # pasted formatting is not kept: plain text only
        self.edit.setTabChangesFocus(True)  # Tab moves on: keyboard users are not trapped
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 3 + 14)
        self.edit.textChanged.connect(self.changed)
        self._shown = ""
        return self.edit

    def raw(self) -> Any:
        return plain_text(self.edit, self._shown)

    def set_raw(self, value: Any) -> None:
        self._shown = "" if value is None else str(value)
        self.edit.setPlainText(self._shown)


def plain_text(edit: QTextEdit, shown: str = "") -> str:
    """The text of ``edit`` as typed. toPlainText() turns no-break spaces into spaces and line
    separators (U+2028) into line breaks: an inscription "10\u00a0cm" was saved changed. Only
    the paragraph breaks become "\n"; a line separator is kept when the text ``shown`` had one,
    else it is a Shift+Enter typed here, a line break as before."""
    text = edit.document().toRawText().replace("\u2029", "\n")
    return text if "\u2028" in shown else text.replace("\u2028", "\n")


class TextListInput(TextInput):
    """A list of texts typed on one line, separated by semicolons (as the core reads a list
    typed as text, in CSV import and JSON). An entry shown with a ";" in it (a list stored
    from JSON) stays one entry while its text is there unchanged."""

    _entries: tuple[str, ...] = ()

    def _build(self, parent: QWidget) -> QWidget:
        edit = super()._build(parent)
        self.edit.setPlaceholderText(self.tr("separate several with ;"))
        return edit

    def raw(self) -> Any:
        text = self.edit.text()
        whole = [e for e in self._entries if ";" in e]
        if not whole:
            return text
        parts = text.split(";")
        out: list[str] = []
        while parts:
            for entry in whole:
                n = entry.count(";") + 1
                if ";".join(parts[:n]).strip() == entry.strip():
                    out.append(entry)
                    del parts[:n]
                    break
            else:
                out.append(parts.pop(0))
        # A list only when it keeps such an entry: otherwise the text, as typed.
        return out if any(";" in e for e in out) else text

    def set_raw(self, value: Any) -> None:
        self._entries = ()
        if isinstance(value, list | tuple):
            self._entries = tuple(str(v) for v in value)
            value = "; ".join(self._entries)
        super().set_raw(value)


#: Fills a date field with today (a date and time field with now), as in spreadsheets.
NOW_KEY = "Ctrl+;"


class DateInput(TextInput):
    FORMAT = "yyyy-MM-dd"

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        self.edit = QLineEdit(box)
        self.edit.setPlaceholderText(self._placeholder())
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.textChanged.connect(self.changed)
        self.edit.textChanged.connect(self._show_reading)
        self.edit.editingFinished.connect(self._western)
        # « 06/12/2026 » typed day first is read while it is typed: the hint says how
        # (« lu : 6 déc. 2026 »), so no day and month are swapped without anyone seeing it.
        self.read_as = QLabel(box)
        self.read_as.setObjectName(f"readAs_{self.field.name}")
        self.read_as.setVisible(False)
        self._rewritten = ""
        self.now_button = QPushButton(self._now_text(), box)
        self.now_button.setAccessibleName(self._now_text() + " – " + self.label)
        self.now_button.clicked.connect(self._fill_now)
        # Out of the Tab chain: a user typing on after the date pressed space on it and the
        # typed date silently became today's (r12 trial #5). A mouse click still fills it, and
        # from the keyboard the field takes Ctrl+; (today's date in spreadsheets too), said in
        # the tooltip of both.
        self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.now_shortcut = QShortcut(QKeySequence(NOW_KEY), self.edit)
        self.now_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.now_shortcut.activated.connect(self._fill_now)
        key = QKeySequence(NOW_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        tip = self._now_tip().format(key=key)
        self.now_button.setToolTip(tip)
        self.edit.setToolTip(tip)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.read_as)
        row.addWidget(self.now_button)
        return box

    def _placeholder(self) -> str:
        # Translated (« AAAA-MM-JJ »), drawn in the order the digits are typed. Named context:
        # self.tr would look in a subclass's.
        return input_pattern(QCoreApplication.translate("DateInput", "YYYY-MM-DD"))

    def pattern(self) -> str:
        """How the field is written, as its placeholder shows it (for its error message)."""
        return self._placeholder()

    def example(self) -> str:
        """A value written as the placeholder says."""
        return "2026-03-14"

    def _now_text(self) -> str:
        return self.tr("Today")

    def _now_tip(self) -> str:
        # Named context: self.tr would look in a subclass's.
        return QCoreApplication.translate("DateInput", "Fill in today's date ({key})")

    def _fill_now(self) -> None:
        self.edit.setText(QDateTime.currentDateTime().toString(self.FORMAT))

    def raw(self) -> Any:
        # « 06/12/2026 » typed in French, Ukrainian or Arabic is 6 December, as the spreadsheet
        # import of the same vault reads it: refused as "not YYYY-MM-DD" it sent people to
        # retype a date they had written right (r13 trial #15). English still refuses it.
        text = self.edit.text()
        return day_first_iso(text) or text

    def _show_reading(self, text: str) -> None:
        if text != self._rewritten:
            self._rewritten = ""
            stored = (day_first_iso(text) or "").replace(" ", "T")
            shown = format_iso(stored)
            # A day that does not exist (31/02) shows no reading: the field's error says why.
            readable = bool(stored) and shown != stored
            self.read_as.setText(
                QCoreApplication.translate("DateInput", "read as {date}").format(date=shown)
                if readable
                else ""
            )
            self.read_as.setVisible(readable)

    def _western(self) -> None:
        # Arabic-Indic digits are taken (the core stores them in ASCII), but in this
        # left-to-right field « ٢٠٢٦-١٢-٠٥ » is drawn « ٠٥-١٢-٢٠٢٦ » (Unicode bidi: Arabic
        # numbers with "-" between them run right to left): once typed, the field shows the
        # date as it will be saved, year first. A date typed day first is rewritten so too,
        # so the reading of « 06/12/2026 » is seen before it is saved.
        text = self.edit.text()
        iso = day_first_iso(text)
        western = iso or ascii_digits(text)
        if western != text:
            # The reading stays in sight beside the date now written year first.
            self._rewritten = western if iso else ""
            self.edit.setText(western)

    def focus_widget(self) -> QWidget:
        return self.edit


class DateTimeInput(DateInput):
    """A day and a time, shown and typed with a space between them ("2026-12-06 10:06"): the
    placeholder « YYYY-MM-DDTHH:MM » and ISO's "T" read as a typo to the people who fill it
    (r11 trial #13). Stored as ISO, with the "T", as before."""

    FORMAT = "yyyy-MM-dd HH:mm"

    def _placeholder(self) -> str:
        # Translated: each language says year, month, day, hours and minutes its own way.
        return input_pattern(self.tr("YYYY-MM-DD HH:MM"))

    def _now_text(self) -> str:
        return self.tr("Now")

    def example(self) -> str:
        return "2026-03-14 09:30"

    def _now_tip(self) -> str:
        return self.tr("Fill in the date and time now ({key})")

    def raw(self) -> Any:
        text = super().raw()
        typed = _TYPED_MOMENT.match(text.strip())
        return f"{typed[1]}T{typed[2]}" if typed else text

    def set_raw(self, value: Any) -> None:
        stored = _STORED_MOMENT.match(value) if isinstance(value, str) else None
        super().set_raw(f"{stored[1]} {stored[2]}" if stored else value)


_STORED_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)$")
_TYPED_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2}) +(\d{2}:\d{2}(?::\d{2})?)$")


class EnumInput(FieldInput):
    def _build(self, parent: QWidget) -> QWidget:
        self.combo = QComboBox(parent)
        self.combo.addItem(self.tr("— not set —"), "")
        for choice in self.field.choices:
            self.combo.addItem(value_label(choice), choice)
        self.combo.currentIndexChanged.connect(self.changed)
        return self.combo

    def raw(self) -> Any:
        return self.combo.currentData()

    def set_raw(self, value: Any) -> None:
        index = self.combo.findData("" if value is None else value)
        if index < 0 and isinstance(value, str) and value.isdigit():
            index = self.combo.findData(int(value))
        self.combo.setCurrentIndex(max(index, 0))


class EnumListInput(FieldInput):
    """A checkbox per vocabulary value, in columns."""

    COLUMNS = 2

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(self.field.choices) + self.COLUMNS - 1) // self.COLUMNS
        for i, choice in enumerate(self.field.choices):
            check = named(QCheckBox(value_label(choice), box), f"{self.field.name}_{choice}")
            check.toggled.connect(self.changed)
            self.boxes[choice] = check
            grid.addWidget(check, i % rows, i // rows)
        return box

    def raw(self) -> Any:
        return [c for c, box in self.boxes.items() if box.isChecked()]

    def set_raw(self, value: Any) -> None:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(";")]
        chosen = set(value or [])
        for choice, box in self.boxes.items():
            box.setChecked(choice in chosen)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()))


class CoordinatesInput(FieldInput):
    """Latitude and longitude spin boxes; the lowest value of each means "not set"."""

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        self.lat = self._spin(box, 90, self.tr("Latitude"))
        self.lon = self._spin(box, 180, self.tr("Longitude"))
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Lat."), box))
        row.addWidget(self.lat, 1)
        row.addWidget(QLabel(self.tr("Lon."), box))
        row.addWidget(self.lon, 1)
        return box

    def _spin(self, parent: QWidget, limit: int, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(6)
        spin.setRange(-limit - 1, limit)
        spin.setSpecialValueText(self.tr("not set"))
        spin.setValue(spin.minimum())
        spin.setAccessibleName(name)
        spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        spin.valueChanged.connect(self.changed)
        return spin

    @staticmethod
    def _value(spin: QDoubleSpinBox) -> float | str:
        return "" if spin.value() == spin.minimum() else round(spin.value(), 6)

    def raw(self) -> Any:
        lat, lon = self._value(self.lat), self._value(self.lon)
        if lat == "" and lon == "":
            return None
        return {"lat": lat, "lon": lon}

    def set_raw(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for spin, key in ((self.lat, "lat"), (self.lon, "lon")):
            item = value.get(key, "")
            try:
                spin.setValue(float(item) if item not in ("", None) else spin.minimum())
            except (TypeError, ValueError):
                spin.setValue(spin.minimum())

    def focus_widget(self) -> QWidget:
        return self.lat


class MeasurementsInput(FieldInput):
    """A small table: dimension, value, unit; empty rows are ignored."""

    def _build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        columns = [self.tr("Dimension"), self.tr("Value"), self.tr("Unit")]
        self.table = headed_table(columns, box, self.label)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self.changed)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + row_height * 3 + 6
        )
        self.add_button = QPushButton(self.tr("Add a measurement"), box)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        # clicked(bool) would pass False as `values`: call without arguments.
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        return box

    def add_row(
        self, values: tuple[str, str, str] = ("", "", "cm"), *, select: bool = True
    ) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in enumerate(values):
            self.table.setItem(row, column, self._cell(column, text))
        self.table.blockSignals(False)
        self.changed.emit()
        if select:  # a row the user adds is where they type next
            self.table.setCurrentCell(row, 0)

    @staticmethod
    def _cell(column: int, stored: str) -> QTableWidgetItem:
        """A cell showing a known dimension or unit in the reader's language ("height" is
        «الارتفاع», "cm" «سم»), as the core's measurement lines do; the stored word is kept
        with it, so an untouched cell saves what the record holds."""
        label = {0: dimension_label, 2: unit_label}.get(column)
        if label is None:
            return QTableWidgetItem(stored)
        item = QTableWidgetItem(label(stored, isolated=False))
        item.setData(_STORED_ROLE, stored)
        return item

    @staticmethod
    def _cell_value(item: QTableWidgetItem, column: int) -> str:
        stored = item.data(_STORED_ROLE)
        label = {0: dimension_label, 2: unit_label}.get(column)
        if isinstance(stored, str) and label is not None:
            if item.text() == label(stored, isolated=False):
                return stored  # shown translated, not retyped
        return item.text()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def raw(self) -> Any:
        out = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(3):
                item = self.table.item(row, column)
                cells.append(self._cell_value(item, column).strip() if item is not None else "")
            if not any(cells[:2]):
                continue
            out.append({"dimension": cells[0], "value": cells[1], "unit": cells[2]})
        return out

    def set_raw(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict):
                # « 72,5 » in French and Ukrainian, as the reports print it; the core reads
                # either separator back, so an untouched row saves the same 72.5.
                number = decimal(item.get("value", ""))
                self.add_row(
                    (str(item.get("dimension", "")), number, str(item.get("unit", ""))),
                    select=False,
                )
        # Rows loaded from the record are not a choice the user made: none is shown selected,
        # so "Remove" never looks as if it would take more than the row the user picks.
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()
        self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.table


def make_input(field: Field, label: str, parent: QWidget) -> FieldInput:
    kinds: dict[str, type[FieldInput]] = {
        "enum": EnumInput,
        "priority": EnumInput,
        "enum_list": EnumListInput,
        "text_list": TextListInput,
        "date": DateInput,
        "datetime": DateTimeInput,
        "coordinates": CoordinatesInput,
        "measurements": MeasurementsInput,
    }
    if field.kind == "text":
        return (MultilineInput if field.multiline else TextInput)(field, label, parent)
    return kinds[field.kind](field, label, parent)
