"""Writing a bundle's ZIP: every member STORED, streamed, hashed as it is written.

The standard library's zipfile streams a member into a seekable file and patches the local
header afterwards (no data descriptors), which stock `unzip` and every other reader accept.
ZIP64 records are used for members that may pass 2 GiB.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, BinaryIO

ZIP64_THRESHOLD = 1 << 31


class HashingWriter:
    """A write-only stream that hashes (SHA-256) and counts what passes through it."""

    def __init__(self, dst: IO[bytes]) -> None:
        self._dst = dst
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.sha256.update(data)
        self.size += len(data)
        self._dst.write(data)
        return len(data)

    def flush(self) -> None:
        self._dst.flush()

    def writable(self) -> bool:
        return True

    @property
    def closed(self) -> bool:
        return False

    def hexdigest(self) -> str:
        return self.sha256.hexdigest()


class BundleZipWriter:
    """A ZIP being written into ``fh`` (seekable), with STORED members only."""

    def __init__(self, fh: BinaryIO) -> None:
        self._zip = zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED, allowZip64=True)
        now = time.gmtime()
        self._date = (now.tm_year, now.tm_mon, now.tm_mday, now.tm_hour, now.tm_min, now.tm_sec)

    @contextmanager
    def member(self, name: str, size_hint: int = 0) -> Iterator[HashingWriter]:
        """Stream one member; yields a writer whose digest is the member's SHA-256."""
        info = zipfile.ZipInfo(name, date_time=self._date)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o100644 << 16  # a regular file, readable: no links, no devices
        with self._zip.open(info, "w", force_zip64=size_hint >= ZIP64_THRESHOLD - (1 << 24)) as raw:
            writer = HashingWriter(raw)
            yield writer

    def write_bytes(self, name: str, data: bytes) -> str:
        with self.member(name, len(data)) as w:
            w.write(data)
        return w.hexdigest()

    def close(self) -> None:
        self._zip.close()

    def abort(self) -> None:
        """Give up on a failed bundle: nothing more is written (the caller discards the file)."""
        self._zip.fp = None
