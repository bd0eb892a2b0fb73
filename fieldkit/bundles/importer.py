"""Importing bundles: verify first, then merge everything in ONE transaction (SPEC §5, §7).

Import is a set union of signed revisions: importing a bundle twice, or bundles in any order,
gives the same vault. A bundle is refused whole (nothing written) when it fails verification,
comes from an untrusted signer (unless accepted), a revoked signer, or is a redacted snapshot.
Streams are tracked per (sender, stream, epoch) to report gaps and forks.

Import is long work in the task contract (:mod:`fieldkit.tasks`): ``progress`` gets a
:class:`~fieldkit.tasks.Progress` for each phase
("verify": bytes of the file, "merge": lines of records.ndjson, "photos": photos stored) from 0
to its total, never backwards, and ``cancel`` is polled during the verification, between lines
of the merge, between photos and once more before the commit. A cancel raises CancelledError
and rolls the one transaction back, so the vault is exactly as before (photo files the merge
had written are removed too).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from fieldkit.clock import now as _now
from fieldkit.errors import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_UNTRUSTED,
    CancelledError,
    CorruptFileError,
    FieldKitError,
    StorageError,
)
from fieldkit.fsutil import sha256_file
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, message
from fieldkit.identity import own
from fieldkit.identity.card import parse_carried_card
from fieldkit.identity.own import verify_signature
from fieldkit.records import custody_handovers
from fieldkit.records import custody_queries as C
from fieldkit.records import fields as F
from fieldkit.records.custody_chain import deferred
from fieldkit.records.custody_derive import party_field
from fieldkit.records.revision import DAY_MS, HybridClock, Revision, parse_hlc
from fieldkit.records.revision_store import (
    HLC_META,
    FreshRows,
    fresh_rows,
    insert_fresh_rows,
    store_revision,
)
from fieldkit.tasks import CancelCheck, ProgressSink, Reporter
from fieldkit.vault import audit
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

from . import gaps
from .export import page_cache
from .import_checks import check_records, same_id_other_content
from .layout import BundleHeader
from .safe_zip import SafeZip
from .verify import (
    CHECKING,
    VerifyReport,
    invalid_signature,
    records_lines,
    revision_of_line,
    verify_bundle,
)

log = logging.getLogger(__name__)

HASH, VERIFY, MERGE, PHOTOS = "hash", "verify", "merge", "photos"
MERGING = QT_TRANSLATE_NOOP("progress", "Merging the records")
STORING_PHOTOS = QT_TRANSLATE_NOOP("progress", "Storing the photos")
OWN_BUNDLE = QT_TRANSLATE_NOOP(
    "errors", "This bundle was written by this vault; there is nothing to import."
)
CANCELLED = QT_TRANSLATE_NOOP(
    "errors", "The import was cancelled; nothing from this bundle was kept."
)
# An object or container deleted on another laptop while packed here (r13 review #7), named
# in the import's summary with what to do: the custody views' words (DELETED_INSIDE).
DELETED_WHILE_PACKED = QT_TRANSLATE_NOOP(
    "errors",
    "{number} in {container}: deleted on another laptop while packed here — restore or take "
    "out of the container.",
)
# Lines merged between two progress reports and cancel checks: often enough for a smooth bar
# and a prompt Cancel, rarely enough to cost nothing next to the INSERTs of a line.
_MERGE_STEP = 64
# Revisions stored together (_store_revisions): a few statements per chunk instead of ~9 per
# revision. Under SQLite's limit of bound variables, small enough to hold in memory.
_STORE_CHUNK = 500
# SQLite's page cache during the merge (KiB; the vault's usual one is 128 MiB): the floor, and
# all that a small vault gets. A larger one did not pay there: importing 100,000 records into a
# new vault took 28.1 s with 128 MiB against 28.7 s with 256 MiB, while 256 MiB raised the peak
# memory of a 2 GB bundle to 356 MB, over SPEC §13's 300 MB (219 MB with 128 MiB; 2026-12-06).
IMPORT_CACHE_KIB = 128 * 1024
# A large vault gets more, up to this. 100,000 new records put about five entries on every leaf
# page of each index keyed by a random id or text (rev_id, record_id, (record_id, hlc), title,
# inventory number and sort key, object_id, observed_at): about 500 MB of pages at a million
# records (estimated from their entries' sizes; the WAL of such an import holds 925 MB of
# distinct pages). Each visit to a page the cache has evicted reads and decrypts it, and it is
# encrypted and written to the WAL again: their share of the cache is what the merge's writer
# spends its time on. Its CPU: 29.5 s with 128 MiB, 23.4 s with 256 MiB, 18.6 s with 384 MiB
# (100,000 records into 1,000,000, one after the other under load; 2026-12-06). An earlier
# try at 1,000,000, before the merge had its writer thread, saw no gain from 256 MiB.
# Bounded by SPEC §13's 500 MB for a coordinator's million records: 384 MiB peaked at 546 MB,
# 320 MiB at 470 MB (benchmarks/coordinator_scale.py --import-only).
IMPORT_CACHE_MAX_KIB = 320 * 1024
# Bytes of database per byte of that cache: those indexes are about a tenth of a large vault's
# database (the rest is mostly the revisions' and the view's rows, which an import only adds
# to at their end), so a 16th gives the cache about half of them; a vault of 2 GB or less keeps
# the floor.
DATABASE_PER_CACHE = 16


def import_cache_kib(db: Connection) -> int:
    """The merge's page cache in KiB: a 16th of the database in use, within the bounds above."""
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    (free,) = db.execute("PRAGMA freelist_count").fetchone()
    (page_size,) = db.execute("PRAGMA page_size").fetchone()
    kib = (int(pages) - int(free)) * int(page_size) // 1024 // DATABASE_PER_CACHE
    return min(IMPORT_CACHE_MAX_KIB, max(IMPORT_CACHE_KIB, kib))


