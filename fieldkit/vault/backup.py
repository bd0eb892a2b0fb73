"""Backups of an open vault, and restoring them (SPEC §3).

A backup folder holds ``vault.json`` (the header as it was), ``vault.db`` (a consistent,
still-encrypted copy made with SQLite's ``VACUUM INTO`` inside one read transaction while the
vault stays open and writable), the encrypted photos that copy refers to, and ``backup.json``:
the SHA-256 of every file, written last, so a backup without it is known to be incomplete.
A photo the vault has lost (deleted by hand, a bad sector, an antivirus) does not stop the
backup: everything else is copied and backup.json lists that photo as ``missing``, so the
backup is still made when it is needed most, and its restore says which photos it lacks.

Restoring copies the files into an absent or empty folder, checks every hash, and starts a new
**epoch** so that bundles written after the restore are not mistaken for forks of those written
before it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import secrets
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from fieldkit import clock
from fieldkit.errors import (
    CorruptFileError,
    UnsupportedFormatError,
    VaultExistsError,
    VaultFormatError,
    VaultInUseError,
)
from fieldkit.fsutil import (
    PARTIAL_BACKUP_SUFFIX,
    atomic_write,
    fsync_dir,
    make_private_dir,
    sha256_file,
    storage_error,
)
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit
from fieldkit.vault.backup_checks import (
    check_photos_copied,
    read_header,
    read_manifest,
)
from fieldkit.vault.database import (
    Connection,
    database_errors,
    open_database,
    open_read_only,
)
from fieldkit.vault.header import HEADER_NAME, VaultHeader
from fieldkit.vault.lock import LOCK_NAME, VaultLock, _try_lock, _unlock
from fieldkit.vault.media import MEDIA_DIR, MediaStore
from fieldkit.vault.vault import (
    DB_NAME,
    REKEY_DB_NAME,
    REKEY_MEDIA_DIR,
    Vault,
    _done_creating,
    _remove_created,
    _start_creating,
    require_absent_or_empty,
)

log = logging.getLogger(__name__)

MANIFEST_NAME = "backup.json"
MANIFEST_FORMAT = "fieldkit-backup"
MANIFEST_VERSION = 1


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    bytes: int
    # The vault's photos (media/<name>) it had lost: not in the backup, listed as missing.
    missing: tuple[str, ...] = ()


# A photo file that is gone or unreadable in the vault: the vault's loss, not the backup
# drive's; other errors (a full or read-only backup drive) stop the backup as before.
_LOST = (errno.ENOENT, errno.EIO)


def _copy_photo(src: Path, dst: Path) -> bool:
    """Copy a photo of the vault; False, with nothing written, if the vault has lost it."""
    try:
        fin = open(src, "rb")
    except OSError as exc:
        if exc.errno in _LOST:
            return False
        raise storage_error(exc, str(dst)) from exc
    with fin:
        try:
            fout = open(dst, "xb")
        except OSError as exc:
            raise storage_error(exc, str(dst)) from exc
        with fout:
            while True:
                try:
                    chunk = fin.read(1 << 20)
                except OSError as exc:
                    if exc.errno not in _LOST:
                        raise storage_error(exc, str(dst)) from exc
                    fout.close()
                    dst.unlink()
                    return False
                if not chunk:
                    break
                try:
                    fout.write(chunk)
                except OSError as exc:
                    raise storage_error(exc, str(dst)) from exc
            try:
                fout.flush()
                os.fsync(fout.fileno())
            except OSError as exc:
                raise storage_error(exc, str(dst)) from exc
    try:
        dst.chmod(0o600)
    except OSError as exc:
        raise storage_error(exc, str(dst)) from exc
    return True


def _copy(src: Path, dst: Path) -> None:
    try:
        with open(src, "rb") as fin, open(dst, "xb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
        dst.chmod(0o600)
    except OSError as exc:
        raise storage_error(exc, str(dst)) from exc


# A backup is written into a hidden sibling of its folder and renamed into place when complete,
# so the folder the user named either does not exist or holds a whole backup. The marker inside
# a partial one proves it is ours (the next backup removes it); a running backup keeps the
# marker locked so that a second one never removes it.
PARTIAL_SUFFIX = PARTIAL_BACKUP_SUFFIX  # fsutil.shown_path names the backup folder instead
PARTIAL_MARKER = ".fieldkit-partial-backup"


class _Source:
    """What a backup reads: a header, a consistent database copy, and the photo files."""

    def __init__(self, folder: Path, header: VaultHeader, conn: Connection, data_key: bytes):
        self.folder = folder
        self.header = header
        self.conn = conn
        self.data_key = data_key

    def vacuum_into(self, target: Path) -> None:
        # VACUUM INTO reads inside one read transaction: a consistent snapshot, still
        # encrypted with the same key, while writers go on in WAL mode.
        with database_errors(target.parent, QT_TRANSLATE_NOOP("errors", "the backup")):
            self.conn.execute("VACUUM INTO ?", (str(target),))

    def open_copy(self, path: Path) -> Connection:
        return open_database(path, self.data_key)

    def copy_media(self, name: str, target: Path) -> bool:
        """Copy photo ``name``; False if the vault has lost its file (nothing is written)."""
        return _copy_photo(MediaStore.path_in(self.folder / MEDIA_DIR, name), target)

    def check_unchanged(self) -> None:
        """Nothing to check when we hold the vault's lock (nobody else can change its keys)."""


