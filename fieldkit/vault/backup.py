"""Backups of an open vault, and restoring them (SPEC §3).

A backup folder holds ``vault.json`` (the header as it was), ``vault.db`` (a consistent,
still-encrypted copy made with SQLite's ``VACUUM INTO`` inside one read transaction while the
vault stays open and writable), the encrypted photos that copy refers to, and ``backup.json``:
the SHA-256 of every file, written last, so a backup without it is known to be incomplete.

Restoring copies the files into an absent or empty folder, checks every hash, and starts a new
**epoch** so that bundles written after the restore are not mistaken for forks of those written
before it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fieldkit.errors import CorruptFileError, UnsupportedFormatError, VaultExistsError
from fieldkit.fsutil import atomic_write, fsync_dir, make_private_dir, storage_error
from fieldkit.vault import audit
from fieldkit.vault.database import open_database
from fieldkit.vault.header import HEADER_NAME, VaultHeader
from fieldkit.vault.lock import LOCK_NAME
from fieldkit.vault.media import MEDIA_DIR
from fieldkit.vault.vault import (
    DB_NAME,
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


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _copy(src: Path, dst: Path) -> None:
    try:
        with open(src, "rb") as fin, open(dst, "xb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
        dst.chmod(0o600)
    except OSError as exc:
        raise storage_error(exc, str(dst)) from exc


def backup(
    vault: Vault, dest: Path, progress: Callable[[int, int], None] | None = None
) -> BackupResult:
    """Write a complete, encrypted backup of ``vault`` into ``dest`` (absent or empty).

    Raises VaultExistsError if ``dest`` has files, DiskFullError/StorageError on write errors
    (a partial folder without backup.json is then left, and named as incomplete on restore).
    """
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise VaultExistsError(f"The backup folder {dest} is not empty.", "Choose a new folder.")
    make_private_dir(dest)
    make_private_dir(dest / MEDIA_DIR)
    db_copy = dest / DB_NAME
    try:
        vault._vacuum_into(db_copy)
    except Exception as exc:
        if isinstance(exc, OSError):
            raise storage_error(exc, str(db_copy)) from exc
        raise
    # The photos the *copy* refers to: files are never changed once written, so copying them
    # after the snapshot is consistent even while the vault keeps adding photos.
    copy = vault._open_copy(db_copy)
    try:
        names = [row[0] for row in copy.execute("SELECT name FROM media_files ORDER BY name")]
        schema_version = int(copy.execute("PRAGMA user_version").fetchone()[0])
        audit_hash, audit_length = audit.head(copy)
    finally:
        copy.close()
    files: dict[str, str] = {}
    total = 0
    for i, name in enumerate(names):
        src = vault.media.path_of(name)
        _copy(src, dest / MEDIA_DIR / name)
        files[f"{MEDIA_DIR}/{name}"] = _sha256_file(dest / MEDIA_DIR / name)
        total += (dest / MEDIA_DIR / name).stat().st_size
        if progress is not None:
            progress(i + 1, len(names))
    atomic_write(dest / HEADER_NAME, vault.header.to_bytes())
    for name in (DB_NAME, HEADER_NAME):
        files[name] = _sha256_file(dest / name)
        total += (dest / name).stat().st_size
    fsync_dir(dest / MEDIA_DIR)
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "vault_id": vault.header.vault_id,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_version": schema_version,
        # The audit chain's head: a restore proves the chain it brings back is the one backed up.
        "audit_head": {"hash": audit_hash, "length": audit_length},
        "files": dict(sorted(files.items())),
    }
    atomic_write(dest / MANIFEST_NAME, (json.dumps(manifest, indent=2) + "\n").encode())
    with vault.transaction() as db:
        audit.record(
            db, "backup_made", {"files": len(files), "bytes": total, "audit_length": audit_length}
        )
    log.info("backup written (%d files)", len(files))
    return BackupResult(dest, len(files), total)


def _read_manifest(src: Path) -> tuple[dict[str, str], tuple[str, int] | None]:
    try:
        raw = (src / MANIFEST_NAME).read_bytes()
    except FileNotFoundError:
        raise CorruptFileError(
            f"{src} is not a complete FieldKit backup (backup.json is missing).",
            "Choose the folder that `fieldkit backup` wrote, or another backup.",
        ) from None
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptFileError(f"The backup's backup.json in {src} is damaged.") from exc
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise CorruptFileError(f"{src} is not a FieldKit backup.")
    if data.get("version") != MANIFEST_VERSION:
        raise UnsupportedFormatError("This backup was written by a newer FieldKit.")
    files = data.get("files")
    if not isinstance(files, dict) or DB_NAME not in files or HEADER_NAME not in files:
        raise CorruptFileError(f"The backup's file list in {src} is damaged.")
    safe: dict[str, str] = {}
    for rel, digest in files.items():
        parts = str(rel).split("/")
        ok_top = len(parts) == 1 and parts[0] in (DB_NAME, HEADER_NAME)
        ok_media = (
            len(parts) == 2
            and parts[0] == MEDIA_DIR
            and len(parts[1]) == 32
            and all(c in "0123456789abcdef" for c in parts[1])
        )
        if not (ok_top or ok_media) or not isinstance(digest, str):
            raise CorruptFileError(f"The backup's file list in {src} names an unexpected file.")
        safe[str(rel)] = digest
    head = data.get("audit_head")
    expected: tuple[str, int] | None = None
    if head is not None:
        if (
            not isinstance(head, dict)
            or not isinstance(head.get("hash"), str)
            or not isinstance(head.get("length"), int)
        ):
            raise CorruptFileError(f"The backup's audit head in {src} is damaged.")
        expected = (head["hash"], head["length"])
    return safe, expected


def restore(
    src: Path,
    target: Path,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
) -> Vault:
    """Restore the backup in ``src`` into ``target`` (absent or empty); returns it open.

    The backup's own passphrase (or recovery key) unlocks it. Every file's hash is checked
    before anything is written. A new epoch is recorded. Raises CorruptFileError for a damaged
    or incomplete backup, VaultExistsError, WrongPassphraseError, WrongRecoveryKeyError.
    """
    src, target = Path(src), Path(target)
    files, expected_head = _read_manifest(src)
    for rel, digest in files.items():
        path = src / rel
        if not path.is_file() or _sha256_file(path) != digest:
            raise CorruptFileError(
                f"The backup in {src} is damaged: {rel} is missing or altered.",
                "Use another backup; nothing was restored.",
            )
    header = VaultHeader.from_bytes((src / HEADER_NAME).read_bytes())
    # Check the credentials before writing anything at the target.
    if recovery_key is not None:
        data_key = header.unwrap_with_recovery_key(recovery_key)
    elif passphrase is not None:
        data_key = header.unwrap_with_passphrase(passphrase)
    else:
        raise ValueError("a passphrase or a recovery key is needed")
    require_absent_or_empty(target)
    created_folder = not target.exists()
    try:
        make_private_dir(target)
        _start_creating(target)
        make_private_dir(target / MEDIA_DIR)
        for rel in files:
            if rel != HEADER_NAME:
                _copy(src / rel, target / rel)
        (target / LOCK_NAME).touch(mode=0o600)
        conn = open_database(target / DB_NAME, data_key)
        try:
            if expected_head is not None:
                check = audit.verify(conn, expected_head=expected_head)
                if not check.ok:
                    raise CorruptFileError(
                        f"The backup in {src} is damaged: its audit log does not match.",
                        "Use another backup; nothing was restored.",
                    )
            epoch_id = str(uuid.uuid4())
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO epochs (epoch_id, started_at, reason) VALUES (?, ?, ?)",
                (epoch_id, datetime.now(UTC).isoformat(timespec="seconds"), "restored"),
            )
            audit.record(conn, "restored", {"epoch": epoch_id})
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
    if recovery_key is not None:
        return Vault.open(target, recovery_key=recovery_key)
    return Vault.open(target, passphrase)
