"""Photos of a record not saved yet (r10 trial #9/#26): stored encrypted, in no revision, until
the record's first save attaches them in ONE revision; never saved, they are removed again,
unless a record took the same photo up meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_photos import media_files, noisy_jpeg

from fieldkit.errors import CancelledError
from fieldkit.records import drafts
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records, StagedPhotoMissingError
from fieldkit.vault import Vault
from fieldkit.vault.audit import events


def _photos(tmp_path: Path, count: int, first_seed: int = 0) -> list[PhotoInput]:
    out = []
    for i in range(count):
        path = tmp_path / f"p{first_seed + i}.jpg"
        path.write_bytes(noisy_jpeg((120, 90), seed=first_seed + i))
        out.append(PhotoInput(path, "damage", f"caption {i}"))
    return out


def _count(vault: Vault, table: str) -> int:
    return int(vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def _photo_events(vault: Vault) -> int:
    return sum(1 for e in events(vault.db) if e.action == "photo_added")


def test_staged_photos_make_no_revision_and_the_first_save_attaches_them_in_one(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    revisions = _count(vault, "revisions")
    staged = records.stage_photos(_photos(tmp_path, 2))
    assert [e["role"] for e in staged] == ["damage", "damage"]
    assert _count(vault, "revisions") == revisions  # nothing is a record yet
    assert _count(vault, "records") == 0
    assert _count(vault, "photos") == 2 and len(media_files(vault)) == 2
    assert _photo_events(vault) == 0  # audited when they join a record
    view = records.create(F.DAMAGE, {"site": "Store room B"}, staged=staged)
    assert [(m["role"], m["caption"]) for m in view.media] == [
        ("damage", "caption 0"),
        ("damage", "caption 1"),
    ]
    assert set(view.media[0]) == {"sha256", "role", "caption"}  # no staging detail kept
    assert len(records.history(view.record_id)) == 1  # one revision: created with its photos
    assert _photo_events(vault) == 2
    # Discarding afterwards (the editor forgets its draft) keeps what the record holds.
    assert records.forget_staged(staged) == 0
    assert _count(vault, "photos") == 2 and len(media_files(vault)) == 2


def test_staged_photos_never_saved_leave_no_row_hash_or_file(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    staged = records.stage_photos(_photos(tmp_path, 3))
    assert _count(vault, "photo_hashes") == 3
    assert records.forget_staged(staged) == 3
    assert _count(vault, "photos") == 0
    assert _count(vault, "photo_hashes") == 0
    assert _count(vault, "media_files") == 0
    assert media_files(vault) == []
    assert _count(vault, "records") == 0


def test_a_photo_another_record_took_up_meanwhile_stays(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    photos = _photos(tmp_path, 2)
    staged = records.stage_photos(photos)
    # Another editor adds the same first photo to an object before this report is dropped.
    other = records.create(F.OBJECT, {"inventory_number": "O-1"})
    records.edit(other.record_id, {}, add_photos=[photos[0]])
    # ...and removes it again: its history still needs it.
    records.edit(other.record_id, {}, remove_photos=[staged[0]["sha256"]])
    assert records.forget_staged(staged) == 1
    kept = {r[0] for r in vault.db.execute("SELECT sha256 FROM photos")}
    assert kept == {staged[0]["sha256"]}
    assert len(media_files(vault)) == 1


def test_a_photo_in_the_vault_before_is_never_removed(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    photos = _photos(tmp_path, 1)
    obj = records.create(F.OBJECT, {"inventory_number": "O-2"}, photos=photos)
    staged = records.stage_photos(photos)
    assert staged[0]["sha256"] == obj.media[0]["sha256"]
    assert staged[0]["staged_after"] is None
    assert records.forget_staged(staged) == 0
    assert _count(vault, "photos") == 1 and len(media_files(vault)) == 1


def test_a_cancelled_staging_stores_nothing(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    photos = _photos(tmp_path, 3)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 4  # after the first photo is stored

    with pytest.raises(CancelledError):
        records.stage_photos(photos, cancel=cancel)
    assert _count(vault, "photos") == 0 and media_files(vault) == []
    assert _count(vault, "records") == 0


def test_a_staged_photo_removed_meanwhile_stops_the_save_saying_so(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    staged = records.stage_photos(_photos(tmp_path, 1))
    records.forget_staged(staged)
    with pytest.raises(StagedPhotoMissingError):
        records.create(F.DAMAGE, {"site": "Store room B"}, staged=staged)
    assert _count(vault, "records") == 0


def test_a_draft_keeps_its_staged_photos_and_discarding_it_removes_them(
    vault: Vault, tmp_path: Path
) -> None:
    records = Records(vault)
    staged = records.stage_photos(_photos(tmp_path, 2))
    drafts.save(vault, "damage:new:1", F.DAMAGE, None, {"site": "B"}, photos=staged)
    draft = drafts.load(vault, "damage:new:1")
    assert draft is not None
    assert draft.values == {"site": "B"}  # the photos are not a field
    assert draft.photos == staged
    # Kept while the draft waits: another editor's clean-up does not take them.
    assert records.forget_staged(staged) == 0
    drafts.discard(vault, "damage:new:1")
    assert _count(vault, "photos") == 0 and media_files(vault) == []


def test_a_draft_saved_as_a_record_keeps_its_photos(vault: Vault, tmp_path: Path) -> None:
    records = Records(vault)
    staged = records.stage_photos(_photos(tmp_path, 1))
    drafts.save(vault, "damage:new:2", F.DAMAGE, None, {"site": "B"}, photos=staged)
    view = records.create(F.DAMAGE, {"site": "B"}, staged=staged)
    drafts.discard(vault, "damage:new:2")
    assert records.get(view.record_id).media[0]["sha256"] == staged[0]["sha256"]
    assert _count(vault, "photos") == 1 and len(media_files(vault)) == 1
