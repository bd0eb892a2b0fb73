"""Drafts: unsaved edits kept inside the encrypted vault when the app locks or closes.

A draft is what a person typed in an editor, as-is (it may not validate yet). It lives in the
same encrypted database as the records, so locking never loses work and never leaves plaintext
anywhere. Saving the record (or discarding the edit) removes its draft.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldkit import clock
from fieldkit.vault.vault import Vault


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    record_id: str | None
    values: dict[str, Any]
    saved_at: str


def save(vault: Vault, key: str, kind: str, record_id: str | None, values: dict[str, Any]) -> None:
    """Keep (or replace) the draft ``key``. ``values`` must be JSON-serialisable."""
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO drafts (draft_key, kind, record_id, payload, saved_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(draft_key) DO UPDATE SET kind = excluded.kind, "
            "record_id = excluded.record_id, payload = excluded.payload, "
            "saved_at = excluded.saved_at",
            (
                key,
                kind,
                record_id,
                json.dumps(values, ensure_ascii=False),
                clock.now(),
            ),
        )


def load(vault: Vault, key: str) -> Draft | None:
    row = vault.db.execute(
        "SELECT draft_key, kind, record_id, payload, saved_at FROM drafts WHERE draft_key = ?",
        (key,),
    ).fetchone()
    return None if row is None else Draft(row[0], row[1], row[2], json.loads(row[3]), row[4])


def all_drafts(vault: Vault) -> list[Draft]:
    rows = vault.db.execute(
        "SELECT draft_key, kind, record_id, payload, saved_at FROM drafts ORDER BY saved_at"
    ).fetchall()
    return [Draft(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]


def discard(vault: Vault, key: str) -> None:
    with vault.transaction() as db:
        db.execute("DELETE FROM drafts WHERE draft_key = ?", (key,))
