"""A bag in a folder, for the BagIt tests (the conformance suite's bags are folders).

The product reads bags only from bundles (``safe_zip.ZipSource``); this source lives with the
tests so the core carries no reader it never uses. It still walks without following links and
refuses links, devices and names that are not UTF-8, because the validator's tests of those
refusals go through it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from fieldkit.bundles.bag_paths import show
from fieldkit.bundles.safe_zip import UnsafeArchiveError
from fieldkit.errors import CorruptFileError
from fieldkit.i18n import QT_TRANSLATE_NOOP, message


def _became_link(rel: str) -> UnsafeArchiveError:
    return UnsafeArchiveError(
        QT_TRANSLATE_NOOP("errors", "{file} became a symbolic link while being read."),
        file=show(rel),
    )


def _is_link_or_reparse(st: os.stat_result) -> bool:
    attributes = getattr(st, "st_file_attributes", 0)
    return stat.S_ISLNK(st.st_mode) or bool(attributes & stat.FILE_ATTRIBUTE_REPARSE_POINT)


class FolderSource:
    """A bag in a folder, walked once without following links.

    Symbolic links (and Windows junctions), devices, pipes, sockets and names that are not valid
    UTF-8 are not offered as files; they are listed in ``refused`` as (path, sentence) and the
    validator reports them as problems. Files are opened component by component without
    following links, so a link swapped in after the walk is refused too (on POSIX).
    """

    def __init__(self, path: Path) -> None:
        self.root = Path(path)
        self.refused: list[tuple[str, str]] = []
        self._sizes: dict[str, int] = {}
        self._folders: list[str] = []
        st = os.lstat(self.root)
        if _is_link_or_reparse(st):
            raise UnsafeArchiveError(
                QT_TRANSLATE_NOOP("errors", "{path} is a symbolic link, not a bag folder."),
                path=str(self.root),
            )
        if not stat.S_ISDIR(st.st_mode):
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "{path} is not a folder."), path=str(self.root)
            )
        self._walk()

    def _walk(self) -> None:
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            with os.scandir(self.root / rel_dir if rel_dir else self.root) as it:
                for entry in it:
                    rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                    if any("\udc80" <= ch <= "\udcff" for ch in entry.name):
                        self.refused.append(
                            (
                                rel,
                                message(
                                    QT_TRANSLATE_NOOP(
                                        "errors", "The name of {file} is not valid UTF-8."
                                    ),
                                    file=show(rel),
                                ),
                            )
                        )
                        continue
                    st = entry.stat(follow_symlinks=False)
                    if _is_link_or_reparse(st):
                        self.refused.append(
                            (
                                rel,
                                message(
                                    QT_TRANSLATE_NOOP(
                                        "errors",
                                        "{file} is a symbolic link; FieldKit does not "
                                        "follow links.",
                                    ),
                                    file=show(rel),
                                ),
                            )
                        )
                    elif stat.S_ISDIR(st.st_mode):
                        self._folders.append(rel)
                        stack.append(rel)
                    elif stat.S_ISREG(st.st_mode):
                        self._sizes[rel] = st.st_size
                    else:
                        self.refused.append(
                            (
                                rel,
                                message(
                                    QT_TRANSLATE_NOOP(
                                        "errors",
                                        "{file} is a special file (device, pipe or socket).",
                                    ),
                                    file=show(rel),
                                ),
                            )
                        )
        self.refused.sort()

    def files(self) -> list[str]:
        return sorted(self._sizes)

    def folders(self) -> list[str]:
        return sorted(self._folders)

    def size(self, rel: str) -> int:
        return self._sizes[rel]

    def open(self, rel: str) -> BinaryIO:
        """Open a file found by the walk; raises KeyError for any other name."""
        if rel not in self._sizes:
            raise KeyError(rel)
        parts = rel.split("/")
        if os.open in os.supports_dir_fd and hasattr(os, "O_NOFOLLOW"):
            return self._open_at(parts, rel)
        path = self.root  # pragma: no cover - Windows: check each part, then open
        for part in parts:  # pragma: no cover
            path = path / part
            if _is_link_or_reparse(os.lstat(path)):
                raise _became_link(rel)
        return open(path, "rb")  # pragma: no cover

    def _open_at(self, parts: list[str], rel: str) -> BinaryIO:
        flags = os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
        dir_flags = flags | getattr(os, "O_DIRECTORY", 0)
        fds: list[int] = []
        try:
            fds.append(os.open(self.root, dir_flags))
            for part in parts[:-1]:
                fds.append(os.open(part, dir_flags, dir_fd=fds[-1]))
            fd = os.open(parts[-1], flags | getattr(os, "O_NONBLOCK", 0), dir_fd=fds[-1])
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
                raise _became_link(rel) from None
            raise
        finally:
            for d in fds:
                os.close(d)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise UnsafeArchiveError(
                QT_TRANSLATE_NOOP("errors", "{file} is no longer a plain file."), file=show(rel)
            )
        return os.fdopen(fd, "rb")
