"""A small, careful S3 client for links that drop: retries, resumable verified transfers.

It wraps botocore (the ``s3`` extra) and knows nothing of vaults or sync, so the programme
archive (SPEC §15) can use it as sync targets do. What it adds to botocore:

- **retries with backoff and full jitter** around every request (botocore's own retries are
  off, so that a cut link is retried at our pace and a cancel is honoured while waiting), and
  timeouts a 2G/3G link survives; after the last attempt :class:`S3UnreachableError`;
- **resumable multipart uploads** in parts of ``part_size`` (8 MiB): the caller keeps the
  upload id and every confirmed part in a :class:`UploadJournal` (the vault, for sync), so an
  interruption or a restart re-sends only the part that was in flight. Each part carries its
  MD5 (``Content-MD5``, checked by every S3 server) and SHA-256 (``x-amz-checksum-sha256``,
  checked where supported); the ETag and checksum the server returns are compared with ours;
  after completion the object's ETag must be the MD5 of our parts' MD5s (so the server holds
  exactly our parts, in order) and the bytes read locally must have the expected SHA-256;
- **resumable downloads** with range requests pinned to the object's ETag (``If-Match``), so
  a partial file is only ever continued with the same object's bytes;
- a **bandwidth limit** (bytes per second) on uploads and downloads, progress in bytes, and
  ``cancel`` checked between chunks.

Credentials are passed in by the caller and never logged, printed or put in an exception.
Errors are one plain sentence (:mod:`fieldkit.errors`) naming the endpoint at most.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from fieldkit.errors import CancelledError, StorageError, UsageError
from fieldkit.i18n import QT_TRANSLATE_NOOP, from_error, message

log = logging.getLogger(__name__)

PART_SIZE = 8 << 20  # small enough for a bad link, 10,000 parts = 80 GiB
MIN_PART = 5 << 20  # S3's smallest part (but the last)
CHUNK = 256 << 10
META_SHA256 = "fieldkit-sha256"  # x-amz-meta-fieldkit-sha256: the sender's SHA-256 of the object


class S3MissingError(
    UsageError, hint=QT_TRANSLATE_NOOP("errors", "Install it with: pip install 'fieldkit[s3]'")
):
    """S3 storage was asked for, but the botocore library is not installed."""


class S3UnreachableError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "Nothing was lost: what was confirmed stays, the rest resumes at the next sync."
    ),
):
    """The endpoint did not answer (offline, DNS, refused, timed out) after every retry."""


class S3AccessError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors",
        "Check the access key, secret and bucket with the storage's "
        "administrator, then add the target again with `fieldkit sync "
        "target add NAME s3://BUCKET/PREFIX --endpoint URL`.",
    ),
):
    """The server refused the credentials or the action (403), or the bucket does not exist."""


class S3IntegrityError(
    StorageError,
    hint=QT_TRANSLATE_NOOP(
        "errors", "The transfer is started again at the next sync; nothing bad was imported."
    ),
):
    """What the server holds is not what was sent (a checksum or ETag differs)."""


class S3SourceChangedError(S3IntegrityError):
    """The local file being uploaded does not have the SHA-256 it should (damaged, changed)."""


def _botocore() -> Any:
    try:
        import botocore.session  # type: ignore[import-untyped]
        from botocore.config import Config  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        raise S3MissingError(
            QT_TRANSLATE_NOOP(
                "errors", "S3 storage needs the botocore library, which is not installed."
            )
        ) from None
    import botocore

    return botocore


def available() -> bool:
    try:
        _botocore()
    except S3MissingError:
        return False
    return True


@dataclass(frozen=True)
class S3Location:
    """``s3://BUCKET/PREFIX``: a bucket and a key prefix ("" or ending with "/")."""

    bucket: str
    prefix: str

    @classmethod
    def parse(cls, url: str) -> S3Location:
        """Raises UsageError for anything but ``s3://BUCKET[/PREFIX]``."""
        parts = urlsplit(url)
        if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "'{url}' is not an S3 location like s3://BUCKET/PREFIX."
                ),
                url=url,
            )
        bucket = parts.netloc
        if not (3 <= len(bucket) <= 63) or not all(c.isalnum() or c in "-._" for c in bucket):
            raise UsageError(
                QT_TRANSLATE_NOOP("errors", "'{bucket}' is not a valid bucket name."), bucket=bucket
            )
        segments = [s for s in parts.path.split("/") if s]
        if any(s in (".", "..") for s in segments) or any(
            ord(c) < 32 or c == "\\" for s in segments for c in s
        ):
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The prefix of '{url}' has a part that cannot be used."
                ),
                url=url,
            )
        prefix = "/".join(segments) + "/" if segments else ""
        return cls(bucket, prefix)

    @property
    def url(self) -> str:
        return (
            f"s3://{self.bucket}/{self.prefix}".rstrip("/")
            if self.prefix
            else (f"s3://{self.bucket}")
        )

    def key(self, rel: str) -> str:
        return self.prefix + rel

    def rel(self, key: str) -> str:
        return key[len(self.prefix) :]


