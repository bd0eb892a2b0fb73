"""Checks a restore makes of a backup folder it did not write (backup.json is not signed: who
can change the folder can change it): the file list and the header are read as foreign files,
capped by sizes such a folder cannot inflate for free, and every photo the copied database
names must have been copied too, or be listed as lost by the vault before the backup."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, later
from fieldkit.vault.database import Connection
from fieldkit.vault.media import MEDIA_DIR, MediaStore
from fieldkit.vault.vault import DB_NAME, Vault

MAX_MANIFEST = 64 << 20  # the file list's allowance, however small the database copy
# vault.json is a few kilobytes (wrapped keys, KDF parameters, the vault's name): anything
# near this is not a header FieldKit wrote, and is refused before it is read.
MAX_HEADER = 1 << 20


def _allocated(st: os.stat_result) -> int:
    """The bytes a file really occupies on disk: a sparse file's holes cost nothing, so its
    st_size is no evidence of anything (Windows has no st_blocks: its size, as before)."""
    blocks = getattr(st, "st_blocks", None)
    return st.st_size if blocks is None else min(st.st_size, blocks * 512)


def manifest_cap(folder: Path) -> int:
    """The most backup.json in ``folder`` may hold: MAX_MANIFEST plus the disk space the
    database copy beside it really occupies. backup() writes 114 bytes per photo
    ('    "media/<32 hex>": "<64 hex>",'); that photo's media_files row in the database copy
    holds the same 32-character name and 64-hex SHA-256, and each again in its unique index (at
    least 192 bytes, encrypted pages that no file system compresses), so what backup() writes
    stays under this cap however many photos the vault holds (a fixed 64 MiB was exceeded at
    ~588,000 photos). A tampered list needs a database file as large on disk: a sparse one
    (1 TiB of holes on no disk at all) does not raise the cap."""
    try:
        st = os.stat(folder / DB_NAME, follow_symlinks=False)
    except OSError:
        return MAX_MANIFEST
    return MAX_MANIFEST + (_allocated(st) if stat.S_ISREG(st.st_mode) else 0)


def _read_capped(path: Path, cap: int, damaged: CorruptFileError) -> bytes:
    """A regular file's bytes (a pipe would block the restore forever), refused with
    ``damaged`` by its size before any of it is read, and never more than that size + 1 bytes
    read should it grow meanwhile."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        fits = stat.S_ISREG(st.st_mode) and st.st_size <= cap
        # read(n) allocates n bytes up front: ask for the size seen (+1 to notice growth),
        # not the cap, or every restore would allocate 64 MiB for a list of a few kilobytes.
        data = fh.read(st.st_size + 1) if fits else None
    if data is None or len(data) > st.st_size:  # larger than when checked: changing under us
        raise damaged
    return data


def read_manifest(path: Path) -> bytes:
    """backup.json's bytes: at most :func:`manifest_cap` bytes. Raises FileNotFoundError,
    CorruptFileError (one sentence)."""
    damaged = CorruptFileError(
        QT_TRANSLATE_NOOP("errors", "The backup's file list in {path} is damaged."),
        path=str(path.parent),
    )
    return _read_capped(path, manifest_cap(path.parent), damaged)


def read_header(path: Path) -> bytes:
    """The backup's vault.json: at most MAX_HEADER bytes. Raises CorruptFileError."""
    damaged = CorruptFileError(
        QT_TRANSLATE_NOOP(
            "errors", "The backup in {path} is damaged: {file} is missing or altered."
        ),
        QT_TRANSLATE_NOOP("errors", "Use another backup; nothing was restored."),
        path=str(path.parent),
        file=path.name,
    )
    try:
        return _read_capped(path, MAX_HEADER, damaged)
    except OSError:
        raise damaged from None


def _lost(conn: Connection, media: Path) -> list[str]:
    return sorted(
        f"{MEDIA_DIR}/{name}"
        for (name,) in conn.execute("SELECT name FROM media_files")
        if not MediaStore.path_in(media, str(name)).is_file()
    )


def missing_photos(vault: Vault) -> list[str]:
    """The photos (``media/<name>``) the vault lists but has no file for: after a restore,
    those its backup lists as missing (the vault had lost them before the backup)."""
    return _lost(vault.db, vault.path / MEDIA_DIR)


def check_photos_copied(
    conn: Connection, media: Path, src: Path, hint: str, lost: frozenset[str] = frozenset()
) -> int:
    """Raise CorruptFileError if a photo of the restored database has no file in ``media``
    (the backup lost one, with its line in backup.json: nothing else would notice), unless
    backup.json lists it in ``lost`` (the vault had lost it when the backup was made).
    Returns how many of those are missing."""
    absent = _lost(conn, media)
    missing = sum(1 for rel in absent if rel not in lost)
    if missing:
        raise CorruptFileError(
            later.translate(
                "errors",
                "The backup in {path} is damaged: it lacks %n photo(s).",
                "",
                missing,
                path=str(src),
            ),
            hint,
        )
    return len(absent)
