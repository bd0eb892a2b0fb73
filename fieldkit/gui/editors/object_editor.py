"""The object record editor: Object ID groups, the completeness meter, "New damage report"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui.editors.custody_panel import CustodyPanel
from fieldkit.gui.editors.object_completer import ObjectCompleter, hint_under
from fieldkit.gui.editors.record_editor import RecordEditor, typeable
from fieldkit.gui.vocabulary_labels import category_label
from fieldkit.gui.widgets import named, push_button, set_error
from fieldkit.i18n import QT_TRANSLATE_NOOP, join_list
from fieldkit.records import fields as F
from fieldkit.records.completeness import OBJECT_ID_CATEGORIES, missing_categories
from fieldkit.records.service import ObjectChoice, Reference

TOTAL = len(OBJECT_ID_CATEGORIES) + 1


class ObjectEditor(RecordEditor):
    kind = F.OBJECT
    default_photo_role = "overall"
    groups = (
        (
            QT_TRANSLATE_NOOP("editors", "Identification"),
            (
                "inventory_number",
                "institution",
                "title",
                "object_type",
                "date_documented",
                "red_list_category",
                "cross_references",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("editors", "Object ID description"),
            (
                "materials_techniques",
                "measurements",
                "inscriptions_markings",
                "date_period",
                "maker",
                "subject",
                "distinguishing_features",
                "description",
                "place_of_origin",
                "related_written_material",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("editors", "Location & status"),
            ("status", "salvage_priority", "current_location", "coordinates"),
        ),
        (QT_TRANSLATE_NOOP("editors", "Significance & notes"), ("significance", "notes")),
    )
    new_damage_requested = Signal(str)  # object record id

    def _build(self) -> None:
        super()._build()
        edit = self.line_edit("cross_references")
        edit.setPlaceholderText(
            self.tr("inventory numbers of this vault, or other references; separate with ;")
        )
        self.references_completer = ObjectCompleter(edit, self._other_objects, several=True)
        self.references_hint = hint_under(
            self.inputs["cross_references"].widget, self, "referencesHint"
        )

    def _other_objects(self, text: str) -> list[ObjectChoice]:
        """Objects to suggest as cross references: any but this one."""
        choices = self.session.records.object_choices(text, limit=13)
        return [c for c in choices if c.record_id != self.record_id][:12]

    def shown_values(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Cross references are stored as ids: shown as the objects' inventory numbers."""
        refs = fields.get("cross_references")
        self._shown_refs: list[tuple[str, str]] = []  # (shown, stored): kept unless retyped
        if isinstance(refs, list) and refs:
            fields = dict(fields)
            for r in self.session.records.references([str(x) for x in refs]):
                typed = r.typed if typeable(F.OBJECT, "cross_references", [r.typed]) else r.stored
                self._shown_refs.append((typed, r.stored))
            fields["cross_references"] = [typed for typed, _stored in self._shown_refs]
        return fields

    def new_record_values(self) -> dict[str, Any]:
        """A new object is most often the vault's own organisation's: its institution starts
        as the organisation given when the vault was created (editable; saved with Save)."""
        organisation = self.session.identity.organisation.strip()
        if organisation and typeable(F.OBJECT, "institution", organisation):
            return {"institution": organisation}
        return {}

    def _stored_refs(self, cleaned: list[str]) -> list[str | None]:
        """For each reference in the field, what the record holds for it when it is one shown
        at loading (None: typed since). A free reference "1998.12" stays free text when an
        object numbered 1998.12 is added later; an object renumbered since stays linked."""
        shown = list(getattr(self, "_shown_refs", []))
        out: list[str | None] = []
        for typed in cleaned:
            pair = next((p for p in shown if p[0] == typed), None)
            if pair is not None:
                shown.remove(pair)
            out.append(pair[1] if pair is not None else None)
        return out

    def values_for_save(self) -> dict[str, Any]:
        values = super().values_for_save()
        try:
            cleaned = F.clean_value(F.OBJECT, "cross_references", values.get("cross_references"))
        except F.ValidationError:
            return values  # the core says what is wrong
        if cleaned:
            stored = self._stored_refs(cleaned)
            values["cross_references"] = [s or t for s, t in zip(stored, cleaned, strict=True)]
        return values

    def _validate(self, name: str) -> None:
        super()._validate(name)
        if name == "cross_references" and hasattr(self, "references_hint"):
            self._check_references()

    def _check_references(self) -> None:
        """Say what each reference is: an object of this vault, or kept as typed."""
        records = self.session.records
        raw = self.inputs["cross_references"].raw() or ""
        try:
            cleaned = F.clean_value(F.OBJECT, "cross_references", raw) or []
            stored = self._stored_refs(cleaned)
            refs = records.references(
                [s or records.resolve_reference(t) for s, t in zip(stored, cleaned, strict=True)]
            )
        except F.ValidationError as exc:
            shown = self._plain("cross_references", exc)  # translated, the field by its label
            self.errors["cross_references"] = shown
            set_error(self._error_labels["cross_references"], shown)
            self.references_hint.setText("")
            return
        self.references_hint.setText(self._describe_references(refs))

    def _describe_references(self, refs: list[Reference]) -> str:
        linked = [r.target.label() for r in refs if r.target is not None]
        free = [r.stored for r in refs if r.target is None]
        parts = []
        if linked:
            parts.append(self.tr("Objects of this vault: {list}").format(list="; ".join(linked)))
        if free:
            parts.append(
                self.tr("Other references, kept as typed: {list}").format(list="; ".join(free))
            )
        return "\n".join(parts)

    def _add_side_panels(self, side: QWidget) -> None:
        box = QGroupBox(self.tr("Object ID completeness"), side)
        self.completeness = named(QProgressBar(box), "completeness")
        self.completeness.setRange(0, TOTAL)
        self.completeness.setAccessibleName(self.tr("Object ID completeness"))
        self.missing_label = named(QLabel(box), "missingCategories")
        self.missing_label.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.completeness)
        layout.addWidget(self.missing_label)
        self.side_layout.addWidget(box)
        self.custody_panel = CustodyPanel(self.session, self.record_id, side)
        self.side_layout.addWidget(self.custody_panel)
        self.saved.connect(self.custody_panel.set_record)

    def _add_buttons(self, row: QHBoxLayout) -> None:
        self.damage_button = push_button(
            self.tr("New damage &report"), self, "newDamageReport", self._new_damage
        )
        row.addWidget(self.damage_button)
        # The File menu's New damage report key (Ctrl+Shift+N) did nothing in an object's
        # window, a window of its own where the main window's shortcuts do not reach: here it
        # is this button, a report about this object.
        self.damage_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        self.damage_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.damage_shortcut.activated.connect(self._damage_key)

    def _damage_key(self) -> None:
        if self.damage_button.isEnabled():
            self._new_damage()

    def _new_damage(self) -> None:
        if self.record_id is None or self.dirty:
            if not self.save():
                return
        if self.record_id is not None:
            self.new_damage_requested.emit(self.record_id)

    def _after_change(self) -> None:
        super()._after_change()
        self._update_completeness()
        if hasattr(self, "damage_button"):
            self.damage_button.setEnabled(
                not self.deleted and (self.save_button.isEnabled() or not self.dirty)
            )

    def _media_changed(self) -> None:
        self._update_completeness()

    def _update_completeness(self) -> None:
        if not hasattr(self, "completeness"):
            return
        values = {n: v for n, v in self.raw_values().items() if v not in ("", None, [])}
        missing = missing_categories(values, self.shown_media)
        done = TOTAL - len(missing)
        self.completeness.setValue(done)
        self.completeness.setFormat(self.tr("{done} of {total}").format(done=done, total=TOTAL))
        if missing:
            names = join_list(category_label(m) for m in missing)
            text = self.tr("Missing: {names}").format(names=names)
        else:
            text = self.tr("Complete: this object can be identified if it is stolen.")
        self.missing_label.setText(text)
        self.completeness.setAccessibleDescription(text)

    def describe(self) -> str:
        number = self.inputs["inventory_number"].raw().strip()
        title = self.inputs["title"].raw().strip()
        text = " — ".join(p for p in (number, title) if p)
        return text or self.tr("New object")
