"""Opening files in places FieldKit does not control: sync folders, USB sticks, cards handed over.

Anybody who can write such a folder can leave there a symbolic link (to ``/dev/zero``, to a
private file of the user, to a folder elsewhere), a named pipe (FIFO) that blocks whoever opens
it, a device or a socket. The rules here, in the spirit of SecureDrop's ``safe_extractall``:

- open without following a link at the last component (``O_NOFOLLOW``) and without blocking on
  a pipe (``O_NONBLOCK``), then check the *opened descriptor* (``fstat``): only a regular file
  is read, so a file swapped between a check and the open is caught too;
- read with a size cap, refusing (never truncating) a file above it: nothing is read unbounded;
- write or create only below a root whose every folder on the way is a real folder, not a link,
  and (:class:`TargetDir`) through those folders held open, so one swapped for a link after it
  was checked redirects nothing.

Where the OS lacks ``O_NOFOLLOW`` / ``O_NONBLOCK`` (Windows), an ``lstat`` before the open and a
comparison of the opened file with it stand in. Every refusal is one plain sentence naming what
was found; messages carry file names only, never content.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldkit.errors import CorruptFileError, StorageError
from fieldkit.fsutil import TEMP_SUFFIX, ClosedOnExit
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error, message

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
# ELOOP on Linux and macOS, EMLINK on FreeBSD, when O_NOFOLLOW meets a link.
_LINK_ERRNOS = {errno.ELOOP, getattr(errno, "EMLINK", errno.ELOOP)}
CHUNK = 1 << 20


class ForeignFileError(
    CorruptFileError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Replace it with the plain file itself: FieldKit does not follow links, nor read pipes "
        "or devices, in folders it does not control.",
    ),
):
    """A file in a folder we do not control is not something FieldKit will read."""


class NotAFileError(ForeignFileError):
    """A link, pipe, device, socket or folder where a plain file was expected."""

    def __init__(
        self, message: str, hint: str | None = None, *, kind: str = "", **params: str
    ) -> None:
        super().__init__(message, hint, **params)
        self.kind = kind  # "a symbolic link", "a named pipe (FIFO)", … ("" when it changed)


class TooLargeError(
    ForeignFileError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Ask the sender for a new copy; nothing was read from this file."
    ),
):
    """A file above the size any file of its kind can have."""


class OutsideRootError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Remove the link from the folder (what it points to is not touched), then try again.",
    ),
):
    """Writing there would leave the root folder (a folder on the way is a link)."""

    #: The same problem as a clause ("… because {reason}; …"), translated where it is shown.
    reason: str | None = None


def _outside(sentence: str, clause: str, **params: str) -> OutsideRootError:
    """An OutsideRootError saying ``sentence``, with ``clause`` (the same without its period)
    for a sentence that gives it as the reason of something else (the sync report)."""
    exc = OutsideRootError(sentence, **params)
    exc.reason = message(clause, **params)
    return exc


def reason_of(exc: StorageError) -> str:
    """What went wrong as a clause to put after "because" (a message translated where shown)."""
    reason = getattr(exc, "reason", None)
    return reason if reason is not None else from_error(exc)


def describe(mode: int) -> str:
    """What a file of this ``st_mode`` is, in the users' words."""
    # Phrases put into sentences ("… is {kind}, not a plain file"): messages of their own.
    if stat.S_ISLNK(mode):
        return message(QT_TRANSLATE_NOOP("errors", "a symbolic link"))
    if stat.S_ISFIFO(mode):
        return message(QT_TRANSLATE_NOOP("errors", "a named pipe (FIFO)"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return message(QT_TRANSLATE_NOOP("errors", "a device"))
    if stat.S_ISSOCK(mode):
        return message(QT_TRANSLATE_NOOP("errors", "a socket"))
    if stat.S_ISDIR(mode):
        return message(QT_TRANSLATE_NOOP("errors", "a folder"))
    if stat.S_ISREG(mode):
        return message(QT_TRANSLATE_NOOP("errors", "a file"))
    return message(QT_TRANSLATE_NOOP("errors", "not a plain file"))


def _not_a_file(what: str, mode: int) -> NotAFileError:
    kind = describe(mode)
    return NotAFileError(
        QT_TRANSLATE_NOOP("errors", "{what} is {found}, not a plain file, so it was not read."),
        kind=kind,
        what=what,
        found=kind,
    )


def _is_link(st: os.stat_result) -> bool:
    # Windows junctions and other reparse points are links too (st_reparse_tag is 0 otherwise).
    return stat.S_ISLNK(st.st_mode) or bool(getattr(st, "st_reparse_tag", 0))


def open_regular(
    path: Path,
    *,
    what: str | None = None,
    follow_links: bool = False,
    write: bool = False,
    create: bool = False,
    mode: int = 0o644,
) -> BinaryIO:
    """Open ``path`` as a regular file (for reading, or with ``write`` for appending).

    Never blocks on a pipe and never follows a link at the last component unless
    ``follow_links`` (a path the user typed); with ``create`` a missing file is made (never at
    the end of a dangling link). Raises NotAFileError for a link, pipe, device, socket or
    folder; OSError when the file is missing or the OS refuses (the caller knows what that
    means where it is).
    """
    path = Path(path)
    return _open_regular_at(
        path,
        None,
        what or path.name,
        follow_links=follow_links,
        write=write,
        create=create,
        mode=mode,
    )


def _open_regular_at(
    path: Path | str,
    dir_fd: int | None,
    what: str,
    *,
    follow_links: bool = False,
    write: bool = False,
    create: bool = False,
    mode: int = 0o644,
) -> BinaryIO:
    """:func:`open_regular` of ``path``, relative to the folder ``dir_fd`` when it is given."""
    before: os.stat_result | None = None
    try:
        before = os.stat(path, dir_fd=dir_fd, follow_symlinks=follow_links)
    except FileNotFoundError:
        if not create:
            raise
    if before is not None and (_is_link(before) or not stat.S_ISREG(before.st_mode)):
        # Checked before opening, so a device is never even opened (opening some has effects).
        raise _not_a_file(what, before.st_mode)
    flags = (os.O_WRONLY | os.O_APPEND) if write else os.O_RDONLY
    flags |= _NONBLOCK | _CLOEXEC | _BINARY | (0 if follow_links else _NOFOLLOW)
    if create:
        flags |= os.O_CREAT
    try:
        fd = os.open(path, flags, mode, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno in _LINK_ERRNOS or exc.errno == errno.ENXIO:
            # A link put there since the lstat, or a pipe nobody reads (ENXIO, write side).
            try:
                st = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
                raise _not_a_file(what, st.st_mode) from None
            except OSError:
                pass
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_a_file(what, st.st_mode)
        if before is not None and (st.st_dev, st.st_ino) != (before.st_dev, before.st_ino):
            # Swapped between the lstat and the open (where O_NOFOLLOW is missing, a link).
            raise NotAFileError(
                QT_TRANSLATE_NOOP(
                    "errors", "{what} changed while it was being opened, so it was not read."
                ),
                what=what,
            )
        if _NONBLOCK:
            os.set_blocking(fd, True)  # a regular file: reads behave as usual
        return os.fdopen(fd, "ab" if write else "rb")
    except BaseException:
        os.close(fd)
        raise


def size_of(fh: BinaryIO) -> int:
    """The size of an opened file (from its descriptor, not its name)."""
    return os.fstat(fh.fileno()).st_size


def read_capped(
    path: Path, limit: int, *, what: str | None = None, follow_links: bool = False
) -> bytes:
    """The whole content of the regular file ``path``, refusing it above ``limit`` bytes.

    Reads at most ``limit + 1`` bytes whatever the file claims (a file that grows while read is
    caught too). Raises NotAFileError, TooLargeError, OSError (see :func:`open_regular`).
    """
    what = what or Path(path).name
    with open_regular(path, what=what, follow_links=follow_links) as fh:
        return _read_all_capped(fh, limit, what)


TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "{what} is larger than any such file can be, so it was not read."
)


def _read_all_capped(fh: BinaryIO, limit: int, what: str) -> bytes:
    if size_of(fh) > limit:
        raise TooLargeError(TOO_LARGE, what=what)
    data = bytearray()
    while len(data) <= limit:
        chunk = fh.read(min(CHUNK, limit + 1 - len(data)))
        if not chunk:
            break
        data += chunk
    if len(data) > limit:
        raise TooLargeError(TOO_LARGE, what=what)
    return bytes(data)


OUTSIDE = QT_TRANSLATE_NOOP("errors", "{path} is outside the folder {root}.")
OUTSIDE_REASON = QT_TRANSLATE_NOOP("errors", "{path} is outside the folder {root}")
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' in {root} is {found}, not a real folder: FieldKit writes only inside the folder "
    "and follows no link there.",
)
NOT_A_FOLDER_REASON = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' in {root} is {found}, not a real folder: FieldKit writes only inside the folder "
    "and follows no link there",
)
MOVED = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes "
    "only inside the folder and follows no link there.",
)
MOVED_REASON = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' in {root} was moved or replaced while FieldKit was writing to it: FieldKit writes "
    "only inside the folder and follows no link there",
)
NOT_A_NAME = QT_TRANSLATE_NOOP("errors", "'{name}' is not a plain file name inside the folder.")
NOT_A_NAME_REASON = QT_TRANSLATE_NOOP(
    "errors", "'{name}' is not a plain file name inside the folder"
)


