"""The archive from the command line as an operator runs it (SPEC §15): `archive ingest` opens the
archive's vault and checks every bundle before anything is locked; `archive status` counts what
was quarantined and refused. Real PostgreSQL and SeaweedFS, the CLI run in this process."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from conftest import PASSPHRASE, CliResult, run_cli
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, Programme, make_programme

from fieldkit.archive import jobs
from fieldkit.archive.config import ArchiveConfig
from fieldkit.archive.storage import ArchiveStorage
from fieldkit.sync.s3client import S3Credentials


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Programme]:
    p = make_programme(tmp_path_factory.mktemp("programme"))
    p.archive.vault.close()  # the CLI opens it, as on a worker host
    yield p
    for peer in [*p.field, p.laptop]:
        peer.vault.close()


@pytest.fixture(scope="module")
def bucket(s3_server: S3Server) -> str:  # noqa: F811
    # One bucket for the module (SeaweedFS gives every bucket volumes of its own); a prefix
    # per test. `archive init` creates it with object lock.
    return f"cli-{os.urandom(5).hex()}"


class Operator:
    """`fieldkit archive …` with the settings an operator exports once."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str) -> CliResult:
        return run_cli(["archive", *args], env=self.env)

    def json(self, *args: str) -> object:
        result = self(*args, "--json")
        assert result.code == 0, result.err
        return json.loads(result.out)

    def storage(self) -> ArchiveStorage:
        config = ArchiveConfig.from_options(
            self.env["FIELDKIT_ARCHIVE_DB"],
            self.env["FIELDKIT_ARCHIVE_S3"],
            self.env["FIELDKIT_ARCHIVE_ENDPOINT"],
            retention_days=1,
        )
        credentials = S3Credentials(S3_ENV["AWS_ACCESS_KEY_ID"], S3_ENV["AWS_SECRET_ACCESS_KEY"])
        return ArchiveStorage(config, credentials=credentials)


@pytest.fixture
def operator(
    programme: Programme,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    bucket: str,
) -> Operator:
    env = {
        **S3_ENV,
        "FIELDKIT_ARCHIVE_DB": pg_server.new_database(),
        "FIELDKIT_ARCHIVE_S3": f"s3://{bucket}/{os.urandom(4).hex()}",
        "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
        "FIELDKIT_ARCHIVE_RETENTION_DAYS": "1",
        "FIELDKIT_VAULT": str(programme.archive.path),
        "FIELDKIT_PASSPHRASE": PASSPHRASE,
    }
    op = Operator(env)
    done = op("init")
    assert done.code == 0, done.err
    return op


