"""Walk the desktop app as a new user would and press everything.

On the demo vault: every page of the main window, every enabled button on it, every menu
action, and the editors' buttons. Dialogs that open are closed (Escape / Cancel / reject), so a
destructive action is confirmed-then-cancelled rather than carried out. The test fails on any
bug report (the "Sorry, something went wrong" apology, logged under ``fieldkit.bug``), on any
exception Qt reports from a slot, and on any window whose frame does not fit the usable screen
area (a 1366×768 laptop with a 48-pixel taskbar and a title bar: at most 1366×688 of client area),
and on any dialog whose OK, Cancel or Close button is not in a QDialogButtonBox (which puts
the buttons in the platform's order: OK first on Windows, last on GNOME and macOS).
Run it under a real X server too: ``QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1366x768x24"
pytest tests/gui/test_every_action.py``.
"""

from __future__ import annotations

import faulthandler
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from fieldkit.demo.collection import generate
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.main_window import MainWindow
from fieldkit.gui.models.record_table import RECORD_ID_ROLE
from fieldkit.gui.window_fit import usable_area
from fieldkit.vault import Vault

LAPTOP_CLIENT = QSize(1366, 688)
# Buttons and actions whose real effect would end the walk; they are pressed in their own
# tests. Their dialogs (shred, rekey, restore) are still opened and cancelled when reachable.
NOT_PRESSED = {"lockAction", "quitAction"}
# The first word of the buttons that end a dialog: they belong in its QDialogButtonBox.
LEAVING = {"OK", "Cancel", "Close"}


