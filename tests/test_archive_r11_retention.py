"""`archive verify` and merged bundles stored without retention (object lock): listed, said
unprotected with what to do, ``ok`` false where the archive locks bundles (a warning where it
cannot), and `verify --retain` gives them their retention. Real PostgreSQL and SeaweedFS
(tests/pgserver.py, tests/s3server.py), bundles from real laptop vaults (tests/peers.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from conftest import PASSPHRASE, run_cli
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, drain, open_archive

from fieldkit.archive import jobs
from fieldkit.fsutil import sha256_file
from fieldkit.records import fields as F


def test_verify_lists_merged_bundles_without_retention_and_retain_mends_them(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    a = Peer(tmp_path, "amal")
    arch = Peer(tmp_path, "archive", role="coordinator")
    a.trust(arch)
    arch.trust(a)
    a.records.create(F.OBJECT, {"inventory_number": "U-1", "title": "Unlocked"})
    first = a.send(arch)
    a.records.create(F.OBJECT, {"inventory_number": "L-1", "title": "Locked"})
    second = a.send(arch)
    assert first is not None and second is not None
    bucket = f"arch-{os.urandom(5).hex()}"
    archive = open_archive(pg_server, s3_server, bucket, arch.vault, prefix="keep")
    assert archive.storage.state().object_lock
    # A worker that once took the bucket for one without object lock (as before r10): the
    # first bundle is stored and merged with no retention.
    archive.storage._lock = False
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, first)
    drain(archive)
    archive.storage._lock = None
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, second)
    drain(archive)
    unlocked, locked = sha256_file(first), sha256_file(second)
    assert archive.storage.retention(unlocked) is None
    assert archive.storage.retention(locked) is not None
    arch.vault.close()  # the command line opens it, as on a worker host
    env = {
        **S3_ENV,
        "FIELDKIT_ARCHIVE_DB": archive.dsn,
        "FIELDKIT_ARCHIVE_S3": f"s3://{bucket}/keep",
        "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
        "FIELDKIT_ARCHIVE_RETENTION_DAYS": "1",
        "FIELDKIT_VAULT": str(arch.path),
        "FIELDKIT_PASSPHRASE": PASSPHRASE,
    }
    found = run_cli(["archive", "verify", "--json"], env=env)
    report = found.json
    assert isinstance(report, dict)
    assert found.code == 1 and report["ok"] is False, report
    assert report["problems"] == [] and report["bundles_checked"] == 2
    assert report["bundles_without_retention"] == 1
    assert report["unprotected_bundles"] == [unlocked]
    assert report["retention_expected"] is True and report["retained_now"] == []

    said = run_cli(["archive", "verify"], env=env)
    assert said.code == 1 and said.out == ""
    assert "1 merged bundle stored without retention (object lock)" in said.err, said.err
    assert "nothing in the storage prevents their deletion" in said.err
    assert "fieldkit archive verify --retain" in said.err
    assert unlocked[:12] in said.err and locked[:12] not in said.err

    # An archive that keeps no retention (0 days chosen): told, not a failure.
    chosen = run_cli(
        ["archive", "verify", "--json"], env={**env, "FIELDKIT_ARCHIVE_RETENTION_DAYS": "0"}
    )
    report = chosen.json
    assert isinstance(report, dict)
    assert chosen.code == 0 and report["ok"] is True
    assert report["unprotected_bundles"] == [unlocked] and report["retention_expected"] is False

    mended = run_cli(["archive", "verify", "--retain", "--json"], env=env)
    report = mended.json
    assert isinstance(report, dict)
    assert mended.code == 0 and report["ok"] is True, report
    assert report["retained_now"] == [unlocked] and report["unprotected_bundles"] == []
    assert archive.storage.retention(unlocked) is not None
    again = run_cli(["archive", "verify"], env=env)
    assert again.code == 0 and "without retention" not in again.err
