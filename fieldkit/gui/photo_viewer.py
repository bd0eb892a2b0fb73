"""A zoomable photo viewer: wheel zooms around the pointer, Fit and 100 %, keyboard shortcuts;
with the record's photos, previous and next (←/→, Page Up/Page Down) and each one's caption.

The original is decrypted and decoded in a worker (a 12 MP JPEG takes a moment), straight from
the vault's media store into memory — never through a file.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import workers
from fieldkit.gui.dates import format_moment
from fieldkit.gui.errors import show_error
from fieldkit.gui.session import Session
from fieldkit.gui.widgets import named
from fieldkit.gui.window_fit import usable_area
from fieldkit.records.photo_exif import orientation, read_exif
from fieldkit.records.photos import PhotoInfo, photo_info, thumbnail

ZOOM_STEP = 1.25


def describe_photo(info: PhotoInfo) -> str:
    """When and where the photo was taken (from its EXIF data), its size in pixels and bytes."""
    parts = []
    if info.captured_at:
        try:
            taken = datetime.fromisoformat(info.captured_at)
        except ValueError:
            parts.append(
                QCoreApplication.translate("PhotoViewer", "Taken {when}").format(
                    when=info.captured_at
                )
            )
        else:
            when = format_moment(taken)  # the app's one date format
            parts.append(
                QCoreApplication.translate("PhotoViewer", "Taken {when}").format(when=when)
            )
    else:
        parts.append(QCoreApplication.translate("PhotoViewer", "No capture time in the photo"))
    if info.gps is not None:
        parts.append(
            QCoreApplication.translate("PhotoViewer", "GPS {lat:.5f}, {lon:.5f}").format(
                lat=info.gps[0], lon=info.gps[1]
            )
        )
    if info.width and info.height:
        parts.append(f"{info.width} × {info.height} px")
    return " · ".join(parts)


# EXIF orientation (2..8) → the turn that stands the decoded picture up, as Pillow's
# exif_transpose does (Qt's positive angles turn clockwise on screen).
_UPRIGHT = {
    2: QTransform().scale(-1, 1),
    3: QTransform().rotate(180),
    4: QTransform().scale(1, -1),
    5: QTransform(0, 1, 1, 0, 0, 0),  # transpose
    6: QTransform().rotate(90),
    7: QTransform(0, -1, -1, 0, 0, 0),  # transverse
    8: QTransform().rotate(270),
}


def _decode(session: Session, media_name: str) -> QImage:
    """The original, decoded and turned as the camera says (EXIF Orientation), as the
    thumbnails are (SPEC §4): a photo taken in portrait showed lying on its side, under a
    status line saying "3000 × 4000 px". The orientation is read by Pillow (the header only)
    and the turn done on the decoded QImage: QImage.loadFromData, as before, rather than a
    QImageReader on a QBuffer made in the worker's thread (a CI run hung in the GUI thread's
    layout while one decoded)."""
    raw = session.vault.media.read_bytes(media_name)
    image = QImage()
    image.loadFromData(raw)
    turn = _UPRIGHT.get(_orientation(raw))
    return image if turn is None or image.isNull() else image.transformed(turn)


def _orientation(raw: bytes) -> int:
    try:
        with Image.open(io.BytesIO(raw)) as img:
            return orientation(read_exif(img))
    except Exception:  # any decoder failure on hostile bytes: no turn (the image may be fine)
        return 1


def _decode_photo(session: Session, media_name: str, sha256: str) -> tuple[str, QImage]:
    return sha256, _decode(session, media_name)


class ZoomView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.fitted = True

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted = True

    def actual_size(self) -> None:
        self.resetTransform()
        self.fitted = False

    def zoom_by(self, factor: float) -> None:
        new = self.zoom * factor
        if 0.02 <= new <= 16:
            self.scale(factor, factor)
            self.fitted = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()


class PhotoViewer(QWidget):
    """One photo, or one of a record's ``photos`` (media entries: sha256, caption) to page
    through with previous/next."""

    def __init__(
        self,
        session: Session,
        sha256: str,
        title: str = "",
        parent: QWidget | None = None,
        photos: Sequence[Mapping[str, Any]] = (),
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("photoViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title or self.tr("Photo — FieldKit"))
        self.session = session
        self.photos = [dict(p) for p in photos if p.get("sha256")] or [{"sha256": sha256}]
        self.index = next((i for i, p in enumerate(self.photos) if p["sha256"] == sha256), 0)
        self.view = ZoomView(self)
        self.view.setAccessibleName(self.tr("Photo"))
        self.note = QLabel(self)
        self.note.setVisible(False)
        self.caption = named(QLabel(self), "photoCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setContentsMargins(8, 4, 8, 4)
        toolbar = QToolBar(self)
        # Right to left, the next photo is to the left: the arrows follow the reading direction.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back, forward = (
            (Qt.Key.Key_Right, Qt.Key.Key_Left) if rtl else (Qt.Key.Key_Left, Qt.Key.Key_Right)
        )
        self.previous_action = self._action(
            toolbar,
            self.tr("Previous photo"),
            [QKeySequence(back), QKeySequence(Qt.Key.Key_PageUp)],
            lambda: self.step(-1),
        )
        self.next_action = self._action(
            toolbar,
            self.tr("Next photo"),
            [QKeySequence(forward), QKeySequence(Qt.Key.Key_PageDown)],
            lambda: self.step(1),
        )
        self.position = named(QLabel(toolbar), "photoPosition")
        toolbar.addWidget(self.position)
        toolbar.addSeparator()
        for text, keys, slot in (
            (
                self.tr("Zoom in"),
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.view.zoom_by(ZOOM_STEP),
            ),
            (
                self.tr("Zoom out"),
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.view.zoom_by(1 / ZOOM_STEP),
            ),
            (self.tr("Fit"), QKeySequence("Ctrl+0"), self.view.fit),
            (self.tr("Actual size"), QKeySequence("Ctrl+1"), self.view.actual_size),
            (self.tr("Close"), QKeySequence.StandardKey.Close, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.addAction(action)
        # Escape closes the viewer too, as every other window that shows one thing does.
        close = self.actions()[-1]
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        # Under the photo, not in the toolbar: with previous/next there, a French toolbar
        # overflowed at 1000 px and hid when and where the photo was taken.
        self.details = named(QLabel(self), "photoDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(8, 2, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.details)
        self.resize(1000, 700)
        self.worker: workers.Worker | None = None
        self._show(self.index)

    def _action(self, toolbar: QToolBar, text: str, keys: list[QKeySequence], slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        toolbar.addAction(action)
        self.addAction(action)
        return action

    def showEvent(self, event: QShowEvent) -> None:
        # Placed by us, inside the screen's usable area: left to the window manager, a
        # 1000×700 viewer went under the pointer and its bottom off a 1366×768 screen.
        if not self.property("photoViewerPlaced"):
            self.setProperty("photoViewerPlaced", True)
            screen = self.screen()
            if screen is not None:
                area = usable_area(screen)
                width, height = min(self.width(), area.width()), min(self.height(), area.height())
                self.resize(width, height)
                self.move(
                    area.x() + (area.width() - width) // 2,
                    area.y() + (area.height() - height) // 2,
                )
        super().showEvent(event)

    def step(self, by: int) -> None:
        """Show the previous (-1) or next (+1) photo of the record, if there is one."""
        target = self.index + by
        if 0 <= target < len(self.photos):
            self._show(target)

    def _show(self, index: int) -> None:
        self.index = index
        many = len(self.photos) > 1
        self.previous_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < len(self.photos) - 1)
        for action in (self.previous_action, self.next_action):
            action.setVisible(many)
        self.position.setText(
            self.tr("{n} of {total}").format(n=index + 1, total=len(self.photos)) if many else ""
        )
        caption = str(self.photos[index].get("caption") or "").strip()
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.note.setVisible(False)
        self.details.setText("")
        self._load(str(self.photos[index]["sha256"]))

    def _load(self, sha256: str) -> None:
        thumb = thumbnail(self.session.vault.db, sha256)
        if thumb:
            preview = QPixmap()
            preview.loadFromData(thumb)
            self.view.set_pixmap(preview)
        info = photo_info(self.session.vault.db, sha256)
        if info is not None:
            self.details.setText(describe_photo(info))
        if info is None or not info.media_name:
            self.note.setText(self.tr("Only the thumbnail of this photo is in this vault."))
            self.note.setVisible(True)
            return
        # Bound methods only: a lambda held by the worker would keep a closed viewer alive.
        self.worker = workers.run_in_background(
            _decode_photo,
            self.session,
            info.media_name,
            sha256,
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, decoded: tuple[str, QImage]) -> None:
        sha256, image = decoded
        if sha256 != self.photos[self.index]["sha256"]:
            return  # paged on meanwhile: the photo now shown has its own decode coming
        self.worker = None
        if not image.isNull():
            self.view.set_pixmap(QPixmap.fromImage(image))

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        show_error(self, exc)
