"""Every main page's Alt+letter keys, in every language: none used twice on a page (or a tab of
it), none taken from the main window's menu bar. On such a clash Qt only moves the focus from
one to the other instead of clicking the button: about 40 page buttons did so (r12), e.g.
"&Refresh" and the &Reports menu, "&Edit…" and the &Edit menu, and many in Arabic.

The helpers here (alt_texts, menu_letters, clashes) are shared with test_tab_mnemonics_r13,
which looks at every tab and state of the pages rather than each page as it first opens."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from conftest import FAST_KDF
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow
from fieldkit.vault import Vault


@pytest.fixture(params=["en", "fr", "ar", "uk"])
def unlocked_in(
    request: pytest.FixtureRequest,
    use_language,  # restores the language after
    qtbot,
    vault: Vault,
) -> Iterator[tuple[str, MainWindow]]:  # type: ignore[no-untyped-def]
    """The main window, shown and unlocked, in one of the app's languages (the translators are
    installed before it is built, as the app does: its texts are translated once)."""
    use_language(request.param)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_session(vault)
    yield request.param, window
    window.close()


def alt_texts(root: QWidget, *, shown_only: bool) -> list[str]:
    """The texts that carry an Alt+letter under root: buttons and check boxes, labels that lead
    to a field, group boxes (Alt+letter goes to their first field), tabs; only those on screen,
    or all of them whatever the page's state."""

    def keep(widget: QWidget) -> bool:
        return widget.isVisible() or not shown_only

    texts = [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and keep(label)
    ]
    texts += [button.text() for button in root.findChildren(QAbstractButton) if keep(button)]
    texts += [box.title() for box in root.findChildren(QGroupBox) if keep(box)]
    for tabs in root.findChildren(QTabWidget):
        if keep(tabs):
            texts += [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    return texts


def alt_letters(texts: list[str]) -> list[tuple[str, str]]:
    return [(letter, text) for text in texts if (letter := mnemonic_of(text)) is not None]


def menu_letters(window: MainWindow) -> dict[str, str]:
    """The menu bar's Alt+letters, each with its menu's text; each menu has its own letter."""
    menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    letters = [mnemonic_of(text) for text in menus]
    assert None not in letters and len(set(letters)) == len(letters), menus
    return {letter: text for letter, text in zip(letters, menus, strict=True) if letter}


def clashes(window: MainWindow, where: str) -> list[tuple[str, str, str]]:
    """The Alt+letters on screen now that are used twice, or by the menu bar: (where, the
    text, "twice" or the menu's text)."""
    menu_of = menu_letters(window)
    found = alt_letters(alt_texts(window, shown_only=True))
    counts = Counter(letter for letter, _ in found)
    problems = [(where, text, "twice") for letter, text in found if counts[letter] > 1]
    problems += [(where, text, menu_of[letter]) for letter, text in found if letter in menu_of]
    return problems


def test_no_page_has_an_alt_key_twice_nor_one_of_the_menu_bar(
    unlocked_in: tuple[str, MainWindow], qtbot
) -> None:  # type: ignore[no-untyped-def]
    _, window = unlocked_in
    workspace = window.workspace
    problems: list[tuple[str, str, str]] = []
    for row in range(workspace.sidebar.count()):
        workspace.show_section(row)
        page = workspace.pages.widget(row)
        assert page is not None and page is workspace.pages.currentWidget()
        title = workspace.sidebar.item(row).text()
        # A page that starts work when shown (possible duplicates) is seen once it is done.
        qtbot.waitUntil(lambda p=page: not any(b.isVisible() for b in p.findChildren(QProgressBar)))
        # The page as a user first sees it, with what is around it in the window.
        problems += clashes(window, title)
    assert not problems, "\n".join(map(repr, problems))
