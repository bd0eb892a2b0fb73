"""Small full and read-only file systems for tests: a tmpfs mounted in the test's folder.

Mounting needs root (CI runs as root); elsewhere the tests that need it skip. chmod does not
stop root, so a read-only medium is a read-only remount, never a permission bit.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    return subprocess.run(list(args), capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def small_medium(folder: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` KiB mounted on ``folder`` for the duration of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)
    ):
        pytest.skip("mounting a small tmpfs is not permitted here")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def make_read_only(folder: Path) -> None:
    """Remount the medium on ``folder`` read-only."""
    if not _run("mount", "-o", "remount,ro", str(folder)):
        pytest.skip("remounting read-only is not permitted here")


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the medium on ``folder`` with one file until ``leave_bytes`` (about) remain free."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with open(filler, "wb") as fh:
        try:
            while True:
                stat = os.statvfs(folder)
                if stat.f_bavail * stat.f_frsize <= leave_bytes:
                    break
                fh.write(chunk)
                fh.flush()
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler
