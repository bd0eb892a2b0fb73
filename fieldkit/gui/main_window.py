"""The main window: welcome, unlock and workspace screens, menus, search, status bar, locking."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldkit import __version__, logs
from fieldkit.crypto.kdf import Argon2Params
from fieldkit.errors import FieldKitError, VaultNotFoundError
from fieldkit.gui import settings
from fieldkit.gui.bundles.verify_dialog import VerifyDialog
from fieldkit.gui.create_vault import CreateVaultDialog
from fieldkit.gui.custody_sections import CustodySections
from fieldkit.gui.duplicates_section import DuplicatesSection
from fieldkit.gui.editors.mnemonics import assign_mnemonics
from fieldkit.gui.errors import show_error
from fieldkit.gui.help_guide import HelpGuide
from fieldkit.gui.idle import IdleWatcher
from fieldkit.gui.new_passphrase import NewPassphraseDialog
from fieldkit.gui.people_names import isolated, reading_order
from fieldkit.gui.report_dialog import DAMAGE as DAMAGE_REPORT
from fieldkit.gui.report_dialog import INVENTORY, OBJECT_ID
from fieldkit.gui.report_dialog import available as reports_available
from fieldkit.gui.restore_dialog import RestoreDialog
from fieldkit.gui.session import Session
from fieldkit.gui.trust_dialogs import fingerprint_text
from fieldkit.gui.unlock import UnlockScreen
from fieldkit.gui.welcome import WelcomeScreen
from fieldkit.gui.widgets import ltr_path
from fieldkit.gui.workspace import (
    OBJECTS,
    SECTIONS,
    SETTINGS,
    Workspace,
    editor_for_draft,
    section_title,
)
from fieldkit.i18n import localise
from fieldkit.records import csv_batches, drafts
from fieldkit.records import fields as F
from fieldkit.self_test import shipped_licences
from fieldkit.vault import Vault, vault_summary
from fieldkit.vault.header import HEADER_NAME
from fieldkit.vault.paths import default_vault_path

SEARCH_DELAY_MS = 250
WELCOME, UNLOCK, WORKSPACE = 0, 1, 2


def _absent_or_empty(folder: Path) -> bool:
    """Nothing there yet: where a new vault may be made (a folder of other files is not)."""
    try:
        return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))
    except OSError:
        return False


# Qt's own text of the message box's details button, looked up in Qt's catalogue (a tuple, not
# literals: lupdate would copy Qt's string into ours).
_DETAILS_BUTTON = ("QMessageBox", "Show Details...")


def _alt_letter(text: str) -> int | None:
    """Index of the letter after the lone "&" of ``text`` ("&&" is a literal ampersand)."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return index + 1
            index += 2
        else:
            index += 1
    return None


