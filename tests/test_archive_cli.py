"""End to end through the command line: three laptops' bundles pushed to SeaweedFS, ingested
from there, merged by two worker processes at once (one killed with SIGKILL mid-merge first),
re-ingested twice, rebuilt, exported, and imported by a fresh laptop that checks every author."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

import psycopg
from conftest import PASSPHRASE
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, laptop_view, make_programme

from fieldkit.archive import index


def _env(dsn: str, s3: S3Server, bucket: str, vault: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(S3_ENV)
    env.update(
        FIELDKIT_ARCHIVE_DB=dsn,
        FIELDKIT_ARCHIVE_S3=f"s3://{bucket}/archive",
        FIELDKIT_ARCHIVE_ENDPOINT=s3.endpoint,
        FIELDKIT_ARCHIVE_RETENTION_DAYS="1",
        FIELDKIT_PASSPHRASE=PASSPHRASE,
        FIELDKIT_VAULT=str(vault),
    )
    return env


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "fieldkit", "archive", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done


def _worker(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "fieldkit", "archive", "worker", "--burst"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _status(env: dict[str, str]) -> dict[str, object]:
    data = json.loads(_cli(env, "status", "--json").stdout)
    return {k: data[k] for k in ("bundles", "records", "revisions", "conflicts", "photos",
                                 "queued", "failed", "view_sha256")}


def test_three_laptops_through_seaweedfs_two_workers_kill_rebuild_and_export(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    p = make_programme(tmp_path / "people")
    p.archive.vault.close()
    hosts = [tmp_path / "host1", tmp_path / "host2"]
    for host in hosts:  # the archive's vault, restored on each worker host
        shutil.copytree(p.archive.path, host)
    dsn = pg_server.new_database()
    bucket = f"arch-{os.urandom(5).hex()}"
    env1, env2 = (_env(dsn, s3_server, bucket, h) for h in hosts)
    _cli(env1, "init")

    # The laptops push to the programme's sync prefix; the archive ingests from there.
    client = s3_server.client()
    for i, bundle in enumerate(p.bundles):
        client.put_object(  # type: ignore[attr-defined]
            Bucket=bucket, Key=f"sync/laptop{i}/{bundle.name}", Body=bundle.read_bytes()
        )
    ingested = json.loads(
        _cli(env1, "ingest", "--from-s3", f"s3://{bucket}/sync", "--json").stdout
    )
    assert [r["queued"] for r in ingested] == [True] * 4

    # A worker killed mid-merge: it waits on a record lock we hold, inside its job.
    for bundle in p.bundles:
        p.laptop.receive(bundle)
    records = list(laptop_view(p.laptop))
    before = _status(env1)
    assert before["queued"] == 4 and before["revisions"] == 0
    with psycopg.connect(dsn, autocommit=True) as holder:
        for s in sorted({index.stripe(r) for r in records}):
            holder.execute("SELECT pg_advisory_lock(7216, %s)", (s,))
        victim = _worker(env1)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            waiting = holder.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND wait_event = 'advisory'"
            ).fetchone()
            if waiting and waiting[0]:
                break
            time.sleep(0.1)
        else:
            victim.kill()
            pytest.fail("the worker never reached the merge")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        holder.execute("SELECT pg_advisory_unlock_all()")
    # Killed inside its job (after fetching, verifying and reading the bundle): nothing of
    # it was kept, not even the bundle's header or its photos' rows, and the job is queued.
    assert _status(env1) == before
    with psycopg.connect(dsn) as conn:
        assert conn.execute(
            "SELECT count(*) FROM bundles WHERE bundle_id IS NOT NULL OR state != 'stored'"
        ).fetchone() == (0,)

    # Two workers at once, on two "hosts".
    workers = [_worker(env1), _worker(env2)]
    for w in workers:
        _out, err = w.communicate(timeout=300)
        assert w.returncode == 0, err
    done = _status(env1)
    assert done["bundles"] == 4 and done["queued"] == 0 and done["failed"] == 0
    assert done["records"] == len(records) and done["conflicts"] >= 1 and done["photos"] == 2
    with psycopg.connect(dsn) as conn:
        by = {r[0] for r in conn.execute("SELECT DISTINCT worker FROM jobs")}
    assert len(by) >= 1

    # Every bundle ingested twice more: nothing new, nothing changed.
    for _ in range(2):
        again = json.loads(_cli(env2, "ingest", *map(str, p.bundles), "--json").stdout)
        assert not any(r["queued"] or r["stored"] for r in again)
    _cli(env2, "worker", "--burst")
    assert _status(env1) == done

    # Rebuilt from the bucket alone: the same index.
    _cli(env1, "rebuild")
    assert _status(env1) == done

    verified = json.loads(_cli(env1, "verify", "--json").stdout)
    assert verified["ok"] and verified["bundles_checked"] == 4 and verified["photos_checked"] == 2
    assert verified["bundles_without_retention"] == 0

    # A consolidated bundle; a fresh laptop imports it and checks every author's signature.
    fresh = Peer(tmp_path / "people", "fresh", role="coordinator")
    fresh.trust(p.archive)
    out = tmp_path / "consolidated.fkb"
    _cli(env1, "export", "-o", str(out), "--to", str(tmp_path / "people" / "fresh.fkid"))
    result = fresh.receive(out)
    assert result.refused is None, result.refused
    assert laptop_view(fresh) == laptop_view(p.laptop)
    authors = {p.field[0].identity.fingerprint, p.field[1].identity.fingerprint,
               p.field[2].identity.fingerprint}
    seen: set[str] = set()
    for record_id in records:
        for entry in fresh.records.history(record_id):
            assert entry.signature_ok is True
            seen.add(entry.revision.author)
    assert seen == authors
    for peer in [*p.field, p.laptop, fresh]:
        peer.vault.close()
