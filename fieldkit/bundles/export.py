"""Exporting signed, encrypted bundles (SPEC §7).

`export_bundles` is long work in the STYLE sense: a plain function with `progress` and `cancel`
that the CLI and the GUI both run. It chooses what goes out (:mod:`.selection`), splits it into
parts under ``--max-size`` (:mod:`.parts`), writes each part's file (:mod:`.writer`), renames
the finished files into place and records in the vault what went to whom, so the next delta
carries only what is new for this stream. Who a bundle is encrypted to is :mod:`.recipients`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from fieldkit.canonical_json import canonical_json
from fieldkit.clock import now as _now
from fieldkit.errors import DiskFullError
from fieldkit.fsutil import storage_error
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, grouped, message
from fieldkit.identity import own
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

from . import layout as L
from .parts import DEFAULT_MAX_SIZE, PartFiles, split_parts
from .recipients import Recipient, resolve_recipients
from .selection import (
    Item,
    Photo,
    author_cards,
    photo_catalogue,
    photos_not_to_send,
    resolve_leave_out,
    revisions_carrying,
    select_items,
    stream_for,
)
from .writer import BundleContent, Part, vault_content, write_bundle
from .zip_writer import StreamingOutput

log = logging.getLogger(__name__)

# SQLite's page cache while exporting (KiB): see page_cache.
EXPORT_CACHE_KIB = 16 * 1024
WRITE = "write"
WRITING = QT_TRANSLATE_NOOP("progress", "Writing the bundle")
CANCELLED = QT_TRANSLATE_NOOP("errors", "Export cancelled; no bundle was written.")


@dataclass
class ExportOptions:
    recipients: Sequence[Recipient] | None = None  # None: every verified coordinator
    plain: bool = False
    mode: str = "delta"  # delta | since_last | full | unsent (delta minus this stream's)
    redact_locations: bool = False
    max_size: int = DEFAULT_MAX_SIZE
    # Hash prefixes (8+ hex characters) of photos to leave out of this export; the recipients
    # are then not known to hold them, so a later export sends them.
    leave_out_photos: Sequence[str] = ()


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    bundle_id: str
    sequence: int
    size: int
    revisions: int
    records: int
    photos: int
    file_sha256: str


@dataclass
class ExportResult:
    bundles: list[ExportedBundle]
    stream: str
    kind: str
    recipients: list[Recipient]
    encrypted: bool
    nothing_new: bool = False
    warnings: list[str] = field(default_factory=list)


@contextlib.contextmanager
def page_cache(db: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache set to ``kib`` KiB for a while, then as it was.

    An export reads every revision once, front to back: a cache as large as the vault's usual
    one (fieldkit.vault.database) would only fill up with pages read once, and at a million
    revisions it is a quarter of the export's peak memory. An import, the other way round,
    inserts into a dozen indexes at random places: there a larger cache saves reading (and
    decrypting) the same pages again and again (fieldkit.bundles.importer).
    """
    (before,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


@dataclass
class StreamTip:
    """Where this vault's stream to some recipients stands: the last bundle sent on it, which
    the next part chains to (both the vault's and the archive's exports number parts so)."""

    stream: str
    epoch: str
    sequence: int = 0
    previous_id: str | None = None
    previous_tag: str | None = None

    @classmethod
    def read(cls, db: Connection, stream: str, epoch: str) -> StreamTip:
        last = db.execute(
            "SELECT bundle_id, sequence, tagmanifest_sha256 FROM sent_bundles "
            "WHERE stream_id = ? AND epoch = ? ORDER BY sequence DESC LIMIT 1",
            (stream, epoch),
        ).fetchone()
        if last is None:
            return cls(stream, epoch)
        return cls(stream, epoch, int(last[1]), last[0], last[2])

    def next_header(self, sender: str, kind: str, encrypted: bool) -> L.BundleHeader:
        """The header of the next part, chained to the one before it."""
        self.sequence += 1
        return L.BundleHeader(
            bundle_id=L.new_bundle_id(),
            sender=sender,
            stream=self.stream,
            epoch=self.epoch,
            sequence=self.sequence,
            previous_bundle=self.previous_id,
            previous_tagmanifest_sha256=self.previous_tag,
            kind=kind,
            encrypted=encrypted,
        )

    def written(self, header: L.BundleHeader, tag_sha: str) -> None:
        self.previous_id, self.previous_tag = header.bundle_id, tag_sha


def record_sent(
    tx: Connection,
    tip: StreamTip,
    bundle: ExportedBundle,
    kind: str,
    tag_sha: str,
    recipients: Sequence[Recipient],
    actor: str,
) -> None:
    """Remember ``bundle`` as sent on ``tip``'s stream (the chain the next export continues)
    and audit it; the caller holds the transaction that records the whole export."""
    tx.execute(
        "INSERT INTO sent_bundles (bundle_id, stream_id, epoch, sequence, kind, "
        "tagmanifest_sha256, file_sha256, revisions, photos, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bundle.bundle_id,
            tip.stream,
            tip.epoch,
            bundle.sequence,
            kind,
            tag_sha,
            bundle.file_sha256,
            bundle.revisions,
            bundle.photos,
            _now(),
        ),
    )
    audit.record(
        tx,
        "exported",
        {
            "bundle": bundle.bundle_id,
            "recipients": [r.key for r in recipients],
            "kind": kind,
            "sequence": bundle.sequence,
            "revisions": bundle.revisions,
            "photos": bundle.photos,
        },
        actor=actor,
    )


