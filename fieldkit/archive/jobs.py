"""Ingest, the job queue and the worker: verify → store → merge, on any number of workers.

The queue is a plain table (``jobs``) claimed with ``SELECT … FOR UPDATE SKIP LOCKED``, the
pattern ODK Central's S3 task uses. A worker keeps the job's row lock for the whole job, and
the job's merge and its ``done`` mark commit in ONE transaction: a worker killed at any point
(kill -9, lost machine, lost connection) leaves the job queued, its row unlocked by
PostgreSQL, and nothing of the bundle merged; the next worker does it whole.

Outcomes:
- a bundle the core's verification refuses (tampered, revoked, untrusted, a snapshot, not
  addressed to the archive) is **quarantined** with the refusal's sentence, never retried;
- any other error (storage unreachable, a bug) rolls the job's work back and retries it later,
  with backoff, up to ``MAX_ATTEMPTS``; then its job is ``failed`` (the bundle stays
  ``stored``, with the error's kind as its reason) until `archive ingest` of the same file or
  `archive requeue` queues it again: an outage is not a refusal, so it never quarantines.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from fieldkit.bundles import gaps as bundle_gaps
from fieldkit.bundles.importer import (
    check_handover_acceptance,
    read_payload,
    refusal_of,
    revoked_signer_refusal,
)
from fieldkit.bundles.layout import BundleHeader
from fieldkit.bundles.safe_zip import SafeZip
from fieldkit.bundles.verify import records_lines, verify_bundle
from fieldkit.errors import FieldKitError
from fieldkit.fsutil import sha256_file
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, from_stored, later, to_stored
from fieldkit.identity import own
from fieldkit.identity.card import parse_carried_card
from fieldkit.identity.fingerprint import display_form
from fieldkit.identity.revocation import apply_notice
from fieldkit.records import fields as F
from fieldkit.records.revision import DAY_MS, Revision, parse_hlc
from fieldkit.sync.s3client import S3IntegrityError
from fieldkit.sync.s3target import MAX_DOWNLOAD
from fieldkit.sync.storage import UnreadableFileError
from fieldkit.vault.vault import Vault

from . import duplicates as photo_duplicates
from . import index
from . import trust as shared_trust
from .config import ArchiveDatabaseError, scrub
from .keys import storage_key
from .schema import INDEX_TABLES
from .storage import QUARANTINE, ArchiveStorage

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_BASE_S = 2.0
# Every record kind a laptop vault keeps (objects, damage reports and the chain of custody):
# a bundle carrying a location or a movement is merged, not quarantined.
KINDS = F.KINDS
# No file larger than any bundle FieldKit writes is downloaded from the laptops' prefix (the
# sync's own cap): anyone who can write there could otherwise fill the worker's disk.
MAX_INGEST_BYTES = MAX_DOWNLOAD
TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "This file is larger than any bundle FieldKit writes, so it was not downloaded."
)
# The archive's own refusals, stored in English and shown translated (i18n.localise).
UNKNOWN_KIND = QT_TRANSLATE_NOOP("errors", "A revision has an unknown record kind.")
CHANGED = QT_TRANSLATE_NOOP("errors", "data/records.ndjson changed after it was verified.")
UNCHECKED = QT_TRANSLATE_NOOP("errors", "The bundle's content could not be checked.")
OWN_BUNDLE = QT_TRANSLATE_NOOP("errors", "Written by the archive itself; nothing to merge.")
# The laptop's refusal for an untrusted signer ends "or import with --accept-untrusted", which
# `archive ingest` does not have: the archive's way is trusting the card, then a requeue (r13
# UI trial 2 #6).
UNTRUSTED_SENDER = QT_TRANSLATE_NOOP(
    "errors",
    "The bundle is signed by an untrusted or unknown key; check the fingerprint with the sender, "
    "trust their card with `fieldkit archive trust add CARD.fkid --verified`, then run "
    "`fieldkit archive requeue`.",
)
SAME_ID = QT_TRANSLATE_NOOP("errors", "Another file with this bundle id was merged already.")
QUARANTINED = QT_TRANSLATE_NOOP("errors", "Quarantined.")
FAILED_TIMES = QT_TRANSLATE_NOOP("errors", "Failed {count} times; last error: {error}")


def _stored(reason: str | None) -> str | None:
    """A reason as kept in PostgreSQL: a template the reader's language can fill later
    (``i18n.to_stored``); read back with ``i18n.from_stored`` (older rows: plain English)."""
    return None if reason is None else to_stored(reason)


class Refused(Exception):
    """The core's verification or import rules refuse this bundle: quarantine, no retry.

    ``untrusted``: refused only because its signer is not trusted (``requeue`` takes it back
    once the archive's vault trusts ``signer``). ``reason`` is the core's sentence as a
    :class:`Text` where it has one, so it is stored as a template (``i18n.to_stored``) and shown
    in the reader's language."""

    def __init__(self, reason: str, *, untrusted: bool = False, signer: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.untrusted = untrusted
        self.signer = signer


@dataclass
class Archive:
    """An open archive: the database, the bucket and the archive's own coordinator vault."""

    dsn: str = field(repr=False)
    storage: ArchiveStorage
    vault: Vault | None
    # The vault's SQLite connection is shared by this process's worker threads: one at a time.
    vault_lock: threading.Lock = field(default_factory=threading.Lock)
    # How far this host's vault has applied the trust recorded for every host.
    trust_seen: shared_trust.Applied = field(default_factory=shared_trust.Applied)

    def sync_trust(self, conn: psycopg.Connection) -> None:
        """Give this host's copy of the vault the trust recorded with `archive trust add` on
        any host (before it checks a bundle)."""
        if self.vault is None:
            return
        with self.vault_lock:
            shared_trust.apply(conn, self.vault, self.trust_seen)

    def connect(self) -> psycopg.Connection:
        """A connection in autocommit mode, with timeouts and TCP keepalives (:data:`LINK`)
        unless the connection string sets them. Raises ArchiveDatabaseError, whose message
        never holds the connection string's password (libpq quotes a malformed one whole)."""
        try:
            from psycopg.conninfo import make_conninfo

            return psycopg.connect(
                make_conninfo(self.dsn, **link_options(self.dsn)), autocommit=True
            )
        except psycopg.Error as exc:
            raise unreachable(exc, self.dsn) from None


# Without these a link that goes silent (VPN dropped, cable pulled, server host frozen: no RST,
# no FIN) leaves every archive command and the worker waiting forever, the worker holding its
# job's row locks until the server's own keepalive (2 hours) notices. With them libpq gives
# up: at connection after 15 s, on an idle link after 30 + 3·10 s of unanswered keepalives,
# and when sent data stays unacknowledged for 60 s; the command then says so.
LINK = {
    "connect_timeout": "15",
    "keepalives": "1",
    "keepalives_idle": "30",
    "keepalives_interval": "10",
    "keepalives_count": "3",
    "tcp_user_timeout": "60000",
}


def link_options(dsn: str) -> dict[str, str]:
    """The :data:`LINK` options the connection string does not set (nor, for the connection
    timeout, PGCONNECT_TIMEOUT): an operator's own choice wins."""
    from psycopg.conninfo import conninfo_to_dict

    given = conninfo_to_dict(dsn)
    if os.environ.get("PGCONNECT_TIMEOUT"):
        given["connect_timeout"] = os.environ["PGCONNECT_TIMEOUT"]
    return {key: value for key, value in LINK.items() if key not in given}


def unreachable(exc: BaseException, dsn: str) -> ArchiveDatabaseError:
    """The sentence for a database that cannot be reached (or a connection lost), with
    libpq's first line as detail, the connection string's password scrubbed from it."""
    detail = scrub(str(exc).strip().splitlines()[0] if str(exc).strip() else "", dsn)
    if detail:
        return ArchiveDatabaseError(
            QT_TRANSLATE_NOOP(
                "errors", "The archive's PostgreSQL database cannot be reached ({detail})."
            ),
            detail=detail.rstrip("."),
        )
    return ArchiveDatabaseError(
        QT_TRANSLATE_NOOP("errors", "The archive's PostgreSQL database cannot be reached.")
    )


@contextlib.contextmanager
def link_errors(dsn: str) -> Iterator[None]:
    """A connection lost while in use (libpq's own error, which has no SQLSTATE: a timeout,
    the server gone) raised as the same sentence as one that cannot be made; errors the
    server reports (a deadlock, a constraint) pass unchanged."""
    try:
        yield
    except psycopg.OperationalError as exc:
        if exc.sqlstate is not None:
            raise
        raise unreachable(exc, dsn) from None


def audit(conn: psycopg.Connection, event: str, details: dict[str, Any]) -> None:
    conn.execute("INSERT INTO audit (event, details) VALUES (%s, %s)", (event, json.dumps(details)))


# --- ingest -------------------------------------------------------------------------------


@dataclass
class IngestResult:
    file: str
    sha256: str | None = None
    stored: bool = False  # new in the bucket
    queued: bool = False  # a new job
    quarantined: bool = False  # refused at ingest: recorded with its reason, never locked
    untrusted: bool = False  # quarantined only for its signer: `requeue` once it is trusted
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def enqueue(conn: psycopg.Connection, sha256: str, size: int) -> bool:
    """Record a stored bundle and queue its job (idempotent: False when known already)."""
    with conn.transaction():
        new = conn.execute(
            "INSERT INTO bundles (sha256, size) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (sha256, size),
        ).rowcount
        if not new:
            return False
        conn.execute("INSERT INTO jobs (bundle_sha256) VALUES (%s)", (sha256,))
        audit(conn, "ingested", {"bundle_sha256": sha256, "size": size})
    return True


@dataclass
class Check:
    """What the core's rules say of a bundle file before anything is locked."""

    refusal: str | None  # why it is refused, or None
    untrusted: bool  # refused only because its signer is not trusted
    signer: str | None  # the outer signer's fingerprint, when the signature could be read
    header: BundleHeader | None = None


def precheck(archive: Archive, path: Path, conn: psycopg.Connection | None = None) -> Check:
    """The core's rules (signature, trusted signer, recipients, not a snapshot) on this file,
    with the archive's vault; with ``conn``, also the import's check against forged handover
    acceptances (what the worker would refuse the bundle for). Run before anything is put
    under object lock."""
    if archive.vault is None:
        raise RuntimeError("checking a bundle needs the archive's vault")
    if conn is not None:
        archive.sync_trust(conn)
    with archive.vault_lock:
        report = verify_bundle(path, vault=archive.vault, keep_content=conn is not None)
        key = own.load(archive.vault.db).transport_key
    refusal, untrusted = _archive_refusal(report)
    signer = report.signer.fingerprint or None
    header = report.header
    if refusal is None and conn is not None and header is not None and report.inner is not None:
        try:
            _cards, revisions = read_content(
                path, header, report.inner, [key] if header.encrypted else []
            )
            refusal = handover_refusal(conn, revisions)
        except Refused as exc:
            refusal = exc.reason
    return Check(refusal, untrusted, signer, header)


def _archive_refusal(report: Any) -> tuple[str | None, bool]:
    """The import's refusal of a verified bundle, with the archive's advice for an untrusted
    signer (see :data:`UNTRUSTED_SENDER`)."""
    refusal, untrusted = refusal_of(report)
    if untrusted:
        return Text("errors", UNTRUSTED_SENDER), True
    return refusal, untrusted


def revoked_refusal(conn: psycopg.Connection, header: BundleHeader) -> str | None:
    """Why a bundle is refused because its signer was revoked — by a coordinator's notice (the
    archive's revocations) or with `archive trust revoke` (trust_changes), both shared by every
    worker — or None: verification's own rule, with the cutoff kept here."""
    row = conn.execute(
        "SELECT cutoff FROM (SELECT 0 AS o, cutoff FROM revocations WHERE fingerprint = %s "
        "UNION ALL SELECT id, cutoff FROM trust_changes WHERE action = 'revoke' "
        "AND fingerprint = %s) AS r ORDER BY o LIMIT 1",
        (header.sender, header.sender),
    ).fetchone()
    if row is None:
        return None
    return revoked_signer_refusal(row[0], header)


def read_content(
    path: Path, header: BundleHeader, inner: dict[str, Any], identities: Sequence[Any]
) -> tuple[dict[str, Any], list[Revision]]:
    """The author cards and revisions of a verified bundle's records.ndjson, in bundle order
    (the core's streamed reader, checked against the signed hash). Raises Refused: content
    that changed after verification, or a revision of a kind no laptop keeps."""
    cards: dict[str, Any] = {}
    revisions: list[Revision] = []
    try:
        with (
            SafeZip(path) as zf,
            contextlib.closing(
                records_lines(zf, header.bundle_id, identities, inner.get("records_sha256"))
            ) as lines,
        ):
            for _number, raw in lines:
                obj = json.loads(raw)
                if obj.get("type") == "card":
                    card = parse_carried_card(json.dumps(obj["card"]).encode())
                    cards[card.fingerprint] = card.raw
                elif obj.get("type") == "revision":
                    rev = Revision.from_content(obj["revision"], bytes.fromhex(obj["signature"]))
                    if rev.kind not in KINDS:
                        raise Refused(Text("errors", UNKNOWN_KIND))
                    revisions.append(rev)
    except FieldKitError as exc:
        raise Refused(from_error(exc)) from None
    except (ValueError, KeyError, TypeError):
        raise Refused(Text("errors", CHANGED)) from None
    return cards, revisions


class _Rollback(Exception):
    """Undoes a trial insert (the handover check at ingest keeps nothing)."""


def handover_refusal(conn: psycopg.Connection, revisions: list[Revision]) -> str | None:
    """Why a laptop's import would refuse this bundle for a forged handover acceptance (the
    core's check, against what the archive holds and the bundle's earlier lines, as the worker
    runs it), or None. Inserts in a transaction it rolls back: nothing is kept."""
    if not any(r.kind == F.HANDOVER for r in revisions):
        return None
    try:
        with conn.transaction():
            # The records' stripes first, as a worker's merge takes them: the trial and a
            # merge of the same revisions wait for each other instead of deadlocking.
            index.lock_records(conn, (r.record_id for r in revisions))
            _insert_checked(conn, revisions, "ingest-check")
            raise _Rollback
    except Refused as exc:
        return exc.reason
    except _Rollback:
        return None


def _record_refused(conn: psycopg.Connection, sha256: str, size: int, check: Check) -> None:
    """The bundle is known, quarantined with its reason, and queued for no worker."""
    with conn.transaction():
        new = conn.execute(
            "INSERT INTO bundles (sha256, size, state, reason, untrusted, signer) "
            "VALUES (%s, %s, 'quarantined', %s, %s, %s) ON CONFLICT DO NOTHING",
            (sha256, size, _stored(check.refusal), check.untrusted, check.signer),
        ).rowcount
        if new:
            audit(conn, "quarantined", {"bundle_sha256": sha256, "reason": str(check.refusal)})


def ingest_file(
    archive: Archive, conn: psycopg.Connection, path: Path, *, check: bool = False
) -> IngestResult:
    """Store one bundle file in the bucket under its hash and queue it. Never raises for a bad
    file: ``error`` says why. Nothing goes under object lock before the core's rules accept it.

    With ``check`` (needs the archive's vault) the bundle is verified here, and its handover
    acceptances checked as a laptop's import checks them (:func:`handover_refusal`): an
    accepted one is stored locked; a refused one is recorded as quarantined (no job) and
    kept, unlocked, under ``quarantine/``. Without it, the bundle is stored unlocked and the
    worker locks it once it has verified it (a bundle it refuses stays unlocked, so it can be
    deleted)."""
    result = IngestResult(file=str(path))
    try:
        sha = sha256_file(path)
        size = path.stat().st_size
    except OSError:
        result.error = f"{path.name} cannot be read."
        return result
    except FieldKitError as exc:
        result.error = exc.message
        return result
    result.sha256 = sha
    row = conn.execute(
        "SELECT state, reason, untrusted FROM bundles WHERE sha256 = %s", (sha,)
    ).fetchone()
    if row is not None and row[0] == "quarantined" and not _failed_for_good(row[1]):
        result.quarantined, result.untrusted = True, bool(row[2])
        result.error = from_stored(row[1]) or Text("errors", QUARANTINED)
        return result
    verified = row is not None and row[0] == "merged"
    if row is None and check:
        found = precheck(archive, path, conn)
        if found.refusal is None and found.header is not None:
            refusal = revoked_refusal(conn, found.header)
            if refusal is not None:
                found = Check(refusal, False, found.signer, found.header)
        if found.refusal is not None:
            result.quarantined, result.untrusted = True, found.untrusted
            result.error = found.refusal
            result.stored = archive.storage.put_quarantined(path, sha)
            _record_refused(conn, sha, size, found)
            return result
        verified = True
    result.stored = archive.storage.put_bundle(path, sha, lock=verified)
    result.queued = enqueue(conn, sha, size) or retry_failed(conn, sha)
    return result


def _failed_for_good(stored_reason: str | None) -> bool:
    """Whether a quarantine's reason is a job that failed MAX_ATTEMPTS times (storage or
    database unreachable, …) rather than a refusal: what archives quarantined that way before
    such bundles stayed ``stored`` are taken back by ingest and `requeue` as failed ones."""
    reason = from_stored(stored_reason)
    if isinstance(reason, Text):
        return reason.template == FAILED_TIMES
    # Reasons stored before version 4 are plain English.
    return bool(re.match(r"Failed \d+ times; last error: ", reason))


def retry_failed(conn: psycopg.Connection, sha: str) -> bool:
    """Queue again a bundle whose job failed for a reason other than a refusal (its attempts
    from zero); False when it is merged, refused, queued already or unknown."""
    with conn.transaction():
        row = conn.execute(
            "SELECT state, reason FROM bundles WHERE sha256 = %s FOR UPDATE", (sha,)
        ).fetchone()
        if row is None or not (
            row[0] == "stored" or (row[0] == "quarantined" and _failed_for_good(row[1]))
        ):
            return False
        taken = conn.execute(
            "UPDATE jobs SET state = 'queued', attempts = 0, last_error = NULL, "
            "run_after = now(), done_at = NULL, worker = NULL "
            "WHERE bundle_sha256 = %s AND state = 'failed'",
            (sha,),
        ).rowcount
        if not taken:
            return False
        conn.execute("UPDATE bundles SET state = 'stored', reason = NULL WHERE sha256 = %s", (sha,))
        audit(conn, "requeued", {"bundle_sha256": sha, "reason": "Its job failed before."})
    return True


def _refused_download(conn: psycopg.Connection, where: str, size: int, reason: str) -> None:
    """An object never downloaded, in the audit trail once (``refused`` lists them)."""
    details = {"object": where, "size": size, "reason": reason}
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7215, 1)")
        if not conn.execute(
            "SELECT 1 FROM audit WHERE event = 'refused' AND details @> %s::jsonb",
            (json.dumps({"object": where, "size": size}),),
        ).fetchone():
            audit(conn, "refused", details)


def ingest_from_s3(
    archive: Archive, conn: psycopg.Connection, source: ArchiveStorage
) -> list[IngestResult]:
    """Every ``*.fkb`` under an S3 prefix (the laptops' sync prefix), copied in and queued; an
    object larger than any bundle is never downloaded (its refusal is in ``refused``). With
    the archive's vault open, each is checked before it is stored (see ``ingest_file``)."""
    results: list[IngestResult] = []
    with tempfile.TemporaryDirectory(prefix="fk-archive-") as tmp:
        for obj in source.client.list(""):
            if not obj.key.endswith(".fkb"):
                continue
            where = f"s3://{source.bucket}/{obj.key}"
            if obj.size > MAX_INGEST_BYTES:
                _refused_download(conn, where, obj.size, TOO_LARGE)
                results.append(IngestResult(file=where, error=TOO_LARGE))
                continue
            dest = Path(tmp) / "incoming.fkb"
            with contextlib.suppress(FileNotFoundError):
                dest.unlink()
            try:
                source.client.download(obj, dest)
            except FileNotFoundError:
                # Removed since the listing (its laptop does once every recipient has it):
                # nothing to ingest; the run goes on.
                continue
            except (UnreadableFileError, S3IntegrityError) as exc:
                # This object alone: said in its result, the others are still ingested.
                results.append(IngestResult(file=where, error=from_error(exc)))
                continue
            result = ingest_file(archive, conn, dest, check=archive.vault is not None)
            result.file = where
            results.append(result)
    return results


def refused(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Objects the ingest refused to download, with the reason (oldest first)."""
    return [
        dict(r[0])
        for r in conn.execute("SELECT details FROM audit WHERE event = 'refused' ORDER BY id")
    ]


@dataclass
class Requeued:
    sha256: str
    signer: str | None
    queued: bool  # accepted now, locked and queued again
    reason: str | None = None  # why it stays quarantined

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def requeue(archive: Archive, conn: psycopg.Connection) -> list[Requeued]:
    """Take back the bundles quarantined only because their signer was not trusted, now that
    the archive's vault may trust it: each is checked again by the core's rules; one they
    accept is stored under object lock in ``bundles/``, queued for the workers (its old job
    reset, attempts from zero) and leaves ``quarantine/``; the audit trail says
    ``requeued`` with its signer. One still refused keeps its quarantine, with the reason
    (updated when it is now refused for another one). Files in ``quarantine/`` the index
    does not know (``archive rebuild`` empties it) are checked again too, and recorded.
    Bundles whose job failed (storage or database unreachable, …: not refused) are queued
    again as they are. Idempotent; safe beside running workers."""
    results: list[Requeued] = []
    for sha, reason in conn.execute(
        "SELECT b.sha256, b.reason FROM bundles b JOIN jobs j ON j.bundle_sha256 = b.sha256 "
        "WHERE j.state = 'failed' AND b.state IN ('stored', 'quarantined') ORDER BY b.sha256"
    ).fetchall():
        if (reason is None or _failed_for_good(reason)) and retry_failed(conn, str(sha)):
            results.append(Requeued(str(sha), None, True))
    wanted = [
        str(r[0])
        for r in conn.execute(
            "SELECT sha256 FROM bundles WHERE state = 'quarantined' AND untrusted ORDER BY sha256"
        )
    ]
    kept = sorted(set(archive.storage.bundle_hashes(QUARANTINE)))
    known = {
        str(r[0])
        for r in conn.execute("SELECT sha256 FROM bundles WHERE sha256 = ANY(%s)", (kept,))
    }
    forgotten = [sha for sha in kept if sha not in known]
    with tempfile.TemporaryDirectory(prefix="fk-archive-") as tmp:
        for sha in [*wanted, *forgotten]:
            path = Path(tmp) / "requeue.fkb"
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            try:
                archive.storage.fetch_refused(sha, path)
            except FieldKitError as exc:
                results.append(Requeued(sha, None, False, from_error(exc)))
                continue
            check = precheck(archive, path, conn)
            if check.refusal is not None:
                if sha in forgotten:
                    _record_refused(conn, sha, path.stat().st_size, check)
                elif not check.untrusted:  # trusted now, but refused for another reason
                    conn.execute(
                        "UPDATE bundles SET reason = %s, untrusted = false, signer = %s "
                        "WHERE sha256 = %s AND state = 'quarantined'",
                        (_stored(check.refusal), check.signer, sha),
                    )
                results.append(Requeued(sha, check.signer, False, check.refusal))
                continue
            archive.storage.put_bundle(path, sha, lock=True)
            with conn.transaction():
                if sha in forgotten:
                    taken = enqueue(conn, sha, path.stat().st_size)
                else:
                    taken = bool(
                        conn.execute(
                            "UPDATE bundles SET state = 'stored', reason = NULL, "
                            "untrusted = false, signer = %s "
                            "WHERE sha256 = %s AND state = 'quarantined' AND untrusted",
                            (check.signer, sha),
                        ).rowcount
                    )
                    if taken:
                        conn.execute(
                            "INSERT INTO jobs (bundle_sha256) VALUES (%s) "
                            "ON CONFLICT (bundle_sha256) DO UPDATE SET state = 'queued', "
                            "attempts = 0, last_error = NULL, run_after = now(), "
                            "done_at = NULL, worker = NULL",
                            (sha,),
                        )
                if taken:
                    audit(
                        conn,
                        "requeued",
                        {
                            "bundle_sha256": sha,
                            "signer": check.signer,
                            "reason": "Its signer is trusted now.",
                        },
                    )
            if taken:
                try:
                    archive.storage.drop_quarantined(sha)
                except Exception as exc:  # the copy is unlocked: an operator can delete it
                    log.warning(
                        "archive: quarantined copy of %s kept (%s)", sha[:12], type(exc).__name__
                    )
            results.append(Requeued(sha, check.signer, taken))
    return results


# --- the worker -----------------------------------------------------------------------------


@dataclass
class JobOutcome:
    sha256: str
    state: str  # merged | quarantined | retry | failed | skipped
    reason: str | None = None
    new_revisions: int = 0


def claim_and_run(archive: Archive, conn: psycopg.Connection, worker: str) -> JobOutcome | None:
    """Run one queued job (None when none is ready). Everything the job writes, and its state,
    commit together; a crash anywhere in it leaves the job queued and the index unchanged."""
    with conn.transaction():
        # A rebuild's jobs (``ordered``) run one at a time, in their order: only the first
        # one queued may be taken, and no other while a worker holds it.
        row = conn.execute(
            "SELECT id, bundle_sha256, attempts FROM jobs WHERE state = 'queued' "
            "AND run_after <= now() AND (NOT ordered OR id = "
            "(SELECT min(id) FROM jobs WHERE state = 'queued' AND ordered)) "
            "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"
        ).fetchone()
        if row is None:
            return None
        job_id, sha, attempts = int(row[0]), str(row[1]), int(row[2])
        try:
            with conn.transaction():  # a savepoint: a failed job's partial work goes
                outcome = process_bundle(archive, conn, sha)
        except Refused as exc:
            outcome = JobOutcome(sha, "quarantined", exc.reason)
            conn.execute(
                "UPDATE bundles SET state = 'quarantined', reason = %s, untrusted = %s, "
                "signer = coalesce(%s, signer) WHERE sha256 = %s",
                (_stored(exc.reason), exc.untrusted, exc.signer, sha),
            )
            conn.execute(
                "UPDATE jobs SET state = 'failed', attempts = attempts + 1, last_error = %s, "
                "done_at = now(), worker = %s WHERE id = %s",
                (_stored(exc.reason), worker, job_id),
            )
            audit(conn, "quarantined", {"bundle_sha256": sha, "reason": str(exc)})
            log.info("archive: bundle %s quarantined", sha[:12])
            _move_to_quarantine(archive, sha)
            return outcome
        except Exception as exc:
            # Never the message of an unknown error (it might quote content): its kind only.
            kind = from_error(exc) if isinstance(exc, FieldKitError) else type(exc).__name__
            if attempts + 1 >= MAX_ATTEMPTS:
                reason = Text("errors", FAILED_TIMES, count=attempts + 1, error=kind)
                # Not quarantined: nothing refused the bundle (S3 or PostgreSQL was away, a
                # bug): it stays 'stored', its job 'failed', for ingest or `requeue` to retry.
                conn.execute(
                    "UPDATE bundles SET reason = %s WHERE sha256 = %s",
                    (_stored(reason), sha),
                )
                conn.execute(
                    "UPDATE jobs SET state = 'failed', attempts = attempts + 1, "
                    "last_error = %s, done_at = now(), worker = %s WHERE id = %s",
                    (_stored(kind), worker, job_id),
                )
                audit(conn, "failed", {"bundle_sha256": sha, "reason": str(reason)})
                log.warning("archive: bundle %s failed; requeue retries it (%s)", sha[:12], kind)
                return JobOutcome(sha, "failed", reason)
            delay = RETRY_BASE_S * (2**attempts)
            conn.execute(
                "UPDATE jobs SET attempts = attempts + 1, last_error = %s, "
                "run_after = now() + make_interval(secs => %s), worker = %s WHERE id = %s",
                (_stored(kind), delay, worker, job_id),
            )
            log.warning("archive: bundle %s will be retried (%s)", sha[:12], kind)
            return JobOutcome(sha, "retry", kind)
        conn.execute(
            "UPDATE jobs SET state = 'done', attempts = attempts + 1, done_at = now(), "
            "worker = %s, last_error = NULL WHERE id = %s",
            (worker, job_id),
        )
        return outcome


def _move_to_quarantine(archive: Archive, sha: str) -> None:
    """Best effort: a refused bundle leaves ``bundles/`` for ``quarantine/`` (unlocked either
    way, so nothing is lost if this fails; a rebuild would just refuse it again)."""
    scratch = Path(tempfile.mkdtemp(prefix="fk-archive-"))
    try:
        archive.storage.move_to_quarantine(sha, scratch)
    except Exception as exc:
        log.warning("archive: bundle %s stays in bundles/ (%s)", sha[:12], type(exc).__name__)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def process_bundle(archive: Archive, conn: psycopg.Connection, sha: str) -> JobOutcome:
    """Verify (the core's rules), store photos, merge revisions; inside the caller's
    transaction. Raises Refused for a bundle to quarantine, anything else to retry."""
    if archive.vault is None:
        raise RuntimeError("the worker needs the archive's vault")
    tmp = Path(tempfile.mkdtemp(prefix="fk-archive-"))  # 0700; the bundle is as it travelled
    clock = _Stages()
    try:
        path = tmp / "bundle.fkb"
        archive.storage.fetch_bundle(sha, path)
        clock.lap("fetch")
        archive.sync_trust(conn)
        with archive.vault_lock:
            report = verify_bundle(path, vault=archive.vault, keep_content=True)
            me = own.load(archive.vault.db)
            revoked = {
                str(r[0])
                for r in archive.vault.db.execute(
                    "SELECT fingerprint FROM trust WHERE revoked_at IS NOT NULL"
                )
            }
            key = storage_key(archive.vault)
        clock.lap("verify")
        refusal, untrusted = _archive_refusal(report)
        if refusal is not None:
            raise Refused(refusal, untrusted=untrusted, signer=report.signer.fingerprint or None)
        header = report.header
        if header is None or report.inner is None:
            raise Refused(Text("errors", UNCHECKED))
        if header.sender == me.fingerprint:
            return _skip(conn, sha, Text("errors", OWN_BUNDLE))
        refusal = revoked_refusal(conn, header)
        if refusal is not None:
            raise Refused(refusal)
        # Revocation notices first, as a laptop applies them: to this bundle's revisions too.
        revoked |= _apply_notices(archive, conn, report.revocations or [], me.fingerprint, sha)
        revoked |= {str(r[0]) for r in conn.execute("SELECT fingerprint FROM revocations")}
        revoked |= {
            str(r[0])
            for r in conn.execute("SELECT fingerprint FROM trust_changes WHERE action = 'revoke'")
        }
        conn.execute(
            "UPDATE bundles SET bundle_id = %s, sender = %s, stream = %s, epoch = %s, "
            "sequence = %s, kind = %s, previous_bundle = %s WHERE sha256 = %s",
            (
                header.bundle_id,
                header.sender,
                header.stream,
                header.epoch,
                header.sequence,
                header.kind,
                header.previous_bundle,
                sha,
            ),
        )
        # Again now that this job writes to ``bundles``: an `archive trust revoke` that took
        # its cutoff meanwhile held that write until it committed (trust.revoke), and a bundle
        # after the cutoff must not be merged by a worker that verified it just before.
        refusal = revoked_refusal(conn, header)
        if refusal is not None:
            raise Refused(refusal)
        if conn.execute(
            "SELECT 1 FROM bundles WHERE bundle_id = %s AND state = 'merged' AND sha256 != %s",
            (header.bundle_id, sha),
        ).fetchone():
            raise Refused(Text("errors", SAME_ID))
        identities = [me.transport_key] if header.encrypted else []
        cards, revisions = read_content(path, header, report.inner, identities)

        # Photos first: content-addressed and written once, so a rolled-back job leaves at
        # most objects a later run stores again under the same keys.
        declared = report.inner.get("photos") or {}
        photos_stored = 0
        if isinstance(declared, dict) and declared:
            with SafeZip(path) as zf:
                # In hash order: two jobs carrying the same photos insert their rows in the
                # same order, so neither waits for the other in a cycle.
                wanted = sorted(
                    (entry["sha256"], visible)
                    for visible, entry in declared.items()
                    if isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
                )
                for want, visible in wanted:
                    if conn.execute("SELECT 1 FROM photos WHERE sha256 = %s", (want,)).fetchone():
                        continue
                    data = read_payload(zf, f"{header.bundle_id}/{visible}", identities)
                    archive.storage.put_photo(want, data, key)
                    conn.execute(
                        "INSERT INTO photos (sha256, first_bundle) VALUES (%s, %s) "
                        "ON CONFLICT DO NOTHING",
                        (want, sha),
                    )
                    # Its perceptual hash, while the photo is in hand (it is encrypted in the
                    # bucket): `archive duplicates` compares photos by it.
                    if not photo_duplicates.has_hash(conn, want):
                        photo_duplicates.store_photo_hash(conn, want, data)
                    photos_stored += 1
        clock.lap("photos")

        # Revisions: the records' stripes first (ascending), then the set union, then views.
        index.lock_records(conn, (r.record_id for r in revisions))
        for fingerprint in sorted(cards):
            conn.execute(
                "INSERT INTO authors (fingerprint, card) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (fingerprint, json.dumps(cards[fingerprint], sort_keys=True)),
            )
        held_before: set[str] = set()
        # A rebuild merges again bundles merged before a key was revoked: what they gave then
        # is the archive's (the emptied index holds nothing "before" any more).
        revoked -= _revoked_after_merge(conn, sha, revoked)
        if revoked:
            by_revoked = [r.rev_id for r in revisions if r.author in revoked]
            held_before = {
                str(x[0])
                for x in conn.execute(
                    "SELECT rev_id FROM revisions WHERE rev_id = ANY(%s)", (by_revoked,)
                )
            }
        accepted = [r for r in revisions if r.author not in revoked or r.rev_id in held_before]
        skipped = len(revisions) - len(accepted)
        fresh = _insert_checked(conn, accepted, sha)
        new, duplicates = len(fresh), len(accepted) - len(fresh)
        # As a laptop: a new revision dated more than a day ahead of this clock is flagged.
        limit = int(time.time() * 1000) + DAY_MS
        ahead = sorted(
            r.rev_id for r in accepted if r.rev_id in fresh and parse_hlc(r.hlc)[0] > limit
        )
        if ahead:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO revision_flags (rev_id, flag) VALUES (%s, 'clock_ahead') "
                    "ON CONFLICT DO NOTHING",
                    [(rev_id,) for rev_id in ahead],
                )
        touched = {r.record_id for r in accepted if r.rev_id in fresh}
        conflicts = index.refresh_many(conn, touched)
        conn.execute(
            "UPDATE bundles SET state = 'merged', reason = NULL, new_revisions = %s, "
            "duplicates = %s, merged_at = now() WHERE sha256 = %s",
            (new, duplicates, sha),
        )
        audit(
            conn,
            "merged",
            {
                "bundle_sha256": sha,
                "bundle": header.bundle_id,
                "sender": header.sender,
                "sequence": header.sequence,
                "new_revisions": new,
                "duplicates": duplicates,
                "skipped_revoked": skipped,
                "clock_ahead": len(ahead),
                "photos": photos_stored,
                "conflicts": conflicts,
                "seconds": clock.lap("merge"),
            },
        )
        # Locked only now that the core's rules accepted it (a no-op when ingest did it).
        archive.storage.ensure_retention(sha)
        return JobOutcome(sha, "merged", None, new)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _revoked_after_merge(conn: psycopg.Connection, sha: str, keys: set[str]) -> set[str]:
    """Those of ``keys`` first revoked (audit ``key_revoked``) after this bundle was first
    merged (audit ``merged``, kept by a rebuild): their revisions in it were merged then.
    Empty for a bundle never merged before."""
    if not keys:
        return set()
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT k FROM unnest(%s::text[]) AS k WHERE "
            "(SELECT min(id) FROM audit WHERE event = 'merged' "
            "AND details->>'bundle_sha256' = %s) < "
            "(SELECT min(id) FROM audit WHERE event = 'key_revoked' "
            "AND details->>'fingerprint' = k)",
            (sorted(keys), sha),
        )
    }


def _insert_checked(conn: psycopg.Connection, revisions: list[Revision], sha: str) -> set[str]:
    """Insert a bundle's revisions (in the bundle's order) as a laptop's import does: each
    handover revision first passes the core's acceptance check against what is held before
    it, this bundle's earlier lines included (the revisions between two handovers go in one
    batch). A forged acceptance raises Refused with the laptop's sentence; the caller's
    transaction then keeps nothing of the bundle. Returns the rev ids that were new."""
    fresh: set[str] = set()
    batch: list[Revision] = []
    held = index.VaultQueries(conn)
    for rev in revisions:
        if rev.kind == F.HANDOVER:
            fresh |= index.insert_revisions(conn, batch, sha)
            batch = []
            try:
                check_handover_acceptance(held, rev)
            except FieldKitError as exc:
                raise Refused(from_error(exc)) from None
        batch.append(rev)
    fresh |= index.insert_revisions(conn, batch, sha)
    return fresh


class _Undo(Exception):
    """Rolls the archive vault's transaction back: notices are checked there, kept here."""


def _apply_notices(
    archive: Archive,
    conn: psycopg.Connection,
    notices: list[dict[str, Any]],
    me: str,
    sha: str,
) -> set[str]:
    """Apply a bundle's revocation notices as a laptop does, with the core's rule
    (``apply_notice``: a verified, trusted coordinator's valid signature; never the archive's
    own key) judged by the archive vault's trust store; the vault itself is left unchanged
    and the revocation is kept in PostgreSQL, inside the job's transaction, for every worker.
    Returns the fingerprints revoked now."""
    if not notices or archive.vault is None:
        return set()
    applied: list[tuple[str, str]] = []
    with archive.vault_lock:
        try:
            with archive.vault.transaction() as vdb:
                for obj in notices:
                    target = apply_notice(vdb, obj, me)
                    if target:
                        applied.append((target, str(obj["notice"]["issuer"])))
                raise _Undo
        except _Undo:
            pass
    revoked: set[str] = set()
    for target, issuer in applied:
        cutoff = shared_trust.cutoff(conn, target)
        new = conn.execute(
            "INSERT INTO revocations (fingerprint, issuer, cutoff, bundle_sha256) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
            (target, issuer, json.dumps(cutoff) if cutoff else None, sha),
        ).rowcount
        if new:
            audit(
                conn,
                "key_revoked",
                {"fingerprint": target, "notice_by": issuer, "bundle_sha256": sha},
            )
            revoked.add(target)
    return revoked


def revocations(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Keys revoked by coordinators' notices the archive applied."""
    return [
        {"fingerprint": r[0], "notice_by": r[1], "cutoff": r[2]}
        for r in conn.execute(
            "SELECT fingerprint, issuer, cutoff FROM revocations ORDER BY revoked_at, fingerprint"
        )
    ]


class _Stages:
    """Seconds spent in each stage of a job (in the audit trail, for operators and benchmarks)."""

    def __init__(self) -> None:
        self._last = time.monotonic()
        self.seconds: dict[str, float] = {}

    def lap(self, stage: str) -> dict[str, float]:
        now = time.monotonic()
        self.seconds[stage] = round(now - self._last, 4)
        self._last = now
        return self.seconds


def _skip(conn: psycopg.Connection, sha: str, reason: str) -> JobOutcome:
    conn.execute(
        "UPDATE bundles SET state = 'skipped', reason = %s WHERE sha256 = %s",
        (_stored(reason), sha),
    )
    return JobOutcome(sha, "skipped", reason)


def run_worker(
    archive: Archive,
    *,
    burst: bool = False,
    concurrency: int = 1,
    poll_s: float = 1.0,
    on_outcome: Callable[[JobOutcome], None] | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Run jobs on ``concurrency`` threads (one connection each) until ``stop`` is set, or with
    ``burst`` until no job is ready. Returns the number of jobs run."""
    stop = stop or threading.Event()
    name = f"{socket.gethostname()}:{os.getpid()}"
    done = [0]
    count_lock = threading.Lock()

    def loop(n: int) -> None:
        with archive.connect() as conn:
            while not stop.is_set():
                outcome = claim_and_run(archive, conn, f"{name}/{n}")
                if outcome is None:
                    if burst and not _pending(conn):
                        return
                    stop.wait(poll_s if not burst else 0.2)
                    continue
                with count_lock:
                    done[0] += 1
                if on_outcome is not None:
                    on_outcome(outcome)

    errors: list[BaseException] = []

    def guarded(target: Callable[[], None]) -> None:
        try:
            target()
        except BaseException as exc:
            errors.append(exc)
            stop.set()

    threads = [
        threading.Thread(target=guarded, args=(lambda n=n: loop(n),), daemon=True)
        for n in range(concurrency)
    ]
    for t in threads:
        t.start()
    try:
        while any(t.is_alive() for t in threads):
            for t in threads:
                t.join(timeout=0.5)
    except KeyboardInterrupt:
        stop.set()
        for t in threads:
            t.join()
    if errors:
        raise errors[0]
    return done[0]


def _pending(conn: psycopg.Connection) -> bool:
    """Jobs still queued that a worker could take now or soon (a retry waiting counts)."""
    row = conn.execute("SELECT count(*) FROM jobs WHERE state = 'queued'").fetchone()
    return bool(row and row[0])


# --- status, rebuild ----------------------------------------------------------------------


def status(conn: psycopg.Connection) -> dict[str, Any]:
    def one(sql: str) -> int:
        row = conn.execute(sql).fetchone()
        return int(row[0]) if row else 0

    return {
        "bundles": one("SELECT count(*) FROM bundles"),
        "merged": one("SELECT count(*) FROM bundles WHERE state = 'merged'"),
        "records": one("SELECT count(*) FROM records"),
        "revisions": one("SELECT count(*) FROM revisions"),
        "conflicts": one("SELECT count(*) FROM records WHERE in_conflict"),
        "photos": one("SELECT count(*) FROM photos"),
        "queued": one("SELECT count(*) FROM jobs WHERE state = 'queued'"),
        "failed": one("SELECT count(*) FROM jobs WHERE state = 'failed'"),
        "quarantined": one("SELECT count(*) FROM bundles WHERE state = 'quarantined'"),
        "refused": one("SELECT count(*) FROM audit WHERE event = 'refused'"),
        "view_sha256": index.view_checksum(conn),
    }


def quarantined(conn: psycopg.Connection) -> list[dict[str, Any]]:
    return [
        {"sha256": r[0], "reason": from_stored(r[1]) if r[1] else r[1]}
        for r in conn.execute(
            "SELECT sha256, reason FROM bundles WHERE state = 'quarantined' ORDER BY sha256"
        )
    ]


def failed(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Bundles whose job failed for a reason other than a refusal (storage or database away,
    …), with it: `archive requeue` or an ingest of the same file queues them again."""
    return [
        {"sha256": r[0], "reason": from_stored(r[1]) if r[1] else r[1]}
        for r in conn.execute(
            "SELECT b.sha256, b.reason FROM bundles b JOIN jobs j ON j.bundle_sha256 = b.sha256 "
            "WHERE j.state = 'failed' AND b.state = 'stored' ORDER BY b.sha256"
        )
    ]


def _sender_names(conn: psycopg.Connection) -> dict[str, str]:
    """The names senders were trusted under with `archive trust add` (the latest wins)."""
    return {
        str(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT fingerprint, name FROM trust_changes WHERE action = 'add' "
            "AND name IS NOT NULL AND name <> '' ORDER BY id"
        )
    }


def _sender_shown(fingerprint: str, names: dict[str, str]) -> str:
    """A sender as people know it: its trusted name, else its fingerprint's display form (the
    digits a card and the app show), never 16 raw hex digits nobody can match."""
    if fingerprint in names:
        return names[fingerprint]
    try:
        return display_form(fingerprint)
    except ValueError:  # a header naming no well-formed key: what it says, cut short
        return fingerprint[:16]


def stream_gaps(conn: psycopg.Connection) -> list[str]:
    """Missing sequence numbers in every sender's stream and epoch (merged bundles)."""
    gaps: list[str] = []  # Text: English in --json, translated where shown
    rows = conn.execute(
        "SELECT sender, stream, epoch, array_agg(DISTINCT sequence) FROM bundles "
        "WHERE state = 'merged' GROUP BY sender, stream, epoch ORDER BY 1, 2, 3"
    ).fetchall()
    names = _sender_names(conn) if rows else {}
    for sender, stream, _epoch, sequences in rows:
        # Between the numbers held, never range(1, last): a hostile sender may claim 2**31 - 1.
        listed, more = bundle_gaps.missing(sequences)
        # The sender by the name it was trusted under (else the digits its card shows), not 16
        # hex digits nobody can match (r13 UI trial 2 #6); the translations say what the
        # stream is (a series of bundles: a sender starts a new one after a restore).
        who = _sender_shown(sender, names)
        for n in listed:
            gaps.append(
                Text(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors", "Bundle {number} of stream {stream} from {sender} is missing."
                    ),
                    number=n,
                    stream=stream[:8],
                    sender=who,
                )
            )
        if more > 0:
            # The laptop's sentence (fieldkit/bundles/gaps.py), with the whole name.
            gaps.append(
                later.translate(
                    "errors",
                    "Also not received yet: %n more bundle(s) of stream {stream} from {sender}.",
                    "",
                    more,
                    stream=stream[:8],
                    sender=who,
                )
            )
    return gaps


def forks(conn: psycopg.Connection) -> list[str]:
    """Different merged bundles at the same place (sequence) of one sender's stream and
    epoch, as a laptop reports them."""
    rows = conn.execute(
        "SELECT sender, stream, sequence, array_agg(DISTINCT bundle_id ORDER BY bundle_id) "
        "FROM bundles WHERE state = 'merged' GROUP BY sender, stream, epoch, sequence "
        "HAVING count(DISTINCT bundle_id) > 1 ORDER BY 1, 2, 3"
    ).fetchall()
    names = _sender_names(conn) if rows else {}
    return [
        Text(
            "errors",
            QT_TRANSLATE_NOOP(
                "errors",
                "Bundles {bundles} both claim sequence {sequence} of stream {stream} "
                "from {sender}.",
            ),
            bundles=", ".join(b[:8] for b in ids),
            sequence=sequence,
            stream=stream[:8],
            sender=_sender_shown(sender, names),
        )
        for sender, stream, sequence, ids in rows
    ]


def clock_ahead(conn: psycopg.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Revisions dated more than a day ahead of the worker's clock when they arrived."""
    return [
        {"rev_id": r[0], "record_id": r[1], "author": r[2], "hlc": r[3]}
        for r in conn.execute(
            "SELECT f.rev_id, r.record_id, r.author, r.hlc FROM revision_flags f "
            "JOIN revisions r USING (rev_id) WHERE f.flag = 'clock_ahead' "
            "ORDER BY r.hlc DESC, f.rev_id LIMIT %s",
            (limit,),
        )
    ]


def rebuild(archive: Archive, conn: psycopg.Connection) -> int:
    """Empty the index and queue every bundle in the bucket again (the caller runs workers).

    Revocation notices apply in the order bundles are merged (as on a laptop: a bundle from a
    revoked key is accepted up to the last one merged before the notice), so the bundles are
    queued in the order they were first merged (the audit trail, which a rebuild keeps), then
    any other by the time it was stored, and the queue runs them one at a time in that order
    (``jobs.ordered``): the rebuilt trust, revocations and heads are the ones ingest gave. A
    key revoked with `archive trust revoke` is revoked for the whole rebuild, so the revisions
    its author made are judged by when their bundle was first merged (before the revocation:
    kept) and its bundles by the cutoff, never by what the emptied index holds."""
    stored = dict(archive.storage.stored_bundles())
    first_merged = {
        str(r[0]): int(r[1])
        for r in conn.execute(
            "SELECT details->>'bundle_sha256', min(id) FROM audit WHERE event = 'merged' GROUP BY 1"
        )
    }
    order = sorted(
        stored,
        key=lambda sha: (sha not in first_merged, first_merged.get(sha, 0), stored[sha], sha),
    )
    with conn.transaction():
        conn.execute("LOCK TABLE jobs, bundles IN ACCESS EXCLUSIVE MODE")
        conn.execute("TRUNCATE " + ", ".join(INDEX_TABLES))
        with conn.cursor() as cur:
            rows = [(sha,) for sha in order]
            cur.executemany("INSERT INTO bundles (sha256, size) VALUES (%s, 0)", rows)
            cur.executemany("INSERT INTO jobs (bundle_sha256, ordered) VALUES (%s, true)", rows)
        audit(conn, "rebuild", {"bundles": len(order)})
    return len(order)
