"""Revocation notices carried in a coordinator's bundles are applied by the archive as a
laptop applies them (SPEC §6): the revoked key's later bundles are refused with the laptop's
sentence, at ingest and by the worker, and the revocation is kept in PostgreSQL for every
worker. Real PostgreSQL and SeaweedFS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import archive_view, laptop_view, open_archive

from fieldkit.archive import jobs
from fieldkit.identity import trust
from fieldkit.records import fields as F


def test_a_coordinators_revocation_notice_is_applied_as_a_laptop_applies_it(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    coord = Peer(tmp_path, "coord", role="coordinator")
    mallory = Peer(tmp_path, "mallory")
    archive = Peer(tmp_path, "archive", role="coordinator")
    laptop = Peer(tmp_path, "laptop", role="coordinator")
    everyone = (coord, mallory, archive, laptop)
    for p in everyone:
        p.trust(*(q for q in everyone if q is not p))
    sink = (archive, laptop)
    mallory.records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Before"})
    before = mallory.send(*sink)
    with coord.vault.transaction() as db:
        trust.revoke(db, mallory.identity.fingerprint)
    coord.records.create(F.OBJECT, {"inventory_number": "C-1", "title": "Coordinator's"})
    notice = coord.send(*sink)
    mallory.records.create(F.OBJECT, {"inventory_number": "M-2", "title": "After"})
    after = mallory.send(*sink, mode="since_last")
    mallory.records.create(F.OBJECT, {"inventory_number": "M-3", "title": "Later still"})
    later = mallory.send(*sink, mode="since_last")
    assert before and notice and after and later

    results = [laptop.receive(b) for b in (before, notice, after, later)]
    assert [r.refused for r in results[:2]] == [None, None]
    refusal = results[2].refused
    assert refusal is not None and "revoked" in refusal and results[3].refused == refusal

    arch = open_archive(
        pg_server, s3_server, f"rev-{os.urandom(5).hex()}", archive.vault, prefix="a"
    )
    with arch.connect() as conn:
        for bundle in (before, notice, after):  # unchecked: the worker refuses it
            jobs.ingest_file(arch, conn, bundle)
        outcomes = [o for o in iter(lambda: jobs.claim_and_run(arch, conn, "t"), None)]
        assert [o.state for o in outcomes] == ["merged", "merged", "quarantined"]
        assert outcomes[2].reason == refusal
        # Checked at ingest: refused before anything is locked, with the same sentence.
        checked = jobs.ingest_file(arch, conn, later, check=True)
        assert checked.quarantined and checked.error == refusal and not checked.queued
        (revoked,) = jobs.revocations(conn)
        assert revoked["fingerprint"] == mallory.identity.fingerprint
        assert revoked["notice_by"] == coord.identity.fingerprint
        assert revoked["cutoff"]["sequence"] == 1  # the last bundle merged from that key
        events = [r[0] for r in conn.execute("SELECT event FROM audit ORDER BY id")]
        assert events.count("key_revoked") == 1
    assert archive_view(arch.dsn) == laptop_view(laptop)
    # The archive's vault is left as it was: the revocation lives in PostgreSQL, for every
    # worker host (each has its own copy of the vault).
    key = trust.get_exact(archive.vault.db, mallory.identity.fingerprint)
    assert key is not None and key.revoked_at is None
    for p in everyone:
        p.vault.close()