def _tampered(source: Path, dest: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[len(data) // 2] ^= 0x01
    dest.write_bytes(bytes(data))
    return dest


def test_ingest_checks_each_bundle_with_the_archive_vault_before_the_lock(
    programme: Programme, operator: Operator, tmp_path: Path
) -> None:
    good = programme.bundles[0]
    bad = _tampered(programme.bundles[3], tmp_path / "bad.fkb")
    sha = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (good, bad)}
    result = operator("ingest", str(good), str(bad), "--json")
    assert result.code == 1, result.err  # one file refused
    rows = {Path(r["file"]).name: r for r in json.loads(result.out)}
    assert rows[good.name]["queued"] and rows[good.name]["stored"]
    assert rows["bad.fkb"]["quarantined"] and not rows["bad.fkb"]["queued"]
    storage = operator.storage()
    # Checked, so locked at once (not only once a worker merged it).
    assert storage.retention(sha[good]) is not None
    # The refused one is kept for inspection, unlocked, outside bundles/ (rebuild ignores it).
    assert not storage.has(storage.bundle_key(sha[bad]))
    assert storage.has(storage.quarantine_key(sha[bad]))
    assert storage.retention(sha[bad]) is None


def test_status_counts_the_quarantined_bundles_and_refused_objects(
    programme: Programme,
    operator: Operator,
    tmp_path: Path,
    s3_server: S3Server,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = _tampered(programme.bundles[3], tmp_path / "bad.fkb")
    assert operator("ingest", str(bad)).code == 1
    # The laptops' prefix: a bundle and an object larger than any bundle (never downloaded).
    where = operator.env["FIELDKIT_ARCHIVE_S3"].removeprefix("s3://").split("/", 1)
    client = s3_server.client()
    good = programme.bundles[1]
    size = good.stat().st_size
    for name, body in (("a.fkb", good.read_bytes()), ("huge.fkb", b"x" * (size + 2))):
        client.put_object(Bucket=where[0], Key=f"{where[1]}-sync/{name}", Body=body)  # type: ignore[attr-defined]
    monkeypatch.setattr(jobs, "MAX_INGEST_BYTES", size + 1)
    result = operator("ingest", "--from-s3", f"s3://{where[0]}/{where[1]}-sync")
    assert result.code == 1 and "larger than any bundle" in result.err

    data = operator.json("status")
    assert isinstance(data, dict)
    for key in ("bundles", "records", "revisions", "conflicts", "queued", "failed"):
        assert isinstance(data[key], int)
    assert (data["quarantined"], data["refused"], data["queued"]) == (1, 1, 1)
    assert data["quarantined_bundles"][0]["sha256"] == hashlib.sha256(bad.read_bytes()).hexdigest()
    assert data["refused_objects"][0]["object"].endswith("-sync/huge.fkb")
    human = operator("status")
    assert human.code == 0
    assert "quarantined: 1" in human.err and "refused: 1" in human.err
    assert "huge.fkb" in human.err


def _audit(dsn: str, event: str) -> list[dict[str, object]]:
    import psycopg

    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT details FROM audit WHERE event = %s ORDER BY id", (event,))
        return [dict(r[0]) for r in rows]


def from_a_stranger(
    programme: Programme, tmp_path: Path, name: str, fields: dict[str, str]
) -> tuple[Any, Path]:
    """A bundle to the archive from a new laptop the archive does not trust yet (its card is
    ``tmp_path/name.fkid``): the laptop and the bundle."""
    from peers import Peer

    from fieldkit.records import fields as F

    stranger = Peer(tmp_path, name)
    stranger.trust(programme.archive)
    stranger.records.create(F.OBJECT, fields)
    bundle = stranger.send(programme.archive)
    stranger.vault.close()
    assert bundle is not None
    return stranger, bundle


def test_a_bundle_from_a_signer_trusted_later_is_requeued_and_merged(
    programme: Programme, operator: Operator, tmp_path: Path
) -> None:
    stranger, late = from_a_stranger(
        programme, tmp_path, "stranger", {"inventory_number": "S-1", "title": "Stranger's jar"}
    )
    bad = _tampered(programme.bundles[3], tmp_path / "bad.fkb")
    sha = hashlib.sha256(late.read_bytes()).hexdigest()
    result = operator("ingest", str(late), str(bad), "--json")
    rows = {Path(r["file"]).name: r for r in json.loads(result.out)}
    assert rows[late.name]["quarantined"] and "untrusted" in rows[late.name]["error"]
    assert rows[late.name]["untrusted"] and not rows["bad.fkb"]["untrusted"]
    told = operator("ingest", str(late), str(bad))  # known: still quarantined, and said so
    assert told.code == 1
    assert "0 bundles queued, 2 quarantined, 0 already known." in told.err
    assert "fieldkit archive requeue" in told.err

    # Still untrusted: nothing changes.
    still = operator.json("requeue")
    assert still == [
        {"sha256": sha, "signer": stranger.identity.fingerprint, "queued": False,
         "reason": rows[late.name]["error"]}
    ]
    # The coordinator compares the fingerprint and trusts the card; the bundle comes back.
    trusted = run_cli(
        ["trust", "add", str(tmp_path / "stranger.fkid"), "--verified"], env=operator.env
    )
    assert trusted.code == 0, trusted.err
    human = operator("requeue")
    assert human.code == 0 and "1 bundle queued again; 0 still quarantined." in human.err
    status = operator.json("status")
    assert isinstance(status, dict)
    assert (status["queued"], status["quarantined"]) == (1, 1)  # the tampered one stays
    storage = operator.storage()
    assert storage.retention(sha) is not None  # locked now that it is accepted
    assert not storage.has(storage.quarantine_key(sha))
    assert operator("worker", "--burst").code == 0
    found = operator.json("search", "stranger")
    assert isinstance(found, list) and [r["fields"]["inventory_number"] for r in found] == ["S-1"]
    requeued = _audit(operator.env["FIELDKIT_ARCHIVE_DB"], "requeued")
    assert requeued == [
        {"bundle_sha256": sha, "signer": stranger.identity.fingerprint,
         "reason": "Its signer is trusted now."}
    ]
    # Again: nothing left to take back.
    assert operator.json("requeue") == []


def test_status_reports_forks_and_revisions_dated_ahead_as_a_laptop_does(
    programme: Programme, operator: Operator, tmp_path: Path
) -> None:
    from peers import Peer

    from fieldkit.records import fields as F
    from fieldkit.records.service import Records

    ahead, forker = Peer(tmp_path, "ahead"), Peer(tmp_path, "forker")
    for peer in (ahead, forker):
        peer.trust(programme.archive)
        added = run_cli(["trust", "add", str(tmp_path / f"{peer.name}.fkid"), "--verified"],
                        env=operator.env)
        assert added.code == 0, added.err
    future = Records(ahead.vault, now_ms=lambda: 4_000_000_000_000)  # year 2096
    dated = future.create(F.OBJECT, {"inventory_number": "A-1", "title": "From the future"})
    from_future = ahead.send(programme.archive)
    # Two different bundles at the same place of one stream (a sender restored wrongly).
    forker.records.create(F.OBJECT, {"inventory_number": "F-1", "title": "One"})
    one = forker.send(programme.archive, mode="since_last")
    forker.vault.db.execute("DELETE FROM sent_bundles WHERE sequence = 1")
    forker.records.create(F.OBJECT, {"inventory_number": "F-2", "title": "Two"})
    two = forker.send(programme.archive, mode="since_last")
    for peer in (ahead, forker):
        peer.vault.close()
    ingested = operator("ingest", str(from_future), str(one), str(two))
    assert ingested.code == 0, ingested.err
    assert operator("worker", "--burst").code == 0

    data = operator.json("status")
    assert isinstance(data, dict)
    assert data["merged"] == 3 and data["quarantined"] == 0
    assert [(r["rev_id"], r["record_id"]) for r in data["clock_ahead"]] == [
        (dated.head_rev, dated.record_id)
    ]
    assert len(data["forks"]) == 1 and "both claim sequence 1 of stream" in data["forks"][0]
    human = operator("status").err
    assert "dated more than a day ahead" in human and "both claim sequence 1" in human
