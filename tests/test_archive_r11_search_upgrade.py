"""An archive merged before photo captions were indexed finds them after the update, with no
`archive rebuild`: the first archive command brings it up to schema version 6, which fills
every record's ``search`` again in batches, and a refresh killed part way (SIGKILL of a real
`fieldkit archive` process) goes on at the next command. Real PostgreSQL (tests/pgserver.py),
SeaweedFS (tests/s3server.py) and bundles from real laptop vaults (tests/peers.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

import psycopg
from conftest import run_cli_process
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, _jpeg, drain, open_archive

from fieldkit.archive import index, jobs, schema
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput

UPDATE_NOTE = "Bringing the archive up to this version of FieldKit (once)"


def _as_before_captions(dsn: str) -> None:
    """The archive as FieldKit before schema version 6 left it: ``search`` made from the title
    alone (no caption), version 5, no refresh pending."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(
            "UPDATE records SET search = to_tsvector('simple', "
            "unaccent(lower(coalesce(fields->>'title', ''))))"
        )
        conn.execute("UPDATE archive_meta SET value = '5' WHERE key = 'schema_version'")
        conn.execute("DELETE FROM archive_meta WHERE key <> 'schema_version'")


def _meta(dsn: str) -> dict[str, str]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM archive_meta")}


def test_captions_merged_before_the_update_are_found_by_the_first_command(
    tmp_path: Path,
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
) -> None:
    a = Peer(tmp_path, "amal")
    arch = Peer(tmp_path, "archive", role="coordinator")
    a.trust(arch)
    arch.trust(a)
    shown = a.records.create(
        F.OBJECT,
        {"inventory_number": "C-1", "title": "Iconostasis panel"},
        photos=[PhotoInput(_jpeg((10, 20, 30)), caption="scorchmark verso")],
    )
    bundle = a.send(arch)
    assert bundle is not None
    bucket = f"arch-{os.urandom(5).hex()}"
    archive = open_archive(pg_server, s3_server, bucket, arch.vault, prefix="old")
    with archive.connect() as conn:
        jobs.ingest_file(archive, conn, bundle)
    drain(archive)
    _as_before_captions(archive.dsn)
    with archive.connect() as conn:
        assert index.search(conn, "scorchmark") == []  # what an archive of version 5 held
        assert [r["id"] for r in index.search(conn, "iconostasis")] == [shown.record_id]
    env = {
        **S3_ENV,
        "FIELDKIT_ARCHIVE_DB": archive.dsn,
        "FIELDKIT_ARCHIVE_S3": f"s3://{bucket}/old",
        "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
    }
    found = run_cli_process(["archive", "search", "scorchmark", "--json"], env=env)
    assert found.returncode == 0, found.stderr
    assert [r["id"] for r in json.loads(found.stdout)] == [shown.record_id]
    assert UPDATE_NOTE in found.stderr  # said once, on stderr
    assert _meta(archive.dsn) == {"schema_version": str(schema.SCHEMA_VERSION)}
    again = run_cli_process(["archive", "search", "scorch", "--json"], env=env)
    assert again.returncode == 0, again.stderr
    assert [r["id"] for r in json.loads(again.stdout)] == [shown.record_id]
    assert UPDATE_NOTE not in again.stderr  # up to date: nothing more to do


N = 40_000
# Where schema.refresh_search keeps its place (named here so the test fails on older code
# by what it does, not by a missing name).
REFRESH_KEY = "search_refresh_after"


def test_a_refresh_killed_part_way_goes_on_at_the_next_command(
    pg_server: PgServer,  # noqa: F811
) -> None:
    dsn = pg_server.new_database()
    with psycopg.connect(dsn, autocommit=True) as conn:
        schema.create(conn)
        conn.execute(
            "INSERT INTO records SELECT md5(g::text), 'object', ARRAY['h' || g], 'h' || g, NULL, "
            "jsonb_build_object('inventory_number', 'INV-' || g, 'title', 'Jar ' || g), "
            "jsonb_build_array(jsonb_build_object('sha256', md5(g::text), "
            "'caption', 'scorchmark verso')), false, false, false, '{}', "
            "to_tsvector('simple', 'jar ' || g) FROM generate_series(1, %s) g",
            (N,),
        )
    _as_before_captions(dsn)
    env = {
        **os.environ,
        **S3_ENV,
        "FIELDKIT_ARCHIVE_DB": dsn,
        "FIELDKIT_ARCHIVE_S3": "s3://unused/p",  # status never asks the bucket
        "FIELDKIT_ARCHIVE_ENDPOINT": "http://127.0.0.1:9",
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", "archive", "status", "--json"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    stopped_at = ""
    with psycopg.connect(dsn, autocommit=True) as conn:
        try:
            # Killed as soon as some batches are done (the key names the last record of one).
            while child.poll() is None:
                row = conn.execute(
                    "SELECT value FROM archive_meta WHERE key = %s", (REFRESH_KEY,)
                ).fetchone()
                if row is not None and row[0]:
                    child.send_signal(signal.SIGKILL)
                    child.wait()
                    break
                time.sleep(0.005)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        row = conn.execute(
            "SELECT value FROM archive_meta WHERE key = %s", (REFRESH_KEY,)
        ).fetchone()
        assert row is not None and row[0], "no refresh was under way when the command ended"
        stopped_at = str(row[0])
        done, left = conn.execute(
            "SELECT count(*) FILTER (WHERE record_id <= %s), "
            "count(*) FILTER (WHERE record_id > %s) "
            "FROM records",
            (stopped_at, stopped_at),
        ).fetchone() or (0, 0)
        assert 0 < done < N and done + left == N
        query = index.search_query(conn, "scorchmark")
        found_done, found_left = conn.execute(
            "SELECT count(*) FILTER (WHERE record_id <= %s), "
            "count(*) FILTER (WHERE record_id > %s) "
            "FROM records WHERE search @@ %s::tsquery",
            (stopped_at, stopped_at, query),
        ).fetchone() or (0, 0)
        # Whole batches: every record up to the key refreshed, none after it.
        assert (found_done, found_left) == (done, 0)
    status = subprocess.run(
        [sys.executable, "-m", "fieldkit", "archive", "status", "--json"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["records"] == N
    assert UPDATE_NOTE in status.stderr
    assert _meta(dsn) == {"schema_version": str(schema.SCHEMA_VERSION)}
    with psycopg.connect(dsn, autocommit=True) as conn:
        query = index.search_query(conn, "scorchmark jar")
        (found,) = conn.execute(
            "SELECT count(*) FROM records WHERE search @@ %s::tsquery", (query,)
        ).fetchone() or (0,)
        assert found == N
        assert len(index.search(conn, "scorchmark", limit=10)) == 10
