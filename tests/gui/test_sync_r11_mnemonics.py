"""The "People & keys" page's Alt+letter keys, in every language: none used twice there, none
taken by the main window's menu bar (a new user's Alt+A only focused « Ajouter une carte… »,
because « &Aide » has A too; r11 trial #13)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow


def test_people_page_has_no_alt_key_twice_nor_one_of_the_menu_bar(
    window_in: MainWindow,
) -> None:
    page = window_in.workspace.people_page
    texts = [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton)]
    found = [(mnemonic_of(t), t) for t in texts if mnemonic_of(t) is not None]
    assert any(t.replace("&", "") for _, t in found)  # the page has some
    letters = [letter for letter, _ in found]
    twice = [(letter, text) for letter, text in found if Counter(letters)[letter] > 1]
    assert not twice, twice
    menus = {mnemonic_of(a.text()): a.text() for a in window_in.menuBar().actions()}
    clashes = [(letter, text, menus[letter]) for letter, text in found if letter in menus]
    assert not clashes, clashes
