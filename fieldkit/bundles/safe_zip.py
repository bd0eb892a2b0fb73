"""Reading a bundle's ZIP without extracting it, refusing anything hostile before reading a byte.

:class:`SafeZip` parses the ZIP structures itself (the standard library's ``zipfile`` is lenient
where a hostile archive needs strictness: it accepts overlapping members, local headers that
disagree with the central directory, names with ``..`` and much more). Everything is checked in
the constructor, so a caller never sees a single member of an archive that is going to be
refused:

- the end records (including ZIP64, so bundles may pass 4 GiB) are found, consistent and exact;
- every central directory entry is STORED, not encrypted, within the size limits, with a safe
  UTF-8 name inside the one top-level folder, neither a link nor a special file, and no two names
  collide exactly, by letter case or by Unicode normalisation, nor as file and folder;
- every local header repeats its central directory entry (name, flags, method, sizes, CRC; a data
  descriptor must agree too), and the members tile the file from offset 0 to the central
  directory with no overlap and no gap — so a reader walking the local headers (``unzip``, a
  streaming reader) sees exactly what we see, and one byte is never counted for two members.

Members are then read straight from the archive (:meth:`SafeZip.open`), CRC-32 checked.
:class:`ZipSource` presents the bag inside a bundle to the BagIt validator (the product reads bags
only from bundles; the tests' folder source is tests/bag_folder.py).
"""

from __future__ import annotations

import io
import os
import stat
import struct
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from fieldkit.errors import CorruptFileError
from fieldkit.fsutil import ClosedOnExit
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, message

from .bag_paths import fold, show, unsafe_reason

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer


class UnsafeArchiveError(CorruptFileError):
    """The archive holds something FieldKit refuses to read (a hostile or foreign structure)."""


@dataclass(frozen=True)
class Limits:
    """Upper bounds checked against the central directory before anything is read."""

    max_members: int = 100_000
    max_total_bytes: int = 64 * 2**30
    max_member_bytes: int = 8 * 2**30
    max_name_bytes: int = 1024


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Member:
    """One file in the archive (directory entries are not members)."""

    name: str
    size: int
    crc32: int
    header_offset: int
    data_offset: int


# --- ZIP records (APPNOTE.TXT 6.3) -----------------------------------------------------------

_EOCD = struct.Struct("<4s4H2LH")  # end of central directory, 22 bytes + comment
_Z64_LOCATOR = struct.Struct("<4sLQL")  # 20 bytes
_Z64_EOCD = struct.Struct("<4sQ2H2L4Q")  # 56 bytes + extensible data
_CENTRAL = struct.Struct("<4s6H3L5H2L")  # 46 bytes + name, extra, comment
_LOCAL = struct.Struct("<4s5H3L2H")  # 30 bytes + name, extra
_EXTRA = struct.Struct("<2H")

_EOCD_SIG = b"PK\x05\x06"
_Z64_LOCATOR_SIG = b"PK\x06\x07"
_Z64_EOCD_SIG = b"PK\x06\x06"
_CENTRAL_SIG = b"PK\x01\x02"
_LOCAL_SIG = b"PK\x03\x04"
_DESCRIPTOR_SIG = b"PK\x07\x08"

_MAX_COMMENT = 0xFFFF
_MAX_EXTRA = 1024  # per entry; writers add at most a few dozen bytes (ZIP64, timestamps)
_MAX_ENTRY_COMMENT = 1024
_U16 = 0xFFFF
_U32 = 0xFFFFFFFF

_FLAG_ENCRYPTED = 0x0001
_FLAG_DESCRIPTOR = 0x0008
_FLAG_STRONG_ENCRYPTION = 0x0040
_FLAG_UTF8 = 0x0800
_FLAG_MASKED_HEADERS = 0x2000
# Anything else (patched data, reserved bits) is a feature we do not read. Bits 1-2 only tune
# compression and are harmless on STORED members.
_FLAGS_KNOWN = _FLAG_DESCRIPTOR | _FLAG_UTF8 | 0x0006

_EXTRA_ZIP64 = 0x0001
_EXTRA_UNICODE_PATH = 0x7075  # Info-ZIP: a second name, which some tools prefer to the real one

_DOS_DIRECTORY = 0x10
_DOS_REPARSE_POINT = 0x400  # NTFS symbolic links and junctions
_MAX_VERSION_NEEDED = 63  # 6.3; later versions add features (strong encryption...) we refuse