@dataclass
class ImportResult:
    file: str
    bundle_id: str | None = None
    sender: str | None = None
    new_revisions: int = 0
    duplicates: int = 0
    conflicts: int = 0
    new_photos: int = 0
    refused: str | None = None
    untrusted: bool = False
    # The records counted in ``conflicts`` (not in --json): a run of several bundles that
    # touch one record counts it once (r11 UI trial #7: the summary said 3 where 2 were).
    conflict_ids: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    forks: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_revisions: int = 0
    # Objects and containers this bundle deleted while a container here still holds them (the
    # signed merge is kept): {"record_id", "inventory_number", "container"}, by number.
    deleted_while_packed: list[dict[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.refused is not None:
            return EXIT_UNTRUSTED if self.untrusted else EXIT_FAILURE
        return EXIT_OK

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "new_revisions": self.new_revisions,
            "duplicates": self.duplicates,
            "conflicts": self.conflicts,
            "new_photos": self.new_photos,
            "refused": self.refused,
            "gaps": self.gaps,
            "forks": self.forks,
            "warnings": self.warnings,
            "skipped_revisions": self.skipped_revisions,
            "deleted_while_packed": self.deleted_while_packed,
        }

    def deleted_while_packed_lines(self) -> list[Text]:
        """One line per object deleted on another laptop while packed here: which, where,
        and what to do, in the custody views' words (the crate and the check-in say it too)."""
        return [
            message(
                DELETED_WHILE_PACKED,
                number=item["inventory_number"] or item["record_id"][:8],
                container=item["container"],
            )
            for item in self.deleted_while_packed
        ]


def _refusal(report: VerifyReport, accept_untrusted: bool) -> tuple[str | None, bool]:
    if report.errors:
        return report.errors[0], False
    if report.kind == "snapshot":
        return (
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This is a redacted snapshot: it is for reading and verifying, never for "
                    "merging.",
                )
            ),
            False,
        )
    if not report.content_inspected:
        if report.encrypted:
            return (
                message(
                    QT_TRANSLATE_NOOP("errors", "This vault is not one of the bundle's recipients.")
                ),
                False,
            )
        return message(
            QT_TRANSLATE_NOOP("errors", "The bundle's content could not be checked.")
        ), False
    if not report.signer.trusted and not accept_untrusted:
        return (
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle is signed by an untrusted or unknown key; check the fingerprint "
                    "with the sender and trust their card, or import with --accept-untrusted.",
                )
            ),
            True,
        )
    return None, False


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    accept_untrusted: bool = False,
    progress: ProgressSink | None = None,
    cancel: CancelCheck | None = None,
    now_ms: Callable[[], int] | None = None,
    raise_read_errors: bool = False,
) -> ImportResult:
    """Verify and merge one bundle. Never raises for a bad bundle: `refused` says why.

    Raises CancelledError when ``cancel`` says so before the commit; nothing is kept then.
    ``raise_read_errors``: an OSError reading the bundle file is raised instead of refusing
    the bundle — a sync retries it later (a drive's passing read error is not the bundle's
    fault), where a person importing one file is told it cannot be read.
    """
    result = ImportResult(file=str(path))
    reporter = Reporter(progress, cancel, cancelled_message=CANCELLED)
    # The very same file imported before (same SHA-256): it was verified and merged whole then,
    # so there is nothing new and nothing to change. This makes re-imports cheap.
    try:
        file_sha = _file_digest(path, reporter)
    except OSError:
        if raise_read_errors:
            raise
        result.refused = message(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be read."), file=Path(path).name
        )
        return result
    seen = vault.db.execute(
        "SELECT bundle_id, sender, stream, epoch, new_revisions + duplicates "
        "FROM received_bundles WHERE file_sha256 = ?",
        (file_sha,),
    ).fetchone()
    if seen is not None:
        result.bundle_id, result.sender = seen[0], seen[1]
        result.duplicates = int(seen[4])
        result.gaps = stream_gaps(vault.db, seen[1], seen[2], seen[3])
        return result
    # The verify phase is reported by verify_bundle itself (phase "verify", bytes of the file).
    report = verify_bundle(
        path,
        vault=vault,
        progress=progress,
        cancel=cancel,
        keep_content=True,
        raise_read_errors=raise_read_errors,
        revisions_later=True,  # checked as they are merged (_merge_line)
    )
    result.bundle_id = report.bundle_id
    result.sender = report.signer.fingerprint
    refusal, untrusted = _refusal(report, accept_untrusted)
    if refusal is not None:
        result.refused, result.untrusted = refusal, untrusted
        return result
    header = report.header
    if header is None or report.revocations is None or report.inner is None:
        raise RuntimeError("verified content is missing")
    db = vault.db
    me = own.load(db)
    if header.sender == me.fingerprint:
        result.refused = message(OWN_BUNDLE)
        return result
    result.refused = same_id_other_content(vault, header, report.tagmanifest_sha256)
    if result.refused is not None:
        return result
    if db.execute(
        "SELECT 1 FROM received_bundles WHERE bundle_id = ?", (header.bundle_id,)
    ).fetchone():
        # Imported before, whole (one transaction): nothing can be new, and nothing changes.
        result.duplicates = report.counts.get("revisions", 0)
        result.gaps = stream_gaps(db, header.sender, header.stream, header.epoch)
        return result
    written: list[str] = []  # media files this merge stored: removed again if it rolls back
    try:
        # The WAL it leaves (925 MB for 100,000 records into 1,000,000) is copied into the
        # database after the import ends, in the background, instead of inside its COMMIT.
        with (
            vault.checkpoint_after(),
            page_cache(vault.db, import_cache_kib(vault.db)),
            vault.transaction() as tx,
            _search_merges_put_off(tx),
        ):
            _merge(vault, tx, me, path, report, result, now_ms, reporter, written)
            reporter.check()  # the last safe point: after the commit the bundle is in, whole
    except BaseException as exc:
        # Rolled back: no row refers to these files any more (and each was new to this vault).
        # Committed (a second Ctrl+C right after the COMMIT): the rows are kept, so are they.
        for name in [] if vault.committed else written:
            with contextlib.suppress(OSError):
                vault.media.path_of(name).unlink()
        # The vault's own storage failing (a full disk, a read-only or pulled drive) is not the
        # bundle's fault: raised, so a sync keeps the file for the next try instead of
        # quarantining a good bundle as refused.
        if isinstance(exc, CancelledError | StorageError) or not isinstance(exc, FieldKitError):
            raise
        result.refused = from_error(exc)
        result.new_revisions = result.duplicates = result.new_photos = 0
    return result


# FTS5 merges the search index's segments as it writes them (its "automerge": after each
# flush of new rows, merge work in proportion to the pages just written times the index's
# levels). In an import that work went into merging the vault's old segments with the new ones
# page by page: 100,000 records into 1,000,000 wrote 22,900 pages of search index for about
# 5,800 pages of new entries, and the pages those merges freed were read back (decrypted)
# before the revisions' and view's rows reused them: 12,000 reads. The import turns automerge
# off for its transaction: 176,000 page reads and 295,000 page writes became 143,000 and
# 264,000 (strace of the import's pread64/pwrite64 per B-tree, 2026-12-06). FTS5 still merges a
# level that reaches 16 segments ("crisismerge"), and later edits merge as before; until then
# a search looks up a few more segments (19 after such an import with automerge, 32 without).
_SEARCH_AUTOMERGE_DEFAULT = 4  # FTS5's own default


