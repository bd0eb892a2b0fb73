"""Drafts: unsaved edits kept inside the encrypted vault when the app locks or closes.

A draft is what a person typed in an editor, as-is (it may not validate yet). It lives in the
same encrypted database as the records, so locking never loses work and never leaves plaintext
anywhere. Saving the record (or discarding the edit) removes its draft.

A new record's draft also keeps the photos added to it before it was saved (stored encrypted,
in no revision yet: :meth:`fieldkit.records.service.Records.stage_photos`), so reopening it
brings them back; discarding the draft removes them unless a record took them up.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit import clock
from fieldkit.records import photos as photo_store
from fieldkit.vault.vault import Vault

# The payload key of a draft's photos: beside the field values, never a field name (fields
# have no leading underscore), and absent from drafts of older versions.
_PHOTOS = "_staged_photos"


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    record_id: str | None
    values: dict[str, Any]
    saved_at: str
    photos: list[dict[str, Any]] = field(default_factory=list)  # staged for a new record


def save(
    vault: Vault,
    key: str,
    kind: str,
    record_id: str | None,
    values: dict[str, Any],
    photos: Sequence[Mapping[str, Any]] = (),
) -> None:
    """Keep (or replace) the draft ``key``. ``values`` must be JSON-serialisable; ``photos``
    are the media entries staged for a new record (as ``Records.stage_photos`` gives them)."""
    payload = dict(values)
    if photos:
        payload[_PHOTOS] = [dict(p) for p in photos]
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
                json.dumps(payload, ensure_ascii=False),
                clock.now(),
            ),
        )


def _draft(row: Sequence[Any]) -> Draft:
    values = json.loads(row[3])
    photos = values.pop(_PHOTOS, None) if isinstance(values, dict) else None
    staged = [dict(p) for p in photos if isinstance(p, dict)] if isinstance(photos, list) else []
    return Draft(row[0], row[1], row[2], values, row[4], staged)


def load(vault: Vault, key: str) -> Draft | None:
    row = vault.db.execute(
        "SELECT draft_key, kind, record_id, payload, saved_at FROM drafts WHERE draft_key = ?",
        (key,),
    ).fetchone()
    return None if row is None else _draft(row)


def all_drafts(vault: Vault) -> list[Draft]:
    rows = vault.db.execute(
        "SELECT draft_key, kind, record_id, payload, saved_at FROM drafts ORDER BY saved_at"
    ).fetchall()
    return [_draft(r) for r in rows]


def discard(vault: Vault, key: str) -> None:
    """Remove the draft ``key``, and the photos staged in it that no record took up (a saved
    record holds its photos: they stay)."""
    draft = load(vault, key)
    with vault.transaction() as db:
        db.execute("DELETE FROM drafts WHERE draft_key = ?", (key,))
    if draft is not None and draft.photos:
        photo_store.forget_staged(vault, draft.photos)
