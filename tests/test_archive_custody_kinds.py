"""The archive merges bundles that carry the chain of custody, as a laptop does (a location in a
field bundle quarantined the whole bundle: found in review)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import open_archive

from fieldkit.archive import jobs
from fieldkit.records import custody as C
from fieldkit.records import fields as F
from fieldkit.records.revision import new_revision

# One bucket for the module (SeaweedFS gives every bucket volumes of its own), a prefix per test.
_BUCKET = f"custody-{os.urandom(5).hex()}"


def _prefix() -> str:
    return f"t-{os.urandom(4).hex()}"


def test_a_field_bundle_with_custody_records_is_merged(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    field = Peer(tmp_path, "amal")
    archive = Peer(tmp_path, "archive", role="coordinator")
    field.trust(archive)
    archive.trust(field)
    field.records.create(F.OBJECT, {"inventory_number": "K-1", "title": "Jar"})
    chain = C.Custody(field.records)
    chain.add_location({"code": "MUS", "name": "Storeroom", "kind": "room"})
    chain.add_container({"code": "C-1", "kind": "crate"})
    chain.move(["K-1"], "C-1")
    bundle = field.send(archive)
    assert archive.receive(bundle).refused is None  # a laptop takes it
    arch = open_archive(pg_server, s3_server, _BUCKET, prefix=_prefix(), vault=archive.vault)
    with arch.connect() as conn:
        jobs.ingest_file(arch, conn, bundle)
        outcome = jobs.claim_and_run(arch, conn, "test")
    assert outcome.state == "merged", outcome


def _custody_peers(tmp_path: Path) -> tuple[Peer, Peer, Peer, Peer]:
    """A giver, a keeper and Mallory who all trust each other, and the archive's vault."""
    giver, keeper, mallory = Peer(tmp_path, "giver"), Peer(tmp_path, "keeper"), Peer(
        tmp_path, "mallory"
    )
    archive = Peer(tmp_path, "archive", role="coordinator")
    everyone = (giver, keeper, mallory, archive)
    for p in everyone:
        p.trust(*(q for q in everyone if q is not p))
    return giver, keeper, mallory, archive


def _forge(peer: Peer, handover: str, fields: dict[str, Any]) -> None:
    """A revision written around the service (which refuses it), signed by ``peer``."""
    records = peer.records
    current = records.get(handover)
    with peer.vault.transaction() as db:
        rev = new_revision(
            records.identity,
            records.clock,
            record_id=handover,
            kind=F.HANDOVER,
            parents=records._heads(db, handover),
            fields={**current.fields, **fields},
            media=[],
        )
        records.save_revision(db, rev)


@pytest.mark.parametrize("rename", [False, True])
def test_a_forged_acceptance_is_quarantined_as_a_laptop_refuses_it(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
    rename: bool,
) -> None:
    giver, keeper, mallory, archive = _custody_peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-2", "kind": "crate"}).record_id
    handover = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    genuine = giver.send(mallory, archive)
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
    laptop = giver.receive(bundle)
    assert laptop.refused is not None and "not signed by its receiver" in laptop.refused

    arch = open_archive(pg_server, s3_server, _BUCKET, prefix=_prefix(), vault=archive.vault)
    with arch.connect() as conn:
        jobs.ingest_file(arch, conn, genuine)  # type: ignore[arg-type]
        assert jobs.claim_and_run(arch, conn, "test").state == "merged"  # type: ignore[union-attr]
        before = jobs.status(conn)
        jobs.ingest_file(arch, conn, bundle)  # type: ignore[arg-type]
        outcome = jobs.claim_and_run(arch, conn, "test")
        assert outcome is not None and outcome.state == "quarantined"
        assert outcome.reason == laptop.refused  # the laptop's own sentence
        after = jobs.status(conn)
        # Nothing of the bundle was kept (the revisions before the forged line neither).
        assert (after["revisions"], after["view_sha256"]) == (
            before["revisions"],
            before["view_sha256"],
        )
        # Ingested again: known, and still refused with the same sentence.
        again = jobs.ingest_file(arch, conn, bundle, check=True)  # type: ignore[arg-type]
        assert again.quarantined and again.error == laptop.refused


def test_an_acceptance_by_the_receiver_is_merged(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    giver, keeper, _mallory, archive = _custody_peers(tmp_path)
    chain = C.Custody(giver.records)
    crate = chain.add_container({"code": "H-3", "kind": "crate"}).record_id
    handover = chain.hand_over([crate], keeper.identity.fingerprint).record_id
    first = giver.send(keeper, archive)
    keeper.receive(first)
    C.Custody(keeper.records).accept(handover)
    accepted = keeper.send(giver, archive)
    assert giver.receive(accepted).refused is None
    arch = open_archive(pg_server, s3_server, _BUCKET, prefix=_prefix(), vault=archive.vault)
    with arch.connect() as conn:
        # The acceptance arrives first: its history is not here yet, as on a laptop.
        for bundle in (accepted, first):
            jobs.ingest_file(arch, conn, bundle)  # type: ignore[arg-type]
        states = [o.state for o in iter(lambda: jobs.claim_and_run(arch, conn, "t"), None)]
        assert states == ["merged", "merged"]
        row = conn.execute(
            "SELECT fields->>'accepted_by' FROM records WHERE record_id = %s", (handover,)
        ).fetchone()
    assert row == (keeper.identity.fingerprint,)


def test_every_record_kind_a_laptop_keeps_is_merged_as_the_laptop_merges_it(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Generic over F.KINDS: a kind added to the core (duplicate decisions, …) that the archive
    dropped or refused would fail here without anyone listing it."""
    from test_archive import archive_view, laptop_view

    field, _keeper, _mallory, archive = _custody_peers(tmp_path)
    laptop = Peer(tmp_path, "laptop", role="coordinator")
    laptop.trust(field)
    field.trust(laptop)
    records = field.records
    me = {"name": "giver", "fingerprint": field.identity.fingerprint}
    them = {"name": "archive", "fingerprint": archive.identity.fingerprint}
    with field.vault.transaction() as db:
        for kind in F.KINDS:
            # Written around the service (it has rules per kind): what travels is the point.
            fields: dict[str, Any] = {"notes": f"a {kind}"}
            if kind == F.HANDOVER:  # only its giver may start one (checked on import)
                fields |= {"from_party": me, "to_party": them, "items": []}
            rev = new_revision(
                records.identity,
                records.clock,
                record_id=f"{kind}-0000-4000-8000-000000000000",
                kind=kind,
                parents=[],
                fields=fields,
                media=[],
            )
            records.save_revision(db, rev)
    bundle = field.send(archive, laptop)
    assert laptop.receive(bundle).refused is None
    arch = open_archive(pg_server, s3_server, _BUCKET, prefix=_prefix(), vault=archive.vault)
    with arch.connect() as conn:
        jobs.ingest_file(arch, conn, bundle)  # type: ignore[arg-type]
        outcome = jobs.claim_and_run(arch, conn, "test")
        assert outcome is not None and outcome.state == "merged", outcome
        kinds = {str(r[0]) for r in conn.execute("SELECT DISTINCT kind FROM records")}
    assert kinds == set(F.KINDS)
    expected = laptop_view(laptop)
    assert archive_view(arch.dsn) == expected
