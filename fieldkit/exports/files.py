"""Writing an export's files so that an error or a cancel leaves nothing behind.

A file is written under a temporary name in its target folder and renamed at the end
(:func:`fieldkit.fsutil.atomic_writer`); a folder (Linked Art documents, LIDO photos) is filled
under a temporary name beside its target and renamed when complete.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

from fieldkit.errors import CancelledError, UsageError
from fieldkit.fsutil import (
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    fsync_dir,
    make_temp_folder,
    remove_abandoned_temp_folders,
    storage_error,
)
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error, message
from fieldkit.records.photo_redact import RedactionError, strip_gps
from fieldkit.vault.vault import Vault

CHUNK = 1 << 20


# Temporary folders being filled, with the descriptor holding each one's lock.
_held: dict[Path, int] = {}


def temp_folder_for(target: Path) -> Path:
    """A new private folder beside ``target``, named like fsutil's temporary files and locked
    while it is filled. What a killed export left for the same target (plaintext records or
    photos under a hidden name) is removed first."""
    remove_abandoned_temp_folders(target.parent, lambda name: name == target.name)
    try:
        tmp, fd = make_temp_folder(target)
    except OSError as exc:
        raise storage_error(
            exc, message(QT_TRANSLATE_NOOP("errors", "the folder {path}"), path=str(target.parent))
        ) from exc
    if fd is not None:
        _held[tmp] = fd
    return tmp


def _release(tmp: Path) -> None:
    fd = _held.pop(tmp, None)
    if fd is not None:
        os.close(fd)


def remove_tree(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(path)
        _release(path)


def require_free_folder(target: Path) -> None:
    """A folder export needs a name that is free, or an empty folder (UsageError otherwise)."""
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "{path} exists and is not a folder; choose another name."),
            path=str(target),
        )
    if target.is_dir() and any(target.iterdir()):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {path} is not empty; choose a new or empty folder."
            ),
            path=str(target),
        )
    if not target.parent.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
            path=str(target.parent),
        )


def _load_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return cast(Callable[[int], int], function)


_syncfs = _load_syncfs()


def _sync_files(folder: Path) -> None:
    """Make every file in ``folder`` durable: one syncfs of its file system on Linux (thousands
    of small documents, one fsync each, cost seconds), else an fsync per file."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        if _syncfs is not None and _syncfs(fd) == 0:
            return
    finally:
        os.close(fd)
    for entry in folder.iterdir():
        if entry.is_file():
            fd = os.open(entry, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def publish_folder(tmp: Path, target: Path) -> None:
    """Move a completed temporary folder to ``target`` (an absent name or an empty folder)."""
    try:
        _sync_files(tmp)
        fsync_dir(tmp)
        if target.is_dir() and not target.is_symlink():
            target.rmdir()  # empty (checked before the export started)
        os.rename(tmp, target)
        _release(tmp)  # renamed while locked: a clean-up never saw it unlocked
        fsync_dir(target.parent)
    except OSError as exc:
        raise storage_error(exc, str(target)) from exc


def write_private(path: Path, chunks: Iterator[bytes]) -> str:
    """Write a new private file from ``chunks``; returns the SHA-256 of what was written."""
    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                digest.update(chunk)
                fh.write(chunk)
    except OSError as exc:
        raise storage_error(exc, str(path)) from exc
    return digest.hexdigest()


_EXTENSIONS = (
    (b"\xff\xd8", "jpg"),
    (b"\x89PNG", "png"),
    (b"II*\x00", "tif"),
    (b"MM\x00*", "tif"),
)


def _extension(head: bytes) -> str:
    for magic, ext in _EXTENSIONS:
        if head.startswith(magic):
            return ext
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "heic"
    return "bin"


class PhotoWriter:
    """Writes photos decrypted from the vault into a folder, each once, named by the SHA-256 of
    the bytes written; with ``redact`` their GPS position is removed first (the bundle export's
    :func:`~fieldkit.records.photo_redact.strip_gps`), and a photo that cannot be redacted is
    left out with a warning rather than written with its position."""

    def __init__(self, vault: Vault, folder: Path, redact: bool, cancel: Callable[[], bool] | None):
        self.vault = vault
        self.folder = folder
        self.redact = redact
        self.cancel = cancel
        self.written: dict[str, str | None] = {}  # original sha256 -> file name (None: left out)
        self.warnings: list[str] = []

    def write(self, sha256: str, media_name: str | None) -> str | None:
        """The file name (inside the folder) of this photo, or None if it is not written."""
        if sha256 in self.written:
            return self.written[sha256]
        name: str | None = None
        if media_name is None:
            # Templates, not f-strings: the app and the CLI show warnings in the user's language.
            self.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors", "Photo {photo} has not arrived in this vault; left out."
                    ),
                    photo=sha256[:12],
                )
            )
        elif self.redact:
            try:
                data = strip_gps(self.vault.media.read_bytes(media_name), sha256)
            except RedactionError as exc:
                self.warnings.append(
                    message(
                        QT_TRANSLATE_NOOP("errors", "{problem} It was left out."),
                        problem=from_error(exc),
                    )
                )
            else:
                name = self._store(iter((data,)), data[:16])
        else:
            with self.vault.media.open(media_name) as src:
                head = src.read(CHUNK)
                name = self._store(self._chunks(head, src), head[:16])
        self.written[sha256] = name
        return name

    def _chunks(self, head: bytes, src: object) -> Iterator[bytes]:
        yield head
        while chunk := src.read(CHUNK):  # type: ignore[attr-defined]
            if self.cancel is not None and self.cancel():
                raise CancelledError(
                    QT_TRANSLATE_NOOP("errors", "Export cancelled; nothing was written.")
                )
            yield chunk

    def _store(self, chunks: Iterator[bytes], head: bytes) -> str:
        self.folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        tmp = self.folder / f".incoming-{secrets.token_hex(6)}"
        try:
            digest = write_private(tmp, chunks)
            name = f"{digest[:32]}.{_extension(head)}"
            final = self.folder / name
            if final.exists():
                tmp.unlink()
            else:
                os.rename(tmp, final)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return name
