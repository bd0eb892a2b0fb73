"""Checks a restore makes of a backup folder it did not write (backup.json is not signed: who
can change the folder can change it): the file list is read as a foreign file, and every photo
the copied database names must have been copied too."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, later
from fieldkit.vault.database import Connection
from fieldkit.vault.media import MediaStore
from fieldkit.vault.vault import DB_NAME

MAX_MANIFEST = 64 << 20  # the file list's allowance, however small the database copy


def manifest_cap(folder: Path) -> int:
    """The most backup.json in ``folder`` may hold: MAX_MANIFEST plus the size of the database
    copy beside it. backup() writes 114 bytes per photo ('    "media/<32 hex>": "<64 hex>",');
    that photo's media_files row in the database copy holds the same 32-character name and
    64-hex SHA-256, and each again in its unique index (at least 192 bytes), so what backup()
    writes stays under this cap however many photos the vault holds (a fixed 64 MiB was
    exceeded at ~588,000 photos). A tampered list needs an equally large database file, which
    the restore reads whole anyway."""
    try:
        st = os.stat(folder / DB_NAME, follow_symlinks=False)
    except OSError:
        return MAX_MANIFEST
    return MAX_MANIFEST + (st.st_size if stat.S_ISREG(st.st_mode) else 0)


def read_manifest(path: Path) -> bytes:
    """backup.json's bytes: a regular file (a pipe would block the restore forever) of at most
    :func:`manifest_cap` bytes, refused by its size before any of it is read. Raises
    FileNotFoundError, CorruptFileError (one sentence)."""
    cap = manifest_cap(path.parent)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        fits = stat.S_ISREG(st.st_mode) and st.st_size <= cap
        data = fh.read(cap + 1) if fits else None
    if data is None or len(data) > cap:
        raise CorruptFileError(
            QT_TRANSLATE_NOOP("errors", "The backup's file list in {path} is damaged."),
            path=str(path.parent),
        )
    return data


def check_photos_copied(conn: Connection, media: Path, src: Path, hint: str) -> None:
    """Raise CorruptFileError if a photo of the restored database has no file in ``media``
    (the backup lost one, with its line in backup.json: nothing else would notice)."""
    missing = sum(
        1
        for (name,) in conn.execute("SELECT name FROM media_files")
        if not MediaStore.path_in(media, str(name)).is_file()
    )
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