class VaultChangedError(
    VaultInUseError, hint=QT_TRANSLATE_NOOP("errors", "Run the backup again; nothing was written.")
):
    """The vault's keys changed (passwd, rekey) while another process backed it up."""


_KEYS_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "The vault's passphrase or keys changed while the backup was made."
)
BACKUP_CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "The backup was cancelled; the incomplete copy was removed."
)
RESTORE_CANCELLED = QT_TRANSLATE_NOOP("errors", "The restore was cancelled; nothing was restored.")
_USE_ANOTHER = QT_TRANSLATE_NOOP("errors", "Use another backup; nothing was restored.")
# The phases of a backup and a restore, as the progress line names them.
PHASES = (
    QT_TRANSLATE_NOOP("progress", "database"),
    QT_TRANSLATE_NOOP("progress", "photos"),
    QT_TRANSLATE_NOOP("progress", "check"),
    QT_TRANSLATE_NOOP("progress", "copy"),
)


def _rekey_in_progress(folder: Path) -> bool:
    return (folder / REKEY_DB_NAME).exists() or (folder / REKEY_MEDIA_DIR).exists()


class _Snapshot(_Source):
    """A vault another process has open: read through a read-only connection, checked at the end.

    SQLite's WAL gives a reader a consistent snapshot and VACUUM INTO copies it; photo files are
    never changed once written. What can change is the header (passwd, rekey): a rekey swaps in
    a new database and re-encrypted photos after its header is saved. So a key change in
    progress refuses at the start, and the header's bytes must be the same at the end as at the
    start (then no key change happened in between), or the backup is discarded.
    """

    def __init__(
        self, folder: Path, header: VaultHeader, conn: Connection, data_key: bytes, raw: bytes
    ) -> None:
        super().__init__(folder, header, conn, data_key)
        self.raw_header = raw

    def copy_media(self, name: str, target: Path) -> bool:
        if _copy_photo(MediaStore.path_in(self.folder / MEDIA_DIR, name), target):
            return True
        # Gone since the snapshot (the app deleted its record meanwhile): the copy would
        # name a photo the vault no longer has. Still listed in the vault: the vault lost it.
        row = self.conn.execute("SELECT 1 FROM media_files WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise VaultChangedError(
                QT_TRANSLATE_NOOP("errors", "The vault changed while the backup was made.")
            )
        return False

    def check_unchanged(self) -> None:
        try:
            now = (self.folder / HEADER_NAME).read_bytes()
        except OSError:
            now = b""
        if now != self.raw_header or _rekey_in_progress(self.folder):
            raise VaultChangedError(_KEYS_CHANGED)


