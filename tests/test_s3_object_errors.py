"""One S3 object that disappears or cannot be read does not stop a sync (found in review: a
bundle its sender removed between the listing and the download aborted the whole sync with an
internal error)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from s3server import S3Server, s3_server  # noqa: F401
from test_sync import Site

from fieldkit.sync import s3target
from fieldkit.sync.s3client import S3Client, S3Credentials


def _target(site: Site, s3: S3Server) -> tuple[str, str]:
    bucket, prefix = s3.shared_bucket(), s3.new_prefix()
    url = f"s3://{bucket}/{prefix}"
    creds = S3Credentials(s3.access_key, s3.secret_key)
    s3target.add_s3_target(site.vault, "hq", url, s3.endpoint, creds, [])
    return bucket, prefix


def test_an_object_removed_between_listing_and_download_is_skipped(
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coord = Site(tmp_path, "coord", role="coordinator")
    bucket, prefix = _target(coord, s3_server)
    client = s3_server.client()
    key = prefix + "gone.fkb"
    client.put_object(Bucket=bucket, Key=key, Body=b"PK not really a bundle")
    real = S3Client.download

    def download(self: S3Client, obj: Any, dest: Path, *args: Any, **kwargs: Any) -> None:
        client.delete_object(Bucket=bucket, Key=key)  # its writer removes it meanwhile
        real(self, obj, dest, *args, **kwargs)

    monkeypatch.setattr(S3Client, "download", download)
    report = coord.sync("hq")  # no internal error
    assert not report.errors and not report.quarantined  # gone: nothing to judge


def test_an_object_the_storage_refuses_is_quarantined_and_the_sync_goes_on(
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coord = Site(tmp_path, "coord", role="coordinator")
    bucket, prefix = _target(coord, s3_server)
    client = s3_server.client()
    client.put_object(Bucket=bucket, Key=prefix + "archived.fkb", Body=b"PK in a cold storage")
    real_call = S3Client.call

    def call(self: S3Client, operation: str, *args: Any, **kwargs: Any) -> Any:
        if operation == "get_object" and str(kwargs.get("Key", "")).endswith("archived.fkb"):
            from botocore.exceptions import ClientError

            raise ClientError(
                {
                    "Error": {"Code": "InvalidObjectState", "Message": "restore it first"},
                    "ResponseMetadata": {"HTTPStatusCode": 409},
                },
                "GetObject",
            )
        return real_call(self, operation, *args, **kwargs)

    monkeypatch.setattr(S3Client, "call", call)
    report = coord.sync("hq")
    assert [e.file for e in report.quarantined] == ["archived.fkb"]
    assert report.quarantined[0].copy is None  # never read, so nothing kept of it
    assert "InvalidObjectState" in report.quarantined[0].reason
    assert not report.errors and report.offline is None  # the sync itself went on
