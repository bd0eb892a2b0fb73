"""Photo thumbnails for tables and strips, read and decoded off the GUI thread.

Choice: a worker thread reads thumbnails over a separate read-only connection
(``Session.read_connection``) and decodes them into QImages there; the GUI thread only turns
finished QImages into QPixmaps. The vault's own connection is never touched from the worker
(it is not safe for concurrent use), and decoding JPEGs — the costly part — stays off the GUI
thread. Requests are batched, one worker at a time; results carry a generation number so that
anything arriving after :meth:`ThumbnailCache.clear` (lock) is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from fieldkit.gui.workers import Worker, start
from fieldkit.records.photos import thumbnail

if TYPE_CHECKING:
    from fieldkit.gui.session import Session

BATCH = 24


def _load(session: Session, shas: list[str], size: QSize) -> list[tuple[str, QImage]]:
    conn = session.read_connection()
    try:
        out = []
        for sha in shas:
            data = thumbnail(conn, sha)
            image = QImage()
            if data is not None and image.loadFromData(data):
                image = image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            out.append((sha, image))
        return out
    finally:
        conn.close()


class ThumbnailCache(QObject):
    """Small QPixmaps by photo SHA-256, an LRU of ``capacity``; ``loaded(sha)`` when one arrives
(until then :meth:`get` gives a blank placeholder of the same size)."""

    loaded = Signal(str)

    def __init__(self, size: int = 56, capacity: int = 400, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = QSize(size, size)
        self.capacity = capacity
        self._session: Session | None = None
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._placeholder: QPixmap | None = None
        self._queue: list[str] = []
        self._pending: set[str] = set()
        self._generation = 0
        self._worker: Worker | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._kick = QTimer(self, singleShot=True, interval=0)
        self._kick.timeout.connect(self._start_batch)

    def set_session(self, session: Session | None) -> None:
        self.clear()
        self._session = session

    def __len__(self) -> int:
        return len(self._pixmaps)

    def get(self, sha: str) -> QPixmap | None:
        """The pixmap if cached; otherwise a load is queued and, meanwhile, :attr:`placeholder`.

        The placeholder is as large as any thumbnail, so views lay their items out at their
        final size before the first paint: an icon-mode list places its items once and does not
        move them when an icon grows, so thumbnails arriving later overlapped their neighbours.
        """
        pixmap = self._pixmaps.get(sha)
        if pixmap is not None:
            self._pixmaps.move_to_end(sha)
            return pixmap
        if self._session is not None and sha not in self._pending:
            self._pending.add(sha)
            self._queue.append(sha)
            self._kick.start()
        return self.placeholder

    @property
    def placeholder(self) -> QPixmap:
        """A blank (transparent) pixmap of the thumbnails' full size."""
        if self._placeholder is None or self._placeholder.size() != self.size:
            self._placeholder = QPixmap(self.size)
            self._placeholder.fill(Qt.GlobalColor.transparent)
        return self._placeholder

    def _start_batch(self) -> None:
        if self._worker is not None or not self._queue or self._session is None:
            return
        # Newest requests first: what was asked for last is what is on screen now.
        batch = self._queue[-BATCH:][::-1]
        del self._queue[-BATCH:]
        worker = Worker(_load, self._session, batch, self.size)
        generation = self._generation
        worker.signals.finished.connect(lambda result: self._arrived(generation, result))
        worker.signals.failed.connect(lambda _exc: self._failed(generation, batch))
        worker.signals.done.connect(lambda: self._batch_done(worker))
        self._worker = worker
        start(worker, self._pool)

    def _batch_done(self, worker: Worker) -> None:
        if self._worker is worker:
            self._worker = None
        if self._queue:
            self._kick.start()

    def _failed(self, generation: int, batch: list[str]) -> None:
        # A thumbnail that cannot be read (vault locked meanwhile, damaged row) shows no image.
        if generation == self._generation:
            self._pending.difference_update(batch)

    def _arrived(self, generation: int, result: list[tuple[str, QImage]]) -> None:
        if generation != self._generation:
            return
        for sha, image in result:
            self._pending.discard(sha)
            if image.isNull():
                continue
            self._pixmaps[sha] = QPixmap.fromImage(image)
            while len(self._pixmaps) > self.capacity:
                self._pixmaps.popitem(last=False)
            self.loaded.emit(sha)

    def clear(self) -> None:
        """Drop every pixmap and pending request, and wait for a running read to end."""
        self._generation += 1
        self._kick.stop()
        self._queue.clear()
        self._pending.clear()
        self._pixmaps.clear()
        self._pool.waitForDone(5000)
        self._worker = None
