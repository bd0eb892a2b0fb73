"""One sync with a target, start to end (SPEC §8), and the status of every target.

Order of a sync, under the target's lock:

1. tidy: temporary files an interrupted sync of this vault left (ours only);
2. read receipts addressed to this vault: they advance acknowledgements (SPEC §7);
3. pick up bundles for this vault: verify, import, or quarantine with the reason;
4. write receipts for the senders whose bundles we hold;
5. export what is new for the target's recipients into the outbox (nothing when nothing is);
6. deliver what the outbox holds for them (temporary name, fsync, rename, hash check);
7. remove from the target our bundles that every recipient has acknowledged.

Receipts and imports come before the export so that it leaves out what the recipients just
acknowledged, and so that a coordinator forwards what it picked up in the same sync. A
target that is read-only, full or pulled out mid-way stops the writing steps with one plain
sentence in the report; what was imported stays imported, and the outbox keeps every bundle.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit import foreign_files
from fieldkit.bundles.export import Recipient
from fieldkit.bundles.importer import ImportResult
from fieldkit.bundles.selection import not_yet_sent
from fieldkit.errors import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_UNTRUSTED,
    CancelledError,
    DiskFullError,
    ReadOnlyMediumError,
    StorageError,
)
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, message
from fieldkit.identity import own
from fieldkit.identity.own import OwnIdentity
from fieldkit.tasks import Progress
from fieldkit.vault.vault import Vault

from . import delivery, inbox, outbox
from . import quarantined as q
from .storage import Delivery, TargetOfflineError, TargetStorage, open_storage
from .targets import (
    SyncTarget,
    get_target,
    list_targets,
    reachability,
    recipients_of,
    record_outcome,
    stream_of,
)

log = logging.getLogger(__name__)

STAGES = ("receipts", "pickup", "export", "deliver", "cleanup")


#: What each stage says while it runs (the task contract's label; ``{target}``: its name).
STAGE_LABELS = {
    "receipts": QT_TRANSLATE_NOOP("progress", "{target}: reading receipts"),
    "pickup": QT_TRANSLATE_NOOP("progress", "{target}: picking up bundles"),
    "export": QT_TRANSLATE_NOOP("progress", "{target}: writing a bundle"),
    "deliver": QT_TRANSLATE_NOOP("progress", "{target}: copying bundles"),
    "cleanup": QT_TRANSLATE_NOOP("progress", "{target}: removing acknowledged bundles"),
}
#: What a step inside a stage says instead (``SyncProgress.step``): the stage stays the phase,
#: so a bar over the stages keeps its place while the label says what is being done.
STEP_LABELS = {
    "listing": QT_TRANSLATE_NOOP("progress", "{target}: listing what the target holds"),
    "downloading": QT_TRANSLATE_NOOP("progress", "{target}: downloading a bundle"),
    "verifying": QT_TRANSLATE_NOOP("progress", "{target}: verifying a bundle"),
    "importing": QT_TRANSLATE_NOOP("progress", "{target}: importing a bundle"),
    "quarantining": QT_TRANSLATE_NOOP("progress", "{target}: keeping a refused file in quarantine"),
    "uploading": QT_TRANSLATE_NOOP("progress", "{target}: uploading bundles"),
}


@dataclass(frozen=True)
class SyncProgress(Progress):
    """What a sync is doing: a task-contract :class:`Progress` whose phase is the ``stage``
    (see STAGES), ``done`` of ``total`` (items or bytes), for ``target``; ``step`` names the
    step within the stage when there is one (see STEP_LABELS; "" for the stage itself)."""

    target: str = ""
    step: str = ""

    @property
    def stage(self) -> str:
        return self.phase


ProgressFn = Callable[[SyncProgress], None]


@dataclass
class ExportedSummary:
    bundle_id: str
    revisions: int
    photos: int
    size: int

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class SyncReport:
    """What one sync with one target did. ``errors`` are plain sentences (target problems)."""

    target: str
    skipped: str | None = None  # the target was not reachable: why
    exported: list[ExportedSummary] = field(default_factory=list)
    delivered: list[str] = field(default_factory=list)
    imported: list[ImportResult] = field(default_factory=list)
    already_imported: int = 0
    not_for_us: int = 0
    receipts_read: int = 0
    receipts_written: int = 0
    acknowledged: list[str] = field(default_factory=list)  # our bundles now fully acknowledged
    removed: int = 0  # our acknowledged bundles taken off the target
    quarantined: list[q.QuarantineEntry] = field(default_factory=list)  # new this time
    waiting: int = 0  # outbox bundles for this target still not on it
    # A network target stopped answering mid-way: what was done stays, the rest resumes.
    offline: str | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """1 for a target problem or a refused bundle, 3 when only untrusted ones were, else 0."""
        if self.errors or any(not e.untrusted for e in self.quarantined):
            return EXIT_FAILURE
        if self.quarantined:
            return EXIT_UNTRUSTED
        return EXIT_OK

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "skipped": self.skipped,
            "exported": [e.to_json() for e in self.exported],
            "delivered": self.delivered,
            "imported": [r.to_json() for r in self.imported],
            "already_imported": self.already_imported,
            "not_for_us": self.not_for_us,
            "receipts_read": self.receipts_read,
            "receipts_written": self.receipts_written,
            "acknowledged": self.acknowledged,
            "removed": self.removed,
            "quarantined": [e.to_json() for e in self.quarantined],
            "waiting": self.waiting,
            "offline": self.offline,
            "errors": self.errors,
            "warnings": self.warnings,
        }


def _target_problem(target: SyncTarget, exc: StorageError, waiting: int) -> str:
    # Each sentence is one template; the bundles' fate and the error it names are messages of
    # their own, translated where the report is shown.
    if waiting:
        bundles = message(
            QT_TRANSLATE_NOOP("errors", "{count} bundle(s) wait in the outbox"), count=waiting
        )
    else:
        bundles = message(QT_TRANSLATE_NOOP("errors", "the outbox keeps its bundles"))
    if isinstance(exc, foreign_files.OutsideRootError):
        # A link where our folder should be: say which, and that nothing was written.
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing was written to the sync target '{target}' because {reason}; {bundles}.",
            ),
            target=target.name,
            reason=foreign_files.reason_of(exc),
            bundles=bundles,
        )
    if not target.is_s3 and reachability(target) is not None:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "The sync target '{target}' disappeared during the sync: nothing half-copied is left "
            "under a bundle's name, and {bundles}.",
        )
    elif isinstance(exc, ReadOnlyMediumError):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "The sync target '{target}' is read-only: nothing could be written there, and "
            "{bundles}.",
        )
    elif isinstance(exc, DiskFullError):
        template = QT_TRANSLATE_NOOP("errors", "The sync target '{target}' is full: {bundles}.")
    else:
        return message(
            QT_TRANSLATE_NOOP(
                "errors", "Writing to the sync target '{target}' failed ({error}), and {bundles}."
            ),
            target=target.name,
            error=from_error(exc),
            bundles=bundles,
        )
    return message(template, target=target.name, bundles=bundles)


class _Steps:
    """Progress and cancellation shared by the steps of one sync."""

    def __init__(self, target: str, progress: ProgressFn | None, cancel: Callable[[], bool] | None):
        self.target = target
        self.progress = progress
        self.cancel = cancel

    def emit(self, stage: str, done: int, total: int, step: str = "") -> None:
        if self.progress is not None:
            template = STEP_LABELS.get(step) or STAGE_LABELS.get(stage, stage)
            label = Text("progress", template, target=self.target)
            self.progress(SyncProgress(stage, done, total, label, target=self.target, step=step))

    def check(self, what: str = "Sync cancelled.") -> None:
        if self.cancel is not None and self.cancel():
            raise CancelledError(what)


def sync_target(
    vault: Vault,
    name: str,
    progress: ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    lock_timeout: float = 30.0,
    notice: Callable[[Text], None] | None = None,
) -> SyncReport:
    """Sync the vault with target ``name`` (see the module docstring for the steps).

    Raises UnknownTargetError, TargetUnreachableError (nothing done), TargetBusyError (another
    sync held the target for ``lock_timeout`` seconds), CancelledError (what was completed
    stays: every import and delivery is whole or absent), and StorageError/DiskFullError for the
    vault's own disk. Problems writing the target go into ``errors`` of the report instead.
    ``notice`` is told of each retry of an S3 target that does not answer (a sentence to show
    as it comes: the sync is alive, and how long the next pause is).
    """
    target = get_target(vault, name)
    storage = open_storage(vault, target)
    if target.is_s3:
        from .s3target import S3Storage, is_offline

        if notice is not None and isinstance(storage, S3Storage):
            storage.tell_retries(notice)

        problem = storage.problem()
        if is_offline(problem):  # offline is normal for a network target: nothing lost
            return SyncReport(target.name, skipped=problem)
        if problem is not None:  # refused credentials, no such bucket: the user must act
            record_outcome(vault, target, error=problem)
            return SyncReport(target.name, errors=[problem])
    else:
        storage.require()
    me = own.load(vault.db)
    report = SyncReport(target.name)
    steps = _Steps(target.name, progress, cancel)
    outbox.tidy(vault)
    q.tidy(vault)
    recipients = recipients_of(vault, target)
    pushed = False
    try:
        steps.emit("receipts", 0, 1, "listing")  # waits for the target's lock, then lists it
        with storage.session(lock_timeout, cancel):
            pushed = _sync_steps(vault, target, storage, me, recipients, report, steps, cancel)
    except TargetOfflineError as exc:
        report.offline = from_error(exc)
        log.warning("sync target went offline mid-sync")
        stream = stream_of(vault, recipients) if recipients else None
        report.waiting = _waiting(vault, target, stream, None)
    record_outcome(
        vault,
        target,
        pushed=pushed,
        pulled=report.offline is None,
        error=report.errors[0] if report.errors else report.offline,
    )
    log.info(
        "synced target: %d exported, %d delivered, %d imported, %d quarantined, %d removed",
        len(report.exported),
        len(report.delivered),
        len(report.imported),
        len(report.quarantined),
        report.removed,
    )
    return report


def _sync_steps(
    vault: Vault,
    target: SyncTarget,
    storage: TargetStorage,
    me: OwnIdentity,
    recipients: list[Recipient],
    report: SyncReport,
    steps: _Steps,
    cancel: Callable[[], bool] | None,
) -> bool:
    """The steps of :func:`sync_target` under the target's session; whether it pushed.

    Raises TargetOfflineError when a network target stops answering (the report keeps what
    was done), CancelledError, and the vault's own errors."""
    failure: StorageError | None = None
    pushed = False

    def stop_writing(exc: StorageError) -> None:
        nonlocal failure
        if isinstance(exc, TargetOfflineError):
            raise exc
        failure = failure or exc
        log.warning("sync target write failed: %s", type(exc).__name__)

    try:
        storage.tidy(me.fingerprint)
    except StorageError as exc:
        stop_writing(exc)

    steps.emit("receipts", 0, 1)
    receipts = inbox.read_receipts(vault, target, me, cancel, storage)
    report.receipts_read = receipts.read
    report.quarantined += receipts.quarantined
    report.warnings += receipts.warnings
    steps.emit("receipts", 1, 1)

    picked = inbox.pick_up(
        vault, target, me, lambda d, t, step: steps.emit("pickup", d, t, step), cancel, storage
    )
    report.imported = picked.imported
    report.already_imported = picked.already_imported
    report.not_for_us = picked.not_for_us
    report.quarantined += picked.quarantined
    report.warnings += picked.warnings
    for result in picked.imported:
        report.warnings += result.gaps + result.forks + result.warnings
    report.acknowledged = outbox.settle(vault)

    if failure is None:
        try:
            report.receipts_written = delivery.write_receipts(
                vault, target, me, storage.sender_folders(), storage
            )
        except StorageError as exc:
            stop_writing(exc)

    steps.check()
    if recipients:
        made = outbox.export_for(
            vault, recipients, lambda p: steps.emit("export", p.done, p.total), cancel
        )
        report.exported = [
            ExportedSummary(b.bundle_id, b.revisions, b.photos, b.size) for b in made
        ]
    else:
        report.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nothing is sent to '{target}': it has no recipients, and unverified "
                    "coordinators are never chosen by default (name them with --to, or compare a "
                    "coordinator's fingerprint with its holder and run "
                    "`fieldkit trust add CARD.fkid --verified`).",
                ),
                target=target.name,
            )
        )
    stream = stream_of(vault, recipients) if recipients else None

    if failure is None:
        bundles = delivery.to_deliver(vault, target, stream, storage)
        total = sum(b.size for b in bundles)
        done = 0

        uploading = "uploading" if target.is_s3 else ""

        def on_bytes(n: int) -> None:
            nonlocal done
            done += n
            steps.emit("deliver", done, total, uploading)
            steps.check(
                QT_TRANSLATE_NOOP(
                    "errors", "Sync cancelled; the bundle being copied was not kept on the target."
                )
            )

        try:
            storage.deliver(
                Delivery(
                    vault,
                    bundles,
                    me.fingerprint,
                    on_bytes,
                    cancel,
                    delivered=report.delivered,
                    warnings=report.warnings,
                )
            )
            # "Last sent" is when something was sent: a sync with nothing to deliver (no
            # recipient, nothing new) set it to now, and the app showed it (r11 UI trial #10).
            pushed = bool(bundles)
        except StorageError as exc:
            stop_writing(exc)

    if failure is None:
        steps.emit("cleanup", 0, 1)
        try:
            report.removed = delivery.remove_acknowledged(vault, target, storage)
        except StorageError as exc:
            stop_writing(exc)
        steps.emit("cleanup", 1, 1)
    report.waiting = _waiting(vault, target, stream, storage if failure is None else None)
    if failure is not None:
        kept = len(outbox.pending(vault, stream)) if stream else 0
        report.errors.append(_target_problem(target, failure, kept))
    return pushed


