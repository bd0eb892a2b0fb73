"""Issue 15, confusing and cosmetic: error dialogs over the window they came from, "Open" after a
report is written, thumbnails that do not overlap, an Overview that does not clip long names."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView

from fieldkit import logs
from fieldkit.errors import FieldKitError
from fieldkit.gui import errors as gui_errors
from fieldkit.gui.app import make_excepthook
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.report_dialog import DONE, INVENTORY
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput

from .helpers import make_jpeg

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
    # Qt adds " — FieldKit" (the application's display name) to every window title itself.
    assert "FieldKit" not in box.windowTitle()
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


# --- the Overview's tables fit long Arabic and Ukrainian names ------------------------------------

MUSEUM_UK = "Поліський музей народного мистецтва"
MUSEUM_AR = "متحف تل حمرة للآثار"
TITLE_AR = "إبريق فخاري بمقبض"
VERY_LONG_UK = (
    "Національний науково-дослідний реставраційний центр України, Львівська філія, "
    "відділ реставрації станкового живопису та дерев'яної скульптури"
)
VERY_LONG_AR = (
    "مخطوطة قرآنية مذهّبة من القرن الثامن عشر مع حواشٍ بخط اليد ومجموعة من الأوراق المتفرقة "
    "المحفوظة في صندوق خشبي مطعّم بالصدف"
)


def _immediate(unlocked: MainWindow, rows: list[tuple[str, str, str]]) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    for number, title, place in rows:
        obj = records.create(
            F.OBJECT, {"inventory_number": number, "title": title, "institution": place}
        )
        records.create(
            F.DAMAGE,
            {"object_id": obj.record_id, "severity": "severe", "urgency": "immediate"},
        )


def _show_overview(unlocked: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    page = unlocked.workspace.overview_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        unlocked.workspace.show_section(unlocked.workspace.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.immediate.rowCount() > 0)
    return page


def _assert_readable(table) -> None:  # type: ignore[no-untyped-def]
    """Each cell shows its whole text, or is elided in the middle with the whole text in its
    tooltip; the columns fit the table (no sideways scrolling, no wrapped half-lines)."""
    assert not table.wordWrap()
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert table.horizontalHeader().length() <= table.viewport().width()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            assert item.toolTip().startswith(item.text()), (row, column)


def test_overview_shows_arabic_and_ukrainian_names_whole_on_a_laptop(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _immediate(
        unlocked, [("UK-1", "Сорочка вишита жіноча", MUSEUM_UK), ("AR-1", TITLE_AR, MUSEUM_AR)]
    )
    assert unlocked.frameGeometry().width() <= 1366
    page = _show_overview(unlocked, qtbot)
    table = page.immediate
    _assert_readable(table)
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            text = table.item(row, column).text()
            # Names of this length fit whole: nothing clipped, nothing elided.
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), (row, column, text)


def test_overview_elides_very_long_names_in_the_middle_with_a_tooltip(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    _immediate(unlocked, [("UK-2", VERY_LONG_AR, VERY_LONG_UK), ("AR-2", TITLE_AR, MUSEUM_AR)])
    page = _show_overview(unlocked, qtbot)
    table = page.immediate
    _assert_readable(table)
    texts = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    row = texts[VERY_LONG_AR]
    assert table.item(row, 4).toolTip() == VERY_LONG_UK
    assert table.item(row, 1).toolTip() == VERY_LONG_AR
    # The short columns stay whole: the long names give way, not the dates or severities.
    metrics = table.fontMetrics()
    for column in (0, 2, 3):
        assert metrics.horizontalAdvance(table.item(row, column).text()) < table.columnWidth(column)
    # Narrower window: still no sideways scrolling.
    # (as narrow as the window goes: the object list's spreadsheet-import button set its
    # minimum at about 970 px)
    wide = table.viewport().width()
    unlocked.resize(unlocked.minimumSizeHint().width(), unlocked.height())
    qtbot.waitUntil(lambda: table.viewport().width() < wide - 200)
    _assert_readable(table)
    assert table.columnWidth(1) >= table.MIN_ELASTIC and table.columnWidth(4) >= table.MIN_ELASTIC


# --- thumbnails take their final place before they arrive --------------------------------------


def test_photo_strip_items_do_not_move_or_overlap_when_thumbnails_arrive(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    # Short captions: narrower than a thumbnail, so the first layout (before any thumbnail has
    # been read) is the one that used to be too narrow.
    photos = [
        PhotoInput(make_jpeg(tmp_path / f"p{i}.jpg", 320, 240, seed=i).read_bytes(), "detail", c)
        for i, c in enumerate(("a", "b", "c"))
    ]
    records = unlocked.session.records  # type: ignore[union-attr]
    obj = records.create(F.OBJECT, {"inventory_number": "TH-1", "title": "Jug"}, photos)
    editor = unlocked.workspace.open_object(obj.record_id)
    assert editor is not None
    arrived: list[str] = []
    editor.thumbnails.loaded.connect(arrived.append)  # the reads start from the event loop
    strip = editor.photo_strip.list
    assert strip.count() == 3 and not arrived
    strip.doItemsLayout()
    before = [strip.visualItemRect(strip.item(i)) for i in range(strip.count())]
    size = editor.thumbnails.size
    assert all(r.width() >= size.width() and r.height() >= size.height() for r in before)
    qtbot.waitUntil(lambda: len(arrived) == 3, timeout=10_000)
    QApplication.processEvents()
    after = [strip.visualItemRect(strip.item(i)) for i in range(strip.count())]
    for left, right in itertools.pairwise(after):
        assert not left.intersects(right), (left, right)
    assert [r.topLeft() for r in after] == [r.topLeft() for r in before]
    editor.close()


def test_table_rows_keep_their_height_when_a_thumbnail_arrives(
    unlocked: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    records = unlocked.session.records  # type: ignore[union-attr]
    photo = make_jpeg(tmp_path / "p.jpg", 240, 320).read_bytes()
    records.create(F.OBJECT, {"inventory_number": "TH-2"}, [PhotoInput(photo, "overall")])
    unlocked.workspace.objects.refresh()
    table = unlocked.workspace.findChild(QTableView, "objectTable")
    assert table is not None
    table.show()
    heights = [table.rowHeight(r) for r in range(table.model().rowCount())]
    thumbnails = unlocked.workspace.thumbnails
    qtbot.waitUntil(lambda: len(thumbnails) == 1, timeout=10_000)
    QApplication.processEvents()
    assert [table.rowHeight(r) for r in range(table.model().rowCount())] == heights
    assert heights[0] >= thumbnails.size.height()
