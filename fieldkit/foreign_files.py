"""Opening files in places FieldKit does not control: sync folders, USB sticks, cards handed over.

Anybody who can write such a folder can leave there a symbolic link (to ``/dev/zero``, to a
private file of the user, to a folder elsewhere), a named pipe (FIFO) that blocks whoever opens
it, a device or a socket. The rules here, in the spirit of SecureDrop's ``safe_extractall``:

- open without following a link at the last component (``O_NOFOLLOW``) and without blocking on
  a pipe (``O_NONBLOCK``), then check the *opened descriptor* (``fstat``): only a regular file
  is read, so a file swapped between a check and the open is caught too;
- read with a size cap, refusing (never truncating) a file above it: nothing is read unbounded;
- write or create only below a root whose every folder on the way is a real folder, not a link.

Where the OS lacks ``O_NOFOLLOW`` / ``O_NONBLOCK`` (Windows), an ``lstat`` before the open and a
comparison of the opened file with it stand in. Every refusal is one plain sentence naming what
was found; messages carry file names only, never content.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from fieldkit.errors import CorruptFileError, StorageError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
# ELOOP on Linux and macOS, EMLINK on FreeBSD, when O_NOFOLLOW meets a link.
_LINK_ERRNOS = {errno.ELOOP, getattr(errno, "EMLINK", errno.ELOOP)}
CHUNK = 1 << 20


class ForeignFileError(CorruptFileError):
    """A file in a folder we do not control is not something FieldKit will read."""

    default_hint = (
        "Replace it with the plain file itself: FieldKit does not follow links, nor read pipes "
        "or devices, in folders it does not control."
    )


class NotAFileError(ForeignFileError):
    """A link, pipe, device, socket or folder where a plain file was expected."""

    def __init__(self, message: str, hint: str | None = None, *, kind: str = "") -> None:
        super().__init__(message, hint)
        self.kind = kind  # "a symbolic link", "a named pipe (FIFO)", … ("" when it changed)


class TooLargeError(ForeignFileError):
    """A file above the size any file of its kind can have."""

    default_hint = "Ask the sender for a new copy; nothing was read from this file."


class OutsideRootError(StorageError):
    """Writing there would leave the root folder (a folder on the way is a link)."""

    default_hint = (
        "Remove the link from the folder (what it points to is not touched), then try again."
    )


def describe(mode: int) -> str:
    """What a file of this ``st_mode`` is, in the users' words."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISREG(mode):
        return "a file"
    return "not a plain file"


def _not_a_file(what: str, mode: int) -> NotAFileError:
    kind = describe(mode)
    return NotAFileError(f"{what} is {kind}, not a plain file, so it was not read.", kind=kind)


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
    what = what or path.name
    before: os.stat_result | None = None
    try:
        before = os.stat(path) if follow_links else os.lstat(path)
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
        fd = os.open(path, flags, mode)
    except OSError as exc:
        if exc.errno in _LINK_ERRNOS or exc.errno == errno.ENXIO:
            # A link put there since the lstat, or a pipe nobody reads (ENXIO, write side).
            try:
                raise _not_a_file(what, os.lstat(path).st_mode) from None
            except OSError:
                pass
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_a_file(what, st.st_mode)
        if before is not None and (st.st_dev, st.st_ino) != (before.st_dev, before.st_ino):
            # Swapped between the lstat and the open (where O_NOFOLLOW is missing, a link).
            raise NotAFileError(f"{what} changed while it was being opened, so it was not read.")
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
        if size_of(fh) > limit:
            raise TooLargeError(f"{what} is larger than any such file can be, so it was not read.")
        data = bytearray()
        while len(data) <= limit:
            chunk = fh.read(min(CHUNK, limit + 1 - len(data)))
            if not chunk:
                break
            data += chunk
    if len(data) > limit:
        raise TooLargeError(f"{what} is larger than any such file can be, so it was not read.")
    return bytes(data)


def _parts_below(root: Path, path: Path) -> tuple[str, ...]:
    """The components of ``path`` below ``root``, refusing any that would climb out."""
    root = Path(os.path.abspath(root))
    full = Path(os.path.abspath(path))
    try:
        parts = full.relative_to(root).parts
    except ValueError:
        raise OutsideRootError(f"{path} is outside the folder {root}.") from None
    if any(p in ("", ".", "..") for p in parts):  # pragma: no cover - abspath removed them
        raise OutsideRootError(f"{path} is outside the folder {root}.")
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
            raise OutsideRootError(
                f"'{current.name}' in {root} is {describe(st.st_mode)}, not a real folder: "
                "FieldKit writes only inside the folder and follows no link there."
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


__all__ = [
    "ForeignFileError",
    "NotAFileError",
    "OutsideRootError",
    "TooLargeError",
    "check_inside",
    "describe",
    "is_regular_inside",
    "open_regular",
    "read_capped",
    "real_folder",
    "size_of",
]