def sync_all(
    vault: Vault,
    progress: ProgressFn | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    notice: Callable[[Text], None] | None = None,
) -> list[SyncReport]:
    """Sync every reachable target; an unreachable one gets a report saying why (skipped).
    ``notice``: as for :func:`sync_target`.

    A target that cannot be used (busy, read-only, gone meanwhile) gets a report with the
    error, and the others are still synced. Raises CancelledError and the vault's own errors.
    """
    reports = []
    for target in list_targets(vault):
        problem = reachability(target) if not target.is_s3 else None
        if problem is not None:
            reports.append(SyncReport(target.name, skipped=problem))
            continue
        try:
            reports.append(sync_target(vault, target.name, progress, cancel, notice=notice))
        except StorageError as exc:  # busy, read-only, gone meanwhile: the others still sync
            reports.append(SyncReport(target.name, errors=[from_error(exc)]))
    return reports


# --- status ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetStatus:
    name: str
    path: Path  # a folder target's folder (empty for S3: see ``location``)
    reachable: bool
    problem: str | None  # why it is not reachable
    recipients: list[str]  # names (trust store first), or fingerprints
    waiting: int  # outbox bundles for this target not delivered to it yet
    awaiting_acknowledgement: int  # delivered there, not yet acknowledged by every recipient
    last_push: str | None
    last_pull: str | None
    last_error: str | None
    quarantined: int
    # What the recipients are not known to hold and no outbox bundle carries yet: the next
    # sync exports it (a hand-made export that was never acknowledged does not count as sent).
    unsent_revisions: int = 0
    unsent_photos: int = 0
    # Filled by _with_quarantine: the quarantine's size, caps and drops for this target.
    quarantine: q.QuarantineFigures | None = None
    kind: str = "folder"  # folder | s3
    location: str = ""  # the folder, or s3://BUCKET/PREFIX
    endpoint: str | None = None  # an S3 target's endpoint
    bytes_pending: int = 0  # of the waiting bundles, not yet confirmed on the target

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "path": self.location or str(self.path),
            "endpoint": self.endpoint,
            "bytes_pending": self.bytes_pending,
            "reachable": self.reachable,
            "problem": None if self.problem is None else str(self.problem),
            "recipients": self.recipients,
            "waiting": self.waiting,
            "awaiting_acknowledgement": self.awaiting_acknowledgement,
            "unsent_revisions": self.unsent_revisions,
            "unsent_photos": self.unsent_photos,
            "last_push": self.last_push,
            "last_pull": self.last_pull,
            "last_error": None if self.last_error is None else str(self.last_error),
            "quarantined": self.quarantined,
            "quarantine": None if self.quarantine is None else self.quarantine.to_json(),
        }