# The templates of "this file is not a bundle at all" (not a damaged one): verification names
# such a file "not a FieldKit bundle (…)" rather than "changed since it was signed".
NOT_READABLE = QT_TRANSLATE_NOOP("errors", "{file} is not a readable bundle: {problem}.")
EMPTY = QT_TRANSLATE_NOOP("errors", "{file} is empty, not a bundle.")
NO_FILES = QT_TRANSLATE_NOOP("errors", "{file} contains no files.")
NO_END_RECORD = QT_TRANSLATE_NOOP("errors", "it has no ZIP end record (not a ZIP, or truncated)")


def _corrupt(path: Path, problem: str, **params: Any) -> CorruptFileError:
    """``path`` is not a readable bundle because of ``problem`` (a template: a clause)."""
    return CorruptFileError(
        NOT_READABLE,
        file=path.name,
        problem=message(problem, **params),
    )


def _member_problem(name: str, what: Text) -> UnsafeArchiveError:
    return UnsafeArchiveError(
        QT_TRANSLATE_NOOP("errors", "The bundle member {member} {problem}."),
        member=show(name),
        problem=what,
    )


def _member(name: str, problem: str, **params: Any) -> UnsafeArchiveError:
    """The bundle member ``name`` has ``problem`` (a template: a clause)."""
    return _member_problem(name, message(problem, **params))


def _whole(path: Path, template: str, **params: Any) -> UnsafeArchiveError:
    """A problem of the archive as a whole, naming its file."""
    return UnsafeArchiveError(template, file=path.name, **params)


def _stray_bytes(path: Path, size: int, offset: int) -> UnsafeArchiveError:
    return _whole(
        path,
        QT_TRANSLATE_NOOP(
            "errors", "{file} has {size} bytes at offset {offset} that belong to no member."
        ),
        size=size,
        offset=offset,
    )


def _split(path: Path) -> UnsafeArchiveError:
    return _whole(
        path,
        QT_TRANSLATE_NOOP(
            "errors", "{file} is a multi-part (split) archive, which bundles never are."
        ),
    )


@dataclass
class _Entry:
    """A central directory entry while it is being checked."""

    raw_name: bytes
    name: str
    is_dir: bool
    flags: int
    crc32: int
    size: int
    header_offset: int
    end: int = 0  # end of its data (and data descriptor), found from the local header
    data_offset: int = 0


def _parse_extra(extra: bytes, where: str, path: Path) -> dict[int, bytes]:
    fields: dict[int, bytes] = {}
    pos = 0
    while pos < len(extra):
        if len(extra) - pos < _EXTRA.size:
            raise _corrupt(
                path,
                QT_TRANSLATE_NOOP("errors", "the extra field of {where} is cut short"),
                where=where,
            )
        tag, length = _EXTRA.unpack_from(extra, pos)
        pos += _EXTRA.size
        if length > len(extra) - pos:
            raise _corrupt(
                path,
                QT_TRANSLATE_NOOP("errors", "the extra field of {where} is cut short"),
                where=where,
            )
        if tag in fields:
            raise _corrupt(
                path, QT_TRANSLATE_NOOP("errors", "{where} repeats an extra field"), where=where
            )
        fields[tag] = extra[pos : pos + length]
        pos += length
    return fields


def _zip64_values(
    fields: dict[int, bytes], wanted: list[bool], where: str, path: Path
) -> list[int | None]:
    """The 64-bit values of a ZIP64 extra field, for the positions marked in ``wanted``.

    Order (APPNOTE 4.5.3): uncompressed size, compressed size, header offset (8 bytes each),
    disk number (4 bytes).
    """
    data = fields.get(_EXTRA_ZIP64)
    out: list[int | None] = [None] * len(wanted)
    if not any(wanted):
        return out
    if data is None:
        raise _corrupt(
            path,
            QT_TRANSLATE_NOOP("errors", "{where} lacks the ZIP64 field its sizes need"),
            where=where,
        )
    pos = 0
    for i, need in enumerate(wanted):
        if not need:
            continue
        width = 4 if i == 3 else 8
        if len(data) - pos < width:
            raise _corrupt(
                path,
                QT_TRANSLATE_NOOP("errors", "the ZIP64 field of {where} is cut short"),
                where=where,
            )
        out[i] = int.from_bytes(data[pos : pos + width], "little")
        pos += width
    return out


