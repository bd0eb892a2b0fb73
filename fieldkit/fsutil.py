"""Atomic, private file writes, and translation of OS errors into errors a user can act on.

Every file that matters (vault header, backups, bundles, reports) is written through
:func:`atomic_write` so that a power cut leaves either the old file or the new one, never half of
each: write a private temporary file beside the target, fsync it, rename it over the target, then
fsync the folder so the rename itself is durable.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import logging
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Self, cast

from fieldkit.errors import DiskFullError, FieldKitError, ReadOnlyMediumError, StorageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message

log = logging.getLogger(__name__)

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows: no flock; partial files there are never removed by others
    fcntl = None

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
TEMP_SUFFIX = ".fieldkit-tmp"
# ".<target name>.<12 hex>.fieldkit-tmp", as _temp_path makes them.
_TEMP_NAME = re.compile(rf"^\.(?P<target>.+)\.[0-9a-f]{{12}}{re.escape(TEMP_SUFFIX)}$")
PARTIAL_BACKUP_SUFFIX = ".fieldkit-partial-backup"
# What FieldKit writes before renaming it to the user's name: temporary files and folders
# (12 hex) and partial backups (8 hex, fieldkit.vault.backup).
_HIDDEN_NAME = re.compile(
    rf"^\.(?P<target>.+)\.(?:[0-9a-f]{{12}}{re.escape(TEMP_SUFFIX)}"
    rf"|[0-9a-f]{{8}}{re.escape(PARTIAL_BACKUP_SUFFIX)})$"
)
# flock errors meaning "this file system does not lock", not "someone holds the lock".
_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL}


class ClosedOnExit:
    """``with obj:`` closes ``obj`` on the way out, whatever happened inside: for the readers
    and handles that own a file, a descriptor or key material (SafeZip, AgeReader, Vault, …)."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as the user knows it: a hidden temporary name that FieldKit writes first (a
    file or folder ``.<name>.<random>.fieldkit-tmp``, a partial backup) stands for ``<name>``,
    the file or folder the user chose, and what is inside it is not named (review r10: "The disk
    is full while writing f2/.la.6065f7b07672.fieldkit-tmp/0143e1dc-….json" for an export to
    f2/la). Any other path is returned as it is.
    """
    text = os.fspath(path)
    parts = Path(text).parts
    for index, part in enumerate(parts):
        hidden = _HIDDEN_NAME.match(part)
        if hidden:
            return str(Path(*parts[:index], hidden.group("target")))
    return text


def _missing_folder(what: str) -> str | None:
    """The folder of the path ``what`` that is missing (its parent, or ``what`` itself when the
    parent is there, e.g. a folder removed while it was written), or None for a phrase."""
    if os.sep not in what and not (os.altsep and os.altsep in what):
        return None  # "a photo in the vault", "the sync target 'stick'": not a path
    path = Path(what)
    parent = path.parent
    return str(parent) if not parent.is_dir() else what


def storage_error(exc: OSError, what: str | os.PathLike[str]) -> FieldKitError:
    """Turn an OSError into a plain-sentence error; ``what`` names the file or folder (a
    path inside one of FieldKit's hidden temporary names is shown as the user's target, see
    :func:`shown_path`; a phrase such as "the folder …" is built with the shown path).

    The OS's own wording (os.strerror) is never put in the sentence: it is English inside a
    French or Arabic sentence (new-user trial r14: « …(No such file or directory) »). The common
    causes have their own sentences; any other is named by its errno name (« (EXDEV) »), which a
    helper can look up, in every language.
    """
    if isinstance(what, os.PathLike) or type(what) is str:
        what = shown_path(what)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(
            QT_TRANSLATE_NOOP("errors", "The disk is full while writing {what}."), what=what
        )
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyMediumError(
            QT_TRANSLATE_NOOP(
                "errors", "FieldKit may not write {what}: the drive is read-only or protected."
            ),
            what=what,
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        folder = _missing_folder(what) if type(what) is str else None
        hint = QT_TRANSLATE_NOOP(
            "errors", "Choose a folder that exists (or create this one), then try again."
        )
        if folder is None:
            return StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "FieldKit cannot write {what}: its folder does not exist."
                ),
                hint,
                what=what,
            )
        # The sentence the export and report commands say when they see it first.
        return StorageError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), hint, path=folder
        )
    if code == errno.EISDIR:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "FieldKit cannot write {what}: a folder of that name is already there."
            ),
            QT_TRANSLATE_NOOP("errors", "Choose another name, then try again."),
            what=what,
        )
    if code == errno.ENAMETOOLONG:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "FieldKit cannot write {what}: the name or the path is too long."
            ),
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose a shorter name or a folder nearer the top of the drive, then try again.",
            ),
            what=what,
        )
    if code in (errno.EMFILE, errno.ENFILE):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "errors", "FieldKit cannot write {what}: too many files are open at once."
            ),
            QT_TRANSLATE_NOOP(
                "errors", "Close other programs (or restart FieldKit), then try again."
            ),
            what=what,
        )
    # EIO (the drive failed a read or write: a USB stick pulled out, a failing card) keeps the
    # sentence and hint it always had, now with « (EIO) » in place of the OS's English.
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "The system refused to write {what} ({reason})."),
        QT_TRANSLATE_NOOP(
            "errors", "Check that the drive is still connected and working, then try again."
        ),
        what=what,
        reason=errno.errorcode.get(code or 0, "?"),
    )


_SYNC_FILE_RANGE_WRITE = 2  # Linux <fcntl.h>: start writing dirty pages, do not wait


def _load_sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    function.restype = ctypes.c_int
    return cast(Callable[[int, int, int, int], int], function)


_sync_file_range = _load_sync_file_range()


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the OS to start writing ``length`` bytes at ``offset`` of ``fd`` to disk, now.

    Best effort and non-blocking (Linux's sync_file_range; nothing elsewhere). A large file
    written in one go is otherwise mostly still in memory at its final fsync, which then stalls
    for as long as the drive needs (a slow USB stick: a progress bar stuck at 100 %); started
    early, the writing overlaps the work that produces the file. Never a substitute for fsync.
    """
    if _sync_file_range is not None and length > 0:
        _sync_file_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    except OSError as exc:
        raise storage_error(
            exc, message(QT_TRANSLATE_NOOP("errors", "the folder {path}"), path=shown_path(path))
        ) from exc


