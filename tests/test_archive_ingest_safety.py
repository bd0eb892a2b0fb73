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


# One bucket for the module (SeaweedFS gives every bucket volumes of its own), a prefix per test.
_BUCKET = f"safe-{os.urandom(5).hex()}"


def _open(programme: Programme, pg: PgServer, s3: S3Server) -> jobs.Archive:
    prefix = f"t-{os.urandom(4).hex()}"
    return open_archive(pg, s3, _BUCKET, programme.archive.vault, prefix=prefix)


def test_an_oversize_object_on_the_laptops_prefix_is_never_downloaded(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = _open(programme, pg_server, s3_server)
    # The same bucket, another prefix.
    source = ArchiveStorage(archive.storage.config, credentials=archive.storage.credentials)
    good = programme.bundles[0]
    source.client.put_bytes(source.location.key("sync/good.fkb"), good.read_bytes())
    junk = os.urandom(good.stat().st_size + 2)
    source.client.put_bytes(source.location.key("sync/huge.fkb"), junk)
    monkeypatch.setattr(jobs, "MAX_INGEST_BYTES", good.stat().st_size + 1, raising=False)
    from dataclasses import replace

    sync = ArchiveStorage(
        replace(archive.storage.config, s3_url=archive.storage.config.s3_url + "/sync"),
        credentials=archive.storage.credentials,
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
    archive = _open(programme, pg_server, s3_server)
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
    archive = _open(programme, pg_server, s3_server)
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

    archive = _open(programme, pg_server, s3_server)
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


def test_untrusted_bundles_come_back_once_trusted_even_after_a_rebuild(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    import hashlib

    from peers import Peer

    from fieldkit.records import fields as F

    def stranger(name: str) -> tuple[Peer, Path]:
        peer = Peer(tmp_path, name)
        peer.trust(programme.archive)
        peer.records.create(F.OBJECT, {"inventory_number": name, "title": "Jar"})
        bundle = peer.send(programme.archive)
        peer.vault.close()
        assert bundle is not None
        return peer, bundle

    (late, late_bundle), (later, later_bundle) = stranger("late"), stranger("later")
    sha = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (late_bundle, later_bundle)}
    bad = tmp_path / "bad.fkb"
    data = bytearray(programme.bundles[3].read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    archive = _open(programme, pg_server, s3_server)
    with archive.connect() as conn:
        # Refused by the worker (an unchecked ingest), then trusted: queued again, merged.
        jobs.ingest_file(archive, conn, late_bundle)
        refused = jobs.claim_and_run(archive, conn, "test")
        assert refused is not None and refused.state == "quarantined"
        assert archive.storage.has(archive.storage.quarantine_key(sha[late_bundle]))
        assert [r.queued for r in jobs.requeue(archive, conn)] == [False]
        programme.archive.trust(late)
        assert [(r.sha256, r.queued) for r in jobs.requeue(archive, conn)] == [
            (sha[late_bundle], True)
        ]
        assert conn.execute("SELECT attempts FROM jobs").fetchone() == (0,)
        merged = jobs.claim_and_run(archive, conn, "test")
        assert merged is not None and merged.state == "merged"
        assert archive.storage.retention(sha[late_bundle]) is not None

        # Refused at ingest, then the index is rebuilt (it forgets the quarantine): the file
        # in quarantine/ is still checked again, and the tampered one recorded again.
        jobs.ingest_file(archive, conn, later_bundle, check=True)
        jobs.ingest_file(archive, conn, bad, check=True)
        assert jobs.rebuild(archive, conn) == 1
        while jobs.claim_and_run(archive, conn, "test") is not None:
            pass
        assert jobs.status(conn)["quarantined"] == 0
        programme.archive.trust(later)
        results = {r.sha256: r for r in jobs.requeue(archive, conn)}
        assert results[sha[later_bundle]].queued
        assert not results[hashlib.sha256(bytes(data)).hexdigest()].queued
        assert jobs.status(conn)["quarantined"] == 1
        merged = jobs.claim_and_run(archive, conn, "test")
        assert merged is not None and merged.state == "merged"
        assert jobs.status(conn)["records"] == 2
        events = [
            r[0] for r in conn.execute("SELECT event FROM audit ORDER BY id")
        ]
        assert events.count("requeued") == 2
