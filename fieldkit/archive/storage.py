"""The archive's objects in S3: bundles under their SHA-256 (object lock, versioning) and photos
content-addressed, encrypted to the archive's storage key.

Layout under the archive's prefix: ``bundles/<sha256>.fkb`` and ``photos/<sha256>.age``. Both
are written once: a key that exists is never written again, so a bundle ingested twice, or a
photo carried by many bundles, is stored once. The S3 plumbing (signed requests, retries,
multipart, verified downloads) is the sync target's client, :mod:`fieldkit.sync.s3client`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from fieldkit.crypto import age
from fieldkit.errors import FieldKitError
from fieldkit.i18n import QT_TRANSLATE_NOOP, Text, from_error
from fieldkit.sync.s3client import (
    MIN_PART,
    PART_SIZE,
    RemoteObject,
    S3AccessError,
    S3Client,
    S3Credentials,
    S3IntegrityError,
    S3Location,
    S3UnreachableError,
    TransferOptions,
    parse_credentials_file,
)

from .config import ArchiveConfig

BUNDLES = "bundles/"
PHOTOS = "photos/"
# Files the ingest refused (bad signature, untrusted signer, …): kept for inspection, never
# under object lock, so an operator can delete what anyone with write access pushed.
QUARANTINE = "quarantine/"
# Bundles up to this size go up in one PUT carrying their retention; larger ones in parts, their
# retention given when the multipart upload is created (S3's CreateMultipartUpload takes
# ObjectLockMode/ObjectLockRetainUntilDate), so the completed object is never unlocked. A server
# that refuses the lock there gets it right after completion, and a crash in between is healed
# by the next ingest of the file or the worker's merge (``ensure_retention``).
SINGLE_PUT_LIMIT = 64 << 20
MAX_PHOTO_BYTES = 512 << 20
# The answers meaning "this bucket has no object lock" (AWS, MinIO, SeaweedFS; NotImplemented:
# a server without the feature); no other error does.
NO_LOCK_CODES = frozenset(
    {
        "ObjectLockConfigurationNotFoundError",
        "ObjectLockConfigurationNotFound",
        "NoSuchObjectLockConfiguration",
        "NotImplemented",
    }
)
# The archive's requests, bounded (r14 UI trial 2 #8). The sync's settings (8 attempts, 30 s to
# connect, pauses of up to 30 s between attempts) are for a laptop on a field link that should
# rather wait than give up; they made `archive ingest` tell its operator ~50 s after the storage
# died. The archive runs on a server with a steady link to its storage, and the worker retries a
# failed job on its own (jobs.MAX_ATTEMPTS): a storage that does not answer 4 attempts within
# about 4 s (5 s each when connections hang) is down, and the operator is told at once. A read
# still waits 60 s: a part of PART_SIZE, or the storage assembling a large upload.
ARCHIVE_TRANSFER = TransferOptions(
    connect_timeout=5.0, read_timeout=60.0, attempts=4, backoff_base=0.5, backoff_max=2.0
)
# The worker (`archive worker`, and the merge of `archive rebuild`) keeps the patient settings
# it always had: nobody waits on it, and a job whose requests all fail is retried only
# jobs.MAX_ATTEMPTS times (about 30 s of pauses) before it is failed for good, to be requeued
# by hand. Bounded just the same: about 2 minutes of attempts a request.
WORKER_TRANSFER = TransferOptions(
    connect_timeout=30.0, read_timeout=120.0, attempts=8, backoff_base=0.5, backoff_max=30.0
)
CHANGED_WHILE_STORED = QT_TRANSLATE_NOOP("errors", "{name} changed while it was being stored.")


class ArchiveStorageError(
    FieldKitError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Check the bucket's settings and the credentials, then run the command again."
    ),
):
    """The archive's object storage refused or failed a request."""


