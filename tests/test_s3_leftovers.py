"""S3 sync leftovers found in review (issue 20): the upload journal, server-side multipart
uploads and staged downloads do not outlive what they were for. Against a real SeaweedFS."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, run_cli
from faultproxy import proxy_for
from s3server import S3Server
from s3server import s3_server as s3_server  # the session's server fixture
from test_sync import Site

from fieldkit.records import fields as F
from fieldkit.sync import s3target
from fieldkit.sync.s3client import S3Client, S3Credentials, S3UnreachableError
from fieldkit.sync.targets import get_target
from fieldkit.vault import Vault

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


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


def _leftovers(site: Site, server: S3Server, bucket: str, prefix: str) -> tuple[str, str, Path]:
    """What an interrupted sync leaves: an open, journalled upload and a partial download."""
    key = f"{prefix}{site.card.fingerprint}/interrupted.fkb"
    upload_id = _open_upload(server, bucket, key)
    journal = s3target.VaultJournal(site.vault, "hq")
    journal.begin(key, upload_id, 8 << 20)
    journal.confirm(key, 1, "etag", "sha")
    staging = s3target.S3Storage.load(site.vault, get_target(site.vault, "hq")).staging
    staging.mkdir(parents=True)
    (staging / "0123.part").write_bytes(b"age-encryption.org/v1 partial")
    site.vault.close()
    return key, upload_id, staging


def _rows_left(path: Path) -> dict[str, int]:
    with Vault.open(path, PASSPHRASE) as vault:
        return {
            table: int(vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
            for table in ("sync_targets", "sync_s3_targets", "sync_s3_uploads", "sync_s3_parts")
        }


def test_removing_an_s3_target_aborts_its_uploads_and_drops_its_staging(
    s3_server: S3Server, tmp_path: Path
) -> None:
    amal = Site(tmp_path, "amal")
    bucket, prefix = s3_server.shared_bucket(), s3_server.new_prefix()
    _add(amal, s3_server, f"s3://{bucket}/{prefix}")
    key, upload_id, staging = _leftovers(amal, s3_server, bucket, prefix)
    assert _upload_exists(s3_server, bucket, key, upload_id)

    removed = run_cli(["--vault", str(amal.path), "sync", "target", "remove", "hq"], env=ENV)
    assert removed.code == 0, removed.err
    assert not _upload_exists(s3_server, bucket, key, upload_id)
    assert not staging.exists()
    assert set(_rows_left(amal.path).values()) == {0}  # credentials and journal gone too


def test_removing_an_offline_s3_target_is_quick_and_quiet(
    s3_server: S3Server, tmp_path: Path
) -> None:
    amal = Site(tmp_path, "amal")
    bucket, prefix = s3_server.shared_bucket(), s3_server.new_prefix()
    with proxy_for(s3_server.endpoint) as proxy:
        _add(amal, s3_server, f"s3://{bucket}/{prefix}", proxy.endpoint)
        key, upload_id, staging = _leftovers(amal, s3_server, bucket, prefix)
        proxy.go_offline()
        start = time.monotonic()
        removed = run_cli(["--vault", str(amal.path), "sync", "target", "remove", "hq"], env=ENV)
        assert time.monotonic() - start < 15
    assert removed.code == 0, removed.err
    said = [line for line in removed.err.splitlines() if "passphrase protection" not in line]
    assert said == ["Sync target 'hq' removed; nothing on it was touched."]  # nothing else
    assert not staging.exists()
    assert set(_rows_left(amal.path).values()) == {0}
    assert _upload_exists(s3_server, bucket, key, upload_id)  # the server expires it itself


def test_a_download_the_disk_cannot_hold_waits_and_the_sync_goes_on(
    s3_server: S3Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    amal = Site(tmp_path, "amal")
    coord = Site(tmp_path, "coord", role="coordinator")
    amal.trust(coord)
    coord.trust(amal)
    url = f"s3://{s3_server.shared_bucket()}/{s3_server.new_prefix()}"
    s3target.add_s3_target(
        amal.vault,
        "hq",
        url,
        s3_server.endpoint,
        S3Credentials(s3_server.access_key, s3_server.secret_key),
        [coord.card],
    )
    _add(coord, s3_server, url)
    amal.records.create(F.OBJECT, {"title": "Jar"})
    assert len(amal.sync("hq").delivered) == 1
    real = shutil.disk_usage

    def nearly_full(path: Any) -> Any:
        usage = real(path)
        if Path(path) == coord.path:
            return usage._replace(free=100_000_000)  # 100 MB: less than the margin
        return usage

    monkeypatch.setattr(shutil, "disk_usage", nearly_full)
    full = coord.sync("hq")
    assert full.imported == [] and full.errors == [] and full.quarantined == []
    (said,) = [w for w in full.warnings if "was not downloaded" in w]
    assert "100 MB" in said and "waits on the target" in said
    staging = s3target.S3Storage.load(coord.vault, get_target(coord.vault, "hq")).staging
    assert not list(staging.glob("*.part"))  # nothing of it was written
    monkeypatch.setattr(shutil, "disk_usage", real)
    room = coord.sync("hq")
    assert [r.new_revisions for r in room.imported] == [1]