def _waiting(
    vault: Vault, target: SyncTarget, stream: str | None, storage: TargetStorage | None
) -> int:
    """Outbox bundles not on the target: checked there through ``storage`` if given, else by
    what was recorded."""
    if stream is None:
        return 0
    if storage is not None:
        return len(delivery.to_deliver(vault, target, stream, storage))
    return sum(
        1
        for b in outbox.pending(vault, stream)
        if not vault.db.execute(
            "SELECT 1 FROM sync_deliveries WHERE bundle_id = ? AND target = ? "
            "AND removed_at IS NULL",
            (b.bundle_id, target.name),
        ).fetchone()
    )


def target_status(vault: Vault, probe_age: float | None = None) -> list[TargetStatus]:
    """Every target's status; cheap enough to poll (a few stats and queries per target).

    An S3 target is probed over the network at most every ``probe_age`` seconds (default
    ``s3target.PROBE_SECONDS``; 0: now), its last answer reused in between."""
    from . import s3target

    statuses = []
    for target in list_targets(vault):
        endpoint = None
        if target.is_s3:
            age = s3target.PROBE_SECONDS if probe_age is None else probe_age
            problem = s3target.probe(vault, target, max_age=age)
            try:
                endpoint = s3target.load_settings(vault, target.name).endpoint
            except StorageError:
                endpoint = None
        else:
            problem = reachability(target)
        recipients = recipients_of(vault, target)
        stream = stream_of(vault, recipients) if recipients else None
        awaiting = vault.db.execute(
            "SELECT count(*) FROM sync_deliveries d JOIN sync_outbox o "
            "ON o.bundle_id = d.bundle_id WHERE d.target = ? AND d.removed_at IS NULL "
            "AND o.acknowledged_at IS NULL",
            (target.name,),
        ).fetchone()[0]
        quarantined = vault.db.execute(
            "SELECT count(*) FROM sync_quarantine WHERE target = ?", (target.name,)
        ).fetchone()[0]
        unsent = not_yet_sent(vault.db, recipients) if recipients else (0, 0)
        statuses.append(
            TargetStatus(
                name=target.name,
                path=target.path,
                reachable=problem is None,
                problem=problem,
                recipients=[r.name or (r.fingerprint or r.age_recipient)[:16] for r in recipients],
                waiting=_waiting(vault, target, stream, None),
                awaiting_acknowledgement=int(awaiting),
                last_push=target.last_push,
                last_pull=target.last_pull,
                last_error=target.last_error,
                quarantined=int(quarantined),
                unsent_revisions=unsent[0],
                unsent_photos=unsent[1],
                kind="s3" if target.is_s3 else "folder",
                location=target.location,
                endpoint=endpoint,
                bytes_pending=_bytes_pending(vault, target, stream),
            )
        )
    return [_with_quarantine(vault, s) for s in statuses]


def _bytes_pending(vault: Vault, target: SyncTarget, stream: str | None) -> int:
    """Bytes of the bundles waiting for ``target``, less the parts it already confirmed."""
    if stream is None:
        return 0
    total = 0
    for b in outbox.pending(vault, stream):
        if not vault.db.execute(
            "SELECT 1 FROM sync_deliveries WHERE bundle_id = ? AND target = ? "
            "AND removed_at IS NULL",
            (b.bundle_id, target.name),
        ).fetchone():
            total += b.size
    if target.is_s3:
        from .s3target import bytes_confirmed

        total -= bytes_confirmed(vault, target.name)
    return max(0, total)


def _with_quarantine(vault: Vault, status: TargetStatus) -> TargetStatus:
    return dataclasses.replace(status, quarantine=q.figures(vault, status.name))