# What the archive says when its storage refuses it or does not answer (r15). The S3 client's
# own sentences end with the sync's advice (add the sync target again, the next sync resumes):
# a laptop's, where an archive operator has options and environment variables to check instead.
# Raised as the client's own kinds (S3AccessError, S3UnreachableError), so whatever catches those
# still does, and `archive init` still names them by their kind.
CREDENTIALS_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "The storage at {endpoint} does not accept the archive's access key and secret ({code}).",
)
CHECK_CREDENTIALS = QT_TRANSLATE_NOOP(
    "errors",
    "Check the key and secret the archive is given (--credentials-file, or AWS_ACCESS_KEY_ID "
    "and AWS_SECRET_ACCESS_KEY), then run the `fieldkit archive` command again.",
)
ACCESS_DENIED = QT_TRANSLATE_NOOP(
    "errors",
    "The storage at {endpoint} refused the archive access to the bucket '{bucket}' ({code}).",
)
ASK_FOR_ACCESS = QT_TRANSLATE_NOOP(
    "errors",
    "Check the archive's key and secret, and ask the storage's administrator to let that key "
    "read and write this bucket, then run the `fieldkit archive` command again.",
)
NO_BUCKET = QT_TRANSLATE_NOOP(
    "errors", "The archive's bucket '{bucket}' does not exist at {endpoint}."
)
CREATE_BUCKET = QT_TRANSLATE_NOOP(
    "errors",
    "Check the bucket named by --s3 (or FIELDKIT_ARCHIVE_S3), or create it with "
    "`fieldkit archive init`.",
)
CHECK_ENDPOINT = QT_TRANSLATE_NOOP(
    "errors",
    "Check that the storage is running and that --endpoint (or FIELDKIT_ARCHIVE_ENDPOINT) names "
    "it, then run the `fieldkit archive` command again: nothing already stored is lost.",
)
# The codes a storage gives a key it does not know or a secret that does not match.
BAD_CREDENTIALS_CODES = frozenset(
    {"InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidSecurity", "InvalidToken"}
)


def archive_error(exc: BaseException, bucket: str, endpoint: str) -> BaseException:
    """``exc`` as the archive says it: an S3 client's refusal or silence with the archive's own
    sentence and advice (its bucket ``bucket`` at ``endpoint``); any other exception as it is."""
    if isinstance(exc, S3UnreachableError):
        return S3UnreachableError(exc.template, CHECK_ENDPOINT, **exc.params)
    if not isinstance(exc, S3AccessError):
        return exc
    if "code" not in exc.params:  # the client's "bucket does not exist"
        return S3AccessError(NO_BUCKET, CREATE_BUCKET, bucket=bucket, endpoint=endpoint)
    code = str(exc.params["code"])
    if code in BAD_CREDENTIALS_CODES:
        return S3AccessError(CREDENTIALS_REFUSED, CHECK_CREDENTIALS, endpoint=endpoint, code=code)
    return S3AccessError(ACCESS_DENIED, ASK_FOR_ACCESS, endpoint=endpoint, bucket=bucket, code=code)


class ArchiveS3Client(S3Client):
    """The sync's S3 client, saying a refusal or a silence as the archive's (:func:`archive_error`):
    every request goes through :meth:`call`, a download through :meth:`download`."""

    def call(
        self,
        operation: str,
        cancel: Callable[[], bool] | None = None,
        attempts: int | None = None,
        **kwargs: Any,
    ) -> Any:
        try:
            return super().call(operation, cancel, attempts, **kwargs)
        except (S3AccessError, S3UnreachableError) as exc:
            raise archive_error(exc, self.location.bucket, self.endpoint) from None

    def download(
        self,
        obj: RemoteObject,
        dest: Path,
        on_bytes: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        try:
            super().download(obj, dest, on_bytes, cancel)
        except (S3AccessError, S3UnreachableError) as exc:
            raise archive_error(exc, self.location.bucket, self.endpoint) from None


class RetentionUnreadableError(ArchiveStorageError):
    """The storage gave no definite answer about a bundle's retention (it did not answer, or
    refused the request): neither "it has one" nor "it has none" is known."""


@dataclass
class BucketState:
    versioning: bool
    object_lock: bool
    lock_mode: str | None
    problems: list[str]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def credentials_from(config: ArchiveConfig) -> S3Credentials:
    """As for sync targets: the credentials file, else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY."""
    if config.credentials_file is not None:
        return parse_credentials_file(config.credentials_file)
    access = os.environ.get("AWS_ACCESS_KEY_ID")
    secret = os.environ.get("AWS_SECRET_ACCESS_KEY")
    if not access or not secret:
        from fieldkit.errors import UsageError

        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The archive's S3 credentials are missing."),
            QT_TRANSLATE_NOOP(
                "errors",
                "Give --credentials-file F, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.",
            ),
        )
    return S3Credentials(access, secret)


