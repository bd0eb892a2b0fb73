"""Writing to a target: bundles from the outbox, receipts, and removing what was acknowledged.

A bundle is copied under a temporary hidden name, fsynced, renamed to its final name, and read
back and hash-checked; only then is the delivery recorded. A copy cut short (drive pulled,
process killed, disk full) therefore never leaves a file under a final bundle name nor a
delivery on record, and the next sync starts again from the outbox. FieldKit only ever writes,
renames or removes its own files: its sender folder, its temporary names there, its own
receipts (``receipts/<its fingerprint>-…``) and the two marker/lock files.

It writes them only *inside* the target: its sender folder and ``receipts/`` must be real
folders, not links (someone sharing the folder could point them anywhere), and files there are
read back without following links. Checking a folder and then writing by its path would leave a
window in which someone could swap the folder for a link, so each folder is opened once and
every write, rename, removal and read-back goes through that open folder
(``foreign_files.TargetDir``). A link there, or a folder swapped while we wrote, stops the
writing steps with one sentence; nothing outside the target is ever written, read back or
removed.
"""

from __future__ import annotations

import hashlib
import logging
from contextlib import ExitStack, suppress
from pathlib import Path

from fieldkit import foreign_files, fsutil
from fieldkit.clock import now as _now
from fieldkit.errors import StorageError
from fieldkit.foreign_files import TargetDir
from fieldkit.i18n import QT_TRANSLATE_NOOP, message
from fieldkit.identity import trust
from fieldkit.identity.card import parse_card
from fieldkit.identity.own import OwnIdentity
from fieldkit.vault.vault import Vault

from . import layout
from .outbox import OutboxBundle, pending
from .receipts import acks_digest, make_receipt
from .storage import Delivery, FolderStorage, TargetStorage
from .targets import SyncTarget

log = logging.getLogger(__name__)

CHUNK = 1 << 20
SHARED_DIR_MODE = 0o755  # other people's FieldKit must read what is addressed to them
SHARED_FILE_MODE = 0o644  # bundles and receipts are encrypted


def _open_root(target: Path, what: str) -> TargetDir:
    """The target folder, held open. Raises StorageError (missing, unreadable)."""
    try:
        return TargetDir.open_root(target)
    except OSError as exc:
        raise fsutil.storage_error(exc, what) from exc


def _make_dir(root: TargetDir, name: str, what: str) -> TargetDir:
    """The real folder ``name`` in ``root``, made if missing. Raises OutsideRootError (a link)."""
    try:
        return root.open_subdir(name, create=True, mode=SHARED_DIR_MODE)
    except OSError as exc:
        raise fsutil.storage_error(exc, what) from exc


def _own_folder(root: TargetDir, name: str) -> TargetDir | None:
    """The real folder ``name`` in ``root``, None if absent. Raises OutsideRootError."""
    try:
        return root.open_subdir(name)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise fsutil.storage_error(exc, str(root.path / name)) from exc


def tidy_target(target: Path, me: str) -> int:
    """Remove temporary files an interrupted sync of this vault left (only ours).

    Raises OutsideRootError when our folder or ``receipts/`` is a link (nothing is removed).
    """
    removed = 0
    places = [(me, ""), (layout.RECEIPTS, f".{me}-")]
    with ExitStack() as stack:
        root = stack.enter_context(_open_root(target, str(target)))
        for name, prefix in places:
            folder = _own_folder(root, name)
            if folder is None:
                continue
            stack.enter_context(folder)
            try:
                entries = folder.names()
            except OSError:
                continue
            for entry in entries:
                if entry.startswith(prefix) and layout.is_temp_name(entry):
                    try:
                        folder.unlink(entry)
                        removed += 1
                    except FileNotFoundError:
                        pass
                    except OSError as exc:
                        raise fsutil.storage_error(exc, str(folder.path / entry)) from exc
    return removed


