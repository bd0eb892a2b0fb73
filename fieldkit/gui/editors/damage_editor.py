"""The damage report editor: event, assessment (agents and damage types as checkboxes), actions."""

from __future__ import annotations

from typing import Any

from fieldkit.errors import FieldKitError
from fieldkit.gui.editors.object_completer import ObjectCompleter, hint_under
from fieldkit.gui.editors.record_editor import RecordEditor, typeable
from fieldkit.i18n import QT_TRANSLATE_NOOP, error_text
from fieldkit.records import fields as F


class DamageEditor(RecordEditor):
    kind = F.DAMAGE
    default_photo_role = "damage"
    _shown_object = ("", "")  # the object id stored, and the text shown for it
    groups = (
        (
            QT_TRANSLATE_NOOP("editors", "Event"),
            (
                "object_id",
                "site",
                "observed_at",
                "assessor",
                "event_type",
                "event_description",
                "event_date_from",
                "event_date_to",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("editors", "Assessment"),
            ("severity", "urgency", "extent", "certainty", "agents", "damage_types", "description"),
        ),
        (
            QT_TRANSLATE_NOOP("editors", "Actions"),
            ("actions_taken", "recommended_actions", "remaining_hazards"),
        ),
    )

    def _build(self) -> None:
        super()._build()
        self.object_hint = hint_under(self.inputs["object_id"].widget, self, "objectHint")
        edit = self.line_edit("object_id")
        edit.setPlaceholderText(
            self.tr("inventory number, title or id; leave empty for a site report")
        )
        self.object_completer = ObjectCompleter(
            edit, lambda text: self.session.records.object_choices(text)
        )

    def shown_values(self, fields: dict[str, Any]) -> dict[str, Any]:
        """The object is stored as its id: shown as its inventory number (its id only when the
        number is shared), as a person types it; saving resolves it back to the id."""
        object_id = fields.get("object_id")
        self._shown_object = (str(object_id), "") if object_id else ("", "")
        if object_id:
            fields = dict(fields)
            typed = self.session.records.references([str(object_id)])[0].typed
            fields["object_id"] = typed if typeable(F.DAMAGE, "object_id", typed) else object_id
            self._shown_object = (str(object_id), str(fields["object_id"]))
        return fields

    def _validate(self, name: str) -> None:
        super()._validate(name)
        if name == "object_id":
            self._check_object()

    def _check_object(self) -> None:
        typed = str(self.inputs["object_id"].raw()).strip()
        if not typed:
            self.object_hint.setText("")
            return
        stored, shown = self._shown_object
        try:
            if typed == shown.strip():
                # Not retyped: the object stored, whatever has this number now.
                view = self.session.records.get(stored, F.OBJECT)
            else:
                view = self.session.records.get(typed, F.OBJECT)
        except FieldKitError as exc:
            shown = error_text(exc)[0]  # in the interface's language, not exc.message's English
            self.errors["object_id"] = shown
            self._error_labels["object_id"].setText(shown)
            self._error_labels["object_id"].setVisible(True)
            self.object_hint.setText("")
            return
        number = view.fields.get("inventory_number", "")
        title = view.fields.get("title", "")
        self.object_hint.setText("→ " + " — ".join(str(p) for p in (number, title) if p))

    def values_for_save(self) -> dict[str, Any]:
        values = super().values_for_save()
        typed = str(values.get("object_id") or "").strip()
        # Looked up only when retyped: the number shown may now be another object's (renumbered
        # since), and a merged object's report stays on it (the core keeps a stored id).
        retyped = values.get("object_id") != self._saved_raw.get("object_id")
        if typed and (self.record_id is None or retyped):
            # Stored as the object's id, whatever was typed (inventory number or id prefix).
            values["object_id"] = self.session.records.resolve(typed, F.OBJECT)
        return values

    def describe(self) -> str:
        hint = (
            self.object_hint.text().removeprefix("→ ").strip()
            if hasattr(self, "object_hint")
            else ""
        )
        site = str(self.inputs["site"].raw()).strip()
        about = hint or site
        if self.record_id is None:
            return self.tr("New damage report") + (f" — {about}" if about else "")
        return self.tr("Damage report") + (f" — {about}" if about else "")
