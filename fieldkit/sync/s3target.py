"""S3-compatible sync targets: ``s3://BUCKET/PREFIX`` on an endpoint (SPEC §8, §11).

The keys under the prefix are a folder target's file names (``layout``): ``<sender>/<bundle>``,
``receipts/<writer>-<id>.fkr`` and the ``.fieldkit-target`` marker, so an administrator can
read either kind the same way. Every writer only writes and removes its own names, as on a
folder that Syncthing carries, so no lock is needed.

- **Credentials** (access key and secret) live only in the vault's encrypted database
  (``sync_s3_targets``); never in a file, the environment of a child, a log or a message.
- **Uploads** go through :meth:`S3Client.upload_file`: multipart in 8 MiB parts, each part
  confirmed by the server recorded in ``sync_s3_parts`` before the next is sent, so a cut link
  or a killed process costs only the part in flight.
- **Downloads** land in the vault's ``sync-staging/`` (bundles and receipts are age ciphertext
  addressed to their recipients) under a name made of the key and the object's ETag, and are
  continued with range requests; the import then verifies them like any bundle. A plain
  (unencrypted) bundle is staged like the others and removed as soon as it is judged.
- **Offline**: a probe is one LIST of at most one key with short timeouts; a target that stops
  answering mid-way raises TargetOfflineError ("not reachable, nothing lost").
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit import foreign_files, fsutil, logs
from fieldkit.clock import now as _now
from fieldkit.errors import FieldKitError, StorageError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error, message, number
from fieldkit.identity.card import IdentityCard
from fieldkit.vault.vault import Vault

from . import layout
from .s3client import (
    RemoteObject,
    S3Client,
    S3Credentials,
    S3IntegrityError,
    S3Location,
    S3SourceChangedError,
    S3UnreachableError,
    TransferOptions,
)
from .storage import Cancel, Delivery, ReceiptFile, TargetOfflineError
from .targets import SyncTarget, TargetUnreachableError, check_name, check_recipients, get_target

if TYPE_CHECKING:
    from .inbox import Candidate
    from .outbox import OutboxBundle

log = logging.getLogger(__name__)

STAGING = "sync-staging"
PROBE_SECONDS = 120.0  # the desktop app probes a network target at most this often
PROBE_TIMEOUT = 10.0
FORGET_TIMEOUT = 3.0  # removing a target waits at most this long per request on the network
# Above any bundle FieldKit writes (3.9 GiB by default): a larger object is never downloaded
# (anyone who can write the bucket could otherwise fill the laptop's disk).
MAX_DOWNLOAD = 5 << 30
# Room kept free besides the download itself: the import writes about as much again.
FREE_MARGIN = 256 << 20
OFFLINE_HINT = "Nothing was lost: bundles wait in the outbox and the next sync resumes."
# Timeouts a 2G/3G link survives, and retries with backoff and jitter (s3client).
TRANSFER_OPTIONS = TransferOptions()
# Said before each pause between attempts of a request (S3Storage.tell_retries): a link gone
# silent costs a read timeout per attempt, minutes in all, and the user should know the sync
# is alive meanwhile.
NOT_ANSWERING = QT_TRANSLATE_NOOP(
    "progress",
    "The sync target '{name}' is not answering; trying again in {seconds} s "
    "(attempt {attempt} of {attempts})…",
)


class NoRoomError(
    StorageError,
    hint=QT_TRANSLATE_NOOP("errors", "Free some space on the laptop's disk, then sync again."),
):
    """Too little free space in the vault's folder to download one bundle: that bundle waits on
    the target (the next sync tries again), the others are still picked up."""


@dataclass(frozen=True)
class S3Settings:
    endpoint: str
    region: str | None
    credentials: S3Credentials
    bandwidth: int | None = None  # bytes per second

    def to_json(self) -> dict[str, object]:
        """What may be shown: never the secret, and the access key shortened."""
        return {
            "endpoint": self.endpoint,
            "region": self.region,
            "access_key": self.credentials.access_key[:4] + "…",
            "bandwidth": self.bandwidth,
        }


def check_endpoint(endpoint: str) -> str:
    """The endpoint URL, checked: http(s) and a host, never credentials. A URL carrying a
    user name or password is refused first and never quoted (with or without a scheme), so
    no message, log line or stored reason repeats the secret in it."""
    from urllib.parse import urlsplit

    endpoint = endpoint.strip()
    after_scheme = endpoint.split("://", 1)[-1]
    authority = re.split(r"[/?#]", after_scheme, maxsplit=1)[0]
    parts = urlsplit(endpoint)
    if "@" in authority or parts.username or parts.password:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The endpoint URL must not carry a user name or password; "
                "give the credentials with --credentials-file or "
                "AWS_ACCESS_KEY_ID.",
            )
        )
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "'{endpoint}' is not an endpoint URL like https://s3.example.org."
            ),
            endpoint=endpoint,
        )
    return endpoint.rstrip("/")


def load_settings(vault: Vault, name: str) -> S3Settings:
    row = vault.db.execute(
        "SELECT endpoint, region, access_key, secret_key, bandwidth FROM sync_s3_targets "
        "WHERE name = ?",
        (name,),
    ).fetchone()
    if row is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The S3 settings of the sync target '{name}' are missing."),
            QT_TRANSLATE_NOOP(
                "errors",
                "Add the target again with `fieldkit sync target add NAME "
                "s3://BUCKET/PREFIX --endpoint URL`.",
            ),
            name=name,
        )
    secret = str(row[3])
    logs.redact(secret)
    return S3Settings(
        endpoint=str(row[0]),
        region=None if row[1] is None else str(row[1]),
        credentials=S3Credentials(str(row[2]), secret),
        bandwidth=None if row[4] is None else int(row[4]),
    )


def client_for(target: SyncTarget, settings: S3Settings) -> S3Client:
    if target.url is None:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The sync target '{name}' is a folder, not S3 storage."),
            name=target.name,
        )
    return S3Client(
        settings.endpoint,
        S3Location.parse(target.url),
        settings.credentials,
        settings.region,
        dataclasses.replace(TRANSFER_OPTIONS, bandwidth=settings.bandwidth),
    )


def test_connection(
    url: str, endpoint: str, credentials: S3Credentials, region: str | None = None
) -> str | None:
    """None when the bucket answers with these credentials, else one sentence why not.

    For the desktop app's *Test connection*: no vault, one cheap request."""
    client = S3Client(check_endpoint(endpoint), S3Location.parse(url), credentials, region or None)
    return client.probe(PROBE_TIMEOUT)