class SafeZip(ClosedOnExit):
    """A bundle ZIP whose structure has been fully checked; members are read in place.

    Raises :class:`CorruptFileError` for a file that is not a ZIP (empty, truncated, garbage,
    damaged records) and :class:`UnsafeArchiveError` for anything FieldKit refuses to read.
    ``OSError`` from opening ``path`` is passed through.
    """

    top_folder: str
    members: dict[str, Member]
    folders: frozenset[str]  # every folder, explicit or implied, by full name without "/"

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = Path(path)
        self.limits = limits
        self._lock = threading.Lock()
        # Non-blocking open: a named pipe given (or swapped in) as a bundle must not hang the
        # import; the fstat below then refuses it. No effect on regular files.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        self._file: io.BufferedReader = os.fdopen(os.open(self.path, flags), "rb")  # see close()
        try:
            st = os.fstat(self._file.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise _corrupt(self.path, QT_TRANSLATE_NOOP("errors", "it is not a regular file"))
            self._size = st.st_size
            self._parse()
        except BaseException:
            self._file.close()
            raise

    # --- reading -------------------------------------------------------------------------

    def _read_at(self, offset: int, size: int) -> bytes:
        """Up to ``size`` bytes at ``offset`` (fewer only at the end of the file)."""
        if hasattr(os, "pread"):
            fd = self._file.fileno()
            parts = []
            while size > 0:
                chunk = os.pread(fd, size, offset)
                if not chunk:
                    break
                parts.append(chunk)
                offset += len(chunk)
                size -= len(chunk)
            return b"".join(parts)
        with self._lock:  # pragma: no cover - Windows
            self._file.seek(offset)
            return self._file.read(size)

    def _read_into(self, offset: int, view: memoryview) -> int:
        """Fill ``view`` from ``offset``; returns how many bytes were read (fewer at the end)."""
        if not hasattr(os, "preadv"):  # pragma: no cover - Windows, macOS < 11
            data = self._read_at(offset, len(view))
            view[: len(data)] = data
            return len(data)
        fd = self._file.fileno()
        done = 0
        while done < len(view):
            n = os.preadv(fd, [view[done:]], offset + done)
            if n <= 0:
                break
            done += n
        return done

    def _one_disk(
        self, disk: int, cd_disk: int, disk_entries: int, entries: int, inconsistent: str
    ) -> None:
        """What either end record (the classic one or ZIP64's) must say: the archive is on one
        disk, not split, and that disk holds all its entries (else ``inconsistent``, a clause)."""
        if disk != 0 or cd_disk != 0:
            raise _split(self.path)
        if disk_entries != entries:
            raise _corrupt(self.path, inconsistent)

    def _exact(self, offset: int, size: int, what: str) -> bytes:
        if offset < 0 or size < 0 or offset + size > self._size:
            raise _corrupt(
                self.path,
                QT_TRANSLATE_NOOP("errors", "{what} lies beyond the end of the file"),
                what=what,
            )
        data = self._read_at(offset, size)
        if len(data) != size:
            raise _corrupt(self.path, QT_TRANSLATE_NOOP("errors", "{what} is cut short"), what=what)
        return data

    # --- structure -------------------------------------------------------------------------

    def _parse(self) -> None:
        if self._size == 0:
            raise CorruptFileError(EMPTY, file=self.path.name)
        cd_offset, cd_size, count, cd_end_limit = self._find_end()
        if count > self.limits.max_members:
            raise _whole(
                self.path,
                QT_TRANSLATE_NOOP(
                    "errors", "{file} has {count} entries, more than the {limit} a bundle may hold."
                ),
                count=count,
                limit=self.limits.max_members,
            )
        entries = self._read_central_directory(cd_offset, cd_size, count)
        if cd_offset + cd_size != cd_end_limit:
            raise _corrupt(
                self.path,
                QT_TRANSLATE_NOOP(
                    "errors", "its central directory does not end where the end record is"
                ),
            )
        self._check_names(entries)
        self._check_local_headers(entries, cd_offset)
        self.members = {
            e.name: Member(e.name, e.size, e.crc32, e.header_offset, e.data_offset)
            for e in sorted(entries, key=lambda e: e.header_offset)
            if not e.is_dir
        }
        if not self.members:
            raise _whole(self.path, NO_FILES)
        folders = {self.top_folder}
        for e in entries:
            parts = e.name.rstrip("/").split("/")
            for i in range(1, len(parts) if not e.is_dir else len(parts) + 1):
                folders.add("/".join(parts[:i]))
        self.folders = frozenset(folders)

    def _find_end(self) -> tuple[int, int, int, int]:
        """(central directory offset, size, entry count, where the directory must end)."""
        if self._size < _EOCD.size:
            raise _corrupt(
                self.path, QT_TRANSLATE_NOOP("errors", "it is too short to be a ZIP archive")
            )
        tail_len = min(self._size, _EOCD.size + _MAX_COMMENT)
        tail_start = self._size - tail_len
        tail = self._exact(tail_start, tail_len, "the end of the file")
        pos = tail.rfind(_EOCD_SIG)
        while pos >= 0:
            if pos + _EOCD.size <= len(tail):
                fields = _EOCD.unpack_from(tail, pos)
                if pos + _EOCD.size + fields[7] == len(tail):
                    break
            pos = tail.rfind(_EOCD_SIG, 0, pos)
        else:
            raise _corrupt(
                self.path,
                NO_END_RECORD,
            )
        eocd_offset = tail_start + pos
        _, disk, cd_disk, disk_entries, entries, cd_size, cd_offset, _ = fields
        has_locator = eocd_offset >= _Z64_LOCATOR.size and (
            self._read_at(eocd_offset - _Z64_LOCATOR.size, 4) == _Z64_LOCATOR_SIG
        )
        needs_zip64 = _U16 in (disk, cd_disk, disk_entries, entries) or _U32 in (
            cd_size,
            cd_offset,
        )
        if not has_locator:
            if needs_zip64:
                raise _corrupt(
                    self.path, QT_TRANSLATE_NOOP("errors", "its ZIP64 end record is missing")
                )
            self._one_disk(
                disk,
                cd_disk,
                disk_entries,
                entries,
                QT_TRANSLATE_NOOP("errors", "its end record counts its entries inconsistently"),
            )
            return cd_offset, cd_size, entries, eocd_offset

        loc_offset = eocd_offset - _Z64_LOCATOR.size
        _, z_disk, z_offset, total_disks = _Z64_LOCATOR.unpack(
            self._exact(loc_offset, _Z64_LOCATOR.size, "the ZIP64 locator")
        )
        if z_disk != 0 or total_disks != 1:
            raise _split(self.path)
        if z_offset > loc_offset - _Z64_EOCD.size:
            raise _corrupt(
                self.path, QT_TRANSLATE_NOOP("errors", "its ZIP64 end record lies outside the file")
            )
        record = self._exact(z_offset, _Z64_EOCD.size, "the ZIP64 end record")
        (
            sig,
            rec_size,
            _made,
            _needed,
            z_disk_no,
            z_cd_disk,
            z_disk_entries,
            z_entries,
            z_cd_size,
            z_cd_offset,
        ) = _Z64_EOCD.unpack(record)
        if sig != _Z64_EOCD_SIG:
            raise _corrupt(
                self.path, QT_TRANSLATE_NOOP("errors", "its ZIP64 end record is damaged")
            )
        if z_offset + 12 + rec_size != loc_offset:
            raise _corrupt(
                self.path, QT_TRANSLATE_NOOP("errors", "its ZIP64 end record has the wrong length")
            )
        self._one_disk(
            z_disk_no,
            z_cd_disk,
            z_disk_entries,
            z_entries,
            QT_TRANSLATE_NOOP("errors", "its ZIP64 end record counts its entries inconsistently"),
        )
        # The 32-bit fields must either say "see ZIP64" or agree with it.
        for short, long, sentinel in (
            (entries, z_entries, _U16),
            (disk_entries, z_disk_entries, _U16),
            (cd_size, z_cd_size, _U32),
            (cd_offset, z_cd_offset, _U32),
        ):
            if short not in (sentinel, long):
                raise _corrupt(
                    self.path, QT_TRANSLATE_NOOP("errors", "its two end records disagree")
                )
        if disk not in (0, _U16) or cd_disk not in (0, _U16):
            raise _split(self.path)
        return z_cd_offset, z_cd_size, z_entries, z_offset

    def _read_central_directory(self, cd_offset: int, cd_size: int, count: int) -> list[_Entry]:
        limits = self.limits
        if cd_offset + cd_size > self._size or cd_size < count * _CENTRAL.size:
            raise _corrupt(
                self.path,
                QT_TRANSLATE_NOOP("errors", "its central directory does not fit in the file"),
            )
        if count == 0:
            raise _whole(self.path, NO_FILES)
        per_entry = _CENTRAL.size + limits.max_name_bytes + _MAX_EXTRA + _MAX_ENTRY_COMMENT
        if cd_size > count * per_entry:
            raise _corrupt(
                self.path,
                QT_TRANSLATE_NOOP("errors", "its central directory is larger than its entries"),
            )
        f = self._file
        f.seek(cd_offset)
        entries: list[_Entry] = []
        consumed = 0
        total = 0
        for index in range(count):
            head = f.read(_CENTRAL.size)
            if len(head) != _CENTRAL.size:
                raise _corrupt(
                    self.path, QT_TRANSLATE_NOOP("errors", "its central directory is cut short")
                )
            (
                sig,
                _made_by,
                needed,
                flags,
                method,
                _time,
                _date,
                crc,
                csize,
                usize,
                name_len,
                extra_len,
                comment_len,
                disk,
                _internal,
                external,
                offset,
            ) = _CENTRAL.unpack(head)
            where = message(
                QT_TRANSLATE_NOOP("errors", "entry {number} of the central directory"),
                number=index + 1,
            )
            if sig != _CENTRAL_SIG:
                raise _corrupt(
                    self.path, QT_TRANSLATE_NOOP("errors", "{where} is damaged"), where=where
                )
            consumed += _CENTRAL.size + name_len + extra_len + comment_len
            if consumed > cd_size:
                raise _corrupt(
                    self.path,
                    QT_TRANSLATE_NOOP("errors", "its central directory is longer than declared"),
                )
            tail = f.read(name_len + extra_len + comment_len)
            if len(tail) != name_len + extra_len + comment_len:
                raise _corrupt(
                    self.path, QT_TRANSLATE_NOOP("errors", "its central directory is cut short")
                )
            raw_name = tail[:name_len]
            if name_len > limits.max_name_bytes:
                raise _member(
                    raw_name.decode("utf-8", "replace"),
                    QT_TRANSLATE_NOOP(
                        "errors", "has a name of {size} bytes, longer than the {limit} allowed"
                    ),
                    size=name_len,
                    limit=limits.max_name_bytes,
                )
            if extra_len > _MAX_EXTRA or comment_len > _MAX_ENTRY_COMMENT:
                raise _whole(
                    self.path,
                    QT_TRANSLATE_NOOP("errors", "{file} has oversized extra data in {where}."),
                    where=where,
                )
            name = self._decode_name(raw_name, flags)
            if flags & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION | _FLAG_MASKED_HEADERS):
                raise _member(
                    name, QT_TRANSLATE_NOOP("errors", "is encrypted; bundle members never are")
                )
            if flags & ~_FLAGS_KNOWN:
                raise _member(
                    name,
                    QT_TRANSLATE_NOOP(
                        "errors", "uses ZIP features FieldKit does not read ({flags})"
                    ),
                    flags=f"{flags:#06x}",
                )
            if method != 0:
                raise _member(
                    name,
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "is compressed (method {method}); bundle members are stored uncompressed",
                    ),
                    method=method,
                )
            if needed > _MAX_VERSION_NEEDED:
                raise _member(
                    name, QT_TRANSLATE_NOOP("errors", "needs a newer ZIP version than bundles use")
                )
            extras = _parse_extra(tail[name_len : name_len + extra_len], show(name), self.path)
            if _EXTRA_UNICODE_PATH in extras:
                raise _member(
                    name, QT_TRANSLATE_NOOP("errors", "carries a second, alternative name")
                )
            z_usize, z_csize, z_offset, z_disk = _zip64_values(
                extras,
                [usize == _U32, csize == _U32, offset == _U32, disk == _U16],
                show(name),
                self.path,
            )
            usize = usize if z_usize is None else z_usize
            csize = csize if z_csize is None else z_csize
            offset = offset if z_offset is None else z_offset
            disk = disk if z_disk is None else z_disk
            if disk != 0:
                raise _split(self.path)
            if csize != usize:
                raise _member(
                    name,
                    QT_TRANSLATE_NOOP(
                        "errors", "has two different sizes, so it is not stored as is"
                    ),
                )
            is_dir = name.endswith("/")
            self._check_kind(name, is_dir, external)
            if is_dir and usize != 0:
                raise _member(name, QT_TRANSLATE_NOOP("errors", "is a folder entry with content"))
            if usize > limits.max_member_bytes:
                raise _member(
                    name,
                    QT_TRANSLATE_NOOP("errors", "is {size} bytes, more than the {limit} allowed"),
                    size=usize,
                    limit=limits.max_member_bytes,
                )
            total += usize
            if total > limits.max_total_bytes:
                raise _whole(
                    self.path,
                    QT_TRANSLATE_NOOP(
                        "errors", "{file} declares more than the {limit} bytes a bundle may hold."
                    ),
                    limit=limits.max_total_bytes,
                )
            if offset + _LOCAL.size + name_len > cd_offset:
                raise _corrupt(
                    self.path,
                    QT_TRANSLATE_NOOP("errors", "the data of {member} lies outside the archive"),
                    member=show(name),
                )
            entries.append(_Entry(raw_name, name, is_dir, flags, crc, usize, offset))
        if consumed != cd_size:
            raise _corrupt(
                self.path,
                QT_TRANSLATE_NOOP(
                    "errors", "its central directory has bytes that belong to no entry"
                ),
            )
        return entries

    def _decode_name(self, raw: bytes, flags: int) -> str:
        if flags & _FLAG_UTF8:
            try:
                return raw.decode("utf-8")
            except UnicodeDecodeError:
                raise _whole(
                    self.path,
                    QT_TRANSLATE_NOOP(
                        "errors", "{file} has a member name that is not valid UTF-8."
                    ),
                ) from None
        if raw.isascii():
            return raw.decode("ascii")
        raise _whole(
            self.path,
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} has a member name that is not UTF-8 (a legacy code page), which bundles "
                "never use.",
            ),
        )

    @staticmethod
    def _check_kind(name: str, is_dir: bool, external: int) -> None:
        mode = external >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK or external & _DOS_REPARSE_POINT:
            raise _member(
                name,
                QT_TRANSLATE_NOOP("errors", "is a symbolic link; bundles hold only plain files"),
            )
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _member(
                name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "is a special file (device, pipe or socket); bundles hold only plain files",
                ),
            )
        marked_dir = kind == stat.S_IFDIR or (kind == 0 and external & _DOS_DIRECTORY)
        if marked_dir and not is_dir:
            raise _member(
                name, QT_TRANSLATE_NOOP("errors", "is marked as a folder but named like a file")
            )
        if is_dir and kind == stat.S_IFREG:
            raise _member(
                name, QT_TRANSLATE_NOOP("errors", "is named like a folder but marked as a file")
            )

    def _check_names(self, entries: list[_Entry]) -> None:
        seen: dict[str, str] = {}
        tops: set[str] = set()
        file_keys: dict[str, str] = {}
        for e in entries:
            core = e.name[:-1] if e.is_dir else e.name
            reason = unsafe_reason(core)
            if reason is None and ":" in core:
                reason = message(
                    QT_TRANSLATE_NOOP(
                        "errors", "contains ':', which Windows reads as a drive or stream name"
                    )
                )
            if reason is not None:
                raise _member_problem(e.name, reason)
            key = fold(core)
            other = seen.get(key)
            if other is not None:
                if other == e.name:
                    raise _member(e.name, QT_TRANSLATE_NOOP("errors", "appears twice"))
                raise UnsafeArchiveError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The bundle members {member} and {other} differ only in letter case or "
                        "Unicode normalisation, so they would overwrite each other.",
                    ),
                    member=show(other),
                    other=show(e.name),
                )
            seen[key] = e.name
            if not e.is_dir:
                file_keys[key] = e.name
            parts = core.split("/")
            if len(parts) == 1 and not e.is_dir:
                if not any("/" in other.name for other in entries):
                    # Not a bundle at all (a holiday .zip): said without "member" or "top level".
                    raise _corrupt(
                        self.path,
                        QT_TRANSLATE_NOOP("errors", "it holds {member} and no bundle folder"),
                        member=show(e.name),
                    )
                raise _member(
                    e.name,
                    QT_TRANSLATE_NOOP(
                        "errors", "lies at the top level; a bundle holds exactly one folder"
                    ),
                )
            tops.add(parts[0])
        if len(tops) > 1:
            names = ", ".join(show(t) for t in sorted(tops)[:3])
            raise _whole(
                self.path,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} holds more than one top-level folder ({names}); a bundle holds "
                    "exactly one.",
                ),
                names=names,
            )
        self.top_folder = tops.pop()
        for e in entries:
            parts = (e.name[:-1] if e.is_dir else e.name).split("/")
            for i in range(1, len(parts)):
                blocker = file_keys.get(fold("/".join(parts[:i])))
                if blocker is not None:
                    raise UnsafeArchiveError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The bundle member {member} is a file, but {other} is inside it.",
                        ),
                        member=show(blocker),
                        other=show(e.name),
                    )

    def _check_local_headers(self, entries: list[_Entry], cd_offset: int) -> None:
        expected = 0
        for e in sorted(entries, key=lambda e: e.header_offset):
            if e.header_offset < expected:
                raise _member(
                    e.name,
                    QT_TRANSLATE_NOOP(
                        "errors", "overlaps another member (a trick used by ZIP bombs)"
                    ),
                )
            if e.header_offset > expected:
                raise _stray_bytes(self.path, e.header_offset - expected, expected)
            self._check_local_header(e)
            expected = e.end
        if expected > cd_offset:
            raise _whole(
                self.path,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The data of the last bundle member overlaps the central directory of {file}.",
                ),
            )
        if expected < cd_offset:
            raise _stray_bytes(self.path, cd_offset - expected, expected)

    def _check_local_header(self, e: _Entry) -> None:
        where = message(
            QT_TRANSLATE_NOOP("errors", "the local header of {member}"), member=show(e.name)
        )
        # One read for the usual case: the header, its name and a short extra field.
        guess = _LOCAL.size + len(e.raw_name) + 64
        head = self._read_at(e.header_offset, min(guess, self._size - e.header_offset))
        if len(head) < _LOCAL.size:
            raise _corrupt(
                self.path, QT_TRANSLATE_NOOP("errors", "{where} is cut short"), where=where
            )
        (sig, _needed, flags, method, _time, _date, crc, csize, usize, name_len, extra_len) = (
            _LOCAL.unpack_from(head)
        )
        if sig != _LOCAL_SIG:
            raise _corrupt(
                self.path, QT_TRANSLATE_NOOP("errors", "{where} is damaged"), where=where
            )
        tail = head[_LOCAL.size : _LOCAL.size + name_len + extra_len]
        if len(tail) < name_len + extra_len:
            tail = self._exact(e.header_offset + _LOCAL.size, name_len + extra_len, where)
        if tail[:name_len] != e.raw_name:
            raise _member(
                e.name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "has a different name in its local header than in the central directory",
                ),
            )
        if flags != e.flags or method != 0:
            raise _member(
                e.name,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "has different flags in its local header than in the central directory",
                ),
            )
        extras = _parse_extra(tail[name_len:], where, self.path)
        if _EXTRA_UNICODE_PATH in extras:
            raise _member(e.name, QT_TRANSLATE_NOOP("errors", "carries a second, alternative name"))
        zip64 = _EXTRA_ZIP64 in extras
        z_usize, z_csize, _, _ = _zip64_values(
            extras, [usize == _U32, csize == _U32, False, False], show(e.name), self.path
        )
        usize = usize if z_usize is None else z_usize
        csize = csize if z_csize is None else z_csize
        e.data_offset = e.header_offset + _LOCAL.size + name_len + extra_len
        data_end = e.data_offset + e.size
        if flags & _FLAG_DESCRIPTOR:
            # The local header may leave CRC and sizes at zero; the descriptor must agree.
            if (crc, csize, usize) not in ((0, 0, 0), (e.crc32, e.size, e.size)):
                raise _member(
                    e.name,
                    QT_TRANSLATE_NOOP(
                        "errors", "has a local header that disagrees with the central directory"
                    ),
                )
            e.end = data_end + self._descriptor_length(e, data_end, zip64)
        else:
            if (crc, csize, usize) != (e.crc32, e.size, e.size):
                raise _member(
                    e.name,
                    QT_TRANSLATE_NOOP(
                        "errors", "has a local header that disagrees with the central directory"
                    ),
                )
            e.end = data_end

    def _descriptor_length(self, e: _Entry, offset: int, zip64: bool) -> int:
        """Length of the data descriptor at ``offset``, which must repeat CRC and sizes."""
        width = 8 if zip64 else 4
        fmt = "<L" + ("Q" if zip64 else "L") * 2
        body = 4 + 2 * width
        raw = self._read_at(offset, 4 + body)
        candidates = []
        if raw[:4] == _DESCRIPTOR_SIG and len(raw) >= 4 + body:
            candidates.append((4 + body, raw[4 : 4 + body]))
        if len(raw) >= body:
            candidates.append((body, raw[:body]))
        for length, data in candidates:
            if struct.unpack(fmt, data) == (e.crc32, e.size, e.size):
                return length
        raise _member(
            e.name,
            QT_TRANSLATE_NOOP(
                "errors", "has a data descriptor that disagrees with the central directory"
            ),
        )

    # --- public ----------------------------------------------------------------------------

    def open(self, name: str, *, check_crc: bool = True) -> BinaryIO:
        """A reader of member ``name`` (its full name); raises KeyError for an unknown name.

        Reads are bounded by the caller's chunk size; the reader yields exactly the member's
        size and checks its CRC-32 when the last byte is read, raising
        :class:`CorruptFileError` naming the member instead of returning the final chunk.
        ``check_crc=False`` skips the CRC-32, only for a caller that checks every byte against
        a strong checksum itself (BagIt fixity through :meth:`ZipSource.open_unchecked`).
        """
        member = self.members[name]
        return cast(BinaryIO, _MemberReader(self, member, check_crc))

    def close(self) -> None:
        self._file.close()


