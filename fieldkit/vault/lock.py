"""One FieldKit process per vault: an OS lock on `vault.lock`, whose contents never change.

An OS lock (flock / LockFileEx) disappears with the process that held it, so a crash or a power
cut never leaves a vault locked forever, unlike a lock file whose existence is the lock.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

from fieldkit.errors import ReadOnlyMediumError, VaultInUseError
from fieldkit.fsutil import storage_error

LOCK_NAME = "vault.lock"

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


class VaultLock:
    """Held while a vault is open; :meth:`acquire` raises VaultInUseError if someone else has it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        # Created if needed (private), never truncated or written.
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            if exc.errno == errno.EROFS:
                raise ReadOnlyMediumError(
                    f"The vault in {self.path.parent} is on a read-only drive, and FieldKit "
                    "must write there to open it.",
                    "Remove the drive's write protection, or copy the vault folder to a "
                    "writable drive and open it there.",
                ) from exc
            raise storage_error(exc, str(self.path)) from exc
        fh = os.fdopen(fd, "ab")
        if not _try_lock(fh):
            fh.close()
            raise VaultInUseError(
                "This vault is open elsewhere (another FieldKit window or command)."
            )
        self._fh = fh

    def is_held_elsewhere(self) -> bool:
        """True when another process holds the lock (checked without creating the file)."""
        if not self.path.exists():
            return False
        with open(self.path, "rb") as fh:
            if _try_lock(fh):
                _unlock(fh)
                return False
            return True

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None