@contextlib.contextmanager
def _search_merges_put_off(db: Connection) -> Iterator[None]:
    """No FTS5 automerge on ``db`` within (its transaction); then the setting as it was.

    Raised out of, nothing is restored here: the transaction rolls back, the setting with it
    (FTS5 reloads its settings when it sees the index's cookie change back)."""
    row = db.execute("SELECT v FROM records_search_config WHERE k = 'automerge'").fetchone()
    # main.records_search: a command to FTS5, told apart (in traces too) from the statements
    # that write the search rows.
    db.execute("INSERT INTO main.records_search (records_search, rank) VALUES ('automerge', 0)")
    yield
    db.execute(
        "INSERT INTO main.records_search (records_search, rank) VALUES ('automerge', ?)",
        (_SEARCH_AUTOMERGE_DEFAULT if row is None else row[0],),
    )
    if row is None:
        # The default again, as no row: the vault's settings are the same as before.
        db.execute("DELETE FROM records_search_config WHERE k = 'automerge'")


# What sha256_file reads between two calls of its ``stop`` (fieldkit.fsutil): the hash phase's
# step, in bytes of the file.
_HASH_PIECE = 1 << 20


def _file_digest(path: Path, reporter: Reporter) -> str:
    """The SHA-256 of the bundle file, read whole before anything else (a re-import stops right
    after it): the phase "hash", in bytes of the file, that Cancel stops. Raises OSError."""
    size = Path(path).stat().st_size
    reporter.start(HASH, size, Text("progress", CHECKING))
    read = 0

    def piece_read() -> bool:
        nonlocal read
        read += _HASH_PIECE
        reporter.advance(read)
        return reporter.cancelled

    digest = sha256_file(path, stop=piece_read)
    reporter.check()  # stopped half-way, the digest is of a part of the file: never used
    reporter.finish()
    return digest


def _merge(
    vault: Vault,
    db: Connection,
    me: own.OwnIdentity,
    path: Path,
    report: VerifyReport,
    result: ImportResult,
    now_ms: Callable[[], int] | None,
    reporter: Reporter,
    written: list[str],
) -> None:
    header = report.header
    if header is None or report.revocations is None or report.inner is None:
        raise RuntimeError("verified content is missing")
    sender = header.sender
    already = db.execute(
        "SELECT 1 FROM received_bundles WHERE bundle_id = ?", (header.bundle_id,)
    ).fetchone()

    # Forks: another bundle already holds this place in the sender's stream.
    for (other,) in db.execute(
        "SELECT bundle_id FROM received_bundles WHERE sender = ? AND stream = ? AND epoch = ? "
        "AND sequence = ? AND bundle_id != ?",
        (sender, header.stream, header.epoch, header.sequence, header.bundle_id),
    ).fetchall():
        db.execute(
            "INSERT OR IGNORE INTO forks VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sender, header.stream, header.epoch, header.sequence, other, header.bundle_id, _now()),
        )
        result.forks.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Bundles {first} and {second} both claim sequence {sequence} of stream "
                    "{stream}.",
                ),
                first=other[:8],
                second=header.bundle_id[:8],
                sequence=header.sequence,
                stream=header.stream[:8],
            )
        )

    revoked = {
        row[0] for row in db.execute("SELECT fingerprint FROM trust WHERE revoked_at IS NOT NULL")
    }
    clock = HybridClock(vault.meta(HLC_META) or None, now_ms)
    limit_ms = clock.now_ms() + DAY_MS
    touched: set[str] = set()
    photos_needed: set[str] = set()
    # Revocation notices first: they apply to the revisions in this very bundle too.
    from fieldkit.identity.revocation import apply_notice

    for obj in report.revocations:
        revoked_now = apply_notice(db, obj, me.fingerprint)
        if revoked_now:
            revoked.add(revoked_now)
            result.warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A trusted coordinator revoked the key {key}; it is now revoked here too.",
                    ),
                    key=revoked_now[:16],
                )
            )
    # The verified records.ndjson, streamed again from the file: its hash is checked once more
    # after the last line (CorruptFileError, rolling this transaction back, if the file changed
    # since it was verified), so nothing unverified is ever committed.
    identities = [me.transport_key] if header.encrypted else []
    with (
        contextlib.ExitStack() as stack,
        SafeZip(path) as zf,
        contextlib.closing(
            records_lines(zf, header.bundle_id, identities, report.inner.get("records_sha256"))
        ) as lines,
    ):
        ctx = _MergeContext(
            header.bundle_id, sender, revoked, clock, limit_ms, result, touched, photos_needed
        )
        if report.revisions_unchecked:
            # Verification left the revision lines to this pass: each is checked here, and
            # its signature verified on the checker's threads, before its chunk is stored.
            card = parse_carried_card(json.dumps(report.inner["sender_card"]).encode())
            ctx.keys = {card.fingerprint: card.ed25519_public_key}
            stack.enter_context(_checker(ctx))
        # One line per card, revision, record, audit event and revocation, as verified.
        reporter.start(
            MERGE,
            sum(n for k, n in report.counts.items() if k != "photos"),
            Text("progress", MERGING),
        )
        # Where everything is (the chain of custody) is derived once, after the last line.
        stack.enter_context(deferred(db))
        stack.enter_context(_writer(ctx))  # left (waited for) before the custody replay
        try:
            for number, raw in lines:
                if number % _MERGE_STEP == 0:  # numbered from 1: number - 1 lines are taken in
                    reporter.check()
                    reporter.advance(number - 1)
                try:
                    _merge_line(db, json.loads(raw), ctx, number)
                except (ValueError, KeyError, TypeError):
                    # Verified a moment ago, so only a file changed since can get here.
                    raise CorruptFileError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "data/records.ndjson line {number} changed after it was verified.",
                        ),
                        number=number,
                    ) from None
            _store_revisions(db, ctx)  # the last chunk
            _wait_for_writer(ctx)
            check_records(db, ctx.touched)
        except FieldKitError as exc:
            if (
                ctx.checker is not None
                and not ctx.unverified
                and not isinstance(exc, CancelledError | StorageError)
            ):
                # A verify that checked every line first refused with the first problem of
                # the lines; the merge's own refusal (a forged acceptance) only comes after.
                _check_the_rest(ctx, lines, reporter)
            raise
        reporter.finish()
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (HLC_META, clock.last_text),
    )

    # Photos this vault does not hold yet, from the bundle (decrypted member by member).
    have = {r[0] for r in db.execute("SELECT sha256 FROM media_files")}
    missing = photos_needed - have
    reporter.start(PHOTOS, len(missing), Text("progress", STORING_PHOTOS))
    if missing:
        result.new_photos = _import_photos(vault, db, path, report, missing, reporter, written)
    reporter.finish()
    # The sender holds the photos its bundle carried (each checked against its hash). A photo
    # its revisions merely refer to proves nothing: a forwarding vault may lack it, and taking
    # it as held would keep it from ever being sent there.
    declared = report.inner.get("photos") or {}
    carried = {
        entry["sha256"]
        for entry in (declared.values() if isinstance(declared, dict) else ())
        if isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
    }
    for sha in sorted(photos_needed & carried):
        db.execute("INSERT OR IGNORE INTO peer_photos VALUES (?, ?)", (sender, sha))
    still_missing = photos_needed - {r[0] for r in db.execute("SELECT sha256 FROM media_files")}
    if still_missing:
        result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors", "{count} photo(s) referenced by this bundle are not in it yet."
                ),
                count=len(still_missing),
            )
        )

    # Acknowledgements: the sender says which bundles it has imported.
    acks = report.inner.get("acknowledgements") or []
    if isinstance(acks, list):
        for bundle_id in acks:
            if isinstance(bundle_id, str):
                _acknowledge(db, sender, bundle_id)

    if not already:
        db.execute(
            "INSERT INTO received_bundles (bundle_id, sender, stream, epoch, sequence, "
            "previous_bundle, tagmanifest_sha256, kind, file_sha256, new_revisions, duplicates, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                header.bundle_id,
                sender,
                header.stream,
                header.epoch,
                header.sequence,
                header.previous_bundle,
                report.tagmanifest_sha256 or "",
                header.kind,
                report.file_sha256,
                result.new_revisions,
                result.duplicates,
                _now(),
            ),
        )
    result.gaps = stream_gaps(db, sender, header.stream, header.epoch)
    if touched:
        result.conflict_ids = [
            rid
            for rid in touched
            if db.execute("SELECT in_conflict FROM records WHERE record_id = ?", (rid,)).fetchone()[
                0
            ]
        ]
        result.conflicts = len(result.conflict_ids)
        # Said at the import, when the deletion arrives, not only when the crate is opened.
        result.deleted_while_packed = _deleted_while_packed(db, touched)
    audit.record(
        db,
        "imported",
        {
            "bundle": header.bundle_id,
            "sender": sender,
            "sequence": header.sequence,
            "new_revisions": result.new_revisions,
            "duplicates": result.duplicates,
            "photos": result.new_photos,
            "conflicts": result.conflicts,
            "gaps": len(result.gaps),
            "forks": len(result.forks),
        },
        actor=me.fingerprint,
    )