class _MemberReader(io.RawIOBase):
    def __init__(self, archive: SafeZip, member: Member, check_crc: bool = True) -> None:
        super().__init__()
        self._archive = archive
        self._member = member
        self._pos = 0
        self._crc = 0
        self._check_crc = check_crc
        self._checked = False

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def readall(self) -> bytes:
        buffer = bytearray(self._member.size - self._pos)
        view = memoryview(buffer)
        done = 0
        while done < len(buffer):
            done += self.readinto(view[done:])
        self.readinto(bytearray(1))  # at the end: checks the CRC of an empty rest
        return bytes(buffer)

    def _finish(self) -> None:
        if not self._checked:
            self._checked = True
            if self._check_crc and self._crc != self._member.crc32:
                raise CorruptFileError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The bundle member {member} is damaged: its CRC-32 checksum does "
                        "not match.",
                    ),
                    member=show(self._member.name),
                )

    def readinto(self, buffer: WriteableBuffer) -> int:
        if self.closed:
            raise ValueError("I/O operation on closed member reader")
        view = memoryview(buffer).cast("B")
        remaining = self._member.size - self._pos
        if remaining <= 0:
            self._finish()
            return 0
        n = min(len(view), remaining)
        if n == 0:
            return 0
        target = view[:n]
        if self._archive._read_into(self._member.data_offset + self._pos, target) != n:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle member {member} is cut short: the file changed or is damaged.",
                ),
                member=show(self._member.name),
            )
        if self._check_crc:
            self._crc = zlib.crc32(target, self._crc)
        self._pos += n
        if self._pos == self._member.size:
            self._finish()  # raises instead of handing over the last chunk of a bad member
        return n


