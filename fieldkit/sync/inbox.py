"""Picking up from a target: bundles addressed to this vault (or plain), and receipts for it.

A bundle is for this vault when it is plain, or when this vault's transport key opens the age
header of its ``data/inner.json.age`` (nothing else is decrypted to find out). Bundles sent by
this vault, already imported, or for someone else are skipped; each file looked at is
remembered by size and modification time, so a sync does not re-read a drive full of other
people's bundles. Anything refused is quarantined with its reason (see ``quarantined``); a
bundle refused only because its signer was not trusted is looked at again once it is.

Whoever shares the folder may leave links, pipes and devices in it: only real folders are
walked and only regular files are opened (``fieldkit.foreign_files``); anything else under a
FieldKit name is quarantined, unread, with one sentence saying what it is.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit import foreign_files, fsutil, logs
from fieldkit.bundles import layout as bundle_layout
from fieldkit.bundles.importer import HASH, VERIFY, ImportResult, _acknowledge, import_bundle
from fieldkit.bundles.safe_zip import SafeZip
from fieldkit.clock import now as _now
from fieldkit.crypto.age_header import HeaderReader, read_header
from fieldkit.crypto.minisign import MinisignPublicKey
from fieldkit.errors import (
    AgeNoIdentityMatchError,
    CancelledError,
    CorruptFileError,
    FieldKitError,
    StorageError,
)
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error, message
from fieldkit.identity import trust
from fieldkit.identity.own import OwnIdentity
from fieldkit.tasks import Progress, ProgressSink
from fieldkit.vault.vault import Vault

from . import layout
from . import quarantined as q
from .receipts import UntrustedReceiptError, read_receipt
from .storage import FolderStorage, TargetStorage, UnreadableFileError
from .targets import SyncTarget

log = logging.getLogger(__name__)

MAX_RECEIPT_FILE = 8 << 20


def _sha256(path: Path, limit: int) -> str:
    """The SHA-256 of the first ``limit`` bytes (the size found when listing: a file that
    keeps growing is not read forever). Raises ForeignFileError (not a regular file), OSError."""
    with foreign_files.open_regular(path) as fh:
        return fsutil.sha256_of(fh, limit=limit)


@dataclass
class Candidate:
    """A ``*.fkb`` file on the target that might be for us."""

    path: Path
    rel: str
    size: int
    mtime_ns: int
    problem: str | None = None  # not a regular file: why it is never opened
    remote: object = None  # the object behind it on a network target (S3)


def _not_a_file(mode: int) -> str:
    # The entry's path is shown beside its reason (report, `sync quarantine`): not repeated.
    return message(
        QT_TRANSLATE_NOOP("errors", "This file is {found}, not a plain file, so it was not read."),
        found=foreign_files.describe(mode),
    )


def link_warning(rel: str) -> str:
    return message(
        QT_TRANSLATE_NOOP(
            "errors",
            "'{path}' on the sync target is a link to somewhere else, not a real folder: "
            "FieldKit did not look inside it (remove the link).",
        ),
        path=rel,
    )


#: ``(done, total, step)``: bundles looked at of those found, and the step under way
#: ("listing", "downloading", "verifying", "importing", "quarantining"; "" between bundles).
Tick = Callable[[int, int, str], None]


@dataclass
class PickupResult:
    imported: list[ImportResult] = field(default_factory=list)
    quarantined: list[q.QuarantineEntry] = field(default_factory=list)
    not_for_us: int = 0
    already_imported: int = 0
    warnings: list[str] = field(default_factory=list)


def entries(folder: Path) -> list[tuple[Path, os.stat_result]]:
    """Every entry of ``folder`` with its own lstat (links are not followed), sorted by name.

    Raises OSError when the folder cannot be listed.
    """
    found = []
    with os.scandir(folder) as it:
        for entry in it:
            try:
                found.append((Path(entry.path), entry.stat(follow_symlinks=False)))
            except OSError:
                continue  # gone meanwhile
    return sorted(found, key=lambda e: e[0].name)


def _entries_or_none(folder: Path) -> list[tuple[Path, os.stat_result]]:
    try:
        return entries(folder)
    except OSError:
        return []  # unreadable now: looked at again next time


def _bundle_files(folder: Path, target: Path) -> list[Candidate]:
    found = []
    for path, st in _entries_or_none(folder):
        # Hidden names are copies in progress (ours, Syncthing's…) or macOS "._" side files.
        if not path.name.endswith(layout.BUNDLE_SUFFIX) or path.name.startswith("."):
            continue
        rel = path.relative_to(target).as_posix()
        problem = None if stat.S_ISREG(st.st_mode) else _not_a_file(st.st_mode)
        found.append(Candidate(path, rel, st.st_size, st.st_mtime_ns, problem))
    return found


def sender_folders(target: Path, warnings: list[str] | None = None) -> list[Path]:
    """Real sender folders on the target; a link named like one is reported, never followed."""
    folders = []
    for path, st in _entries_or_none(target):
        if not layout.is_fingerprint(path.name):
            continue
        if stat.S_ISDIR(st.st_mode):
            folders.append(path)
        elif stat.S_ISLNK(st.st_mode) and warnings is not None:
            warnings.append(link_warning(path.name))
    return folders


def candidates(target: Path, me: str, warnings: list[str] | None = None) -> list[Candidate]:
    """Bundle files in every sender folder but ours, and any left at the top by hand.

    Entries that are not regular files come with their ``problem``; folders that are links are
    not entered (a sentence goes to ``warnings``).
    """
    found = _bundle_files(target, target)
    for folder in sender_folders(target, warnings):
        if folder.name != me:
            found += _bundle_files(folder, target)
    return found


def addressing(path: Path, me: OwnIdentity) -> tuple[str, bundle_layout.BundleHeader]:
    """("own" | "plain" | "ours" | "other", header) — reads only plaintext and one age header.

    Raises CorruptFileError (and its subclasses) for a file that is not a readable bundle.
    """
    with SafeZip(path) as zf:
        bag = zf.top_folder
        name = f"{bag}/{bundle_layout.BUNDLE_JSON}"
        if name not in zf.members or zf.members[name].size > 1 << 16:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "fieldkit/bundle.json is missing or too large.")
            )
        with zf.open(name) as fh:
            header = bundle_layout.BundleHeader.from_bytes(fh.read())
        if header.sender == me.fingerprint:
            return "own", header
        if not header.encrypted:
            return "plain", header
        inner = f"{bag}/{bundle_layout.payload_name(bundle_layout.INNER, True)}"
        if inner not in zf.members:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "data/inner.json.age is missing from the bundle.")
            )
        with zf.open(inner) as fh:
            age_header = read_header(HeaderReader(fh))
    opened = me.transport_key.unwrap(age_header.stanzas) is not None
    return ("ours" if opened else "other"), header


def _seen(vault: Vault, target: str, c: Candidate) -> tuple[str, str | None] | None:
    row = vault.db.execute(
        "SELECT verdict, sender FROM sync_inbox WHERE target = ? AND rel_path = ? AND size = ? "
        "AND mtime_ns = ?",
        (target, c.rel, c.size, c.mtime_ns),
    ).fetchone()
    return None if row is None else (str(row[0]), None if row[1] is None else str(row[1]))


def _remember(vault: Vault, target: str, c: Candidate, verdict: str, sender: str | None) -> None:
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO sync_inbox (target, rel_path, size, mtime_ns, verdict, sender, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(target, rel_path) DO UPDATE SET "
            "size = excluded.size, mtime_ns = excluded.mtime_ns, verdict = excluded.verdict, "
            "sender = excluded.sender, seen_at = excluded.seen_at",
            (target, c.rel, c.size, c.mtime_ns, verdict, sender, _now()),
        )


def _trusted_now(vault: Vault, fingerprint: str | None) -> bool:
    if not fingerprint:
        return False
    key = trust.get_exact(vault.db, fingerprint)
    return key is not None and not key.revoked


def _already_imported(vault: Vault, bundle_id: str | None) -> bool:
    return bundle_id is not None and bool(
        vault.db.execute(
            "SELECT 1 FROM received_bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
    )


def _quarantine(
    vault: Vault,
    target: SyncTarget,
    c: Candidate,
    reason: str,
    *,
    kind: str = "bundle",
    untrusted: bool = False,
    sender: str | None = None,
    bundle_id: str | None = None,
) -> q.QuarantineEntry | None:
    source: Path | None = c.path
    if c.problem is not None or c.size > q.MAX_COPY_BYTES:
        # Never read to be kept: not a file, or larger than a copy may be (a sparse 64 GiB
        # file would otherwise be hashed to the end).
        sha, source = "", None
    else:
        try:
            sha = _sha256(c.path, c.size)
        except foreign_files.ForeignFileError as exc:  # swapped for a link or pipe meanwhile
            sha, source, reason = "", None, from_error(exc)
        except OSError:
            return None  # gone meanwhile (someone else's file, moved away): nothing to keep
    return q.put(
        vault,
        target=target.name,
        source=source,
        rel_path=c.rel,
        kind=kind,
        reason=reason,
        sha256=sha,
        size=c.size,
        untrusted=untrusted,
        sender=sender,
        bundle_id=bundle_id,
    )


def pick_up(
    vault: Vault,
    target: SyncTarget,
    me: OwnIdentity,
    tick: Tick,
    cancel: Callable[[], bool] | None,
    storage: TargetStorage | None = None,
) -> PickupResult:
    """Verify and import every new bundle for this vault on ``target``; quarantine the bad.

    Raises CancelledError between bundles (each import is whole or nothing), and for a network
    target TargetOfflineError when it stops answering (what was imported stays imported).
    """
    store = storage or FolderStorage(target)
    result = PickupResult()
    tick(0, 0, "listing")
    found = store.candidates(me.fingerprint, result.warnings)
    try:
        _pick_up(vault, target, me, tick, cancel, store, found, result)
    finally:
        store.forget_staged({c.rel for c in found})
    _forget_gone(vault, target.name, {c.rel for c in found})
    return result


def _pick_up(
    vault: Vault,
    target: SyncTarget,
    me: OwnIdentity,
    tick: Tick,
    cancel: Callable[[], bool] | None,
    store: TargetStorage,
    found: list[Candidate],
    result: PickupResult,
) -> None:
    for index, c in enumerate(found, start=1):

        def say(step: str, done: int = index - 1) -> None:
            tick(done, len(found), step)

        say("")
        if cancel is not None and cancel():
            raise CancelledError(
                QT_TRANSLATE_NOOP(
                    "errors", "Sync cancelled; every bundle imported so far is complete."
                )
            )
        seen = _seen(vault, target.name, c)
        if seen is not None:
            verdict, sender = seen
            if verdict != "untrusted" or not _trusted_now(vault, sender):
                if verdict == "imported":
                    result.already_imported += 1
                elif verdict == "other":
                    result.not_for_us += 1
                continue
        if c.problem is not None:
            say("quarantining")
            _refuse(vault, target, c, c.problem, result)
            continue
        if _already_imported(vault, layout.bundle_id_from_name(c.path.name)):
            result.already_imported += 1
            _remember(vault, target.name, c, "imported", None)
            continue
        if c.remote is not None:  # a network target's object: downloaded (staged) first
            say("downloading")
        try:
            c.path = store.fetch(c, cancel)
        except FileNotFoundError:
            continue  # gone meanwhile
        except UnreadableFileError as exc:  # this file only: the others are still picked up
            c.problem = from_error(exc)  # never read: nothing of it is copied into quarantine
            say("quarantining")
            _refuse(vault, target, c, c.problem, result)
            continue
        try:
            _judge(vault, target, me, c, cancel, result, say)
        except OSError as exc:
            # Not the file's fault. A full or read-only disk stops the sync with a plain
            # sentence. A read error on this one file (a bad sector, a drive's passing fault)
            # is said as a warning and the other bundles are still picked up (one damaged
            # file must not stop every sync of its target); remembered as nothing, the file
            # is tried again by the next sync.
            problem = _not_the_files_fault(exc, c.path.name)
            if not isinstance(problem, UnreadableBundleError):
                raise problem from exc
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file} could not be read ({reason}); it is tried again at the next "
                        "sync. If this repeats, copy the bundle again or check the drive.",
                    ),
                    file=c.path.name,
                    reason=problem.params.get("reason", ""),
                )
            )
        except (MemoryError, FieldKitError):  # the vault's own storage error, a cancel: as above
            raise
        except Exception as exc:  # a bug one file shows: it is kept aside, the others go on
            _quarantine_bug(vault, target, c, exc, result)
        finally:
            store.done_with(c)
    tick(len(found), len(found), "")


class UnreadableBundleError(StorageError):
    """A bundle file of a sync target could not be read to its end (EIO, a bad sector)."""


def _not_the_files_fault(exc: OSError, name: str) -> FieldKitError:
    """An OSError met while merging ``name``, as the plain sentence a user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM):
        return fsutil.storage_error(exc, name)  # the disk is full / read-only: said so
    return UnreadableBundleError(
        QT_TRANSLATE_NOOP("errors", "{file} could not be read ({reason})."),
        QT_TRANSLATE_NOOP(
            "errors", "Check that the drive is still connected and working, then try again."
        ),
        file=name,
        reason=os.strerror(exc.errno) if exc.errno else type(exc).__name__,
    )


