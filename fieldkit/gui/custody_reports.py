"""The chain-of-custody documents from the desktop app, as ``fieldkit report labels |
packing-list | movement | handover | evacuation-permission`` writes them: where to save the PDF,
then written on a worker (the report dialog's pattern), ending with where it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import CancelledError
from fieldkit.gui.errors import show_error
from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.widgets import button_box, data_label, error_label, heading, paragraph, set_error
from fieldkit.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult

LABELS = "labels"
PACKING_LIST = "packing-list"
MOVEMENT = "movement"
HANDOVER = "handover"
PERMISSION = "evacuation-permission"
OPTIONS, WRITING, DONE = 0, 1, 2

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


class CustodyReportDialog(TaskDialog):
    def __init__(
        self,
        session: Session,
        document: str,
        targets: Sequence[str],
        parent: QWidget | None = None,
        about: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("custodyReportDialog")
        self.session = session
        self.document = document
        self.targets = list(targets)
        self.outcome: ReportResult | None = None
        self.title = QCoreApplication.translate("custody", TITLES[document])
        self.setWindowTitle(self.title + " — FieldKit")
        page = QWidget(self)
        self.destination = QLineEdit(str(Path.home() / f"{document}.pdf"), page)
        self.destination.setObjectName("reportDestination")
        self.destination.setAccessibleName(self.tr("PDF file"))
        choose = QPushButton(self.tr("C&hoose…"), page)
        choose.clicked.connect(self._choose)
        label = QLabel(self.tr("Save &as:"), page)
        label.setBuddy(self.destination)
        self.error = error_label(page)
        self.write_button = QPushButton(self.tr("&Write PDF"), page)
        self.write_button.setObjectName("writeReport")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        buttons = button_box(page, accept=self.write_button, reject=cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.title, page, size=1.3))
        if about:
            shown = data_label(about, page)
            shown.setObjectName("reportAbout")
            shown.setWordWrap(True)
            layout.addWidget(shown)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.pages.addWidget(page)
        self.progress_page = self.add_progress_page(self.tr("Writing the PDF"))
        done = QWidget(self)
        self.done_text = paragraph("", done)
        self.done_text.setObjectName("reportDone")
        self.open_error = error_label(done)
        self.open_button = QPushButton(self.tr("&Open"), done)
        self.open_button.setObjectName("openReport")
        self.open_button.clicked.connect(lambda: self.open_pdf())
        close = QPushButton(self.tr("Close"), done)
        close.clicked.connect(self.accept)
        done_buttons = button_box(done, accept=self.open_button, reject=close)
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(heading(self.title, done, size=1.3))
        done_layout.addWidget(self.done_text)
        done_layout.addWidget(self.open_error)
        done_layout.addStretch(1)
        done_layout.addWidget(done_buttons)
        self.pages.addWidget(done)
        self.resize(600, 260)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self.destination.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.destination.setText(chosen if chosen.endswith(".pdf") else chosen + ".pdf")

    def start(self) -> None:
        text = self.destination.text().strip()
        if not text or self.busy:
            return
        target = Path(text).expanduser()
        if not target.parent.is_dir():
            set_error(
                self.error,
                self.tr("The folder {folder} does not exist.").format(folder=str(target.parent)),
            )
            return
        set_error(self.error, "")
        self.run_task(
            self.progress_page,
            self.tr("Writing {file}…").format(file=target.name),
            write_document,
            self.session,
            self.document,
            self.targets,
            target,
            on_done=self._done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.task_failed(exc, OPTIONS, self.error, self.tr("Cancelled: no PDF was written."))

    def _done(self, result: ReportResult) -> None:
        self.outcome = result
        pages = result.pages
        self.done_text.setText(
            self.tr("%n page(s) written to {file}.", "", pages).format(
                file=str(result.path)
            )
        )
        self.pages.setCurrentIndex(DONE)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def written(self) -> Path | None:
        path = self.outcome.path if self.outcome is not None else None
        return path if path is not None and path.is_file() else None

    def open_pdf(self) -> bool:
        path = self.written()
        if path is None:
            set_error(self.open_error, self.tr("The PDF is no longer where it was written."))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            set_error(
                self.open_error,
                self.tr("No program to show PDFs was found. The file is {file}.").format(
                    file=str(path)
                ),
            )
            return False
        return True


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
