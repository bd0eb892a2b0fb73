"""The programme archive (SPEC §15) on real engines: PostgreSQL (tests/pgserver.py) and
SeaweedFS (tests/s3server.py), bundles from real laptop vaults (tests/peers.py)."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import ACCESS_KEY, SECRET_KEY, S3Server, s3_server  # noqa: F401

from fieldkit.archive import index, jobs, schema
from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput
from fieldkit.sync.s3client import S3Credentials

S3_ENV = {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY}


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(out, "JPEG")
    return out.getvalue()


@dataclass
class Programme:
    """Three field laptops, the archive's coordinator vault and a laptop to compare with; the
    bundles the field laptops sent (to the archive and the laptop alike)."""

    root: Path
    field: list[Peer]
    archive: Peer
    laptop: Peer
    bundles: list[Path]


def make_programme(root: Path) -> Programme:
    a, b, d = Peer(root, "amal"), Peer(root, "bohdan"), Peer(root, "dalia")
    archive = Peer(root, "archive", role="coordinator")
    laptop = Peer(root, "laptop", role="coordinator")
    everyone = [a, b, d, archive, laptop]
    for p in everyone:
        p.trust(*[q for q in everyone if q is not p])
    sink = (archive, laptop)
    icon = a.records.create(
        F.OBJECT,
        {"inventory_number": "K-1", "title": "Ікона Богородиці", "notes": "n0"},
        photos=[PhotoInput(_jpeg((200, 30, 30)))],
    )
    jar = a.records.create(F.OBJECT, {"inventory_number": "K-2", "title": "جَرَّة فخارية"})
    bowl = a.records.create(F.OBJECT, {"inventory_number": "K-3", "title": "Bol émaillé"})
    first = a.send(b, *sink)
    b.receive(first)
    # Concurrent edits: different fields, the same field, and delete against edit.
    a.records.edit(icon.record_id, {"title": "Ікона Богородиці Одигітрії", "notes": "from Amal"})
    b.records.edit(icon.record_id, {"maker": "Kyiv workshop", "notes": "from Bohdan"})
    a.records.delete(bowl.record_id)
    b.records.edit(bowl.record_id, {"title": "Bol émaillé bleu"})
    a.records.edit(jar.record_id, {"maker": "Aleppo"})
    d.records.create(
        F.OBJECT,
        {"inventory_number": "D-1", "title": "Manuscript leaf"},
        photos=[PhotoInput(_jpeg((30, 200, 30)))],
    )
    bundles = [first, a.send(*sink), b.send(*sink), d.send(*sink)]
    assert all(bundles)
    return Programme(root, [a, b, d], archive, laptop, [p for p in bundles if p])


def laptop_view(laptop: Peer) -> dict[str, tuple[tuple[str, ...], str, bool, dict[str, object]]]:
    heads: dict[str, set[str]] = {}
    for record_id, rev_id in laptop.vault.db.execute("SELECT record_id, rev_id FROM heads"):
        heads.setdefault(record_id, set()).add(rev_id)
    return {
        record_id: (tuple(sorted(heads[record_id])), head, bool(conflict), json.loads(fields))
        for record_id, fields, conflict, head in laptop.view()
    }


def archive_view(dsn: str) -> dict[str, tuple[tuple[str, ...], str, bool, dict[str, object]]]:
    with psycopg.connect(dsn) as conn:
        return {
            r[0]: (tuple(sorted(r[1])), r[2], r[3], r[4])
            for r in conn.execute(
                "SELECT record_id, heads, winner, in_conflict, fields FROM records"
            )
        }


def drain(archive: jobs.Archive) -> None:
    with archive.connect() as conn:
        while jobs.claim_and_run(archive, conn, "test") is not None:
            pass


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Programme]:
    p = make_programme(tmp_path_factory.mktemp("programme"))
    for bundle in p.bundles:
        result = p.laptop.receive(bundle)
        assert result.refused is None, result.refused
    yield p
    for peer in [*p.field, p.archive, p.laptop]:
        peer.vault.close()


@pytest.fixture(scope="module")
def module_bucket(s3_server: S3Server) -> str:  # noqa: F811
    # Object lock must be asked for when a bucket is created: `archive init` creates it.
    return f"arch-{os.urandom(5).hex()}"


def open_archive(
    pg: PgServer,
    s3: S3Server,
    bucket: str,
    vault: object,
    dsn: str | None = None,
    prefix: str = "archive",
) -> jobs.Archive:
    """An archive in a new database, on ``s3://bucket/prefix`` (SeaweedFS gives every bucket
    volumes of its own: tests share a bucket under prefixes of their own). The credentials
    are passed, never set in the process's environment: the tests pass in any order."""
    config = ArchiveConfig.from_options(
        dsn or pg.new_database(), f"s3://{bucket}/{prefix}", s3.endpoint, retention_days=1
    )
    storage = ArchiveStorage(config, credentials=S3Credentials(ACCESS_KEY, SECRET_KEY))
    with psycopg.connect(config.dsn, autocommit=True) as conn:
        schema.create(conn)
    storage.setup()
    return jobs.Archive(config.dsn, storage, vault)  # type: ignore[arg-type]


