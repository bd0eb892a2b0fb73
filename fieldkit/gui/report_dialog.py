"""PDF reports from the desktop app (``fieldkit.reports``): an Object ID sheet, a damage report,
or the evacuation / inventory list — where to save it (and, for the list, what to include), then
written on a worker with progress and Cancel, ending with where it went."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import FieldKitError
from fieldkit.gui.pdf_dialog import DONE, OPTIONS, WRITING, Job, PdfDialog, file_name
from fieldkit.gui.session import Session
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    paragraph,
)
from fieldkit.records.vocabularies import SALVAGE_PRIORITIES, STATUS
from fieldkit.tasks import CancelCheck, ProgressSink

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult

OBJECT_ID, DAMAGE, INVENTORY = "object-id", "damage", "inventory"


def available() -> bool:
    try:
        import fieldkit.reports  # noqa: F401
    except ImportError:
        return False
    return True


class ReportOptions(TypedDict):
    """What the evacuation / inventory list includes."""

    status: list[str]
    priority: list[int]
    redact_locations: bool


def write_report(
    session: Session,
    kind: str,
    output: Path,
    ids: Sequence[str],
    options: ReportOptions,
    progress: ProgressSink,
    cancel: CancelCheck,
) -> ReportResult:
    from fieldkit import reports

    with session.worker_vault() as vault:
        if kind == OBJECT_ID:
            return reports.object_id_report(
                vault, list(ids), output, progress=progress, cancel=cancel
            )
        if kind == DAMAGE:
            return reports.damage_report(vault, ids[0], output, progress=progress, cancel=cancel)
        return reports.inventory_report(
            vault,
            output,
            status=options["status"],
            priority=options["priority"],
            redact_locations=options["redact_locations"],
            progress=progress,
            cancel=cancel,
        )


def _natural_height(box: QCheckBox) -> QCheckBox:
    """``box`` never shorter than its text: in a dialog made short the layout squeezed the
    check boxes to 12 px of their 19, and cut the top off « Évacué »."""
    box.setMinimumHeight(box.sizeHint().height())
    return box


class ReportDialog(PdfDialog):
    def __init__(
        self,
        session: Session,
        kind: str,
        ids: Sequence[str] = (),
        parent: QWidget | None = None,
        default_name: str = "",
        about: str = "",
    ) -> None:
        titles = {
            OBJECT_ID: QCoreApplication.translate("ReportDialog", "Object ID sheet"),
            DAMAGE: QCoreApplication.translate("ReportDialog", "Damage report"),
            INVENTORY: QCoreApplication.translate("ReportDialog", "Evacuation and inventory list"),
        }
        super().__init__(session, titles[kind], parent)
        self.setObjectName("reportDialog")
        self.kind = kind
        self.ids = list(ids)
        # The translated name and the object's number, not the English ``default_name`` a caller
        # may still pass: two objects' sheets must not propose the same file.
        self.build_pages(file_name(self.title, self.code()), about)
        self.resize(600, self.sizeHint().height())  # then as tall as its content: fit_height

    def code(self) -> str:
        """The inventory number of the object (that of a damage report's object), if any."""
        if len(self.ids) != 1:
            return ""
        try:
            fields = self.session.records.get(self.ids[0]).fields
            number = fields.get("inventory_number")
            target = fields.get("object_id") if not number else None
            if target:
                number = self.session.records.get(str(target)).fields.get("inventory_number")
        except FieldKitError:
            return ""
        return str(number or "")

    def add_options(self, page: QWidget, layout: QVBoxLayout) -> None:
        self.status_boxes: dict[str, QCheckBox] = {}
        self.priority_boxes: dict[int, QCheckBox] = {}
        self.redact = QCheckBox(
            self.tr("&Leave locations out (for lists that leave the site)"), page
        )
        if self.kind != INVENTORY:
            self.redact.setVisible(False)
            return
        layout.addWidget(
            paragraph(
                self.tr(
                    "Objects sorted by salvage priority, with thumbnails and boxes to tick "
                    "while packing. Tick nothing to list every object."
                ),
                page,
            )
        )
        which = QGroupBox(self.tr("Only objects with this status"), page)
        grid = QGridLayout(which)
        for i, status in enumerate(STATUS):
            box = _natural_height(QCheckBox(value_label(status), which))
            self.status_boxes[status] = box
            grid.addWidget(box, i // 4, i % 4)
        layout.addWidget(which)
        priority = QGroupBox(self.tr("Only objects with this salvage priority"), page)
        prow = QHBoxLayout(priority)
        for number in SALVAGE_PRIORITIES:
            box = _natural_height(QCheckBox(value_label(number), priority))
            self.priority_boxes[number] = box
            prow.addWidget(box)
        layout.addWidget(priority)
        layout.addWidget(self.redact)

    def options(self) -> ReportOptions:
        return {
            "status": [s for s, box in self.status_boxes.items() if box.isChecked()],
            "priority": [n for n, box in self.priority_boxes.items() if box.isChecked()],
            "redact_locations": self.redact.isChecked(),
        }

    def job(self, target: Path) -> Job:
        return partial(write_report, self.session, self.kind, target, self.ids, self.options())


__all__ = [
    "DAMAGE",
    "DONE",
    "INVENTORY",
    "OBJECT_ID",
    "OPTIONS",
    "WRITING",
    "ReportDialog",
    "available",
]
