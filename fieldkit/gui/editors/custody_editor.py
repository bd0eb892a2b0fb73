"""The editor pattern for the chain-of-custody records (locations, containers): the record
editor's form, with inputs for the field kinds custody adds (a label's code, a count)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from fieldkit.gui.custody_common import labels, term, where_text
from fieldkit.gui.editors.field_widgets import (
    EnumInput,
    EnumListInput,
    FieldInput,
    TextInput,
    make_input,
)
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.widgets import named
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.service import RecordView


class CodeInput(TextInput):
    """A label's code: one line, shown upper case as the core stores it."""

    def _build(self, parent: QWidget) -> QWidget:
        edit = super()._build(parent)
        self.edit.setPlaceholderText(self.tr("e.g. C-014 (letters, digits, - . _ /)"))
        self.edit.setMaxLength(40)
        return edit


def custody_input(field: F.Field, label: str, parent: QWidget) -> FieldInput:
    if field.kind in ("code", "count", "fingerprint"):
        return (CodeInput if field.kind == "code" else TextInput)(field, label, parent)
    made = make_input(field, label, parent)
    # The custody vocabulary (crate, this way up…) in the user's words, not as stored.
    if isinstance(made, EnumInput):
        for index in range(made.combo.count()):
            if made.combo.itemData(index):
                made.combo.setItemText(index, term(made.combo.itemData(index)))
    elif isinstance(made, EnumListInput):
        for choice, box in made.boxes.items():
            box.setText(term(choice))
    return made


class CustodyEditor(RecordEditor):
    """Subclasses set ``kind`` and ``groups``; a side panel lists what the record holds."""

    def make_field_input(self, field: F.Field, label: str, parent: QWidget) -> FieldInput:
        return custody_input(field, label, parent)

    def _add_side_panels(self, side: QWidget) -> None:
        box = QGroupBox(self.contents_caption(), side)
        self.where_label = named(QLabel(box), "whereNow")
        self.where_label.setWordWrap(True)
        self.contents = named(QListWidget(box), "contentsList", self.contents_caption())
        layout = QVBoxLayout(box)
        layout.addWidget(self.where_label)
        layout.addWidget(self.contents)
        self.side_layout.addWidget(box)
        self._show_contents()

    def contents_caption(self) -> str:
        return ""

    def held(self) -> list[str]:
        """The ids of what the record holds now (the core's derived custody): a container's
        contents, or what is at a location."""
        if self.record_id is None:
            return []
        holds = C.contents if self.kind == F.CONTAINER else C.at_location
        return holds(self.session.vault.db, self.record_id)

    def _show_contents(self) -> None:
        if not hasattr(self, "contents"):
            return
        self.contents.clear()
        if self.record_id is None:
            self.where_label.setText("")
            return
        ids = self.held()
        names = labels(self.session, ids)
        for item in ids:
            self.contents.addItem(names.get(item, item[:8]))
        if self.kind == F.CONTAINER:
            self.where_label.setText(where_text(C.where(self.session.vault.db, self.record_id)))
        else:
            # Named context: self.tr from a subclass (LocationEditor) finds no plural form here.
            self.where_label.setText(
                QCoreApplication.translate("CustodyEditor", "%n item(s) here now", "", len(ids))
            )

    def _load(self, view: RecordView | None) -> None:
        super()._load(view)
        self._show_contents()

    def describe(self) -> str:
        code = self.inputs["code"].raw().strip().upper()
        name_field = "name" if "name" in self.inputs else "description"
        name = str(self.inputs[name_field].raw() or "").strip().splitlines()
        text = " — ".join(p for p in (code, name[0] if name else "") if p)
        return text or self.new_title()

    def new_title(self) -> str:
        return ""
