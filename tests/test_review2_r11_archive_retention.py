"""`archive verify` when the bucket does not answer about a bundle's retention (r11 review 2,
finding 5): the storage's retention() took any failure (a timeout, a 5xx after its retries, a
credential without s3:GetObjectRetention) for "no retention", so a bundle under object lock was
listed as "stored without retention … nothing prevents its deletion", and `--retain` tried to
lock it again. Now only the storage's definite answers mean "none"; anything else is a problem
line naming the bundle, and the bundle is not called unprotected.

Real PostgreSQL and SeaweedFS (tests/pgserver.py, tests/s3server.py), a bundle from a real
laptop vault (tests/peers.py); only the one S3 request is made to fail."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from botocore.exceptions import ClientError
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import ACCESS_KEY, SECRET_KEY, drain, open_archive

from fieldkit.archive import jobs
from fieldkit.archive import storage as archive_storage
from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage
from fieldkit.archive.verify import verify_archive
from fieldkit.fsutil import sha256_file
from fieldkit.i18n import localise
from fieldkit.records import fields as F
from fieldkit.sync.s3client import S3Credentials


def _locked_archive(tmp_path: Path, pg: PgServer, s3: S3Server) -> tuple[jobs.Archive, str]:
    a = Peer(tmp_path, "amal")
    arch = Peer(tmp_path, "archive", role="coordinator")
    a.trust(arch)
    arch.trust(a)
    a.records.create(F.OBJECT, {"inventory_number": "L-1", "title": "Locked"})
    bundle = a.send(arch)
    assert bundle is not None
    archive = open_archive(pg, s3, f"arch-{os.urandom(5).hex()}", arch.vault, prefix="k")
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, bundle)
    drain(archive)
    sha = sha256_file(bundle)
    assert archive.storage.retention(sha) is not None  # under object lock
    return archive, sha


def _denied() -> ClientError:
    return ClientError(
        {
            "Error": {"Code": "AccessDenied", "Message": "Access Denied"},
            "ResponseMetadata": {"HTTPStatusCode": 403},
        },
        "GetObjectRetention",
    )


@pytest.mark.parametrize("failure", ["timeout", "denied"])
def test_a_locked_bundle_whose_retention_could_not_be_read_is_a_problem_not_unprotected(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    failure: str,
) -> None:
    archive, sha = _locked_archive(tmp_path, pg_server, s3_server)
    client = archive.storage.client
    real = client.call
    asked_to_lock: list[str] = []

    def flaky(op: str, *args: Any, **kw: Any) -> Any:
        if op == "get_object_retention":
            if failure == "timeout":
                raise ConnectionError("read timeout")  # a field office's link, for a moment
            raise _denied()  # a credential without s3:GetObjectRetention
        if op == "put_object_retention":
            asked_to_lock.append(kw.get("Key", ""))
        return real(op, *args, **kw)

    client.call = flaky  # type: ignore[method-assign]
    with archive.connect() as conn:
        report = verify_archive(archive, conn, retain=True)
    assert report["unprotected_bundles"] == [] and report["bundles_without_retention"] == 0
    assert report["retained_now"] == [] and asked_to_lock == []  # no lock tried on a locked one
    reason = "ConnectionError" if failure == "timeout" else "AccessDenied"
    assert [localise(p) for p in report["problems"]] == [
        f"Bundle {sha[:12]}: its retention could not be read ({reason})."
    ]
    assert report["ok"] is False  # the check could not be made: said, not passed
    with pytest.raises(archive_storage.RetentionUnreadableError):
        archive.storage.retention(sha)


def test_the_storage_s_definite_answers_still_mean_no_retention(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    """An object under no retention in a locked bucket (404
    ObjectLockConfigurationNotFoundError on SeaweedFS), an object missing, and the
    InvalidRequest of a bucket without object lock are "none", as before."""
    archive, sha = _locked_archive(tmp_path, pg_server, s3_server)
    storage = archive.storage
    key = storage.location.key("bundles/unlocked.fkb")
    storage.client.call("put_object", Bucket=storage.bucket, Key=key, Body=b"x")
    storage.bundle_key = lambda _sha: key  # type: ignore[method-assign]
    assert storage.retention(sha) is None
    storage.bundle_key = lambda _sha: storage.location.key("bundles/missing.fkb")  # type: ignore[method-assign]
    assert storage.retention(sha) is None
    plain = f"plain-{os.urandom(4).hex()}"
    storage.client.call("create_bucket", Bucket=plain)  # no object lock
    config = ArchiveConfig.from_options(
        archive.dsn, f"s3://{plain}/k", s3_server.endpoint, retention_days=1
    )
    unlocked = ArchiveStorage(config, credentials=S3Credentials(ACCESS_KEY, SECRET_KEY))
    unlocked.client.call("put_object", Bucket=plain, Key=unlocked.bundle_key(sha), Body=b"x")
    assert unlocked.retention(sha) is None
