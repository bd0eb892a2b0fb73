"""S3 sync leftovers found in review (issue 20): the upload journal, server-side multipart
uploads and staged downloads do not outlive what they were for. Against a real SeaweedFS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture
from test_sync import Site

from fieldkit.records import fields as F
from fieldkit.sync import s3target
from fieldkit.sync.s3client import S3Client, S3Credentials, S3UnreachableError


def _add(site: Site, server: S3Server, url: str, endpoint: str | None = None) -> None:
    creds = S3Credentials(server.access_key, server.secret_key)
    s3target.add_s3_target(site.vault, "hq", url, endpoint or server.endpoint, creds, [])


def _open_upload(server: S3Server, bucket: str, key: str) -> str:
    """A multipart upload left open on the server for ``key`` (one part sent)."""
    client: Any = server.client()
    upload_id = str(client.create_multipart_upload(Bucket=bucket, Key=key)["UploadId"])
    client.upload_part(Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=1, Body=b"x" * 100)
    return upload_id


def _upload_exists(server: S3Server, bucket: str, key: str, upload_id: str) -> bool:
    from botocore.exceptions import ClientError

    client: Any = server.client()
    try:
        client.list_parts(Bucket=bucket, Key=key, UploadId=upload_id)
    except ClientError as exc:
        if exc.response["Error"]["Code"] in ("NoSuchUpload", "404"):
            return False
        raise
    return True


def _journal_rows(site: Site) -> int:
    db = site.vault.db
    return int(db.execute("SELECT count(*) FROM sync_s3_uploads").fetchone()[0]) + int(
        db.execute("SELECT count(*) FROM sync_s3_parts").fetchone()[0]
    )


def test_an_upload_skipped_as_already_there_clears_its_journal_and_server_upload(
    s3_server: S3Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    bucket, prefix = s3_server.shared_bucket(), s3_server.new_prefix()
    _add(amal, s3_server, f"s3://{bucket}/{prefix}")
    amal.records.create(F.OBJECT, {"title": "Jar"})
    real = S3Client.upload_file

    def lost_answer(self: S3Client, key: str, *args: Any, **kwargs: Any) -> None:
        real(self, key, *args, **kwargs)  # the object is whole on the server...
        raise S3UnreachableError("the link dropped")  # ...but the answer never came back

    monkeypatch.setattr(S3Client, "upload_file", lost_answer)
    first = amal.sync("hq")
    assert first.offline and first.delivered == []
    monkeypatch.setattr(S3Client, "upload_file", real)
    (key,) = [k for k in s3_server.keys(bucket, prefix) if k.endswith(".fkb")]
    # An earlier attempt's multipart upload of the same key, journalled in the vault.
    upload_id = _open_upload(s3_server, bucket, key)
    journal = s3target.VaultJournal(amal.vault, "hq")
    journal.begin(key, upload_id, 8 << 20)
    journal.confirm(key, 1, "etag", "sha")
    assert s3target.bytes_confirmed(amal.vault, "hq") > 0

    again = amal.sync("hq")
    assert len(again.delivered) == 1 and again.offline is None
    assert _journal_rows(amal) == 0
    assert s3target.bytes_confirmed(amal.vault, "hq") == 0  # `sync status`: nothing pending
    assert not _upload_exists(s3_server, bucket, key, upload_id)