@dataclass
class Watcher:
    """Closes whatever modal window opens, and notes what it saw."""

    seen: list[str] = field(default_factory=list)
    too_big: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    loose_buttons: list[str] = field(default_factory=list)
    pressed: int = 0

    def check_size(self, window: QWidget) -> None:
        """The window, with a title bar, fits the screen's available area; and it could fit
        the laptop's (its minimum size is at most 1366×688)."""
        usable = usable_area(window.screen())
        size, minimum = window.size(), window.minimumSizeHint().expandedTo(window.minimumSize())
        name = f"{type(window).__name__} {window.objectName()!r}"
        if size.width() > usable.width() or size.height() > usable.height():
            self.too_big.append(
                f"{name}: {size.width()}×{size.height()} > {usable.width()}×{usable.height()}"
            )
        if not window.screen().availableGeometry().contains(window.frameGeometry()):
            self.too_big.append(f"{name}: frame {window.frameGeometry()} off the screen")
        if minimum.width() > LAPTOP_CLIENT.width() or minimum.height() > LAPTOP_CLIENT.height():
            self.too_big.append(f"{name}: cannot shrink below {minimum.width()}×{minimum.height()}")
        self.check_buttons(window)

    def check_buttons(self, window: QWidget) -> None:
        """A dialog's OK, Cancel and Close (on every one of its pages, shown or not) are in a
        QDialogButtonBox; a wizard's own Back/Next/Cancel row is laid out by QWizard itself."""
        if not isinstance(window, QDialog):
            return
        for button in window.findChildren(QPushButton):
            text = button.text().replace("&", "")
            if text.split(" ")[0] not in LEAVING:
                continue
            if isinstance(window, QWizard) and button is window.button(
                QWizard.WizardButton.CancelButton
            ):
                continue
            if not isinstance(button.parentWidget(), QDialogButtonBox):
                self.loose_buttons.append(f"{type(window).__name__}: {text!r}")

    def close_modal(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        self.seen.append(f"{type(widget).__name__}:{widget.objectName()}")
        self.check_size(widget)
        if widget.property("report_id"):
            self.apologies.append(str(widget.property("report_id")))
        if isinstance(widget, QMessageBox):
            button = widget.escapeButton() or widget.button(QMessageBox.StandardButton.Cancel)
            if button is None:
                button = widget.button(QMessageBox.StandardButton.No)
            if button is not None:
                button.click()
                return
        if isinstance(widget, QDialog | QFileDialog):
            widget.reject()
            return
        widget.close()


@pytest.fixture
def demo_window(window: MainWindow, vault: Vault) -> MainWindow:
    generate(vault, 30, seed=11)
    window.open_session(vault)
    return window


@pytest.fixture
def watcher(qtbot) -> Iterator[Watcher]:  # type: ignore[no-untyped-def]
    # A dialog the watcher cannot close would hang CI: dump the stacks and stop instead.
    faulthandler.dump_traceback_later(240, exit=True)
    found = Watcher()
    timer = QTimer()
    timer.setInterval(40)
    timer.timeout.connect(found.close_modal)
    timer.start()
    yield found
    timer.stop()
    faulthandler.cancel_dump_traceback_later()


def _close_new_windows(before: set[int], watcher: Watcher, qtbot) -> None:  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if id(widget) in before or not widget.isVisible():
            continue
        watcher.seen.append(f"{type(widget).__name__}:{widget.objectName()}")
        watcher.check_size(widget)
        if widget.property("report_id"):
            watcher.apologies.append(str(widget.property("report_id")))
        if isinstance(widget, RecordEditor):
            widget.discard_changes()
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
    qtbot.wait(20)


def _press(widget: QAbstractButton | QAction, watcher: Watcher, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    watcher.pressed += 1
    if isinstance(widget, QAction):
        widget.trigger()
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.wait(60)
    _close_new_windows(before, watcher, qtbot)


def _buttons(page: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in page.findChildren(QAbstractButton)
        if b.isVisibleTo(page) and b.isEnabled() and b.objectName() not in NOT_PRESSED
    ]


def _menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.menu() is None and not action.isSeparator() and action.isEnabled():
                if action.objectName() not in NOT_PRESSED and action not in found:
                    found.append(action)
    return found


def _assert_clean(watcher: Watcher, caplog: pytest.LogCaptureFixture) -> None:
    print(f"pressed {watcher.pressed}, windows seen: {', '.join(watcher.seen)}")
    bugs = [r.getMessage() for r in caplog.records if r.name == "fieldkit.bug"]
    assert bugs == [] and watcher.apologies == []
    assert "\n".join(watcher.too_big) == ""
    assert sorted(set(watcher.loose_buttons)) == []


def test_every_page_and_button_of_the_main_window(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, watcher: Watcher, qtbot, caplog
) -> None:
    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    watcher.check_size(demo_window)
    workspace = demo_window.workspace
    for section in range(workspace.pages.count()):
        workspace.show_section(section)
        qtbot.wait(30)
        page = workspace.pages.currentWidget()
        for button in _buttons(page):
            if demo_window.session is None:
                break
            _press(button, watcher, qtbot)
        assert demo_window.session is not None, f"section {section} locked the vault"
    _assert_clean(watcher, caplog)


def test_every_menu_action(demo_window: MainWindow, watcher: Watcher, qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    demo_window.workspace.object_page.table.selectRow(0)
    for action in _menu_actions(demo_window):
        _press(action, watcher, qtbot)
        assert demo_window.session is not None, action.objectName()
    _assert_clean(watcher, caplog)


def test_every_button_of_both_editors(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, watcher: Watcher, qtbot, caplog
) -> None:
    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    workspace = demo_window.workspace
    session = demo_window.session
    assert session is not None
    object_id = workspace.objects.index(0, 0).data(RECORD_ID_ROLE)
    assert object_id
    # New editors, and an existing object's (Delete…, Restore this version…: asked, cancelled).
    for open_editor in (
        workspace.new_object,
        lambda: workspace.new_damage(object_id),
        lambda: workspace.open_object(object_id),
    ):
        editor = open_editor()
        assert editor is not None
        watcher.check_size(editor)
        for button in _buttons(editor):
            if not editor.isVisible():
                break
            _press(button, watcher, qtbot)
        editor.discard_changes()
        editor.close()
    _assert_clean(watcher, caplog)
    assert not session.records.get(object_id).deleted  # the deletion was asked, then cancelled


@pytest.fixture
def custody_window(window: MainWindow, vault: Vault) -> MainWindow:
    """The demo collection with an evacuation under way (a crate in transit, packed objects)."""
    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    from .test_evacuation_checkin import evacuation

    generate(vault, 30, seed=11)
    if not Records(vault).count(F.CONTAINER):  # a demo without its evacuation: add one
        evacuation(vault, n=6)
    window.open_session(vault)
    return window


def test_every_tab_editor_and_dialog_of_the_chain_of_custody(  # type: ignore[no-untyped-def]
    custody_window: MainWindow, watcher: Watcher, qtbot, caplog
) -> None:
    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    sections = custody_window.custody
    session = custody_window.session
    assert session is not None
    evacuation_page = sections.evacuation
    custody_window.workspace.show_section(sections.evacuation_row)
    evacuation_page.priority.selectRow(0)
    evacuation_page.containers.selectRow(0)
    for tab in range(evacuation_page.tabs.count()):
        evacuation_page.tabs.setCurrentIndex(tab)
        if tab == 1:
            evacuation_page.movements.selectRow(0)
        qtbot.wait(30)
        for button in _buttons(evacuation_page.tabs.currentWidget()):
            _press(button, watcher, qtbot)
    custody_window.workspace.show_section(sections.locations_row)
    sections.locations.containers.selectRow(0)
    for button in _buttons(sections.locations):
        _press(button, watcher, qtbot)
    container = session.records.resolve("C-001")
    location = session.records.resolve("TS-1")
    for open_editor in (
        lambda: sections.open_container(container),
        lambda: sections.open_location(location),
        lambda: sections.open_container(""),
        lambda: sections.open_location(""),
    ):
        editor = open_editor()
        assert editor is not None
        watcher.check_size(editor)
        for button in _buttons(editor):
            if not editor.isVisible():
                break
            _press(button, watcher, qtbot)
        editor.discard_changes()
        editor.close()
    for open_dialog in (sections.show_handovers, lambda: sections.hand_over([container])):
        dialog = open_dialog()
        assert dialog is not None
        watcher.check_size(dialog)
        for button in _buttons(dialog):
            if not isValid(dialog) or not dialog.isVisible():
                break  # Close (or Cancel) was pressed: the dialog is gone
            _press(button, watcher, qtbot)
        if isValid(dialog):
            dialog.reject()
    _assert_clean(watcher, caplog)
    assert not session.records.get(container).deleted  # the deletion was asked, then cancelled


def test_every_button_of_the_export_records_dialog(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, watcher: Watcher, qtbot, caplog, tmp_path
) -> None:
    """File → Export records…: every option pressed, then a real export to the end."""
    from fieldkit.gui.export_records_dialog import ExportRecordsDialog

    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    # The menu opens it window-modal (the menu walk above closes it); shown modeless here so
    # that the watcher closes only the file dialogs its buttons open.
    assert demo_window.session is not None
    dialog = ExportRecordsDialog(demo_window.session, demo_window)
    dialog.show()
    watcher.check_size(dialog)
    for button in _buttons(dialog.pages.widget(0)):
        if button.objectName() in ("startExportRecords", "cancelExportRecords"):
            continue
        _press(button, watcher, qtbot)
    dialog.format_radios["lido"].setChecked(True)
    dialog.destination.setText(str(tmp_path / "records.xml"))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.objects == 30
    assert (tmp_path / "records.xml").is_file()
    dialog.close_button.click()
    _assert_clean(watcher, caplog)


def test_every_button_of_the_add_sync_target_dialog_both_kinds(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, watcher: Watcher, qtbot, caplog
) -> None:
    """Folder and S3 storage: every button pressed (Test connection against a closed port:
    it answers on a worker, the dialog stays usable), and the dialog fits the laptop screen."""
    from fieldkit.gui.bundles.sync_target_dialog import S3_KIND, AddTargetDialog

    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    session = demo_window.session
    assert session is not None
    for kind in (0, S3_KIND):
        dialog = AddTargetDialog(session, demo_window)
        dialog.show()
        dialog.kind.setCurrentIndex(kind)
        if kind == S3_KIND:
            dialog.endpoint.setText("http://127.0.0.1:9")  # discard: nothing listens
            dialog.bucket.setText("museum-sync")
            dialog.access_key.setText("AKIAEXAMPLE")
            dialog.secret.setText("example-secret")
        watcher.check_size(dialog)
        for button in _buttons(dialog):
            if button is dialog.add_button or not dialog.isVisible():
                continue
            _press(button, watcher, qtbot)
            qtbot.waitUntil(lambda d=dialog: d.test_worker is None, timeout=30_000)
        if kind == S3_KIND:
            assert "not reachable" in dialog.test_result.text()
        dialog.reject()
    _assert_clean(watcher, caplog)


def test_the_dialogs_the_walk_does_not_reach_have_their_buttons_in_a_button_box(  # type: ignore[no-untyped-def]
    window: MainWindow, vault: Vault, tmp_path, qtbot
) -> None:
    """Opened directly: creating and restoring a vault, a new passphrase after the recovery
    key, trusting, comparing and renaming a key (the walk has no card file to offer)."""
    from conftest import FAST_KDF
    from peers import Peer

    from fieldkit.gui.create_vault import CreateVaultDialog
    from fieldkit.gui.new_passphrase import NewPassphraseDialog
    from fieldkit.gui.restore_dialog import RestoreDialog
    from fieldkit.gui.trust_dialogs import AddCardDialog, CompareDialog, RenameDialog
    from fieldkit.identity import trust

    window.open_session(vault)
    session = window.session
    assert session is not None
    other = Peer(tmp_path, "amira")
    with vault.transaction() as db:
        key = trust.add(db, other.card, name="Amira", role=other.card.role)
    dialogs: list[QDialog] = [
        CreateVaultDialog(window, kdf=FAST_KDF),
        RestoreDialog(window),
        NewPassphraseDialog(vault, window, kdf=FAST_KDF),
        AddCardDialog(session, other.card, window),
        CompareDialog(session, key, window),
        RenameDialog(session, key, window),
    ]
    watcher = Watcher()
    for dialog in dialogs:
        assert dialog.findChildren(QDialogButtonBox), type(dialog).__name__
        watcher.check_buttons(dialog)
        dialog.deleteLater()
    assert sorted(set(watcher.loose_buttons)) == []
    other.vault.close()


def test_every_button_of_the_possible_duplicates_page(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, watcher: Watcher, qtbot, caplog
) -> None:
    """Both tabs, every button (same, not the same, keep the other one, skip, previous, undo,
    look again, undo the selected decision) on the demo collection with two planted pairs."""
    from fieldkit.records import fields as F

    caplog.set_level(logging.ERROR, logger="fieldkit.bug")
    session = demo_window.session
    assert session is not None
    for number in ("DUP 2020.1", "dup-2020-01", "DUP 2020.2", "DUP-2020-002"):
        session.records.create(F.OBJECT, {"inventory_number": number, "title": "Planted"})
    section = demo_window.duplicates
    page = section.page
    demo_window.workspace.show_section(section.row)
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert len(page.pairs) >= 2
    watcher.check_size(demo_window)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        if tab == 1:
            page.decisions.selectRow(0)
        qtbot.wait(30)
        for button in _buttons(page.tabs.currentWidget()):
            if not button.isVisible() or not button.isEnabled():
                continue  # an earlier press (a decision, Undo) changed what is offered
            _press(button, watcher, qtbot)
            qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert demo_window.session is not None
    _assert_clean(watcher, caplog)
