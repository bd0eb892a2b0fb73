"""Photo originals at rest: age-encrypted to the vault's storage key, under opaque random names.

The storage key is an X25519 key used for nothing else and never exported (SPEC §3). A file is
written (and fsynced) before its row is committed; a crash in between leaves a file with no row,
which :meth:`MediaStore.remove_orphans` deletes on the next open. Plaintext never touches disk:
bytes stream from the caller's source through SHA-256 and age encryption into the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldkit import clock
from fieldkit.crypto import age
from fieldkit.errors import CorruptFileError
from fieldkit.fsutil import PRIVATE_FILE_MODE, fsync_dir, make_private_dir, storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter, check
from fieldkit.vault.database import Connection

MEDIA_DIR = "media"
CHUNK = 1 << 20
_NAME_LENGTH = 32  # hex characters: 128 random bits, meaningless to anyone who lists the folder
PHOTO_CANCELLED = QT_TRANSLATE_NOOP("errors", "Cancelled; the photo was not added.")


@dataclass(frozen=True)
class StoredMedia:
    name: str
    sha256: str
    size: int
    new: bool  # False when an identical photo was already stored


def _new_name() -> str:
    return secrets.token_hex(_NAME_LENGTH // 2)


def _valid_name(name: str) -> bool:
    return len(name) == _NAME_LENGTH and all(c in "0123456789abcdef" for c in name)


@contextlib.contextmanager
def _removed_on_failure(target: Path) -> Iterator[None]:
    """Remove ``target`` if the block fails (an OSError becomes DiskFullError/StorageError)."""
    try:
        yield
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "a photo in the vault")) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


# Not the default hint of a damaged file ("Ask the sender for a new copy"): nobody sent this.
MISSING_PHOTO_HINT = QT_TRANSLATE_NOOP(
    "errors", "Restore the vault from a backup that has this photo, or get the photo again."
)


class MediaStore:
    def __init__(self, folder: Path, storage_key: age.X25519Identity) -> None:
        self.folder = folder
        self._identity = storage_key

    @property
    def storage_key(self) -> age.X25519Identity:
        """The vault's storage key, which photos are encrypted to at rest (the programme
        archive encrypts its photos to its vault's key). Never exported (SPEC §6)."""
        return self._identity

    def path_of(self, name: str) -> Path:
        return self.path_in(self.folder, name)

    @staticmethod
    def path_in(folder: Path, name: str) -> Path:
        """The file of photo ``name`` in a media folder (the name is checked: no paths)."""
        if not _valid_name(name):
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A photo reference in the vault is not valid.")
            )
        return folder / name

    def _write_encrypted(
        self,
        src: BinaryIO,
        target: Path,
        cancel: Callable[[], bool] | None = None,
    ) -> tuple[str, int]:
        """Encrypt ``src`` into ``target``; returns (sha256 of plaintext, plaintext size)."""
        digest = hashlib.sha256()
        size = 0
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise storage_error(exc, QT_TRANSLATE_NOOP("errors", "a photo in the vault")) from exc
        with _removed_on_failure(target), os.fdopen(fd, "wb") as raw:
            with age.encryptor(raw, [self._identity.recipient()]) as enc:
                while chunk := src.read(CHUNK):
                    check(cancel, PHOTO_CANCELLED)
                    digest.update(chunk)
                    enc.write(chunk)
                    size += len(chunk)
            raw.flush()
            os.fsync(raw.fileno())
        return digest.hexdigest(), size

    def add(
        self,
        conn: Connection,
        src: BinaryIO,
        cancel: Callable[[], bool] | None = None,
    ) -> StoredMedia:
        """Store a photo from ``src``; the caller must be inside a write transaction on ``conn``.

        If the same bytes are already stored, the new copy is discarded and the existing one
        returned (one copy per photo hash). Raises DiskFullError/StorageError, CancelledError.
        """
        make_private_dir(self.folder)
        name = _new_name()
        target = self.folder / name
        sha256, size = self._write_encrypted(src, target, cancel)
        row = conn.execute(
            "SELECT name, size FROM media_files WHERE sha256 = ?", (sha256,)
        ).fetchone()
        if row is not None:
            target.unlink()
            return StoredMedia(row[0], sha256, int(row[1]), new=False)
        with _removed_on_failure(target):
            fsync_dir(self.folder)
            conn.execute(
                "INSERT INTO media_files (name, sha256, size, created_at) VALUES (?, ?, ?, ?)",
                (name, sha256, size, clock.now()),
            )
        return StoredMedia(name, sha256, size, new=True)

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """A readable stream of the decrypted original. Raises CorruptFileError if tampered."""
        path = self.path_of(name)
        try:
            fh = open(path, "rb")
        except FileNotFoundError:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP(
                    "errors", "A photo file is missing from the vault's media folder."
                ),
                MISSING_PHOTO_HINT,
            ) from None
        with fh, age.decryptor(fh, [self._identity]) as reader:
            yield reader  # type: ignore[misc]

    def read_bytes(self, name: str) -> bytes:
        with self.open(name) as fh:
            return fh.read()

    def remove_orphans(self, conn: Connection) -> int:
        """Delete media files that no committed row refers to (left by a crash)."""
        if not self.folder.is_dir():
            return 0
        known = {row[0] for row in conn.execute("SELECT name FROM media_files")}
        removed = 0
        for entry in self.folder.iterdir():
            if entry.is_file() and entry.name not in known:
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
        return removed

    def reencrypt_into(
        self,
        conn: Connection,
        new_key: age.X25519Identity,
        dest: Path,
        progress: ProgressSink | None = None,
        cancel: CancelCheck | None = None,
        cancelled_message: str | None = None,
    ) -> int:
        """Re-encrypt every stored photo to ``new_key`` into ``dest`` (same names). For rekey.

        Reports the "photos" phase one by one and polls ``cancel`` between photos (the caller
        removes ``dest`` when this raises)."""
        reporter = Reporter(progress, cancel, cancelled_message=cancelled_message)
        make_private_dir(dest)
        names = [row[0] for row in conn.execute("SELECT name FROM media_files ORDER BY name")]
        target_store = MediaStore(dest, new_key)
        reporter.start("photos", len(names))
        for name in names:
            reporter.check()
            out = dest / name
            if out.exists():
                out.unlink()
            with self.open(name) as plain:
                target_store._write_encrypted(plain, out)
            reporter.step()
        fsync_dir(dest)
        return len(names)
