"""A zoomable photo viewer: wheel zooms around the pointer, Fit and 100 %, keyboard shortcuts.

The original is decrypted and decoded in a worker (a 12 MP JPEG takes a moment), straight from
the vault's media store into memory — never through a file.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
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


def _decode(session: Session, media_name: str) -> QImage:
    image = QImage()
    image.loadFromData(session.vault.media.read_bytes(media_name))
    return image


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
    def __init__(
        self, session: Session, sha256: str, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("photoViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title or self.tr("Photo — FieldKit"))
        self.session = session
        self.view = ZoomView(self)
        self.view.setAccessibleName(self.tr("Photo"))
        self.note = QLabel(self)
        self.note.setVisible(False)
        toolbar = QToolBar(self)
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
        self.details = named(QLabel(self), "photoDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        toolbar.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.resize(1000, 700)
        self.worker: workers.Worker | None = None
        self._load(sha256)

    def _load(self, sha256: str) -> None:
        thumb = thumbnail(self.session.vault.db, sha256)
        if thumb:
            preview = QPixmap()
            preview.loadFromData(thumb)
            self.view.set_pixmap(preview)
        info = photo_info(self.session.vault.db, sha256)
        if info is not None:
            self.details.setText("   " + describe_photo(info))
        if info is None or not info.media_name:
            self.note.setText(self.tr("Only the thumbnail of this photo is in this vault."))
            self.note.setVisible(True)
            return
        self.worker = workers.run_in_background(
            _decode, self.session, info.media_name, on_done=self._loaded, on_error=self._failed
        )

    def _loaded(self, image: QImage) -> None:
        self.worker = None
        if not image.isNull():
            self.view.set_pixmap(QPixmap.fromImage(image))

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        show_error(self, exc)
