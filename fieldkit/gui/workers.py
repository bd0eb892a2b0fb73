"""Long work off the GUI thread: a QRunnable running a plain core function with a cancel token.

The core's long functions take ``progress`` and ``cancel`` (the task contract,
:mod:`fieldkit.tasks`); :class:`Worker` passes its own: :meth:`Worker.report` turns each
:class:`~fieldkit.tasks.Progress` into a signal, and :attr:`Worker.token` is the
:class:`~fieldkit.tasks.Cancel` the GUI thread sets. Results and errors come back as queued
signals, so slots always run on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QAbstractButton

from fieldkit.tasks import Cancel, Progress

T = TypeVar("T")


class WorkerSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    progress = Signal(int, int)  # done, total (work still on the older callback)
    stepped = Signal(object)  # a tasks.Progress, for either kind of work
    done = Signal()  # after finished or failed, whichever came


class Worker(QRunnable):
    """Runs ``fn(*args, **kwargs)``; give ``fn`` :meth:`report` and :meth:`cancelled` if wanted."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # we keep a reference; Qt must not delete under us
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.token = Cancel()
        self._finished = threading.Event()

    def cancel(self) -> None:
        self.token.set()

    def cancelled(self) -> bool:
        return self.token.is_set()

    def report(self, done: int | Progress, total: int = 0) -> None:
        """The work's ``progress``: a :class:`Progress` (the task contract), or an older
        ``(done, total)`` pair, shown as a Progress of no phase."""
        if isinstance(done, Progress):
            self.signals.stepped.emit(done)
            return
        self.signals.stepped.emit(Progress("", int(done), int(total)))
        self.signals.progress.emit(int(done), int(total))

    @property
    def is_done(self) -> bool:
        return self._finished.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._finished.wait(timeout)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # every error goes back to the GUI thread
            self._finished.set()
            self.signals.failed.emit(exc)
        else:
            self._finished.set()
            self.signals.finished.emit(result)
        self.signals.done.emit()


_running: set[Worker] = set()


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Start ``worker`` on ``pool`` (the global one by default), keeping it alive until done."""
    _running.add(worker)
    worker.signals.done.connect(lambda: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def run_in_background(
    fn: Callable[..., T],
    *args: Any,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    **kwargs: Any,
) -> Worker:
    worker = Worker(fn, *args, **kwargs)
    if on_done is not None:
        worker.signals.finished.connect(on_done)
    if on_error is not None:
        worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    return start(worker)


def run_for_page(
    owner: Any,
    button: QAbstractButton,
    fn: Callable[..., T],
    *args: Any,
    wanted: Callable[[], bool],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], object],
) -> Worker:
    """A page's background read: ``button`` (what asks for it) is disabled and ``owner.worker``
    holds the worker until it ends; then its answer goes to ``on_done`` or ``on_error`` only if
    still ``wanted()`` (no lock or other vault meanwhile), else it is dropped."""

    def ended() -> bool:
        owner.worker = None
        button.setEnabled(True)
        return wanted()

    def done(result: T) -> None:
        if ended():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if ended():
            on_error(exc)

    button.setEnabled(False)
    return run_in_background(fn, *args, on_done=done, on_error=failed)