def _parts_below(root: Path, path: Path) -> tuple[str, ...]:
    """The components of ``path`` below ``root``, refusing any that would climb out."""
    root = Path(os.path.abspath(root))
    full = Path(os.path.abspath(path))
    try:
        parts = full.relative_to(root).parts
    except ValueError:
        raise _outside(OUTSIDE, OUTSIDE_REASON, path=str(path), root=str(root)) from None
    if any(p in ("", ".", "..") for p in parts):  # pragma: no cover - abspath removed them
        raise _outside(OUTSIDE, OUTSIDE_REASON, path=str(path), root=str(root))
    return parts


def real_folder(root: Path, path: Path, *, create: bool = False, mode: int = 0o755) -> Path:
    """``path`` (a folder below ``root``), each folder on the way a real folder, not a link.

    With ``create``, missing folders are made one at a time, each checked after it is made
    (never through a link someone put there meanwhile). Raises OutsideRootError (a link or a
    file on the way), FileNotFoundError (missing, without ``create``), OSError.
    """
    current = Path(os.path.abspath(root))
    for part in _parts_below(root, path):
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            if not create:
                raise
            try:
                os.mkdir(current, mode)
            except FileExistsError:
                pass
            st = os.lstat(current)
        if _is_link(st) or not stat.S_ISDIR(st.st_mode):
            raise _outside(
                NOT_A_FOLDER,
                NOT_A_FOLDER_REASON,
                name=current.name,
                root=str(root),
                found=describe(st.st_mode),
            )
    return current