def _temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def same_file(fd: int, path: Path) -> bool:
    """Whether the open ``fd`` is the file ``path`` names now (not a link to it)."""
    try:
        opened, named = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)


def _create_temp(target: Path, mode: int) -> tuple[Path, int]:
    """Create a new temporary file beside ``target``, locked (flock) for as long as it is open.

    The lock marks a live writer: a clean-up in another process (see
    :func:`remove_abandoned_temp_files`) only removes a partial whose lock it can take, so it
    never pulls a file from under a running export, yet removes what a killed one left.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    for _ in range(8):
        tmp = _temp_path(target)
        # Permissions are set at creation, before any byte is written (no window where the
        # file is world-readable).
        fd = os.open(tmp, flags, mode)
        if fcntl is None:
            return tmp, fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in _NO_LOCKING:
                return tmp, fd  # a file system without locks: nobody else removes it either
            os.close(fd)  # a clean-up took it between creation and lock (and removes it)
            continue
        if same_file(fd, tmp):
            return tmp, fd
        os.close(fd)  # a clean-up removed it between creation and lock: take another name
    raise OSError(errno.EAGAIN, "could not create a temporary file", str(target))


@contextlib.contextmanager
def atomic_writer(
    target: Path,
    mode: int = PRIVATE_FILE_MODE,
    *,
    before_replace: Callable[[], None] | None = None,
) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``target`` atomically when the block ends without error.

    On error the temporary file is removed and ``target`` is untouched. Raises
    :class:`DiskFullError`, :class:`ReadOnlyMediumError` or :class:`StorageError`.
    ``before_replace`` runs once the new bytes are durable, right before the rename (a caller
    that may have to put the old ``target`` back moves it aside there).
    """
    # A writer killed before (power cut, kill -9) left its partial under a hidden name: a
    # report's or an export's plaintext. Writing the same target again removes it.
    remove_abandoned_temp_files(target.parent, lambda name: name == target.name)
    try:
        tmp, fd = _create_temp(target, mode)
    except OSError as exc:
        raise storage_error(exc, str(target)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if before_replace is not None:
                before_replace()
            if fcntl is not None:
                # Renamed while still open (and locked): a clean-up never sees it unlocked
                # under its temporary name. (Windows cannot rename an open file.)
                os.replace(tmp, target)
        if fcntl is None:
            os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise storage_error(exc, str(target)) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise


class PendingFile:
    """A file written under its hidden temporary name, whose rename into place waits: for
    writers that must record something durably before the file may appear under its name (an
    export's parts: their stream positions). Until :meth:`publish` or :meth:`discard` it stays
    open and locked, like :func:`atomic_writer`'s temporary file, so a clean-up in another
    process leaves it alone while a killed writer's is removed.
    """

    def __init__(self, target: Path, mode: int = PRIVATE_FILE_MODE) -> None:
        self.target = target
        try:
            self.tmp, fd = _create_temp(target, mode)
        except OSError as exc:
            raise storage_error(exc, str(target)) from exc
        self.file: BinaryIO = os.fdopen(fd, "wb")

    def finish(self) -> None:
        """Make the bytes written so far durable (before anything records the file)."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
        except OSError as exc:
            raise storage_error(exc, str(self.target)) from exc

    def release(self) -> None:
        """Close the file early, keeping it for :meth:`publish` (fewer open descriptors; a
        clean-up may then take it for abandoned)."""
        self.file.close()

    def publish(self) -> None:
        """Rename the file into place (the caller fsyncs the folder once for all of them)."""
        try:
            if fcntl is None:
                self.file.close()  # Windows cannot rename an open file
            os.replace(self.tmp, self.target)
        except OSError as exc:
            raise storage_error(exc, str(self.target)) from exc
        finally:
            self.file.close()

    def discard(self) -> None:
        """Remove the file: it never appears under its name."""
        _remove_quietly(self.tmp)  # while still locked: nobody else touches it meanwhile
        with contextlib.suppress(OSError):
            self.file.close()


def atomic_write(target: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace ``target`` with ``data`` atomically and durably (see :func:`atomic_writer`)."""
    with atomic_writer(target, mode) as fh:
        fh.write(data)


def overwrite_in_place(path: Path) -> None:
    """Overwrite a file's bytes with random data and fsync, best effort.

    On SSDs, flash drives and copy-on-write file systems the old blocks may survive elsewhere;
    callers must not promise more than that (the README recommends full-disk encryption).
    """
    try:
        with open(path, "r+b") as fh:
            _overwrite_fd(fh.fileno())
    except FileNotFoundError:
        return
    except OSError as exc:
        raise storage_error(exc, str(path)) from exc


def _overwrite_fd(fd: int) -> None:
    """Overwrite every byte of the open file ``fd`` with random data, then fsync. Raises OSError."""
    size = os.fstat(fd).st_size
    offset = 0
    while offset < size:
        offset += os.pwrite(fd, secrets.token_bytes(min(size - offset, 1 << 20)), offset)
    os.fsync(fd)


@contextlib.contextmanager
def overwriting_replaced(path: Path) -> Iterator[None]:
    """Around the block that replaces ``path`` (a rename over it) and makes that durable: then
    overwrite the replaced file's old bytes in place, best effort, as :func:`overwrite_in_place`.

    A rename leaves the old file's blocks in the drive's free space, readable by anyone who
    carves the drive: for a vault header, the key wraps the OLD passphrase opens. The old file
    is opened before the block, and overwritten through that descriptor only if the block ended
    without error (the new file's rename is durable: a power cut during the overwrite cannot
    bring the old name back onto wiped bytes), only if ``path`` no longer names it, and only
    if no other name links it (a hard-linked snapshot, as rsnapshot or ``cp -al`` make, is a
    backup, and backups keep their old keys). Failures to overwrite are logged, never raised:
    the replacement itself succeeded. Not on Windows, which cannot rename over an open file.
    """
    fd = _open_replaced(path)
    try:
        yield
        if fd is not None and not same_file(fd, path) and os.fstat(fd).st_nlink == 0:
            try:
                _overwrite_fd(fd)
            except OSError as exc:
                log.warning("could not overwrite the replaced file's bytes (%s)", exc.strerror)
    finally:
        if fd is not None:
            os.close(fd)


def _open_replaced(path: Path) -> int | None:
    """``path`` opened for writing if it is a regular file that can be, else None."""
    if os.name != "posix":
        return None
    flags = os.O_RDWR | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None  # absent, a link, read-only: nothing this best effort can reach
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _remove_if_abandoned(path: Path, unlocked_ok: bool) -> bool:
    """Remove ``path`` if it is a regular file no live writer holds (its flock can be taken).

    Never follows a link, never blocks on a FIFO, never removes a file other than the one
    checked. Where flock does not exist (Windows) the file is removed only if ``unlocked_ok``.
    """
    if fcntl is None:
        if unlocked_ok and path.is_file() and not path.is_symlink():
            _remove_quietly(path)
            return True
        return False
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False  # a link, gone meanwhile, or unreadable: not provably ours
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live writer holds it (or the file system cannot tell)
        if not same_file(fd, path):
            return False  # renamed into place, or replaced, since it was opened
        path.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path) -> int:
    """Remove temporary files a crash left in ``folder`` (one FieldKit alone writes in, such as
    the vault's); returns how many were removed. A file a live writer holds is left alone."""
    removed = 0
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if entry.name.endswith(TEMP_SUFFIX) and _remove_if_abandoned(entry, unlocked_ok=True):
            removed += 1
    return removed


