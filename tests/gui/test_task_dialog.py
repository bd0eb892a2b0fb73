"""The staged dialogs share one task-dialog base (issue 14): their long work runs on a progress
page, Escape cancels the work instead of closing, a cancel goes back to where it started."""

from __future__ import annotations

import ast
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

import fieldkit.gui
from fieldkit.errors import CancelledError
from fieldkit.gui.task_dialog import TaskDialog
from fieldkit.gui.widgets import error_label

GUI = Path(fieldkit.gui.__file__).parent


def test_no_dialog_wires_a_progress_page_of_its_own() -> None:
    """ProgressPage is made by TaskDialog.add_progress_page only: every dialog with long work
    gets the base's cancel-on-Escape and its way back after a failure. (The sync panel is no
    dialog: it shows its sync on a compact progress page of its own.)"""
    own = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in ("task_dialog.py", "progress_page.py", "sync_panel.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "ProgressPage"
            ):
                own.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert own == []


def test_the_seven_staged_dialogs_are_task_dialogs() -> None:
    from fieldkit.gui.bundles.export_dialog import ExportDialog
    from fieldkit.gui.bundles.import_dialog import ImportDialog
    from fieldkit.gui.bundles.verify_dialog import VerifyDialog
    from fieldkit.gui.custody_reports import CustodyReportDialog
    from fieldkit.gui.export_records_dialog import ExportRecordsDialog
    from fieldkit.gui.report_dialog import ReportDialog
    from fieldkit.gui.vault_dialogs import BackupDialog

    for dialog in (
        ExportDialog,
        ImportDialog,
        VerifyDialog,
        ReportDialog,
        CustodyReportDialog,
        BackupDialog,
        ExportRecordsDialog,
    ):
        assert issubclass(dialog, TaskDialog), dialog.__name__


