"""The checked ingest (`archive ingest`) runs the import's check against forged handover
acceptances too (issue 21): a bundle a laptop refuses for a forged acceptance goes to
quarantine at ingest, unlocked and queued for no worker, with the laptop's own sentence; a
genuine acceptance is locked and queued. Real PostgreSQL and SeaweedFS."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")

from pgserver import PgServer, pg_server  # noqa: F401
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import open_archive
from test_archive_custody_kinds import _custody_peers, _forge

from fieldkit.archive import jobs
from fieldkit.i18n import stored_english
from fieldkit.records import custody as C

_BUCKET = f"handover-{os.urandom(5).hex()}"


@pytest.mark.parametrize("rename", [False, True])
def test_a_forged_acceptance_is_quarantined_at_ingest_never_locked(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
    rename: bool,
) -> None:
    giver, keeper, mallory, archive = _custody_peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-9", "kind": "crate"}).record_id
    handover = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    genuine = giver.send(mallory, archive)
    assert genuine is not None
    mallory.receive(genuine)
    forged: dict[str, Any] = {
        "accepted_at": "2026-03-01T10:00",
        "accepted_by": keeper.identity.fingerprint,
    }
    if rename:  # Mallory names herself the receiver, then accepts as herself
        party = {"name": "mallory", "fingerprint": mallory.identity.fingerprint}
        forged = {"to_party": party, **forged, "accepted_by": mallory.identity.fingerprint}
    _forge(mallory, handover, forged)
    bundle = mallory.send(giver, archive)
    assert bundle is not None
    laptop = giver.receive(bundle)
    assert laptop.refused is not None and "not signed by its receiver" in laptop.refused

    arch = open_archive(
        pg_server, s3_server, _BUCKET, prefix=os.urandom(4).hex(), vault=archive.vault
    )
    with arch.connect() as conn:
        first = jobs.ingest_file(arch, conn, genuine, check=True)
        assert first.queued and not first.quarantined, first
        assert jobs.claim_and_run(arch, conn, "test").state == "merged"  # type: ignore[union-attr]
        before = jobs.status(conn)
        result = jobs.ingest_file(arch, conn, bundle, check=True)
        assert result.quarantined and not result.queued and not result.untrusted
        assert result.error == laptop.refused  # the laptop's own sentence
        sha = result.sha256
        assert sha is not None
        state = conn.execute(
            "SELECT state, reason FROM bundles WHERE sha256 = %s", (sha,)
        ).fetchone()
        # Kept as a template (shown in the reader's language), its English the laptop's.
        assert state is not None and state[0] == "quarantined"
        assert stored_english(state[1]) == laptop.refused
        job = conn.execute("SELECT 1 FROM jobs WHERE bundle_sha256 = %s", (sha,)).fetchone()
        assert job is None
        after = jobs.status(conn)
        # The trial insert kept nothing: the index is as before.
        assert (after["revisions"], after["view_sha256"]) == (
            before["revisions"],
            before["view_sha256"],
        )
    # Kept unlocked under quarantine/ as evidence an operator may delete; never in bundles/.
    assert arch.storage.has(arch.storage.quarantine_key(sha))
    assert not arch.storage.has(arch.storage.bundle_key(sha))
    assert arch.storage.retention(sha) is None


def test_a_genuine_acceptance_passes_the_check_at_ingest(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    giver, keeper, _mallory, archive = _custody_peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-8", "kind": "crate"}).record_id
    handover = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    first = giver.send(keeper, archive)
    keeper.receive(first)
    C.Custody(keeper.records).accept(handover)
    accepted = keeper.send(giver, archive)
    assert first is not None and accepted is not None
    arch = open_archive(
        pg_server, s3_server, _BUCKET, prefix=os.urandom(4).hex(), vault=archive.vault
    )
    with arch.connect() as conn:
        # The acceptance before its history, as a laptop may receive it: not refused.
        for bundle in (accepted, first):
            result = jobs.ingest_file(arch, conn, bundle, check=True)
            assert result.queued and result.error is None, result
            assert arch.storage.retention(result.sha256 or "") is not None  # locked at ingest
        states = [o.state for o in iter(lambda: jobs.claim_and_run(arch, conn, "t"), None)]
    assert states == ["merged", "merged"]