def _refuse(
    vault: Vault, target: SyncTarget, c: Candidate, reason: str, result: PickupResult
) -> None:
    """Quarantine the bundle file ``c`` (no signer known) and remember it as refused."""
    entry = _quarantine(vault, target, c, reason)
    if entry is None:
        return  # gone or unreadable meanwhile: not judged, looked at again next time
    result.quarantined.append(entry)
    _remember(vault, target.name, c, "quarantined", None)


def _import_steps(say: Callable[[str], None]) -> ProgressSink:
    """The import's own progress as the pick-up's steps: verifying, then importing."""
    said: list[str] = []

    def sink(p: Progress) -> None:
        step = "verifying" if p.phase in (HASH, VERIFY) else "importing"
        if not said or said[-1] != step:  # once per step, not once per revision
            said.append(step)
            say(step)

    return sink


def _judge(
    vault: Vault,
    target: SyncTarget,
    me: OwnIdentity,
    c: Candidate,
    cancel: Callable[[], bool] | None,
    result: PickupResult,
    say: Callable[[str], None],
) -> None:
    """Address, verify and import (or quarantine) the one candidate ``c`` (readable locally);
    ``say`` is told each step."""
    try:
        where, header = addressing(c.path, me)
    except OSError:
        return  # vanished or unreadable right now: looked at again next time
    except FieldKitError as exc:
        say("quarantining")
        _refuse(vault, target, c, from_error(exc), result)
        return
    if where in ("own", "other"):
        if where == "other":
            result.not_for_us += 1
        _remember(vault, target.name, c, where, header.sender)
        return
    # A read error on the file itself is raised (the sync stops and says so; the next one tries
    # again): a drive's passing fault must not quarantine a good bundle for good.
    imported = import_bundle(
        vault, c.path, progress=_import_steps(say), cancel=cancel, raise_read_errors=True
    )
    if imported.refused is None:
        result.imported.append(imported)
        _remember(vault, target.name, c, "imported", header.sender)
        _release(vault, target, c)
        return
    if imported.refused.startswith("This bundle was written by this vault"):
        _remember(vault, target.name, c, "own", header.sender)
        return
    say("quarantining")
    entry = _quarantine(
        vault,
        target,
        c,
        imported.refused,
        untrusted=imported.untrusted,
        sender=imported.sender or header.sender,
        bundle_id=imported.bundle_id or header.bundle_id,
    )
    if entry is None:
        return  # gone or unreadable meanwhile: not judged, looked at again next time
    result.quarantined.append(entry)
    _remember(
        vault,
        target.name,
        c,
        "untrusted" if imported.untrusted else "quarantined",
        imported.sender or header.sender,
    )


