"""The sync work the "Bundles & sync" page runs on worker threads (no widgets here).

- :func:`poll` reads every target's status and the quarantine on a connection of its own: the
  status stats each target folder, and a network share that hangs must not freeze the window.
- :func:`run_sync` runs one ``sync_target`` on a connection of its own (it writes: imports,
  receipts, the outbox), holding the media writers' lock like a bundle import does, because a
  sync imports bundles with photos and a cancelled photo import cleans up files without rows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from fieldkit.gui.bundles.tasks import _one_import
from fieldkit.gui.session import Session
from fieldkit.i18n import Text
from fieldkit.identity.card import IdentityCard
from fieldkit.sync import (
    QuarantineEntry,
    SyncProgress,
    SyncReport,
    TargetStatus,
    quarantine,
    sync_target,
    target_status,
)
from fieldkit.sync import quarantined as quarantine_store
from fieldkit.sync.targets import list_targets
from fieldkit.vault.vault import Vault

Cancel = Callable[[], bool]

QUARANTINE_LIMIT = 500


@dataclass
class Poll:
    """What one poll saw."""

    statuses: list[TargetStatus] = field(default_factory=list)
    quarantine: list[QuarantineEntry] = field(default_factory=list)
    # The card inside each bundle refused for an untrusted signer (entry id → card, None when
    # it could not be read): who sent it, and what the app offers to trust.
    senders: dict[int, IdentityCard | None] = field(default_factory=dict)


def sender_cards(
    vault: Vault, entries: list[QuarantineEntry], known: Collection[int] = ()
) -> dict[int, IdentityCard | None]:
    """The sender's card of each untrusted bundle among ``entries`` not in ``known`` (read
    from the file on its folder target: an S3 target's file is not at hand)."""
    wanted = [e for e in entries if e.untrusted and e.kind == "bundle" and e.id not in known]
    if not wanted:
        return {}
    folders = {t.name: t.path for t in list_targets(vault) if not t.is_s3}
    return {
        e.id: quarantine_store.sender_card(vault, e, folders[e.target])
        if e.target in folders
        else None
        for e in wanted
    }


def poll(session: Session, known: Collection[int] = (), probe_age: float | None = None) -> Poll:
    """``known``: entries whose sender card the page already has (not read again);
    ``probe_age``: how old an S3 target's last answer may be (None: the core's default, 0: ask
    the network now)."""
    with session.worker_vault() as vault:
        entries = quarantine(vault)[:QUARANTINE_LIMIT]
        return Poll(target_status(vault, probe_age), entries, sender_cards(vault, entries, known))


@dataclass
class Synced:
    """What a sync did, and the sender cards of the bundles it quarantined as untrusted."""

    report: SyncReport
    senders: dict[int, IdentityCard | None] = field(default_factory=dict)


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
        self.moved_at: float | None = None  # when ``done`` last grew
        # The core's last "not answering, trying again" sentence (a Text), None once bytes move.
        self.notice: Text | None = None

    def update(self, p: SyncProgress) -> None:
        if p.stage != "deliver" or p.total <= 0:
            return
        now = self.clock()
        if self.started is None:
            self.started, self.first = now, p.done
        if self.moved_at is None or p.done > self.done:
            self.moved_at = now
            self.notice = None
        self.done, self.total = p.done, p.total

    def tell(self, notice: Text) -> None:
        """The core's sentence about a retry (``run_sync``'s ``notice``, on the worker)."""
        self.notice = notice

    def stalled(self, seconds: float) -> bool:
        """Whether no byte has moved for ``seconds`` while some are left to send: a link gone
        silent is retried for minutes, and an estimate from the earlier rate would promise a
        minute left all that time."""
        if self.moved_at is None or self.done >= self.total:
            return self.notice is not None
        return self.clock() - self.moved_at >= seconds

    def eta_seconds(self) -> float | None:
        if self.started is None or self.total <= 0:
            return None
        elapsed = self.clock() - self.started
        moved = self.done - self.first
        if elapsed < 1.0 or moved <= 0:
            return None
        return (self.total - self.done) * elapsed / moved


def run_sync(
    session: Session,
    name: str,
    progress: Callable[[SyncProgress], None],
    cancel: Cancel,
    notice: Callable[[Text], None] | None = None,
) -> Synced:
    """One sync with target ``name``; ``notice`` is told of each retry of an S3 target that
    stopped answering. Raises what ``sync_target`` raises, and ImportBusyError."""
    with _one_import(), session.worker_vault() as vault:
        report = sync_target(vault, name, progress, cancel, notice=notice)
        return Synced(report, sender_cards(vault, report.quarantined))