def export_bundles(
    vault: Vault,
    output: Path,
    options: ExportOptions,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Export bundles to ``output`` (split into ``stem.partNofM.fkb`` if over max_size).

    Long work in the task contract: ``progress`` gets phase "write" (bytes written of the
    estimated total), ``cancel`` is polled between chunks. Raises NoRecipientsError,
    DiskFullError/StorageError, CancelledError — and whatever stops it, nothing is left: the
    parts it had finished are removed again, as is the partial file of the part it was writing.
    """
    files = PartFiles(Path(output))
    with files.writing(), page_cache(vault.db, EXPORT_CACHE_KIB):
        return _export_bundles(vault, files, options, progress, cancel)


def _check_room(files: PartFiles, total: int) -> None:
    """Refuse before writing anything when the target's disk cannot hold the export. An export
    to a 5 MB stick wrote until the disk was full, then said so without saying how much room
    it needed, so a tired user could not tell whether a larger stick would do (r12 trial #14).
    ``total`` is the bundle bytes without the encryption's overhead (about 0.03 %): 1 % and
    1 MB more are asked for. A disk that will not say how much is free is simply written to."""
    folder = files.output.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    needed = total + total // 100 + (1 << 20)
    if free >= needed:
        return
    raise DiskFullError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This export needs about {needed} MB and {folder} has {free} MB free; nothing was "
            "written.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Free some space or choose another disk (a larger USB stick), then export again.",
        ),
        needed=grouped(-(-needed // 1_000_000)),
        free=grouped(free // 1_000_000),
        folder=str(folder),
    )


def write_part_file(
    files: PartFiles,
    index: int,
    count: int,
    identity: own.OwnIdentity,
    content: BundleContent,
    tick: Callable[[int], None],
) -> tuple[ExportedBundle, str]:
    """Write part ``index`` of ``count`` (:func:`write_bundle`), durably but under a hidden
    name until the export is recorded (:class:`PartFiles`); returns the bundle as exported and
    its tag manifest's SHA-256."""
    path = files.path(index, count)
    pending = files.create(path)
    fh = pending.file
    try:
        # Written front to back (no seeking back), so the file's SHA-256 is computed as it is
        # written, on the hashing thread, instead of reading the file again.
        hashed = StreamingOutput(fh)
        try:
            out = cast(BinaryIO, hashed)  # BundleZipWriter takes it as it is
            tag_sha, _ = write_bundle(out, identity, content, tick)
            file_sha = hashed.hexdigest()
        finally:
            hashed.close()
        fh.flush()
        size = fh.tell()
    except OSError as exc:
        raise storage_error(exc, str(path)) from exc
    pending.finish()
    header = content.header
    bundle = ExportedBundle(
        path,
        header.bundle_id,
        header.sequence,
        size,
        content.revisions,
        content.records,
        len(content.photos),
        file_sha,
    )
    return bundle, tag_sha


def audit_lines_to_send(db: Connection, identity: own.OwnIdentity) -> list[bytes]:
    """The audit lines every part carries: the vault's audit events, then the revocation
    notices it passes on."""
    from fieldkit.identity.revocation import notices_to_send

    return [
        canonical_json({"type": "audit", "event": e.to_json()}) for e in audit.events(db)
    ] + notices_to_send(db, identity)


def every_part_sizes(cards: list[dict[str, Any]], audit_lines: list[bytes]) -> tuple[int, int]:
    """What the cards and the audit lines, which every part carries besides its items (see
    records_size), weigh: (the room the split keeps free in each part for them and the bundle's
    other files, the bytes each part writes of them)."""
    base = 64 * 1024 + sum(len(json.dumps(c)) for c in cards) + sum(len(x) for x in audit_lines)
    per_part = sum(len(canonical_json({"type": "card", "card": c})) + 1 for c in cards) + sum(
        len(x) + 1 for x in audit_lines
    )
    return base, per_part


def _export_bundles(
    vault: Vault,
    files: PartFiles,
    options: ExportOptions,
    progress: ProgressSink | None,
    cancel: CancelCheck | None,
) -> ExportResult:
    db = vault.db
    identity = own.load(db)
    recipients = list(options.recipients) if options.recipients is not None else []
    if options.recipients is None and not options.plain:
        recipients = resolve_recipients(vault, [], False)
    if options.plain:
        recipients = []
    encrypted = not options.plain
    kind = (
        "snapshot" if options.redact_locations else ("full" if options.mode == "full" else "delta")
    )
    with vault.transaction():
        stream = stream_for(db, recipients, options.plain)
    epoch = vault.epoch
    items, authors = select_items(db, stream, options.mode, options.redact_locations, recipients)
    result = ExportResult([], stream, kind, recipients, encrypted)
    catalogue = photo_catalogue(db)
    ours = set(catalogue)
    mode = "full" if options.redact_locations else options.mode
    skip = photos_not_to_send(db, stream, recipients, mode, ours)
    referenced = {h for item in items for h in item.photos}
    # Photos the recipients are not known to hold, though they hold every revision that refers
    # to them: they go again, with one of those revisions (never only "until sent once").
    extra = set() if mode == "full" else ours - skip - referenced
    carried = (referenced & ours) - skip | extra
    left_out = resolve_leave_out(options.leave_out_photos, carried)
    if left_out and options.redact_locations:
        items, authors = select_items(
            db, stream, options.mode, True, recipients, frozenset(left_out)
        )
    extra -= left_out
    if extra:
        chosen = {i.rev_id for i in items}
        more, found = revisions_carrying(db, extra, authors)
        items += [i for i in more if i.rev_id not in chosen]
        extra &= found
    # An otherwise empty bundle still goes out when it acknowledges bundles that carried
    # revisions (so the sender learns we hold them); acknowledging an acknowledgement-only
    # bundle would make two vaults ping-pong forever.
    pending_acks = db.execute(
        "SELECT count(*) FROM received_bundles r WHERE r.new_revisions + r.duplicates > 0 "
        "AND NOT EXISTS (SELECT 1 FROM sent_acknowledgements a WHERE a.stream_id = ? "
        "AND a.bundle_id = r.bundle_id)",
        (stream,),
    ).fetchone()[0]
    # Sync receipts carry acknowledgements, so "unsent" never writes acknowledgement-only bundles.
    if not items and kind == "delta" and (not pending_acks or options.mode == "unsent"):
        result.nothing_new = True
        return result
    hashes = {h for item in items for h in item.photos}
    photos = {h: catalogue[h] for h in hashes if h in catalogue}
    missing = hashes - set(photos)
    if missing:
        result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "{count} photo(s) are not in this vault and were left out."
                ),
                count=len(missing),
            )
        )
    if left_out:
        result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} photo(s) left out as asked ({hashes}); a later export sends them.",
                ),
                count=len(left_out),
                hashes=", ".join(sorted(h[:12] for h in left_out)),
            )
        )
    already_sent = skip | left_out
    cards = author_cards(db, identity, authors)
    audit_lines = audit_lines_to_send(db, identity)
    base, per_part = every_part_sizes(cards, audit_lines)
    parts = split_parts(items, photos, already_sent, options.max_size, base)
    total = (
        sum(i.size for i in items)
        + sum(p.size for _, ps in parts for p in ps)
        + per_part * len(parts)
    )
    _check_room(files, total)
    reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)
    # An estimate (the encryption's overhead is not counted): Reporter caps it at the total.
    reporter.start(WRITE, total, Text("progress", WRITING))

    def tick(n: int) -> None:
        reporter.step(n)
        reporter.check()

    tip = StreamTip.read(db, stream, epoch)
    written: list[tuple[ExportedBundle, L.BundleHeader, list[Item], list[Photo], str]] = []
    for index, (part_items, part_photos) in enumerate(parts, start=1):
        header = tip.next_header(identity.fingerprint, kind, encrypted)
        part = Part(
            header,
            part_items,
            part_photos,
            cards,
            audit_lines,
            recipients,
            options.redact_locations,
        )
        content = vault_content(vault, part)
        bundle, tag_sha = write_part_file(files, index, len(parts), identity, content, tick)
        written.append((bundle, header, part_items, part_photos, tag_sha))
        tip.written(header, tag_sha)
    # Remember what went where, so the next delta carries only what is new for this stream.
    with files.recording(vault) as tx:
        for bundle, _header, part_items, part_photos, tag_sha in written:
            record_sent(tx, tip, bundle, kind, tag_sha, recipients, identity.fingerprint)
            tx.execute(
                "INSERT OR IGNORE INTO sent_acknowledgements (stream_id, bundle_id) "
                "SELECT ?, bundle_id FROM received_bundles",
                (stream,),
            )
            if kind != "snapshot":
                # Every bundle's own content: whichever of them is acknowledged (an earlier
                # one may be lost for good) says what the recipients hold.
                # A generator: a million revisions are not queued as a million tuples.
                tx.executemany(
                    "INSERT OR IGNORE INTO sent_revisions (stream_id, rev_id, bundle_id) "
                    "VALUES (?, ?, ?)",
                    ((stream, i.rev_id, bundle.bundle_id) for i in part_items if i.rev_id),
                )
                tx.executemany(
                    "INSERT OR IGNORE INTO sent_photos (stream_id, sha256, bundle_id) "
                    "VALUES (?, ?, ?)",
                    [(stream, p.sha256, bundle.bundle_id) for p in part_photos],
                )
    reporter.finish()
    result.bundles = [w[0] for w in written]
    log.info("exported %d bundle(s), kind %s", len(written), kind)
    return result


__all__ = [
    "ExportOptions",
    "ExportResult",
    "ExportedBundle",
    "Recipient",
    "StreamTip",
    "audit_lines_to_send",
    "every_part_sizes",
    "export_bundles",
    "page_cache",
    "record_sent",
    "write_part_file",
]
