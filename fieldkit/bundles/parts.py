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
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.errors import FieldKitError, UsageError
from fieldkit.fsutil import PendingFile, fsync_dir, remove_abandoned_temp_files, storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP

from .selection import Item, Photo

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
    """

    def __init__(self, output: Path) -> None:
        self.output = output
        self._pending: list[PendingFile] = []
        self._sent: Callable[[], bool] = lambda: False  # see recording

    def path(self, index: int, count: int) -> Path:
        """Part ``index`` of ``count`` (1-based): the output itself when there is one."""
        output = self.output
        if count == 1:
            return output
        return output.with_name(f"{output.stem}.part{index}of{count}{output.suffix or '.fkb'}")

    def create(self, path: Path) -> PendingFile:
        """A new part file for ``path``, put in place by :meth:`keep` (world-readable, as a
        bundle to hand over)."""
        # Each waits open and locked; beyond this many, the oldest finished ones are closed
        # (an export of thousands of 1M parts must not run out of file descriptors).
        finished = self._pending[: max(0, len(self._pending) - _OPEN_PARTS)]
        for part in finished:
            part.release()
        pending = PendingFile(path, 0o644)
        self._pending.append(pending)
        return pending

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around an export's writing and recording: first the partial files a killed export
        left go (:meth:`remove_abandoned`); then, whatever stops it, the parts it wrote are
        removed — unless they were already recorded as sent (:meth:`recording` committed: a
        second Ctrl+C right after that commit), when they are put in place."""
        self.remove_abandoned()
        try:
            yield
        except BaseException:
            if self._sent():
                self.keep()
            else:
                self.roll_back()
            raise
        self.keep()

    @contextlib.contextmanager
    def recording(self, vault: Vault) -> Iterator[Connection]:
        """The vault's transaction that records the parts as sent: from its start, whether the
        parts stay when the export stops is whether it committed."""
        with vault.transaction() as tx:
            self._sent = lambda: vault.committed
            yield tx

    def keep(self) -> None:
        """The parts were recorded as sent: rename them into place (over an earlier export's
        files of the same names)."""
        pending, self._pending = self._pending, []
        try:
            for part in pending:
                part.publish()
        finally:
            for part in pending:
                part.release()
        if pending:
            try:
                fsync_dir(self.output.parent)
            except OSError as exc:
                raise storage_error(exc, str(self.output.parent)) from exc

    def roll_back(self) -> None:
        """Remove every part this export wrote: none was put in place."""
        pending, self._pending = self._pending, []
        for part in pending:
            part.discard()

    def remove_abandoned(self) -> None:
        """Remove what a killed export left beside the output: its hidden partial bundle files.

        Only partials of bundle files (``.fkb``, this output or its parts), and only those no
        live process is still writing (see fsutil.remove_abandoned_temp_files): another export
        into the same folder at the same time keeps its own.
        """
        output = self.output
        suffix = output.suffix or ".fkb"

        def ours(name: str) -> bool:
            return (
                name.endswith(".fkb")
                or name == output.name
                or (name.startswith(f"{output.stem}.part") and name.endswith(suffix))
            )

        removed = remove_abandoned_temp_files(output.parent, ours)
        if removed:
            log.info("removed %d partial bundle file(s) an interrupted export left", removed)