def add_s3_target(
    vault: Vault,
    name: str,
    url: str,
    endpoint: str,
    credentials: S3Credentials,
    cards: list[IdentityCard],
    *,
    region: str | None = None,
    bandwidth: int | None = None,
    probe: bool = True,
) -> tuple[SyncTarget, str | None]:
    """Remember ``url`` on ``endpoint`` as target ``name``, with its credentials, in the vault.

    The bucket is probed: refused credentials or a missing bucket raise S3AccessError (nothing
    is kept); an endpoint that does not answer now is kept all the same (a field laptop adds its
    target before it reaches the network) and the second value says so. FieldKit's marker is
    written under the prefix when the bucket answers and it is absent (else at the first sync).
    ``probe=False`` (the desktop app, which never waits on the network on its GUI thread)
    skips the network entirely.
    """
    name = check_name(name)
    location = S3Location.parse(url)
    endpoint = check_endpoint(endpoint)
    if not credentials.access_key or not credentials.secret_key:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "An S3 target needs an access key and a secret.")
        )
    if bandwidth is not None and bandwidth < 1024:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "A bandwidth limit is at least 1 kB/s."))
    logs.redact(credentials.secret_key)
    check_recipients(vault, cards)
    client = S3Client(endpoint, location, credentials, region or None)
    problem = client.probe(PROBE_TIMEOUT) if probe else None
    if problem is not None and not problem.endswith("is not reachable."):
        from .s3client import S3AccessError

        raise S3AccessError(problem)
    if probe and problem is None and client.head(location.key(layout.MARKER)) is None:
        client.put_bytes(location.key(layout.MARKER), layout.MARKER_BYTES)
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO sync_targets (name, path, recipients, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET path = excluded.path, "
            "recipients = excluded.recipients, last_error = NULL",
            (name, location.url, json.dumps([c.raw for c in cards], sort_keys=True), _now()),
        )
        db.execute(
            "INSERT INTO sync_s3_targets (name, endpoint, region, access_key, secret_key, "
            "bandwidth) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
            "endpoint = excluded.endpoint, region = excluded.region, "
            "access_key = excluded.access_key, secret_key = excluded.secret_key, "
            "bandwidth = excluded.bandwidth",
            (
                name,
                endpoint,
                region or None,
                credentials.access_key,
                credentials.secret_key,
                bandwidth,
            ),
        )
        # A folder target of that name had no upload journal; an older S3 one's is stale.
        db.execute("DELETE FROM sync_s3_uploads WHERE target = ?", (name,))
        db.execute("DELETE FROM sync_s3_parts WHERE target = ?", (name,))
    _forget_probe(vault, name)
    return get_target(vault, name), problem


