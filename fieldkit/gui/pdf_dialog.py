"""One dialog for every PDF the app writes (reports, custody documents): where to save it and
the document's own options, the writing with progress and Cancel, then what was written with
Open (the system's PDF viewer) and Close.

A subclass sets its fields, adds its options in :meth:`PdfDialog.add_options`, says what to
run in :meth:`PdfDialog.job` and calls :meth:`PdfDialog.build_pages`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import settings
from fieldkit.gui.session import Session
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.widgets import (
    buddy_label,
    button_box,
    core_text,
    data_label,
    error_label,
    heading,
    ltr_path,
    paragraph,
    path_row,
    push_button,
    set_error,
)
from fieldkit.gui.window_fit import usable_area

if TYPE_CHECKING:
    from fieldkit.reports.layout import ReportResult

OPTIONS, WRITING, DONE = 0, 1, 2
# What a PDF dialog runs on its worker: the writing, given ``progress`` and ``cancel``.
Job = Callable[..., "ReportResult"]
# Characters no file name may hold on Windows, macOS or Linux (and control characters).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(title: str, code: str = "") -> str:
    """The proposed file name: the document's (translated) name and the record's code, so
    printing C-001 then C-002 proposes two files, each safe to write on any system."""
    stem = " ".join(_UNSAFE.sub("-", part).strip(" .-") for part in (title, code) if part)
    return (stem.strip() or "FieldKit") + ".pdf"


def free_path(path: Path) -> Path:
    """``path``, or ``name (2).pdf``, ``name (3).pdf``… when a file of that name is there."""
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate


class PdfDialog(TaskDialog):
    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = title
        self.outcome: ReportResult | None = None
        self._fitted = False
        self.setWindowTitle(title + " — FieldKit")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_height()

    def fit_height(self) -> None:
        """As tall as the options at the dialog's width, no taller than the screen. The size
        the window fitter brings back is that of any document of this dialog's class: an
        evacuation list's dialog made 580 px tall came back for a damage report's one field."""
        layout = self.layout()
        width = self.width()
        height = -1
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        if height <= 0:
            height = self.sizeHint().height()
        height = max(height, self.minimumSizeHint().height())
        screen = self.screen()
        if screen is not None:
            height = min(height, usable_area(screen).height())
        if height != self.height():
            self.resize(width, height)

    # --- for subclasses ----------------------------------------------------------------------

    def add_options(self, page: QWidget, layout: QVBoxLayout) -> None:
        """The document's own options, under its heading (none by default)."""

    def job(self, target: Path) -> Job:
        """The writing of ``target``, its arguments read now (on the GUI thread)."""
        raise NotImplementedError

    def build_pages(self, default_name: str, about: str = "") -> None:
        self.progress_page = self.stages(
            self._options_page(default_name, about), self.tr("Writing the PDF"), self._done_page()
        )

    # --- pages -------------------------------------------------------------------------------

    def _options_page(self, default_name: str, about: str) -> QWidget:
        page = QWidget(self)
        # The folder used last, so a coordinator printing C-001…C-006 keeps them together;
        # never an existing file's name, which writing would replace.
        folder = settings.pdf_folder() or Path.home()
        self.destination = QLineEdit(str(free_path(folder / default_name)), page)
        self.destination.setObjectName("reportDestination")
        self.destination.setAccessibleName(self.tr("PDF file"))
        row = path_row(
            self.destination,
            self.tr("C&hoose…"),
            self.tr("Choose where to save the PDF"),
            self._choose,
        )
        label = buddy_label(self.tr("Save &as:"), self.destination, page)
        self.error: QLabel = error_label(page)
        self.write_button, buttons = self.start_buttons(
            page, self.tr("&Write PDF"), "writeReport", self.start
        )
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.title, page, size=1.3))
        if about:
            shown = data_label(about, page)
            shown.setObjectName("reportAbout")
            shown.setWordWrap(True)
            layout.addWidget(shown)
        self.add_options(page, layout)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _done_page(self) -> QWidget:
        done = QWidget(self)
        self.done_text = paragraph("", done)
        self.done_text.setObjectName("reportDone")
        self.open_error = error_label(done)
        self.open_button = push_button(
            self.tr("&Open"), done, "openReport", lambda: self.open_pdf()
        )
        self.open_button.setAccessibleName(self.tr("Open the PDF"))
        close = self.close_button = push_button(self.tr("Close"), done, slot=self.accept)
        layout = QVBoxLayout(done)
        layout.addWidget(heading(self.title, done, size=1.3))
        layout.addWidget(self.done_text)
        layout.addWidget(self.open_error)
        layout.addStretch(1)
        layout.addWidget(button_box(done, accept=self.open_button, reject=close))
        return done

    # --- writing -----------------------------------------------------------------------------

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self.destination.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.destination.setText(chosen if chosen.endswith(".pdf") else chosen + ".pdf")

    def validate(self) -> bool:
        text = self.destination.text().strip()
        folder = Path(text).expanduser().parent
        problem = self.missing_folder(folder) if text else ""
        set_error(self.error, problem)
        return bool(text) and not problem

    def replace_allowed(self, target: Path) -> bool:
        """Whether ``target`` may be written: an existing file only if the user says so."""
        if not target.exists():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{file} already exists. Replace it with this document?").format(
                file=ltr_path(str(target))
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(self) -> None:
        target = Path(self.destination.text().strip()).expanduser()
        if not self.replace_allowed(target):
            self.destination.setFocus()
            return
        self.run_task(
            self.progress_page,
            self.tr("Writing {file}…").format(file=ltr_path(target.name)),
            self.job(target),
            on_done=self._done,
            cancelled=self.tr("Cancelled: no PDF was written."),
        )

    def _done(self, result: ReportResult) -> None:
        self.outcome = result
        settings.set_pdf_folder(result.path.parent)
        # Named context: self.tr from a subclass (ReportDialog) finds no plural form here.
        text = QCoreApplication.translate(
            "PdfDialog", "%n page(s) written to {file}.", "", result.pages
        ).format(file=ltr_path(str(result.path)))
        for warning in result.warnings:
            text += "\n" + core_text(warning)
        self.done_text.setText(text)
        set_error(self.open_error, "")
        self.open_button.setEnabled(self.written() is not None)
        self.pages.setCurrentIndex(DONE)
        # Enter closes, as it ends every other dialog: a viewer opening by surprise over the
        # window (the next document still to print) confused testers. Open is one click away.
        self.open_button.setDefault(False)
        self.open_button.setAutoDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    # --- the written PDF ---------------------------------------------------------------------

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
                    file=ltr_path(str(path))
                ),
            )
            return False
        set_error(self.open_error, "")
        return True


__all__ = ["DONE", "OPTIONS", "WRITING", "Job", "PdfDialog", "file_name", "free_path"]