def to_deliver(
    vault: Vault, target: SyncTarget, stream: str | None, storage: TargetStorage | None = None
) -> list[OutboxBundle]:
    """Outbox bundles of the target's stream that are not (or no longer) on the target."""
    if stream is None:
        return []
    store = storage or FolderStorage(target)
    wanted = []
    for bundle in pending(vault, stream):
        row = vault.db.execute(
            "SELECT rel_path FROM sync_deliveries WHERE bundle_id = ? AND target = ? "
            "AND removed_at IS NULL",
            (bundle.bundle_id, target.name),
        ).fetchone()
        # Delivered but gone (the drive was reformatted, someone cleaned up, or a link now
        # stands there): deliver again.
        if row is None or not store.holds(str(row[0])):
            wanted.append(bundle)
    return wanted


def _holds(folder: TargetDir, name: str, sha256: str, target: SyncTarget) -> bool:
    """Whether ``name`` in ``folder`` exists with exactly this content (read back from it)."""
    try:
        with folder.open_regular(name) as fh:
            return fsutil.sha256_of(fh) == sha256
    except (FileNotFoundError, foreign_files.ForeignFileError):
        return False  # absent, or a link or pipe someone put there: replaced by the rename
    except OSError as exc:
        raise fsutil.storage_error(exc, layout.target_phrase(target.name)) from exc


def record_delivery(vault: Vault, target: SyncTarget, bundle: OutboxBundle, rel: str) -> None:
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO sync_deliveries (bundle_id, target, rel_path, file_sha256, "
            "delivered_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(bundle_id, target) DO UPDATE SET "
            "rel_path = excluded.rel_path, file_sha256 = excluded.file_sha256, "
            "delivered_at = excluded.delivered_at, removed_at = NULL",
            (bundle.bundle_id, target.name, rel, bundle.file_sha256, _now()),
        )


def forget_lost(vault: Vault, bundle: OutboxBundle) -> None:
    """An outbox file vanished (deleted by hand): let the next export carry its content again."""
    with vault.transaction() as db:
        db.execute("DELETE FROM sync_outbox WHERE bundle_id = ?", (bundle.bundle_id,))
        db.execute("DELETE FROM sync_deliveries WHERE bundle_id = ?", (bundle.bundle_id,))
        db.execute("DELETE FROM sent_revisions WHERE bundle_id = ?", (bundle.bundle_id,))
        db.execute("DELETE FROM sent_photos WHERE bundle_id = ?", (bundle.bundle_id,))
    log.warning(
        "outbox bundle %s was missing; its content will be exported again", bundle.bundle_id[:8]
    )


def lost_from_outbox(job: Delivery, bundle: OutboxBundle, *, damaged: bool = False) -> None:
    """The outbox copy of ``bundle`` is gone (or ``damaged``: never spread, removed): forget
    it, so that the next export carries its content again, and say so in the job's warnings."""
    if damaged:
        bundle.path.unlink(missing_ok=True)
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Bundle {bundle} was damaged in the outbox; its content will go out again in "
            "the next bundle.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Bundle {bundle} had disappeared from the outbox; its content will go out "
            "again in the next bundle.",
        )
    forget_lost(job.vault, bundle)
    job.warnings.append(message(template, bundle=bundle.bundle_id[:8]))


def deliver(target: SyncTarget, job: Delivery) -> None:
    """Copy the job's bundles to the folder ``target`` (see :class:`~.storage.Delivery`).

    ``on_bytes`` is called after every chunk written and may raise (CancelledError) to stop:
    the temporary file is then removed. Raises DiskFullError, ReadOnlyMediumError or
    StorageError for the target, the bundle in hand staying undelivered (those before it in
    ``delivered`` are on the target and on record).
    """
    if not job.bundles:
        return
    what = layout.target_phrase(target.name)
    with _open_root(target.path, what) as root, _make_dir(root, job.me, what) as folder:
        for bundle in job.bundles:
            _deliver_one(target, job, bundle, folder)


