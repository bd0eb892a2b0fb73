"""What the sync engine asks of a target's storage, and the folder that answers it.

A target holds the same names whatever it is (``layout``): sender folders of bundles,
``receipts/``, FieldKit's marker. The engine, the inbox and the delivery speak to it only
through :class:`TargetStorage`:

- :class:`FolderStorage`: a folder (USB drive, share, Syncthing…), written through open
  directory descriptors, never following a link, reading with size caps (``foreign_files``);
- :class:`fieldkit.sync.s3target.S3Storage`: an S3-compatible bucket under a prefix, the same
  names as keys, multipart uploads resumed from the vault's journal, downloads staged in the
  vault (they are age ciphertext) and resumed with range requests.

Long steps take ``on_bytes`` and ``cancel``; problems writing the target raise StorageError
(subclasses say which), and :class:`TargetOfflineError` when a network target stopped
answering mid-way (nothing is lost: the next sync resumes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from fieldkit import foreign_files
from fieldkit.errors import StorageError
from fieldkit.i18n import QT_TRANSLATE_NOOP

from . import layout
from .targets import SyncTarget, reachability, require_reachable

if TYPE_CHECKING:
    from fieldkit.vault.vault import Vault

    from .inbox import Candidate
    from .outbox import OutboxBundle

Cancel = Callable[[], bool] | None


class TargetOfflineError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Nothing was lost: the next sync resumes where this one stopped."
    ),
):
    """A network target stopped answering during a sync (after every retry)."""


class UnreadableFileError(StorageError):
    """One file of the target cannot be read (refused for this object only, or in a storage
    class that needs a restore first): that candidate is quarantined, the sync goes on."""


@dataclass
class Delivery:
    """One sync's delivery to a target: copy ``bundles`` (from the vault's outbox) to
    ``<me>/<name>`` there, verified, recording each; ``on_bytes`` is called with each chunk's
    size (it may raise CancelledError to stop: nothing half-copied is kept). Bundle ids
    delivered go to ``delivered``, sentences about lost outbox bundles to ``warnings``."""

    vault: Vault
    bundles: list[OutboxBundle]
    me: str
    on_bytes: Callable[[int], None]
    cancel: Cancel = None
    delivered: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReceiptFile:
    """A file in the target's ``receipts/``: its name and size when listed."""

    name: str
    size: int


class TargetStorage(Protocol):
    """The target as the sync engine sees it (see the module docstring)."""

    target: SyncTarget

    def problem(self) -> str | None:
        """None when usable now, else one sentence saying why not (cheap: stats, one probe)."""

    def require(self) -> None:
        """Raises TargetUnreachableError (nothing done) when :meth:`problem` says so."""

    def session(self, timeout: float, cancel: Cancel) -> AbstractContextManager[None]:
        """Hold the target for one sync (a folder's OS lock; a bucket's own names need none)."""

    def tidy(self, me: str) -> int:
        """Remove what an interrupted sync of this vault left (ours only); how many."""

    def candidates(self, me: str, warnings: list[str]) -> list[Candidate]:
        """Bundle files of other senders (and any left at the top), sorted by name."""

    def fetch(self, c: Candidate, cancel: Cancel) -> Path:
        """A local path to read ``c`` from (the file itself, or a verified staged copy)."""

    def done_with(self, c: Candidate) -> None:
        """``c`` has its verdict: drop any staged copy."""

    def forget_staged(self, keep: set[str]) -> None:
        """Drop staged copies of files not in ``keep`` (rel paths) any more."""

    def receipt_files(self, warnings: list[str]) -> list[ReceiptFile] | None:
        """Files in ``receipts/`` (None: there is no such folder, or it cannot be read now)."""

    def read_receipt(self, name: str, limit: int) -> tuple[bytes, Path]:
        """The bytes of ``receipts/<name>`` (at most ``limit``) and a local path holding them.

        Raises ForeignFileError (not a plain file, or too large: never read), OSError."""

    def sender_folders(self) -> set[str]:
        """Fingerprints with a sender folder on the target."""

    def holds(self, rel: str) -> bool:
        """Whether a plain file/object is at ``rel`` (no content check)."""

    def deliver(self, job: Delivery) -> None:
        """Copy the job's bundles to the target (see :class:`Delivery`)."""

    def put_receipt(self, name: str, data: bytes) -> None:
        """Write ``receipts/<name>`` whole or not at all."""

    def remove_own(self, rel: str) -> None:
        """Remove ``rel``, one of our own files (a superseded receipt)."""

    def remove_if_ours(self, rel: str, sha256: str) -> bool:
        """Remove ``rel`` if it still holds what we wrote (content ``sha256``)."""


