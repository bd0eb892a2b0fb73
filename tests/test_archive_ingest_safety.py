"""Issue 21: the archive's ingest never locks junk (SPEC §15). Oversize objects on the laptops'
prefix are never downloaded; a bundle the core refuses is quarantined and kept unlocked; a
bundle left without its retention by a crash gets it at the next ingest. Real PostgreSQL and
SeaweedFS (tests/pgserver.py, tests/s3server.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import Programme, make_programme, open_archive

from fieldkit.archive import jobs
from fieldkit.archive.storage import ArchiveStorage


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Programme]:
    p = make_programme(tmp_path_factory.mktemp("programme"))
    yield p
    for peer in [*p.field, p.archive, p.laptop]:
        peer.vault.close()


def _bucket() -> str:
    return f"safe-{os.urandom(5).hex()}"


def test_an_oversize_object_on_the_laptops_prefix_is_never_downloaded(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = open_archive(pg_server, s3_server, _bucket(), programme.archive.vault)
    source = ArchiveStorage(archive.storage.config)  # the same bucket, another prefix
    good = programme.bundles[0]
    source.client.put_bytes(source.location.key("sync/good.fkb"), good.read_bytes())
    junk = os.urandom(good.stat().st_size + 2)
    source.client.put_bytes(source.location.key("sync/huge.fkb"), junk)
    monkeypatch.setattr(jobs, "MAX_INGEST_BYTES", good.stat().st_size + 1, raising=False)
    from dataclasses import replace

    sync = ArchiveStorage(
        replace(archive.storage.config, s3_url=f"s3://{archive.storage.bucket}/archive/sync")
    )
    downloaded: list[str] = []
    real = sync.client.download
    monkeypatch.setattr(
        sync.client,
        "download",
        lambda obj, dest, *a, **k: (downloaded.append(obj.key), real(obj, dest, *a, **k))[1],
    )
    with archive.connect() as conn:
        for _ in range(2):  # twice: still one refusal recorded
            results = {Path(r.file).name: r for r in jobs.ingest_from_s3(archive, conn, sync)}
            assert results["good.fkb"].error is None
            assert results["huge.fkb"].error == jobs.TOO_LARGE
        assert not any(k.endswith("huge.fkb") for k in downloaded)
        refused = jobs.refused(conn)
        assert [r["reason"] for r in refused] == [jobs.TOO_LARGE]
        assert refused[0]["object"].endswith("sync/huge.fkb")
        assert jobs.status(conn)["bundles"] == 1
    import hashlib

    assert not archive.storage.has(archive.storage.bundle_key(hashlib.sha256(junk).hexdigest()))


def test_a_refused_bundle_is_quarantined_unlocked_and_never_queued(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    archive = open_archive(pg_server, s3_server, _bucket(), programme.archive.vault)
    bad = tmp_path / "bad.fkb"
    data = bytearray(programme.bundles[3].read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    import hashlib

    sha = hashlib.sha256(bytes(data)).hexdigest()
    with archive.connect() as conn:
        for _ in range(2):  # idempotent
            result = jobs.ingest_file(archive, conn, bad, check=True)
            assert result.quarantined and result.error and not result.queued
        assert not archive.storage.has(archive.storage.bundle_key(sha))
        qkey = archive.storage.quarantine_key(sha)
        assert archive.storage.has(qkey)
        # Unlocked: an operator can delete it.
        archive.storage.client.call("delete_object", Bucket=archive.storage.bucket, Key=qkey)
        assert [q["reason"] for q in jobs.quarantined(conn)] == [result.error]
        st = jobs.status(conn)
        assert st["queued"] == 0 and st["bundles"] == 1
        assert jobs.claim_and_run(archive, conn, "test") is None


def test_a_bundle_stored_without_retention_gets_it_at_the_next_ingest(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    archive = open_archive(pg_server, s3_server, _bucket(), programme.archive.vault)
    bundle = programme.bundles[1]
    import hashlib

    sha = hashlib.sha256(bundle.read_bytes()).hexdigest()
    # A crash between the (multipart) upload and its retention: the object, unlocked.
    archive.storage.client.put_bytes(archive.storage.bundle_key(sha), bundle.read_bytes())
    assert archive.storage.retention(sha) is None
    with archive.connect() as conn:
        result = jobs.ingest_file(archive, conn, bundle, check=True)
    assert not result.stored and result.queued
    assert archive.storage.retention(sha) is not None


def test_without_the_check_a_bundle_is_locked_only_once_the_worker_accepted_it(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    import hashlib

    archive = open_archive(pg_server, s3_server, _bucket(), programme.archive.vault)
    bad = tmp_path / "noise.fkb"
    bad.write_bytes(os.urandom(2048))
    good = programme.bundles[0]
    good_sha = hashlib.sha256(good.read_bytes()).hexdigest()
    bad_sha = hashlib.sha256(bad.read_bytes()).hexdigest()
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, good)
        jobs.ingest_file(archive, conn, bad)
        assert archive.storage.retention(good_sha) is None
        assert archive.storage.retention(bad_sha) is None
        states = {}
        while (outcome := jobs.claim_and_run(archive, conn, "test")) is not None:
            states[outcome.sha256] = outcome.state
    assert states == {good_sha: "merged", bad_sha: "quarantined"}
    assert archive.storage.retention(good_sha) is not None
    assert archive.storage.retention(bad_sha) is None
    # The refused file left bundles/ (a rebuild does not queue it again) for quarantine/,
    # where nothing locks it: it can be deleted.
    assert bad_sha not in set(archive.storage.bundle_hashes())
    assert good_sha in set(archive.storage.bundle_hashes())
    qkey = archive.storage.quarantine_key(bad_sha)
    assert archive.storage.has(qkey)
    archive.storage.client.call("delete_object", Bucket=archive.storage.bucket, Key=qkey)