# --- the probe cache ---------------------------------------------------------------------------

_probes: dict[tuple[str, str], tuple[float, str | None]] = {}


def _forget_probe(vault: Vault, name: str) -> None:
    _probes.pop((str(vault.path), name), None)


def probe(vault: Vault, target: SyncTarget, max_age: float = 0.0) -> str | None:
    """None when the S3 target answers now, else why not; a result younger than ``max_age``
    seconds is reused (the desktop app's status polls every few seconds; the network is
    asked at most every PROBE_SECONDS)."""
    key = (str(vault.path), target.name)
    cached = _probes.get(key)
    if cached is not None and time.monotonic() - cached[0] < max_age:
        return cached[1]
    try:
        client = client_for(target, load_settings(vault, target.name))
        problem = _problem_text(target, client.endpoint, client.probe(PROBE_TIMEOUT))
    except StorageError as exc:
        problem = from_error(exc)
    _probes[key] = (time.monotonic(), problem)
    return problem


def is_offline(problem: str | None) -> bool:
    """Whether ``problem`` (from :func:`probe`) means "no answer" rather than "refused"."""
    return problem is not None and "is not reachable" in problem


def _problem_text(target: SyncTarget, endpoint: str, found: str | None) -> str | None:
    if found is None:
        return None
    if found.endswith("is not reachable."):
        return message(
            QT_TRANSLATE_NOOP(
                "errors",
                "The sync target '{name}' ({endpoint}) is not reachable, nothing lost: bundles "
                "wait in the outbox.",
            ),
            name=target.name,
            endpoint=endpoint,
        )
    return message(
        QT_TRANSLATE_NOOP("errors", "The sync target '{name}' cannot be used: {problem}"),
        name=target.name,
        problem=found,
    )


# --- the upload journal ------------------------------------------------------------------------


class VaultJournal:
    """:class:`fieldkit.sync.s3client.UploadJournal` in the vault: one row per confirmed part."""

    def __init__(self, vault: Vault, target: str) -> None:
        self.vault = vault
        self.target = target

    def load(self, key: str) -> tuple[str, dict[int, tuple[str, str]]] | None:
        row = self.vault.db.execute(
            "SELECT upload_id FROM sync_s3_uploads WHERE target = ? AND key = ?",
            (self.target, key),
        ).fetchone()
        if row is None:
            return None
        parts = {
            int(r[0]): (str(r[1]), str(r[2]))
            for r in self.vault.db.execute(
                "SELECT part, etag, sha256 FROM sync_s3_parts WHERE target = ? AND key = ?",
                (self.target, key),
            )
        }
        return str(row[0]), parts

    def begin(self, key: str, upload_id: str, part_size: int) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM sync_s3_parts WHERE target = ? AND key = ?", (self.target, key))
            db.execute(
                "INSERT INTO sync_s3_uploads (target, key, upload_id, part_size, started_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(target, key) DO UPDATE SET "
                "upload_id = excluded.upload_id, part_size = excluded.part_size, "
                "started_at = excluded.started_at",
                (self.target, key, upload_id, part_size, _now()),
            )

    def confirm(self, key: str, part: int, etag: str, sha256_b64: str) -> None:
        with self.vault.transaction() as db:
            db.execute(
                "INSERT INTO sync_s3_parts (target, key, part, etag, sha256) VALUES "
                "(?, ?, ?, ?, ?) ON CONFLICT(target, key, part) DO UPDATE SET "
                "etag = excluded.etag, sha256 = excluded.sha256",
                (self.target, key, part, etag, sha256_b64),
            )

    def finish(self, key: str) -> None:
        with self.vault.transaction() as db:
            db.execute("DELETE FROM sync_s3_parts WHERE target = ? AND key = ?", (self.target, key))
            db.execute(
                "DELETE FROM sync_s3_uploads WHERE target = ? AND key = ?", (self.target, key)
            )


def bytes_confirmed(vault: Vault, target: str) -> int:
    """Bytes of unfinished uploads to ``target`` that the server already confirmed."""
    row = vault.db.execute(
        "SELECT coalesce(sum(u.part_size), 0) FROM sync_s3_parts p JOIN sync_s3_uploads u "
        "ON u.target = p.target AND u.key = p.key WHERE p.target = ?",
        (target,),
    ).fetchone()
    return int(row[0])