def backup_in_use(
    path: Path,
    dest: Path,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> BackupResult:
    """Back up the vault in ``path`` while another process (the desktop app) has it open.

    Takes no lock and writes nothing in the vault folder (so no "backup made" event in its
    audit log: the app owns the log while it has the vault open). Raises VaultInUseError when
    a key change is in progress, VaultChangedError when one happened meanwhile, and what
    :func:`backup` raises.
    """
    path = Path(path)
    raw = VaultHeader.read_raw(path)
    header = VaultHeader.from_bytes(raw)
    data_key = header.unwrap(passphrase, recovery_key)
    if _rekey_in_progress(path):
        raise VaultInUseError(
            QT_TRANSLATE_NOOP(
                "errors", "The vault's keys are being changed (rekey) in the app that has it open."
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Wait until the app has finished, then run the backup again."
            ),
        )
    try:
        conn = open_read_only(path / DB_NAME, data_key)
    except VaultFormatError:
        # A rekey may have swapped the database since the header was read.
        if (path / HEADER_NAME).read_bytes() != raw:
            raise VaultChangedError(_KEYS_CHANGED) from None
        raise
    try:
        source = _Snapshot(path, header, conn, data_key, raw)
        result, _ = _write_backup(
            source, dest, Reporter(progress, cancel, cancelled_message=BACKUP_CANCELLED)
        )
    finally:
        conn.close()
    log.info("backup of a vault in use written (%d files)", result.files)
    return result


def remove_partial_backups(parent: Path) -> int:
    """Remove what interrupted backups left in ``parent``; returns how many.

    Only hidden folders with our suffix AND our marker inside, whose marker no running backup
    holds locked: never a folder of the user's.
    """
    removed = 0
    if not parent.is_dir():
        return 0
    for entry in parent.iterdir():
        if not (entry.name.startswith(".") and entry.name.endswith(PARTIAL_SUFFIX)):
            continue
        marker = entry / PARTIAL_MARKER
        if entry.is_symlink() or not entry.is_dir() or not marker.is_file():
            continue
        try:
            with open(marker, "rb") as fh:
                if not _try_lock(fh):
                    continue  # a backup is being written there right now
                _unlock(fh)
        except OSError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed += 1
    if removed:
        log.info("removed %d incomplete backup folder(s)", removed)
    return removed


def _check_destination(dest: Path) -> None:
    if dest.is_symlink():
        # The finished backup is renamed onto this name: a link would not be followed.
        raise VaultExistsError(
            QT_TRANSLATE_NOOP("errors", "The backup folder {path} is a link."),
            QT_TRANSLATE_NOOP("errors", "Choose a new folder, not a link."),
            path=str(dest),
        )
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP("errors", "The backup folder {path} is not empty."),
            QT_TRANSLATE_NOOP("errors", "Choose a new folder."),
            path=str(dest),
        )


def _write_backup(source: _Source, dest: Path, reporter: Reporter) -> tuple[BackupResult, int]:
    """Write the backup into a partial sibling, then rename it to ``dest``.

    Returns the result and the audit chain's length in it. On any failure (full disk, a
    cancel, a vault changed under a snapshot) the partial folder is removed and ``dest`` is
    as it was.
    """
    dest = Path(dest).absolute()
    _check_destination(dest)
    parent = dest.parent
    make_private_dir(parent)
    remove_partial_backups(parent)
    partial = parent / f".{dest.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
    make_private_dir(partial)
    try:
        marker = open(partial / PARTIAL_MARKER, "xb")  # held (and locked) until the end
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise storage_error(exc, str(partial)) from exc
    try:
        # A file system without locks (ENOLCK) still gets its backup; its leftovers are then
        # never taken for abandoned, since no lock on them can be proved free.
        with contextlib.suppress(OSError):
            _try_lock(marker)
        result, audit_length = _fill(source, partial, dest, reporter)
        source.check_unchanged()
        reporter.check()  # the last safe point: after it the backup appears whole
        # The commit point: the folder the user named appears, whole.
        try:
            if dest.is_dir():
                dest.rmdir()  # empty (checked above); rename does not replace it everywhere
            os.replace(partial, dest)
            fsync_dir(parent)
        except OSError as exc:
            raise storage_error(exc, str(dest)) from exc
    except BaseException:
        marker.close()
        shutil.rmtree(partial, ignore_errors=True)
        raise
    marker.close()
    with contextlib.suppress(OSError):
        (dest / PARTIAL_MARKER).unlink()
    return result, audit_length


