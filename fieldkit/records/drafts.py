"""Drafts: unsaved edits kept inside the encrypted vault when the app locks or closes.

A draft is what a person typed in an editor, as-is (it may not validate yet). It lives in the
same encrypted database as the records, so locking never loses work and never leaves plaintext
anywhere. Saving the record (or discarding the edit) removes its draft; the save does it in its
own transaction (:func:`discard_in`), so a record saved is never also a draft to reopen.

A new record's draft also keeps the photos added to it before it was saved (stored encrypted,
in no revision yet: :meth:`fieldkit.records.service.Records.stage_photos`), so reopening it
brings them back; discarding the draft removes them unless a record took them up. The staging
writes them into the editor's draft in its own transaction: a crash before Save leaves a draft
the next unlock offers to reopen (not a photo in no record), and another editor's discard
keeps a photo this draft names.

A saved record's draft also keeps the revision its typing was made over (its ``base``): when the
record moved on meanwhile (a colleague's bundle merged while the app was locked), the reopened
editor can tell a field the user changed from one changed by the newer revision, and asks about
a field both changed instead of saving over the newer value.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit import clock
from fieldkit.records import photos as photo_store
from fieldkit.vault.database import Connection
from fieldkit.vault.vault import Vault

# The payload key of a draft's photos (absent from drafts of older versions).
_PHOTOS = photo_store.DRAFT_PHOTOS_KEY
# The payload key of the revision a saved record's draft was typed over (absent from drafts of
# older versions: reopened as before, over whatever the record holds then).
_BASE = "_base_revision"


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    record_id: str | None
    values: dict[str, Any]
    saved_at: str
    photos: list[dict[str, Any]] = field(default_factory=list)  # staged for a new record
    base: str | None = None  # the revision the typing was made over (a saved record's)


@dataclass(frozen=True)
class NewRecordDraft:
    """The draft of a new record's editor, written by a staging of photos for it."""

    key: str
    kind: str
    values: dict[str, Any]  # what the form holds, as :func:`save` takes it


def save(
    vault: Vault,
    key: str,
    kind: str,
    record_id: str | None,
    values: dict[str, Any],
    photos: Sequence[Mapping[str, Any]] = (),
    *,
    base: str | None = None,
) -> None:
    """Keep (or replace) the draft ``key``. ``values`` must be JSON-serialisable; ``photos``
    are the media entries staged for a new record (as ``Records.stage_photos`` gives them);
    ``base`` the head revision of the record the values were typed over."""
    with vault.transaction() as db:
        _write(db, key, kind, record_id, values, photos, base)


def _write(
    db: Connection,
    key: str,
    kind: str,
    record_id: str | None,
    values: Mapping[str, Any],
    photos: Sequence[Mapping[str, Any]],
    base: str | None = None,
) -> None:
    payload = dict(values)
    if photos:
        payload[_PHOTOS] = [dict(p) for p in photos]
    if base is not None:
        payload[_BASE] = base
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
    base = values.pop(_BASE, None) if isinstance(values, dict) else None
    return Draft(
        row[0], row[1], row[2], values, row[4], staged, base if isinstance(base, str) else None
    )


def load(vault: Vault, key: str) -> Draft | None:
    return _load(vault.db, key)


def _load(db: Connection, key: str) -> Draft | None:
    row = db.execute(
        "SELECT draft_key, kind, record_id, payload, saved_at FROM drafts WHERE draft_key = ?",
        (key,),
    ).fetchone()
    return None if row is None else _draft(row)


def all_drafts(vault: Vault) -> list[Draft]:
    rows = vault.db.execute(
        "SELECT draft_key, kind, record_id, payload, saved_at FROM drafts ORDER BY saved_at"
    ).fetchall()
    return [_draft(r) for r in rows]


def keep_staged(db: Connection, draft: NewRecordDraft, staged: Sequence[Mapping[str, Any]]) -> None:
    """Write the editor's draft with ``staged`` added to its photos, in the staging's own
    transaction ``db`` (so no photo is ever stored for a new record that no draft names)."""
    kept = _load(db, draft.key)
    photos = list(kept.photos) if kept is not None else []
    known = {p.get("sha256") for p in photos}
    photos += [dict(e) for e in staged if e.get("sha256") not in known]
    _write(db, draft.key, draft.kind, None, draft.values, photos)


def drop_photos(db: Connection, key: str, sha256s: Collection[str]) -> None:
    """The draft ``key`` stops naming these photos (its editor removed or forgot them)."""
    kept = _load(db, key)
    if kept is None or not any(p.get("sha256") in sha256s for p in kept.photos):
        return
    photos = [p for p in kept.photos if p.get("sha256") not in sha256s]
    _write(db, key, kept.kind, kept.record_id, kept.values, photos, kept.base)


def discard(vault: Vault, key: str) -> None:
    """Remove the draft ``key``, and the photos staged in it that no record or other draft
    took up (a saved record holds its photos: they stay), in one transaction."""
    with vault.transaction() as db:
        names = discard_in(db, key)
    photo_store.remove_files(vault, names)


def discard_in(db: Connection, key: str) -> list[str]:
    """:func:`discard` inside the caller's transaction ``db``: the save of the draft's record
    passes it (``Records.create``/``edit`` with ``draft_key``), so a crash just after the save
    cannot leave a draft that the next unlock offers to reopen and save a second time. Returns
    the names of the encrypted files of photos that went, for ``photos.remove_files`` after the
    commit (photos the saved revision holds stay)."""
    draft = _load(db, key)
    if draft is None:
        return []
    db.execute("DELETE FROM drafts WHERE draft_key = ?", (key,))
    return photo_store.forget_staged_in(db, draft.photos)[1]