class FolderStorage:
    """A folder target: today's hardened behaviour (``delivery``, ``inbox``, ``lock``)."""

    def __init__(self, target: SyncTarget) -> None:
        self.target = target

    @property
    def root(self) -> Path:
        return self.target.path

    def problem(self) -> str | None:
        return reachability(self.target)

    def require(self) -> None:
        require_reachable(self.target)

    @contextmanager
    def session(self, timeout: float, cancel: Cancel) -> Iterator[None]:
        from .lock import TargetLock

        with TargetLock(self.root, self.target.name, timeout, cancel):
            yield

    def tidy(self, me: str) -> int:
        from . import delivery

        return delivery.tidy_target(self.root, me)

    def candidates(self, me: str, warnings: list[str]) -> list[Candidate]:
        from . import inbox

        return inbox.candidates(self.root, me, warnings)

    def fetch(self, c: Candidate, cancel: Cancel) -> Path:
        return c.path

    def done_with(self, c: Candidate) -> None:
        return None

    def forget_staged(self, keep: set[str]) -> None:
        return None

    def receipt_files(self, warnings: list[str]) -> list[ReceiptFile] | None:
        import os
        import stat

        from . import inbox

        folder = self.root / layout.RECEIPTS
        try:
            kind = os.lstat(folder).st_mode
            if stat.S_ISLNK(kind):
                warnings.append(inbox.link_warning(layout.RECEIPTS))
            if not stat.S_ISDIR(kind):
                return None
            return [ReceiptFile(p.name, st.st_size) for p, st in inbox.entries(folder)]
        except OSError:
            return None

    def read_receipt(self, name: str, limit: int) -> tuple[bytes, Path]:
        path = self.root / layout.RECEIPTS / name
        # Never unbounded, never through a link, never blocking on a pipe: a receipt linked
        # to /dev/zero or replaced by a FIFO is refused without a byte read.
        return foreign_files.read_capped(path, limit, what="This receipt"), path

    def sender_folders(self) -> set[str]:
        from . import inbox

        return inbox.fingerprint_folders(self.root)

    def holds(self, rel: str) -> bool:
        return foreign_files.is_regular_inside(self.root, self.root / rel)

    def deliver(self, job: Delivery) -> None:
        from . import delivery

        delivery.deliver(self.target, job)

    def put_receipt(self, name: str, data: bytes) -> None:
        from . import delivery

        delivery.put_folder_receipt(self.target, name, data)

    def remove_own(self, rel: str) -> None:
        from . import delivery

        delivery.remove_folder_file(self.target, rel)

    def remove_if_ours(self, rel: str, sha256: str) -> bool:
        from . import delivery

        return delivery.remove_folder_file_if_ours(self.target, rel, sha256)


def open_storage(vault: Vault, target: SyncTarget) -> TargetStorage:
    """The storage behind ``target`` (an S3 target's settings and credentials from the vault)."""
    if target.is_s3:
        from .s3target import S3Storage

        return S3Storage.load(vault, target)
    return FolderStorage(target)


__all__ = [
    "Delivery",
    "FolderStorage",
    "ReceiptFile",
    "TargetOfflineError",
    "TargetStorage",
    "UnreadableFileError",
    "open_storage",
]