def staging_folder(vault: Vault, name: str) -> Path:
    """Where target ``name``'s downloads are staged (continued after an interruption)."""
    return vault.path / STAGING / hashlib.sha256(name.encode()).hexdigest()[:16]


def abort_journalled_uploads(vault: Vault, target: SyncTarget) -> None:
    """Abort on the server the multipart uploads to ``target`` that the journal knows (when the
    target is forgotten). Best effort and quiet: an offline or refusing server keeps them
    until its own expiry; nothing here waits longer than a few seconds per request."""
    uploads = [
        (str(r[0]), str(r[1]))
        for r in vault.db.execute(
            "SELECT key, upload_id FROM sync_s3_uploads WHERE target = ?", (target.name,)
        )
    ]
    if not uploads:
        return
    try:
        settings = load_settings(vault, target.name)
        quick = dataclasses.replace(
            TRANSFER_OPTIONS,
            connect_timeout=FORGET_TIMEOUT,
            read_timeout=FORGET_TIMEOUT,
            attempts=1,
            backoff_base=0.1,
        )
        client = S3Client(
            settings.endpoint,
            S3Location.parse(target.url or ""),
            settings.credentials,
            settings.region,
            quick,
        )
        if client.probe(FORGET_TIMEOUT) is not None:
            return
        for key, upload_id in uploads:
            client.abort_upload(key, upload_id)
    except FieldKitError as exc:  # offline, refused, no S3 client installed: never mind
        log.info("S3 uploads not aborted: %s", type(exc).__name__)


def drop_staging(vault: Vault, name: str) -> None:
    """Remove target ``name``'s staged downloads (partial, age ciphertext)."""
    shutil.rmtree(staging_folder(vault, name), ignore_errors=True)


# --- the storage -------------------------------------------------------------------------------


def _megabytes(n: int) -> str:
    return f"{number(max(1, round(n / 1e6)))} MB"


def _staged_name(rel: str, etag: str) -> str:
    return hashlib.sha256(f"{rel}\n{etag}".encode()).hexdigest()[:40] + ".part"