def check_inside(root: Path, path: Path) -> Path:
    """``path`` for writing or removing: below ``root`` and no folder on the way a link.

    The last component itself may be anything (a rename replaces a link, it never follows
    one); every folder before it must exist and be real. Raises OutsideRootError,
    FileNotFoundError, OSError.
    """
    full = Path(os.path.abspath(path))
    _parts_below(root, full)
    real_folder(root, full.parent)
    return full


def is_regular_inside(root: Path, path: Path) -> bool:
    """Whether ``path`` is a regular file (not a link) below ``root``, no link on the way."""
    try:
        full = check_inside(root, path)
        return stat.S_ISREG(os.lstat(full).st_mode)
    except (OSError, OutsideRootError):
        return False


# --- writing inside a target through folder descriptors -----------------------------------------

_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Everything TargetDir does relative to a folder's descriptor; all of POSIX has it, Windows none.
# (os.supports_dir_fd lists os.rename for os.replace too: the same call with another name.)
_DIR_FD = (
    bool(_DIRECTORY and _NOFOLLOW)
    and {
        os.open,
        os.mkdir,
        os.rename,
        os.unlink,
        os.stat,
    }
    <= os.supports_dir_fd
    and os.listdir in os.supports_fd
)


def _temp_name(final: str) -> str:
    # The shape fsutil's atomic writer uses, so layout.is_temp_name and every clean-up know it.
    return f".{final}.{secrets.token_hex(6)}{TEMP_SUFFIX}"