def _fill(
    source: _Source, folder: Path, dest: Path, reporter: Reporter
) -> tuple[BackupResult, int]:
    reporter.check()
    make_private_dir(folder / MEDIA_DIR)
    db_copy = folder / DB_NAME
    reporter.start("database")
    try:
        # VACUUM INTO makes its file with the process's umask (0644 here): an empty file made
        # private first keeps the copy as private as the vault's own database (r11 UI trial 2
        # #13), as the copy travels on a stick; SQLite writes into an empty file it is given.
        os.close(os.open(db_copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        source.vacuum_into(db_copy)
    except OSError as exc:
        raise storage_error(exc, str(dest)) from exc
    # The photos the *copy* refers to: files are never changed once written, so copying them
    # after the snapshot is consistent even while the vault keeps adding photos.
    copy = source.open_copy(db_copy)
    try:
        names = [row[0] for row in copy.execute("SELECT name FROM media_files ORDER BY name")]
        schema_version = int(copy.execute("PRAGMA user_version").fetchone()[0])
        audit_hash, audit_length = audit.head(copy)
    finally:
        copy.close()
    reporter.check()
    files: dict[str, str] = {}
    missing: list[str] = []
    total = 0
    reporter.start("photos", len(names))
    for name in names:
        reporter.check()
        if source.copy_media(name, folder / MEDIA_DIR / name):
            files[f"{MEDIA_DIR}/{name}"] = sha256_file(folder / MEDIA_DIR / name)
            total += (folder / MEDIA_DIR / name).stat().st_size
        else:
            missing.append(f"{MEDIA_DIR}/{name}")
        reporter.step()
    if missing:
        log.warning("%d photo file(s) missing from the vault were not backed up", len(missing))
    reporter.finish()
    atomic_write(folder / HEADER_NAME, source.header.to_bytes())
    for name in (DB_NAME, HEADER_NAME):
        files[name] = sha256_file(folder / name)
        total += (folder / name).stat().st_size
    fsync_dir(folder / MEDIA_DIR)
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "vault_id": source.header.vault_id,
        "created_at": clock.now(),
        "schema_version": schema_version,
        # The audit chain's head: a restore proves the chain it brings back is the one backed up.
        "audit_head": {"hash": audit_hash, "length": audit_length},
        "files": dict(sorted(files.items())),
    }
    if missing:  # only then: a backup of a whole vault is written as before
        manifest["missing"] = missing
    atomic_write(folder / MANIFEST_NAME, (json.dumps(manifest, indent=2) + "\n").encode())
    return BackupResult(dest, len(files), total, tuple(missing)), audit_length


def backup(
    vault: Vault,
    dest: Path,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> BackupResult:
    """Write a complete, encrypted backup of the open ``vault`` into ``dest`` (absent or empty).

    ``progress`` hears the "database" copy, then the "photos" one by one; ``cancel`` is polled
    between photos and before the backup is put in place. A photo whose file the vault has
    lost is left out and named in the result's ``missing`` (and in backup.json). Raises
    VaultExistsError if ``dest`` has files, DiskFullError/StorageError on write errors,
    CancelledError; then ``dest`` is left as it was (no partial folder).
    """
    source = _Source(vault.path, vault.header, vault.db, vault._data_key)
    reporter = Reporter(progress, cancel, cancelled_message=BACKUP_CANCELLED)
    result, audit_length = _write_backup(source, dest, reporter)
    with vault.transaction() as db:
        details = {"files": result.files, "bytes": result.bytes, "audit_length": audit_length}
        if result.missing:
            details["missing_photos"] = len(result.missing)
        audit.record(db, "backup_made", details)
    log.info("backup written (%d files)", result.files)
    return result


_LIST_DAMAGED = QT_TRANSLATE_NOOP("errors", "The backup's file list in {path} is damaged.")


def _is_photo(rel: str) -> bool:
    parts = rel.split("/")
    return (
        len(parts) == 2
        and parts[0] == MEDIA_DIR
        and len(parts[1]) == 32
        and all(c in "0123456789abcdef" for c in parts[1])
    )


@dataclass(frozen=True)
class _Manifest:
    files: dict[str, str]
    audit_head: tuple[str, int] | None
    # Photos the vault had lost when the backup was made: neither copied nor expected.
    missing: frozenset[str]


def _read_manifest(src: Path) -> tuple[dict[str, str], tuple[str, int] | None]:
    """backup.json's files and audit head (what :func:`_read_list` returns, as before)."""
    manifest = _read_list(src)
    return manifest.files, manifest.audit_head


def _read_list(src: Path) -> _Manifest:
    try:
        raw = read_manifest(src / MANIFEST_NAME)
    except FileNotFoundError:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is not a complete FieldKit backup (backup.json is missing)."
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Choose the folder that `fieldkit backup` wrote, or another backup."
            ),
            path=str(src),
        ) from None
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The backup's backup.json in {path} is damaged."),
            path=str(src),
        ) from exc
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a FieldKit backup."), path=str(src)
        )
    if data.get("version") != MANIFEST_VERSION:
        raise UnsupportedFormatError(
            QT_TRANSLATE_NOOP("errors", "This backup was written by a newer FieldKit.")
        )
    files = data.get("files")
    if not isinstance(files, dict) or DB_NAME not in files or HEADER_NAME not in files:
        raise CorruptFileError(_LIST_DAMAGED, path=str(src))
    safe: dict[str, str] = {}
    unexpected = CorruptFileError(
        QT_TRANSLATE_NOOP("errors", "The backup's file list in {path} names an unexpected file."),
        path=str(src),
    )
    for rel, digest in files.items():
        ok_top = str(rel) in (DB_NAME, HEADER_NAME)
        if not (ok_top or _is_photo(str(rel))) or not isinstance(digest, str):
            raise unexpected
        safe[str(rel)] = digest
    lost = data.get("missing", [])
    if not isinstance(lost, list):
        raise CorruptFileError(_LIST_DAMAGED, path=str(src))
    for rel in lost:
        if not isinstance(rel, str) or not _is_photo(rel) or rel in safe:
            raise unexpected
    head = data.get("audit_head")
    expected: tuple[str, int] | None = None
    if head is not None:
        if (
            not isinstance(head, dict)
            or not isinstance(head.get("hash"), str)
            or not isinstance(head.get("length"), int)
        ):
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "The backup's audit head in {path} is damaged."),
                path=str(src),
            )
        expected = (head["hash"], head["length"])
    return _Manifest(safe, expected, frozenset(lost))


