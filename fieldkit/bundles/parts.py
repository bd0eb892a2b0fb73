"""Splitting an export into parts under ``--max-size``, and the part files on disk.

:func:`plan_parts` packs records and their photos into parts (a photo is never split across
bundles, and goes with the first record that needs it) from sizes alone, so a part plan of a
million revisions needs none of them in memory; :func:`split_parts` applies it to a vault's
export's items. :class:`PartFiles` names the parts (``stem.partNofM.fkb``) and puts them in
place only once the export is recorded as sent — whatever stops it before, even a power cut,
leaves none of them, and an earlier export's files as they were.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from fieldkit.errors import FieldKitError, StorageError, UsageError
from fieldkit.fsutil import (
    PendingFile,
    fsync_dir,
    remove_abandoned_temp_files,
    same_file,
    storage_error,
)
from fieldkit.i18n import QT_TRANSLATE_NOOP

from .selection import Item, Photo

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows: see PartFiles on why no export lock is needed there
    fcntl = None

if TYPE_CHECKING:
    from fieldkit.vault.database import Connection
    from fieldkit.vault.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_MAX_SIZE = int(3.9 * 2**30)  # under FAT32's 4 GiB file limit
MIN_MAX_SIZE = 1 << 20
# Conservative per-file overheads, so that a part never exceeds --max-size.
_FILE_OVERHEAD = 4096
_AGE_OVERHEAD_PER_CHUNK = 16
_AGE_HEADER = 4096
_OPEN_PARTS = 64
LOCK_SUFFIX = ".fieldkit-lock"
# "<stem>.part<N>of<M><suffix>", as PartFiles.path names a split export's parts.
_PART_NAME = re.compile(r"^(?P<stem>.+)\.part[0-9]+of[0-9]+(?P<suffix>\.[^.]*)$")
_LOCK_NAME = re.compile(rf"^\.(?P<output>.+){re.escape(LOCK_SUFFIX)}$")


def parse_size(text: str) -> int:
    """'3.9G', '700M', '1.5GiB', '123456' → bytes. Raises UsageError."""
    units = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    cleaned = text.strip().upper().removesuffix("IB").removesuffix("B")
    number, unit = cleaned, ""
    if cleaned and cleaned[-1] in units:
        number, unit = cleaned[:-1], cleaned[-1]
    try:
        value = int(float(number) * units[unit])
    except ValueError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "--max-size {size} is not a size (e.g. 700M or 3.9G)."),
            size=repr(text),
        ) from None
    if value < MIN_MAX_SIZE:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "--max-size must be at least 1M."))
    return value


def encrypted_size(size: int) -> int:
    return size + _AGE_HEADER + (size // 65536 + 1) * _AGE_OVERHEAD_PER_CHUNK + _FILE_OVERHEAD


@dataclass
class PlannedPart:
    """One part of a plan: how many record lines (the next ones, in order), of how many bytes,
    and the photos that go with them (hashes, in order)."""

    lines: int = 0
    lines_size: int = 0
    photos: list[str] = field(default_factory=list)


def plan_parts(
    lines: Iterable[tuple[int, Sequence[str]]],
    photo_sizes: Mapping[str, int],
    already_sent: set[str],
    max_size: int,
    base: int,
) -> list[PlannedPart]:
    """Parts under ``max_size`` for record lines given as (size, the photos it refers to).

    A photo this export carries (in ``photo_sizes``, not in ``already_sent``) goes with the
    first line that refers to it: a recipient stores the photos its bundle's records need.
    """
    parts: list[PlannedPart] = []
    current = PlannedPart()
    size = base
    placed: set[str] = set(already_sent)
    for line_size, refs in lines:
        needed = [h for h in dict.fromkeys(refs) if h in photo_sizes and h not in placed]
        extra = line_size + sum(encrypted_size(photo_sizes[h]) for h in needed)
        if base + extra > max_size:
            raise FieldKitError(
                QT_TRANSLATE_NOOP("errors", "A record with its photos is larger than --max-size."),
                QT_TRANSLATE_NOOP(
                    "errors", "Choose a larger --max-size (photos are never split across bundles)."
                ),
            )
        if current.lines and size + extra > max_size:
            parts.append(current)
            current, size = PlannedPart(), base
        current.lines += 1
        current.lines_size += line_size
        current.photos.extend(needed)
        placed.update(needed)
        size += extra
    if current.lines or not parts:
        parts.append(current)
    return parts


def split_parts(
    items: list[Item], photos: dict[str, Photo], already_sent: set[str], max_size: int, base: int
) -> list[tuple[list[Item], list[Photo]]]:
    """A vault export's items and photos in parts (:func:`plan_parts`)."""
    sizes = {h: p.size for h, p in photos.items()}
    plan = plan_parts(((i.size, i.photos) for i in items), sizes, already_sent, max_size, base)
    parts: list[tuple[list[Item], list[Photo]]] = []
    start = 0
    for part in plan:
        parts.append((items[start : start + part.lines], [photos[h] for h in part.photos]))
        start += part.lines
    return parts


