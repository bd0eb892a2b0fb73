"""The object list's columns fit the window when they can (new-user trial r14, #13 of the second
tester: at 125 % scaling in Arabic, « Where now » and « Object ID » were behind a sideways
scroll bar while the title column stayed about 300 px wide)."""

from __future__ import annotations

from fieldkit.gui.main_window import MainWindow


def _fits(page) -> bool:  # type: ignore[no-untyped-def]
    table = page.table
    room = table.viewport().width()
    last = page.model.columnCount() - 1
    return table.columnViewportPosition(last) + table.columnWidth(last) <= room


def test_a_narrow_window_narrows_the_title_first(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = unlocked.workspace.object_page
    unlocked.resize(1366, 728)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    title = next(i for i, c in enumerate(page.model.columns) if c.key == "title")
    wide = page.table.columnWidth(title)
    unlocked.resize(1093, 582)  # 1366×728 at 125 %: what the window has in logical pixels
    qtbot.waitUntil(lambda: _fits(page), timeout=3000)
    assert page.table.columnWidth(title) < wide
    assert page.table.columnWidth(title) >= 140  # a title stays readable
    unlocked.resize(1366, 728)
    qtbot.waitUntil(lambda: page.table.columnWidth(title) == wide, timeout=3000)


def test_a_column_the_user_widened_is_left_as_they_set_it(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = unlocked.workspace.object_page
    unlocked.resize(1366, 728)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    title = next(i for i, c in enumerate(page.model.columns) if c.key == "title")
    page.table.horizontalHeader().resizeSection(title, 500)  # as a drag of the header does
    unlocked.resize(1093, 582)
    qtbot.wait(200)
    assert page.table.columnWidth(title) == 500


def test_the_inventory_number_is_never_squeezed_to_fit(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """r15 tester (uk, 1024×600): six « Statuette of a worshipper » read « MCP 19… »,
    « THM.19… », « THM.19… »: the column a coordinator tells objects apart by was cut to its
    short header (« Інв. № ») while others kept their room. It keeps its planned width."""
    page = unlocked.workspace.object_page
    number = next(i for i, c in enumerate(page.model.columns) if c.key == "inventory_number")
    planned = page.model.columns[number].width
    unlocked.resize(1024, 560)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    qtbot.wait(100)
    assert page.table.columnWidth(number) >= planned
    metrics = page.table.fontMetrics()
    assert page.table.columnWidth(number) > metrics.horizontalAdvance("THM.2010.0008") + 8
