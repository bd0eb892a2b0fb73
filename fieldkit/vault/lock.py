"""One FieldKit process per vault: an OS lock on `vault.lock`, whose contents never change.

An OS lock (flock / LockFileEx) disappears with the process that held it, so a crash or a power
cut never leaves a vault locked forever, unlike a lock file whose existence is the lock.

A lock on a file can be sidestepped by deleting the file: the next process creates a new one
and locks that. So on POSIX the vault *folder* is locked as well (it cannot be deleted while
the vault is in it), and a lock taken on a vault.lock that was replaced meanwhile is retried on
the file that is there now.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

from fieldkit.errors import ReadOnlyMediumError, VaultInUseError
from fieldkit.fsutil import storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP

LOCK_NAME = "vault.lock"

IN_USE = QT_TRANSLATE_NOOP(
    "errors", "This vault is open elsewhere (another FieldKit window or command)."
)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

    def _lock_folder(folder: Path) -> int | None:
        return None  # a folder cannot be opened for locking; vault.lock alone

    def _folder_locked_elsewhere(folder: Path) -> bool:
        return False

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _flock_folder(folder: Path, mode: int) -> tuple[int | None, bool]:
        """``folder`` opened and locked with ``mode`` without waiting: ``(fd, False)``;
        ``(None, True)`` when another process holds a lock in the way; ``(None, False)`` where
        folders cannot be locked (e.g. a network file system that locks files only)."""
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return None, False
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            return None, isinstance(exc, BlockingIOError)
        return fd, False

    def _lock_folder(folder: Path) -> int | None:
        """An fd of ``folder`` holding an exclusive lock; None where folders cannot be locked.

        Raises VaultInUseError when another process holds it.
        """
        fd, busy = _flock_folder(folder, fcntl.LOCK_EX)
        if busy:
            raise VaultInUseError(IN_USE)
        return fd

    def _folder_locked_elsewhere(folder: Path) -> bool:
        fd, busy = _flock_folder(folder, fcntl.LOCK_SH)
        if fd is not None:
            os.close(fd)  # closing releases the shared lock just taken
        return busy


def unlock_and_close(fh: IO[bytes]) -> None:
    """Release the lock held on ``fh`` and close it (closed even if unlocking fails)."""
    try:
        _unlock(fh)
    finally:
        fh.close()


def _same_file(fh: IO[bytes], path: Path) -> bool:
    try:
        now = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fh.fileno())
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


class VaultLock:
    """Held while a vault is open; :meth:`acquire` raises VaultInUseError if someone else has it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fh: IO[bytes] | None = None
        self._folder_fd: int | None = None

    def acquire(self) -> None:
        # The folder first: whoever holds it has the vault, whatever happened to vault.lock.
        folder_fd = _lock_folder(self.path.parent)
        try:
            for _attempt in range(5):
                fh = self._lock_file()
                if _same_file(fh, self.path):
                    break
                # vault.lock was deleted or replaced between our open and our lock: the lock
                # we hold protects nothing. Lock the file that is there now.
                _unlock(fh)
                fh.close()
            else:
                raise VaultInUseError(IN_USE)
        except BaseException:
            if folder_fd is not None:
                os.close(folder_fd)
            raise
        self._fh = fh
        self._folder_fd = folder_fd

    def _lock_file(self) -> IO[bytes]:
        # Created if needed (private), never truncated or written.
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise ReadOnlyMediumError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The vault in {folder} is on a read-only drive, and FieldKit "
                        "must write there to open it.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Remove the drive's write protection, or copy the vault folder to a "
                        "writable drive and open it there.",
                    ),
                    folder=str(self.path.parent),
                ) from exc
            raise storage_error(exc, str(self.path)) from exc
        fh = os.fdopen(fd, "ab")
        if not _try_lock(fh):
            fh.close()
            raise VaultInUseError(IN_USE)
        return fh

    def is_held_elsewhere(self) -> bool:
        """True when another process holds the lock (checked without creating the file)."""
        if _folder_locked_elsewhere(self.path.parent):
            return True
        if not self.path.exists():
            return False
        with open(self.path, "rb") as fh:
            if _try_lock(fh):
                _unlock(fh)
                return False
            return True

    def release(self) -> None:
        try:
            if self._fh is not None:
                fh, self._fh = self._fh, None
                unlock_and_close(fh)
        finally:
            if self._folder_fd is not None:
                os.close(self._folder_fd)  # closing the descriptor releases its lock
                self._folder_fd = None

    @property
    def held(self) -> bool:
        return self._fh is not None
