"""The unlocked workspace: sidebar, list pages, and the open editors.

Locking goes through :meth:`Workspace.lock`: cancel photo imports, keep unsaved edits as drafts
(while the vault is still open), close editors, then empty every model and thumbnail cache.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldkit.crypto.kdf import Argon2Params
from fieldkit.errors import FieldKitError, UsageError
from fieldkit.gui.bundles.export_dialog import ExportDialog
from fieldkit.gui.bundles.import_dialog import ImportDialog
from fieldkit.gui.bundles.verify_dialog import VerifyDialog
from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.errors import show_error
from fieldkit.gui.models.damage_table import DamageTableModel
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.models.record_table import RECORD_ID_ROLE
from fieldkit.gui.pages.audit_log import AuditLogPage
from fieldkit.gui.pages.bundles import BundlesPage
from fieldkit.gui.pages.conflicts import ConflictsPage
from fieldkit.gui.pages.overview import OverviewPage
from fieldkit.gui.pages.people import PeoplePage
from fieldkit.gui.pages.record_list import RecordListPage
from fieldkit.gui.pages.vault_settings import VaultSettingsPage
from fieldkit.gui.progress_page import ProgressPage
from fieldkit.gui.report_dialog import DAMAGE as DAMAGE_REPORT
from fieldkit.gui.report_dialog import INVENTORY, OBJECT_ID, ReportDialog
from fieldkit.gui.session import Session
from fieldkit.gui.sidebar import BADGE_ROLE, BadgeDelegate
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.widgets import named, scroll_area
from fieldkit.gui.window_fit import usable_area
from fieldkit.gui.workers import Worker
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records import drafts
from fieldkit.records import fields as F

SECTIONS = (
    QT_TRANSLATE_NOOP("workspace", "Objects"),
    QT_TRANSLATE_NOOP("workspace", "Damage reports"),
    QT_TRANSLATE_NOOP("workspace", "Overview"),
    QT_TRANSLATE_NOOP("workspace", "Conflicts"),
    QT_TRANSLATE_NOOP("workspace", "Bundles & sync"),
    QT_TRANSLATE_NOOP("workspace", "People & keys"),
    QT_TRANSLATE_NOOP("workspace", "Audit log"),
    QT_TRANSLATE_NOOP("workspace", "Vault settings"),
)
# Each section's row in the sidebar, in the order of SECTIONS.
OBJECTS, DAMAGE, OVERVIEW, CONFLICTS, BUNDLES, PEOPLE, AUDIT, SETTINGS = range(len(SECTIONS))
D = TypeVar("D", bound=QDialog)
# The sidebar's narrowest and widest: it gives up width down to the narrowest before the page
# beside it has to scroll sideways.
SIDEBAR_WIDTH = (150, 220)


def section_title(title: str) -> str:
    """A section's translated title (SECTIONS holds the untranslated source texts)."""
    return QCoreApplication.translate("workspace", title)


class SessionPage(Protocol):
    """A page that shows the open vault: given the session, refreshed each time it is shown."""

    def set_session(self, session: Session | None) -> None: ...

    def refresh(self) -> None: ...


class ScrollingPages(QStackedWidget):
    """The section pages, each inside its own scroll area.

    A stack is as wide as its widest page, shown or not: in Ukrainian at 125 % (1093 logical
    pixels) the bundles, people and object pages made the main window 1124 px wide and cut off
    its right side. Each page scrolls inside the window instead, and only when the window is
    narrower than the page; above that it is laid out as before. The pages are still added,
    found and compared as themselves (``addWidget(page)``, ``currentWidget() is page``).
    """

    page_layout_changed = Signal()  # the page shown asks for a new size (its minimum may grow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # What the window around the pages takes (sidebar, menus, toolbar, status bar): the
        # pages keep their own minimum size only as far as the screen has room for it.
        self.surroundings: Callable[[], QSize] = lambda: QSize(0, 0)

    def addWidget(self, page: QWidget) -> int:
        return super().addWidget(self._wrap(page))

    def insertWidget(self, index: int, page: QWidget) -> int:
        return super().insertWidget(index, self._wrap(page))

    def _wrap(self, page: QWidget) -> QScrollArea:
        scroll = scroll_area(page, self)
        # The scroll area is not a stop of its own for Tab: the page's controls are.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.installEventFilter(self)
        return scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.currentWidget():
            self.page_layout_changed.emit()
        return False

    def sizeHint(self) -> QSize:
        """What the pages themselves ask for, as a plain stack would (a scroll area asks for
        less), so that the window shares its width between sidebar and page as before."""
        hint = QSize(0, 0)
        for index in range(self.count()):
            page = self.widget(index)
            if page is not None:
                hint = hint.expandedTo(page.sizeHint()).expandedTo(page.minimumSizeHint())
        return hint

    def minimumSizeHint(self) -> QSize:
        """The widest page's minimum, as a plain stack's, where the screen has room for it
        (the window keeps its size and behaviour on a large screen); at most the room left."""
        wanted = QSize(0, 0)
        for index in range(self.count()):
            page = self.widget(index)
            if page is not None:
                wanted = wanted.expandedTo(page.minimumSizeHint()).expandedTo(page.minimumSize())
        screen = self.screen()
        if screen is None:
            return wanted
        room = usable_area(screen).size() - self.surroundings()
        return wanted.boundedTo(room).expandedTo(super().minimumSizeHint())

    def widget(self, index: int) -> QWidget | None:
        holder = super().widget(index)
        page = holder.widget() if isinstance(holder, QScrollArea) else None
        return page if page is not None else holder

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        return next((i for i in range(self.count()) if self.widget(i) is page), -1)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))


