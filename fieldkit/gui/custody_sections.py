"""The chain of custody in the main window: the Evacuation and Locations pages (sidebar entries
after the others, Ctrl+9 and Ctrl+0), the Custody menu (hand over, handovers received, check
in), the editors of locations and containers, and scanned codes typed into the search box.

Kept apart from the workspace so that the pages plug in with a few lines in the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMenu

from fieldkit.errors import FieldKitError
from fieldkit.gui import none_refcount
from fieldkit.gui.editors.container_editor import ContainerEditor
from fieldkit.gui.editors.location_editor import LocationEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.handover_wizard import AcceptHandoverDialog, HandoverWizard
from fieldkit.gui.pages.evacuation import CHECK_IN, EvacuationPage
from fieldkit.gui.pages.locations import LocationsPage
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import named
from fieldkit.records import fields as F
from fieldkit.records.service import AmbiguousIdError, RecordNotFoundError

if TYPE_CHECKING:
    from fieldkit.gui.main_window import MainWindow


class CustodySections(QObject):
    def __init__(self, window: MainWindow, go_menu: QMenu) -> None:
        super().__init__(window)
        # Tables of a few hundred rows and long check-ins call Qt setters by the thousand: on
        # Python 3.11 the bindings' None leak would abort the app (see none_refcount).
        none_refcount.protect()
        self.window = window
        workspace = window.workspace
        self.workspace = workspace
        self.session: Session | None = None
        self.evacuation = EvacuationPage(workspace)
        self.locations = LocationsPage(workspace)
        self.rows: dict[int, Any] = {}
        self.go_actions: list[QAction] = []
        for page, title, key in (
            (self.evacuation, self.tr("Evacuation"), "Ctrl+9"),
            (self.locations, self.tr("Locations"), "Ctrl+0"),
        ):
            row = workspace.pages.addWidget(page)
            item = QListWidgetItem(title, workspace.sidebar)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.rows[row] = page
            action = named(QAction(title, window), f"goAction{row + 1}")
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, row=row: workspace.show_section(row))
            go_menu.addAction(action)
            self.go_actions.append(action)
        self.evacuation_row, self.locations_row = sorted(self.rows)
        workspace.page_changed.connect(self._page_shown)
        # Records changed behind the pages' back (an import, a sync, a resolved conflict): the
        # workspace reloads its lists then, and the custody page shown follows.
        workspace.objects.modelReset.connect(self._refresh_current)
        self.evacuation.open_object.connect(workspace.open_object)
        self.evacuation.open_container.connect(self.open_container)
        self.evacuation.changed.connect(self._changed)
        self.locations.open_object.connect(workspace.open_object)
        self.locations.open_container.connect(self.open_container)
        self.locations.open_location.connect(self.open_location)
        self.locations.hand_over_requested.connect(self.hand_over)
        menu = window.menuBar().addMenu(self.tr("&Custody"))
        menu.setObjectName("custodyMenu")
        self.hand_over_action = named(QAction(self.tr("&Hand over…"), window), "handOverAction")
        self.hand_over_action.triggered.connect(lambda: self.hand_over())
        self.handovers_action = named(
            QAction(self.tr("Hand&overs received…"), window), "handoversAction"
        )
        self.handovers_action.triggered.connect(lambda: self.show_handovers())
        self.check_in_action = named(
            QAction(self.tr("&Check in by scanning"), window), "checkInAction"
        )
        self.check_in_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.check_in_action.triggered.connect(self.check_in)
        for action in (self.hand_over_action, self.handovers_action, self.check_in_action):
            menu.addAction(action)
        self.actions = [*self.go_actions, self.hand_over_action, self.handovers_action]
        self.actions.append(self.check_in_action)

    # --- life cycle --------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.session = session
        for page in self.rows.values():
            page.set_session(session)
        if session is not None:
            self._page_shown(self.workspace.pages.currentIndex())

    def _page_shown(self, row: int) -> None:
        page = self.rows.get(row)
        if page is not None and self.session is not None:
            page.refresh()

    def _changed(self) -> None:
        self.workspace.refresh_lists()

    # --- editors -----------------------------------------------------------------------------

    def _open(self, cls: type[RecordEditor], record_id: str) -> RecordEditor | None:
        # A save reloads the workspace's lists, and the custody page shown with them
        # (objects.modelReset -> _refresh_current): refreshing it here too read the Evacuation
        # page twice after each new crate (r11 trial #11).
        return self.workspace._open(cls, record_id or None)

    def _refresh_current(self) -> None:
        self._page_shown(self.workspace.pages.currentIndex())

    def open_location(self, record_id: str = "") -> RecordEditor | None:
        return self._open(LocationEditor, record_id)

    def open_container(self, record_id: str = "") -> RecordEditor | None:
        return self._open(ContainerEditor, record_id)

    # --- actions -----------------------------------------------------------------------------

    def hand_over(self, items: list[str] | None = None) -> HandoverWizard | None:
        if self.session is None:
            return None
        wizard = HandoverWizard(self.session, self.window, items)
        wizard.created.connect(lambda _id: self._changed())
        self.workspace._track_dialog(wizard)
        return wizard

    def show_handovers(self) -> AcceptHandoverDialog | None:
        if self.session is None:
            return None
        dialog = AcceptHandoverDialog(self.session, self.window)
        dialog.accepted_handover.connect(lambda _id: self._changed())
        self.workspace._track_dialog(dialog)
        return dialog

    def check_in(self) -> None:
        self.workspace.show_section(self.evacuation_row)
        self.evacuation.tabs.setCurrentIndex(CHECK_IN)

    def open_scanned(self) -> str | None:
        """Enter in the search box: a scanned (or typed) code, inventory number or id opens its
        object, container or location at once. Anything else stays a search."""
        session = self.session
        text = self.window.search.text().strip()
        if session is None or not text:
            return None
        try:
            record_id = session.records.resolve(text)
            kind = session.records.get(record_id).kind
        except (RecordNotFoundError, AmbiguousIdError):
            return None
        except FieldKitError:
            return None
        if kind == F.OBJECT:
            self.workspace.open_object(record_id)
        elif kind == F.DAMAGE:
            self.workspace.open_damage(record_id)
        elif kind in (F.LOCATION, F.CONTAINER):
            self.workspace.show_section(self.locations_row)
            if not self.locations.select(record_id):
                (self.open_location if kind == F.LOCATION else self.open_container)(record_id)
        else:
            return None
        return record_id
