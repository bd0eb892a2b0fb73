"""The archive merges bundles that carry the chain of custody, as a laptop does (a location in a
field bundle quarantined the whole bundle: found in review)."""

from __future__ import annotations

import os
from pathlib import Path

from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import open_archive

from fieldkit.archive import jobs
from fieldkit.records import custody as C
from fieldkit.records import fields as F


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
    arch = open_archive(pg_server, s3_server, f"arch-{os.urandom(5).hex()}", archive.vault)
    with arch.connect() as conn:
        jobs.ingest_file(arch, conn, bundle)
        outcome = jobs.claim_and_run(arch, conn, "test")
    assert outcome.state == "merged", outcome