def _deliver_one(
    target: SyncTarget, job: Delivery, bundle: OutboxBundle, folder: TargetDir
) -> None:
    """:func:`deliver` of one bundle into our open sender folder."""
    name = bundle.file_name
    rel = f"{job.me}/{name}"
    try:
        src = open(bundle.path, "rb")
    except FileNotFoundError:
        lost_from_outbox(job, bundle)
        return
    except OSError as exc:
        raise fsutil.storage_error(exc, str(bundle.path)) from exc
    read = hashlib.sha256()
    with src:
        if _holds(folder, name, bundle.file_sha256, target):
            # Renamed into place before an interruption could record it: it is complete.
            _check_in_place(folder, name)
            _delivered(job, target, bundle, rel)
            job.on_bytes(bundle.size)
            return
        try:
            with folder.atomic_writer(name, mode=SHARED_FILE_MODE) as out:
                while chunk := src.read(CHUNK):
                    read.update(chunk)
                    out.write(chunk)
                    job.on_bytes(len(chunk))
        except OSError as exc:
            raise fsutil.storage_error(exc, str(folder.path / name)) from exc
    if read.hexdigest() != bundle.file_sha256:
        # The outbox copy itself is damaged (the vault's disk): never spread it.
        _unlink(folder, name)
        lost_from_outbox(job, bundle, damaged=True)
        return
    if not _holds(folder, name, bundle.file_sha256, target):
        _unlink(folder, name)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "A bundle copied to the sync target '{target}' did not read back intact."
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "The drive may be failing: try another drive; the bundle waits in the outbox.",
            ),
            target=target.name,
        )
    _check_in_place(folder, name)
    _delivered(job, target, bundle, rel)
    log.info("delivered bundle %s to a sync target", bundle.bundle_id[:8])


def _delivered(job: Delivery, target: SyncTarget, bundle: OutboxBundle, rel: str) -> None:
    record_delivery(job.vault, target, bundle, rel)
    job.delivered.append(bundle.bundle_id)


def _check_in_place(folder: TargetDir, name: str) -> None:
    """Raise OutsideRootError, taking ``name`` back, if ``folder`` was moved while we wrote.

    What we wrote is then in the folder we checked, but not where recipients look: it is not
    recorded (the bundle waits in the outbox), and our copy is removed from the moved folder.
    """
    try:
        folder.check_in_place()
    except foreign_files.OutsideRootError:
        with suppress(OSError, foreign_files.OutsideRootError):
            folder.unlink(name, missing_ok=True)
        raise
    except OSError as exc:
        raise fsutil.storage_error(exc, str(folder.path)) from exc


# --- receipts ----------------------------------------------------------------------------------


