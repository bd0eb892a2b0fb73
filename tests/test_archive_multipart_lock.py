"""A bundle too large for one PUT goes up in parts, under object lock from the multipart
upload's creation (ObjectLockMode/ObjectLockRetainUntilDate on CreateMultipartUpload): no
moment when the stored bundle is unlocked, and no retention set afterwards (issue 21). Real
SeaweedFS and PostgreSQL, a real bundle carrying a large photo."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401
from PIL import Image
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import drain, open_archive

from fieldkit.archive import jobs
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.sync.s3client import MIN_PART

_BUCKET = f"parts-{os.urandom(5).hex()}"


def _noise_png(side: int) -> bytes:
    """A photo that does not compress: about 3 bytes a pixel."""
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(out, "PNG")
    return out.getvalue()


def test_a_bundle_uploaded_in_parts_is_locked_from_its_creation(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    field = Peer(tmp_path, "amal")
    archive = Peer(tmp_path, "archive", role="coordinator")
    field.trust(archive)
    archive.trust(field)
    field.records.create(
        F.OBJECT, {"inventory_number": "L-1", "title": "Large photo"},
        photos=[PhotoInput(_noise_png(1500))],
    )
    bundle = field.send(archive)
    assert bundle is not None and bundle.stat().st_size > MIN_PART + (1 << 20)
    arch = open_archive(pg_server, s3_server, _BUCKET, prefix="big", vault=archive.vault)
    arch.storage.single_put_limit = 1 << 20  # this bundle goes up in parts of 5 MiB
    arch.storage.part_size = MIN_PART
    calls: list[tuple[str, dict[str, Any]]] = []
    real_call = arch.storage.client.call

    def spy(operation: str, *args: Any, **kwargs: Any) -> Any:
        calls.append((operation, kwargs))
        return real_call(operation, *args, **kwargs)

    arch.storage.client.call = spy  # type: ignore[method-assign]
    with arch.connect() as conn:
        result = jobs.ingest_file(arch, conn, bundle, check=True)
    assert result.stored and result.queued and result.error is None, result
    operations = [op for op, _ in calls]
    assert operations.count("upload_part") == 2
    created = [kw for op, kw in calls if op == "create_multipart_upload"]
    assert len(created) == 1 and created[0]["ObjectLockMode"] == "GOVERNANCE"
    assert "ObjectLockRetainUntilDate" in created[0]
    assert "put_object_retention" not in operations  # locked at creation, not afterwards
    sha = result.sha256 or ""
    assert arch.storage.retention(sha) is not None
    # Locked on SeaweedFS: its version cannot be deleted.
    key = arch.storage.bundle_key(sha)
    head = real_call("head_object", Bucket=arch.storage.bucket, Key=key)
    with pytest.raises(Exception):  # noqa: B017 - AccessDenied, as botocore names it
        real_call(
            "delete_object", attempts=1, Bucket=arch.storage.bucket, Key=key,
            VersionId=head["VersionId"],
        )
    # And whole: the worker fetches it, checks its hash and merges it.
    drain(arch)
    with arch.connect() as conn:
        assert jobs.status(conn)["merged"] == 1