class _Waiting(TaskDialog):
    """Options page, a progress page, a done page; the work waits until it is cancelled."""

    def __init__(self) -> None:
        super().__init__(None)
        options = QWidget(self)
        self.error: QLabel = error_label(options)
        self.pages.addWidget(options)
        self.progress_page = self.add_progress_page("Working")
        self.pages.addWidget(QWidget(self))
        self.results: list[str] = []
        self.started = threading.Event()

    def work(self, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> str:
        self.started.set()
        for step in range(2000):
            if cancel():
                raise CancelledError("Cancelled: nothing was written.")
            progress(step, 2000)
            threading.Event().wait(0.005)
        return "finished"

    def start(self) -> None:
        self.run_task(
            self.progress_page, "Working…", self.work, on_done=self.done_, on_error=self.failed
        )

    def done_(self, result: str) -> None:
        self.results.append(result)
        self.pages.setCurrentIndex(2)

    def failed(self, exc: BaseException) -> None:
        self.task_failed(exc, 0, self.error, "Cancelled: nothing was written.")


def test_escape_while_working_cancels_the_work_and_keeps_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _Waiting()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.busy and dialog.pages.currentWidget() is dialog.progress_page
    assert dialog.started.wait(10)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.isVisible()  # the first Escape cancelled the work, it did not close
    assert dialog.pages.currentIndex() == 0
    assert dialog.error.text() == "Cancelled: nothing was written."
    assert dialog.results == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing runs now: Escape closes
    assert not dialog.isVisible()


def test_the_result_arrives_when_nobody_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _Waiting()
    qtbot.addWidget(dialog)

    def quick(progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> str:
        progress(1, 1)
        return "finished"

    dialog.work = quick  # type: ignore[method-assign]
    dialog.start()
    qtbot.waitUntil(lambda: dialog.results == ["finished"], timeout=10_000)
    assert not dialog.busy and dialog.pages.currentIndex() == 2


def test_every_pdf_dialog_is_one_pdf_dialog() -> None:
    """Reports and custody documents: one dialog for where to save, writing, Open and Close."""
    from fieldkit.gui.custody_reports import CustodyReportDialog
    from fieldkit.gui.pdf_dialog import PdfDialog
    from fieldkit.gui.report_dialog import ReportDialog

    assert issubclass(ReportDialog, PdfDialog)
    assert issubclass(CustodyReportDialog, PdfDialog)


def test_the_progress_page_draws_the_task_contract_and_its_cancel_sets_the_token(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Progress: its label under the page's text, a busy bar while the total is unknown, then
    the fraction; Cancel sets the tasks.Cancel the work was given."""
    from fieldkit.gui.progress_page import SCALE
    from fieldkit.i18n import Text
    from fieldkit.tasks import Cancel, Progress

    dialog = _Waiting()
    qtbot.addWidget(dialog)
    given: list[object] = []
    step = threading.Event()

    def work(progress: Callable[[Progress], None], cancel: Cancel) -> str:
        given.append(cancel)
        progress(Progress("merge", 0, 0, Text("progress", "Merging the records")))
        step.wait(10)
        progress(Progress("merge", 250, 1000, Text("progress", "Merging the records")))
        while not cancel():
            threading.Event().wait(0.005)
        raise CancelledError("Cancelled: nothing was written.")

    dialog.work = work  # type: ignore[assignment]
    dialog.show()
    dialog.start()
    page = dialog.progress_page
    qtbot.waitUntil(lambda: page.step.text() == "Merging the records", timeout=10_000)
    assert (page.bar.minimum(), page.bar.maximum()) == (0, 0)  # busy: no total yet
    step.set()
    qtbot.waitUntil(lambda: page.bar.value() == SCALE // 4, timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert isinstance(given[0], Cancel) and given[0].is_set()
    assert dialog.error.text() == "Cancelled: nothing was written."


def test_the_progress_page_does_not_repeat_its_title_as_the_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.gui.progress_page import SCALE
    from fieldkit.i18n import Text
    from fieldkit.tasks import Cancel, Progress

    dialog = _Waiting()
    qtbot.addWidget(dialog)

    def work(progress: Callable[[Progress], None], cancel: Cancel) -> str:
        progress(Progress("write", 1, 2, Text("progress", "Working")))  # the page's title
        while not cancel():
            threading.Event().wait(0.005)
        raise CancelledError("Cancelled: nothing was written.")

    dialog.work = work  # type: ignore[assignment]
    dialog.show()
    dialog.start()
    page = dialog.progress_page
    qtbot.waitUntil(lambda: page.bar.value() == SCALE // 2, timeout=10_000)
    assert page.title.text() == "Working" and page.step.text() == ""
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_the_flow_starts_only_when_the_options_check_and_goes_back_after_a_failure(qtbot) -> None:  # type: ignore[no-untyped-def]
    """run_task's default flow: nothing runs while the options page's check fails; a cancel
    goes back to page 0, checks the options again and is said in the dialog's error line."""

    class Checked(_Waiting):
        ok = False
        checks = 0

        def validate(self) -> bool:
            self.checks += 1
            return self.ok

        def go(self) -> object:
            return self.run_task(
                self.progress_page,
                "Working…",
                self.work,
                on_done=self.done_,
                cancelled="Cancelled: nothing was written.",
            )

    dialog = Checked()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.go() is None and dialog.pages.currentIndex() == 0 and not dialog.busy
    dialog.ok = True
    assert dialog.go() is not None and dialog.pages.currentIndex() == 1
    assert dialog.go() is None  # one task at a time
    assert dialog.started.wait(10)
    checks = dialog.checks
    dialog.reject()  # Escape: cancels the work
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible()
    assert dialog.checks == checks + 1  # checked again on the way back
    assert dialog.error.text() == "Cancelled: nothing was written."


def test_the_sync_bar_runs_over_every_stage_and_a_detail_follows_the_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.gui.progress_page import SCALE, ProgressPage
    from fieldkit.i18n import Text
    from fieldkit.tasks import Progress

    page = ProgressPage("Sync progress", compact=True)
    qtbot.addWidget(page)
    page.phases = ("a", "b", "c", "d")
    page.detail = lambda p: "3 of 4 MB" if p.phase == "c" else ""
    done = threading.Event()

    def work(progress: Callable[[Progress], None], cancel: Callable[[], bool]) -> None:
        progress(Progress("b", 1, 2, Text("progress", "Reading")))
        progress(Progress("c", 3, 4, Text("progress", "Copying")))
        done.wait(10)

    seen: list[tuple[int, str]] = []
    page.drawn.connect(lambda _p: seen.append((page.bar.value(), page.step.text())))
    page.run("", work, on_done=lambda _r: None, on_error=lambda _e: None)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    done.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    # b is the second of four stages, half done: 3/8 of the bar; c three quarters: 11/16.
    assert seen == [
        (round(SCALE * 3 / 8), "Reading"),
        (round(SCALE * 11 / 16), "Copying — 3 of 4 MB"),
    ]
    assert not page.title.isVisibleTo(page)
