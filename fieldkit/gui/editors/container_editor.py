"""The container editor: a crate, box, roll or bag, its code, handling marks and contents."""

from __future__ import annotations

from fieldkit.gui.editors.custody_editor import CustodyEditor
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import fields as F


class ContainerEditor(CustodyEditor):
    kind = F.CONTAINER
    groups = (
        (
            QT_TRANSLATE_NOOP("editors", "Container"),
            ("code", "kind", "description", "handling", "notes"),
        ),
    )

    def contents_caption(self) -> str:
        return self.tr("Where it is and what it holds")

    def new_title(self) -> str:
        return self.tr("New container")
