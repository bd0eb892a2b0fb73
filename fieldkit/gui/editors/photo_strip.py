"""The photos of a record: a strip of thumbnails, drag-and-drop and "Add photos…", a role
for the next photos, and progress with Cancel while they are added. Each photo's menu
(right-click, or the Menu key / Shift+F10) removes it or changes its role or caption; Delete
and F2 do the same from the keyboard. The editor asks and saves."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui.progress_page import SCALE
from fieldkit.gui.thumbnails import ThumbnailCache
from fieldkit.gui.vocabulary_labels import value_label
from fieldkit.gui.widgets import dropped_files, hrow, named, push_button
from fieldkit.records.vocabularies import PHOTO_ROLES
from fieldkit.tasks import Progress

SHA_ROLE = Qt.ItemDataRole.UserRole + 1
IMAGE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.JPG *.JPEG *.PNG *.TIF *.TIFF"


class TakesDroppedFiles:
    """Files dragged in from a file manager go to :meth:`files_dropped` (a widget mixin; the
    widget calls ``setAcceptDrops(True)``)."""

    def files_dropped(self, files: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped(files)


class PhotoStrip(TakesDroppedFiles, QWidget):
    files_chosen = Signal(list)  # list[Path]
    photo_opened = Signal(str)  # sha256
    cancel_requested = Signal()
    remove_requested = Signal(str)  # sha256
    role_requested = Signal(str, str)  # sha256, role
    caption_requested = Signal(str)  # sha256

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.thumbnails = thumbnails
        thumbnails.loaded.connect(self._thumbnail_loaded)
        self.list = named(QListWidget(self), "photoStrip", self.tr("Photos"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(thumbnails.size))
        self.list.setFixedHeight(thumbnails.size.height() + 48)
        self.list.setMovement(QListView.Movement.Static)
        self.list.itemActivated.connect(lambda item: self.photo_opened.emit(item.data(SHA_ROLE)))
        self.list.setToolTip(
            self.tr("Enter opens a photo; right-click or the Menu key: remove, role, caption.")
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu_at)
        self.remove_action = self._list_action(
            self.tr("Remove…"), QKeySequence.StandardKey.Delete, self.remove_requested
        )
        self.caption_action = self._list_action(
            self.tr("Caption…"), QKeySequence(Qt.Key.Key_F2), self.caption_requested
        )
        self.media: list[dict[str, Any]] = []
        self.empty = QLabel(self.tr("No photos yet. Drop photos here or use “Add photos…”."), self)
        self.empty.setWordWrap(True)
        self.pending_note = named(
            QLabel(
                self.tr("Photos in italics are not saved yet: Save keeps them with the record."),
                self,
            ),
            "pendingPhotosNote",
        )
        self.pending_note.setWordWrap(True)
        self.pending: set[str] = set()
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of the next photos"))
        for role in PHOTO_ROLES:
            self.role.addItem(value_label(role), role)
        self.add_button = push_button(self.tr("Add &photos…"), self, "addPhotos", self.choose_files)
        self.progress = named(QProgressBar(self), "photoProgress")
        self.progress.setVisible(False)
        self.cancel_button = push_button(self.tr("Cancel"), self, "cancelPhotos")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        controls = hrow(QLabel(self.tr("Role:"), self), self.role, None, self.add_button)
        busy = hrow(self.progress, 1, self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.pending_note)
        layout.addLayout(controls)
        layout.addLayout(busy)
        self.set_media([])

    def _list_action(
        self, text: str, key: QKeySequence | QKeySequence.StandardKey, signal: SignalInstance
    ) -> QAction:
        action = QAction(text, self.list)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self._emit_for_current(signal))
        self.list.addAction(action)
        return action

    def current_sha(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(SHA_ROLE)) if item is not None and item.isSelected() else None

    def _emit_for_current(self, signal: SignalInstance) -> None:
        sha = self.current_sha()
        if sha is not None and self.isEnabled():
            signal.emit(sha)

    def photo_menu(self, sha: str) -> QMenu:
        """Remove…, Role ▸ (the photo's role checked), Caption… for one photo."""
        menu = named(QMenu(self), "photoMenu")
        remove = menu.addAction(self.tr("&Remove…"))
        remove.triggered.connect(lambda: self.remove_requested.emit(sha))
        roles = menu.addMenu(self.tr("R&ole"))
        current = next((m.get("role") for m in self.media if m["sha256"] == sha), None)
        group = QActionGroup(roles)
        for role in PHOTO_ROLES:
            action = roles.addAction(value_label(role))
            action.setCheckable(True)
            action.setChecked(role == current)
            action.setData(role)
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, r=role: self.role_requested.emit(sha, r)
            )
        caption = menu.addAction(self.tr("&Caption…"))
        caption.triggered.connect(lambda: self.caption_requested.emit(sha))
        return menu

    def _menu_at(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos) or self.list.currentItem()
        if item is None or not self.isEnabled():
            return
        self.list.setCurrentItem(item)
        menu = self.photo_menu(str(item.data(SHA_ROLE)))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rect = self.list.visualItemRect(item)
        where = pos if rect.contains(pos) else rect.center()
        menu.popup(self.list.viewport().mapToGlobal(where))

    def set_role(self, role: str) -> None:
        self.role.setCurrentIndex(max(self.role.findData(role), 0))

    def set_media(self, media: list[dict[str, Any]], pending: Collection[str] = ()) -> None:
        """Show ``media``; those in ``pending`` (by SHA-256) were added to a record not saved
        yet, and are shown in italics until it is."""
        current = self.current_sha()
        self.media = [dict(m) for m in media]
        self.pending = set(pending)
        self.list.clear()
        for entry in media:
            sha = str(entry["sha256"])
            role = value_label(entry.get("role", ""))
            text = entry.get("caption") or role
            item = QListWidgetItem(text, self.list)
            item.setData(SHA_ROLE, sha)
            tip = f"{role} — {entry['caption']}" if entry.get("caption") else role
            if sha in self.pending:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                tip += "\n" + self.pending_note.text()
            item.setToolTip(tip)
            pixmap = self.thumbnails.get(sha)
            if pixmap is not None:
                item.setIcon(QIcon(pixmap))
            if sha == current:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(media))
        self.empty.setVisible(not media)
        self.pending_note.setVisible(bool(self.pending))

    def _thumbnail_loaded(self, sha: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(SHA_ROLE) == sha:
                pixmap = self.thumbnails.get(sha)
                if pixmap is not None:
                    item.setIcon(QIcon(pixmap))
                    # The icon changes the item's height (a landscape thumbnail is lower than
                    # the square kept for it): the view repaints only the item's new rectangle,
                    # and the caption drawn lower down stayed on screen as a second caption.
                    self.list.viewport().update()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos ({patterns})").format(patterns=IMAGE_FILTER),
        )
        if names:
            self.files_chosen.emit([Path(n) for n in names])

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.add_button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def show_progress(self, progress: Progress) -> None:
        """The core's photos phase, in bytes (scaled: a QProgressBar holds ints)."""
        fraction = progress.fraction
        if fraction is None:
            return
        self.progress.setRange(0, SCALE)
        self.progress.setValue(int(SCALE * fraction))

    def files_dropped(self, files: list[Path]) -> None:
        self.files_chosen.emit(files)
