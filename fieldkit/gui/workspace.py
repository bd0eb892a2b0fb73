"""The unlocked workspace: sidebar, list pages, and the open editors.

Locking goes through :meth:`Workspace.lock`: cancel photo imports, keep unsaved edits as drafts
(while the vault is still open), close editors, then empty every model and thumbnail cache.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from fieldkit.errors import FieldKitError
from fieldkit.gui.editors.damage_editor import DamageEditor
from fieldkit.gui.editors.object_editor import ObjectEditor
from fieldkit.gui.editors.record_editor import RecordEditor
from fieldkit.gui.errors import show_error
from fieldkit.gui.models.damage_table import DamageTableModel
from fieldkit.gui.models.object_table import ObjectTableModel
from fieldkit.gui.models.record_pages import RecordPages
from fieldkit.gui.pages.placeholder import PlaceholderPage
from fieldkit.gui.pages.record_list import RecordListPage
from fieldkit.gui.session import Session
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.records import drafts
from fieldkit.records import fields as F

OBJECTS, DAMAGE = 0, 1
PLACEHOLDERS = (
    (
        QT_TRANSLATE_NOOP("workspace", "Overview"),
        QT_TRANSLATE_NOOP(
            "workspace", "Counts by severity, urgency, status and site; recent imports."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("workspace", "Conflicts"),
        QT_TRANSLATE_NOOP("workspace", "Records edited in two places, side by side."),
    ),
    (
        QT_TRANSLATE_NOOP("workspace", "Bundles & sync"),
        QT_TRANSLATE_NOOP("workspace", "Export, import and verify signed bundles; sync folders."),
    ),
    (
        QT_TRANSLATE_NOOP("workspace", "People & keys"),
        QT_TRANSLATE_NOOP("workspace", "Your identity and fingerprint; the people you trust."),
    ),
    (
        QT_TRANSLATE_NOOP("workspace", "Audit log"),
        QT_TRANSLATE_NOOP("workspace", "Every change, export and import, in a tamper-evident log."),
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("workspace", text)


class Workspace(QWidget):
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session: Session | None = None
        self.editors: list[RecordEditor] = []
        self.thumbnails = ThumbnailCache(size=40, capacity=600, parent=self)
        self.objects = ObjectTableModel(self.thumbnails)
        self.damage = DamageTableModel(self.thumbnails)
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setMaximumWidth(200)
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 7px 10px; }")
        self.pages = QStackedWidget(self)
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
        self.sidebar.addItem(self.tr("Objects"))
        self.sidebar.addItem(self.tr("Damage reports"))
        self.pages.addWidget(self.object_page)
        self.pages.addWidget(self.damage_page)
        for title, what in PLACEHOLDERS:
            self.sidebar.addItem(_t(title))
            self.pages.addWidget(PlaceholderPage(_t(title), _t(what), self))
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.sidebar.setCurrentRow(OBJECTS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.search_text = ""

    # --- pages and search --------------------------------------------------------------------

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        model = self.current_model()
        if model is not None and self.session is not None:
            model.set_search(self.search_text)
        self.page_changed.emit(row)

    def current_model(self) -> ObjectTableModel | DamageTableModel | None:
        return {OBJECTS: self.objects, DAMAGE: self.damage}.get(self.pages.currentIndex())

    def current_list(self) -> RecordListPage | None:
        return {OBJECTS: self.object_page, DAMAGE: self.damage_page}.get(self.pages.currentIndex())

    def set_search(self, text: str) -> None:
        self.search_text = text
        model = self.current_model()
        if model is not None and self.session is not None:
            model.set_search(text)

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
        self.sidebar.setCurrentRow(state.get("page", self.sidebar.currentRow()))
        self.search_text = ""

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
        """Keep drafts, close editors, forget every decrypted row. Returns drafts kept."""
        kept = 0
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
        self.search_text = ""
        self.session = None
        return kept

    def refresh_lists(self) -> None:
        self.objects.refresh()
        self.damage.refresh()

    # --- editors -----------------------------------------------------------------------------

    def _track(self, editor: RecordEditor) -> RecordEditor:
        self.editors.append(editor)
        editor.closed.connect(lambda e: self.editors.remove(e) if e in self.editors else None)
        editor.saved.connect(lambda _id: self.refresh_lists())
        if isinstance(editor, ObjectEditor):
            editor.new_damage_requested.connect(self.new_damage)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

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

    def open_object(self, record_id: str) -> RecordEditor | None:
        return self._open(ObjectEditor, record_id)

    def open_damage(self, record_id: str) -> RecordEditor | None:
        return self._open(DamageEditor, record_id)

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
            cls = ObjectEditor if draft.kind == F.OBJECT else DamageEditor
            if draft.record_id and self._find(cls.kind, draft.record_id):
                continue
            editor = self._open(cls, draft.record_id, initial=draft.values, draft_key=draft.key)
            if editor is not None:
                opened.append(editor)
        return opened
