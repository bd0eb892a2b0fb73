"""The Edit menu's Alt key in French, Arabic and Ukrainian (r9#7, r10 trial): a letter typed
without Shift or Caps Lock (« &Édition » needed Caps Lock on AZERTY), taken by no page of
the main window (a label or button with the same letter wins over the menu: French Alt+D went
to « Emballer &dans » on the Evacuation page, not to « É&dition »)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import FAST_KDF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from fieldkit.gui.editors.mnemonics import mnemonic_of
from fieldkit.gui.main_window import MainWindow
from fieldkit.vault import Vault

# The letters of each language's own keyboard, typed without Shift (an accented capital is not).
KEYS = {
    "fr": "abcdefghijklmnopqrstuvwxyz",
    "ar": "ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ",
    "uk": "йцукенгшщзхїфівапролджєячсмитьбю",
}


def _shown_letters(window: MainWindow) -> set[str]:
    """The Alt letters of the labels (with a buddy) and buttons shown in the main window."""
    letters = set()
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisible():
            letters.add(mnemonic_of(label.text()))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            letters.add(mnemonic_of(button.text()))
    return {letter for letter in letters if letter}


def _every_page(window: MainWindow) -> list[tuple[str, set[str]]]:
    """Each section of the sidebar, and each tab of its tab widgets: its Alt letters."""
    out = []
    workspace = window.workspace
    for row in range(workspace.sidebar.count()):
        workspace.show_section(row)
        QApplication.processEvents()
        page: QWidget = workspace.pages.currentWidget()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        out.append((f"section {row}", _shown_letters(window)))
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                QApplication.processEvents()
                out.append((f"section {row} tab {index}", _shown_letters(window)))
    return out


@pytest.mark.parametrize("lang", ["fr", "ar", "uk"])
def test_the_edit_menu_has_a_typeable_alt_key_no_page_takes(
    lang: str,
    vault: Vault,
    qtbot,  # type: ignore[no-untyped-def]
    use_language: Callable[[str], object],
) -> None:
    use_language(lang)
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)  # built in the language
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.open_session(vault)
    try:
        edit = window.menuBar().actions()[1].text()
        letter = mnemonic_of(edit)
        assert letter is not None and letter in KEYS[lang], (edit, letter)
        taken = [where for where, letters in _every_page(window) if letter in letters]
        assert not taken, (edit, taken)
    finally:
        window.lock()