def _deleted_while_packed(db: Connection, touched: set[str]) -> list[dict[str, str]]:
    """Those of the records this import changed that are deleted now while a container here
    still holds them (the custody replay is done), with their numbers and containers' codes."""
    found = sorted(C.deleted_inside(db, sorted(touched)))
    if not found:
        return []
    places = C.wheres(db, found)
    marks = ",".join("?" * len(found))
    out = []
    for record_id, number in db.execute(
        f"SELECT record_id, inventory_number FROM records WHERE record_id IN ({marks}) "  # noqa: S608 - only ?s
        "ORDER BY inventory_sort, record_id",
        found,
    ):
        container = places[record_id].container if record_id in places else None
        code = (container.code or container.id[:8]) if container is not None else ""
        out.append(
            {"record_id": str(record_id), "inventory_number": str(number or ""), "container": code}
        )
    return out


def _acknowledge(db: Connection, peer: str, bundle_id: str) -> None:
    """``peer`` imported our bundle ``bundle_id``: it now holds what that bundle carried."""
    mine = db.execute(
        "SELECT stream_id FROM sent_bundles WHERE bundle_id = ?", (bundle_id,)
    ).fetchone()
    if mine is None:
        return
    db.execute(
        "INSERT OR IGNORE INTO acknowledgements (peer, bundle_id, seen_at) VALUES (?, ?, ?)",
        (peer, bundle_id, _now()),
    )
    db.execute(
        "INSERT OR IGNORE INTO peer_revisions (peer, rev_id) "
        "SELECT ?, rev_id FROM sent_revisions WHERE bundle_id = ?",
        (peer, bundle_id),
    )
    db.execute(
        "INSERT OR IGNORE INTO peer_photos (peer, sha256) "
        "SELECT ?, sha256 FROM sent_photos WHERE bundle_id = ?",
        (peer, bundle_id),
    )


def stream_gaps(db: Connection, sender: str, stream: str, epoch: str) -> list[str]:
    """Plain sentences for every missing sequence number in a sender's stream and epoch."""
    have = sorted(
        r[0]
        for r in db.execute(
            "SELECT DISTINCT sequence FROM received_bundles WHERE sender = ? AND stream = ? "
            "AND epoch = ?",
            (sender, stream, epoch),
        )
    )
    if not have:
        return []
    missing, more = gaps.missing(have)
    return [
        message(
            QT_TRANSLATE_NOOP(
                "errors",
                "Bundle {sequence} of stream {stream} from {sender} has not been received yet.",
            ),
            sequence=n,
            stream=stream[:8],
            sender=sender[:16],
        )
        for n in missing
    ] + gaps.more_missing(more, stream, sender)


@dataclass
class StreamPlace:
    """Where a bundle stands in its sender's stream here, before it is imported."""

    imported_at: str | None  # when this very bundle (or file) was imported, if it was
    forks: list[str]  # other bundles already holding its place (sender, stream, epoch, sequence)
    sequences: set[int]  # sequence numbers of that stream and epoch received so far


def stream_place(
    vault: Vault,
    *,
    bundle_id: str,
    file_sha256: str | None,
    sender: str,
    stream: str,
    epoch: str,
    sequence: int,
) -> StreamPlace:
    """Read only: what the import preview needs to predict duplicates, gaps and forks."""
    db = vault.db
    row = db.execute(
        "SELECT imported_at FROM received_bundles WHERE bundle_id = ? OR file_sha256 = ?",
        (bundle_id, file_sha256),
    ).fetchone()
    forks = [
        str(r[0])
        for r in db.execute(
            "SELECT bundle_id FROM received_bundles WHERE sender = ? AND stream = ? AND "
            "epoch = ? AND sequence = ? AND bundle_id != ?",
            (sender, stream, epoch, sequence, bundle_id),
        )
    ]
    sequences = {
        int(r[0])
        for r in db.execute(
            "SELECT DISTINCT sequence FROM received_bundles WHERE sender = ? AND stream = ? "
            "AND epoch = ?",
            (sender, stream, epoch),
        )
    }
    return StreamPlace(None if row is None else str(row[0]), forks, sequences)


