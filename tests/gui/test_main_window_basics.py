"""The main window says which vault it shows, goes to pages by keyboard, and has an About box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.workspace import OBJECTS, PEOPLE, SETTINGS
from fieldkit.records import fields as F
from fieldkit.vault import Vault


def test_the_title_names_the_vault(window: MainWindow, vault: Vault) -> None:
    assert window.windowTitle() == "FieldKit"
    window.open_session(vault)
    assert window.windowTitle() == f"{vault.path.name} — FieldKit"
    window.lock()
    assert window.windowTitle() == f"{vault.path.name} — FieldKit"


def test_ctrl_and_a_digit_goes_to_each_page(unlocked: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    unlocked.activateWindow()
    qtbot.waitUntil(unlocked.isActiveWindow)
    for row in (PEOPLE, SETTINGS, OBJECTS):
        qtbot.keyClick(unlocked, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert unlocked.workspace.pages.currentIndex() == row
    unlocked.lock()
    assert not any(action.isEnabled() for action in unlocked.go_actions)


def test_about_names_version_licence_vault_and_logs(unlocked: MainWindow) -> None:
    box = unlocked.show_about()
    text = box.text()
    assert "Apache" in text and str(unlocked.vault_path) in text and "log" in text.lower()
    box.close()


def test_new_damage_report_from_the_toolbar_is_about_the_selected_object(
    unlocked: MainWindow,
) -> None:
    session = unlocked.session
    assert session is not None
    session.records.create(F.OBJECT, {"inventory_number": "S-1", "title": "Stele"})
    unlocked.workspace.data_changed()
    page = unlocked.workspace.object_page
    page.table.selectRow(0)
    unlocked.new_damage_action.trigger()
    editor = unlocked.workspace.editors[-1]
    assert isinstance(editor, DamageEditor)
    assert editor.inputs["object_id"].raw() == "S-1"  # shown by number, saved as the id
    editor.close()


def test_group_titles_show_their_ampersand(unlocked: MainWindow) -> None:
    editor = unlocked.workspace.new_object()
    titles = [box.title() for box in editor.findChildren(QGroupBox)]
    assert any("&&" in title for title in titles)  # shown as a single "&", not a mnemonic
    editor.close()