def _age_recipient_of(vault: Vault, fingerprint: str) -> str | None:
    known = trust.get_exact(vault.db, fingerprint)
    if known is not None:
        return None if known.revoked else known.card.age_recipient
    row = vault.db.execute(
        "SELECT card FROM authors WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    if row is not None:
        return parse_card(str(row[0]).encode("utf-8"), stored=True).age_recipient  # held already
    return None


def write_receipts(
    vault: Vault,
    target: SyncTarget,
    me: OwnIdentity,
    senders: set[str],
    storage: TargetStorage | None = None,
) -> int:
    """Leave, for each sender in ``senders``, a receipt of every bundle of theirs we imported.

    One receipt per sender and target is kept; it is replaced (new name, then the old one
    removed) only when there is more to acknowledge. Returns how many were written. Raises
    DiskFullError, ReadOnlyMediumError or StorageError for the target.
    """
    store = storage or FolderStorage(target)
    written = 0
    for sender in sorted(senders - {me.fingerprint}):
        acks = [
            str(r[0])
            for r in vault.db.execute(
                "SELECT bundle_id FROM received_bundles WHERE sender = ? ORDER BY rowid", (sender,)
            )
        ]
        if not acks:
            continue
        digest = acks_digest(acks)
        row = vault.db.execute(
            "SELECT file_name, acks_sha256 FROM sync_receipts_sent WHERE target = ? "
            "AND addressee = ?",
            (target.name, sender),
        ).fetchone()
        if row is not None and row[1] == digest and store.holds(f"{layout.RECEIPTS}/{row[0]}"):
            continue
        recipient = _age_recipient_of(vault, sender)
        if recipient is None:
            continue
        receipt_id, data = make_receipt(me, sender, recipient, acks)
        name = layout.receipt_file_name(me.fingerprint, receipt_id)
        store.put_receipt(name, data)
        with vault.transaction() as db:
            db.execute(
                "INSERT INTO sync_receipts_sent (target, addressee, file_name, acks_sha256, "
                "written_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(target, addressee) DO UPDATE "
                "SET file_name = excluded.file_name, acks_sha256 = excluded.acks_sha256, "
                "written_at = excluded.written_at",
                (target.name, sender, name, digest, _now()),
            )
        old = str(row[0]) if row is not None else name
        if old != name and layout.receipt_writer(old) == me.fingerprint:  # ours: superseded
            store.remove_own(f"{layout.RECEIPTS}/{old}")
        written += 1
    return written


def put_folder_receipt(target: SyncTarget, name: str, data: bytes) -> None:
    """Write ``receipts/<name>`` in a folder target, through the open ``receipts/`` folder."""
    what = layout.target_phrase(target.name)
    with _open_root(target.path, what) as root, _make_dir(root, layout.RECEIPTS, what) as folder:
        try:
            with folder.atomic_writer(name, mode=SHARED_FILE_MODE) as out:
                out.write(data)
        except OSError as exc:
            raise fsutil.storage_error(exc, str(folder.path / name)) from exc
        _check_in_place(folder, name)


def remove_folder_file(target: SyncTarget, rel: str) -> None:
    """Remove our own ``<folder>/<name>`` from a folder target (through the open folder)."""
    folder_name, name = rel.split("/", 1)
    what = layout.target_phrase(target.name)
    with _open_root(target.path, what) as root:
        folder = _own_folder(root, folder_name)
        if folder is None:
            return
        with folder:
            _unlink(folder, name)


def remove_folder_file_if_ours(target: SyncTarget, rel: str, sha256: str) -> bool:
    with _open_root(target.path, layout.target_phrase(target.name)) as root:
        return _remove_if_ours(root, rel, sha256)


def _unlink(folder: TargetDir, name: str) -> None:
    try:
        folder.unlink(name, missing_ok=True)
    except OSError as exc:
        raise fsutil.storage_error(exc, str(folder.path / name)) from exc


def remove_acknowledged(
    vault: Vault, target: SyncTarget, storage: TargetStorage | None = None
) -> int:
    """Take off the target the bundles we delivered there that every recipient acknowledged.

    A file whose content is no longer what we wrote is left alone (it is not ours any more).
    Returns how many files were removed.
    """
    store = storage or FolderStorage(target)
    rows = vault.db.execute(
        "SELECT d.bundle_id, d.rel_path, d.file_sha256 FROM sync_deliveries d "
        "JOIN sync_outbox o ON o.bundle_id = d.bundle_id "
        "WHERE d.target = ? AND d.removed_at IS NULL AND o.acknowledged_at IS NOT NULL",
        (target.name,),
    ).fetchall()
    removed = 0
    for bundle_id, rel, sha in rows:
        if store.remove_if_ours(str(rel), str(sha)):
            removed += 1
        with vault.transaction() as db:
            db.execute(
                "UPDATE sync_deliveries SET removed_at = ? WHERE bundle_id = ? AND target = ?",
                (_now(), bundle_id, target.name),
            )
    return removed


def _remove_if_ours(root: TargetDir, rel: str, sha: str) -> bool:
    """Remove ``rel`` (``<folder>/<name>``) below ``root`` if it still holds what we wrote.

    Raises OutsideRootError when a folder on the way became a link (nothing elsewhere goes),
    StorageError when the target refuses.
    """
    *folders, name = Path(rel).parts
    with ExitStack() as stack:
        folder = root
        try:
            for part in folders:
                folder = stack.enter_context(folder.open_subdir(part))
            with folder.open_regular(name) as fh:
                if fsutil.sha256_of(fh) != sha:
                    return False
            folder.unlink(name, missing_ok=True)
            return True
        except (FileNotFoundError, foreign_files.ForeignFileError):
            return False  # gone already, or not our file any more (a link, a pipe): left alone
        except OSError as exc:
            raise fsutil.storage_error(exc, str(root.path / rel)) from exc


__all__ = [
    "deliver",
    "forget_lost",
    "lost_from_outbox",
    "record_delivery",
    "remove_acknowledged",
    "tidy_target",
    "to_deliver",
    "write_receipts",
]
