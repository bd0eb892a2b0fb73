"""The check-in tab's Alt+letter keys, in every language: none used twice there, none taken
from the main window's menu bar (Alt+C went to the Custody menu, not to the "&Code:" field)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow


def mnemonics(tab: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every label with a buddy and every button on the check-in tab, and of
    the tab titles above it."""
    found = []
    texts = [label.text() for label in tab.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in tab.findChildren(QAbstractButton)]
    tabs = tab.parentWidget().parentWidget() if tab.parentWidget() else None
    if isinstance(tabs, QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        letter = mnemonic_of(text)
        if letter is not None:
            found.append((letter, text))
    return found


def test_the_check_in_tab_has_no_alt_key_twice_nor_one_of_the_menu_bar(
    window_in: MainWindow,
) -> None:
    panel = window_in.custody.evacuation.check_in
    tab = panel.parentWidget()
    assert tab is not None
    dialog = mnemonics(tab)
    letters = [letter for letter, _ in dialog]
    code = next(label for label in tab.findChildren(QLabel) if label.buddy() is panel.scan)
    assert mnemonic_of(code.text()) in letters  # the field the tester pressed Alt+C for
    twice = [(letter, text) for letter, text in dialog if Counter(letters)[letter] > 1]
    assert not twice, twice
    menus = {mnemonic_of(action.text()): action.text() for action in window_in.menuBar().actions()}
    clashes = [(letter, text, menus[letter]) for letter, text in dialog if letter in menus]
    assert not clashes, clashes