class ArchiveStorage:
    def __init__(
        self,
        config: ArchiveConfig,
        client: S3Client | None = None,
        credentials: S3Credentials | None = None,
        options: TransferOptions = ARCHIVE_TRANSFER,
    ) -> None:
        self.config = config
        self.location = S3Location.parse(config.s3_url)
        self.credentials = credentials or credentials_from(config)
        self.client = client or ArchiveS3Client(
            config.endpoint, self.location, self.credentials, config.region, options
        )
        self._lock: bool | None = None
        self.single_put_limit = SINGLE_PUT_LIMIT  # larger files go up in parts
        self.part_size = max(PART_SIZE, MIN_PART)
        self.lock_at_creation = True  # False once the server refused a lock on a multipart

    @property
    def bucket(self) -> str:
        return self.location.bucket

    # --- the bucket -------------------------------------------------------------------------

    def setup(self) -> BucketState:
        """Create the bucket if absent (with object lock), turn versioning on, say what holds."""
        problems: list[str] = []
        try:
            self.client.call("head_bucket", attempts=2, Bucket=self.bucket)
        except Exception:
            self._attempt(
                problems,
                QT_TRANSLATE_NOOP("errors", "The bucket could not be created ({error})."),
                "create_bucket",
                ObjectLockEnabledForBucket=True,
            )
        self._attempt(
            problems,
            QT_TRANSLATE_NOOP("errors", "Versioning could not be turned on ({error})."),
            "put_bucket_versioning",
            VersioningConfiguration={"Status": "Enabled"},
        )
        state = self.state()
        if not state.object_lock:
            self._attempt(
                problems,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Object lock could not be turned on ({error}): bundles are kept, "
                    "but the storage does not prevent their deletion.",
                ),
                "put_object_lock_configuration",
                ObjectLockConfiguration={"ObjectLockEnabled": "Enabled"},
            )
            state = self.state()
        state.problems = problems + state.problems
        return state

    def _attempt(self, problems: list[str], problem: str, operation: str, **args: Any) -> None:
        """``operation`` on the bucket; a refusal adds ``problem`` (a template whose ``{error}`` is
        the exception's class name, never the server's text) to ``problems`` and setup goes on,
        so it says at once everything that does not hold."""
        try:
            self.client.call(operation, attempts=2, Bucket=self.bucket, **args)
        except Exception as exc:
            problems.append(Text("errors", problem, error=type(exc).__name__))

    def state(self) -> BucketState:
        versioning = lock = False
        try:
            answer = self.client.call("get_bucket_versioning", attempts=2, Bucket=self.bucket)
            versioning = answer.get("Status") == "Enabled"
        except Exception:  # noqa: S110 - a server without versioning answers with an error
            pass
        try:
            lock = self._lock = self._ask_lock()
        except Exception:  # noqa: S110 - said as "Object lock: OFF", never remembered
            pass
        return BucketState(versioning, lock, self.config.lock_mode if lock else None, [])

    def _ask_lock(self) -> bool:
        """Whether the bucket has object lock, from a definite answer only: the configuration,
        or the server saying there is none (or that it has no such feature). Anything else (a
        dropped connection, a 503, access denied) raises: taking it for "no lock" would store
        every later bundle without the retention SPEC §15 promises."""
        from botocore.exceptions import ClientError  # type: ignore[import-untyped]

        try:
            answer = self.client.call(
                "get_object_lock_configuration", attempts=2, Bucket=self.bucket
            )
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
            if code in NO_LOCK_CODES or (status in (404, 501) and code != "NoSuchBucket"):
                return False
            raise
        return answer.get("ObjectLockConfiguration", {}).get("ObjectLockEnabled") == "Enabled"

    def _lock_args(self) -> dict[str, Any]:
        if self._lock is None:
            # Raises unless the answer is definite (the job is retried), and is then kept.
            self._lock = self._ask_lock()
        if not self._lock or self.config.retention_days <= 0:
            return {}
        until = datetime.now(UTC) + timedelta(days=self.config.retention_days)
        return {"ObjectLockMode": self.config.lock_mode, "ObjectLockRetainUntilDate": until}

    # --- bundles ----------------------------------------------------------------------------

    def bundle_key(self, sha256: str) -> str:
        return self.location.key(f"{BUNDLES}{sha256}.fkb")

    def has(self, key: str) -> bool:
        return self.client.head(key) is not None

    def put_bundle(self, path: Path, sha256: str, *, lock: bool = True) -> bool:
        """Store the bundle once under its hash (locked unless ``lock`` is False: a bundle not
        verified yet); False when it was already there.

        A bundle already there without its retention (a crash between a multipart upload and
        setting it) gets it now, so the next ingest heals what a crash left unlocked."""
        key = self.bundle_key(sha256)
        if self.has(key):
            if lock:
                self.ensure_retention(sha256)
            return False
        size = path.stat().st_size
        lock_args = self._lock_args() if lock else {}
        if size <= self.single_put_limit:
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha256:
                raise S3IntegrityError(CHANGED_WHILE_STORED, name=path.name)
            self._put(key, data, lock_args)
            return True
        if not self._put_in_parts(key, path, sha256, lock_args) and lock_args:
            self._set_retention(key, lock_args)
        return True

    def _put_in_parts(self, key: str, path: Path, sha256: str, lock: dict[str, Any]) -> bool:
        """A multipart upload of ``path``, each part and the whole checked; ``lock`` (object
        lock arguments) given at its creation. Returns whether the object is locked by it (a
        server that refuses a lock on CreateMultipartUpload gets an unlocked upload: the
        caller sets the retention once it is complete). An upload that fails is aborted."""
        base: dict[str, Any] = {
            "Bucket": self.bucket,
            "Key": key,
            "Metadata": {"fieldkit-sha256": sha256},
            "ChecksumAlgorithm": "SHA256",
        }
        from botocore.exceptions import ClientError

        locked = bool(lock) and self.lock_at_creation
        try:
            answer = self.client.call("create_multipart_upload", **base, **(lock if locked else {}))
        except ClientError:
            if not locked:
                raise
            # Refused with the lock (an older server): without it, locked once complete.
            self.lock_at_creation = locked = False
            answer = self.client.call("create_multipart_upload", **base)
        upload_id = str(answer["UploadId"])
        try:
            self._send_parts(key, path, sha256, upload_id)
        except BaseException:
            with contextlib.suppress(Exception):  # the server expires it anyway
                self.client.call(
                    "abort_multipart_upload",
                    attempts=2,
                    Bucket=self.bucket,
                    Key=key,
                    UploadId=upload_id,
                )
            raise
        return locked

    def _send_parts(self, key: str, path: Path, sha256: str, upload_id: str) -> None:
        whole = hashlib.sha256()
        md5s: list[bytes] = []
        parts: list[dict[str, Any]] = []
        with open(path, "rb") as fh:
            while data := fh.read(self.part_size):
                whole.update(data)
                md5 = hashlib.md5(data, usedforsecurity=False).digest()
                sha = base64.b64encode(hashlib.sha256(data).digest()).decode()
                number = len(parts) + 1
                answer = self.client.call(
                    "upload_part",
                    Bucket=self.bucket,
                    Key=key,
                    UploadId=upload_id,
                    PartNumber=number,
                    Body=data,
                    ContentLength=len(data),
                    ContentMD5=base64.b64encode(md5).decode(),
                    ChecksumSHA256=sha,
                )
                if str(answer.get("ETag", "")).strip('"') != md5.hex():
                    raise S3IntegrityError(
                        QT_TRANSLATE_NOOP(
                            "errors", "The storage did not receive part {number} intact."
                        ),
                        number=number,
                    )
                md5s.append(md5)
                parts.append({"PartNumber": number, "ETag": answer["ETag"], "ChecksumSHA256": sha})
        if whole.hexdigest() != sha256:
            raise S3IntegrityError(CHANGED_WHILE_STORED, name=path.name)
        answer = self.client.call(
            "complete_multipart_upload",
            Bucket=self.bucket,
            Key=key,
            UploadId=upload_id,
            MultipartUpload={"Parts": parts},
        )
        expected = hashlib.md5(b"".join(md5s), usedforsecurity=False).hexdigest()
        if str(answer.get("ETag", "")).strip('"') != f"{expected}-{len(parts)}":
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "The storage did not assemble {key} intact."), key=key
            )

    def _set_retention(self, key: str, lock: dict[str, Any]) -> None:
        self.client.call(
            "put_object_retention",
            Bucket=self.bucket,
            Key=key,
            Retention={
                "Mode": lock["ObjectLockMode"],
                "RetainUntilDate": lock["ObjectLockRetainUntilDate"],
            },
        )

    def locks_bundles(self) -> bool:
        """Whether bundles stored now get a retention: the bucket has object lock and the
        retention is more than 0 days. Raises when the bucket does not answer definitely."""
        return bool(self._lock_args())

    def ensure_retention(self, sha256: str) -> bool:
        """Give a stored bundle its retention if it has none; True when it was set now."""
        lock = self._lock_args()
        if not lock or self.retention(sha256) is not None:
            return False
        self._set_retention(self.bundle_key(sha256), lock)
        return True

    def quarantine_key(self, sha256: str) -> str:
        return self.location.key(f"{QUARANTINE}{sha256}.fkb")

    def put_quarantined(self, path: Path, sha256: str) -> bool:
        """Keep a refused file, unlocked, under the quarantine prefix; False if present."""
        key = self.quarantine_key(sha256)
        if self.has(key):
            return False
        if path.stat().st_size <= self.single_put_limit:
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha256:
                raise S3IntegrityError(CHANGED_WHILE_STORED, name=path.name)
            self._put(key, data, {})
        else:
            self._put_in_parts(key, path, sha256, {})
        return True

    def _put(self, key: str, data: bytes, extra: dict[str, Any]) -> None:
        md5 = hashlib.md5(data, usedforsecurity=False).digest()
        sha = hashlib.sha256(data).digest()
        answer = self.client.call(
            "put_object",
            Bucket=self.bucket,
            Key=key,
            Body=data,
            ContentMD5=base64.b64encode(md5).decode(),
            ChecksumSHA256=base64.b64encode(sha).decode(),
            Metadata={"fieldkit-sha256": sha.hex()},
            **extra,
        )
        if str(answer.get("ETag", "")).strip('"') != md5.hex():
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "The storage did not store {key} intact."), key=key
            )

    def move_to_quarantine(self, sha256: str, scratch: Path) -> bool:
        """Move a stored bundle the worker refused out of ``bundles/`` into ``quarantine/``
        (unlocked). A bundle under retention stays where it is (it was accepted once: it is
        evidence). True when moved."""
        if self.retention(sha256) is not None:
            return False
        dest = scratch / "refused.fkb"
        try:
            self.fetch_bundle(sha256, dest)
            self.put_quarantined(dest, sha256)
        finally:
            if dest.exists():
                dest.unlink()
        key = self.bundle_key(sha256)
        for version in self._versions(key):
            extra: dict[str, Any] = {"VersionId": version} if version else {}
            self.client.call("delete_object", Bucket=self.bucket, Key=key, **extra)
        return True

    def bundle_hashes(self, prefix: str = BUNDLES) -> Iterator[str]:
        """The SHA-256 of every bundle stored (from the keys; checked when read); with
        ``prefix=QUARANTINE``, of every file kept in quarantine."""
        for sha, _stored_ns in self.stored_bundles(prefix):
            yield sha

    def stored_bundles(self, prefix: str = BUNDLES) -> Iterator[tuple[str, int]]:
        """Each stored bundle's SHA-256 and when it was stored (the object's time, ns)."""
        for obj in self.client.list(prefix):
            name = self.location.rel(obj.key)[len(prefix) :]
            if name.endswith(".fkb") and len(name) == 68:
                yield name[:-4], obj.mtime_ns

    def _versions(self, key: str) -> list[str | None]:
        """The key's versions, oldest first (the first stored is the locked original); [None]
        (the current object) where the server does not list versions."""
        try:
            answer = self.client.call(
                "list_object_versions", attempts=2, Bucket=self.bucket, Prefix=key
            )
        except Exception:
            return [None]
        found = [
            (v.get("LastModified"), str(v["VersionId"]))
            for v in answer.get("Versions", []) or []
            if v.get("Key") == key and v.get("VersionId") not in (None, "null")
        ]
        if not found:
            return [None]
        return [version for _, version in sorted(found, key=lambda f: (f[0] is None, f[0]))]

    def fetch_bundle(self, sha256: str, dest: Path) -> None:
        """Download a stored bundle into ``dest``, checked against its hash.

        A version whose bytes do not match (an overwrite on a versioned bucket puts a new
        version on top of the locked one) is passed over for the next. Raises
        ArchiveStorageError when none is there, S3IntegrityError when none matches.
        """
        self._fetch(self.bundle_key(sha256), sha256, dest)

    def fetch_refused(self, sha256: str, dest: Path) -> None:
        """Download a quarantined bundle into ``dest`` (from ``quarantine/``, else from
        ``bundles/`` where a refused bundle stays when it was locked, or its move failed),
        checked against its hash; raises as ``fetch_bundle``."""
        try:
            self._fetch(self.quarantine_key(sha256), sha256, dest)
        except ArchiveStorageError:
            self.fetch_bundle(sha256, dest)

    def drop_quarantined(self, sha256: str) -> None:
        """Remove the quarantined copy of a bundle accepted since (unlocked: every version)."""
        key = self.quarantine_key(sha256)
        for version in self._versions(key):
            extra: dict[str, Any] = {"VersionId": version} if version else {}
            self.client.call("delete_object", Bucket=self.bucket, Key=key, **extra)

    def _fetch(self, key: str, sha256: str, dest: Path) -> None:
        for version in self._versions(key):
            extra: dict[str, Any] = {"VersionId": version} if version else {}
            try:
                answer = self.client.call("get_object", Bucket=self.bucket, Key=key, **extra)
            except Exception as exc:
                if "NoSuch" in type(exc).__name__ or "NoSuch" in str(exc):
                    continue
                raise
            digest = hashlib.sha256()
            with open(dest, "wb") as out:
                body = answer["Body"]
                while chunk := body.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() == sha256:
                return
        if dest.exists():
            dest.unlink()
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "Bundle {id} in the bucket does not match its hash."),
                id=sha256[:12],
            )
        raise ArchiveStorageError(
            QT_TRANSLATE_NOOP("errors", "Bundle {id} is missing from the bucket."), id=sha256[:12]
        )

    def retention(self, sha256: str) -> str | None:
        """The retain-until date of a stored bundle, or None when the storage says it has none
        (no retention on it, no object lock on the bucket, no such object). Anything else (a
        timeout, a 5xx after the retries, a credential without s3:GetObjectRetention) raises
        RetentionUnreadableError: taken for "none", it called a locked bundle unprotected and
        `--retain` tried to lock it again (r11 review 2, finding 5)."""
        from botocore.exceptions import ClientError

        try:
            answer = self.client.call(
                "get_object_retention", attempts=2, Bucket=self.bucket, Key=self.bundle_key(sha256)
            )
        except ClientError as exc:
            code = str(exc.response.get("Error", {}).get("Code", ""))
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
            if code in NO_LOCK_CODES or (status in (404, 501) and code != "NoSuchBucket"):
                return None
            # AWS and SeaweedFS answer InvalidRequest for a bucket without object lock; the
            # same code can mean another refusal, so only a bucket known to have no lock.
            if code == "InvalidRequest" and self._known_unlocked():
                return None
            raise self._unreadable(sha256, code or type(exc).__name__) from None
        except FieldKitError as exc:  # unreachable after the retries, access refused
            raise self._unreadable(sha256, from_error(exc)) from None
        except Exception as exc:
            # Never the message of an unknown error (it might quote a request): its kind only.
            raise self._unreadable(sha256, type(exc).__name__) from None
        until = answer.get("Retention", {}).get("RetainUntilDate")
        return until.isoformat() if isinstance(until, datetime) else (str(until) if until else None)

    def _known_unlocked(self) -> bool:
        """Whether the bucket definitely has no object lock (asked once, then kept)."""
        try:
            if self._lock is None:
                self._lock = self._ask_lock()
        except Exception:  # no definite answer either
            return False
        return self._lock is False

    @staticmethod
    def _unreadable(sha256: str, reason: object) -> RetentionUnreadableError:
        return RetentionUnreadableError(
            QT_TRANSLATE_NOOP("errors", "Bundle {id}: its retention could not be read ({reason})."),
            id=sha256[:12],
            reason=reason,
        )

    # --- photos -----------------------------------------------------------------------------

    def photo_key(self, sha256: str) -> str:
        return self.location.key(f"{PHOTOS}{sha256}.age")

    def put_photo(self, sha256: str, plaintext: bytes, storage_key: age.X25519Identity) -> bool:
        """Encrypt a photo to the archive's storage key and store it once; False if present."""
        if hashlib.sha256(plaintext).hexdigest() != sha256:
            raise S3IntegrityError(QT_TRANSLATE_NOOP("errors", "A photo does not match its hash."))
        key = self.photo_key(sha256)
        if self.has(key):
            return False
        out = io.BytesIO()
        with age.encryptor(out, [storage_key.recipient()]) as enc:
            enc.write(plaintext)
        self._put(key, out.getvalue(), {})
        return True

    def read_photo(self, sha256: str, storage_key: age.X25519Identity) -> bytes:
        """A stored photo, decrypted and checked against its hash (S3IntegrityError)."""
        data = self.client.get_bytes(self.photo_key(sha256), MAX_PHOTO_BYTES + (1 << 20))
        with age.decryptor(io.BytesIO(data), [storage_key]) as reader:
            plain = reader.read()
        if hashlib.sha256(plain).hexdigest() != sha256:
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "Photo {id} in the bucket does not match its hash."),
                id=sha256[:12],
            )
        return bytes(plain)

    def photo_sizes(self) -> dict[str, int]:
        """Each stored photo's stored (encrypted) size, by hash, from one listing: an upper bound
        of its plaintext's, all an export needs to plan its parts without reading a photo."""
        sizes: dict[str, int] = {}
        for obj in self.client.list(PHOTOS):
            name = self.location.rel(obj.key)[len(PHOTOS) :]
            if name.endswith(".age") and len(name) == 68:
                sizes[name[:-4]] = obj.size
        return sizes

    @contextlib.contextmanager
    def open_photo(self, sha256: str, storage_key: age.X25519Identity) -> Iterator[BinaryIO]:
        """A stored photo's plaintext as a stream, decrypted a chunk at a time as it is read from
        the bucket (never whole in memory), checked against its hash when its end is read
        (S3IntegrityError): anyone may encrypt to the storage key's public half."""
        key = self.photo_key(sha256)
        try:
            answer = self.client.call("get_object", Bucket=self.bucket, Key=key)
        except Exception as exc:
            error = self.client.object_error(exc, key)
            if isinstance(error, FileNotFoundError):
                # Not an OSError to the export: its file writer would blame the disk.
                raise ArchiveStorageError(
                    QT_TRANSLATE_NOOP("errors", "Photo {id} is missing from the bucket."),
                    id=sha256[:12],
                ) from None
            raise error from None
        body = answer["Body"]
        try:
            with age.decryptor(body, [storage_key]) as reader:
                yield _CheckedPhoto(reader, sha256)  # type: ignore[misc]
        finally:
            body.close()


class _CheckedPhoto:
    """A photo's plaintext stream that hashes what is read and, at its end, raises
    S3IntegrityError unless it is the photo its content address names."""

    def __init__(self, reader: Any, sha256: str) -> None:
        self._reader = reader
        self._sha256 = sha256
        self._hash = hashlib.sha256()

    def readinto(self, buffer: Any) -> int:
        n = int(self._reader.readinto(buffer) or 0)
        if n:
            with memoryview(buffer) as view:
                self._hash.update(view[:n])
        elif self._hash.hexdigest() != self._sha256:
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "Photo {id} in the bucket does not match its hash."),
                id=self._sha256[:12],
            )
        return n

    def read(self, size: int = -1) -> bytes:
        data = bytes(self._reader.read(size))
        self._hash.update(data)
        if not data or size < 0:
            if self._hash.hexdigest() != self._sha256:
                raise S3IntegrityError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Photo {id} in the bucket does not match its hash."
                    ),
                    id=self._sha256[:12],
                )
        return data