def remove_abandoned_temp_files(folder: Path, wanted: Callable[[str], bool]) -> int:
    """Remove partial files that killed writers left in a shared ``folder``; returns how many.

    Only names :func:`atomic_writer` makes (``.<name>.<12 hex>.fieldkit-tmp``) whose target
    name passes ``wanted``, only regular files (no link is followed), and only when no live
    process holds the file's lock: two exports into one folder never remove each other's.
    Problems reading the folder are ignored (the clean-up is a courtesy, never a failure).
    """
    removed = 0
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return 0
    for name in names:
        match = _TEMP_NAME.match(name)
        if match and wanted(match.group("target")):
            if _remove_if_abandoned(folder / name, unlocked_ok=False):
                removed += 1
    return removed


def lock_folder(path: Path) -> int | None:
    """Hold an flock on the folder ``path`` (a temporary folder being filled) and return the
    descriptor to close when done; None where folders cannot be locked. Like a temporary file's
    lock, it tells :func:`remove_abandoned_temp_folders` that a live writer is filling it.

    Raises OSError, also when another process holds the lock (EWOULDBLOCK: a clean-up took the
    folder for abandoned and is removing it), which is not "no locking here": the caller must
    not fill it (see :func:`make_temp_folder`)."""
    if fcntl is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _NO_LOCKING:
            return None  # a file system without locks: nobody else removes it either
        raise
    return fd


