"""The archive finds an object merged into another as the object it was merged into, by the
core's own rules (issue 23): the same as a laptop vault that imported the same bundles."""

from __future__ import annotations

import os
from pathlib import Path

from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import open_archive

from fieldkit.archive import index, jobs
from fieldkit.duplicates.decisions import Duplicates
from fieldkit.records import fields as F

_BUCKET = f"dups-{os.urandom(5).hex()}"


def test_archive_search_follows_a_merge_and_an_undo_as_a_laptop_does(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    field = Peer(tmp_path, "amal")
    archive = Peer(tmp_path, "archive", role="coordinator")
    field.trust(archive)
    archive.trust(field)
    a = field.records.create(F.OBJECT, {"inventory_number": "MCP 1963.28", "title": "Jar"})
    b = field.records.create(F.OBJECT, {"inventory_number": "MCP-1963-28", "maker": "Hama"})
    decision = Duplicates(field.records).decide(a.record_id, b.record_id, same=True)
    arch = open_archive(pg_server, s3_server, _BUCKET, prefix="t1", vault=archive.vault)

    def ingest() -> None:
        bundle = field.send(archive)
        assert archive.receive(bundle).refused is None  # the laptop beside it
        with arch.connect() as conn:
            jobs.ingest_file(arch, conn, bundle)
            outcome = jobs.claim_and_run(arch, conn, "test")
        assert outcome is not None and outcome.state == "merged", outcome

    ingest()
    with arch.connect() as conn:
        found = index.search(conn, "Hama")  # only the merged record holds this word
        assert [(r["id"], r.get("merged_from")) for r in found] == [(a.record_id, [b.record_id])]
        by_number = index.search(conn, "MCP-1963-28")
        assert [r["id"] for r in by_number] == [a.record_id]
        assert index.merged_objects(conn) == {b.record_id: a.record_id}
    laptop = [v.record_id for v in archive.records.list(F.OBJECT, search="Hama")]
    assert laptop == [a.record_id]

    Duplicates(field.records).undo(decision.decision_id)
    ingest()
    with arch.connect() as conn:
        assert index.merged_objects(conn) == {}
        assert [r["id"] for r in index.search(conn, "Hama")] == [b.record_id]
    assert [v.record_id for v in archive.records.list(F.OBJECT, search="Hama")] == [b.record_id]