def _quarantine_bug(
    vault: Vault, target: SyncTarget, c: Candidate, exc: Exception, result: PickupResult
) -> None:
    """``c`` made the import fail with a bug (logged with a report id): quarantined, with that
    id as its reason, so the sync goes on. Not remembered as judged: the next sync (maybe by a
    FieldKit with the bug fixed) tries it again, and quarantine keeps one entry for it."""
    reason = message(
        QT_TRANSLATE_NOOP(
            "errors", "An internal error stopped the import of this file (report id {report_id})."
        ),
        report_id=logs.report_bug(exc),
    )
    entry = _quarantine(vault, target, c, reason)
    if entry is not None:
        result.quarantined.append(entry)


#: The tables that remember files looked at on a target, and the column naming the file.
_SEEN_TABLES = {"sync_inbox": "rel_path", "sync_receipts_read": "file_name"}


def _forget_gone(vault: Vault, target: str, present: set[str], table: str = "sync_inbox") -> None:
    """Files no longer on the target need no memory (keeps the table as small as the drive)."""
    column = _SEEN_TABLES[table]
    gone = [
        (target, str(r[0]))
        for r in vault.db.execute(
            f"SELECT {column} FROM {table} WHERE target = ?",  # noqa: S608 - names of ours
            (target,),
        )
        if str(r[0]) not in present
    ]
    if gone:
        with vault.transaction() as db:
            db.executemany(
                f"DELETE FROM {table} WHERE target = ? AND {column} = ?",  # noqa: S608
                gone,
            )