def test_opening_a_test_archive_leaves_no_credentials_in_the_environment(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in S3_ENV:
        monkeypatch.delenv(name, raising=False)
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    assert archive.storage.state().object_lock  # it works, on credentials it was given
    assert [name for name in S3_ENV if name in os.environ] == []


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.permutations(range(4)), again=st.lists(st.integers(0, 3), max_size=3))
def test_archive_view_equals_a_laptop_vaults_for_bundles_in_any_order(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    order: list[int],
    again: list[int],
) -> None:
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    with archive.connect() as conn:
        for i in [*order, *again]:
            jobs.ingest_file(archive, conn, programme.bundles[i])
            if i % 2:  # merge some before others arrive: out-of-order parents
                drain(archive)
    drain(archive)
    expected = laptop_view(programme.laptop)
    got = archive_view(archive.dsn)
    assert got == expected
    assert any(conflict for _, _, conflict, _ in got.values())
    with archive.connect() as conn:
        status = jobs.status(conn)
    assert status["bundles"] == 4 and status["queued"] == 0 and status["failed"] == 0
    assert status["photos"] == 2


def test_search_finds_arabic_cyrillic_and_latin_without_accents_or_marks(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
) -> None:
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    with archive.connect() as conn:
        for bundle in programme.bundles:
            jobs.ingest_file(archive, conn, bundle)
    drain(archive)
    with archive.connect() as conn:
        assert [r["fields"]["inventory_number"] for r in index.search(conn, "جرة")] == ["K-2"]
        assert [r["fields"]["inventory_number"] for r in index.search(conn, "ікона")] == ["K-1"]
        assert [r["fields"]["inventory_number"] for r in index.search(conn, "EMAILLE")] == ["K-3"]
        assert index.search(conn, "nothing-like-this") == []


def test_a_tampered_bundle_is_quarantined_with_its_reason_and_nothing_merged(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    tmp_path: Path,
) -> None:
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    bad = tmp_path / "bad.fkb"
    data = bytearray(programme.bundles[3].read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, bad)
        outcome = jobs.claim_and_run(archive, conn, "test")
        assert outcome is not None and outcome.state == "quarantined" and outcome.reason
        status = jobs.status(conn)
        assert status["revisions"] == 0 and status["records"] == 0 and status["failed"] == 1
        assert jobs.quarantined(conn)[0]["reason"] == outcome.reason
        # Never retried: the queue is empty.
        assert jobs.claim_and_run(archive, conn, "test") is None


def test_a_locked_bundle_cannot_be_deleted_or_overwritten_on_seaweedfs(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    tmp_path: Path,
) -> None:
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    state = archive.storage.state()
    assert state.versioning and state.object_lock, state
    bundle = programme.bundles[0]
    from fieldkit.fsutil import sha256_file

    sha = sha256_file(bundle)
    archive.storage.put_bundle(bundle, sha)
    key = archive.storage.bundle_key(sha)
    assert archive.storage.retention(sha) is not None
    client = s3_server.client()
    version = client.head_object(Bucket=module_bucket, Key=key)["VersionId"]  # type: ignore[attr-defined]
    import botocore.exceptions

    with pytest.raises(botocore.exceptions.ClientError):
        client.delete_object(Bucket=module_bucket, Key=key, VersionId=version)  # type: ignore[attr-defined]
    # An overwrite is a new version on top; the locked version stays, byte for byte.
    client.put_object(Bucket=module_bucket, Key=key, Body=b"forged")  # type: ignore[attr-defined]
    kept = client.get_object(Bucket=module_bucket, Key=key, VersionId=version)  # type: ignore[attr-defined]
    assert kept["Body"].read() == bundle.read_bytes()
    # The archive reads the locked original, not the forgery on top of it.
    fetched = tmp_path / "fetched.fkb"
    archive.storage.fetch_bundle(sha, fetched)
    assert fetched.read_bytes() == bundle.read_bytes()


