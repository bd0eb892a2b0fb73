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
        assert [f["reason"].split(";")[0] for f in jobs.failed(conn)] == [
            f"Failed {jobs.MAX_ATTEMPTS} times"
        ]
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


# --- 3. a rebuild after a revocation keeps what was merged before it ------------------------


def test_rebuild_after_a_revocation_keeps_the_revoked_authors_earlier_work(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    from fieldkit.archive import trust as archive_trust

    a, arch, laptop = _people(tmp_path)
    a.records.create(F.OBJECT, {"inventory_number": "E-1", "title": "Early"})
    b1 = _send(a, arch, laptop)
    a.records.create(F.OBJECT, {"inventory_number": "E-2", "title": "Second"})
    b2 = _send(a, arch, laptop)
    a.records.create(F.OBJECT, {"inventory_number": "E-3", "title": "After the theft"})
    b3 = _send(a, arch, laptop)
    archive = open_archive(pg_server, s3_server, bucket, arch.vault, prefix="rebuild")
    # Bundle 2 reaches the archive first (another route was quicker), then bundle 1.
    for bundle in (b2, b1):
        with archive.connect() as conn:
            jobs.ingest_file(archive, conn, bundle)
        drain(archive)
    keys = ("records", "revisions", "merged", "quarantined")
    with archive.connect() as conn:
        before = {k: jobs.status(conn)[k] for k in keys}
        assert before == {"records": 2, "revisions": 2, "merged": 2, "quarantined": 0}
        # Amal's laptop is stolen: nothing signed by her key after this is merged.
        archive_trust.revoke(conn, arch.vault, a.identity.fingerprint)
        cutoff = archive_trust.changes(conn)[-1]["cutoff"]
        assert cutoff["sequence"] == 2  # the furthest merged, not the last to arrive
        jobs.ingest_file(archive, conn, b3)
    drain(archive)
    with archive.connect() as conn:
        assert {k: jobs.status(conn)[k] for k in keys} == {**before, "quarantined": 1}
        jobs.rebuild(archive, conn)
    drain(archive)
    with archive.connect() as conn:
        after = {k: jobs.status(conn)[k] for k in keys}
    # Bundle 3 waits in quarantine/, which a rebuild leaves to `requeue`.
    assert after == before


# --- 4. ingest --from-s3 goes on past an object that went or changed ------------------------


def test_ingest_from_s3_goes_on_past_a_bundle_removed_or_changed_meanwhile(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    from dataclasses import replace

    a, arch, laptop = _people(tmp_path)
    a.records.create(F.OBJECT, {"inventory_number": "R-1", "title": "First"})
    b1 = _send(a, arch, laptop)
    a.records.create(F.OBJECT, {"inventory_number": "R-2", "title": "Second"})
    b2 = _send(a, arch, laptop)
    archive = open_archive(pg_server, s3_server, bucket, arch.vault, prefix="race-archive")
    client = s3_server.client()
    sender = "f" * 64
    keys = [f"race/{sender}/s-00000000-00000{i}-x.fkb" for i in (1, 2, 3, 4)]
    for key, bundle in zip(keys, (b1, b1, b2, b2), strict=True):
        client.put_object(Bucket=bucket, Key=key, Body=bundle.read_bytes())  # type: ignore[attr-defined]
    source = ArchiveStorage(
        replace(archive.storage.config, s3_url=f"s3://{bucket}/race"),
        credentials=archive.storage.credentials,
    )
    real_list = source.client.list

    def list_then_changed(under: str = "", cancel: object = None) -> object:
        found = real_list(under)
        # Between the archive's LIST and its GETs: the first bundle is removed (its laptop
        # does once every recipient has it), the third is overwritten.
        client.delete_object(Bucket=bucket, Key=keys[0])  # type: ignore[attr-defined]
        client.put_object(Bucket=bucket, Key=keys[2], Body=b"not the bundle listed")  # type: ignore[attr-defined]
        return found

    source.client.list = list_then_changed  # type: ignore[method-assign,assignment]
    with archive.connect() as conn:
        results = jobs.ingest_from_s3(archive, conn, source)
        assert jobs.status(conn)["bundles"] == 2
    assert [r.file.rsplit("/", 1)[1] for r in results] == [k.rsplit("/", 1)[1] for k in keys[1:]]
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error == f"{keys[2]} changed while it was downloaded."


# --- 5. a silent link to PostgreSQL ends in a sentence, not a hang ------------------------


def test_connections_get_timeouts_and_keepalives_unless_the_dsn_sets_them(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    from psycopg.conninfo import conninfo_to_dict

    archive = open_archive(pg_server, s3_server, bucket, None, prefix="link")
    with archive.connect() as conn:
        used = conninfo_to_dict(conn.info.dsn)
    assert {k: used.get(k) for k in jobs.LINK} == jobs.LINK
    separator = "&" if "?" in archive.dsn else "?"
    own = jobs.Archive(
        f"{archive.dsn}{separator}connect_timeout=7&keepalives_idle=5", archive.storage, None
    )
    with own.connect() as conn:
        used = conninfo_to_dict(conn.info.dsn)
    assert (used["connect_timeout"], used["keepalives_idle"]) == ("7", "5")
    assert used["tcp_user_timeout"] == "60000"


def test_a_server_that_never_answers_gives_the_sentence_instead_of_a_hang(
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    import socket
    import threading

    from fieldkit.archive.config import ArchiveDatabaseError

    # A host that takes the connection and then says nothing (a frozen server, a half-dead
    # VPN): libpq waits for its answer to the start-up message.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    port = silent.getsockname()[1]
    config = ArchiveConfig.from_options(
        f"postgresql://fieldkit:s3cr3t-pw@127.0.0.1:{port}/archive",
        f"s3://{bucket}/silent",
        s3_server.endpoint,
    )
    storage = ArchiveStorage(config, credentials=S3Credentials(ACCESS_KEY, SECRET_KEY))
    archive = jobs.Archive(config.dsn, storage, None)
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            archive.connect().close()
            outcome.append(None)
        except BaseException as exc:  # what the command would show
            outcome.append(exc)

    try:
        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        worker.join(120)  # far beyond the timeout: without one it never returns
        assert outcome, "still waiting for a server that never answers"
    finally:
        silent.close()
    error = outcome[0]
    assert isinstance(error, ArchiveDatabaseError)
    assert str(error).startswith("The archive's PostgreSQL database cannot be reached")
    assert "s3cr3t-pw" not in str(error)


# --- 6. an endpoint written with credentials is refused, never repeated ---------------------

SECRET = "wJalrXUtnFEMIK7MDENG"
WITH_CREDENTIALS = [
    f"AKIAIOSFODNN7EXAMPLE:{SECRET}@minio.lab:9000",
    f"http://AKIAIOSFODNN7EXAMPLE:{SECRET}@127.0.0.1:9",
    f"https://{SECRET}@s3.example.org/",
]


@pytest.mark.parametrize("endpoint", WITH_CREDENTIALS)
def test_sync_target_add_refuses_an_endpoint_with_credentials_without_repeating_it(
    tmp_path: Path, endpoint: str
) -> None:
    from conftest import PASSPHRASE, run_cli

    peer = Peer(tmp_path, "amal")
    peer.vault.close()
    env = {
        "FIELDKIT_PASSPHRASE": PASSPHRASE,
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
    }
    add = ["sync", "target", "add", "lab", "s3://bucket/p", "--endpoint", endpoint]
    done = run_cli(["--vault", str(peer.path), *add], env)
    assert done.code == 2
    assert "must not carry a user name or password" in done.err
    assert SECRET not in done.out + done.err


@pytest.mark.parametrize("endpoint", WITH_CREDENTIALS)
def test_the_archive_refuses_an_endpoint_with_credentials_without_repeating_it(
    endpoint: str,
) -> None:
    from fieldkit.errors import UsageError

    with pytest.raises(UsageError) as refused:
        ArchiveConfig.from_options("postgresql:///unused", "s3://bucket/archive", endpoint)
    assert "must not carry a user name or password" in str(refused.value)
    assert SECRET not in str(refused.value) + str(refused.value.hint)


# --- 7 and 8. archive search finds what a laptop finds, and says when it is cut -----------


def _merged_into_archive(
    tmp_path: Path, pg: PgServer, s3: S3Server, bucket: str, prefix: str, a: Peer
) -> tuple[jobs.Archive, Peer]:
    """Amal's records sent to the archive and to a coordinator's laptop, both holding them."""
    _, arch, laptop = (a, *[Peer(tmp_path, n, role="coordinator") for n in ("archive", "laptop")])
    for p in (a, arch, laptop):
        p.trust(*[q for q in (a, arch, laptop) if q is not p])
    b = _send(a, arch, laptop)
    assert laptop.receive(b).refused is None
    archive = open_archive(pg, s3, bucket, arch.vault, prefix=prefix)
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, b)
    drain(archive)
    return archive, laptop


def test_archive_search_leaves_deleted_records_out_and_finds_captions_and_word_starts(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> None:
    from test_archive import _jpeg

    from fieldkit.archive import index
    from fieldkit.records.service import PhotoInput

    a = Peer(tmp_path, "amal")
    gone = a.records.create(F.OBJECT, {"inventory_number": "Z-9", "title": "Zebrawood casket"})
    a.records.delete(gone.record_id)
    a.records.create(
        F.OBJECT,
        {"inventory_number": "C-1", "title": "Iconostasis panel"},
        photos=[PhotoInput(_jpeg((10, 20, 30)), caption="scorchmark verso")],
    )
    archive, laptop = _merged_into_archive(tmp_path, pg_server, s3_server, bucket, "find", a)
    for text in ("Zebrawood", "scorchmark", "Iconost", "iconost pan", "c-1", "casket"):
        on_laptop = [v.record_id for v in laptop.records.list(F.OBJECT, search=text)]
        with archive.connect() as conn:
            in_archive = [r["id"] for r in index.search(conn, text)]
        assert in_archive == on_laptop, text
    with archive.connect() as conn:
        assert index.search(conn, "Zebrawood") == []
        assert len(index.search(conn, "scorchmark")) == 1
        assert index.search(conn, "'&|!:*()") == []  # no word: nothing, never a syntax error


def test_archive_search_says_when_its_list_is_cut(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from conftest import run_cli
    from test_export_records_support import create_objects

    from fieldkit.archive import index

    a = Peer(tmp_path, "amal")
    create_objects(
        a.vault, [{"inventory_number": f"S-{i}", "title": f"Shard {i}"} for i in range(150)]
    )
    archive, laptop = _merged_into_archive(tmp_path, pg_server, s3_server, bucket, "many", a)
    assert laptop.records.count(F.OBJECT, search="Shard") == 150
    env = {
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "FIELDKIT_ARCHIVE_DB": archive.dsn,
        "FIELDKIT_ARCHIVE_S3": f"s3://{bucket}/many",
        "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
    }
    cut = run_cli(["archive", "search", "Shard"], env)
    assert cut.code == 0 and len(cut.out.splitlines()) == 100
    assert cut.err.strip() == (
        "The first 100 of 150 records found are listed; --limit N lists more."
    )
    whole = run_cli(["archive", "search", "Shard", "--limit", "200"], env)
    assert len(whole.out.splitlines()) == 150
    assert whole.err.strip() == "150 records found."
    listed = json.loads(run_cli(["archive", "search", "Shard", "--json"], env).out)
    assert len(listed) == 100 and all(r["truncated"] for r in listed)
    listed = json.loads(run_cli(["archive", "search", "Shard 14", "--json"], env).out)
    assert sorted(r["fields"]["title"] for r in listed) == [
        f"Shard 14{x}" for x in ["", *range(10)]
    ]
    assert not any(r["truncated"] for r in listed)
    assert run_cli(["archive", "search", "Shard", "--limit", "0"], env).code == 2
    # Past COUNT_CAP matches the count stops (it would read every match of a common word).
    monkeypatch.setattr(index, "COUNT_CAP", 120)
    capped = run_cli(["archive", "search", "Shard"], env)
    assert capped.err.strip() == (
        "The first 100 of more than 120 records found are listed; --limit N lists more."
    )
