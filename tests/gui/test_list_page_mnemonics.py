"""The objects and damage-report lists' Alt+letter keys, in every language: none used twice on a
page, none taken from the main window's menu bar. In French, Alt+R went to "T&rier par" instead
of the &Rapports menu (a new user's trial, 2026-12-06), and its tooltip still said Alt+B."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow


def _mnemonics(page: QWidget) -> list[tuple[str, str]]:
    texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton)]
    return [(m, t) for t in texts if (m := mnemonic_of(t)) is not None]


def test_list_pages_have_no_alt_key_twice_nor_one_of_the_menu_bar(
    window_in: MainWindow,
) -> None:
    menus = {mnemonic_of(a.text()): a.text() for a in window_in.menuBar().actions()}
    problems = []
    for page in (window_in.workspace.object_page, window_in.workspace.damage_page):
        found = _mnemonics(page)
        letters = Counter(letter for letter, _ in found)
        problems += [(letter, text, "twice") for letter, text in found if letters[letter] > 1]
        problems += [(letter, text, menus[letter]) for letter, text in found if letter in menus]
        sort_label = next(
            label.text()
            for label in page.findChildren(QLabel)
            if label.buddy() is page.filter_bar.sort_combo  # type: ignore[attr-defined]
        )
        letter = mnemonic_of(sort_label)
        assert letter is not None
        # The column headers' tooltip names the sort box's key: the same letter.
        model = page.table.model()  # type: ignore[attr-defined]
        tips = [
            str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
            for i in range(model.columnCount())
        ]
        tip = next(t for t in tips if "\n" in t)  # a column one can sort by
        assert f"Alt+{letter.upper()}" in tip, (letter, tip)
    assert not problems, problems