@dataclass(frozen=True)
class S3Credentials:
    access_key: str
    secret_key: str = field(repr=False)

    def __repr__(self) -> str:  # never the secret, not even in a traceback's locals
        return f"S3Credentials(access_key={self.access_key[:4]}…)"


@dataclass(frozen=True)
class TransferOptions:
    part_size: int = PART_SIZE
    connect_timeout: float = 30.0  # a 2G link's handshake plus DNS
    read_timeout: float = 120.0  # a part of 8 MiB at 64 kB/s
    attempts: int = 8  # per request; with backoff up to ~2 minutes in all
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    bandwidth: int | None = None  # bytes per second, None: as fast as the link goes


@dataclass(frozen=True)
class RemoteObject:
    key: str
    size: int
    etag: str
    mtime_ns: int


class UploadJournal(Protocol):
    """Where a multipart upload's state is kept between attempts and processes."""

    def load(self, key: str) -> tuple[str, dict[int, tuple[str, str]]] | None:
        """(upload id, {part number: (etag, sha256 base64)}) of the upload under way, if any."""

    def begin(self, key: str, upload_id: str, part_size: int) -> None: ...

    def confirm(self, key: str, part: int, etag: str, sha256_b64: str) -> None: ...

    def finish(self, key: str) -> None: ...


@dataclass
class TransferStats:
    """What a transfer cost: parts sent (including re-sent), requests retried, bytes moved."""

    parts_sent: int = 0
    parts_skipped: int = 0  # confirmed before (resumed)
    retries: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0


class _Throttle:
    """A token bucket shared by every transfer of one client (None: no limit)."""

    def __init__(self, rate: int | None) -> None:
        self.rate = rate
        self.lock = threading.Lock()
        self.start = time.monotonic()
        self.moved = 0

    def take(self, n: int) -> None:
        if not self.rate:
            return
        with self.lock:
            if self.moved == 0:
                self.start = time.monotonic()
            self.moved += n
            due = self.start + self.moved / self.rate
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        elif delay < -1.0:  # idle for a while: no burst of a backlog
            with self.lock:
                self.start, self.moved = time.monotonic(), 0


class _Body:
    """A part's bytes as a seekable file botocore streams, throttled and reported per read."""

    def __init__(self, data: bytes, throttle: _Throttle, on_read: Callable[[int], None]) -> None:
        self.data = data
        self.pos = 0
        self.throttle = throttle
        self.on_read = on_read

    def read(self, n: int = -1) -> bytes:
        n = min(CHUNK, len(self.data) - self.pos) if n is None or n < 0 else min(n, CHUNK)
        chunk = self.data[self.pos : self.pos + n]
        self.pos += len(chunk)
        if chunk:
            self.throttle.take(len(chunk))
            self.on_read(self.pos)
        return chunk

    def seek(self, pos: int, whence: int = 0) -> int:
        self.pos = pos if whence == 0 else (self.pos + pos if whence == 1 else len(self.data) + pos)
        return self.pos

    def tell(self) -> int:
        return self.pos

    def __len__(self) -> int:
        return len(self.data)