def restore(
    src: Path,
    target: Path,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> Vault:
    """Restore the backup in ``src`` into ``target`` (absent or empty); returns it open.

    The backup's own passphrase (or recovery key) unlocks it. Every file's hash is checked
    before anything is written ("check"), then the files are copied ("copy"); ``cancel`` is
    polled between files, and a cancelled restore removes what it wrote. A new epoch is
    recorded. Photos the backup lists as missing (the vault had lost them) are restored
    missing: :func:`missing_photos` names them. Raises CorruptFileError for a damaged or
    incomplete backup, VaultExistsError, WrongPassphraseError, WrongRecoveryKeyError,
    CancelledError.
    """
    src, target = Path(src), Path(target)
    reporter = Reporter(progress, cancel, cancelled_message=RESTORE_CANCELLED)
    manifest = _read_list(src)
    files = manifest.files
    reporter.start("check", len(files))
    for rel, digest in files.items():
        reporter.check()
        path = src / rel
        if not path.is_file() or sha256_file(path) != digest:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP(
                    "errors", "The backup in {path} is damaged: {file} is missing or altered."
                ),
                _USE_ANOTHER,
                path=str(src),
                file=rel,
            )
        reporter.step()
    # Read once, capped, and checked as read: the file hashed above could be swapped since.
    raw_header = read_header(src / HEADER_NAME)
    if hashlib.sha256(raw_header).hexdigest() != files[HEADER_NAME]:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP(
                "errors", "The backup in {path} is damaged: {file} is missing or altered."
            ),
            _USE_ANOTHER,
            path=str(src),
            file=HEADER_NAME,
        )
    header = VaultHeader.from_bytes(raw_header)
    # Check the credentials before writing anything at the target.
    data_key = header.unwrap(passphrase, recovery_key)
    require_absent_or_empty(target)
    created_folder = not target.exists()
    make_private_dir(target)
    # As Vault.create does: outside the clean-up below, because if another process holds the
    # lock it is creating or restoring a vault here right now, and those files are not ours.
    lock = VaultLock(target)
    lock.acquire()
    try:
        return _restore_locked(
            src,
            target,
            files,
            header,
            data_key,
            manifest,
            created_folder,
            passphrase,
            recovery_key,
            lock,
            reporter,
            progress,
        )
    finally:
        lock.release()