class S3Storage:
    """:class:`fieldkit.sync.storage.TargetStorage` on an S3-compatible bucket."""

    def __init__(self, vault: Vault, target: SyncTarget, client: S3Client) -> None:
        self.vault = vault
        self.target = target
        self.client = client
        self.location = client.location
        self.journal = VaultJournal(vault, target.name)
        self._listing: dict[str, RemoteObject] | None = None
        self._warnings: list[str] = []  # the pick-up's, for a download refused for want of room
        self.staging = staging_folder(vault, target.name)

    @classmethod
    def load(cls, vault: Vault, target: SyncTarget) -> S3Storage:
        return cls(vault, target, client_for(target, load_settings(vault, target.name)))

    def tell_retries(self, notice: Callable[[Text], None]) -> None:
        """Have ``notice`` told, as a translatable sentence, of each retry of a request that got
        no answer (NOT_ANSWERING), before the pause."""

        def on_retry(attempt: int, attempts: int, pause: float) -> None:
            notice(
                Text(
                    "progress",
                    NOT_ANSWERING,
                    name=self.target.name,
                    seconds=max(1, math.ceil(pause)),
                    attempt=attempt,
                    attempts=attempts,
                )
            )

        self.client.on_retry = on_retry

    # --- reachability and the session -----------------------------------------------------

    def problem(self) -> str | None:
        problem = _problem_text(self.target, self.client.endpoint, self.client.probe(PROBE_TIMEOUT))
        _probes[(str(self.vault.path), self.target.name)] = (time.monotonic(), problem)
        return problem

    def require(self) -> None:
        problem = self.problem()
        if problem is not None:
            raise TargetUnreachableError(problem, OFFLINE_HINT)

    @contextmanager
    def session(self, timeout: float, cancel: Cancel) -> Iterator[None]:
        self._listing = None
        try:
            if layout.MARKER not in self.listing:  # added without asking the network
                try:
                    self.client.put_bytes(self.location.key(layout.MARKER), layout.MARKER_BYTES)
                except S3UnreachableError as exc:
                    raise self._offline(exc) from None
                except StorageError as exc:  # write refused: reading may still work
                    log.warning("S3 marker not written: %s", type(exc).__name__)
            yield
        finally:
            self._listing = None
            self._drop_staged(lambda name: name.startswith("receipt-"))

    def _offline(self, exc: S3UnreachableError) -> TargetOfflineError:
        return TargetOfflineError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The link to the sync target '{name}' dropped: not reachable, nothing lost.",
            ),
            OFFLINE_HINT,
            name=self.target.name,
        )

    @property
    def listing(self) -> dict[str, RemoteObject]:
        """Every key under the prefix (as rel paths), listed once per sync."""
        if self._listing is None:
            try:
                objects = self.client.list()
            except S3UnreachableError as exc:
                raise self._offline(exc) from None
            self._listing = {self.location.rel(o.key): o for o in objects}
        return self._listing

    def tidy(self, me: str) -> int:
        return 0  # an interrupted upload is resumed, not removed; staged copies likewise

    # --- picking up -----------------------------------------------------------------------

    def candidates(self, me: str, warnings: list[str]) -> list[Candidate]:
        from .inbox import Candidate

        self._warnings = warnings
        found = []
        for rel, obj in sorted(self.listing.items()):
            *folders, name = rel.split("/")
            if not name.endswith(layout.BUNDLE_SUFFIX) or name.startswith("."):
                continue
            if folders and (len(folders) != 1 or not layout.is_fingerprint(folders[0])):
                continue
            if folders and folders[0] == me:
                continue
            problem = None
            if obj.size > MAX_DOWNLOAD:
                problem = message(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This file is larger than any bundle FieldKit writes, so it was not "
                        "downloaded.",
                    )
                )
            found.append(Candidate(Path(rel), rel, obj.size, obj.mtime_ns, problem, remote=obj))
        return found

    def fetch(self, c: Candidate, cancel: Cancel) -> Path:
        obj = c.remote
        if not isinstance(obj, RemoteObject):  # pragma: no cover - candidates() sets it
            raise FileNotFoundError(c.rel)
        fsutil.make_private_dir(self.staging)
        dest = self.staging / _staged_name(c.rel, obj.etag)
        try:
            self._check_room(obj, dest)
        except NoRoomError as exc:  # this bundle waits on the target; the others go on
            log.warning("S3 download skipped: too little free space")
            self._warnings.append(from_error(exc))
            raise FileNotFoundError(c.rel) from None
        try:
            self.client.download(obj, dest, cancel=cancel)
        except S3UnreachableError as exc:
            raise self._offline(exc) from None
        except S3IntegrityError:
            raise FileNotFoundError(c.rel) from None  # replaced meanwhile: seen next time
        return dest

    def _check_room(self, obj: RemoteObject, dest: Path) -> None:
        """Raises NoRoomError unless the vault's disk holds the rest of ``obj`` and a margin."""
        try:
            have = dest.stat().st_size
        except OSError:
            have = 0
        needed = max(0, obj.size - have) + max(FREE_MARGIN, obj.size)
        try:
            free = shutil.disk_usage(self.vault.path).free
        except OSError:
            return  # cannot tell: the download itself reports a full disk
        if free < needed:
            raise NoRoomError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A bundle of {size} on '{name}' was not downloaded: it needs "
                    "{needed} free on this laptop's disk and {free} is; it waits "
                    "on the target for the next sync.",
                ),
                size=_megabytes(obj.size),
                name=self.target.name,
                needed=_megabytes(needed),
                free=_megabytes(free),
            )

    def done_with(self, c: Candidate) -> None:
        if isinstance(c.remote, RemoteObject):
            (self.staging / _staged_name(c.rel, c.remote.etag)).unlink(missing_ok=True)

    def forget_staged(self, keep: set[str]) -> None:
        wanted = {
            _staged_name(rel, obj.etag) for rel, obj in (self._listing or {}).items() if rel in keep
        }
        self._drop_staged(lambda name: name.endswith(".part") and name not in wanted)

    def _drop_staged(self, drop: Callable[[str], bool]) -> None:
        try:
            names = os.listdir(self.staging)
        except OSError:
            return
        for name in names:
            if drop(name):
                (self.staging / name).unlink(missing_ok=True)

    def receipt_files(self, warnings: list[str]) -> list[ReceiptFile] | None:
        prefix = layout.RECEIPTS + "/"
        return [
            ReceiptFile(rel[len(prefix) :], obj.size)
            for rel, obj in sorted(self.listing.items())
            if rel.startswith(prefix) and "/" not in rel[len(prefix) :]
        ]

    def read_receipt(self, name: str, limit: int) -> tuple[bytes, Path]:
        rel = f"{layout.RECEIPTS}/{name}"
        obj = self.listing.get(rel)
        if obj is None:
            raise FileNotFoundError(rel)
        path = self.staging / f"receipt-{_staged_name(rel, obj.etag)}"
        if obj.size > limit:
            raise foreign_files.TooLargeError(
                QT_TRANSLATE_NOOP("errors", "This receipt is larger than any receipt can be.")
            )
        try:
            data = self.client.get_bytes(obj.key, limit)
        except S3UnreachableError as exc:
            raise self._offline(exc) from None
        except S3IntegrityError:
            raise foreign_files.TooLargeError(
                QT_TRANSLATE_NOOP("errors", "This receipt is larger than any receipt can be.")
            ) from None
        fsutil.make_private_dir(self.staging)
        fsutil.atomic_write(path, data)  # age ciphertext, kept only for the quarantine's copy
        return data, path

    def sender_folders(self) -> set[str]:
        return {
            rel.split("/", 1)[0]
            for rel in self.listing
            if "/" in rel and layout.is_fingerprint(rel.split("/", 1)[0])
        }

    def holds(self, rel: str) -> bool:
        return rel in self.listing

    # --- writing --------------------------------------------------------------------------

    def deliver(self, job: Delivery) -> None:
        from .delivery import lost_from_outbox, record_delivery

        for bundle in job.bundles:
            rel = f"{job.me}/{bundle.file_name}"
            key = self.location.key(rel)
            if not bundle.path.is_file():
                lost_from_outbox(job, bundle)
                continue
            sent = 0

            def progress(now: int) -> None:
                nonlocal sent
                if now > sent:
                    job.on_bytes(now - sent)
                    sent = now

            try:
                if self._already_there(rel, bundle):
                    self._forget_upload(key)
                else:
                    self.client.upload_file(
                        key, bundle.path, bundle.file_sha256, self.journal, progress, job.cancel
                    )
            except S3UnreachableError as exc:
                raise self._offline(exc) from None
            except S3SourceChangedError:
                lost_from_outbox(job, bundle, damaged=True)
                continue
            except OSError as exc:
                raise fsutil.storage_error(exc, str(bundle.path)) from exc
            progress(bundle.size)
            self.listing[rel] = RemoteObject(key, bundle.size, "", 0)
            record_delivery(job.vault, self.target, bundle, rel)
            job.delivered.append(bundle.bundle_id)
            log.info("delivered bundle %s to an S3 target", bundle.bundle_id[:8])

    def _already_there(self, rel: str, bundle: OutboxBundle) -> bool:
        """Uploaded completely before an interruption could record it (same size and SHA-256)."""
        obj = self.listing.get(rel)
        if obj is None or obj.size != bundle.size:
            return False
        found = self.client.head(obj.key)
        from .s3client import META_SHA256

        return found is not None and found[1].get(META_SHA256) == bundle.file_sha256

    def _forget_upload(self, key: str) -> None:
        """The object is whole on the server: a journalled upload of it is over (its row would
        keep `sync status` counting bytes pending), and its parts on the server go too."""
        state = self.journal.load(key)
        if state is None:
            return
        self.journal.finish(key)
        self.client.abort_upload(key, state[0])  # best effort: the server expires it anyway

    def put_receipt(self, name: str, data: bytes) -> None:
        rel = f"{layout.RECEIPTS}/{name}"
        try:
            self.client.put_bytes(self.location.key(rel), data)
        except S3UnreachableError as exc:
            raise self._offline(exc) from None
        self.listing[rel] = RemoteObject(self.location.key(rel), len(data), "", 0)

    def remove_own(self, rel: str) -> None:
        try:
            self.client.delete(self.location.key(rel))
        except S3UnreachableError as exc:
            raise self._offline(exc) from None
        self.listing.pop(rel, None)

    def remove_if_ours(self, rel: str, sha256: str) -> bool:
        from .s3client import META_SHA256

        try:
            found = self.client.head(self.location.key(rel))
            if found is None or found[1].get(META_SHA256) != sha256:
                return False  # gone already, or replaced by someone: left alone
            self.client.delete(self.location.key(rel))
        except S3UnreachableError as exc:
            raise self._offline(exc) from None
        self.listing.pop(rel, None)
        return True


__all__ = [
    "PROBE_SECONDS",
    "NoRoomError",
    "S3Settings",
    "S3Storage",
    "VaultJournal",
    "add_s3_target",
    "bytes_confirmed",
    "load_settings",
    "probe",
    "test_connection",
]
