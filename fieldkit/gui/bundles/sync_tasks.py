"""The sync work the "Bundles & sync" page runs on worker threads (no widgets here).

- :func:`poll` reads every target's status and the quarantine on a connection of its own: the
  status stats each target folder, and a network share that hangs must not freeze the window.
- :func:`run_sync` runs one ``sync_target`` on a connection of its own (it writes: imports,
  receipts, the outbox), holding the media writers' lock like a bundle import does, because a
  sync imports bundles with photos and a cancelled photo import cleans up files without rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from fieldkit.gui.bundles.tasks import _one_import
from fieldkit.gui.session import Session
from fieldkit.sync import (
    QuarantineEntry,
    SyncProgress,
    SyncReport,
    TargetStatus,
    quarantine,
    sync_target,
    target_status,
)

Cancel = Callable[[], bool]

QUARANTINE_LIMIT = 500


@dataclass
class Poll:
    """What one poll saw."""

    statuses: list[TargetStatus] = field(default_factory=list)
    quarantine: list[QuarantineEntry] = field(default_factory=list)


def poll(session: Session) -> Poll:
    with session.worker_vault() as vault:
        return Poll(target_status(vault), quarantine(vault)[:QUARANTINE_LIMIT])


class Transfer:
    """Bytes moved in the deliver stage of a sync, and an ETA from the rate so far.

    Written by the worker thread (``update``), read by the GUI thread (``text``): plain
    numbers, each assignment whole."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        import time

        self.clock = clock or time.monotonic
        self.done = 0
        self.total = 0
        self.started: float | None = None
        self.first = 0

    def update(self, p: SyncProgress) -> None:
        if p.stage != "deliver" or p.total <= 0:
            return
        if self.started is None:
            self.started, self.first = self.clock(), p.done
        self.done, self.total = p.done, p.total

    def eta_seconds(self) -> float | None:
        if self.started is None or self.total <= 0:
            return None
        elapsed = self.clock() - self.started
        moved = self.done - self.first
        if elapsed < 1.0 or moved <= 0:
            return None
        return (self.total - self.done) * elapsed / moved


def megabytes(n: int) -> str:
    return f"{n / 1e6:.1f}"


def run_sync(
    session: Session,
    name: str,
    progress: Callable[[SyncProgress], None],
    cancel: Cancel,
) -> SyncReport:
    """One sync with target ``name``. Raises what ``sync_target`` raises, and ImportBusyError."""
    with _one_import(), session.worker_vault() as vault:
        return sync_target(vault, name, progress, cancel)