# --- sources for the BagIt validator ---------------------------------------------------------


class ZipSource:
    """The bag inside a checked bundle (its one top-level folder), for ``validate_bag``."""

    def __init__(
        self,
        archive: SafeZip,
        known_sha256: Callable[[str], tuple[str, int] | None] | None = None,
    ) -> None:
        self.archive = archive
        self.prefix = archive.top_folder + "/"
        # (SHA-256 hex, size) of a member's bytes that another reader hashed anyway (verify's
        # photo workers), by member name; None when it did not. validate_bag takes it rather
        # than reading and hashing the same bytes again.
        self._known = known_sha256

    def known_sha256(self, rel: str) -> tuple[str, int] | None:
        return None if self._known is None else self._known(self.prefix + rel)

    def files(self) -> list[str]:
        n = len(self.prefix)
        return [name[n:] for name in self.archive.members]

    def folders(self) -> list[str]:
        n = len(self.prefix)
        return [f[n:] for f in self.archive.folders if f.startswith(self.prefix)]

    def size(self, rel: str) -> int:
        return self.archive.members[self.prefix + rel].size

    def open(self, rel: str) -> BinaryIO:
        return self.archive.open(self.prefix + rel)

    def open_unchecked(self, rel: str) -> BinaryIO:
        """A reader without the CRC-32 check, for ``validate_bag`` to hash a file it checks
        against a SHA-256 or stronger checksum (which catches all the CRC-32 would)."""
        return self.archive.open(self.prefix + rel, check_crc=False)
