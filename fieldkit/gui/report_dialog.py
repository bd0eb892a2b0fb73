"""PDF reports from the desktop app (``fieldkit.reports``): an Object ID sheet, a damage report,
or the evacuation / inventory list — where to save it (and, for the list, what to include), then
written on a worker with progress and Cancel, ending with where it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import (
    button_box,
    core_text,
    data_label,
    error_label,
    heading,
    paragraph,
    set_error,
)
from fieldkit.records.vocabularies import SALVAGE_PRIORITIES, STATUS

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult

OBJECT_ID, DAMAGE, INVENTORY = "object-id", "damage", "inventory"
OPTIONS, WRITING, DONE = 0, 1, 2


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
    progress: Callable[[int, int], None],
    cancel: Callable[[], bool],
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


class ReportDialog(TaskDialog):
    def __init__(
        self,
        session: Session,
        kind: str,
        ids: Sequence[str] = (),
        parent: QWidget | None = None,
        default_name: str = "",
        about: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.session = session
        self.kind = kind
        self.ids = list(ids)
        self.outcome: ReportResult | None = None
        titles = {
            OBJECT_ID: self.tr("Object ID sheet"),
            DAMAGE: self.tr("Damage report"),
            INVENTORY: self.tr("Evacuation and inventory list"),
        }
        self.title = titles[kind]
        self.setWindowTitle(self.title + " — FieldKit")
        self.about = about
        self.pages.addWidget(self._options_page(default_name or f"{kind}.pdf"))
        self.progress_page = self.add_progress_page(self.tr("Writing the PDF"))
        done = QWidget(self)
        self.done_text = paragraph("", done)
        self.done_text.setObjectName("reportDone")
        self.open_error = error_label(done)
        self.open_button = QPushButton(self.tr("&Open"), done)
        self.open_button.setObjectName("openReport")
        self.open_button.setAccessibleName(self.tr("Open the PDF"))
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
        self.resize(600, 420 if kind == INVENTORY else 260)

    def _options_page(self, default_name: str) -> QWidget:
        page = QWidget(self)
        self.destination = QLineEdit(str(Path.home() / default_name), page)
        self.destination.setObjectName("reportDestination")
        self.destination.setAccessibleName(self.tr("PDF file"))
        choose = QPushButton(self.tr("C&hoose…"), page)
        choose.setAccessibleName(self.tr("Choose where to save the PDF"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("Save &as:"), page)
        label.setBuddy(self.destination)
        self.error = error_label(page)
        self.write_button = QPushButton(self.tr("&Write PDF"), page)
        self.write_button.setObjectName("writeReport")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        buttons = button_box(page, accept=self.write_button, reject=cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.title, page, size=1.3))
        if self.about:
            about = data_label(self.about, page)
            about.setObjectName("reportAbout")
            layout.addWidget(about)
        self.status_boxes: dict[str, QCheckBox] = {}
        self.priority_boxes: dict[int, QCheckBox] = {}
        self.redact = QCheckBox(
            self.tr("&Leave locations out (for lists that leave the site)"), page
        )
        if self.kind == INVENTORY:
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
                box = QCheckBox(value_label(status), which)
                self.status_boxes[status] = box
                grid.addWidget(box, i // 4, i % 4)
            layout.addWidget(which)
            priority = QGroupBox(self.tr("Only objects with this salvage priority"), page)
            prow = QHBoxLayout(priority)
            for number in SALVAGE_PRIORITIES:
                box = QCheckBox(value_label(number), priority)
                self.priority_boxes[number] = box
                prow.addWidget(box)
            layout.addWidget(priority)
            layout.addWidget(self.redact)
        else:
            self.redact.setVisible(False)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self.destination.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.destination.setText(chosen if chosen.endswith(".pdf") else chosen + ".pdf")

    def options(self) -> ReportOptions:
        return {
            "status": [s for s, box in self.status_boxes.items() if box.isChecked()],
            "priority": [n for n, box in self.priority_boxes.items() if box.isChecked()],
            "redact_locations": self.redact.isChecked(),
        }

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
            write_report,
            self.session,
            self.kind,
            target,
            self.ids,
            self.options(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.task_failed(exc, OPTIONS, self.error, self.tr("Cancelled: no PDF was written."))

    def _done(self, result: ReportResult) -> None:
        self.outcome = result
        pages = result.pages
        text = self.tr("%n page(s) written to {file}.", "", pages).format(
            file=str(result.path)
        )
        for warning in result.warnings:
            text += "\n" + core_text(str(warning))
        self.done_text.setText(text)
        set_error(self.open_error, "")
        self.open_button.setEnabled(self.written() is not None)
        self.pages.setCurrentIndex(DONE)
        # Enter opens what was just written: that is what the user came for.
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def written(self) -> Path | None:
        """The PDF this dialog wrote, if it is still there."""
        path = self.outcome.path if self.outcome is not None else None
        return path if path is not None and path.is_file() else None

    def open_pdf(self) -> bool:
        """Open the written PDF in the system's PDF viewer; say so when that is not possible."""
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
        set_error(self.open_error, "")
        return True


__all__ = ["DAMAGE", "INVENTORY", "OBJECT_ID", "ReportDialog", "available"]
