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

MAX_MANIFEST = 64 << 20  # backup.json of a million photos is far smaller


def read_manifest(path: Path) -> bytes:
    """backup.json's bytes: a regular file (a pipe would block the restore forever) of at most
    MAX_MANIFEST bytes. Raises FileNotFoundError, CorruptFileError (one sentence)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(MAX_MANIFEST + 1) if stat.S_ISREG(os.fstat(fd).st_mode) else None
    if data is None or len(data) > MAX_MANIFEST:
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
