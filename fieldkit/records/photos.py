"""Photo ingest (SPEC §4 "Media"): check, read EXIF, thumbnail, store the original encrypted.

A photo's identity is the SHA-256 of its original bytes. The original is stored byte for byte
(never re-encoded), age-encrypted to the vault's storage key by :class:`MediaStore`; what Pillow
read from it (size, capture time, GPS position, a 256 px JPEG thumbnail) goes into the
``photos`` table of the encrypted database. The same bytes are stored once.

Hostile input is expected (photos arrive from USB sticks, phones and other people's bundles):
see :mod:`fieldkit.records.photo_image` for the order of checks. Every refusal is a
:class:`PhotoError` and leaves nothing behind. Nothing here logs, and nothing goes through a
temporary file: the original streams from the source through hashing and encryption.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit import clock
from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP
from fieldkit.records.photo_errors import (
    CorruptPhotoError,
    HeicNotSupportedError,
    NotAnImageError,
    PhotoChangedError,
    PhotoError,
    PhotoReadError,
    PhotoTooLargeError,
    UnsupportedPhotoFormatError,
    describe,
)
from fieldkit.records.photo_formats import PREFIX_SIZE, PhotoFormat, identify
from fieldkit.records.photo_image import (
    MAX_PIXELS,
    MAX_SIDE,
    THUMBNAIL_SIZE,
    Examined,
    examine,
)
from fieldkit.tasks import check
from fieldkit.vault.database import Connection, DatabaseError
from fieldkit.vault.media import PHOTO_CANCELLED
from fieldkit.vault.vault import Vault

__all__ = [
    "DRAFT_PHOTOS_KEY",
    "MAX_PIXELS",
    "MAX_SIDE",
    "THUMBNAIL_SIZE",
    "CorruptPhotoError",
    "HeicNotSupportedError",
    "NotAnImageError",
    "PhotoChangedError",
    "PhotoError",
    "PhotoInfo",
    "PhotoReadError",
    "PhotoTooLargeError",
    "UnsupportedPhotoFormatError",
    "forget_staged",
    "forget_staged_in",
    "ingest_photo",
    "ingest_work",
    "photo_info",
    "remove_files",
    "revisions_mark",
    "staged_mark",
    "thumbnail",
]

_SAVEPOINT = "fieldkit_photo_ingest"


@dataclass(frozen=True)
class PhotoInfo:
    sha256: str  # of the original bytes: the photo's identity everywhere
    media_name: str  # the encrypted original in media/ ("" if this vault lacks the original)
    mime: str
    width: int  # as displayed, EXIF orientation applied
    height: int
    size: int  # bytes of the original
    captured_at: str | None  # ISO 8601 from EXIF DateTimeOriginal (or DateTime), as recorded
    gps: tuple[float, float] | None  # (lat, lon) from EXIF GPS: sensitive
    new: bool  # False when the same bytes were already stored
    # True when this call wrote the photo's row: no revision can refer to it yet. A row that
    # was there (a photo known from a bundle only by its thumbnail) may be in a record already.
    first_seen: bool = False


def _cancelled(cancel: Callable[[], bool] | None) -> None:
    check(cancel, PHOTO_CANCELLED)


# Bytes of work done so far on one photo, out of :func:`ingest_work` (never backwards).
BytesDone = Callable[[int], None]


def ingest_work(source: Path | bytes) -> int:
    """How much work :func:`ingest_photo` reports for ``source``: its size twice, once for
    checking (decoding every pixel) and once for storing (hashing and encrypting). 0 when the
    size cannot be read (the photo will then be refused at once)."""
    if isinstance(source, bytes | bytearray):
        return 2 * len(source)
    try:
        return 2 * os.stat(source).st_size
    except (OSError, ValueError):
        return 0


class _Counted:
    """``fh`` read through for one pass over the photo: ``seen`` gets ``base`` plus the
    furthest point this pass has read to, so a single large photo moves a progress bar."""

    def __init__(self, fh: BinaryIO, base: int, limit: int, seen: BytesDone) -> None:
        self._fh, self._base, self._limit, self._seen = fh, base, limit, seen

    def _reached(self) -> None:
        self._seen(self._base + min(self._fh.tell(), self._limit))

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self._reached()
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        n = self._fh.readinto(buffer)  # type: ignore[attr-defined]
        self._reached()
        return int(n or 0)

    def __getattr__(self, name: str) -> object:  # seek, tell, fileno … as the file itself
        return getattr(self._fh, name)


def _pass(fh: BinaryIO, first: bool, size: int, seen: BytesDone | None) -> BinaryIO:
    """``fh`` for the checking (``first``) or the storing pass, counted when ``seen`` is given."""
    if seen is None:
        return fh
    return _Counted(fh, 0 if first else size, size, seen)  # type: ignore[return-value]


@contextlib.contextmanager
def _open_source(source: Path | bytes, name: str | None) -> Iterator[BinaryIO]:
    if isinstance(source, bytes | bytearray):
        yield io.BytesIO(bytes(source))
        return
    # Non-blocking, so that a named pipe given as a photo cannot hang the open itself.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(source, flags)
    except OSError as exc:
        raise PhotoReadError(
            QT_TRANSLATE_NOOP("errors", "{subject} could not be read."), subject=describe(name)
        ) from exc
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)  # a device or a pipe could stream forever
        fh = os.fdopen(fd, "rb") if regular else None
    except OSError as exc:
        os.close(fd)
        raise PhotoReadError(
            QT_TRANSLATE_NOOP("errors", "{subject} could not be read."), subject=describe(name)
        ) from exc
    if fh is None:
        os.close(fd)
        raise PhotoReadError(
            QT_TRANSLATE_NOOP("errors", "{subject} is not a regular file."), subject=describe(name)
        )
    with fh:
        yield fh


def _fingerprint(fh: BinaryIO) -> tuple[int, ...] | None:
    """What would show the file changed under us (bytes sources cannot change)."""
    if isinstance(fh, io.BytesIO):
        return None
    st = os.fstat(fh.fileno())
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _read_prefix(fh: BinaryIO, name: str | None) -> bytes:
    try:
        fh.seek(0)
        return fh.read(PREFIX_SIZE)
    except OSError as exc:
        raise PhotoReadError(
            QT_TRANSLATE_NOOP("errors", "{subject} could not be read."), subject=describe(name)
        ) from exc


def ingest_photo(
    vault: Vault,
    db: Connection,
    source: Path | bytes,
    cancel: Callable[[], bool] | None = None,
    progress: BytesDone | None = None,
) -> PhotoInfo:
    """Check and store one photo; returns what was read from it.

    Must run inside the caller's open write transaction on ``vault.db`` (``db`` is that
    connection), e.g. ``with vault.transaction() as db: ingest_photo(vault, db, path)``. The
    photo is only visible once the caller commits. On any error or cancel nothing is left:
    the database changes of this call are undone (a savepoint, so the caller may go on with
    other photos in the same transaction) and a media file written by this call is removed.

    ``source`` is a file (streamed, never read whole into memory) or the photo's bytes; its
    format is identified from the bytes, never from the name. ``cancel`` is polled between
    steps and while the original is encrypted. ``progress`` gets the bytes of work done so far
    while the photo is decoded and while it is encrypted, out of :func:`ingest_work`.

    Raises a :class:`PhotoError` subclass for anything that is not an acceptable photo,
    CancelledError, DiskFullError/StorageError when the vault cannot be written.
    """
    if not db.in_transaction:
        raise RuntimeError("ingest_photo must run inside vault.transaction()")
    name = None if isinstance(source, bytes | bytearray) else os.path.basename(source)
    _cancelled(cancel)
    with _open_source(source, name) as fh:
        before = _fingerprint(fh)
        size = ingest_work(source) // 2
        fmt = identify(_read_prefix(fh, name), name)
        examined = examine(_pass(fh, True, size, progress), fmt, name)
        _cancelled(cancel)
        fh.seek(0)
        return _store(
            vault, db, fh, _pass(fh, False, size, progress), fmt, examined, name, before, cancel
        )


def _store(
    vault: Vault,
    db: Connection,
    fh: BinaryIO,
    counted: BinaryIO,
    fmt: PhotoFormat,
    examined: Examined,
    name: str | None,
    before: tuple[int, ...] | None,
    cancel: Callable[[], bool] | None,
) -> PhotoInfo:
    db.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        stored = vault.media.add(db, counted, cancel)
        if _fingerprint(fh) != before:
            raise PhotoChangedError(
                QT_TRANSLATE_NOOP("errors", "{subject} changed while it was being added."),
                subject=describe(name),
            )
        _cancelled(cancel)
        gps_lat, gps_lon = examined.gps if examined.gps is not None else (None, None)
        known = db.execute("SELECT 1 FROM photos WHERE sha256 = ?", (stored.sha256,)).fetchone()
        db.execute(
            "INSERT OR IGNORE INTO photos (sha256, media_name, mime, width, height, size, "
            "captured_at, gps_lat, gps_lon, thumbnail, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                stored.sha256,
                stored.name,
                fmt.mime,
                examined.width,
                examined.height,
                stored.size,
                examined.captured_at,
                gps_lat,
                gps_lon,
                examined.thumbnail,
                clock.now(),
            ),
        )
        if stored.new:  # its perceptual hash for finding duplicates: ~0.5 ms, while here
            from fieldkit.duplicates.photo_hash import store_hash

            store_hash(db, stored.sha256, examined.thumbnail)
        # A photo known only by its thumbnail (from a bundle) now has its original.
        db.execute(
            "UPDATE photos SET media_name = ? WHERE sha256 = ? AND media_name IS NULL",
            (stored.name, stored.sha256),
        )
        info = photo_info(db, stored.sha256)
    except BaseException:
        _undo(vault, db)
        raise
    db.execute(f"RELEASE {_SAVEPOINT}")
    if info is None:  # cannot happen: the row was just written or already there
        raise RuntimeError("the photo row is missing after it was written")
    return dataclasses.replace(info, new=stored.new, first_seen=known is None)


def _undo(vault: Vault, db: Connection) -> None:
    """Roll back this call's rows, then remove any media file no row refers to any more.

    ``MediaStore.add`` removes its file when encryption fails or is cancelled; this also covers
    a failure after the file was complete (the row insert, a changed source, a late cancel).
    Only one transaction can be open on the vault, so a file without a row in it is ours.
    """
    with contextlib.suppress(DatabaseError):  # SQLite may have rolled back everything itself
        db.execute(f"ROLLBACK TO {_SAVEPOINT}")
        db.execute(f"RELEASE {_SAVEPOINT}")
    with contextlib.suppress(DatabaseError, FieldKitError, OSError):
        vault.media.remove_orphans(db)


def _from_row(row: tuple[object, ...]) -> PhotoInfo:
    sha256, media_name, mime, width, height, size, captured_at, lat, lon = row
    gps = (float(lat), float(lon)) if lat is not None and lon is not None else None  # type: ignore[arg-type]
    return PhotoInfo(
        sha256=str(sha256),
        media_name="" if media_name is None else str(media_name),
        mime=str(mime),
        width=int(width),  # type: ignore[call-overload]
        height=int(height),  # type: ignore[call-overload]
        size=int(size),  # type: ignore[call-overload]
        captured_at=None if captured_at is None else str(captured_at),
        gps=gps,
        new=False,
    )


def photo_info(db: Connection, sha256: str) -> PhotoInfo | None:
    """What the vault knows about the photo with this SHA-256 (``new`` is False), or None."""
    row = db.execute(
        "SELECT sha256, media_name, mime, width, height, size, captured_at, gps_lat, gps_lon "
        "FROM photos WHERE sha256 = ?",
        (sha256,),
    ).fetchone()
    return None if row is None else _from_row(tuple(row))


def thumbnail(db: Connection, sha256: str) -> bytes | None:
    """The photo's thumbnail (JPEG, longest side 256 px, upright, no metadata), or None."""
    row = db.execute("SELECT thumbnail FROM photos WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else bytes(row[0])


# --- photos of a record not saved yet ----------------------------------------------------------
#
# Photos added to a new record are stored (encrypted, like any other) before the record is: the
# user sees them in the editor, and Save attaches them in the record's first revision. Until
# then no revision refers to them. If the record is never saved they are removed again, but
# only when nothing took them up meanwhile: each staged entry carries ``staged_after``, the
# last revision row when it was stored (None when the photo was in the vault before: it may be
# in a record's history, and is never removed here). Revisions are never deleted and the vault
# is never vacuumed, so a revision written since has a larger rowid.
#
# The editor's draft is written in the staging's own transaction (drafts.py keeps the entries
# under DRAFT_PHOTOS_KEY): a crash before Save leaves the draft, which the next unlock offers
# to reopen with its photos, and another open editor's staging of the same photo is a draft
# that naming it keeps it (see _taken_up).

# The payload key under which a draft keeps the photos staged for its new record: beside the
# field values, never a field name (fields have no leading underscore).
DRAFT_PHOTOS_KEY = "_staged_photos"


def revisions_mark(db: Connection) -> int:
    """The newest revision row now: revisions written from here on have larger rowids."""
    row = db.execute("SELECT coalesce(max(rowid), 0) FROM revisions").fetchone()
    return int(row[0])


def _mark(value: object) -> int | None:
    """A ``staged_after`` read back from JSON: a revision row, or None (never removed)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def staged_mark(db: Connection, sha256: str) -> int | None:
    """The ``staged_after`` with which a kept draft staged this photo (the earliest), or None.

    A photo already in the vault may be there only because another editor of a new record
    staged it: a second staging of it then takes that editor's mark, so whichever editor is
    discarded last removes it (the first one's discard leaves it: the other's draft names it).
    Drafts are a handful of rows; ``instr`` keeps the JSON parsing to those naming the photo.
    """
    marks: list[int] = []
    rows = db.execute("SELECT payload FROM drafts WHERE instr(payload, ?) > 0", (sha256,))
    for (payload,) in rows.fetchall():
        try:
            data = json.loads(payload)
        except ValueError:
            continue
        entries = data.get(DRAFT_PHOTOS_KEY) if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and entry.get("sha256") == sha256:
                after = _mark(entry.get("staged_after"))
                if after is not None:
                    marks.append(after)
    return min(marks, default=None)


def _taken_up(db: Connection, sha256: str, after: int) -> bool:
    """Whether a revision written after row ``after``, or a kept draft, refers to the photo."""
    needle = sha256.encode("ascii")
    # The canonical JSON of a revision holds each photo's hash as it is (sorted keys, ASCII).
    revision = db.execute(
        "SELECT 1 FROM revisions WHERE rowid > ? AND instr(canonical, ?) > 0 LIMIT 1",
        (after, needle),
    ).fetchone()
    if revision is not None:
        return True
    draft = db.execute(
        "SELECT 1 FROM drafts WHERE instr(payload, ?) > 0 LIMIT 1", (sha256,)
    ).fetchone()
    return draft is not None


def forget_staged_in(db: Connection, staged: Iterable[Mapping[str, Any]]) -> tuple[int, list[str]]:
    """:func:`forget_staged` inside the caller's transaction ``db``: returns how many photos
    went and the names of their encrypted files, for :func:`remove_files` after the commit."""
    candidates: dict[str, int] = {}
    for entry in staged:
        after = _mark(entry.get("staged_after"))
        sha = entry.get("sha256")
        if after is not None and isinstance(sha, str):
            candidates[sha] = after
    names: list[str] = []
    removed = 0
    for sha, after in candidates.items():
        if _taken_up(db, sha, after):
            continue
        removed += db.execute("DELETE FROM photos WHERE sha256 = ?", (sha,)).rowcount
        db.execute("DELETE FROM photo_hashes WHERE sha256 = ?", (sha,))
        row = db.execute("SELECT name FROM media_files WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            db.execute("DELETE FROM media_files WHERE sha256 = ?", (sha,))
            names.append(str(row[0]))
    return removed, names


def remove_files(vault: Vault, names: Iterable[str]) -> None:
    """Remove the encrypted files of photos whose rows a committed transaction removed."""
    # A file left (the disk refused, or a crash before this) has no row: the next open
    # removes it with the other orphans.
    for name in names:
        with contextlib.suppress(OSError, FieldKitError):
            vault.media.path_of(name).unlink()


def forget_staged(
    vault: Vault, staged: Iterable[Mapping[str, Any]], draft_key: str | None = None
) -> int:
    """Remove the photos of a record that was never saved (its editor discarded or closed),
    or that its editor removed before saving.

    ``staged``: media entries as :meth:`Records.stage_photos` gave them. A photo is removed
    (its row, its perceptual hash and its encrypted original) only if this staging stored it
    first (or took the mark of the editor that did) and no revision or draft has taken it up
    since. ``draft_key``: the editor's own draft, which stops naming these photos in the same
    transaction (so it neither keeps them nor brings them back after a crash). Returns how
    many were removed.
    """
    staged = [dict(e) for e in staged]
    if not staged:
        return 0
    with vault.transaction() as db:
        if draft_key is not None:
            from fieldkit.records.drafts import drop_photos  # drafts builds on this module

            drop_photos(db, draft_key, {str(e.get("sha256")) for e in staged})
        removed, names = forget_staged_in(db, staged)
    # After the commit: a file whose row is gone would otherwise wait for the next open.
    remove_files(vault, names)
    return removed