@dataclass
class ImportPreview:
    """What importing one verified bundle would do in a vault, by the importer's own rules
    (read only: nothing is merged)."""

    refusal: str | None  # why the import would refuse it whole, trust aside (None: it merges)
    untrusted: bool  # its signer is not trusted: it merges only when accepted
    own: bool  # written by this very vault
    imported_before: str | None  # when this very bundle (or file) was imported, if it was
    gaps: list[int]  # sequence numbers of its stream still missing after importing the list
    forks: list[str]  # other bundles already holding its place in the sender's stream

    @property
    def importable(self) -> bool:
        """It would merge (given the user's acceptance when its signer is untrusted)."""
        return self.refusal is None


def preview(vault: Vault, reports: Sequence[VerifyReport]) -> list[ImportPreview]:
    """What importing each of ``reports`` (from ``verify_bundle`` with this vault) would do,
    gaps and forks as they would be after importing every importable bundle in the list."""
    me = own.load(vault.db)
    previews: list[ImportPreview] = []
    for report in reports:
        refusal, _ = _refusal(report, accept_untrusted=True)
        mine = report.header is not None and report.header.sender == me.fingerprint
        if refusal is None and mine:
            refusal = message(OWN_BUNDLE)
        previews.append(ImportPreview(refusal, not report.signer.trusted, mine, None, [], []))
    coming: dict[tuple[str, str, str], set[int]] = {}
    for report, seen in zip(reports, previews, strict=True):
        top = report.header
        if top is not None and seen.importable:
            coming.setdefault((top.sender, top.stream, top.epoch), set()).add(top.sequence)
    for report, seen in zip(reports, previews, strict=True):
        h = report.header
        if h is None:
            continue
        place = stream_place(
            vault,
            bundle_id=h.bundle_id,
            file_sha256=report.file_sha256,
            sender=h.sender,
            stream=h.stream,
            epoch=h.epoch,
            sequence=h.sequence,
        )
        seen.imported_before, seen.forks = place.imported_at, place.forks
        have = place.sequences | coming.get((h.sender, h.stream, h.epoch), set())
        if have:
            seen.gaps = gaps.missing(have, 100)[0]
    return previews


@dataclass
class _MergeContext:
    bundle_id: str
    sender: str
    revoked: set[str]
    clock: HybridClock
    limit_ms: int
    result: ImportResult
    touched: set[str]
    photos_needed: set[str]
    # Revision lines taken in but not stored yet: (line number, its revision), stored a chunk
    # at a time by _store_revisions.
    pending: list[tuple[int, Revision]] = field(default_factory=list)
    # With a writer, a chunk of fresh revisions only is written there (SQLite, mostly without
    # the GIL) while this thread parses the next chunk; ``writing`` is that chunk's write, or
    # the lookups for the next chunk queued after it (_look_up). Nothing else touches the
    # connection until it is done (_wait_for_writer).
    writer: ThreadPoolExecutor | None = None
    writing: Future[Any] | None = None
    # Rows of two large indexes written later, in key order (_put_off): the heads of fresh
    # records, the sender's revisions for peer_revisions; and the connection they go to.
    heads: list[tuple[str, str]] = field(default_factory=list)
    peers: list[str] = field(default_factory=list)
    later_db: Connection | None = None
    # Checking the revision lines (verify_bundle's revisions_later): the authors' keys as
    # verification knows them at each line (the sender's, then each card line's), the
    # signatures waiting for a batch, the batches being verified on ``checker``'s threads, in
    # line order, and whether a problem verification finds was raised.
    keys: dict[str, bytes] = field(default_factory=dict)
    checker: ThreadPoolExecutor | None = None
    signing: list[tuple[int, Revision, bytes, bytes]] = field(default_factory=list)
    checks: list[Future[tuple[int, Revision] | None]] = field(default_factory=list)
    unverified: bool = False
    seen: set[Any] = field(default_factory=set)  # this bundle's values checked (revision_line)
    all_fresh: bool = True  # the last chunk stored held fresh revisions only


# Signatures verified per task on the checker's threads: enough to make a task's overhead
# small next to its Ed25519 verifications (~0.1 ms each), few enough that the last batch of a
# chunk is done soon after its last line is parsed.
_SIGNATURES_AT_ONCE = 64
# Ed25519 verification in `cryptography` releases the GIL: two threads verify while this one
# parses and checks the next lines and the writer writes the chunk before.
_CHECKER_THREADS = 2


@contextlib.contextmanager
def _checker(ctx: _MergeContext) -> Iterator[None]:
    """Threads for the revisions' signatures while within; on the way out, batches not started
    are dropped (an error or a cancel got us there) and the running ones waited for."""
    pool = ThreadPoolExecutor(_CHECKER_THREADS, thread_name_prefix="fieldkit-import-verify")
    ctx.checker = pool
    try:
        yield
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        ctx.checker = None
        ctx.checks, ctx.signing = [], []


def _first_bad_signature(
    batch: list[tuple[int, Revision, bytes, bytes]],
) -> tuple[int, Revision] | None:
    for number, rev, key, signed in batch:
        if not verify_signature(key, rev.signature, signed):
            return number, rev
    return None


def _revision(obj: dict[str, Any], number: int, ctx: _MergeContext) -> Revision:
    """The revision of line ``number``: checked as verify_bundle checks it when verification
    left that to the merge (its signature queued for the checker's threads), else parsed."""
    if ctx.checker is None:
        try:
            return Revision.from_content(obj["revision"], bytes.fromhex(obj["signature"]))
        except (ValueError, KeyError, TypeError):
            raise CorruptFileError(
                QT_TRANSLATE_NOOP(
                    "errors", "data/records.ndjson line {number} changed after it was verified."
                ),
                number=number,
            ) from None
    try:
        rev = revision_of_line(obj, number, ctx.seen)
    except FieldKitError:
        _signatures_checked(ctx)  # a bad signature on an earlier line is the first problem
        ctx.unverified = True
        raise
    key = ctx.keys.get(rev.author)
    if key is not None:  # no card, no check (verify only warns: the import takes it as it is)
        ctx.signing.append((number, rev, key, rev.rev_id.encode("ascii")))
        if len(ctx.signing) >= _SIGNATURES_AT_ONCE:
            ctx.checks.append(ctx.checker.submit(_first_bad_signature, ctx.signing))
            ctx.signing = []
    return rev


