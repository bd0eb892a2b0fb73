"""Long work that reports and cancels itself: the one contract both front ends consume (issue 14).

Every long operation in the core (export, verify, import with its merge, photo ingest, CSV
import, backup, restore, rekey, demo generation, sync, reports) is a plain function taking

- ``progress: ProgressSink | None`` — called with a :class:`Progress` (phase, done, total and a
  short translatable label), never backwards within a phase; and
- ``cancel: CancelCheck | None`` — polled at safe points; once it answers True the operation
  raises :class:`~fieldkit.errors.CancelledError` *after* putting things back as they were (no
  part file left, the vault unchanged).

The command line feeds both from :mod:`fieldkit.commands.progress` (one text progress line for
every command, Ctrl+C sets the token); the desktop app from its worker thread (the progress page
draws the same :class:`Progress`, its Cancel button sets the token). The work itself never knows
which front end runs it, as Dangerzone's core reports its own progress (STYLE.md).

:class:`Reporter` is the helper the core's functions use to emit events: it keeps each phase
monotonic, adapts older ``(done, total)`` callbacks, and raises on cancel at the points the
function chooses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from fieldkit.errors import CancelledError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class Progress:
    """One step of long work: ``done`` of ``total`` in ``phase``.

    ``phase`` is a stable English code ("verify", "merge", "photos", "write" …) that programs
    and tests compare; ``label`` is what a person reads (an :class:`~fieldkit.i18n.Text`,
    translated where it is shown), or None to show the phase code's own translation.
    ``total`` is 0 when the size is not known yet (a busy bar, not a percentage).
    """

    phase: str
    done: int
    total: int
    label: Text | None = None

    @property
    def fraction(self) -> float | None:
        """done/total between 0 and 1, or None when the total is unknown."""
        if self.total <= 0:
            return None
        return min(1.0, max(0.0, self.done / self.total))

    @property
    def percent(self) -> int | None:
        fraction = self.fraction
        return None if fraction is None else int(fraction * 100)


ProgressSink = Callable[[Progress], None]
#: What long work polls: a :class:`Cancel` token, or any callable answering "stop now?".
CancelCheck = Callable[[], bool]


class Cancel:
    """A cancel token a front end sets (a button, Ctrl+C) and the work polls at safe points.

    Thread-safe; once set it stays set. It is callable (``cancel()`` answers whether it is
    set) so every function that takes a ``CancelCheck`` accepts it as is.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()


def check(cancel: CancelCheck | None, message: str | None = None) -> None:
    """A safe point: raise CancelledError if ``cancel`` says stop (``message``: what was kept)."""
    if cancel is not None and cancel():
        raise CancelledError(message or CANCELLED)


CANCELLED = QT_TRANSLATE_NOOP("errors", "The operation was cancelled; nothing was changed.")


class Reporter:
    """Emits :class:`Progress` events for one operation, each phase from 0 up to its total.

    ``start`` opens a phase (reports done=0), ``advance``/``step`` move it forward (a count
    lower than the last one is ignored, a count above the total is capped, so a bar never
    goes back), ``finish`` reports the phase complete. ``check`` is a safe point for cancel.
    With no sink it costs a comparison per call.
    """

    def __init__(
        self,
        sink: ProgressSink | None,
        cancel: CancelCheck | None = None,
        *,
        cancelled_message: str | None = None,
    ) -> None:
        self._sink = sink
        self._cancel = cancel
        self._cancelled_message = cancelled_message
        self.phase = ""
        self.done = 0
        self.total = 0
        self._label: Text | None = None

    def start(self, phase: str, total: int = 0, label: Text | None = None) -> None:
        self.phase, self.done, self.total, self._label = phase, 0, max(0, total), label
        self._emit()

    def advance(self, done: int) -> None:
        if self.total:
            done = min(done, self.total)
        if done > self.done:
            self.done = done
            self._emit()

    def step(self, n: int = 1) -> None:
        self.advance(self.done + n)

    def finish(self) -> None:
        if self.total and self.done < self.total:
            self.done = self.total
            self._emit()

    def counts(self, phase: str, label: Text | None = None) -> Callable[[int, int], None]:
        """An older ``(done, total)`` callback that reports into this phase (for code below
        that has not moved to the contract yet); the first call opens the phase."""

        def report(done: int, total: int) -> None:
            if self.phase != phase:
                self.start(phase, total, label)
            elif total > self.total:  # an estimate grew: the bar may slow down, not go back
                self.total = total
            self.advance(done)

        return report

    def check(self) -> None:
        check(self._cancel, self._cancelled_message)

    @property
    def cancelled(self) -> bool:
        return self._cancel is not None and bool(self._cancel())

    def _emit(self) -> None:
        if self._sink is not None:
            self._sink(Progress(self.phase, self.done, self.total, self._label))
