"""One base for the dialogs whose long work runs on a progress page: exporting and importing
bundles, verifying them, writing a PDF report or a custody document, backing up, exporting
records.

The dialog is a stack of pages (what to do → :class:`ProgressPage` → what happened). The work
is a plain core function run on a worker by the progress page, with ``progress`` and
``cancel``. While it runs, Escape, Cancel and the window's close button cancel the work (the
core function cleans up after itself) and the dialog stays open; when the work fails, the
dialog goes back to the page it started from, says a cancel there in one line, and shows any
other error in the error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.errors import CancelledError
from fieldkit.gui.errors import show_error
from fieldkit.gui.progress_page import ProgressPage
from fieldkit.gui.widgets import button_box, heading, ltr, push_button, set_error
from fieldkit.gui.workers import Worker

T = TypeVar("T")


class TaskDialog(QDialog):
    error: QLabel | None = None  # the options page's error line, in a dialog that has one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def stages(self, first: QWidget, title: str, then: QWidget) -> ProgressPage:
        """The dialog's flow: page ``first`` (what to do), a progress page titled ``title``
        where the work runs, and page ``then`` (what happened). Returns the progress page."""
        self.pages.addWidget(first)
        page = self.add_progress_page(title)
        self.pages.addWidget(then)
        return page

    def add_progress_page(self, title: str) -> ProgressPage:
        page = ProgressPage(title, self)
        self.pages.addWidget(page)
        return page

    def start_buttons(
        self,
        page: QWidget,
        text: str,
        name: str,
        start: Callable[[], object],
        cancel_name: str = "",
    ) -> tuple[QPushButton, QDialogButtonBox]:
        """The options page's buttons: ``text`` (object name ``name``) calls ``start`` and
        answers Enter; Cancel (``cancel_name``) leaves. Returns that button and the row."""
        go = push_button(text, page, name, start, default=True)
        cancel = push_button(
            QCoreApplication.translate("TaskDialog", "Cancel"), page, cancel_name, self.reject
        )
        return go, button_box(page, accept=go, reject=cancel)

    def summary_page(self, page: QWidget, title: str, widgets: list[QWidget], name: str) -> QWidget:
        """Lay out ``page`` as the last page: ``title``, the ``widgets`` one under the other,
        and Close (``self.close_button``, object name ``name``)."""
        self.close_button = QPushButton(QCoreApplication.translate("TaskDialog", "Close"), page)
        self.close_button.setObjectName(name)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(title, page, size=1.3))
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(button_box(page, reject=self.close_button))
        return page

    def show_summary(self, index: int) -> None:
        """The work is done: to the summary page at ``index``, Close focused."""
        self.pages.setCurrentIndex(index)
        self.close_button.setFocus()

    @property
    def busy(self) -> bool:
        """Work is running on one of the dialog's progress pages."""
        return any(page.busy for page in self.findChildren(ProgressPage))

    def validate(self) -> bool:
        """The options page's check (a dialog with options overrides it, saying any problem
        in :attr:`error`): may the work start?"""
        return True

    def check_options(self, button: QPushButton, problem: str, ready: bool = True) -> bool:
        """For :meth:`validate`: ``problem`` said in :attr:`error`, and ``button`` enabled only
        when there is none, the page is ``ready`` and no work runs. Returns whether it is."""
        if self.error is not None:
            set_error(self.error, problem)
        ok = not problem and ready and not self.busy
        button.setEnabled(ok)
        return ok

    def missing_folder(self, folder: Path) -> str:
        """For :meth:`validate`: the problem to say when ``folder``, where the work would
        write, is not there ("" when it is)."""
        if folder.is_dir():
            return ""
        return QCoreApplication.translate(
            "TaskDialog", "The folder {folder} does not exist."
        ).format(folder=ltr(str(folder)))

    def run_task(
        self,
        page: ProgressPage,
        text: str,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        back_to: int = 0,
        cancelled: str = "",
        **kwargs: Any,
    ) -> Worker | None:
        """The dialog's flow in one call: unless work runs already or :meth:`validate` fails,
        show ``page`` and run ``fn(*args, progress=…, cancel=…, **kwargs)`` there. ``on_done``
        gets its result; a failure goes to ``on_error`` or, by default, back to page
        ``back_to`` (checked again), a cancel said there as ``cancelled``."""
        if self.busy or not self.validate():
            return None

        def failed(exc: BaseException) -> None:
            self.validate()
            self.task_failed(exc, back_to, self.error, cancelled)

        self.pages.setCurrentWidget(page)
        return page.run(text, fn, *args, on_done=on_done, on_error=on_error or failed, **kwargs)

    def task_failed(
        self,
        exc: BaseException,
        back_to: int,
        error: QLabel | None = None,
        cancelled: str = "",
    ) -> None:
        """Back to page ``back_to``; a cancel is said in ``error`` (when the dialog has such a
        line), anything else in the error dialog."""
        self.pages.setCurrentIndex(back_to)
        if isinstance(exc, CancelledError) and error is not None:
            set_error(error, cancelled)
            return
        show_error(self, exc)

    def reject(self) -> None:
        for page in self.findChildren(ProgressPage):
            if page.busy:
                page.cancel()
                return
        super().reject()


__all__ = ["TaskDialog"]
