"""Archive bugs proven by the r10 reviews, each on real PostgreSQL and SeaweedFS (tests/pgserver.py,
tests/s3server.py) with bundles from real laptop vaults (tests/peers.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import ACCESS_KEY, SECRET_KEY, S3Server, s3_server  # noqa: F401
from test_archive import drain, open_archive

from fieldkit.archive import jobs
from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage
from fieldkit.records import fields as F
from fieldkit.sync.s3client import S3Credentials


@pytest.fixture(scope="module")
def bucket(s3_server: S3Server) -> str:  # noqa: F811
    return f"arch-{os.urandom(5).hex()}"


def _people(root: Path) -> tuple[Peer, Peer, Peer]:
    """A field laptop, the archive's coordinator vault and a coordinator's laptop, all trusting
    each other."""
    a = Peer(root, "amal")
    arch = Peer(root, "archive", role="coordinator")
    laptop = Peer(root, "laptop", role="coordinator")
    for p in (a, arch, laptop):
        p.trust(*[q for q in (a, arch, laptop) if q is not p])
    return a, arch, laptop


def _send(peer: Peer, *to: Peer) -> Path:
    path = peer.send(*to)
    assert path is not None
    return path


def _unreachable(archive: jobs.Archive, bucket: str, prefix: str) -> jobs.Archive:
    """The same archive while its S3 endpoint is down: nothing listens on port 9."""
    down = ArchiveConfig.from_options(
        archive.dsn, f"s3://{bucket}/{prefix}", "http://127.0.0.1:9", retention_days=1
    )
    storage = ArchiveStorage(down, credentials=S3Credentials(ACCESS_KEY, SECRET_KEY))
    storage.client.wait = lambda attempt, cancel: None  # type: ignore[method-assign]
    return jobs.Archive(archive.dsn, storage, archive.vault)


def _fail_for_good(broken: jobs.Archive) -> list[str | None]:
    outcomes: list[str | None] = []
    with broken.connect() as conn:
        for _ in range(jobs.MAX_ATTEMPTS):
            conn.execute("UPDATE jobs SET run_after = now()")  # the backoff has passed
            outcome = jobs.claim_and_run(broken, conn, "w")
            outcomes.append(outcome.state if outcome else None)
    return outcomes


# --- 1. an outage is not a refusal ---------------------------------------------------------


@pytest.mark.parametrize("retry", ["ingest", "requeue"])
def test_a_bundle_that_failed_during_an_s3_outage_is_merged_once_s3_is_back(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
    retry: str,
) -> None:
    a, arch, laptop = _people(tmp_path)
    a.records.create(F.OBJECT, {"inventory_number": "O-1", "title": "Outage jar"})
    b = _send(a, arch, laptop)
    prefix = f"outage-{retry}"
    archive = open_archive(pg_server, s3_server, bucket, arch.vault, prefix=prefix)
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, b)
    outcomes = _fail_for_good(_unreachable(archive, bucket, prefix))
    assert outcomes[-1] == "failed"
    with archive.connect() as conn:
        st = jobs.status(conn)
        # Failed, not quarantined: nothing refused the bundle.
        assert (st["failed"], st["quarantined"], st["queued"]) == (1, 0, 0)
        assert jobs.quarantined(conn) == []
        if retry == "ingest":
            again = jobs.ingest_file(archive, conn, b, check=True)
            assert again.queued and not again.quarantined and again.error is None
        else:
            assert [r.queued for r in jobs.requeue(archive, conn)] == [True]
    drain(archive)
    with archive.connect() as conn:
        st = jobs.status(conn)
    assert (st["records"], st["merged"], st["failed"], st["quarantined"]) == (1, 1, 0, 0)


def test_a_refused_bundle_stays_quarantined_and_is_not_requeued(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    a, arch, laptop = _people(tmp_path)
    a.records.create(F.OBJECT, {"inventory_number": "T-1", "title": "Tampered"})
    b = _send(a, arch, laptop)
    bad = tmp_path / "bad.fkb"
    data = bytearray(b.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    archive = open_archive(pg_server, s3_server, bucket, arch.vault, prefix="refused")
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, bad)
        outcome = jobs.claim_and_run(archive, conn, "w")
        assert outcome is not None and outcome.state == "quarantined"
        assert all(not r.queued for r in jobs.requeue(archive, conn))
        again = jobs.ingest_file(archive, conn, bad)
        assert again.quarantined and not again.queued
        assert jobs.status(conn)["quarantined"] == 1


# --- 2. only a definite answer means "no object lock" ---------------------------------------


def test_one_dropped_answer_does_not_leave_later_bundles_unlocked(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    from botocore.exceptions import EndpointConnectionError

    from fieldkit.fsutil import sha256_file

    a, arch, laptop = _people(tmp_path)
    a.records.create(F.OBJECT, {"inventory_number": "L-1", "title": "Locked"})
    b = _send(a, arch, laptop)
    set_up = open_archive(pg_server, s3_server, bucket, arch.vault, prefix="lock")
    assert set_up.storage.state().object_lock
    # A worker process starting: the link drops once, on the first question it asks (whether
    # the bucket has object lock); everything after is answered.
    config = ArchiveConfig.from_options(
        set_up.dsn, f"s3://{bucket}/lock", s3_server.endpoint, retention_days=1
    )
    storage = ArchiveStorage(config, credentials=S3Credentials(ACCESS_KEY, SECRET_KEY))
    real_call = storage.client.call
    dropped: list[str] = []

    def call(operation: str, *args: object, **kw: object) -> object:
        if operation == "get_object_lock_configuration" and not dropped:
            dropped.append(operation)
            raise EndpointConnectionError(endpoint_url=s3_server.endpoint)
        return real_call(operation, *args, **kw)  # type: ignore[arg-type]

    storage.client.call = call  # type: ignore[method-assign]
    worker = jobs.Archive(set_up.dsn, storage, arch.vault)
    with worker.connect() as conn:
        jobs.ingest_file(worker, conn, b)  # unlocked until the worker verified it
        first = jobs.claim_and_run(worker, conn, "w")
        assert first is not None and first.state == "retry"  # not merged without a lock
        conn.execute("UPDATE jobs SET run_after = now()")
    drain(worker)
    with worker.connect() as conn:
        assert jobs.status(conn)["merged"] == 1
    assert dropped
    assert set_up.storage.retention(sha256_file(b)) is not None