def _restore_locked(
    src: Path,
    target: Path,
    files: dict[str, str],
    header: VaultHeader,
    data_key: bytes,
    manifest: _Manifest,
    created_folder: bool,
    passphrase: str | None,
    recovery_key: str | None,
    lock: VaultLock,
    reporter: Reporter,
    progress: ProgressSink | None,
) -> Vault:
    try:
        _start_creating(target)
        make_private_dir(target / MEDIA_DIR)
        copied = [rel for rel in files if rel != HEADER_NAME]
        reporter.start("copy", len(copied))
        for rel in copied:
            reporter.check()
            _copy(src / rel, target / rel)
            reporter.step()
        reporter.check()  # the last safe point: after it the restore runs to its end
        (target / LOCK_NAME).touch(mode=0o600)
        conn = open_database(target / DB_NAME, data_key)
        try:
            if manifest.audit_head is not None:
                check = audit.verify(conn, expected_head=manifest.audit_head)
                if not check.ok:
                    raise CorruptFileError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The backup in {path} is damaged: its audit log does not match.",
                        ),
                        _USE_ANOTHER,
                        path=str(src),
                    )
            lost = check_photos_copied(
                conn, target / MEDIA_DIR, src, _USE_ANOTHER, manifest.missing
            )
            epoch_id = str(uuid.uuid4())
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO epochs (epoch_id, started_at, reason) VALUES (?, ?, ?)",
                (epoch_id, clock.now(), "restored"),
            )
            details: dict[str, object] = {"epoch": epoch_id}
            if lost:
                details["missing_photos"] = lost
            audit.record(conn, "restored", details)
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        # The header last: until it exists, the target is not a vault.
        header.save(target)
        fsync_dir(target)
        _done_creating(target)
    except BaseException:
        _remove_created(target, created_folder)
        raise
    log.info("backup restored; new epoch started")
    lock.release()  # Vault.open takes it again, as the vault's owner
    # A backup made by an older FieldKit is upgraded on this first open: ``progress`` hears
    # the "upgrade" phase (tens of seconds at a million records) like any first unlock.
    if recovery_key is not None:
        return Vault.open(target, recovery_key=recovery_key, progress=progress)
    return Vault.open(target, passphrase, progress=progress)
