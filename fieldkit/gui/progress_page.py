"""A page for long work: what is happening, a progress bar, and Cancel — wired to a Worker.

It draws the task contract's :class:`~fieldkit.tasks.Progress`: the step's own label under the
page's text, the bar at ``done/total`` (a busy bar while the total is unknown); Cancel sets the
worker's :class:`~fieldkit.tasks.Cancel` token.

Work in known phases (a sync's stages) can show one bar over all of them (``phases``); a page
may add a detail of its own after the step (``detail``: bytes and time left of a delivery). A
``compact`` page is one row (text, step, bar, Cancel) for a panel rather than a dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.gui import workers
from fieldkit.gui.widgets import button_box, heading
from fieldkit.i18n import localise
from fieldkit.tasks import Progress

T = TypeVar("T")

SCALE = 1000  # QProgressBar holds ints; byte counts do not fit


class ProgressPage(QWidget):
    drawn = Signal(object)  # the Progress the page has just shown

    def __init__(self, title: str, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.worker: workers.Worker | None = None
        # The phases of the work in order: the bar then moves over all of them, not per phase.
        self.phases: Sequence[str] = ()
        # Said after the step's label, for each Progress (empty: nothing).
        self.detail: Callable[[Progress], str] | None = None
        self._slots: tuple[Callable[[Any], None], Callable[[BaseException], None]] | None = None
        self.title = heading(title, self, size=1.3)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.step = QLabel(self)  # the step the work is at (its Progress label)
        self.step.setObjectName("progressStep")
        self.step.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setAccessibleName(title)
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelWork")
        self.cancel_button.setAccessibleName(self.tr("Cancel: {what}").format(what=title))
        self.cancel_button.clicked.connect(self.cancel)
        if compact:
            self.title.setVisible(False)
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in (self.label, self.step):
                widget.setWordWrap(False)
                row.addWidget(widget)
            row.addWidget(self.bar, 1)
            row.addWidget(self.cancel_button)
            return
        buttons = button_box(self, reject=self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def run(
        self,
        text: str,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        **kwargs: Any,
    ) -> workers.Worker:
        """Run ``fn(*args, progress=…, cancel=…, **kwargs)`` on a worker, showing its progress."""
        self.label.setText(text)
        self.step.clear()
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        worker = workers.Worker(fn, *args, **kwargs)
        worker.kwargs = {**kwargs, "progress": worker.report, "cancel": worker.token}
        # Bound methods, not lambdas: Qt drops the connections if this page is deleted first.
        worker.signals.stepped.connect(self._progress)
        worker.signals.finished.connect(self._worker_finished)
        worker.signals.failed.connect(self._worker_failed)
        self._slots = (on_done, on_error)
        self.worker = worker
        workers.start(worker)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return worker

    def _progress(self, progress: Progress) -> None:
        if not self._current():
            return
        if progress.label is not None or self.detail is not None:
            step = "" if progress.label is None else localise(progress.label)
            # Not said twice: a one-step task's label is often the page's own title.
            parts = ["" if step == self.title.text() else step]
            parts.append(self.detail(progress) if self.detail is not None else "")
            self.step.setText(" — ".join(part for part in parts if part))
        fraction = self._fraction(progress)
        if fraction is None:
            if self.bar.maximum() != 0 and self.bar.value() <= 0:
                self.bar.setRange(0, 0)  # busy until a total is known (never back from a value)
        else:
            if self.bar.maximum() != SCALE:
                self.bar.setRange(0, SCALE)
            self.bar.setValue(round(SCALE * fraction))
        self.drawn.emit(progress)

    def _fraction(self, progress: Progress) -> float | None:
        if progress.phase not in self.phases:
            return progress.fraction
        # A phase of unknown size counts as started; the next phase moves the bar on.
        within = progress.fraction or 0.0
        return (self.phases.index(progress.phase) + within) / len(self.phases)

    def _current(self) -> bool:
        # Only the worker this page still waits for (not one it gave up on when locking).
        return self.worker is not None and self.sender() is self.worker.signals

    def _worker_finished(self, result: Any) -> None:
        if self._current() and self._slots is not None:
            self.worker = None
            self._slots[0](result)

    def _worker_failed(self, exc: BaseException) -> None:
        if self._current() and self._slots is not None:
            self.worker = None
            self._slots[1](exc)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def stop(self, timeout: float) -> None:
        """Cancel the work, wait up to ``timeout`` seconds for it and forget it: its answer is
        dropped (the vault is being locked)."""
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            worker.wait(timeout)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))