class Workspace(QWidget):
    page_changed = Signal(int)
    shredded = Signal(object)  # the vault's Path, after "Shred" in the vault settings
    idle_minutes_changed = Signal(float)
    keys_busy_changed = Signal(bool)
    search_cleared = Signal()  # Esc, "Clear search" or "Show all": the search box empties

    def __init__(self, parent: QWidget | None = None, *, kdf: Argon2Params | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session: Session | None = None
        self.editors: list[RecordEditor] = []
        self.dialogs: list[QDialog] = []  # export, import and verify dialogs now open
        self.keys_busy = False
        self.thumbnails = ThumbnailCache(size=40, capacity=600, parent=self)
        self.objects = ObjectTableModel(self.thumbnails)
        self.damage = DamageTableModel(self.thumbnails)
        self.sidebar = named(QListWidget(self), "sidebar", self.tr("Sections"))
        self.sidebar.setMaximumWidth(SIDEBAR_WIDTH[1])
        self.sidebar.setMinimumWidth(SIDEBAR_WIDTH[0])
        # A narrow sidebar (125 % scaling, long Ukrainian titles) wraps a title onto a second
        # line rather than growing a sideways scroll bar of its own.
        self.sidebar.setWordWrap(True)
        self.sidebar.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when it narrows
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)  # else "…" instead of wrapping
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 10px; }")
        self.sidebar.setItemDelegate(BadgeDelegate(self.sidebar))
        self.pages = ScrollingPages(self)
        self.pages.page_layout_changed.connect(self._share_width)
        self.pages.surroundings = self._around_pages
        self.object_page = RecordListPage(
            self.tr("Objects"), self.tr("&New object"), self.objects, self
        )
        self.damage_page = RecordListPage(
            self.tr("Damage reports"), self.tr("New &damage report"), self.damage, self
        )
        self.object_page.open_requested.connect(self.open_object)
        self.object_page.new_requested.connect(self.new_object)
        self.damage_page.open_requested.connect(self.open_damage)
        self.damage_page.new_requested.connect(lambda: self.new_damage(None))
        self.object_page.delete_requested.connect(self.delete_object)
        self.damage_page.delete_requested.connect(self.delete_damage)
        self.overview_page = OverviewPage(self)
        self.overview_page.open_object.connect(self.open_object)
        self.overview_page.open_damage.connect(self.open_damage)
        self.conflicts_page = ConflictsPage(self)
        self.conflicts_page.count_changed.connect(self._set_conflict_badge)
        self.conflicts_page.resolved.connect(lambda _id: self.data_changed())
        self.bundles_page = BundlesPage(self)
        self.bundles_page.export_requested.connect(self.export_bundle)
        self.bundles_page.import_requested.connect(self.import_bundles)
        self.bundles_page.verify_requested.connect(self.verify_bundles)
        self.bundles_page.synced.connect(self._after_exchange)
        self.people_page = PeoplePage(self)
        self.audit_page = AuditLogPage(self)
        self.audit_page.open_requested.connect(self._open_kind)
        self.settings_page = VaultSettingsPage(self)
        self.settings_page.kdf = kdf
        self.settings_page.shredded.connect(self.shredded)
        self.settings_page.idle_minutes_changed.connect(self.idle_minutes_changed)
        self.settings_page.keys_busy.connect(self._keys_busy)
        self.settings_page.keys_changed.connect(self._keys_changed)
        session_pages = (
            self.overview_page,
            self.conflicts_page,
            self.bundles_page,
            self.people_page,
            self.audit_page,
            self.settings_page,
        )
        for page in (self.object_page, self.damage_page, *session_pages):
            self.pages.addWidget(page)  # in the order of SECTIONS
        self.session_pages: tuple[SessionPage, ...] = session_pages
        for title in SECTIONS:
            item = QListWidgetItem(section_title(title), self.sidebar)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section_title(title))
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(OBJECTS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.search_text = ""
        self._wire_search()

    # --- pages and search --------------------------------------------------------------------

    def _around_pages(self) -> QSize:
        """The narrowest sidebar, and the main window's menus, toolbars and status bar."""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        height = 0
        window = self.window()
        if isinstance(window, QMainWindow):
            bars: list[QWidget] = [window.menuBar(), window.statusBar()]
            bars += window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            # Hidden ones too (the toolbar, while locked): the room must not shrink on unlock.
            height = sum(bar.sizeHint().height() for bar in bars)
        return QSize(SIDEBAR_WIDTH[0] + spacing, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._share_width()
        super().resizeEvent(event)

    def _share_width(self) -> None:
        """Narrow the sidebar as far as it goes before the page shown has to scroll sideways
        (the layout alone would keep the sidebar wide and scroll the page), and first as far
        as the page needs to keep its title row on one line: the Ukrainian Objects row at
        125 % put Import on a second line while the sidebar stayed at its widest."""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        page = self.pages.currentWidget()
        narrowest, widest = SIDEBAR_WIDTH
        needed = 0
        if page is not None:
            one_line = min(page.sizeHint().width(), self.width() - spacing - narrowest)
            needed = max(page.minimumSizeHint().width(), one_line)
        room = self.width() - spacing - needed
        self.sidebar.setMaximumWidth(max(narrowest, min(widest, room)))

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self._share_width()
        page = self._current_session_page()
        if self.session is not None and page is not None:
            page.refresh()
        self.page_changed.emit(row)

    def _current_session_page(self) -> SessionPage | None:
        shown = self.pages.currentWidget()
        return next((page for page in self.session_pages if page is shown), None)

    def show_section(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)

    def current_model(self) -> ObjectTableModel | DamageTableModel | None:
        models: dict[int, ObjectTableModel | DamageTableModel] = {
            OBJECTS: self.objects,
            DAMAGE: self.damage,
        }
        return models.get(self.pages.currentIndex())

    def current_list(self) -> RecordListPage | None:
        return {OBJECTS: self.object_page, DAMAGE: self.damage_page}.get(self.pages.currentIndex())

    # "Search everything": one search over objects and damage reports. Both lists are searched
    # (each one COUNT, from the full-text index when no filter is set; rows load when shown),
    # the strip above each list and the sidebar say how many of each kind matched, and a list
    # page with no match gives way to the one that has some.

    def _wire_search(self) -> None:
        kinds = [(F.OBJECT, section_title("Objects")), (F.DAMAGE, section_title("Damage reports"))]
        for page in (self.object_page, self.damage_page):
            page.search_summary.set_kinds(kinds)
            page.search_summary.kind_requested.connect(self._show_kind)
            page.search_summary.clear_requested.connect(self.clear_search)
            page.show_all_requested.connect(self.show_all)

    def _show_kind(self, kind: str) -> None:
        self.show_section(OBJECTS if kind == F.OBJECT else DAMAGE)

    def search_counts(self) -> dict[str, int]:
        """Matches per kind of the current search (and each list's filters)."""
        return {F.OBJECT: self.objects.rowCount(), F.DAMAGE: self.damage.rowCount()}

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        if self.session is None:
            return
        self.objects.set_search(self.search_text)
        self.damage.set_search(self.search_text)
        if self.search_text:
            counts = self.search_counts()
            current = {OBJECTS: F.OBJECT, DAMAGE: F.DAMAGE}.get(self.pages.currentIndex())
            if current is None or not counts[current]:
                # Nothing here (or not a list): show the list that has matches.
                wanted = next((k for k in (F.OBJECT, F.DAMAGE) if counts[k]), current)
                if wanted is not None and wanted != current:
                    self._show_kind(wanted)
                elif current is None:
                    self._show_kind(F.OBJECT)  # no match anywhere: say so on a list
        self._show_search_counts()

    def clear_search(self) -> None:
        """Empty the search everywhere (the filters stay) and the main window's search box."""
        self.set_search("")
        self.search_cleared.emit()

    def show_all(self) -> None:
        """ "Show all" on either list: no search, no filter, on both lists."""
        for page in (self.object_page, self.damage_page):
            page.filter_bar.set_filters({})
            page.model.set_filters({})
        self.clear_search()

    def _show_search_counts(self) -> None:
        counts = self.search_counts()
        searching = bool(self.search_text) and self.session is not None
        for page, kind, row in (
            (self.object_page, F.OBJECT, OBJECTS),
            (self.damage_page, F.DAMAGE, DAMAGE),
        ):
            page.search_summary.show_counts(self.search_text if searching else "", counts, kind)
            item = self.sidebar.item(row)
            title = section_title(SECTIONS[row])
            if searching:
                item.setText(self.tr("{title} ({n})").format(title=title, n=counts[kind]))
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{title}: %n match(es)", "", counts[kind]).format(title=title),
                )
            else:
                item.setText(title)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, title)

    def _set_conflict_badge(self, count: int) -> None:
        item = self.sidebar.item(CONFLICTS)
        item.setData(BADGE_ROLE, count)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            section_title("Conflicts")
            + (" " + self.tr("({n} to resolve)").format(n=count) if count else ""),
        )
        item.setToolTip(self.tr("%n record(s) in conflict", "", count) if count else "")

    def conflict_badge(self) -> int:
        return int(self.sidebar.item(CONFLICTS).data(BADGE_ROLE) or 0)

    def update_conflict_badge(self) -> None:
        self._set_conflict_badge(self.conflicts_page.count() if self.session else 0)

    def data_changed(self) -> None:
        """Records changed behind the lists' back (import, resolve): show the new state."""
        if self.session is None:
            return
        self.refresh_lists()
        # The sidebar's « Objets (50) » counts again after an import or its undo (r13 trial #7).
        self._show_search_counts()
        self.update_conflict_badge()
        page = self._current_session_page()
        if page is not None:
            page.refresh()

    # --- session life cycle ------------------------------------------------------------------

    def set_session(self, session: Session, state: dict[str, Any] | None = None) -> None:
        self.session = session
        self.thumbnails.set_session(session)
        state = state or {}
        for model, key in ((self.objects, "objects"), (self.damage, "damage")):
            saved = state.get(key, {})
            model.order_by = saved.get("order_by", model.order_by)
            model.descending = saved.get("descending", model.descending)
            model.filters = dict(saved.get("filters", {}))
            model.search = ""
        self.object_page.filter_bar.set_filters(self.objects.filters)
        self.damage_page.filter_bar.set_filters(self.damage.filters)
        self.objects.set_source(RecordPages(session.records, F.OBJECT))
        self.damage.set_source(RecordPages(session.records, F.DAMAGE))
        for page in (self.object_page, self.damage_page):
            page.table.horizontalHeader().setSortIndicator(
                page.model.sort_column(),
                Qt.SortOrder.DescendingOrder
                if page.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
        for session_page in self.session_pages:
            session_page.set_session(session)
        self.update_conflict_badge()
        row = state.get("page", self.sidebar.currentRow())
        if row == self.sidebar.currentRow():
            self._show_page(row)  # same page as before locking: refresh it all the same
        self.sidebar.setCurrentRow(row)
        self.search_text = ""
        self._show_search_counts()

    def view_state(self) -> dict[str, Any]:
        """What to restore after unlocking: page, sort and filters (never record text)."""
        return {
            "page": self.sidebar.currentRow(),
            "objects": {
                "order_by": self.objects.order_by,
                "descending": self.objects.descending,
                "filters": dict(self.objects.filters),
            },
            "damage": {
                "order_by": self.damage.order_by,
                "descending": self.damage.descending,
                "filters": dict(self.damage.filters),
            },
        }

    def lock(self) -> int:
        """Keep drafts, close editors and dialogs, forget every decrypted row. Returns drafts."""
        kept = 0
        for dialog in list(self.dialogs):
            _stop(dialog)
        self.dialogs.clear()
        for editor in list(self.editors):
            editor.wait_for_import()
        for editor in list(self.editors):
            try:
                kept += int(editor.keep_draft())
            except FieldKitError:
                pass  # locking must go on even if a draft cannot be written
        for editor in list(self.editors):
            editor.close_for_lock()
        self.editors.clear()
        self.objects.clear()
        self.damage.clear()
        self.thumbnails.set_session(None)
        for page in self.session_pages:
            page.set_session(None)
        self._set_conflict_badge(0)
        self.search_text = ""
        self.session = None
        self._show_search_counts()
        return kept

    def refresh_lists(self) -> None:
        self.objects.refresh()
        self.damage.refresh()
        # The open editors too: an import or a sync may have changed (or deleted) their record,
        # and an editor left open must not save over the newer values (r13 review #1).
        for editor in list(self.editors):
            editor.check_for_changes()

    # --- bundles -----------------------------------------------------------------------------

    def _track_dialog(self, dialog: QDialog) -> QDialog:
        self.dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _c: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        dialog.open()
        return dialog

    def _session_dialog(self, make: Callable[[Session], D]) -> D | None:
        """Open the dialog ``make`` builds on the open vault (none while it is locked)."""
        if self.session is None:
            return None
        dialog = make(self.session)
        self._track_dialog(dialog)
        return dialog

    def export_bundle(self) -> ExportDialog | None:
        dialog = self._session_dialog(lambda session: ExportDialog(session, self.window()))
        if dialog is not None:
            dialog.exported.connect(lambda _r: self._after_exchange())
        return dialog

    def import_bundles(self, files: list[Path] | None = None) -> ImportDialog | None:
        dialog = self._session_dialog(
            lambda session: ImportDialog(session, self.window(), files=list(files or []))
        )
        if dialog is not None:
            dialog.imported.connect(self._after_exchange)
            if files:
                dialog.check()
        return dialog

    def verify_bundles(self) -> VerifyDialog | None:
        return self._session_dialog(lambda session: VerifyDialog(session, self.window()))

    def _after_exchange(self) -> None:
        self.data_changed()
        if self.pages.currentWidget() is not self.bundles_page:
            self.bundles_page.refresh()

    # --- reports -----------------------------------------------------------------------------

    def selected_record(self, kind: str) -> str | None:
        page = self.object_page if kind == F.OBJECT else self.damage_page
        index = page.table.currentIndex()
        if not index.isValid():
            return None
        value = page.model.data(index, RECORD_ID_ROLE)
        return str(value) if value else None

    def report(self, kind: str, ids: list[str] | None = None) -> ReportDialog | None:
        """Open the PDF report dialog: the selected object or damage report, or the list."""
        if self.session is None:
            return None
        if ids is None and kind != INVENTORY:
            record_kind = F.OBJECT if kind == OBJECT_ID else F.DAMAGE
            selected = self.selected_record(record_kind)
            if selected is None:
                what = self.tr("an object") if kind == OBJECT_ID else self.tr("a damage report")
                show_error(
                    self,
                    UsageError(
                        self.tr("Select {what} in its list first.").format(what=what),
                        self.tr("Then choose the report again."),
                    ),
                )
                return None
            ids = [selected]
            try:
                fields = self.session.records.get(selected).fields
                about = " — ".join(
                    str(fields[k]) for k in ("inventory_number", "title") if fields.get(k)
                )
            except FieldKitError:
                about = ""
        else:
            about = ""
        names = {OBJECT_ID: "object-id.pdf", DAMAGE_REPORT: "damage-report.pdf"}
        dialog = ReportDialog(
            self.session,
            kind,
            ids or [],
            self.window(),
            default_name=names.get(kind, "inventory.pdf"),
            about=about,
        )
        self._track_dialog(dialog)
        return dialog

    # --- vault settings ----------------------------------------------------------------------

    def hide_secrets(self) -> None:
        """What must not stay on screen when the app would lock but cannot yet."""
        self.settings_page.hide_secrets()

    def _keys_busy(self, busy: bool) -> None:
        self.keys_busy = busy
        self.keys_busy_changed.emit(busy)

    def _keys_changed(self) -> None:
        if self.session is not None:
            self.thumbnails.set_session(self.session)

    # --- editors -----------------------------------------------------------------------------

    def _track(self, editor: RecordEditor) -> RecordEditor:
        self.editors.append(editor)
        editor.closed.connect(lambda e: self.editors.remove(e) if e in self.editors else None)
        editor.saved.connect(lambda _id: self._editor_saved())
        if isinstance(editor, ObjectEditor):
            editor.new_damage_requested.connect(self.new_damage)
        editor.show()
        self._fit_editor(editor)
        editor.raise_()
        editor.activateWindow()
        return editor

    def _fit_editor(self, editor: RecordEditor) -> None:
        """No wider than the main window, and not past its right edge: an editor once widened
        (a deletion's long status line made it 1300 px) was remembered at that width, and
        every later one opened over the main window's edge, its buttons moved under the
        pointer. Shown first: the window fitter has restored or fitted it to the screen."""
        main = self.window()
        screen = editor.screen() or main.screen()
        if screen is None:
            return
        area = usable_area(screen)
        width = min(editor.width(), area.width())
        if main.isVisible() and not main.isMinimized():
            width = min(width, main.width())
        height = min(editor.height(), area.height())
        if (width, height) != (editor.width(), editor.height()):
            editor.resize(width, height)
        if main.isVisible() and not main.isMinimized():
            edge = main.frameGeometry().right()
            frame = editor.frameGeometry()
            if frame.right() > edge:
                editor.move(max(edge - frame.width() + 1, area.left()), editor.y())

    def _editor_saved(self) -> None:
        self.refresh_lists()
        self.update_conflict_badge()  # saving a record in conflict resolves it

    def _find(self, kind: str, record_id: str) -> RecordEditor | None:
        for editor in self.editors:
            if editor.kind == kind and editor.record_id == record_id:
                return editor
        return None

    def _open(
        self, cls: type[RecordEditor], record_id: str | None, **kw: Any
    ) -> RecordEditor | None:
        if self.session is None:
            return None
        if record_id is not None:
            existing = self._find(cls.kind, record_id)
            if existing is not None:
                existing.raise_()
                existing.activateWindow()
                return existing
        try:
            editor = cls(self.session, record_id, parent=self.window(), **kw)
        except FieldKitError as exc:
            show_error(self, exc)
            return None
        return self._track(editor)

    def _open_kind(self, kind: str, record_id: str) -> RecordEditor | None:
        """A record named by the audit log (a deleted one too: its editor offers Restore)."""
        cls = editor_for_draft(kind)
        return self._open(cls, record_id) if cls is not None else None

    def open_object(self, record_id: str) -> RecordEditor | None:
        return self._open(ObjectEditor, record_id)

    def open_damage(self, record_id: str) -> RecordEditor | None:
        return self._open(DamageEditor, record_id)

    def delete_object(self, record_id: str) -> QMessageBox | None:
        """The Delete key on the objects list: the editor's Delete…, its question and all,
        so a deletion from the list is the one users know (and undo from the history)."""
        editor = self.open_object(record_id)
        return editor.confirm_delete() if editor is not None else None

    def delete_damage(self, record_id: str) -> QMessageBox | None:
        editor = self.open_damage(record_id)
        return editor.confirm_delete() if editor is not None else None

    def new_object(self) -> RecordEditor | None:
        return self._open(ObjectEditor, None)

    def new_damage(self, object_id: str | None = None) -> RecordEditor | None:
        initial = {"object_id": object_id} if object_id else None
        return self._open(DamageEditor, None, initial=initial)

    def reopen_drafts(self) -> list[RecordEditor]:
        if self.session is None:
            return []
        opened = []
        for draft in drafts.all_drafts(self.session.vault):
            cls = editor_for_draft(draft.kind)
            if cls is None:  # not an editor's draft (a check-in's scans restore themselves)
                continue
            if draft.record_id and self._find(cls.kind, draft.record_id):
                continue
            editor = self._open(cls, draft.record_id, initial=draft.values, draft_key=draft.key)
            if editor is not None:
                opened.append(editor)
        return opened


def editor_for_draft(kind: str) -> type[RecordEditor] | None:
    """The editor that reopens a draft of ``kind`` (None: the draft is not an editor's)."""
    from fieldkit.gui.editors.container_editor import ContainerEditor
    from fieldkit.gui.editors.location_editor import LocationEditor

    editors: dict[str, type[RecordEditor]] = {
        F.OBJECT: ObjectEditor,
        F.DAMAGE: DamageEditor,
        F.LOCATION: LocationEditor,
        F.CONTAINER: ContainerEditor,
    }
    return editors.get(kind)


def _stop(dialog: QDialog) -> None:
    """Cancel a bundle dialog's work, wait for it (it holds a connection), and close it."""
    for page in dialog.findChildren(ProgressPage):
        worker = page.worker
        if worker is not None:
            worker.cancel()
            worker.wait(30)
            page.worker = None
    certificate = getattr(dialog, "certificate_worker", None)
    if isinstance(certificate, Worker):
        certificate.wait(30)  # writing one PDF page: short, and it reads the vault
    dialog.done(QDialog.DialogCode.Rejected)