def _signatures_checked(ctx: _MergeContext) -> None:
    """Every signature queued so far is verified; raises CorruptFileError (verify's sentence)
    for the first line, in line order, whose signature is not its author's."""
    if ctx.checker is None:
        return
    if ctx.signing:
        ctx.checks.append(ctx.checker.submit(_first_bad_signature, ctx.signing))
        ctx.signing = []
    checks, ctx.checks = ctx.checks, []
    for check in checks:
        bad = check.result()
        if bad is not None:
            ctx.unverified = True
            raise CorruptFileError(invalid_signature(*bad))


def _check_the_rest(
    ctx: _MergeContext, lines: Iterator[tuple[int, bytes]], reporter: Reporter
) -> None:
    """The merge refused the bundle: check the lines it did not reach, as verification would
    have before the merge began, and raise the first problem found there (else return)."""
    _signatures_checked(ctx)
    for number, raw in lines:
        if number % 1000 == 0:
            reporter.check()
        try:
            obj = json.loads(raw)
            kind = obj.get("type")
            if kind == "card":
                card = parse_carried_card(json.dumps(obj["card"]).encode())
                ctx.keys[card.fingerprint] = card.ed25519_public_key
            elif kind == "revision":
                _revision(obj, number, ctx)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # verified a moment ago: only a file changed since can get here
    _signatures_checked(ctx)


@contextlib.contextmanager
def _writer(ctx: _MergeContext) -> Iterator[None]:
    """A writer thread for ``ctx`` while within; on the way out (a cancel, an error) the chunk
    it is writing is waited for, so the transaction can be rolled back on a free connection.
    Left normally, the rows put off (:func:`_put_off`) are written."""
    with ThreadPoolExecutor(1, thread_name_prefix="fieldkit-import-write") as pool:
        ctx.writer = pool
        try:
            yield
            _write_put_off(ctx)
        finally:
            if ctx.writing is not None:
                ctx.writing.exception()  # waits; the error that got us here is the one raised
                ctx.writing = None
            ctx.writer = None


def _wait_for_writer(ctx: _MergeContext) -> None:
    """The chunk being written is written (its error raised here): the connection is free."""
    if ctx.writing is not None:
        writing, ctx.writing = ctx.writing, None
        writing.result()


def _write_fresh(db: Connection, rows: FreshRows) -> None:
    insert_fresh_rows(db, rows)


# Rows put off and then written in key order, this many at a time. A head (record_id, rev_id)
# or a peer revision (sender, rev_id) lands on a random page of its index, so the 500 of a chunk
# bring 500 pages into the page cache, to be evicted (and written to the WAL, encrypted) before
# a later chunk needs them again; in key order each page is visited once per batch. Importing
# 100,000 records into 1,000,000: 753,000 page reads and 1,078,000 writes before, 590,000 and
# 923,000 after (system calls, /proc/self/io; 2026-12-06). 100,000 of each are ~35 MB.
_PUT_OFF_AT_ONCE = 100_000


def _put_off(
    db: Connection, ctx: _MergeContext, heads: list[tuple[str, str]], peers: list[str]
) -> None:
    """Write ``heads`` and ``peers`` later, in key order (the connection is free here unless
    a fresh chunk is being written: then waited for before writing them)."""
    ctx.heads.extend(heads)
    ctx.peers.extend(peers)
    ctx.later_db = db
    if max(len(ctx.heads), len(ctx.peers)) >= _PUT_OFF_AT_ONCE:
        _write_put_off(ctx)


def _write_put_off(ctx: _MergeContext) -> None:
    """Write the rows put off: before anything reads heads (store_revision), and at the end."""
    _wait_for_writer(ctx)
    if ctx.later_db is None:
        return
    heads, ctx.heads = sorted(ctx.heads), []
    peers, ctx.peers = sorted(ctx.peers), []
    ctx.later_db.executemany("INSERT INTO heads (record_id, rev_id) VALUES (?, ?)", heads)
    ctx.later_db.executemany(
        "INSERT OR IGNORE INTO peer_revisions (peer, rev_id) VALUES (?, ?)",
        [(ctx.sender, rev_id) for rev_id in peers],
    )


def _merge_line(db: Connection, obj: dict[str, Any], ctx: _MergeContext, number: int = 0) -> None:
    """Take in one verified line of records.ndjson (a card or a revision; others need nothing).

    Revisions are stored a chunk at a time (_store_revisions); a card waits for the revisions
    before it, so the lines still take effect in their order.
    """
    kind = obj.get("type")
    if kind == "card":
        _store_revisions(db, ctx)
        _wait_for_writer(ctx)
        card = parse_carried_card(json.dumps(obj["card"]).encode())
        ctx.keys[card.fingerprint] = card.ed25519_public_key  # for the revisions after it
        db.execute(
            "INSERT OR IGNORE INTO authors (fingerprint, card, first_seen) VALUES (?, ?, ?)",
            (card.fingerprint, json.dumps(card.raw, sort_keys=True), _now()),
        )
    elif kind == "revision":
        ctx.pending.append((number, _revision(obj, number, ctx)))
        if len(ctx.pending) >= _STORE_CHUNK:
            _store_revisions(db, ctx)


def _look_up(
    before: Future[Any] | None, db: Connection, rev_ids: list[str], record_ids: list[str]
) -> tuple[set[str], set[str], set[str]]:
    """Of a chunk's revisions: those the vault holds, the records it has started, and the
    revisions it holds a child of. ``before``, the chunk written before (done: it ran first
    on the same thread), raises its error here."""
    if before is not None:
        before.result()
    known = {r[0] for r in db.execute(_in("rev_id", "revisions", rev_ids), rev_ids)}
    # Records with a row in the view, not only those with heads: a record whose last revision
    # has a child in another record keeps its row but no head, and a second root of it is no
    # new record (the batch path would add a second row: IntegrityError).
    started = {r[0] for r in db.execute(_in("record_id", "records", record_ids), record_ids)}
    children = {r[0] for r in db.execute(_in("parent_id", "revision_parents", rev_ids), rev_ids)}
    return known, started, children


def _in(column: str, table: str, values: Sequence[str]) -> str:
    marks = ", ".join("?" * len(values))
    return f"SELECT DISTINCT {column} FROM {table} WHERE {column} IN ({marks})"  # noqa: S608


