"""`fieldkit archive trust revoke FINGERPRINT` is the laptop's `trust revoke` (SPEC §6) for every
worker host: the cutoff is the last bundle the archive merged from that key, recorded in
PostgreSQL and applied by each host to its own copy of the archive's vault; the key's later
bundles are quarantined with the laptop's (translated) sentence. Real PostgreSQL and SeaweedFS."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

import psycopg
from conftest import PASSPHRASE, run_cli
from peers import Peer
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import S3_ENV, archive_view, laptop_view
from test_archive_cli_checked import Operator

from fieldkit.archive import jobs
from fieldkit.identity import trust
from fieldkit.records import fields as F
from fieldkit.vault.vault import Vault


def test_a_key_revoked_for_the_archive_is_cut_off_on_every_host_as_on_a_laptop(
    pg_server: PgServer,  # noqa: F811
    s3_server: S3Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    mallory = Peer(tmp_path, "mallory")
    archive = Peer(tmp_path, "archive", role="coordinator")
    laptop = Peer(tmp_path, "laptop", role="coordinator")
    everyone = (mallory, archive, laptop)
    for p in everyone:
        p.trust(*(q for q in everyone if q is not p))
    mallory.records.create(F.OBJECT, {"inventory_number": "M-1", "title": "Before"})
    before = mallory.send(archive, laptop)
    assert before is not None and laptop.receive(before).refused is None
    archive.vault.close()  # the CLI opens it, as on a worker host
    host_b = tmp_path / "host-b-vault"
    shutil.copytree(archive.path, host_b)  # another host's copy, taken before the revocation

    operator = Operator(
        {
            **S3_ENV,
            "FIELDKIT_ARCHIVE_DB": pg_server.new_database(),
            "FIELDKIT_ARCHIVE_S3": f"s3://rev-{os.urandom(5).hex()}/a",
            "FIELDKIT_ARCHIVE_ENDPOINT": s3_server.endpoint,
            "FIELDKIT_ARCHIVE_RETENTION_DAYS": "1",
            "FIELDKIT_VAULT": str(archive.path),
            "FIELDKIT_PASSPHRASE": PASSPHRASE,
        }
    )
    assert operator("init").code == 0
    assert operator("ingest", str(before)).code == 0
    assert operator("worker", "--burst").code == 0

    fingerprint = mallory.identity.fingerprint
    told = operator("trust", "revoke", fingerprint[:16])
    assert told.code == 0, told.err
    assert "Revoked mallory" in told.err and "every worker host" in told.err
    # The laptop revokes the same key after the same bundle.
    with laptop.vault.transaction() as db:
        trust.revoke(db, fingerprint)
    mallory.records.create(F.OBJECT, {"inventory_number": "M-2", "title": "After"})
    after = mallory.send(archive, laptop, mode="since_last")
    assert after is not None
    refusal = laptop.receive(after).refused
    assert refusal is not None and "revoked" in refusal

    # Host B never ran a trust command: its worker applies the revocation before it checks.
    vault_b = Vault.open(host_b, PASSPHRASE)
    try:
        arch_b = jobs.Archive(operator.env["FIELDKIT_ARCHIVE_DB"], operator.storage(), vault_b)
        with arch_b.connect() as conn:
            jobs.ingest_file(arch_b, conn, after)  # unchecked: the worker checks it
            jobs.ingest_file(arch_b, conn, before)  # at the cutoff: still accepted
            outcome = jobs.claim_and_run(arch_b, conn, "host-b")
            assert outcome is not None and outcome.state == "quarantined"
            assert outcome.reason == refusal
            assert jobs.claim_and_run(arch_b, conn, "host-b") is None
        key = trust.get_exact(vault_b.db, fingerprint)
        assert key is not None and key.revoked and key.revoked_after is not None
        assert json.loads(key.revoked_after)["sequence"] == 1
    finally:
        vault_b.close()
    assert archive_view(operator.env["FIELDKIT_ARCHIVE_DB"]) == laptop_view(laptop)

    listed = operator.json("trust", "list")
    assert isinstance(listed, list)
    assert [(c["fingerprint"], c["action"], c["cutoff"]["sequence"]) for c in listed] == [
        (fingerprint, "revoke", 1)
    ]
    shown = operator("trust", "list")
    assert f"{fingerprint[:16]}" in shown.out and "revoked" in shown.out
    assert shown.err == "1 key revoked for every worker host.\n"
    again = operator("trust", "revoke", fingerprint)
    assert again.code == 0 and "was already revoked" in again.err
    with psycopg.connect(operator.env["FIELDKIT_ARCHIVE_DB"]) as conn:
        assert conn.execute(
            "SELECT count(*) FROM trust_changes WHERE action = 'revoke'"
        ).fetchone() == (1,)

    # In French: the worker's reason and the revocation, in the reader's language.
    french = {**operator.env, "FIELDKIT_LANG": "fr"}
    status = run_cli(["archive", "status"], env=french)
    assert status.code == 0 and after.name not in status.err
    assert refusal not in status.out + status.err
    assert "révoquée" in status.out + status.err
    revoked_fr = run_cli(["archive", "trust", "list"], env=french)
    assert "révoqu" in revoked_fr.out + revoked_fr.err and "revoked" not in revoked_fr.err
    for p in (mallory, laptop):
        p.vault.close()
