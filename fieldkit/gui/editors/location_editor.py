"""The location editor: a building, room, shelf or temporary store, with the code on its label."""

from __future__ import annotations

from typing import Any

from fieldkit.gui.editors.custody_editor import CustodyEditor
from fieldkit.gui.editors.record_editor import typeable
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F


class LocationEditor(CustodyEditor):
    kind = F.LOCATION
    groups = (
        (QT_TRANSLATE_NOOP("editors", "Location"), ("code", "name", "kind", "parent", "notes")),
        (QT_TRANSLATE_NOOP("editors", "Address"), ("address", "coordinates")),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        edit = self.line_edit("parent")
        edit.setPlaceholderText(self.tr("code of the location this one is in (optional)"))
        # A place's example, not the crate's "C-014" every custody code field starts with.
        self.line_edit("code").setPlaceholderText(self.tr("e.g. TS-2 (letters, digits, - . _ /)"))

    def shown_values(self, fields: dict[str, Any]) -> dict[str, Any]:
        """The parent is stored as an id: shown as its code."""
        parent = fields.get("parent")
        if parent:
            place = C.place(self.session.vault.db, str(parent))
            # An older FieldKit's code the form would refuse is shown as the id it stores.
            if place is not None and place.code and typeable(F.LOCATION, "parent", place.code):
                fields = dict(fields)
                fields["parent"] = place.code
        return fields

    def contents_caption(self) -> str:
        return self.tr("Here now")

    def new_title(self) -> str:
        return self.tr("New location")