def _store_revisions(db: Connection, ctx: _MergeContext) -> None:
    """Store the pending revisions: as the lines one by one would, with a few statements.

    A revision that starts a record unknown here, that nothing known or in this chunk names as
    a parent, and whose record no other revision of the chunk touches, is *fresh*: it cannot
    interact with anything else of the chunk, so all of those are written first, in a few
    batch statements (``records.revision_store.store_fresh_revisions``' rows), and the others after
    them, one by one and in their order, through ``store_revision`` (parents, heads, merges,
    conflicts, forged acceptances).
    """
    _signatures_checked(ctx)  # nothing is stored before its signature is verified
    if not ctx.pending:
        return
    revisions, ctx.pending = ctx.pending, []
    rev_ids = [rev.rev_id for _, rev in revisions]
    record_ids = list({rev.record_id for _, rev in revisions})
    per_record = Counter(rev.record_id for _, rev in revisions)
    named = {p for _, rev in revisions for p in rev.parents}
    # What can be told without the vault: a revision that is no fresh one whatever it holds.
    alone = [
        rev
        for _, rev in revisions
        if not rev.parents
        and rev.kind in F.KINDS
        and rev.rev_id not in named
        and per_record[rev.record_id] == 1
        and (
            rev.kind != F.HANDOVER or custody_handovers.root_problem(rev.fields, rev.author) is None
        )
    ]
    prepared: FreshRows | None = None
    if ctx.writer is not None:
        # The writer looks up what the vault knows of the chunk right after writing the chunk
        # before (what is known then includes it), while this thread builds the rows of the
        # usual chunk (every revision fresh, by no revoked author, nothing to flag): building
        # them no longer waits for the lookups, nor the lookups for them.
        ctx.writing = ctx.writer.submit(_look_up, ctx.writing, db, rev_ids, record_ids)
        if (
            ctx.all_fresh  # as the chunk before: a bundle of known revisions builds none
            and len(alone) == len(revisions)
            and not any(rev.author in ctx.revoked for rev in alone)
            and all(parse_hlc(rev.hlc)[0] <= ctx.limit_ms for rev in alone)
        ):
            prepared = fresh_rows(alone, ctx.bundle_id, _now(), every_kind=True, batch=True)
        looked_up, ctx.writing = ctx.writing, None
        known, started, children = looked_up.result()
    else:
        known, started, children = _look_up(None, db, rev_ids, record_ids)
    fresh: list[Revision] = []
    others: list[Revision] = []
    stored: list[Revision] = []  # every revision not skipped, new or not
    alone_ids = {id(rev) for rev in alone}
    for _, rev in revisions:
        if rev.author in ctx.revoked and rev.rev_id not in known:
            ctx.result.skipped_revisions += 1
            continue
        stored.append(rev)
        if (
            id(rev) in alone_ids
            and rev.rev_id not in known
            and rev.rev_id not in children
            and rev.record_id not in started
        ):
            fresh.append(rev)
        else:
            others.append(rev)
    if (
        fresh
        and not others
        and ctx.writer is not None
        and all(parse_hlc(rev.hlc)[0] <= ctx.limit_ms for rev in fresh)  # nothing to flag
    ):
        # The common chunk (new records only): written beside the parsing of the next one.
        # The rows built above are these when every revision is fresh (the same list).
        ctx.all_fresh = len(fresh) == len(revisions)
        rows = (
            prepared
            if prepared is not None and len(fresh) == len(revisions)
            else fresh_rows(fresh, ctx.bundle_id, _now(), every_kind=True, batch=True)
        )
        for rev in fresh:
            _count_new(db, rev, ctx)  # counts and moves the clock only: no statement
            ctx.photos_needed.update(m["sha256"] for m in rev.media if "sha256" in m)
        heads, rows.heads = rows.heads, []
        ctx.writing = ctx.writer.submit(_write_fresh, db, rows)
        _put_off(db, ctx, heads, [rev.rev_id for rev in stored])
        return
    ctx.all_fresh = False
    # store_revision reads heads, _check_acceptance the records: all of them are in first.
    _write_put_off(ctx)
    if fresh:
        insert_fresh_rows(db, fresh_rows(fresh, ctx.bundle_id, _now(), every_kind=True))
        for rev in fresh:
            _count_new(db, rev, ctx)
    for rev in others:
        if rev.kind not in F.KINDS:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "A revision has an unknown record kind.")
            )
        if rev.kind == F.HANDOVER:
            _check_acceptance(db, rev)
        if store_revision(db, rev, ctx.bundle_id):
            ctx.touched.add(rev.record_id)
            _count_new(db, rev, ctx)
        else:
            ctx.result.duplicates += 1
    for rev in stored:
        ctx.photos_needed.update(m["sha256"] for m in rev.media if "sha256" in m)
    _put_off(db, ctx, [], [rev.rev_id for rev in stored])


def _count_new(db: Connection, rev: Revision, ctx: _MergeContext) -> None:
    """A revision new to this vault was stored: count it, and flag it if dated far ahead."""
    ctx.result.new_revisions += 1
    wall, _ = parse_hlc(rev.hlc)
    if wall > ctx.limit_ms:
        db.execute("INSERT OR IGNORE INTO revision_flags VALUES (?, 'clock_ahead')", (rev.rev_id,))
        ctx.result.warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Revision {revision} is dated more than a day ahead of this computer's clock.",
                ),
                revision=rev.rev_id[:12],
            )
        )
    else:
        ctx.clock.observe(rev.hlc)


