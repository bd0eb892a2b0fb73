"""In Arabic the Possible duplicates list keeps each inventory number in its own left-to-right
order (the tester's report, r8 item 3): "MCP ١٩٨٨/١" was split around «و», with "MCP" on one
side of its number. The list elides its lines, so an embedding, not an isolate, holds each
number together; English text is unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldkit import i18n
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.pages.duplicates import DuplicatesPage
from fieldkit.gui.pages.duplicates.detection import left_to_right
from fieldkit.gui.translation import install_language
from fieldkit.records import fields as F
from fieldkit.records.service import Records

WAIT_MS = 30_000
LRE, PDF = "\u202a", "\u202c"
LATIN, ARABIC_DIGITS = "MCP 1988.1", "MCP ١٩٨٨/١"


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_language(qapp, "ar")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


def _open_pairs(window: MainWindow, qtbot: Any) -> DuplicatesPage:
    records: Records = window.session.records  # type: ignore[union-attr]
    for number in (LATIN, ARABIC_DIGITS):
        records.create(F.OBJECT, {"inventory_number": number, "title": "Icon of Saint George"})
    page = window.duplicates.page
    sidebar = window.workspace.sidebar
    rect = sidebar.visualItemRect(window.duplicates.item)
    QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.worker is None, timeout=WAIT_MS)
    return page


def _line_of(page: DuplicatesPage, needle: str) -> tuple[str, str]:
    for row in range(page.list.count()):
        item = page.list.item(row)
        if needle in item.text():
            return item.text().split("\n")[0], item.toolTip()
    raise AssertionError(f"no pair names {needle!r}")


def test_arabic_keeps_each_latin_number_in_one_piece(
    arabic: None, unlocked: MainWindow, qtbot: Any
) -> None:
    page = _open_pairs(unlocked, qtbot)
    first, tooltip = _line_of(page, "1988")
    for number in (LATIN, ARABIC_DIGITS):
        assert f"{LRE}{number}{PDF}" in first
        assert f"{LRE}{number}{PDF}" in tooltip
    # An Arabic number reads right to left as it is: no left-to-right embedding around it.
    assert left_to_right("جرد ٤٥") == "جرد ٤٥"
    assert left_to_right("2014 2") == f"{LRE}2014 2{PDF}"  # digits alone are a code too
    # Still two lines that elide on their own (an isolate made the view elide them as one).
    assert page.list.item(0).text().count("\n") == 1
    assert "\u2066" not in page.list.item(0).text()


def test_english_pair_text_is_unchanged(unlocked: MainWindow, qtbot: Any) -> None:
    page = _open_pairs(unlocked, qtbot)
    first, tooltip = _line_of(page, "1988")
    assert first in (f"{LATIN} and {ARABIC_DIGITS}", f"{ARABIC_DIGITS} and {LATIN}")
    assert LRE not in tooltip and PDF not in tooltip