def give_alt_letters(actions: list[QAction]) -> None:
    """Give each entry of one menu its own Alt letter, in the language shown.

    A translation can leave an entry without one or two entries with the same (Arabic « ا&ستيراد
    حزم… » and « تصدير ال&سجلات… »; new-user trial r14 #14: « Verify bundles… » had none): with
    none the entry cannot be reached by keyboard, with a clash Alt+letter only moves between the
    two. The first entry keeps its letter; the others get the first free letter of their text.
    """
    used: set[str] = set()
    for action in actions:
        if action.isSeparator() or (action.menu() is not None and not action.text()):
            continue
        text = action.text()
        at = _alt_letter(text)
        if at is not None and text[at].casefold() not in used:
            used.add(text[at].casefold())
            continue
        plain = text if at is None else text[: at - 1] + text[at:]
        index = 0
        while index < len(plain):
            char = plain[index]
            if char == "&":  # "&&": a shown ampersand, never a mnemonic
                index += 2
                continue
            if char.isalnum() and char.casefold() not in used:
                used.add(char.casefold())
                action.setText(plain[:index] + "&" + plain[index:])
                break
            index += 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        vault_path: Path | None = None,
        *,
        kdf: Argon2Params | None = None,
        idle_minutes: float | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("FieldKit")
        self.kdf = kdf
        self.session: Session | None = None
        self.vault_path: Path | None = None
        self._proposed_folder: Path | None = None  # see _start
        self._saved_state: dict[str, Any] | None = None
        self.drafts_prompt: QMessageBox | None = None
        self.interrupted_box: QMessageBox | None = None
        self.welcome = WelcomeScreen(self)
        self.unlock_screen = UnlockScreen(self)
        self.workspace = Workspace(self, kdf=kdf)
        self._lock_pending = False
        self.verify_dialog: VerifyDialog | None = None
        self.stack = QStackedWidget(self)
        for screen in (self.welcome, self.unlock_screen, self.workspace):
            self.stack.addWidget(screen)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self._build_status_bar()
        self.idle = IdleWatcher(
            idle_minutes if idle_minutes is not None else settings.idle_minutes(), self
        )
        self.idle.idle.connect(self.lock)
        self.welcome.create_requested.connect(self.create_vault)
        self.welcome.open_requested.connect(self.show_unlock)
        self.welcome.restore_requested.connect(self.restore_vault)
        self.welcome.verify_requested.connect(self.verify_without_vault)
        self.workspace.shredded.connect(self._shredded_while_open)
        self.workspace.idle_minutes_changed.connect(self._idle_minutes_changed)
        self.workspace.keys_busy_changed.connect(self._keys_busy_changed)
        self.workspace.object_page.import_requested.connect(lambda: self.import_spreadsheet())
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.unlock_screen.back_requested.connect(self.show_welcome)
        self.unlock_screen.shredded.connect(self._shredded)
        self.resize(1280, 760)
        self._start(vault_path)

    # --- building ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[..., object],
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _other_menus(self, go_menu: QMenu) -> list[QMenu]:
        """The menus other modules add (Custody, Reports), not the Go menu: its page titles get
        their letters with the editors' rule (a word's first letter), in _build_actions."""
        menus = []
        for action in self.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and menu is not go_menu:
                menus.append(menu)
        return menus

    def _build_actions(self) -> None:
        self.new_object_action = self._action(
            self.tr("&New object"),
            QKeySequence.StandardKey.New,
            self.workspace.new_object,
            "newObjectAction",
        )
        # From an editor too: there Ctrl+N did nothing, and what the user typed next for the
        # "new" object went into the one just saved.
        self.new_object_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_damage_action = self._action(
            self.tr("New &damage report"),
            "Ctrl+Shift+N",
            self._new_damage_for_selection,
            "newDamageAction",
        )
        self.save_action = self._action(
            self.tr("&Save open editors"),
            QKeySequence.StandardKey.Save,
            self.save_all,
            "saveAction",
        )
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock, "lockAction")
        # Works from every window of the app (editors, photo viewers): one keystroke to lock.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "quitAction"
        )
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search, "findAction"
        )
        self.export_action = self._action(
            self.tr("&Export a bundle…"), "Ctrl+E", self.workspace.export_bundle, "exportAction"
        )
        self.import_action = self._action(
            self.tr("&Import bundles…"),
            "Ctrl+I",
            lambda: self.workspace.import_bundles(None),
            "importAction",
        )
        self.verify_action = self._action(
            self.tr("&Verify bundles…"), None, self.verify_bundles, "verifyAction"
        )
        self.import_csv_action = self._action(
            self.tr("Import a s&preadsheet (CSV)…"),
            None,
            lambda: self.import_spreadsheet(),  # not the action's "checked" as the file
            "importSpreadsheetAction",
        )
        self.export_records_action = self._action(
            self.tr("Export &records (LIDO, Linked Art, CSV)…"),
            None,
            self.export_records,
            "exportRecordsAction",
        )
        self.settings_action = self._action(
            self.tr("Vault &settings"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.workspace.show_section(SETTINGS),
            "settingsAction",
        )
        self.report_actions = [
            self._action(
                self.tr("&Object ID sheet of the selected object…"),
                None,
                lambda: self.workspace.report(OBJECT_ID),
                "objectIdReportAction",
            ),
            self._action(
                self.tr("&Damage report of the selected report…"),
                None,
                lambda: self.workspace.report(DAMAGE_REPORT),
                "damageReportAction",
            ),
            self._action(
                self.tr("&Evacuation and inventory list…"),
                None,
                lambda: self.workspace.report(INVENTORY),
                "inventoryReportAction",
            ),
        ]
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_object_action)
        file_menu.addAction(self.new_damage_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.import_csv_action)
        file_menu.addAction(self.export_records_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.setObjectName("goMenu")
        self.go_actions: list[QAction] = []
        for row, title in enumerate(SECTIONS):
            action = self._action(
                # Its Alt letter and the "&&" of "Bundles & sync" are given below.
                section_title(title),
                f"Ctrl+{row + 1}",
                lambda _checked=False, row=row: self.workspace.show_section(row),
                f"goAction{row + 1}",
            )
            go_menu.addAction(action)
            self.go_actions.append(action)
        self.custody = CustodySections(self, go_menu)  # Evacuation, Locations, Custody menu
        self.duplicates = DuplicatesSection(self, go_menu)  # Possible duplicates
        # Alt, G, then a page's letter, as in the other menus (its Ctrl+digit key stays): the
        # page titles had none. A word's first letter where free, as in the editors' labels;
        # a lone "&" of a title ("Bundles & sync") is escaped, not taken for the mnemonic.
        go_entries = [action for action in go_menu.actions() if not action.isSeparator()]
        lettered = assign_mnemonics([action.text() for action in go_entries])
        for action, text in zip(go_entries, lettered, strict=True):
            action.setText(text)
        if reports_available():
            reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
            for action in self.report_actions:
                reports_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About FieldKit"), None, self.show_about, "aboutAction"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.guide_action = self._action(self.tr("&Guide…"), "F1", self.show_guide, "guideAction")
        # F1 from an editor or dialog of the app too, as the other global keys.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, help_menu, *self._other_menus(go_menu)):
            give_alt_letters(menu.actions())
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.new_object_action)
        self.toolbar.addAction(self.new_damage_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.import_action)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(420)
        self.search.setMinimumWidth(220)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.setToolTip(
            self.tr("Searches objects and damage reports at once. Esc clears the search.")
        )
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._escape_search)
        self.workspace.search_cleared.connect(self._empty_search_box)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self.search.returnPressed.connect(self.custody.open_scanned)  # a scanned code opens
        self._set_unlocked_ui(False)

    def _build_status_bar(self) -> None:
        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("statusVault")
        self.identity_label = QLabel(self)
        self.identity_label.setObjectName("statusIdentity")
        # Permanent: a passing message must not hide which vault is open.
        self.statusBar().addPermanentWidget(self.vault_label)
        self.statusBar().addPermanentWidget(self.identity_label)

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        for action in (
            self.new_object_action,
            self.new_damage_action,
            self.lock_action,
            self.find_action,
            self.save_action,
            self.export_action,
            self.import_action,
            self.import_csv_action,
            self.settings_action,
            *self.report_actions,
            *self.go_actions,
            *self.custody.actions,
            *self.duplicates.actions,
        ):
            action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.search.setEnabled(unlocked)

    # --- screens -----------------------------------------------------------------------------

    def _start(self, vault_path: Path | None) -> None:
        if vault_path is not None:
            path = Path(vault_path)
            if not (path / HEADER_NAME).exists() and _absent_or_empty(path):
                # A first start on a folder named for the new vault (`fieldkit gui --vault X`):
                # no error box sending a GUI user to the command line; Create proposes X
                # (new-user trial r14 #1, #2: the vault was made in the default folder instead).
                self._proposed_folder = path
                self.welcome.set_note(
                    self.tr(
                        "There is no vault in {folder} yet. “Create a new vault…” makes one there."
                    ).format(folder=ltr_path(str(path)))
                )
                self.show_welcome()
                return
            self.show_unlock(path)
            return
        for candidate in [*settings.recent_vaults(), default_vault_path()]:
            if (candidate / HEADER_NAME).exists():
                self.show_unlock(candidate)
                return
        self.show_welcome()

    def _set_title(self, vault: Path | None) -> None:
        # The folder's name, as the user chose it: several vaults (own, demo, a colleague's
        # restored backup) must not be told apart by the status bar alone.
        if vault is None:
            self.setWindowTitle("FieldKit")
        else:
            self.setWindowTitle(self.tr("{vault} — FieldKit").format(vault=vault.name))

    def show_welcome(self) -> None:
        proposed = self._proposed_folder
        if proposed is not None and not _absent_or_empty(proposed):
            # The vault was made there since (or other files came): the note would be untrue.
            self._proposed_folder = None
            self.welcome.set_note("")
        self._set_title(None)
        self.welcome.refresh_recent()
        self.stack.setCurrentIndex(WELCOME)
        self.welcome.create_button.setFocus()

    def show_unlock(self, path: Path) -> None:
        path = Path(path)
        try:
            summary = vault_summary(path)
        except VaultNotFoundError as exc:
            # The core's hint names `fieldkit init`; here the way is the welcome screen's button.
            show_error(
                self,
                VaultNotFoundError(
                    exc.template,
                    self.tr("Check the folder, or make a vault with “Create a new vault…”."),
                    **exc.params,
                ),
            )
            self.show_welcome()
            return
        except FieldKitError as exc:
            show_error(self, exc)
            self.show_welcome()
            return
        if summary.get("shredded"):
            show_error(
                self,
                VaultNotFoundError(
                    self.tr("This vault was shredded: nobody can open it any more."),
                    self.tr("Restore a backup if you have one."),
                ),
            )
            settings.forget_vault(path)
            self.show_welcome()
            return
        self.vault_path = path
        self._set_title(path)
        self.unlock_screen.set_vault(path)
        if summary.get("demo"):
            self.unlock_screen.folder_label.setText(
                self.unlock_screen.folder_label.text()
                + "\n"
                + self.tr(
                    "This is a demo vault: its passphrase is “demo” unless you chose another."
                )
            )
        self.stack.setCurrentIndex(UNLOCK)
        self.unlock_screen.passphrase.setFocus()

    def create_vault(self) -> CreateVaultDialog:
        default = default_vault_path()
        proposed = self._proposed_folder
        if proposed is None or (proposed / HEADER_NAME).exists() or not _absent_or_empty(proposed):
            proposed = None if default.exists() else default
        dialog = CreateVaultDialog(self, default_folder=proposed, kdf=self.kdf)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: CreateVaultDialog) -> None:
        if dialog.vault is not None:
            self.open_session(dialog.vault)

    def restore_vault(self) -> RestoreDialog:
        dialog = RestoreDialog(self)
        dialog.accepted.connect(lambda: self.open_session(dialog.vault) if dialog.vault else None)
        dialog.open()
        return dialog

    def verify_without_vault(self) -> VerifyDialog:
        """The auditor's way in: verify bundles from the welcome screen; no vault is opened."""
        return self._open_verify(None)

    def export_records(self) -> QWidget | None:
        """File → Export records…: LIDO, Linked Art or CSV for heritage systems."""
        from fieldkit.gui.export_records_dialog import ExportRecordsDialog

        if self.session is None:
            return None
        return self.workspace._track_dialog(ExportRecordsDialog(self.session, self))

    def import_spreadsheet(self, path: Path | None = None) -> QWidget | None:
        """File → Import a spreadsheet…: objects from an inventory saved as CSV, as
        ``fieldkit object import-csv`` brings them in."""
        from fieldkit.gui.csv_import_dialog import CsvImportDialog

        if self.session is None:
            return None
        dialog = CsvImportDialog(self.session, self, path)
        dialog.imported.connect(lambda _result: self.workspace.data_changed())
        dialog.show_records.connect(self._show_imported)
        self.workspace._track_dialog(dialog)
        return dialog

    def _show_imported(self, ids: list[str]) -> None:
        """The object list with nothing hiding the new objects (no search, no filter), the
        first of them selected when it is among the list's first rows."""
        self.workspace.show_section(OBJECTS)
        self.workspace.show_all()
        page = self.workspace.object_page
        page.model.refresh()
        # The first new object among the first rows (one page the list reads anyway), so that
        # the list opens on one of them rather than wherever it was.
        new = set(ids)
        model = page.model
        for row in range(min(model.rowCount(), model.page_size)):
            view = model.record_at(row)
            if view is not None and view.record_id in new:
                page.table.setCurrentIndex(model.index(row, 0))
                break
        page.table.setFocus()
        self.statusBar().showMessage(
            self.tr("%n object(s) imported from the spreadsheet.", "", len(ids)), 10_000
        )

    def verify_bundles(self) -> VerifyDialog:
        """Verify with the open vault (its key inspects bundles addressed to it), else without."""
        if self.session is not None:
            dialog = self.workspace.verify_bundles()
            if dialog is not None:
                return dialog
        return self._open_verify(None)

    def _open_verify(self, session: Session | None) -> VerifyDialog:
        dialog = VerifyDialog(session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _c: setattr(self, "verify_dialog", None))
        self.verify_dialog = dialog
        dialog.open()
        return dialog

    def _unlocked(self, vault: Vault, via_recovery_key: bool) -> None:
        if not via_recovery_key:
            self.open_session(vault)
            return
        dialog = NewPassphraseDialog(vault, self, kdf=self.kdf)
        dialog.finished.connect(lambda _code: self.open_session(vault))
        dialog.open()

    def _shredded(self, path: Path) -> None:
        settings.forget_vault(path)
        self.vault_path = None
        self.statusBar().showMessage(
            self.tr("The vault was shredded: its keys are destroyed."), 10_000
        )
        self.show_welcome()

    def _shredded_while_open(self, path: Path) -> None:
        """Shredded from the vault settings: close everything; the keys are gone."""
        session, self.session = self.session, None
        if session is not None:
            self.idle.stop()
            self._search_timer.stop()
            self._saved_state = None
            self.workspace.lock()
            self.custody.set_session(None)
            self.duplicates.set_session(None)
            session.close()
            self.vault_label.clear()
            self.identity_label.clear()
            self._set_unlocked_ui(False)
        self._shredded(path)

    def _idle_minutes_changed(self, minutes: float) -> None:
        self.idle.set_minutes(minutes)
        if self.session is not None:
            self.idle.start()

    def _keys_busy_changed(self, busy: bool) -> None:
        # The idle timer keeps running while the keys are changed: lock() then waits for the
        # change, and hides a new recovery key left on screen meanwhile (r11 UI trial 2 #1).
        if busy:
            return
        if self._lock_pending:
            self._lock_pending = False
            self.lock()

    # --- unlocked ----------------------------------------------------------------------------

    def open_session(self, vault: Vault) -> None:
        try:
            self._open_session(vault)
        except Exception as exc:
            # A damaged page or a failing drive met by the first reads: nothing stays open
            # behind the unlock screen (its lock would make a retry say "open elsewhere").
            session, self.session = self.session, None
            with contextlib.suppress(Exception):
                self.workspace.lock()
            self.custody.set_session(None)
            self.duplicates.set_session(None)
            if session is not None:
                session.close()
            vault.close()
            show_error(self, exc)
            self.show_unlock(vault.path)

    def _open_session(self, vault: Vault) -> None:
        self.session = Session(vault)
        self.vault_path = vault.path
        self._set_title(vault.path)
        settings.remember_vault(vault.path)
        self.workspace.set_session(self.session, self._saved_state)
        self.custody.set_session(self.session)
        self.duplicates.set_session(self.session)
        self._saved_state = None
        identity = self.session.identity
        short = " ".join(identity.display_fingerprint.split()[:2])
        self.vault_label.setText(self.tr("Vault: {name}").format(name=vault.path.name))
        self.vault_label.setToolTip(str(vault.path))
        name = identity.name
        if vault.header.demo and name == "Demo vault":  # the name `fieldkit demo` gives it
            name = self.tr("Demo vault")
        self.identity_label.setText(
            # The fingerprint's groups kept in order inside a right-to-left line (isolate); the
            # name isolated and the line in the language's direction: « فريق f3 » in English
            # was drawn « coord · key فريق » apart (r14 trial 2 #12).
            reading_order(
                self.tr("{name} · key {fingerprint}").format(
                    name=isolated(name), fingerprint=f"\u2066{short}\u2069"
                )
            )
        )
        self.identity_label.setToolTip(
            self.tr("Your fingerprint: {fp}").format(
                fp=fingerprint_text(identity.display_fingerprint)
            )
        )
        self._set_unlocked_ui(True)
        self.stack.setCurrentIndex(WORKSPACE)
        self.idle.start()
        for warning in vault.warnings:
            self.statusBar().showMessage(localise(warning), 20_000)
        current = self.workspace.current_list()
        if current is not None:
            current.table.setFocus()
        self._offer_drafts()
        self._tell_interrupted_import()

    def _tell_interrupted_import(self) -> None:
        """A spreadsheet import cut short (a power cut, a killed app) kept nothing, and
        nothing said so: the user believed the file was in (r12 trial #8). Said once."""
        if self.session is None:
            return
        found = csv_batches.interrupted(self.session.records)
        if found is None:
            return
        with contextlib.suppress(FieldKitError):  # a read-only disk: said again next time
            csv_batches.forget_running(self.session.records)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Spreadsheet import interrupted"),
            localise(csv_batches.interrupted_message(found)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("interruptedImport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.interrupted_box = box
        box.finished.connect(lambda _c: setattr(self, "interrupted_box", None))
        box.open()

    def _offer_drafts(self) -> None:
        if self.session is None:
            return
        pending = [
            d for d in drafts.all_drafts(self.session.vault) if editor_for_draft(d.kind) is not None
        ]
        if not pending:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved edits"),
            self.tr(
                "%n edit(s) were not saved when FieldKit last locked, closed or stopped. "
                "They were kept, encrypted. Reopen them now?",
                "",
                len(pending),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("draftsPrompt")
        self.reopen_button = box.addButton(self.tr("&Reopen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.reopen_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.workspace.reopen_drafts() if button is self.reopen_button else None
        )
        box.finished.connect(lambda _c: setattr(self, "drafts_prompt", None))
        self.drafts_prompt = box
        box.open()

    def save_all(self) -> int:
        """Save every open editor with changes (Ctrl+S in an editor saves just that one)."""
        saved = sum(1 for e in list(self.workspace.editors) if e.dirty and e.save())
        if saved:
            self.statusBar().showMessage(self.tr("Saved %n record(s).", "", saved), 5000)
        return saved

    def focus_search(self) -> None:
        if self.session is not None:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.workspace.set_search(self.search.text())

    def _escape_search(self) -> None:
        """Esc in the search box: clear the search everywhere; on an empty box, back to the
        list."""
        if self.search.text().strip() or self.workspace.search_text:
            self.workspace.clear_search()  # empties the box through search_cleared
            return
        current = self.workspace.current_list()
        if current is not None:
            current.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _empty_search_box(self) -> None:
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def _new_damage_for_selection(self) -> None:
        """A damage report about the object selected on the Objects page, if one is."""
        object_id = None
        if self.workspace.pages.currentIndex() == OBJECTS:
            object_id = self.workspace.selected_record(F.OBJECT)
        self.workspace.new_damage(object_id)

    def show_guide(self) -> HelpGuide:
        folder = str(self.vault_path) if self.vault_path else self.tr("none open")
        guide = HelpGuide(folder, self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.open()
        return guide

    def show_about(self) -> QMessageBox:
        vault = str(self.vault_path) if self.vault_path else self.tr("none open")
        text = self.tr(
            "<h3>FieldKit {version}</h3>"
            "<p>Documents museum collections and the damage they suffer, offline, in an "
            "encrypted vault; exchanges signed, encrypted bundles.</p>"
            "<p>Licence: Apache License 2.0. Fonts: Noto Sans and Noto Sans Arabic (SIL Open "
            "Font License). The licences of Qt (LGPL-3.0), SQLCipher and the other software "
            "FieldKit carries: {details}.</p>"
            "<p>Vault: {vault}<br>Logs (no record text, places or passphrases): {logs}</p>"
        ).format(
            # The button's own words (Qt's translation, « Montrer les détails… » in French),
            # not a second wording of them (new-user trial r14 #15).
            details=html.escape(
                QCoreApplication.translate(*_DETAILS_BUTTON).replace("&", "").rstrip(".… ")
            ),
            version=html.escape(__version__),
            vault=html.escape(vault),
            logs=html.escape(str(logs.log_dir())),
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About FieldKit"),
            text,
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("aboutDialog")
        try:
            licences = shipped_licences()
            box.setDetailedText(licences["LICENSE"] + "\n\n" + licences["THIRD-PARTY-NOTICES"])
        except OSError:  # a source checkout without its licence files: the summary stays
            pass
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        return box

    def lock(self) -> None:
        """Keep drafts, empty every model, close the vault and show the unlock screen."""
        if self.session is None:
            return
        if self.workspace.keys_busy:
            # Closing the vault now would break the key change half-way: lock right after it,
            # and hide the new key the change may be showing (it waits for its confirmation).
            self._lock_pending = True
            self.workspace.hide_secrets()
            self.statusBar().showMessage(
                self.tr("Locking as soon as the keys are changed…"), 10_000
            )
            return
        self.idle.stop()
        self._search_timer.stop()
        self._saved_state = self.workspace.view_state()
        if self.drafts_prompt is not None:
            self.drafts_prompt.close()
        self.workspace.lock()
        self.custody.set_session(None)
        self.duplicates.set_session(None)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        session, self.session = self.session, None
        session.close()
        self.vault_label.clear()
        self.identity_label.clear()
        self._set_unlocked_ui(False)
        self.show_unlock(session.path)

    @property
    def locked(self) -> bool:
        return self.session is None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace.keys_busy:
            event.ignore()  # the vault's keys are being changed: closing now would break it
            self.statusBar().showMessage(self.tr("Wait until the keys are changed."), 10_000)
            return
        if self.session is not None:
            self.lock()
        self.idle.stop()
        super().closeEvent(event)