def test_a_job_that_keeps_failing_is_retried_with_backoff_then_failed_not_quarantined(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    monkeypatch.setattr(jobs, "MAX_ATTEMPTS", 2)
    missing = "0" * 64  # queued, but never stored in the bucket: every attempt fails
    with archive.connect() as conn:
        assert jobs.enqueue(conn, missing, 1)
        first = jobs.claim_and_run(archive, conn, "test")
        assert first is not None and first.state == "retry"
        queued = conn.execute(
            "SELECT attempts, run_after > now() FROM jobs WHERE bundle_sha256 = %s", (missing,)
        ).fetchone()
        assert queued == (1, True)
        assert jobs.claim_and_run(archive, conn, "test") is None  # not before its time
        conn.execute("UPDATE jobs SET run_after = now()")
        second = jobs.claim_and_run(archive, conn, "test")
        assert second is not None and second.state == "failed"
        # Failed, not refused: kept out of quarantine, for `requeue` to retry.
        assert jobs.quarantined(conn) == []
        assert jobs.failed(conn) == [
            {"sha256": missing, "reason": "Failed 2 times; last error: "
             f"Bundle {missing[:12]} is missing from the bucket."}
        ]


def test_a_bundle_from_an_untrusted_laptop_is_quarantined_saying_so(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    tmp_path: Path,
) -> None:
    stranger = Peer(tmp_path, "stranger")
    stranger.trust(programme.archive)
    stranger.records.create(F.OBJECT, {"inventory_number": "S-1", "title": "Unknown"})
    bundle = stranger.send(programme.archive)
    stranger.vault.close()
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, bundle)  # type: ignore[arg-type]
        outcome = jobs.claim_and_run(archive, conn, "test")
        assert outcome is not None and outcome.state == "quarantined"
        assert "untrusted or unknown key" in (outcome.reason or "")
        assert jobs.status(conn)["records"] == 0


def test_threads_of_one_worker_merge_the_same_view(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
) -> None:
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    with archive.connect() as conn:
        for bundle in programme.bundles:
            jobs.ingest_file(archive, conn, bundle)
    outcomes: list[jobs.JobOutcome] = []
    jobs.run_worker(archive, burst=True, concurrency=3, on_outcome=outcomes.append)
    # A retry (a storage timeout on a busy machine) is allowed; the end state is not negotiable.
    merged = [o.sha256 for o in outcomes if o.state == "merged"]
    assert len(merged) == len(set(merged)) == 4, [(o.state, o.reason) for o in outcomes]
    assert archive_view(archive.dsn) == laptop_view(programme.laptop)


def test_archive_commands_say_what_is_missing(tmp_path: Path) -> None:
    from conftest import run_cli

    result = run_cli(["archive", "status"])
    assert result.code == 2
    assert "FIELDKIT_ARCHIVE_DB" in result.err and "Traceback" not in result.err


@pytest.mark.parametrize("kind", ["empty", "noise", "truncated", "zip-bomb-ish"])
def test_hostile_files_are_quarantined_never_merged(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    tmp_path: Path,
    kind: str,
) -> None:
    import zipfile

    good = programme.bundles[3].read_bytes()
    path = tmp_path / f"{kind}.fkb"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "noise":
        path.write_bytes(os.urandom(4096))
    elif kind == "truncated":
        path.write_bytes(good[: len(good) * 2 // 3])
    else:  # a compressed member of zeros: refused before anything is inflated
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("b/data/records.ndjson", b"\0" * (8 << 20))
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, path)
        outcome = jobs.claim_and_run(archive, conn, "test")
        assert outcome is not None and outcome.state == "quarantined", outcome
        assert outcome.reason and "Traceback" not in outcome.reason
        status = jobs.status(conn)
        assert (status["records"], status["revisions"], status["photos"]) == (0, 0, 0)


def test_status_names_a_gap_in_a_senders_stream(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    module_bucket: str,
    tmp_path: Path,
) -> None:
    eve = Peer(tmp_path, "eve")
    eve.trust(programme.archive)
    programme.archive.trust(eve)
    eve.records.create(F.OBJECT, {"inventory_number": "E-1", "title": "First"})
    eve.send(programme.archive)  # sequence 1: lost on the way
    eve.records.create(F.OBJECT, {"inventory_number": "E-2", "title": "Second"})
    second = eve.send(programme.archive, mode="since_last")
    eve.vault.close()
    archive = open_archive(pg_server, s3_server, module_bucket, programme.archive.vault)
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, second)  # type: ignore[arg-type]
        outcome = jobs.claim_and_run(archive, conn, "test")
        assert outcome is not None and outcome.state == "merged"
        gaps = jobs.stream_gaps(conn)
    assert len(gaps) == 1 and gaps[0].startswith("Bundle 1 of stream")
