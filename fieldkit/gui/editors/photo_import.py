"""Adding photos to a record in a worker, all or nothing, with progress and cancel.

One ``Records.edit(add_photos=…)`` call: every photo lands in one revision, or none does. A
record not saved yet gets no revision: ``Records.stage_photos`` stores the photos, and its first
save attaches them (nothing is saved until the user says so). It
runs on a connection of its own (``Session.worker_vault``) so the GUI keeps reading meanwhile.
The progress drawn is the core's own (:class:`fieldkit.tasks.Progress`, phase "photos", in bytes
read while each photo is checked and then encrypted, so one large photo moves the bar), and
the worker's Cancel flag is the core's cancel check, polled between photos and while each
original is encrypted. A rolled-back import can leave the encrypted files of the photos it had
finished (their rows vanish with the rollback): they are removed here, right away.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit.errors import FieldKitError
from fieldkit.gui.session import Session
from fieldkit.records.drafts import NewRecordDraft
from fieldkit.records.photo_errors import PhotoError
from fieldkit.records.service import PhotoInput, Records, RecordView
from fieldkit.tasks import ProgressSink
from fieldkit.vault.database import DatabaseError

# Only one import at a time: cleaning up after a cancelled one removes every media file
# without a committed row, which would include another import's file still being written.
_one_at_a_time = threading.Lock()
# Bundle imports write photos too, and clean up the same way: they take the same lock.
media_writer_lock = _one_at_a_time


class ImportBusyError(FieldKitError):
    default_hint = "Wait until the other photos are added, then try again."


@dataclass
class PhotosAdded:
    view: RecordView | None  # the record after the import (None: a record not saved yet)
    refused: list[tuple[PhotoInput, PhotoError]]  # photos that could not be read, and why
    staged: list[dict[str, Any]] = field(default_factory=list)  # for a record not saved yet


def import_photos(
    session: Session,
    record_id: str | None,
    photos: Sequence[PhotoInput],
    progress: ProgressSink,
    cancel: Callable[[], bool],
    draft: NewRecordDraft | None = None,
) -> PhotosAdded:
    """Attach the readable ``photos`` to the record, in one revision; the others are listed
    with their reasons (a mixed selection must not lose the good photos). With no
    ``record_id`` (a record not saved yet) they are only stored, and listed in ``staged``,
    and written into the editor's ``draft`` with them (a crash then leaves a draft to reopen).
    Raises CancelledError (nothing added)."""
    if not _one_at_a_time.acquire(blocking=False):
        raise ImportBusyError("Photos are already being added in another window.")
    try:
        refused: list[tuple[PhotoInput, PhotoError]] = []
        with session.worker_vault() as vault:
            try:
                if record_id is None:
                    staged = Records(vault).stage_photos(
                        list(photos),
                        cancel=cancel,
                        progress=progress,
                        refused=refused,
                        draft=draft,
                    )
                    return PhotosAdded(None, refused, staged)
                view = Records(vault).edit(
                    record_id,
                    {},
                    add_photos=list(photos),
                    cancel=cancel,
                    progress=progress,
                    refused_photos=refused,
                )
            except BaseException:
                with contextlib.suppress(DatabaseError, FieldKitError, OSError):
                    vault.media.remove_orphans(vault.db)
                raise
        return PhotosAdded(view, refused)
    finally:
        _one_at_a_time.release()
