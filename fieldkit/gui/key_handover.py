"""A new recovery key goes to the person before the vault commits to it.

The core calls ``deliver_recovery_key`` just before its commit point (creating a vault,
replacing the recovery key, rekeying). In the desktop app that call runs on a worker thread:
:class:`KeyHandover` shows the key in the window and holds the worker until the person confirms
it is written down. Only then is the change committed. If the window or the app goes away
first, the worker is released with a CancelledError and nothing changes: a key nobody saw never
becomes the only way into a vault.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from fieldkit.errors import CancelledError


class KeyHandover(QObject):
    ready = Signal(str)  # the new key, to show (emitted on the worker thread, queued to the GUI)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._confirmed = False
        self._abandoned = False  # for good: the window or the app is going away
        app = QCoreApplication.instance()
        if app is not None:
            # A worker still waiting for an answer would keep the app from ever exiting.
            app.aboutToQuit.connect(self.abandon)

    def deliver(self, key: str) -> None:
        """Called by the core on the worker thread: show ``key`` and wait for the answer.

        Each key needs its own answer: a retry after a failed commit must not go through on
        the confirmation of the key shown before."""
        self._confirmed = False
        self._answered.clear()
        if self._abandoned:
            raise CancelledError("The new recovery key was not confirmed; nothing was changed.")
        self.ready.emit(key)
        self._answered.wait()
        if not self._confirmed or self._abandoned:
            raise CancelledError("The new recovery key was not confirmed; nothing was changed.")

    def confirm(self) -> None:
        """The person has the key: let the core commit."""
        self._confirmed = True
        self._answered.set()

    def abandon(self) -> None:
        """No answer will come: the core gives up before its commit point (now and later)."""
        self._abandoned = True
        self._answered.set()

    @property
    def waiting(self) -> bool:
        return not self._answered.is_set()