def _check_acceptance(db: Connection, rev: Revision) -> None:
    """Handover revisions that would forge custody are refused (SPEC §4; the rules are in
    fieldkit.records.custody): CorruptFileError, which refuses the whole bundle.

    - A root (parentless) revision must be signed by its ``from_party`` (the giver wrote it),
      name someone else as receiver and accept nothing. This depends on the revision alone,
      so it refuses the same bundles in any import order.
    - A revision that sets ``accepted_at`` or ``accepted_by`` must name ``to_party`` in
      ``accepted_by`` and be signed by that key, or carry unchanged an acceptance that such a
      revision of the same handover already made (a later edit or a merge by the giver).
      When its history is here, that history's root must name the same receiver (an
      acceptance by whoever renamed the receiver is forged too).

    A second root of a handover is not refused (which root came "first" would depend on the
    import order); it cannot take the acceptance of the real one (custody_handovers.acceptance)."""
    fields = rev.fields
    if not rev.parents:
        problem = custody_handovers.root_problem(fields, rev.author)
        if problem is not None:
            raise CorruptFileError(
                QT_TRANSLATE_NOOP("errors", "Revision {revision} starts a handover but {problem}."),
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle was refused whole; ask its sender where the handover came from.",
                ),
                revision=rev.rev_id[:12],
                problem=problem,
            )
        return
    if not fields.get("accepted_at") and not fields.get("accepted_by"):
        return
    party = fields.get("to_party")
    receiver = party.get("fingerprint") if isinstance(party, dict) else None
    forged = CorruptFileError(
        QT_TRANSLATE_NOOP(
            "errors", "Revision {revision} accepts a handover but is not signed by its receiver."
        ),
        QT_TRANSLATE_NOOP(
            "errors", "The bundle was refused whole; ask its sender where the acceptance came from."
        ),
        revision=rev.rev_id[:12],
    )
    if not receiver or fields.get("accepted_by") != receiver:
        raise forged
    roots = _history_roots(db, rev)
    if roots is not None and not any(
        party_field(r.fields, "to_party", "fingerprint") == receiver for r in roots
    ):
        raise forged
    if rev.author == receiver:
        return
    for (canonical,) in db.execute(
        "SELECT canonical FROM revisions WHERE record_id = ? AND author = ?",
        (rev.record_id, receiver),
    ):
        earlier = json.loads(bytes(canonical)).get("fields") or {}
        if all(earlier.get(k) == fields.get(k) for k in ("accepted_at", "accepted_by", "to_party")):
            return
    raise forged


def _history_roots(db: Connection, rev: Revision) -> list[Revision] | None:
    """The root revisions ``rev`` descends from, or None when part of its history has not
    arrived yet."""
    seen: set[str] = set()
    queue = list(rev.parents)
    roots: list[Revision] = []
    while queue:
        rev_id = queue.pop()
        if rev_id in seen:
            continue
        seen.add(rev_id)
        row = db.execute("SELECT canonical FROM revisions WHERE rev_id = ?", (rev_id,)).fetchone()
        if row is None:
            return None
        parents = [
            str(p[0])
            for p in db.execute(
                "SELECT parent_id FROM revision_parents WHERE rev_id = ?", (rev_id,)
            )
        ]
        if parents:
            queue.extend(parents)
        else:
            roots.append(Revision.from_canonical(bytes(row[0])))
    return roots


def _import_photos(
    vault: Vault,
    db: Connection,
    path: Path,
    report: VerifyReport,
    wanted: set[str],
    reporter: Reporter,
    written: list[str],
) -> int:
    from fieldkit.records.photos import ingest_photo

    if report.inner is None or report.header is None:
        raise RuntimeError("verified content is missing")
    identities = [own.load(db).transport_key] if report.header.encrypted else []
    declared: dict[str, Any] = report.inner.get("photos") or {}
    bag = report.header.bundle_id
    added = 0
    with SafeZip(path) as zf:
        for visible, entry in sorted(declared.items()):
            sha = entry.get("sha256") if isinstance(entry, dict) else None
            if sha not in wanted:
                continue
            reporter.check()
            data = _read_payload(zf, f"{bag}/{visible}", identities)
            info = ingest_photo(vault, db, data)
            if info.new and info.media_name:
                written.append(info.media_name)
            if info.sha256 != sha:
                raise CorruptFileError(
                    QT_TRANSLATE_NOOP("errors", "{file}: the photo does not match its hash."),
                    file=visible,
                )
            added += 1
            reporter.advance(added)
    return added


def _read_payload(zf: SafeZip, name: str, identities: Sequence[Any]) -> bytes:
    from fieldkit.crypto import age

    with zf.open(name) as fh:
        if not identities:
            return fh.read()
        with age.decryptor(fh, list(identities)) as reader:
            return reader.read()


def acknowledgements_for_export(db: Connection) -> list[str]:
    """Bundle ids this vault has imported (they travel in every bundle it sends)."""
    return [r[0] for r in db.execute("SELECT bundle_id FROM received_bundles ORDER BY rowid")]


def refusal_of(report: VerifyReport, *, accept_untrusted: bool = False) -> tuple[str | None, bool]:
    """Why the import refuses a verified bundle (the report's first error, a redacted
    snapshot, content this vault could not read, an untrusted signer unless accepted), or
    None; and whether the refusal is only the untrusted signer. The sentences are the ones
    ``import_bundle`` gives in ``ImportResult.refused``."""
    return _refusal(report, accept_untrusted)


def read_payload(zf: SafeZip, name: str, identities: Sequence[Any]) -> bytes:
    """A payload file of a bundle, decrypted with ``identities`` (none: a plain bundle).
    Raises as the bundle reader and age do (CorruptFileError, a decryption error) for a
    missing, oversize or undecryptable member; check the hash the bundle declares."""
    return _read_payload(zf, name, identities)


def revoked_signer_refusal(cutoff: dict[str, Any] | None, header: BundleHeader) -> str | None:
    """Verification's rule for a bundle signed by a revoked key whose ``cutoff`` is the last
    bundle accepted from it (its ``stream``, ``epoch`` and ``sequence``; None: nothing was):
    None when this bundle is at or before it in the key's chain, else the sentence that
    verification refuses it with. For stores that keep revocations outside a vault's trust
    store (the programme archive)."""
    from .verify import revoked_status

    scratch = VerifyReport(file="")
    status = revoked_status(json.dumps(cutoff) if cutoff else "", header, scratch)
    return scratch.errors[0] if status == "revoked" and scratch.errors else None


class RevisionQueries(Protocol):
    """Read access to held revisions as the vault's SQL sees them (tables ``revisions`` and
    ``revision_parents``, ``?`` placeholders): the vault's connection, or an adapter over
    another store of the same revisions (the programme archive's PostgreSQL)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


def check_handover_acceptance(db: RevisionQueries, rev: Revision) -> None:
    """The import's rule against forged custody, for a handover revision about to be merged
    (see ``_check_acceptance``), checked against the revisions ``db`` holds before it.

    Raises CorruptFileError with the sentence a laptop's import refuses the bundle with."""
    _check_acceptance(cast(Connection, db), rev)


__all__ = [
    "HASH",
    "MERGE",
    "PHOTOS",
    "VERIFY",
    "ImportPreview",
    "ImportResult",
    "RevisionQueries",
    "StreamPlace",
    "acknowledgements_for_export",
    "check_handover_acceptance",
    "import_bundle",
    "preview",
    "read_payload",
    "refusal_of",
    "revoked_signer_refusal",
    "stream_gaps",
    "stream_place",
]
