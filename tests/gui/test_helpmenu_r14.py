"""Help ▸ Guide (F1), the About box's "Show Details" named as its button reads, and an Alt
letter on every menu entry, in every language (new-user trials r14: #15, second tester #14)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import FAST_KDF
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.export_records_dialog import ExportRecordsDialog
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.workspace import DAMAGE
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

from .test_page_mnemonics_r12 import alt_letters, alt_texts

LANGUAGES = ["en", "fr", "ar", "uk"]


@pytest.fixture(params=LANGUAGES)
def window(
    request: pytest.FixtureRequest, use_language: Any, qtbot: Any, vault: Vault
) -> Iterator[MainWindow]:
    use_language(request.param)
    shown = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(shown)
    shown.show()
    shown.open_session(vault)
    yield shown
    shown.close()


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _menus(window: MainWindow) -> list[QMenu]:
    menus = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):  # the Go menu too, since r15
            menus.append(menu)
    return menus


def test_every_menu_entry_has_its_own_alt_letter(window: MainWindow) -> None:
    problems = []
    for menu in _menus(window):
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters: dict[str, list[str]] = {}
        for action in entries:
            letter = _letter(action.text())
            if letter is None:
                problems.append(f"{menu.title()!r}: {action.text()!r} has no Alt letter")
            else:
                letters.setdefault(letter, []).append(action.text())
        shared = {k: v for k, v in letters.items() if len(v) > 1}
        if shared:
            problems.append(f"{menu.title()!r}: {shared}")
    bar = [_letter(a.text()) for a in window.menuBar().actions()]
    if None in bar or len(set(bar)) != len(bar):
        problems.append(f"menu bar: {[a.text() for a in window.menuBar().actions()]}")
    assert not problems, "\n".join(problems)


def _shown(context: str, source: str) -> str:
    text = QCoreApplication.translate(context, source)
    return text.replace("&", "").rstrip(":：\u00a0 ")


def test_f1_opens_a_scrolling_guide_that_names_the_real_buttons(
    window: MainWindow, qtbot: Any
) -> None:
    guide_action = window.findChild(QAction, "guideAction")
    assert isinstance(guide_action, QAction)
    assert guide_action.shortcut() == QKeySequence("F1")
    guide = window.show_guide()
    qtbot.waitExposed(guide)
    text = guide.text.toPlainText()
    # The recovery switch, the Export and Import entries and the Evacuation tabs as shown.
    for context, source in (
        ("UnlockScreen", "Use the recovery &key instead"),
        ("MainWindow", "&Export a bundle…"),
        ("MainWindow", "&Import bundles…"),
        ("EvacuationPage", "&2 Depart"),
        ("CustodySections", "&Hand over…"),
    ):
        assert _shown(context, source) in text, (source, text)
    assert str(window.vault_path) in text
    screen = guide.screen().availableGeometry()
    assert guide.frameGeometry().height() <= screen.height()
    assert guide.width() <= screen.width()
    assert guide.layoutDirection() == QApplication.layoutDirection()
    guide.close()


def test_the_about_box_names_its_details_button_as_the_button_reads(
    window: MainWindow, qtbot: Any
) -> None:
    box = window.show_about()
    qtbot.waitExposed(box)
    button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole
    )
    words = button.text().replace("&", "").rstrip(".… ")
    assert words and words in box.text(), (button.text(), box.text())
    box.close()


def test_export_records_keeps_its_layout_and_the_folder_typed(
    window: MainWindow, qtbot: Any, tmp_path: Any
) -> None:
    dialog = window.export_records()
    assert isinstance(dialog, ExportRecordsDialog)
    qtbot.waitExposed(dialog)
    # An untouched default follows the format.
    assert dialog.destination.text().endswith(".xml")
    dialog.format_radios["csv"].setChecked(True)
    assert dialog.destination.text().endswith(".csv")
    dialog.format_radios["lido"].setChecked(True)
    typed = str(tmp_path / "for-the-aggregator")
    dialog.destination.setText(typed)
    where_before = dialog.destination.mapTo(dialog, dialog.destination.rect().topLeft())
    dialog.format_radios["linked-art"].setChecked(True)
    QApplication.processEvents()
    assert dialog.destination.text() == typed
    assert dialog.photos.isVisible() and not dialog.photos.isEnabled()
    assert dialog.destination.mapTo(dialog, dialog.destination.rect().topLeft()) == where_before
    # The field has its own Alt key, used by nothing else on the dialog.
    label = next(
        w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.destination and w.isVisible()
    )
    letter = mnemonic_of(label.text())
    assert letter is not None, label.text()
    letters = [found for found, _text in alt_letters(alt_texts(dialog, shown_only=True))]
    assert letters.count(letter) == 1, alt_texts(dialog, shown_only=True)
    dialog.close()


def test_the_observed_column_shows_the_whole_date_and_time(
    window: MainWindow, vault: Vault, qtbot: Any
) -> None:
    records = Records(vault)
    obj = records.create(F.OBJECT, {"inventory_number": "MM-2026.002", "title": "Tablette"})
    for moment in ("2026-11-28T10:30", "2026-09-28T22:30", "2026-02-28T22:58"):
        records.create(F.DAMAGE, {"object_id": obj.record_id, "observed_at": moment})
    workspace = window.workspace
    workspace.refresh_lists()
    workspace.show_section(DAMAGE)
    page = workspace.damage_page
    column = next(i for i, c in enumerate(page.model.columns) if c.key == "observed_at")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    QApplication.processEvents()
    metrics = page.table.fontMetrics()
    width = page.table.columnWidth(column)
    for row in range(3):
        text = page.model.index(row, column).data()
        # The text and the cell's margins (a few pixels each side) fit, so nothing is cut.
        assert metrics.horizontalAdvance(text) + 8 <= width, (text, width)
