"""The *Possible duplicates* page in the main window: its sidebar entry (with the number of pairs
once they are counted), its Go menu action, and the refreshes after imports and edits.

Kept apart from the workspace, as the chain of custody is, so that the page plugs in with a few
lines in the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMenu

from fieldkit.gui.pages.duplicates import DuplicatesPage
from fieldkit.gui.session import Session
from fieldkit.gui.sidebar import BADGE_ROLE
from fieldkit.gui.widgets import named

if TYPE_CHECKING:
    from fieldkit.gui.main_window import MainWindow


class DuplicatesSection(QObject):
    def __init__(self, window: MainWindow, go_menu: QMenu) -> None:
        super().__init__(window)
        workspace = window.workspace
        self.workspace = workspace
        self.session: Session | None = None
        self.page = DuplicatesPage(workspace)
        self.row = workspace.pages.addWidget(self.page)
        self.title = self.tr("Possible duplicates")
        self.item = QListWidgetItem(self.title, workspace.sidebar)
        self.item.setData(Qt.ItemDataRole.AccessibleTextRole, self.title)
        self.go_action = named(QAction(self.title, window), "goActionDuplicates")
        self.go_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.go_action.triggered.connect(lambda _c=False: workspace.show_section(self.row))
        go_menu.addAction(self.go_action)
        self.actions = [self.go_action]
        self._changing = False  # our own decision refreshes the lists: not a reason to look again
        # Records changed behind the page's back (an import, a sync, an editor saved, a conflict
        # resolved): the workspace reloads its lists then; the page looks again when shown.
        self._stale_timer = QTimer(self, singleShot=True, interval=0)
        self._stale_timer.timeout.connect(self.page.mark_stale)
        workspace.objects.modelReset.connect(self._records_changed)
        workspace.page_changed.connect(self._page_shown)
        self.page.count_changed.connect(self._set_count)
        self.page.decided.connect(self._decided)

    def set_session(self, session: Session | None) -> None:
        self._stale_timer.stop()
        self.session = session
        self.page.set_session(session)
        if session is not None:
            self._page_shown(self.workspace.pages.currentIndex())

    def _page_shown(self, row: int) -> None:
        if row == self.row and self.session is not None:
            self.page.refresh()

    def _records_changed(self) -> None:
        if self.session is not None and not self._changing:
            self._stale_timer.start()

    def _decided(self) -> None:
        """A decision merged or restored records: the object lists and conflicts follow."""
        self._changing = True
        try:
            self.workspace.data_changed()
        finally:
            self._changing = False

    def _set_count(self, count: int) -> None:
        self.item.setData(BADGE_ROLE, max(count, 0))
        if count > 0:
            self.item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{title}: %n pair(s) to review", "", count).format(title=self.title),
            )
            self.item.setToolTip(self.tr("%n possible duplicate pair(s) to review", "", count))
        else:
            self.item.setData(Qt.ItemDataRole.AccessibleTextRole, self.title)
            self.item.setToolTip("")