class PartFiles:
    """The files an export to ``output`` writes, and how to undo them.

    Each part is written and made durable under a hidden temporary name (:meth:`create`); all
    are renamed into place only once the vault's transaction recording them as sent
    (:meth:`recording`) committed. An export killed before that (power cut, kill -9) leaves no
    part under its name — only hidden partials the next export removes — so no stick carries a
    bundle whose stream position the vault never recorded and would give another bundle
    (a false fork at the coordinator). One stopped with an error puts nothing in place.

    From its first part to its last rename an export holds a lock on the file
    ``.<output name>.fieldkit-lock`` beside the output. Its pending parts hold their own locks
    too, but beyond the first _OPEN_PARTS they are closed (thousands of 1M parts must not run
    out of file descriptors: 1,024 by default on Linux), and a closed part's lock is gone: the
    export's lock is what tells another export's clean-up that those parts are still wanted.
    A clean-up removes a hidden partial only while it holds, exclusively, the lock of every
    output the partial's name can belong to (:meth:`remove_abandoned`). Windows has no flock,
    and there fsutil's clean-up removes no partial at all (it cannot tell a live writer's from
    a dead one's; Windows also refuses to remove a file another process holds open), so no
    lock file is made there.
    """

    def __init__(self, output: Path) -> None:
        self.output = output
        self._pending: list[PendingFile] = []
        # Each pending part's (st_dev, st_ino) when created: whether it is still there, also
        # once closed.
        self._identities: list[tuple[int, int]] = []
        self._sent: Callable[[], bool] = lambda: False  # see recording
        self._lock: int | None = None
        self._exclusive = False  # no other live export to this output (see _acquire)
        self._unlockable = False  # the folder's file system has no locks (see _acquire)

    def path(self, index: int, count: int) -> Path:
        """Part ``index`` of ``count`` (1-based): the output itself when there is one."""
        output = self.output
        if count == 1:
            return output
        return output.with_name(f"{output.stem}.part{index}of{count}{output.suffix or '.fkb'}")

    def create(self, path: Path) -> PendingFile:
        """A new part file for ``path``, put in place by :meth:`keep` (world-readable, as a
        bundle to hand over)."""
        self._acquire()
        self._share()
        # Each waits open and locked; beyond this many, the oldest finished ones are closed
        # (the export's own lock keeps them from other exports' clean-ups).
        finished = self._pending[: max(0, len(self._pending) - _OPEN_PARTS)]
        for part in finished:
            part.release()
        pending = PendingFile(path, 0o644)
        try:
            opened = os.fstat(pending.file.fileno())
        except OSError as exc:
            pending.discard()
            raise storage_error(exc, str(path)) from exc
        self._pending.append(pending)
        self._identities.append((opened.st_dev, opened.st_ino))
        return pending

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around an export's writing and recording: first the partial files a killed export
        left go (:meth:`remove_abandoned`); then, whatever stops it, the parts it wrote are
        removed — unless they were already recorded as sent (:meth:`recording` committed: a
        second Ctrl+C right after that commit), when they are put in place."""
        self._acquire()
        try:
            self.remove_abandoned()
            self._share()
            try:
                yield
            except BaseException:
                if self._sent():
                    self.keep()
                else:
                    self.roll_back()
                raise
            self.keep()
        finally:
            self._release()

    @contextlib.contextmanager
    def recording(self, vault: Vault) -> Iterator[Connection]:
        """The vault's transaction that records the parts as sent: from its start, whether the
        parts stay when the export stops is whether it committed. It commits only if every
        part is still there under its hidden name: nothing is recorded as sent that is not on
        the drive."""
        with vault.transaction() as tx:
            self._sent = lambda: vault.committed
            yield tx
            missing = self.missing()
            if missing:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Parts of this export disappeared from {folder} before they were "
                        "recorded as sent, so nothing was recorded: {parts}.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Check that the drive is still connected and that no other program "
                        "removes files from it, then export again.",
                    ),
                    folder=str(self.output.parent),
                    parts=_names(missing),
                )

    def missing(self) -> list[Path]:
        """The parts written so far that are no longer where they were written (their hidden
        names), as their names once in place."""
        return [
            part.target
            for part, identity in zip(self._pending, self._identities, strict=True)
            if not _still_there(part.tmp, identity)
        ]

    def keep(self) -> None:
        """The parts were recorded as sent: rename them into place (over an earlier export's
        files of the same names). Every part that can be is put in place; then one sentence
        names those that could not be."""
        pending, self._pending, self._identities = self._pending, [], []
        failed: list[Path] = []
        first: FieldKitError | None = None
        try:
            for part in pending:
                try:
                    part.publish()
                except FieldKitError as exc:
                    failed.append(part.target)
                    first = first or exc
        finally:
            for part in pending:
                part.release()
            self._release()
        if pending:
            try:
                fsync_dir(self.output.parent)
            except OSError as exc:
                raise storage_error(exc, str(self.output.parent)) from exc
        if failed:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Parts of this export were recorded as sent but could not be put in place "
                    "in {folder}: {parts}.",
                ),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Check that the drive is still connected and working, then export "
                    "everything again (a full copy) so that the recipients get what those "
                    "parts carried.",
                ),
                folder=str(self.output.parent),
                parts=_names(failed),
            ) from first

    def roll_back(self) -> None:
        """Remove every part this export wrote: none was put in place."""
        pending, self._pending, self._identities = self._pending, [], []
        for part in pending:
            part.discard()
        self._release()

    def remove_abandoned(self) -> None:
        """Remove what killed exports left beside the output: hidden partial bundle files
        (``.fkb``, and this output's own names), and lock files nobody holds.

        Only partials no live export can still want: their own lock is free (see
        fsutil.remove_abandoned_temp_files) and so is the export lock of every output their
        name can belong to (``x.part2of70.fkb`` is part of ``x.fkb`` or of ``x``: see _owners),
        held here while they are removed, so that no export to that output starts meanwhile.
        Another export into the same folder at the same time keeps its own, also the parts it
        has closed.
        """
        if fcntl is None:
            return  # Windows: nothing can be proven abandoned (see the class)
        output = self.output
        folder = output.parent
        suffix = output.suffix or ".fkb"
        taken: dict[str, int | None] = {}

        def free(name: str) -> bool:
            """No live export to ``name`` (its lock is then held here until the end)."""
            if name == output.name and self._lock is not None:
                return self._exclusive
            if name not in taken:
                if len(taken) >= _LOCKS_HELD:
                    return False  # a folder of many killed exports: the next clean-up goes on
                taken[name] = _take(_lock_path(folder / name))
            return taken[name] is not None

        def abandoned(name: str) -> bool:
            bundle = (
                name.endswith(".fkb")
                or name == output.name
                or (name.startswith(f"{output.stem}.part") and name.endswith(suffix))
            )
            return bundle and all(free(owner) for owner in _owners(name))

        try:
            removed = remove_abandoned_temp_files(folder, abandoned)
            if removed:
                log.info("removed %d partial bundle file(s) an interrupted export left", removed)
            with contextlib.suppress(OSError):
                for entry in os.scandir(folder):
                    match = _LOCK_NAME.match(entry.name)
                    if match and match["output"] != output.name:
                        free(match["output"])  # a killed export's lock file: removed below
        finally:
            for name, fd in taken.items():
                if fd is not None:
                    _drop(fd, _lock_path(folder / name))

    def _acquire(self) -> None:
        """Hold this output's export lock (until :meth:`_release`): exclusively if no other
        export to the same output is live (then this one may remove its output's partials),
        else shared with it."""
        if fcntl is None or self._lock is not None or self._unlockable:
            return
        path = _lock_path(self.output)
        for _ in range(8):
            try:
                fd = _open_lock(path)
            except OSError as exc:
                raise storage_error(exc, str(self.output)) from exc
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    exclusive = True
                except OSError as exc:
                    if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                        raise
                    # Another export to this output (or a clean-up, for a moment): share it.
                    fcntl.flock(fd, fcntl.LOCK_SH)
                    exclusive = False
            except OSError as exc:
                os.close(fd)
                if exc.errno in _NO_LOCKING:
                    # A file system without locks: no clean-up there can take any file's
                    # lock, so none removes anything; leave no lock file behind either.
                    with contextlib.suppress(OSError):
                        path.unlink()
                    self._unlockable = True
                    return
                raise storage_error(exc, str(self.output)) from exc
            except BaseException:
                os.close(fd)
                raise
            if same_file(fd, path):
                self._lock, self._exclusive = fd, exclusive
                return
            os.close(fd)  # its last holder removed it meanwhile: take the new one
        raise storage_error(OSError(errno.EAGAIN, os.strerror(errno.EAGAIN)), str(self.output))

    def _share(self) -> None:
        """Let other exports to the same output start (they wait only while it is exclusive)."""
        if fcntl is not None and self._lock is not None and self._exclusive:
            fcntl.flock(self._lock, fcntl.LOCK_SH)
            self._exclusive = False

    def _release(self) -> None:
        if self._lock is not None:
            fd, self._lock = self._lock, None
            self._exclusive = False
            _drop(fd, _lock_path(self.output))


# flock errors meaning "this file system does not lock" (as fsutil reads them).
_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL}
# At most this many other exports' locks held at once by a clean-up (file descriptors).
_LOCKS_HELD = 64
# At most this many part names in a sentence: a whole stick's worth would bury it.
_NAMES_SHOWN = 12


def _names(paths: Sequence[Path]) -> str:
    names = [p.name for p in paths[:_NAMES_SHOWN]]
    return ", ".join(names) + (", …" if len(paths) > _NAMES_SHOWN else "")


def _owners(name: str) -> set[str]:
    """The exports whose lock guards a partial of ``name``: the split exports it can be a part
    of (``x.part2of70.fkb``: of ``x.fkb``, or of ``x``, whose parts also end in .fkb), else the
    export of that name. A one-file export never closes its partial early (its own flock
    guards it), so a part's name needs no lock of its own."""
    match = _PART_NAME.match(name)
    if not match:
        return {name}
    owners = {match["stem"] + match["suffix"]}
    if match["suffix"] == ".fkb":
        owners.add(match["stem"])
    return owners


def _lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}{LOCK_SUFFIX}")


def _open_lock(path: Path) -> int:
    """The lock file ``path``, made if absent; never through a link, never a FIFO's wait.
    Raises OSError."""
    flags = os.O_RDONLY | os.O_CREAT | os.O_NONBLOCK
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o644)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL), str(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def _still_there(path: Path, identity: tuple[int, int]) -> bool:
    try:
        named = os.lstat(path)
    except OSError:
        return False
    # Windows: a file index need not be stable on every file system; the name alone counts.
    return os.name != "posix" or (named.st_dev, named.st_ino) == identity


def _take(path: Path) -> int | None:
    """The lock file ``path`` held exclusively (no live export to its output), else None."""
    if fcntl is None:
        return None
    try:
        fd = _open_lock(path)
    except OSError:
        return None  # unreadable, a link, a read-only drive: nothing is provably abandoned
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None  # a live export holds it, or the file system cannot tell
    if not same_file(fd, path):
        os.close(fd)
        return None
    return fd


def _drop(fd: int, path: Path) -> None:
    """Close the export lock ``fd``; its file goes when no other export shares it (taken
    exclusively first, so a newcomer that opened it meanwhile sees it gone and makes another)."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        # Only an empty regular file is one of ours: a user's file that happens to have the
        # name, with something in it, stays (r11 review 2 #8).
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_size == 0 and same_file(fd, path):
            path.unlink()
    except OSError:
        pass  # shared with a live export to the same output: it removes the file
    finally:
        os.close(fd)
