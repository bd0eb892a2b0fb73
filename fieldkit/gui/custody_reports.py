"""The chain-of-custody documents from the desktop app, as ``fieldkit report labels |
packing-list | movement | handover | evacuation-permission`` writes them: where to save the PDF,
then written on a worker (the report dialog's pattern), ending with where it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from fieldkit.errors import CancelledError
from fieldkit.gui.errors import show_error
from fieldkit.gui.pdf_dialog import DONE as DONE
from fieldkit.gui.pdf_dialog import OPTIONS as OPTIONS
from fieldkit.gui.pdf_dialog import WRITING as WRITING
from fieldkit.gui.pdf_dialog import Job, PdfDialog, file_name
from fieldkit.gui.session import Session
from fieldkit.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult

LABELS = "labels"
PACKING_LIST = "packing-list"
MOVEMENT = "movement"
HANDOVER = "handover"
PERMISSION = "evacuation-permission"

TITLES = {
    LABELS: QT_TRANSLATE_NOOP("custody", "Labels"),
    PACKING_LIST: QT_TRANSLATE_NOOP("custody", "Packing list"),
    MOVEMENT: QT_TRANSLATE_NOOP("custody", "Movement form"),
    HANDOVER: QT_TRANSLATE_NOOP("custody", "Handover certificate"),
    PERMISSION: QT_TRANSLATE_NOOP("custody", "Evacuation permission"),
}


def available() -> bool:
    try:
        import fieldkit.reports.custody_documents  # noqa: F401
    except ImportError:
        return False
    return True


def write_document(
    session: Session,
    document: str,
    targets: Sequence[str],
    output: Path,
    progress: Callable[[int, int], None],
    cancel: Callable[[], bool],
) -> ReportResult:
    """One custody document, on a worker's own connection to the open vault."""
    from fieldkit.reports import custody_documents as D

    if cancel():
        raise CancelledError("Cancelled: no PDF was written.")
    progress(0, 1)
    with session.worker_vault() as vault:
        if document == LABELS:
            result = D.labels_report(vault, list(targets), output)
        else:
            write = {
                PACKING_LIST: D.packing_list_report,
                MOVEMENT: D.movement_report,
                HANDOVER: D.handover_report,
                PERMISSION: D.evacuation_permission_report,
            }[document]
            result = write(vault, targets[0], output)
    progress(1, 1)
    return result


class CustodyReportDialog(PdfDialog):
    def __init__(
        self,
        session: Session,
        document: str,
        targets: Sequence[str],
        parent: QWidget | None = None,
        about: str = "",
    ) -> None:
        super().__init__(session, QCoreApplication.translate("custody", TITLES[document]), parent)
        self.setObjectName("custodyReportDialog")
        self.document = document
        self.targets = list(targets)
        self.build_pages(file_name(self.title, self.code()), about)
        self.resize(600, 260)

    def code(self) -> str:
        """What tells this document's file apart: the code of the container (or item), or of a
        movement's destination; none for a sheet of several labels."""
        if len(self.targets) != 1:
            return ""
        from fieldkit.errors import FieldKitError
        from fieldkit.records import custody_queries as C

        try:
            fields = self.session.records.get(self.targets[0]).fields
        except FieldKitError:
            return ""
        code = fields.get("code") or fields.get("inventory_number")
        items = fields.get("items") or []
        if not code and items:
            # A handover: named after the first crate or object handed over, so two handovers'
            # certificates are not "Handover certificate.pdf" and "… (2).pdf".
            try:
                first = self.session.records.get(str(items[0])).fields
            except FieldKitError:
                first = {}
            code = first.get("code") or first.get("inventory_number")
        to = fields.get("to_location") or fields.get("to_container")
        if not code and to:
            place = C.place(self.session.vault.db, str(to))
            code = place.code if place else ""
        return str(code or "")

    def job(self, target: Path) -> Job:
        return partial(write_document, self.session, self.document, self.targets, target)


def open_document(
    session: Session | None,
    document: str,
    targets: Sequence[str],
    parent: QWidget,
    about: str = "",
) -> CustodyReportDialog | None:
    """Open the dialog for one document (None when there is nothing to print)."""
    if session is None or not [t for t in targets if t]:
        return None
    if not available():
        from fieldkit.errors import UsageError

        show_error(
            parent,
            UsageError(
                QCoreApplication.translate("custody", "Printing these documents is not available."),
                QCoreApplication.translate("custody", "Install FieldKit with its reports."),
            ),
        )
        return None
    dialog = CustodyReportDialog(session, document, targets, parent.window(), about=about)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
