"""Migrations are self-contained (issue 14): an old vault migrates to the same result whatever
today's code does. Migration 3 creates the identity keys, migration 8 rebuilds the search index:
each with its own frozen copy of the code it needs, never with today's identity or search code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from fieldkit.errors import VaultFormatError
from fieldkit.identity import own
from fieldkit.vault import audit, identity_keys, schema
from fieldkit.vault.database import Connection, open_database


def _old_database(tmp_path: Path, version: int) -> Connection:
    conn = open_database(tmp_path / "vault.db", os.urandom(32))
    schema.migrate(conn, target=version)
    assert schema.schema_version(conn) == version
    return conn


def _secrets(conn: Connection) -> dict[str, bytes]:
    return {str(r[0]): bytes(r[1]) for r in conn.execute("SELECT name, value FROM secrets")}


def test_migration_3_creates_the_identity_keys_today_s_code_reads(tmp_path: Path) -> None:
    conn = _old_database(tmp_path, 2)
    assert _secrets(conn) == {}
    schema.migrate(conn, target=3)
    keys = _secrets(conn)
    assert sorted(keys) == [
        "identity_signing_key",
        "identity_signing_key_id",
        "identity_transport_key",
    ]
    assert [len(keys[k]) for k in sorted(keys)] == [32, 8, 32]
    me = own.load(conn)
    assert me.fingerprint == identity_keys.fingerprint(conn) == audit.own_actor(conn)
    # Keys already there are kept (a vault whose keys a newer version created, set back).
    conn.execute("BEGIN")
    schema._v3_identity_keys(conn)
    conn.execute("ROLLBACK")
    assert _secrets(conn) == keys
    conn.close()


def test_the_audit_actor_is_read_by_the_vault_itself(tmp_path: Path) -> None:
    conn = _old_database(tmp_path, 3)
    conn.execute("BEGIN")
    event = audit.record(conn, "vault_created")
    conn.execute("COMMIT")
    assert event.actor == own.load(conn).fingerprint
    conn.execute("DELETE FROM secrets WHERE name = 'identity_transport_key'")
    with pytest.raises(VaultFormatError):
        audit.own_actor(conn)
    conn.close()


_ROWS: list[tuple[str, str, dict[str, Any], list[dict[str, Any]], int]] = [
    (
        "o1",
        "object",
        {
            "inventory_number": "MCP 1963.28",
            "title": "Jarre à huile",
            "materials": ["fired_clay", "glaze"],
            "measurements": [{"dimension": "height", "value": 72.5, "unit": "cm"}],
            "salvage_priority": 2,
        },
        [{"sha256": "ab" * 32, "caption": "front, after the flood"}, {"sha256": "cd" * 32}],
        0,
    ),
    ("d1", "damage", {"description": "crack across the rim"}, [], 0),
    ("gone", "object", {"title": "deleted: not indexed"}, [], 1),
]

# What migration 8 wrote on 2026-12-05, byte for byte: an old vault migrated later must get
# exactly this, whatever today's search code is.
_EXPECTED = {
    "o1": "xfkkindobject\nMCP 1963.28\nJarre à huile\nfired clay\nglaze\nheight\n72.5\ncm\n"
    "front, after the flood\n",
    "d1": "xfkkinddamage\ncrack across the rim\n",
}


def _search_entries(conn: Connection) -> dict[str, str]:
    return {
        str(r[0]): str(r[1])
        for r in conn.execute(
            "SELECT r.record_id, s.body FROM records_search s JOIN records r "
            "ON r.rowid = s.rowid"
        )
    }


def test_migration_8_rebuilds_the_search_index_as_it_always_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today's search text changes (here: replaced outright); migration 8 does not."""
    from fieldkit.records import fields, revision_store, search

    for module in (search, revision_store):
        monkeypatch.setattr(module, "search_body", lambda *a: "today's search text")
    monkeypatch.setattr(search, "KIND_TOKENS", {})
    monkeypatch.setattr(fields, "text_of", lambda f: "today's text")
    conn = _old_database(tmp_path, 7)
    conn.execute("BEGIN")
    for record_id, kind, values, media, deleted in _ROWS:
        conn.execute(
            "INSERT INTO records (record_id, kind, head_rev, hlc, fields, media, deleted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (record_id, kind, "r", "0", json.dumps(values), json.dumps(media), deleted),
        )
        conn.execute(
            "INSERT INTO records_search (rowid, body) VALUES "
            "((SELECT rowid FROM records WHERE record_id = ?), 'stale entry of version 7')",
            (record_id,),
        )
    conn.execute("COMMIT")
    schema.migrate(conn, target=8)
    assert _search_entries(conn) == _EXPECTED
    conn.close()

