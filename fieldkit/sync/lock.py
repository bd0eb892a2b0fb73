"""One sync at a time per target: an OS lock on the target's `.fieldkit-sync.lock`.

Like the vault's own lock, the lock file's contents never change and the OS releases the lock
when the process dies (kill -9, power cut, drive pulled), so a crash never leaves a target
locked. On network shares the lock is as good as the share's own locking; a folder that a
sync tool (Syncthing, Nextcloud, Dropbox) copies between computers cannot be locked across
them, which is why every writer only writes its own folder and names (see `layout`).
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from fieldkit.errors import CancelledError
from fieldkit.fsutil import storage_error

# The vault's lock primitives (flock / LockFileEx): the same rules apply to targets.
from fieldkit.vault.lock import _try_lock, _unlock

from . import layout
from .targets import TargetBusyError

POLL_SECONDS = 0.05


class TargetLock:
    """Hold with ``with TargetLock(folder, name, timeout):``; raises TargetBusyError on timeout."""

    def __init__(
        self,
        folder: Path,
        target_name: str,
        timeout: float = 30.0,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.path = Path(folder) / layout.LOCK
        self.target_name = target_name
        self.timeout = timeout
        self.cancel = cancel
        self._fh: IO[bytes] | None = None

    def _open(self) -> IO[bytes]:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            return os.fdopen(fd, "ab")
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and self.path.is_file():
                try:  # a read-only medium: locking needs no write access
                    return open(self.path, "rb")
                except OSError:
                    pass
            raise storage_error(exc, f"the sync target '{self.target_name}'") from exc

    def acquire(self) -> None:
        fh = self._open()
        deadline = time.monotonic() + self.timeout
        while not _try_lock(fh):
            if self.cancel is not None and self.cancel():
                fh.close()
                raise CancelledError("Sync cancelled while waiting for the target.")
            if time.monotonic() >= deadline:
                fh.close()
                raise TargetBusyError(
                    f"Another sync is using the target '{self.target_name}' right now."
                )
            time.sleep(POLL_SECONDS)
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    def __enter__(self) -> TargetLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
