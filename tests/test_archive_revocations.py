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


def test_rebuild_applies_a_revocation_in_the_order_the_bundles_were_merged(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A revoked key's bundle merged before the notice, and a relay carrying that key's
    revisions from before and after it: ingest (one bundle at a time, as a laptop imports)
    and `rebuild` give the same revocations, heads and view, whatever the bundles' hashes."""
    from fieldkit.archive import index

    coord = Peer(tmp_path, "coord", role="coordinator")
    mallory = Peer(tmp_path, "mallory")
    relay = Peer(tmp_path, "relay")
    archive = Peer(tmp_path, "archive", role="coordinator")
    laptop = Peer(tmp_path, "laptop", role="coordinator")
    everyone = (coord, mallory, relay, archive, laptop)
    for p in everyone:
        p.trust(*(q for q in everyone if q is not p))
    sink = (archive, laptop)
    mallory.records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Before"})
    # Mallory's bundle sorts in the upper half of hashes (sent again until it does: the ones
    # left over are never delivered), so that a notice sorting before it is found below in a
    # few tries — with any hash, 60 tries missed about one run in sixty (seen in a full run).
    for _ in range(40):
        before = mallory.send(relay, *sink, mode="full")
        assert before is not None
        if _sha(before) >= "8":
            break
    assert relay.receive(before).refused is None
    with coord.vault.transaction() as db:
        trust.revoke(db, mallory.identity.fingerprint)
    coord.records.create(F.OBJECT, {"inventory_number": "C-1", "title": "Coordinator's"})
    # The notice in a bundle whose hash sorts before the revoked key's: replayed in hash
    # order, the notice would come first and refuse what was merged before it.
    for _ in range(60):
        notice = coord.send(*sink, mode="full")
        assert notice is not None
        if notice.name != before.name and _sha(notice) < _sha(before):
            break
    else:
        pytest.fail("no notice bundle sorted before the revoked key's")
    mallory.records.create(F.OBJECT, {"inventory_number": "M-2", "title": "After"})
    after = mallory.send(relay, *sink, mode="since_last")
    assert after is not None and relay.receive(after).refused is None
    relay.records.create(F.OBJECT, {"inventory_number": "R-1", "title": "Relayed"})
    relayed = relay.send(*sink, mode="full")  # carries M-1 (held) and M-2 (never held)
    assert relayed is not None
    order = (before, notice, after, relayed)
    results = [laptop.receive(b) for b in order]
    assert [r.refused is None for r in results] == [True, True, False, True]

    arch = open_archive(
        pg_server, s3_server, f"rev-{os.urandom(5).hex()}", archive.vault, prefix="a"
    )
    with arch.connect() as conn:
        for bundle in order:  # one at a time, as the laptop imported them
            jobs.ingest_file(arch, conn, bundle)
            assert jobs.claim_and_run(arch, conn, "t") is not None
        ingested = (index.view_checksum(conn), jobs.revocations(conn))
        assert archive_view(arch.dsn) == laptop_view(laptop)
        assert jobs.rebuild(arch, conn) == 3  # the refused one is in quarantine/
        # The replay runs one bundle at a time: while a worker holds the first job, another
        # worker takes none of the later ones.
        with arch.connect() as other, other.transaction():
            other.execute("SELECT id FROM jobs ORDER BY id LIMIT 1 FOR UPDATE")
            assert jobs.claim_and_run(arch, conn, "second worker") is None
        while jobs.claim_and_run(arch, conn, "t") is not None:
            pass
        assert (index.view_checksum(conn), jobs.revocations(conn)) == ingested
    assert archive_view(arch.dsn) == laptop_view(laptop)
    for p in everyone:
        p.vault.close()


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
