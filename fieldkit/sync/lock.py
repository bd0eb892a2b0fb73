"""One sync at a time per target: an OS lock on the target's `.fieldkit-sync.lock`.

Like the vault's own lock, the lock file's contents never change and the OS releases the lock
when the process dies (kill -9, power cut, drive pulled), so a crash never leaves a target
locked. On network shares the lock is as good as the share's own locking; a folder that a
sync tool (Syncthing, Nextcloud, Dropbox) copies between computers cannot be locked across
them, which is why every writer only writes its own folder and names (see `layout`).

The lock file is in a folder others can write: it is opened without following a link and
without blocking on a pipe, and used only when the opened descriptor is a regular file; a link,
FIFO or device there makes the sync stop with one sentence (see ``fieldkit.foreign_files``).
"""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from fieldkit import foreign_files
from fieldkit.errors import CancelledError, StorageError
from fieldkit.fsutil import storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP, message

# The vault's lock primitives (flock / LockFileEx): the same rules apply to targets.
from fieldkit.vault.lock import _try_lock, unlock_and_close

from . import layout
from .targets import TargetBusyError

POLL_SECONDS = 0.05


class TargetLockFileError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Delete '.fieldkit-sync.lock' from the sync folder (FieldKit makes a new one), then sync "
        "again.",
    ),
):
    """The lock file on the target is a link, pipe or device: FieldKit will not use it."""


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

    def _refuse(self, exc: foreign_files.NotAFileError) -> TargetLockFileError:
        found = exc.kind or message(QT_TRANSLATE_NOOP("errors", "an unknown kind of file"))
        return TargetLockFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The sync target '{target}' cannot be used: its {file} "
                "is {found}, not a plain file.",
            ),
            target=self.target_name,
            file=layout.LOCK,
            found=found,
        )

    def _open(self) -> IO[bytes]:
        try:
            return foreign_files.open_regular(self.path, what=layout.LOCK, write=True, create=True)
        except foreign_files.NotAFileError as exc:
            raise self._refuse(exc) from None
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                try:  # a read-only medium: locking needs no write access
                    return foreign_files.open_regular(self.path, what=layout.LOCK)
                except foreign_files.NotAFileError as inner:
                    raise self._refuse(inner) from None
                except OSError:
                    pass
            raise storage_error(exc, layout.target_phrase(self.target_name)) from exc

    def acquire(self) -> None:
        fh = self._open()
        deadline = time.monotonic() + self.timeout
        while not _try_lock(fh):
            if self.cancel is not None and self.cancel():
                fh.close()
                raise CancelledError(
                    QT_TRANSLATE_NOOP("errors", "Sync cancelled while waiting for the target.")
                )
            if time.monotonic() >= deadline:
                fh.close()
                raise TargetBusyError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Another sync is using the target '{target}' right now."
                    ),
                    target=self.target_name,
                )
            time.sleep(POLL_SECONDS)
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            fh, self._fh = self._fh, None
            unlock_and_close(fh)

    def __enter__(self) -> TargetLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
