"""Trust given once with `fieldkit archive trust add` reaches every worker host's copy of the
archive's vault (recorded in PostgreSQL, applied by each host before it checks a bundle).
Real PostgreSQL and SeaweedFS; two copies of the archive's vault, as on two hosts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg (the archive extra) is not installed")
pytest.importorskip("botocore", reason="botocore (the archive extra) is not installed")

from conftest import run_cli
from pgserver import PgServer, pg_server  # noqa: F401  (the fixture)
from s3server import S3Server, s3_server  # noqa: F401
from test_archive import Programme
from test_archive_cli_checked import (  # noqa: F401
    Operator,
    bucket,
    from_a_stranger,
    operator,
    programme,
)

from fieldkit.identity import trust
from fieldkit.vault.vault import Vault


def test_a_card_trusted_on_one_host_is_trusted_by_the_workers_of_another(
    programme: Programme,  # noqa: F811
    operator: Operator,  # noqa: F811
    tmp_path: Path,
) -> None:
    from peers import PASSPHRASE

    host_b = tmp_path / "host-b-vault"
    shutil.copytree(programme.archive.path, host_b)  # each host has its own copy
    on_b = Operator({**operator.env, "FIELDKIT_VAULT": str(host_b)})
    stranger, late = from_a_stranger(
        programme, tmp_path, "newcomer", {"inventory_number": "N-1", "title": "Newcomer's bowl"}
    )
    rows = json.loads(on_b("ingest", str(late), "--json").out)
    assert rows[0]["untrusted"] and rows[0]["quarantined"]

    # Host A trusts the card; host B, which never ran a trust command, takes the bundle back.
    told = operator("trust", "add", str(tmp_path / "newcomer.fkid"), "--verified")
    assert told.code == 0, told.err
    assert "every worker host" in told.err
    again = on_b("requeue")
    assert again.code == 0 and "1 bundle queued again; 0 still quarantined." in again.err
    assert on_b("worker", "--burst").code == 0
    found = on_b.json("search", "newcomer")
    assert isinstance(found, list) and [r["fields"]["inventory_number"] for r in found] == ["N-1"]
    vault_b = Vault.open(host_b, PASSPHRASE)
    try:
        key = trust.get_exact(vault_b.db, stranger.identity.fingerprint)
        assert key is not None and key.verified and not key.revoked
    finally:
        vault_b.close()
    listed = on_b.json("trust", "list")
    assert isinstance(listed, list)
    assert [(c["fingerprint"], c["verified"]) for c in listed] == [
        (stranger.identity.fingerprint, True)
    ]
    french = run_cli(["archive", "trust", "list"], env={**operator.env, "FIELDKIT_LANG": "fr"})
    assert french.code == 0 and stranger.identity.fingerprint[:16] in french.out


def test_a_card_the_core_refuses_is_not_recorded(
    programme: Programme,  # noqa: F811
    operator: Operator,  # noqa: F811
    tmp_path: Path,
) -> None:
    from peers import Peer

    own = programme.archive.root / "archive.fkid"  # the archive's own card
    told = operator("trust", "add", str(own))
    assert told.code != 0 and "own identity card" in told.err
    assert operator.json("trust", "list") == []
    Peer(tmp_path, "unchecked").vault.close()
    unverified = operator("trust", "add", str(tmp_path / "unchecked.fkid"))
    assert unverified.code == 0 and "(not verified)" in unverified.err
    listed = operator.json("trust", "list")
    assert isinstance(listed, list) and [c["verified"] for c in listed] == [False]


def test_a_card_recorded_under_an_older_name_rule_is_applied_on_every_host(
    programme: Programme,  # noqa: F811
    operator: Operator,  # noqa: F811
) -> None:
    """A card another host recorded was judged there: applying it reads it as a stored card,
    so a name an older FieldKit accepted (only a right-to-left mark) does not leave this
    host without the trust every other host has."""
    import psycopg
    from peers import PASSPHRASE
    from test_hostile_cards import older_card

    from fieldkit.archive import trust as shared_trust
    from fieldkit.identity.card import card_bytes

    raw = older_card("\u200f")
    with psycopg.connect(operator.env["FIELDKIT_ARCHIVE_DB"], autocommit=True) as conn:
        conn.execute(
            "INSERT INTO trust_changes (action, fingerprint, card, name, role, verified) "
            "VALUES ('add', %s, %s, 'an older card', 'field', true)",
            (raw["fingerprint"], card_bytes(raw).decode("utf-8")),
        )
        vault = Vault.open(programme.archive.path, PASSPHRASE)
        try:
            assert shared_trust.apply(conn, vault, shared_trust.Applied()) == 1
            key = trust.get_exact(vault.db, raw["fingerprint"])
            assert key is not None and key.verified
        finally:
            vault.close()
