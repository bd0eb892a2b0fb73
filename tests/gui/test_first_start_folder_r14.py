"""`fieldkit gui --vault FOLDER` on a first start, FOLDER not made yet (new-user trial r14 #1, #2).

Before: a warning box sent the GUI user to the command line (« créez un coffre avec
`fieldkit init` ») over the welcome screen, and « Créer un nouveau coffre… » then proposed
~/.local/share/FieldKit/vault, not the folder the app was started with: a hurried user made
the vault somewhere other than the folder they named.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FAST_KDF
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldkit.gui.main_window import WELCOME, MainWindow


def _boxes() -> list[QMessageBox]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture(autouse=True)
def no_box_left() -> Iterator[None]:
    yield
    for box in _boxes():  # a failing test's box must not be counted by the next one
        box.close()


def test_a_folder_not_made_yet_is_where_the_new_vault_is_proposed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wanted = tmp_path / "v1"
    window = MainWindow(wanted, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    try:
        assert _boxes() == []
        assert window.stack.currentIndex() == WELCOME
        note = window.welcome.note
        assert note.isVisible() and "v1" in note.text() and "fieldkit init" not in note.text()
        dialog = window.create_vault()
        assert Path(dialog.folder.text()) == wanted
        dialog.reject()
    finally:
        window.close()


def test_an_empty_folder_is_proposed_too_and_a_vault_opens_as_before(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, vault
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    window = MainWindow(empty, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    try:
        assert _boxes() == [] and window.stack.currentIndex() == WELCOME
        dialog = window.create_vault()
        assert Path(dialog.folder.text()) == empty
        dialog.reject()
    finally:
        window.close()
    opened = MainWindow(vault.path, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(opened)
    opened.show()
    try:
        assert opened.stack.currentIndex() != WELCOME and not opened.welcome.note.isVisible()
    finally:
        opened.close()


def test_a_folder_of_other_files_is_still_said_in_words_of_the_app(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "photos"
    other.mkdir()
    (other / "a.jpg").write_bytes(b"x")
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_unlock(other)
        boxes = _boxes()
        assert len(boxes) == 1
        text = boxes[0].text() + boxes[0].informativeText()
        assert "fieldkit init" not in text, text
        boxes[0].accept()
    finally:
        window.close()


def test_the_status_bar_keeps_a_mixed_script_name_whole(qtbot, tmp_path: Path, make_vault) -> None:  # type: ignore[no-untyped-def]
    """« فريق f3 » in the English status bar was drawn « f3 · key … فريق » (r14 trial 2 #12)."""
    vault, _ = make_vault(name="فريق f3")
    window = MainWindow(None, kdf=FAST_KDF, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_session(vault)
        text = window.identity_label.text()
        assert "\u2068فريق f3\u2069" in text, ascii(text)
        assert text.startswith("\u200e"), ascii(text)  # read left to right in English
    finally:
        window.lock()
        window.close()