def _b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def _etag(value: str) -> str:
    return value.strip().strip('"').lower()


def _mtime_ns(value: datetime) -> int:
    return int(value.timestamp() * 1_000_000) * 1000


def _cancelled(cancel: Callable[[], bool] | None) -> bool:
    return cancel is not None and cancel()


def _on_read(
    on_bytes: Callable[[int], None] | None, cancel: Callable[[], bool] | None, before: int = 0
) -> Callable[[int], None]:
    """What an upload body calls as it is read: reports ``before`` + the bytes read so far,
    and stops the upload (CancelledError) when ``cancel`` says so."""

    def on_read(pos: int) -> None:
        if on_bytes is not None:
            on_bytes(before + pos)
        if _cancelled(cancel):
            raise CancelledError(QT_TRANSLATE_NOOP("errors", "Sync cancelled."))

    return on_read


class S3Client:
    """One endpoint and bucket with credentials. Thread-safe enough for one sync at a time."""

    def __init__(
        self,
        endpoint: str,
        location: S3Location,
        credentials: S3Credentials,
        region: str | None = None,
        options: TransferOptions | None = None,
    ) -> None:
        botocore = _botocore()
        self.endpoint = endpoint.rstrip("/")
        self.location = location
        self.options = options or TransferOptions()
        self.stats = TransferStats()
        self._throttle = _Throttle(self.options.bandwidth)
        self._errors = botocore.exceptions
        self._credentials = credentials
        self._region = region or "us-east-1"
        self._client = self._make_client(self.options.connect_timeout, self.options.read_timeout)
        self._probe_client: Any = None
        # Told before each pause between attempts: (the attempt coming, of how many, the pause
        # in seconds). A link that goes silent costs a read timeout per attempt (minutes in
        # all): the command line says that it is still trying (fieldkit.sync.s3target).
        self.on_retry: Callable[[int, int, float], None] | None = None
        self._coming = threading.local()  # (attempt, attempts) for the next wait()
        logging.getLogger("botocore").setLevel(logging.WARNING)
        logging.getLogger("urllib3").setLevel(logging.WARNING)

    def _make_client(self, connect: float, read: float) -> Any:
        import botocore.session
        from botocore.config import Config

        config = Config(
            connect_timeout=connect,
            read_timeout=read,
            retries={"total_max_attempts": 1, "mode": "standard"},  # ours, in call()
            # The body is not hashed into the signature (it would be read twice, throttled
            # twice): every upload carries Content-MD5 and x-amz-checksum-sha256, which are
            # signed headers the server checks the body against.
            s3={"addressing_style": "path", "payload_signing_enabled": False},
            tcp_keepalive=True,
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            user_agent_extra="fieldkit",
        )
        session = botocore.session.Session()
        # Never the user's ~/.aws profiles or environment: only the credentials given here.
        session.set_config_variable("credentials_file", "/nonexistent")
        session.set_config_variable("config_file", "/nonexistent")
        return session.create_client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=self._region,
            aws_access_key_id=self._credentials.access_key,
            aws_secret_access_key=self._credentials.secret_key,
            config=config,
        )

    # --- requests with retries -------------------------------------------------------------

    def _transient(self, exc: BaseException) -> bool:
        e = self._errors
        if isinstance(
            exc,
            e.EndpointConnectionError
            | e.ConnectionClosedError
            | e.ReadTimeoutError
            | e.ConnectTimeoutError
            | e.ResponseStreamingError
            | e.IncompleteReadError,
        ):
            return True
        if isinstance(exc, e.HTTPClientError | ConnectionError | TimeoutError):
            return True
        if isinstance(exc, e.ClientError):
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
            code = str(exc.response.get("Error", {}).get("Code", ""))
            return status >= 500 or status == 429 or code in ("SlowDown", "RequestTimeout")
        return False

    def _refusal(self, exc: BaseException) -> StorageError | None:
        if not isinstance(exc, self._errors.ClientError):
            return None
        code = str(exc.response.get("Error", {}).get("Code", ""))
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
        if code == "NoSuchBucket":
            return S3AccessError(
                QT_TRANSLATE_NOOP("errors", "The bucket '{bucket}' does not exist."),
                bucket=self.location.bucket,
            )
        if status in (401, 403) or code in (
            "AccessDenied",
            "InvalidAccessKeyId",
            "SignatureDoesNotMatch",
        ):
            return S3AccessError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The storage at {endpoint} refused the credentials or the request ({code}).",
                ),
                endpoint=self.endpoint,
                code=code,
            )
        return None

    def wait(self, attempt: int, cancel: Callable[[], bool] | None) -> None:
        """Full jitter: a random pause up to base·2^attempt (capped), cancel checked often;
        ``on_retry`` is told of it first."""
        ceiling = min(self.options.backoff_max, self.options.backoff_base * (2**attempt))
        pause = random.uniform(0, ceiling)  # noqa: S311 - jitter
        coming = getattr(self._coming, "next", None)
        self._coming.next = None
        if coming is not None and self.on_retry is not None:
            self.on_retry(coming[0], coming[1], pause)
        deadline = time.monotonic() + pause
        while time.monotonic() < deadline:
            if _cancelled(cancel):
                raise CancelledError(QT_TRANSLATE_NOOP("errors", "Sync cancelled."))
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    def call(
        self,
        operation: str,
        cancel: Callable[[], bool] | None = None,
        attempts: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """``client.<operation>(**kwargs)`` with retries. Raises S3UnreachableError,
        S3AccessError, CancelledError, or botocore's ClientError for anything else."""
        tries = attempts or self.options.attempts
        for attempt in range(tries):
            if _cancelled(cancel):
                raise CancelledError(QT_TRANSLATE_NOOP("errors", "Sync cancelled."))
            body: Any = kwargs.get("Body")
            if body is not None and hasattr(body, "seek"):
                body.seek(0)  # a retry sends the whole body again
            if operation == "upload_part":
                self.stats.parts_sent += 1  # every attempt: what a flaky link costs
            try:
                return getattr(self._client, operation)(**kwargs)
            except Exception as exc:
                refusal = self._refusal(exc)
                if refusal is not None:
                    raise refusal from None
                if not self._transient(exc):
                    raise
                log.info("s3 %s failed (%s), attempt %d", operation, type(exc).__name__, attempt)
                if attempt + 1 >= tries:
                    break
                self.stats.retries += 1
                self._coming.next = (attempt + 2, tries)
                self.wait(attempt, cancel)
        raise self._unreachable()

    def _unreachable(self) -> S3UnreachableError:
        """The storage did not answer (after every retry): nothing lost, the next sync resumes."""
        return S3UnreachableError(
            QT_TRANSLATE_NOOP("errors", "The storage at {endpoint} is not reachable."),
            endpoint=self.endpoint,
        )

    def object_error(self, exc: BaseException, key: str) -> BaseException:
        """What a failed GET of one object means for its caller: FileNotFoundError when it is
        gone (its writer removed it between the listing and the download — normal with two
        laptops syncing at once), UnreadableFileError when this object alone cannot be read,
        else ``exc`` itself."""
        from .storage import UnreadableFileError  # here: the client stays free of the engine

        if not isinstance(exc, self._errors.ClientError):
            return exc
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
        if status == 404 or self._is(exc, "NoSuchKey", "404", "NotFound"):
            return FileNotFoundError(key)
        code = str(exc.response.get("Error", {}).get("Code", "")) or str(status)
        return UnreadableFileError(
            QT_TRANSLATE_NOOP("errors", "The storage would not give this file ({code})."), code=code
        )

    def _is(self, exc: BaseException, *codes: str) -> bool:
        return (
            isinstance(exc, self._errors.ClientError)
            and str(exc.response.get("Error", {}).get("Code", "")) in codes
        )

    # --- small operations -----------------------------------------------------------------

    def probe(self, timeout: float = 10.0) -> str | None:
        """None when the bucket answers with these credentials now, else one sentence why not.

        One cheap request (list at most one key under the prefix), one attempt, short timeouts.
        """
        if self._probe_client is None:
            self._probe_client = self._make_client(timeout, timeout)
        try:
            self._probe_client.list_objects_v2(
                Bucket=self.location.bucket, Prefix=self.location.prefix, MaxKeys=1
            )
        except Exception as exc:
            refusal = self._refusal(exc)
            if refusal is not None:
                return from_error(refusal)
            if self._transient(exc):
                return from_error(self._unreachable())
            return message(
                QT_TRANSLATE_NOOP(
                    "errors", "The storage at {endpoint} answered with an error ({error})."
                ),
                endpoint=self.endpoint,
                error=type(exc).__name__,
            )
        return None

    def list(self, under: str = "", cancel: Callable[[], bool] | None = None) -> list[RemoteObject]:
        """Every object under the prefix + ``under``, sorted by key."""
        found: list[RemoteObject] = []
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {
                "Bucket": self.location.bucket,
                "Prefix": self.location.key(under),
            }
            if token:
                kwargs["ContinuationToken"] = token
            page = self.call("list_objects_v2", cancel, **kwargs)
            for item in page.get("Contents", []) or []:
                found.append(
                    RemoteObject(
                        str(item["Key"]),
                        int(item["Size"]),
                        _etag(str(item.get("ETag", ""))),
                        _mtime_ns(item["LastModified"]),
                    )
                )
            if not page.get("IsTruncated"):
                return sorted(found, key=lambda o: o.key)
            token = str(page.get("NextContinuationToken") or "")
            if not token:
                return sorted(found, key=lambda o: o.key)

    def head(self, key: str) -> tuple[RemoteObject, dict[str, str]] | None:
        try:
            answer = self.call("head_object", Bucket=self.location.bucket, Key=key)
        except self._errors.ClientError as exc:
            status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
            if status == 404 or self._is(exc, "NoSuchKey", "404", "NotFound"):
                return None
            raise
        obj = RemoteObject(
            key,
            int(answer["ContentLength"]),
            _etag(str(answer.get("ETag", ""))),
            _mtime_ns(answer["LastModified"]),
        )
        return obj, {str(k).lower(): str(v) for k, v in (answer.get("Metadata") or {}).items()}

    def get_bytes(self, key: str, limit: int, cancel: Callable[[], bool] | None = None) -> bytes:
        """A whole small object; raises S3IntegrityError when it is larger than ``limit``."""
        try:
            answer = self.call("get_object", cancel, Bucket=self.location.bucket, Key=key)
        except self._errors.ClientError as exc:
            raise self.object_error(exc, key) from None
        if int(answer.get("ContentLength") or 0) > limit:
            answer["Body"].close()
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "{key} is larger than any such file can be."), key=key
            )
        data = answer["Body"].read(limit + 1)
        if len(data) > limit:
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP("errors", "{key} is larger than any such file can be."), key=key
            )
        self.stats.bytes_received += len(data)
        return bytes(data)

    def put_bytes(self, key: str, data: bytes, metadata: dict[str, str] | None = None) -> str:
        """One PUT with its MD5 and SHA-256 checked by the server; returns the ETag."""
        md5 = hashlib.md5(data, usedforsecurity=False).digest()
        sha = hashlib.sha256(data).digest()
        meta = {META_SHA256: sha.hex(), **(metadata or {})}
        answer = self.call(
            "put_object",
            Bucket=self.location.bucket,
            Key=key,
            Body=data,
            ContentMD5=_b64(md5),
            ChecksumSHA256=_b64(sha),
            Metadata=meta,
        )
        return self._confirmed(answer, len(data), md5, None, key=key)

    def _confirmed(
        self, answer: dict[str, Any], size: int, md5: bytes, sha: str | None, **where: Any
    ) -> str:
        """The ETag of what the server stored, checked against the MD5 sent (and the SHA-256,
        when given and answered); counts the ``size`` bytes sent. Raises S3IntegrityError
        naming the ``key`` (and the part ``number``)."""
        etag = _etag(str(answer.get("ETag", "")))
        returned = answer.get("ChecksumSHA256")
        if etag != md5.hex() or (sha is not None and returned and returned != sha):
            if "number" in where:
                template = QT_TRANSLATE_NOOP(
                    "errors",
                    "The storage at {endpoint} did not receive part {number} of {key} intact.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "errors", "The storage at {endpoint} did not store {key} intact."
                )
            raise S3IntegrityError(template, endpoint=self.endpoint, **where)
        self.stats.bytes_sent += size
        return etag

    def delete(self, key: str) -> None:
        self.call("delete_object", Bucket=self.location.bucket, Key=key)

    # --- multipart upload -----------------------------------------------------------------

    def upload_file(
        self,
        key: str,
        source: Path,
        sha256_hex: str,
        journal: UploadJournal,
        on_bytes: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        metadata: dict[str, str] | None = None,
    ) -> None:
        """Upload ``source`` as ``key``, resuming the upload ``journal`` remembers.

        ``on_bytes(n)`` reports the bytes of the file now known to be on the server (confirmed
        parts, and the part in flight as it goes). Raises S3UnreachableError (the journal keeps
        what was confirmed), CancelledError (likewise), S3IntegrityError (the journal is
        cleared: the next attempt starts again), S3AccessError, OSError for the source.
        """
        size = source.stat().st_size
        part_size = max(self.options.part_size, MIN_PART)
        if size <= part_size:
            self._upload_small(key, source, sha256_hex, on_bytes, metadata, cancel)
            return
        bucket = self.location.bucket
        count = (size + part_size - 1) // part_size
        state = journal.load(key)
        confirmed: dict[int, tuple[str, str]] = {}
        upload_id = ""
        if state is not None:
            upload_id, journalled = state
            still = self._still_there(key, upload_id, journalled, cancel)
            if still is not None:
                confirmed = still
            else:  # the server forgot it (expired, aborted): start again
                journal.finish(key)
                upload_id, confirmed = "", {}
        if not upload_id:
            answer = self.call(
                "create_multipart_upload",
                cancel,
                Bucket=bucket,
                Key=key,
                Metadata={META_SHA256: sha256_hex, **(metadata or {})},
                ChecksumAlgorithm="SHA256",
            )
            upload_id = str(answer["UploadId"])
            journal.begin(key, upload_id, part_size)
        whole = hashlib.sha256()
        md5s: list[bytes] = []
        done = sum(min(part_size, size - (n - 1) * part_size) for n in confirmed)
        if on_bytes is not None:
            on_bytes(done)
        with open(source, "rb") as fh:
            for number in range(1, count + 1):
                data = fh.read(part_size)
                whole.update(data)
                md5 = hashlib.md5(data, usedforsecurity=False).digest()
                md5s.append(md5)
                if number in confirmed and confirmed[number][0] == md5.hex():
                    self.stats.parts_skipped += 1
                    continue
                sha = _b64(hashlib.sha256(data).digest())
                etag = self._upload_part(
                    key, upload_id, number, data, md5, sha, done, on_bytes, cancel
                )
                journal.confirm(key, number, etag, sha)
                done += len(data)
        if whole.hexdigest() != sha256_hex:
            journal.finish(key)
            self._abort(key, upload_id)
            raise S3SourceChangedError(
                QT_TRANSLATE_NOOP("errors", "{name} changed while it was being uploaded."),
                name=source.name,
            )
        parts = journal.load(key)
        recorded = parts[1] if parts else {}
        answer = self._on_upload(
            "complete_multipart_upload",
            key,
            upload_id,
            cancel,
            MultipartUpload={
                "Parts": [
                    {
                        "PartNumber": n,
                        "ETag": f'"{recorded[n][0]}"',
                        "ChecksumSHA256": recorded[n][1],
                    }
                    for n in range(1, count + 1)
                ]
            },
        )
        journal.finish(key)
        expected = hashlib.md5(b"".join(md5s), usedforsecurity=False).hexdigest() + f"-{count}"
        etag = _etag(str(answer.get("ETag", "")))
        found = self.head(key)
        if etag != expected or found is None or found[0].size != size:
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP(
                    "errors", "The storage at {endpoint} did not assemble {key} intact."
                ),
                endpoint=self.endpoint,
                key=key,
            )
        if found[1].get(META_SHA256, sha256_hex) != sha256_hex:
            raise S3IntegrityError(
                QT_TRANSLATE_NOOP(
                    "errors", "{key} on the storage does not carry the expected checksum."
                ),
                key=key,
            )

    def _upload_small(
        self,
        key: str,
        source: Path,
        sha256_hex: str,
        on_bytes: Callable[[int], None] | None,
        metadata: dict[str, str] | None,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        """One PUT (throttled, reported, cancellable) with its MD5 and SHA-256 checked."""
        data = source.read_bytes()
        sha = hashlib.sha256(data).digest()
        if sha.hex() != sha256_hex:
            raise S3SourceChangedError(
                QT_TRANSLATE_NOOP("errors", "{name} changed while it was being uploaded."),
                name=source.name,
            )
        md5 = hashlib.md5(data, usedforsecurity=False).digest()
        answer = self.call(
            "put_object",
            cancel,
            Bucket=self.location.bucket,
            Key=key,
            Body=_Body(data, self._throttle, _on_read(on_bytes, cancel)),
            ContentLength=len(data),
            ContentMD5=_b64(md5),
            ChecksumSHA256=_b64(sha),
            Metadata={META_SHA256: sha256_hex, **(metadata or {})},
        )
        self._confirmed(answer, len(data), md5, None, key=key)
        self.stats.parts_sent += 1
        if on_bytes is not None:
            on_bytes(len(data))

    def _still_there(
        self, key: str, upload_id: str, confirmed: dict[int, tuple[str, str]], cancel: Any
    ) -> dict[int, tuple[str, str]] | None:
        """The journal's parts the server also lists (same ETag); None: the upload is gone."""
        listed: dict[int, str] = {}
        marker = 0
        try:
            while True:
                page = self._on_upload(
                    "list_parts", key, upload_id, cancel, PartNumberMarker=marker
                )
                for part in page.get("Parts", []) or []:
                    listed[int(part["PartNumber"])] = _etag(str(part["ETag"]))
                if not page.get("IsTruncated"):
                    break
                marker = int(page.get("NextPartNumberMarker") or 0)
                if not marker:
                    break
        except self._errors.ClientError as exc:
            if self._is(exc, "NoSuchUpload", "404"):
                return None
            raise
        return {n: v for n, v in confirmed.items() if listed.get(n) == v[0]}

    def _upload_part(
        self,
        key: str,
        upload_id: str,
        number: int,
        data: bytes,
        md5: bytes,
        sha: str,
        before: int,
        on_bytes: Callable[[int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> str:
        body = _Body(data, self._throttle, _on_read(on_bytes, cancel, before))
        answer = self._on_upload(
            "upload_part",
            key,
            upload_id,
            cancel,
            PartNumber=number,
            Body=body,
            ContentLength=len(data),
            ContentMD5=_b64(md5),
            ChecksumSHA256=sha,
        )
        return self._confirmed(answer, len(data), md5, sha, key=key, number=number)

    def _on_upload(
        self,
        operation: str,
        key: str,
        upload_id: str,
        cancel: Callable[[], bool] | None = None,
        attempts: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """:meth:`call` for an operation on the multipart upload ``upload_id`` of ``key``."""
        return self.call(
            operation,
            cancel,
            attempts,
            Bucket=self.location.bucket,
            Key=key,
            UploadId=upload_id,
            **kwargs,
        )

    def _abort(self, key: str, upload_id: str) -> None:
        try:
            self._on_upload("abort_multipart_upload", key, upload_id, attempts=2)
        except (StorageError, self._errors.ClientError):
            pass  # the server expires it anyway

    def abort_upload(self, key: str, upload_id: str) -> None:
        self._abort(key, upload_id)

    # --- resumable download ---------------------------------------------------------------

    def download(
        self,
        obj: RemoteObject,
        dest: Path,
        on_bytes: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        """Bring ``obj`` into ``dest``, continuing what ``dest`` already holds of it.

        The caller names ``dest`` after the object's key and ETag, so what it holds is always a
        beginning of these very bytes; each range request is pinned with ``If-Match``. Raises
        S3UnreachableError (``dest`` keeps what arrived), CancelledError (likewise),
        S3IntegrityError (the object changed: ``dest`` is removed).
        """
        attempt = 0
        with open(dest, "ab") as out:
            while True:
                have = out.tell()
                if on_bytes is not None:
                    on_bytes(have)
                if have >= obj.size:
                    break
                if _cancelled(cancel):
                    raise CancelledError(QT_TRANSLATE_NOOP("errors", "Sync cancelled."))
                try:
                    ranged: dict[str, Any] = {"Range": f"bytes={have}-"}
                    if obj.etag:
                        ranged["IfMatch"] = f'"{obj.etag}"'
                    answer = self.call(
                        "get_object", cancel, Bucket=self.location.bucket, Key=obj.key, **ranged
                    )
                    body = answer["Body"]
                    try:
                        while chunk := body.read(CHUNK):
                            out.write(chunk)
                            self.stats.bytes_received += len(chunk)
                            self._throttle.take(len(chunk))
                            if on_bytes is not None:
                                on_bytes(out.tell())
                            if _cancelled(cancel):
                                out.flush()
                                raise CancelledError(QT_TRANSLATE_NOOP("errors", "Sync cancelled."))
                    finally:
                        body.close()
                    out.flush()
                    attempt = 0
                except self._errors.ClientError as exc:
                    if self._is(exc, "PreconditionFailed", "InvalidRange", "412", "416"):
                        out.close()
                        dest.unlink(missing_ok=True)
                        raise S3IntegrityError(
                            QT_TRANSLATE_NOOP("errors", "{key} changed while it was downloaded."),
                            key=obj.key,
                        ) from None
                    raise self.object_error(exc, obj.key) from None
                except Exception as exc:
                    if not self._transient(exc):
                        raise
                    out.flush()
                    attempt += 1
                    self.stats.retries += 1
                    if attempt >= self.options.attempts:
                        raise self._unreachable() from None
                    self._coming.next = (attempt + 1, self.options.attempts)
                    self.wait(attempt, cancel)
            if out.tell() > obj.size:
                out.close()
                dest.unlink(missing_ok=True)
                raise S3IntegrityError(
                    QT_TRANSLATE_NOOP("errors", "{key} changed while it was downloaded."),
                    key=obj.key,
                )


def parse_credentials_file(path: Path, profile: str = "default") -> S3Credentials:
    """Access key and secret from an AWS shared-credentials file (``[default]``
    ``aws_access_key_id`` / ``aws_secret_access_key``). Raises UsageError naming the file only."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
        parser.read_string(text)
    except FileNotFoundError:
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The credentials file {path} does not exist."), path=path
        ) from None
    except (OSError, UnicodeDecodeError, configparser.Error):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors", "The credentials file {path} cannot be read as an AWS credentials file."
            ),
            path=path,
        ) from None
    if not parser.has_section(profile):
        raise UsageError(
            QT_TRANSLATE_NOOP("errors", "The credentials file {path} has no [{profile}] section."),
            path=path,
            profile=profile,
        )
    access = parser.get(profile, "aws_access_key_id", fallback="").strip()
    secret = parser.get(profile, "aws_secret_access_key", fallback="").strip()
    if not access or not secret:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The credentials file {path} lacks aws_access_key_id or aws_secret_access_key.",
            ),
            path=path,
        )
    return S3Credentials(access, secret)


__all__ = [
    "PART_SIZE",
    "RemoteObject",
    "S3AccessError",
    "S3Client",
    "S3Credentials",
    "S3IntegrityError",
    "S3Location",
    "S3MissingError",
    "S3SourceChangedError",
    "S3UnreachableError",
    "TransferOptions",
    "TransferStats",
    "UploadJournal",
    "available",
    "parse_credentials_file",
]
