"""Conflicts: records edited in two places. Both versions side by side, the disputed fields
highlighted, the automatic merge beside them; choose per field (or accept the automatic merge,
or keep one version whole) and save ONE merge revision — every vault that imports it sees the
record leave its conflict list."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.gui import numbers
from fieldkit.gui.dates import format_hlc
from fieldkit.gui.errors import show_error
from fieldkit.gui.field_values import field_value_text
from fieldkit.gui.people_names import Names
from fieldkit.gui.qt_types import ID_ROLE
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import field_label
from fieldkit.gui.widgets import (
    buddy_label,
    clear_layout,
    data_label,
    heading,
    hrow,
    intro_layout,
    named,
    paragraph,
    push_button,
    question_box,
    scroll_area,
    splitter,
    vpanel,
)
from fieldkit.i18n import FSI, PDI, isolate
from fieldkit.records import fields as F
from fieldkit.records.conflicts import (
    Conflict,
    count_in_conflict,
    get_conflict,
    list_conflicts,
    resolve,
)

AUTO = "auto"
DISPUTED_STYLE = "background: #fff1c2;"
AUTO_STYLE = "background: #e8f1fb;"
FOCUS_RING = (
    "QComboBox { border: 1px solid palette(mid); border-radius: 3px; padding: 3px 6px;"
    # A list that drops below the choice, every version in sight: styled, the choice opened
    # as a box over itself, cut to two and a half rows (« Version 2 » half hidden under a
    # scroll arrow, r14 trial #12).
    " combobox-popup: 0; }"
    " QComboBox:focus { border: 2px solid palette(highlight); padding: 2px 5px; }"
)


def _t(text: str) -> str:
    return QCoreApplication.translate("conflicts", text)


def format_value(
    kind: str,
    name: str,
    value: Any,
    references: Callable[[list[str]], list[str]] | None = None,
) -> str:
    """A field value as people read it (vocabulary labels, lists on lines, — for empty),
    numbers with the language's decimal separator. ``references`` turns stored cross
    references (object ids) into the labels the editor shows ("860fefcf — Портрет гетьмана")."""
    if value is None or value in ("", [], {}):
        return "—"
    field = F.FIELDS.get(kind, {}).get(name)
    field_kind = field.kind if field else ""
    if field_kind == "measurements":
        value = numbers.measurements(value)
    elif field_kind == "coordinates" and isinstance(value, Mapping):
        # Exact numbers side by side: two values that differ never read the same.
        return numbers.coordinates(value.get("lat"), value.get("lon"))
    elif name == "cross_references" and references is not None and isinstance(value, list):
        value = references([str(v) for v in value])
    elif name == F.SAME_AS and references is not None:
        # The object this one was merged into, named as cross references are ("a2789066 —
        # Ікона святого 2"), not by its bare id (r13 trial 2 #4).
        # An object this vault does not hold keeps its short id: 36 unbreakable characters
        # pushed the "Use" column out of sight.
        stored = str(value)
        named = references([stored])[0]
        return stored[:8] + "…" if named == stored and len(stored) > 8 else named
    return field_value_text(kind, name, value)


def when(hlc: str) -> str:
    """When a version was made, in the one GUI date format."""
    return format_hlc(hlc)


class ConflictView(QWidget):
    """One conflict, side by side; emits ``resolved`` after the merge revision is written."""

    resolved = Signal(str)  # record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.conflict: Conflict | None = None
        self.choices: dict[str, QComboBox] = {}
        self.rows: dict[str, list[QLabel]] = {}
        self.keep_buttons: list[QPushButton] = []
        self.keep_box: QMessageBox | None = None
        self.tab_from: QWidget | None = None  # what Tab comes from into the choices
        self.title = heading("", self, size=1.2)
        self.title.setProperty("data", True)
        self.title.setObjectName("conflictTitle")
        self.info = paragraph("", self)
        self.info.setObjectName("conflictInfo")
        self.person_banner = paragraph("", self)
        self.person_banner.setStyleSheet(
            "color: #8a4b00; background: #fff7e6; padding: 6px; border: 1px solid #e0b060;"
        )
        self.grid_host = QWidget(self)
        # The "Use" choices show where the keyboard is: the style's 1-pixel blue edge went
        # unseen beside the coloured cells (r13 trial 2 #4, #7).
        self.grid_host.setStyleSheet(FOCUS_RING)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(2)
        scroll = scroll_area(self.grid_host, self)
        # Not a Tab stop: the scroll area drew no focus, so Tab seemed to stop on nothing
        # (r13 trial 2 #7); the choices inside it take the focus and it scrolls to them.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hidden_note = paragraph("", self)
        self.hidden_note.setStyleSheet("color: palette(mid);")
        self.auto_button = push_button(
            self.tr("Accept the &automatic merge"), self, "acceptAutomatic", self.accept_automatic
        )
        self.save_button = push_button(
            self.tr("&Save my choices as one merge revision"),
            self,
            "saveChoices",
            self.save_choices,
        )
        # "Keep version N whole", one per version, on a row of their own: under each version's
        # column they set its width, and three of them pushed the "Use" choices out of sight
        # at 1366 px (r11 UI trial #2). Each has its version's digit as mnemonic (Alt+1…).
        self.keep_row = QHBoxLayout()
        buttons = hrow(None, self.auto_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.person_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hidden_note)
        layout.addLayout(self.keep_row)
        layout.addLayout(buttons)
        self.show_conflict(None)

    # --- showing -----------------------------------------------------------------------------

    def _clear_grid(self) -> None:
        clear_layout(self.grid)
        # A grid keeps its rows' stretch after its widgets go: the stretch under the last row
        # of the conflict shown before fell on a row of this one, which grew ~120 px with its
        # label drawn apart below its values (r13 trial 2 #8).
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        clear_layout(self.keep_row)
        self.choices.clear()
        self.rows.clear()
        self.keep_buttons.clear()

    def show_conflict(self, conflict: Conflict | None, names: Names | None = None) -> None:
        self._clear_grid()
        self.conflict = conflict
        has = conflict is not None
        for widget in (self.auto_button, self.save_button, self.info):
            widget.setVisible(has)
        self.person_banner.setVisible(False)
        self.hidden_note.setVisible(False)
        if conflict is None:
            self.title.setText(self.tr("No record is in conflict."))
            self.title.setProperty("data", False)
            return
        self.title.setProperty("data", True)
        name_of: Callable[[str | None], str] = names or (lambda fp: fp or "")
        kind_text = self.tr("Object") if conflict.kind == F.OBJECT else self.tr("Damage report")
        self.title.setText(self.tr("{kind}: {label}").format(kind=kind_text, label=conflict.label))
        heads, view = conflict.heads, conflict.view
        versions = []
        for i, head in enumerate(heads, start=1):
            text = self.tr("version {n} by {who} on {date}").format(
                n=i, who=name_of(head.author), date=when(head.hlc)
            )
            versions.append(text)
        self.info.setText(
            self.tr("Edited in {n} places: {versions}.").format(
                n=len(heads), versions="; ".join(versions)
            )
        )
        if view.needs_person:
            reason = {
                "no common ancestor": self.tr("the versions have no common ancestor"),
                "deleted on one side, edited on another": self.tr(
                    "it was deleted in one place and edited in another"
                ),
            }.get(view.reason, view.reason)
            self.person_banner.setText(
                self.tr(
                    "This one needs a person: {reason}. Choose per field, or keep one version "
                    "whole."
                ).format(reason=reason)
            )
            self.person_banner.setVisible(True)
        self.auto_button.setEnabled(not view.needs_person)
        self.auto_button.setToolTip(
            self.tr("Not possible here: a person must decide.") if view.needs_person else ""
        )
        self._build_grid(conflict, name_of)

    def _header(self, text: str, column: int, style: str = "") -> QLabel:
        label = QLabel(text, self.grid_host)
        label.setProperty("data", True)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setStyleSheet(f"padding: 4px; {style}")
        self.grid.addWidget(label, 0, column)
        return label

    def _reference_labels(self, stored: list[str]) -> list[str]:
        """Cross references as the object editor's hint names them: "860fefcf — title" for an
        object of this vault, a free reference as typed."""
        if self.session is None:
            return stored
        return [
            r.target.label() if r.target is not None else r.stored
            for r in self.session.records.references(stored)
        ]

    def _build_grid(self, conflict: Conflict, names: Callable[[str | None], str]) -> None:
        heads, view, kind = conflict.heads, conflict.view, conflict.kind
        self._header(self.tr("Field"), 0)
        for i, head in enumerate(heads, start=1):
            lines = [self.tr("Version {n}").format(n=i), names(head.author), when(head.hlc)]
            if head.rev_id == view.winner:
                lines.append(self.tr("(provisional winner)"))
            if head.deleted:
                lines.append(self.tr("DELETED"))
            self._header("\n".join(lines), i)
        auto_col = len(heads) + 1
        self._header(self.tr("Automatic merge"), auto_col, AUTO_STYLE)
        self._header(self.tr("Use"), auto_col + 1)
        order = list(F.FIELDS[kind])
        present = set().union(*(h.fields for h in heads), view.fields)
        names_all = [n for n in order if n in present] + sorted(present - set(order))
        shown = 0
        row = 1
        for name in names_all:
            values = [h.fields.get(name) for h in heads]
            if all(v == values[0] for v in values):
                continue
            shown += 1
            disputed = name in view.disputed
            style = DISPUTED_STYLE if disputed else ""
            label_text = self._field_label(kind, name)
            if disputed:
                label_text = self.tr("{field} — disputed").format(field=label_text)
            field_name = QLabel(label_text, self.grid_host)
            field_name.setWordWrap(True)
            field_name.setStyleSheet(f"padding: 4px; {style}")
            # At the top of its row, level with the values' first lines, as they are.
            field_name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            cells = [field_name]
            self.grid.addWidget(field_name, row, 0)
            for col, value in enumerate(values, start=1):
                cell = data_label(
                    format_value(kind, name, value, self._reference_labels), self.grid_host
                )
                cell.setWordWrap(True)
                cell.setStyleSheet(f"padding: 4px; {style}")
                cell.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
                self.grid.addWidget(cell, row, col)
                cells.append(cell)
            auto = data_label(
                format_value(kind, name, view.fields.get(name), self._reference_labels),
                self.grid_host,
            )
            auto.setWordWrap(True)
            auto.setStyleSheet(f"padding: 4px; {AUTO_STYLE}")
            auto.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            self.grid.addWidget(auto, row, auto_col)
            cells.append(auto)
            combo = named(QComboBox(self.grid_host), f"use_{name}")
            combo.setAccessibleName(
                self.tr("Which value to keep for {field}").format(
                    field=self._field_label(kind, name)
                )
            )
            combo.addItem(self.tr("Automatic"), AUTO)
            for i in range(len(heads)):
                combo.addItem(self.tr("Version {n}").format(n=i + 1), i)
            combo.setMaxVisibleItems(combo.count())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.grid.addWidget(combo, row, auto_col + 1, Qt.AlignmentFlag.AlignTop)
            self.choices[name] = combo
            self.rows[name] = cells
            row += 1
        if any(h.media != heads[0].media for h in heads):
            photos = QLabel(self.tr("Photos"), self.grid_host)
            photos.setStyleSheet("padding: 4px;")
            self.grid.addWidget(photos, row, 0)
            for col, head in enumerate(heads, start=1):
                cell = QLabel(self.tr("%n photo(s)", "", len(head.media)), self.grid_host)
                cell.setStyleSheet("padding: 4px;")
                self.grid.addWidget(cell, row, col)
            auto = QLabel(
                self.tr("%n photo(s): added on any side are kept", "", len(view.media)),
                self.grid_host,
            )
            auto.setWordWrap(True)
            auto.setStyleSheet(f"padding: 4px; {AUTO_STYLE}")
            self.grid.addWidget(auto, row, auto_col)
            row += 1
        # One "keep this version whole" button per version (delete-versus-edit needs it).
        for i, head in enumerate(heads, start=1):
            button = push_button(
                self.tr("Keep version &{n} whole").format(n=i),
                self,
                f"keepVersion{i}",
                lambda _c=False, rev=head.rev_id: self.keep(rev),
            )
            self.keep_row.addWidget(button)
            self.keep_buttons.append(button)
        self.keep_row.addStretch(1)
        for col in range(1, auto_col + 1):
            self.grid.setColumnStretch(col, 1)
        # Tab goes through the page as it is read: each field's choice, then the buttons under
        # the grid (it went to the buttons first, then back up into the grid).
        # From the conflicts list Tab goes on into this conflict too: it went to the window's
        # search box first, the choices being made after it.
        before = [self.tab_from] if self.tab_from is not None else []
        for first, second in pairwise([*before, *self.tab_chain()]):
            QWidget.setTabOrder(first, second)
        self.grid.setRowStretch(row + 1, 1)
        hidden = len(names_all) - shown
        if hidden:
            self.hidden_note.setText(
                self.tr("%n other field(s) are the same in every version.", "", hidden)
            )
            self.hidden_note.setVisible(True)

    def _field_label(self, kind: str, name: str) -> str:
        if name == F.SAME_AS:
            # A field the system writes when duplicates are merged: its code is no label.
            return self.tr("Merged into")
        return field_label(kind, name)

    def tab_chain(self) -> list[QWidget]:
        return [*self.choices.values(), *self.keep_buttons, self.auto_button, self.save_button]

    def first_control(self) -> QWidget | None:
        """Where the keyboard starts on this conflict: its first choice, else its first button."""
        for widget in self.tab_chain():
            if widget.isEnabled() and not widget.isHidden():
                return widget
        return None

    # --- choosing ----------------------------------------------------------------------------

    def choose(self, field: str, version: int | None) -> None:
        """Use ``version``'s value (0-based) for ``field``; None: the automatic merge's."""
        combo = self.choices[field]
        combo.setCurrentIndex(0 if version is None else version + 1)

    def chosen_values(self) -> dict[str, Any]:
        assert self.conflict is not None  # noqa: S101 - only called with a conflict shown
        heads, view = self.conflict.heads, self.conflict.view
        values = dict(view.fields)
        for name, combo in self.choices.items():
            choice = combo.currentData()
            value = view.fields.get(name) if choice == AUTO else heads[int(choice)].fields.get(name)
            if value is None:
                values.pop(name, None)
            else:
                values[name] = value
        return values

    def _resolve(self, **how: Any) -> None:
        if self.session is None or self.conflict is None:
            return
        record_id = self.conflict.record_id
        record = isolate(self.conflict.label)
        revs = [head.rev_id for head in self.conflict.heads]
        try:
            resolve(self.session.records, record_id, **how)
        except FieldKitError as exc:
            show_error(self, exc)
            return
        # The conflict leaves the list at once: say what was done, or it looked like nothing.
        if how.get("keep") in revs:
            said = self.tr("“{record}”: version {n} kept whole; the conflict is resolved.").format(
                record=record, n=revs.index(how["keep"]) + 1
            )
        else:
            said = self.tr("“{record}”: the conflict is resolved.").format(record=record)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 10_000)
        self.resolved.emit(record_id)

    def accept_automatic(self) -> None:
        self._resolve(accept_auto=True)

    def save_choices(self) -> None:
        self._resolve(values=self.chosen_values())

    def keep(self, rev_id: str) -> QMessageBox | None:
        """Keep one version whole; asked first when a deletion is at stake (keeping the
        deletion throws the other side's edits away, keeping an edit brings back what someone
        deleted): it resolved at once, one Alt+2 away (r14 trial #12). Returns the question."""
        conflict = self.conflict
        if conflict is None:
            return None
        heads = conflict.heads
        kept = next((h for h in heads if h.rev_id == rev_id), None)
        if kept is None or not any(h.deleted for h in heads):
            self._resolve(keep=rev_id)
            return None
        n = heads.index(kept) + 1
        record = isolate(conflict.label)
        if kept.deleted:
            text = self.tr("Keep version {n}, which deletes “{record}”?").format(n=n, record=record)
            informative = self.tr(
                "The changes made in the other version are set aside for everyone; they stay "
                "in the record's history."
            )
        else:
            text = self.tr("Keep version {n} of “{record}”, which another version deletes?").format(
                n=n, record=record
            )
            informative = self.tr(
                "The record comes back for everyone, as version {n} has it; the deletion stays "
                "in its history."
            ).format(n=n)
        if self.keep_box is not None:
            self.keep_box.raise_()
            return self.keep_box

        def answered(chosen: bool) -> None:
            self.keep_box = None
            if chosen and self.conflict is conflict:
                self._resolve(keep=rev_id)

        self.keep_box = question_box(
            self,
            "confirmKeepVersion",
            self.tr("Keep one version whole?"),
            text,
            self.tr("Keep version {n}").format(n=n),
            answered,
            informative=informative,
        )
        return self.keep_box


class ConflictsPage(QWidget):
    count_changed = Signal(int)
    resolved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self.session: Session | None = None
        self.conflicts: list[Conflict] = []
        self.names: Names | None = None
        self.list = named(QListWidget(self), "conflictList", self.tr("Records in conflict"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.view = ConflictView(self)
        self.view.resolved.connect(self._resolved)
        self.view.tab_from = self.list
        self.count_label = QLabel(self)
        list_label = buddy_label(self.tr("Records &in conflict:"), self.list)
        left = vpanel(self, list_label, self.list, 1, self.count_label)
        panes = splitter(self, left, self.view, stretch=(1, 3), sizes=(260, 900))
        intro_layout(
            self,
            self.tr("Conflicts"),
            self.tr(
                "These records were changed in two places before either side saw the other's "
                "change. Until you decide, every vault shows the same automatic merge."
            ),
            panes,
            1,
            size=1.3,
        )

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.view.session = session
        if session is None:
            self.conflicts = []
            self.names = None
            self.list.clear()
            self.view.show_conflict(None)

    def count(self) -> int:
        if self.session is None:
            return 0
        return count_in_conflict(self.session.records)

    def refresh(self) -> None:
        if self.session is None:
            return
        current = self.current_id()
        try:
            self.conflicts = list_conflicts(self.session.records)
        except FieldKitError as exc:
            show_error(self, exc)
            self.conflicts = []
        db = self.session.vault.db
        self.names = Names(db, self.session.identity.fingerprint, self.session.identity.name)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            kind = self.tr("object") if c.kind == F.OBJECT else self.tr("damage report")
            state = (
                self.tr("needs a person")
                if c.view.needs_person
                else self.tr("%n disputed field(s)", "", len(c.view.disputed))
                if c.view.disputed
                else self.tr("merges cleanly")
            )
            # By title as well as number: "MM-2026.006 / object" said which kind, not which
            # record (r14 trial #12).
            titles = [c.view.fields.get("title"), *(h.fields.get("title") for h in c.heads)]
            title = next((str(t) for t in titles if t), "") if c.kind == F.OBJECT else ""
            # Two lines, the title on the second in place of the kind: a row holds two lines
            # (a third, or a first line wrapped, went out of sight under "…").
            text = (
                f"{c.label} · {state}\n{FSI}{title}{PDI}"
                if title and title != c.label
                else f"{c.label}\n{kind} · {state}"
            )
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, c.record_id)
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("%n record(s) in conflict", "", len(self.conflicts)))
        ids = [c.record_id for c in self.conflicts]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._selected(row)
        self.count_changed.emit(len(self.conflicts))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select(self, record_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == record_id:
                self.list.setCurrentRow(i)
                return

    def _selected(self, row: int) -> None:
        if self.session is None or not (0 <= row < len(self.conflicts)):
            self.view.show_conflict(None)
            return
        # Read again: another window may have changed it since the list was made.
        record_id = self.conflicts[row].record_id
        try:
            conflict = get_conflict(self.session.records, record_id)
        except FieldKitError:
            conflict = self.conflicts[row]
        self.view.show_conflict(conflict, self.names)

    def _resolved(self, record_id: str) -> None:
        self.refresh()
        self.resolved.emit(record_id)
        # The button pressed went with the conflict it resolved, and the focus with it: two Tabs
        # showed no focus (r13 trial 2 #7). The keyboard goes on with the next conflict, or the
        # list when none is left. After the event loop has shown the new controls: a widget
        # not shown yet does not take the focus.
        QTimer.singleShot(0, self, self._focus_next)

    def _focus_next(self) -> None:
        first = self.view.first_control()
        (first or self.list).setFocus(Qt.FocusReason.OtherFocusReason)