def _check_name(name: str) -> str:
    """One plain name inside a folder: never a path, never a step up."""
    if not name or name in (".", "..") or "/" in name or os.sep in name or "\0" in name:
        raise _outside(NOT_A_NAME, NOT_A_NAME_REASON, name=name)
    return name


class TargetDir(ClosedOnExit):
    """A folder at or below a target root, held open so later steps cannot be sent elsewhere.

    Checking a folder by its path and then writing by path leaves a window: whoever can write
    the shared folder can swap the checked folder for a link to anywhere in between. On POSIX
    this class closes it: each folder is opened once, on the way down from the root, without
    following a link (``O_NOFOLLOW | O_DIRECTORY``) and checked on the opened descriptor
    (``fstat``); every create, rename, removal and read-back then happens relative to that
    descriptor (``dir_fd=``). A folder swapped after it was opened does not redirect anything:
    the descriptor still names the folder that was checked (:meth:`check_in_place` tells that
    it moved). Where the OS has no such calls (Windows) each step checks the path again just
    before it (:func:`check_inside`), which narrows the window but cannot close it.

    The root itself is opened following links: it is the folder the user chose. Use as a
    context manager (or :meth:`close`); a sub-folder needs its parent open for
    :meth:`check_in_place`.
    """

    def __init__(
        self, root: Path, path: Path, fd: int | None, parent: TargetDir | None = None
    ) -> None:
        self.root = root
        self.path = path  # for messages and the path fallback only, never to write through
        self._fd = fd
        self._parent = parent

    @classmethod
    def open_root(cls, root: Path) -> TargetDir:
        """The target root itself. Raises FileNotFoundError, NotADirectoryError, OSError."""
        root = Path(os.path.abspath(root))
        if not _DIR_FD:
            if not root.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(root))
            return cls(root, root, None)
        fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        return cls(root, root, fd)

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def _not_a_folder(self, name: str, mode: int) -> OutsideRootError:
        return _outside(
            NOT_A_FOLDER, NOT_A_FOLDER_REASON, name=name, root=str(self.root), found=describe(mode)
        )

    def _lstat_mode(self, name: str) -> int:
        return os.stat(name, dir_fd=self._fd, follow_symlinks=False).st_mode

    def open_subdir(self, name: str, *, create: bool = False, mode: int = 0o755) -> TargetDir:
        """The real folder ``name`` in this one, made (with ``mode``) if missing and ``create``.

        Raises OutsideRootError (a link, file, pipe… stands there), FileNotFoundError (missing,
        without ``create``), OSError.
        """
        _check_name(name)
        if self._fd is None:
            path = real_folder(self.root, self.path / name, create=create, mode=mode)
            return TargetDir(self.root, path, None, self)
        # O_NONBLOCK: a pipe put there is refused by O_DIRECTORY, never waited on.
        flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _NONBLOCK | _CLOEXEC
        try:
            try:
                fd = os.open(name, flags, dir_fd=self._fd)
            except FileNotFoundError:
                if not create:
                    raise
                try:
                    os.mkdir(name, mode, dir_fd=self._fd)
                except FileExistsError:
                    pass  # made meanwhile (or a link put there): the open below decides
                fd = os.open(name, flags, dir_fd=self._fd)
        except OSError as exc:
            if exc.errno in _LINK_ERRNOS or exc.errno == errno.ENOTDIR:
                try:
                    found = self._lstat_mode(name)
                except OSError:
                    raise exc from None
                raise self._not_a_folder(name, found) from None
            raise
        try:
            found = os.fstat(fd).st_mode
            if not stat.S_ISDIR(found):  # pragma: no cover - O_DIRECTORY refused it already
                raise self._not_a_folder(name, found)
        except BaseException:
            os.close(fd)
            raise
        return TargetDir(self.root, self.path / name, fd, self)

    def check_in_place(self) -> None:
        """Raise OutsideRootError if this folder is no longer where it was opened.

        A folder renamed away (and maybe a link put in its place) while FieldKit wrote in it:
        what was written is still inside the folder that was checked, but not where readers of
        the target look, so the caller must not count it as delivered.
        """
        parent = self._parent
        if parent is None:
            return  # the root: the user's choice, links and all
        name = self.path.name
        if self._fd is None:
            real_folder(self.root, self.path)
        else:
            try:
                named = os.stat(name, dir_fd=parent._fd, follow_symlinks=False)
            except FileNotFoundError:
                named = None
            opened = os.fstat(self._fd)
            if named is None or (named.st_dev, named.st_ino) != (opened.st_dev, opened.st_ino):
                raise _outside(MOVED, MOVED_REASON, name=name, root=str(self.root))
        parent.check_in_place()

    def names(self) -> list[str]:
        """The names in this folder. Raises OSError."""
        return os.listdir(self.path if self._fd is None else self._fd)

    def lstat(self, name: str) -> os.stat_result:
        """What stands at ``name`` (a link is not followed). Raises OSError."""
        _check_name(name)
        if self._fd is None:
            return os.lstat(check_inside(self.root, self.path / name))
        return os.stat(name, dir_fd=self._fd, follow_symlinks=False)

    def open_regular(self, name: str, *, what: str | None = None) -> BinaryIO:
        """Open the regular file ``name`` here for reading (see :func:`open_regular`)."""
        _check_name(name)
        if self._fd is None:
            return open_regular(check_inside(self.root, self.path / name), what=what)
        return _open_regular_at(name, self._fd, what or name)

    def read_capped(self, name: str, limit: int, *, what: str | None = None) -> bytes:
        """The content of the regular file ``name`` here (see :func:`read_capped`)."""
        with self.open_regular(name, what=what) as fh:
            return _read_all_capped(fh, limit, what or name)

    def create_temp(self, final: str, mode: int) -> tuple[str, BinaryIO]:
        """A new, empty temporary file here named after ``final``, open for writing.

        Made with ``mode`` from the start and never through a link (``O_EXCL``). Raises
        OSError.
        """
        _check_name(final)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
        for _ in range(8):
            tmp = _temp_name(final)
            try:
                if self._fd is None:
                    fd = os.open(check_inside(self.root, self.path / tmp), flags, mode)
                else:
                    fd = os.open(tmp, flags, mode, dir_fd=self._fd)
            except FileExistsError:
                continue
            return tmp, os.fdopen(fd, "wb")
        raise OSError(errno.EEXIST, "could not create a temporary file", str(self.path / final))

    def rename(self, src: str, dst: str) -> None:
        """Rename ``src`` to ``dst`` in this folder, replacing (never following) ``dst``."""
        _check_name(src)
        _check_name(dst)
        if self._fd is None:
            os.replace(
                check_inside(self.root, self.path / src), check_inside(self.root, self.path / dst)
            )
        else:
            os.replace(src, dst, src_dir_fd=self._fd, dst_dir_fd=self._fd)

    def unlink(self, name: str, *, missing_ok: bool = False) -> None:
        """Remove ``name`` from this folder (a link itself, never what it points to)."""
        _check_name(name)
        try:
            if self._fd is None:
                os.unlink(check_inside(self.root, self.path / name))
            else:
                os.unlink(name, dir_fd=self._fd)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def fsync(self) -> None:
        """Make the folder's entries (a rename, a removal) durable. Raises OSError."""
        if self._fd is not None:  # Windows cannot open a folder to fsync it (as fsutil.fsync_dir)
            os.fsync(self._fd)

    @contextlib.contextmanager
    def atomic_writer(self, name: str, mode: int) -> Iterator[BinaryIO]:
        """Yield a file that becomes ``name`` here, whole, when the block ends without error.

        Written under a temporary name, fsynced, renamed over ``name``, the folder fsynced; on
        any error the temporary file is removed and ``name`` is untouched. Raises OSError.
        """
        tmp, fh = self.create_temp(name, mode)
        try:
            with fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            self.rename(tmp, name)
            self.fsync()
        except BaseException:
            with contextlib.suppress(OSError):
                self.unlink(tmp, missing_ok=True)
            raise


__all__ = [
    "ForeignFileError",
    "NotAFileError",
    "OutsideRootError",
    "TargetDir",
    "TooLargeError",
    "check_inside",
    "describe",
    "is_regular_inside",
    "open_regular",
    "read_capped",
    "real_folder",
    "size_of",
]
