"""Issue 15, confusing and cosmetic: error dialogs over the window they came from, "Open" after a
report is written, thumbnails that do not overlap, an Overview that does not clip long names."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QMessageBox

from fieldkit import logs
from fieldkit.errors import FieldKitError
from fieldkit.gui import errors as gui_errors
from fieldkit.gui.app import make_excepthook
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.report_dialog import DONE, INVENTORY

# --- error dialogs stay over the editor ------------------------------------------------------


def _editor_in_front(unlocked: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    editor = unlocked.workspace.new_object()
    assert editor is not None
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_a_bug_in_an_editor_apologises_over_the_editor(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = _editor_in_front(unlocked, qtbot)
    logs.setup()
    # The excepthook knows only the main window; the user was working in the editor.
    hook = make_excepthook(lambda: unlocked)
    try:
        raise RuntimeError("a bug behind a button of the editor")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    box = gui_errors.current_apology()
    assert box is not None
    assert box.parentWidget() is editor
    assert box.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(box.isVisible)
    box.close()
    qtbot.waitUntil(lambda: gui_errors.current_apology() is None)


def test_an_error_named_against_a_widget_of_the_editor_goes_over_the_editor(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    editor = _editor_in_front(unlocked, qtbot)
    # Reported by a page of the main window while the editor is the active window…
    box = gui_errors.show_error(unlocked.workspace, FieldKitError("That did not work."))
    assert box is not None and box.parentWidget() is editor
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.close()
    # …and by a field deep inside the editor: the dialog belongs to the editor window itself.
    field = editor.findChildren(QLineEdit)[0]
    box = gui_errors.show_error(field, FieldKitError("That did not work either."))
    assert box is not None and box.parentWidget() is editor
    box.close()


def test_an_error_of_the_main_window_stays_over_the_main_window(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow)
    box = gui_errors.show_error(unlocked.workspace, FieldKitError("Nothing to do."))
    assert isinstance(box, QMessageBox) and box.parentWidget() is unlocked
    box.close()


# --- "Open" after a report is written -----------------------------------------------------------


class _UrlRecorder(QObject):
    """Stands in for the system's PDF viewer: QDesktopServices hands it file:// URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def pdf_viewer() -> Iterator[_UrlRecorder]:
    recorder = _UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


def test_a_written_report_opens_from_the_dialog(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    pdf_viewer: _UrlRecorder,
) -> None:
    report = unlocked.workspace.report(INVENTORY)
    assert report is not None
    target = tmp_path / "evacuation list.pdf"
    report.destination.setText(str(target))
    qtbot.mouseClick(report.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.pages.currentIndex() == DONE, timeout=30_000)
    assert report.open_button.isVisible() and report.open_button.isEnabled()
    assert report.done_text.text().startswith("1 page")
    assert str(target) in report.done_text.text()
    qtbot.mouseClick(report.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in pdf_viewer.opened] == [str(target)]
    assert report.isVisible()  # the user may still want to close it or open it again
    # A PDF moved away meanwhile is said to be gone, not handed to the viewer.
    target.unlink()
    qtbot.mouseClick(report.open_button, Qt.MouseButton.LeftButton)
    assert len(pdf_viewer.opened) == 1
    assert report.open_error.isVisible() and "no longer" in report.open_error.text()
    report.accept()
