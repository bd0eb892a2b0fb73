"""The outbox: bundles exported for sync, kept in the vault's ``outbox/`` folder.

Bundles there are already signed and encrypted (to their recipients and this vault), so they
may live beside the encrypted database. A bundle stays until every recipient of its stream has
acknowledged it (through a receipt or a bundle of theirs), however many times a target is lost,
reformatted or cleaned by someone else: it is simply delivered again.

Each sync exports only what its recipients are not known to hold *and* no earlier bundle of
their stream carried (export mode ``unsent``): what is pending is already in the outbox.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fieldkit import fsutil
from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.clock import now as _now
from fieldkit.errors import FieldKitError
from fieldkit.tasks import ProgressSink
from fieldkit.vault.vault import Vault

from . import layout

log = logging.getLogger(__name__)

FOLDER = "outbox"


@dataclass(frozen=True)
class OutboxBundle:
    bundle_id: str
    stream_id: str
    path: Path
    file_sha256: str
    size: int
    revisions: int
    photos: int
    created_at: str

    @property
    def file_name(self) -> str:
        return self.path.name


def folder_of(vault: Vault) -> Path:
    return vault.path / FOLDER


_COLUMNS = "bundle_id, stream_id, file_name, file_sha256, size, revisions, photos, created_at"


def _from_row(vault: Vault, row: tuple[object, ...]) -> OutboxBundle:
    return OutboxBundle(
        bundle_id=str(row[0]),
        stream_id=str(row[1]),
        path=folder_of(vault) / str(row[2]),
        file_sha256=str(row[3]),
        size=int(str(row[4])),
        revisions=int(str(row[5])),
        photos=int(str(row[6])),
        created_at=str(row[7]),
    )


def pending(vault: Vault, stream: str | None = None) -> list[OutboxBundle]:
    """Bundles not yet acknowledged by every recipient (of one stream, if given), oldest first."""
    query = f"SELECT {_COLUMNS} FROM sync_outbox WHERE acknowledged_at IS NULL"  # noqa: S608
    args: tuple[str, ...] = ()
    if stream is not None:
        query += " AND stream_id = ?"
        args = (stream,)
    rows = vault.db.execute(query + " ORDER BY created_at, rowid", args)
    return [_from_row(vault, tuple(r)) for r in rows]


def _adopt(vault: Vault, path: Path) -> bool:
    """A bundle file whose export committed but was not entered here (crash): enter it."""
    from fieldkit.bundles.safe_zip import SafeZip

    try:
        with SafeZip(path) as zf:
            bundle_id = zf.top_folder
    except (OSError, FieldKitError):
        return False
    row = vault.db.execute(
        "SELECT stream_id, epoch, sequence, file_sha256, revisions, photos, created_at "
        "FROM sent_bundles WHERE bundle_id = ?",
        (bundle_id,),
    ).fetchone()
    if row is None:
        return False
    stream, epoch, sequence, sha, revisions, photos, created = row
    name = layout.bundle_file_name(str(stream), str(epoch), int(sequence), bundle_id)
    if path.name != name:
        os.replace(path, folder_of(vault) / name)
    with vault.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO sync_outbox (bundle_id, stream_id, file_name, file_sha256, "
            "size, revisions, photos, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bundle_id,
                stream,
                name,
                sha,
                (folder_of(vault) / name).stat().st_size,
                revisions,
                photos,
                created,
            ),
        )
    return True


def tidy(vault: Vault) -> int:
    """Finish what a crash interrupted: temporary files go, committed exports are entered.

    Returns how many files were removed. Only the outbox folder (FieldKit's own) is touched.
    """
    folder = folder_of(vault)
    if not folder.is_dir():
        return 0
    removed = fsutil.remove_stale_temp_files(folder)
    rows = vault.db.execute("SELECT file_name, acknowledged_at FROM sync_outbox").fetchall()
    waiting = {str(r[0]) for r in rows if r[1] is None}
    settled = {str(r[0]) for r in rows if r[1] is not None}
    for entry in sorted(folder.iterdir()):
        if entry.name in waiting or not entry.is_file():
            continue
        if entry.name in settled:  # acknowledged, but a crash kept the file
            entry.unlink(missing_ok=True)
            removed += 1
            continue
        if not _adopt(vault, entry):
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


def export_for(
    vault: Vault,
    recipients: list[Recipient],
    progress: ProgressSink | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[OutboxBundle]:
    """Export what is new for ``recipients`` into the outbox; [] when nothing changed.

    Raises DiskFullError/StorageError (the vault's own disk) and CancelledError (nothing kept).
    """
    folder = folder_of(vault)
    fsutil.make_private_dir(folder)
    staging = folder / f"export-{secrets.token_hex(8)}.fkb"
    result = export_bundles(
        vault, staging, ExportOptions(recipients=recipients, mode="unsent"), progress, cancel
    )
    if result.nothing_new:
        return []
    epoch = vault.epoch
    made: list[OutboxBundle] = []
    for bundle in result.bundles:
        name = layout.bundle_file_name(result.stream, epoch, bundle.sequence, bundle.bundle_id)
        # The export has committed: from here a crash leaves a file that tidy() adopts.
        os.replace(bundle.path, folder / name)
        made.append(
            OutboxBundle(
                bundle_id=bundle.bundle_id,
                stream_id=result.stream,
                path=folder / name,
                file_sha256=bundle.file_sha256,
                size=bundle.size,
                revisions=bundle.revisions,
                photos=bundle.photos,
                created_at=_now(),
            )
        )
    fsutil.fsync_dir(folder)
    with vault.transaction() as db:
        db.executemany(
            "INSERT INTO sync_outbox (bundle_id, stream_id, file_name, file_sha256, size, "
            "revisions, photos, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    b.bundle_id,
                    b.stream_id,
                    b.file_name,
                    b.file_sha256,
                    b.size,
                    b.revisions,
                    b.photos,
                    b.created_at,
                )
                for b in made
            ],
        )
    log.info("sync outbox: %d new bundle(s)", len(made))
    return made


def recipients_of_stream(vault: Vault, stream: str) -> list[str]:
    row = vault.db.execute(
        "SELECT recipients FROM streams WHERE stream_id = ?", (stream,)
    ).fetchone()
    return [] if row is None else [str(k) for k in json.loads(str(row[0]))]


def settle(vault: Vault) -> list[str]:
    """Bundles every recipient has now acknowledged: mark them, and drop them from the outbox.

    Returns their ids. Their copies on targets are removed by the next sync of each target.
    """
    done: list[str] = []
    for bundle in pending(vault):
        keys = recipients_of_stream(vault, bundle.stream_id)
        if not keys:
            continue
        acked = {
            r[0]
            for r in vault.db.execute(
                "SELECT peer FROM acknowledgements WHERE bundle_id = ?", (bundle.bundle_id,)
            )
        }
        if set(keys) <= acked:
            done.append(bundle.bundle_id)
    if not done:
        return done
    names = {b.bundle_id: b.file_name for b in pending(vault)}
    with vault.transaction() as db:
        db.executemany(
            "UPDATE sync_outbox SET acknowledged_at = ? WHERE bundle_id = ?",
            [(_now(), b) for b in done],
        )
    for bundle_id in done:
        (folder_of(vault) / names[bundle_id]).unlink(missing_ok=True)
    return done