def make_temp_folder(target: Path) -> tuple[Path, int | None]:
    """A new private folder beside ``target`` (``.<name>.<12 hex>.fieldkit-tmp``), locked
    (:func:`lock_folder`) for as long as the returned descriptor is open (None where folders
    cannot be locked). Raises OSError.

    Made, then locked: a clean-up in another process (:func:`remove_abandoned_temp_folders`)
    may take it for abandoned in between. Then its lock is held by that clean-up, or the folder
    is gone by the time this one holds it; either way another name is tried, as
    :func:`_create_temp` does for files, so a live writer never fills a folder being removed.
    """
    for _ in range(8):
        tmp = _temp_path(target)
        tmp.mkdir(mode=PRIVATE_DIR_MODE)
        try:
            fd = lock_folder(tmp)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.ENOENT):
                continue  # a clean-up holds it or removed it: it removes what is left
            with contextlib.suppress(OSError):
                shutil.rmtree(tmp)
            raise
        if fd is None or same_file(fd, tmp):
            return tmp, fd
        os.close(fd)  # removed (and perhaps made again) since it was made: take another name
    raise OSError(errno.EAGAIN, "could not create a temporary folder", str(target))


def remove_abandoned_temp_folders(folder: Path, wanted: Callable[[str], bool]) -> int:
    """Remove temporary folders (``.<name>.<12 hex>.fieldkit-tmp``, filled by a record export)
    that killed writers left in ``folder``; returns how many. Only real folders (no link is
    followed) whose lock no live process holds; problems are ignored, as for files."""
    if fcntl is None:
        return 0  # no way to tell a live writer's folder from an abandoned one
    removed = 0
    try:
        entries = [(e.name, e.is_dir(follow_symlinks=False)) for e in os.scandir(folder)]
    except OSError:
        return 0
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for name, is_dir in entries:
        match = _TEMP_NAME.match(name)
        if not (is_dir and match and wanted(match.group("target"))):
            continue
        path = folder / name
        try:
            fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if same_file(fd, path):
                shutil.rmtree(path)
                removed += 1
        except OSError:
            continue  # held by a live writer, or not removable: left alone
        finally:
            os.close(fd)
    return removed


def sha256_of(
    fh: BinaryIO, *, limit: int | None = None, stop: Callable[[], bool] | None = None
) -> str:
    """The SHA-256 (hex) of what is left to read in the open file ``fh``, read in 1 MiB pieces:
    the one file digest of FieldKit (:func:`sha256_file`, sync's read-backs of an open folder).

    ``limit``: at most that many bytes (a file that keeps growing is not read forever).
    ``stop`` returning True ends the reading early (the digest is then of a prefix: the caller
    has abandoned it). Raises OSError.
    """
    import hashlib

    digest = hashlib.sha256()
    left = limit
    while left is None or left > 0:
        chunk = fh.read(_CHUNK if left is None else min(_CHUNK, left))
        if not chunk or (stop is not None and stop()):
            break
        digest.update(chunk)
        if left is not None:
            left -= len(chunk)
    return digest.hexdigest()


_CHUNK = 1 << 20


def sha256_file(path: Path, stop: Callable[[], bool] | None = None) -> str:
    """The SHA-256 (hex) of the regular file ``path`` (see :func:`sha256_of`).

    Opened without blocking, so a named pipe given (or swapped in) as a file is refused at once
    rather than waited on forever. ``stop``: see :func:`sha256_of`. Raises OSError, EINVAL for a
    file that is not regular.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return sha256_of(fh, stop=stop)