def _release(vault: Vault, target: SyncTarget, c: Candidate) -> None:
    """A bundle once quarantined as untrusted was now accepted: drop its quarantine entry."""
    for entry in q.quarantine(vault, target.name):
        if entry.file == c.rel and entry.untrusted:
            q.forget_released(vault, entry.id)


# --- receipts ----------------------------------------------------------------------------------


@dataclass
class ReceiptsRead:
    read: int = 0
    acknowledged: list[str] = field(default_factory=list)  # our bundle ids now acknowledged
    quarantined: list[q.QuarantineEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def receipt_key(vault: Vault, target: SyncTarget, fingerprint: str) -> MinisignPublicKey | None:
    """The key a receipt from ``fingerprint`` must be signed with, if we accept their receipts.

    Trusted (not revoked) keys, and the cards the user named as this target's recipients.
    """
    known = trust.get_exact(vault.db, fingerprint)
    if known is not None:
        return None if known.revoked else known.card.minisign_key
    for card in target.cards:
        if card.fingerprint == fingerprint:
            return card.minisign_key
    return None


def read_receipts(
    vault: Vault,
    target: SyncTarget,
    me: OwnIdentity,
    cancel: Callable[[], bool] | None,
    storage: TargetStorage | None = None,
) -> ReceiptsRead:
    """Apply every new receipt for this vault on ``target`` to its acknowledgements."""
    result = ReceiptsRead()
    store = storage or FolderStorage(target)
    listed = store.receipt_files(result.warnings)
    if listed is None:
        return result  # none yet, or unreadable now: nothing is forgotten, it is read next time
    _forget_gone(vault, target.name, {f.name for f in listed}, "sync_receipts_read")
    for listed_file in listed:
        if cancel is not None and cancel():
            raise CancelledError(QT_TRANSLATE_NOOP("errors", "Sync cancelled."))
        name = listed_file.name
        path = target.path / layout.RECEIPTS / name  # where a folder target's receipt is
        writer = layout.receipt_writer(name)
        if writer is None or writer == me.fingerprint:
            continue  # not a receipt, or one of ours
        row = vault.db.execute(
            "SELECT verdict, writer FROM sync_receipts_read WHERE target = ? AND file_name = ?",
            (target.name, name),
        ).fetchone()
        if row is not None and not (row[0] == "untrusted" and _trusted_now(vault, writer)):
            continue
        try:
            data, path = store.read_receipt(name, MAX_RECEIPT_FILE)
        except foreign_files.ForeignFileError as exc:
            # Not read at all, not even to keep a copy: a 64 GiB "receipt" costs nothing.
            _receipt_problem(
                vault,
                target,
                name,
                path,
                listed_file.size,
                from_error(exc),
                writer,
                result,
                readable=False,
            )
            data = None
        except (OSError, UnreadableFileError):
            continue  # gone meanwhile, or not readable now: tried again at the next sync
        if data is None:
            verdict = "invalid"
            _remember_receipt(vault, target, name, verdict, writer)
            continue
        verdict = "read"
        try:
            receipt = read_receipt(data, me, lambda fp: receipt_key(vault, target, fp))
            if receipt.writer != writer:
                raise CorruptFileError(
                    QT_TRANSLATE_NOOP("errors", "The receipt's file name names another writer.")
                )
        except AgeNoIdentityMatchError:
            verdict = "other"
        except UntrustedReceiptError as exc:
            verdict = "untrusted"
            _receipt_problem(
                vault,
                target,
                name,
                path,
                len(data),
                from_error(exc),
                writer,
                result,
                untrusted=True,
            )
        except CorruptFileError as exc:
            verdict = "invalid"
            _receipt_problem(vault, target, name, path, len(data), from_error(exc), writer, result)
        else:
            result.read += 1
            for entry in q.quarantine(vault, target.name):
                if entry.kind == "receipt" and entry.file.endswith(name):
                    q.forget_released(vault, entry.id)
            with vault.transaction() as db:
                for bundle_id in receipt.acknowledgements:
                    fresh = not db.execute(
                        "SELECT 1 FROM acknowledgements WHERE peer = ? AND bundle_id = ?",
                        (writer, bundle_id),
                    ).fetchone()
                    _acknowledge(db, writer, bundle_id)
                    if (
                        fresh
                        and db.execute(
                            "SELECT 1 FROM acknowledgements WHERE peer = ? AND bundle_id = ?",
                            (writer, bundle_id),
                        ).fetchone()
                    ):
                        result.acknowledged.append(bundle_id)
        _remember_receipt(vault, target, name, verdict, writer)
    return result


def _remember_receipt(
    vault: Vault, target: SyncTarget, name: str, verdict: str, writer: str
) -> None:
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO sync_receipts_read (target, file_name, verdict, writer, read_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(target, file_name) DO UPDATE SET "
            "verdict = excluded.verdict, read_at = excluded.read_at",
            (target.name, name, verdict, writer, _now()),
        )


def _receipt_problem(
    vault: Vault,
    target: SyncTarget,
    name: str,
    path: Path,
    size: int,
    reason: str,
    writer: str,
    result: ReceiptsRead,
    *,
    untrusted: bool = False,
    readable: bool = True,
) -> None:
    rel = f"{layout.RECEIPTS}/{name}"
    c = Candidate(path, rel, size, 0, None if readable else reason)
    entry = _quarantine(
        vault, target, c, reason, kind="receipt", untrusted=untrusted, sender=writer
    )
    if entry is not None:
        result.quarantined.append(entry)


def fingerprint_folders(target: Path) -> set[str]:
    """Sender folders present on the target (real folders only)."""
    return {f.name for f in sender_folders(target)}


__all__ = [
    "Candidate",
    "PickupResult",
    "ReceiptsRead",
    "addressing",
    "candidates",
    "fingerprint_folders",
    "pick_up",
    "read_receipts",
    "receipt_key",
    "sender_folders",
]
