"""Each list cell is cut at the end of its own text, in Arabic too.

The tester saw "…numismatique > monn" in the Arabic object list: the value's end was cut but
the ellipsis was drawn on the left, where a reader of that Latin value starts. The cells are
painted here onto a device that records the text runs the style draws (with their position
and direction), so the test reads what a person sees, left to right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import QLocale, QModelIndex, QPointF, Qt, QTranslator
from PySide6.QtGui import QPaintDevice, QPaintEngine, QPaintEngineState, QPainter, QTextItem
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

from fieldkit import i18n
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.translation import install_language
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

LATIN = "numismatique > monnaie de bronze frappée"
ARABIC = "مسكوكات > عملة برونزية مضروبة في القرن الثاني"
ELLIPSIS = "…"


class _Runs(QPaintEngine):
    """Keeps the text runs drawn: (x, text in visual order)."""

    def __init__(self) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature(0))
        self.runs: list[tuple[float, str]] = []

    def begin(self, _device: QPaintDevice) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, _state: QPaintEngineState) -> None:
        pass

    def drawPixmap(self, *_args: object) -> None:
        pass

    def drawTextItem(self, p: QPointF, item: QTextItem) -> None:
        text = item.text()
        if item.renderFlags() & QTextItem.RenderFlag.RightToLeft:
            text = text[::-1]  # a right-to-left run is stored in reading order
        self.runs.append((p.x(), text))

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class _Recorder(QPaintDevice):
    def __init__(self) -> None:
        super().__init__()
        self.engine = _Runs()

    def paintEngine(self) -> QPaintEngine:
        return self.engine

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        m = QPaintDevice.PaintDeviceMetric
        return {
            m.PdmWidth: 2000,
            m.PdmHeight: 2000,
            m.PdmDpiX: 96,
            m.PdmDpiY: 96,
            m.PdmPhysicalDpiX: 96,
            m.PdmPhysicalDpiY: 96,
            m.PdmDepth: 32,
            m.PdmWidthMM: 500,
            m.PdmHeightMM: 500,
            m.PdmNumColors: 0xFFFFFF,
            m.PdmDevicePixelRatio: 1,
            m.PdmDevicePixelRatioScaled: 1_000_000,
        }.get(metric, 0)


def seen(table: QTableView, index: QModelIndex) -> str:
    """The cell's text as painted, read from left to right on the screen."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    device = _Recorder()
    painter = QPainter(device)
    table.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    return "".join(text for _x, text in sorted(device.engine.runs, key=lambda run: run[0]))


def row_showing(table: QTableView, column: int, text: str) -> QModelIndex:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if model.data(index) == text:
            return index
    raise AssertionError(f"{text!r} is not in the list")


def assert_cut_at_own_end(table: QTableView, column: int) -> None:
    table.setColumnWidth(column, 120)  # far narrower than either value
    latin = seen(table, row_showing(table, column, LATIN))
    # A Latin value starts on the left and is cut on the right, with the ellipsis there.
    assert latin.startswith("numis"), latin
    assert latin.endswith(ELLIPSIS), latin
    arabic = seen(table, row_showing(table, column, ARABIC))
    # An Arabic value starts on the right ("مسكوكات" read from the right) and is cut on the left.
    assert arabic.startswith(ELLIPSIS), arabic
    assert arabic.endswith("مسكوكات"[::-1]), arabic


@pytest.fixture
def arabic_window(qapp: QApplication, tmp_path: Path, make_vault, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    installed: list[QTranslator] = install_language(qapp, "ar")
    vault: Vault
    vault, _ = make_vault(tmp_path / "v", name=LATIN)
    records = Records(vault)
    for number, text in (("A-1", LATIN), ("A-2", ARABIC)):
        records.create(F.OBJECT, {"inventory_number": number, "title": text, "object_type": text})
        records.create(F.DAMAGE, {"site": text, "observed_at": "2025-03-01T10:00"})
    jar = records.create(F.OBJECT, {"inventory_number": "MUS-2020.1.17", "title": ARABIC})
    records.create(F.DAMAGE, {"object_id": jar.record_id, "observed_at": "2025-03-02T10:00"})
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_session(vault)
    yield window
    window.lock()
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.set_language("en")


Column = Callable[[MainWindow], tuple[QTableView, int]]


def _objects(window: MainWindow) -> tuple[QTableView, int]:
    page = window.workspace.object_page
    return page.table, [c.key for c in page.model.columns].index("title")


def _object_types(window: MainWindow) -> tuple[QTableView, int]:
    page = window.workspace.object_page
    return page.table, [c.key for c in page.model.columns].index("object_type")


def _damage(window: MainWindow) -> tuple[QTableView, int]:
    page = window.workspace.damage_page
    return page.table, [c.key for c in page.model.columns].index("object")


@pytest.mark.parametrize("column", [_objects, _object_types, _damage])
def test_a_list_cell_is_cut_at_the_end_of_its_own_text_in_arabic(
    arabic_window: MainWindow, column: Column
) -> None:
    table, number = column(arabic_window)
    assert table.isRightToLeft()
    assert_cut_at_own_end(table, number)


def test_the_audit_log_cuts_each_cell_at_its_own_end_in_arabic(arabic_window: MainWindow) -> None:
    page = arabic_window.workspace.audit_page
    page.refresh()
    table = page.table
    model = table.model()
    assert table.isRightToLeft()
    table.horizontalHeader().setStretchLastSection(False)
    for column in (2, 4):
        table.setColumnWidth(column, 120)
    # "Details" says its labels in Arabic ("السجل: …", r10 UI trial #14): laid out from the
    # right, its first label whole at the right, cut further on.
    details = seen(table, model.index(0, 4))
    assert details.rstrip().endswith("السجل"[::-1]), details
    assert ELLIPSIS in details, details
    # "Who" is Arabic first, "you (<the vault's Latin name>)": laid out from the right, its
    # Latin end cut, with the ellipsis held right after the cut Latin words.
    who = seen(table, model.index(0, 2))
    latin, after = who.split(ELLIPSIS)
    assert latin.startswith("numis") and not any(is_arabic(c) for c in latin), who
    assert after.rstrip().endswith("أنت"[::-1]), who


def is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def test_a_latin_number_with_an_arabic_title_keeps_the_ellipsis_beside_the_cut(
    arabic_window: MainWindow,
) -> None:
    """ "MUS-2020.1.17 — <Arabic title>" reads left to right from its number; the title, read
    from the right, is cut at its end (left), and the ellipsis sits there, not beside the
    title's first word at the far right."""
    table, column = _damage(arabic_window)
    table.setColumnWidth(column, 250)
    shown = seen(table, row_showing(table, column, f"MUS-2020.1.17 — {ARABIC}"))
    number, title = shown.split(ELLIPSIS)
    assert number.startswith("MUS-2020.1.17 — ") and not any(is_arabic(c) for c in number), shown
    assert title.rstrip().endswith("مسكوكات"[::-1]), shown
