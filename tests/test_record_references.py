"""Cross references (objects of this vault or free references), object completion, restoring a
revision, and per-photo role, caption and removal (issue 15)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import PASSPHRASE, CliResult, run_cli
from PIL import Image

from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, RecordNotFoundError, Records
from fieldkit.vault import Vault


def jpeg_bytes(seed: int = 1) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (seed * 40 % 255, 20, 30)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def records(vault: Vault) -> Records:
    return Records(vault)


def test_a_cross_reference_is_an_object_id_or_free_text_kept_as_typed(records: Records) -> None:
    lamassu = records.create(F.OBJECT, {"inventory_number": "MOS-1", "title": "Lamassu"})
    other = records.create(
        F.OBJECT,
        {"inventory_number": "MOS-2", "cross_references": "MOS-1; British Museum 1856,0909.16"},
    )
    assert other.fields["cross_references"] == [lamassu.record_id, "British Museum 1856,0909.16"]
    refs = records.references(other.fields["cross_references"])
    assert refs[0].target is not None and refs[0].target.title == "Lamassu"
    assert refs[0].typed == "MOS-1"
    assert refs[1].target is None and refs[1].typed == "British Museum 1856,0909.16"
    # Editing another field keeps both (the id is not turned back into text, nor the text lost).
    again = records.edit(other.record_id, {"title": "Relief"})
    assert again.fields["cross_references"] == other.fields["cross_references"]


def test_an_ambiguous_cross_reference_names_the_field(records: Records) -> None:
    records.create(F.OBJECT, {"inventory_number": "DUP-1"})
    records.create(F.OBJECT, {"inventory_number": "DUP-1"})
    with pytest.raises(F.ValidationError) as caught:
        records.create(F.OBJECT, {"title": "x", "cross_references": ["DUP-1"]})
    assert caught.value.field == "cross_references"
    assert "fieldkit" not in caught.value.message + (caught.value.hint or "")
    # The completion offers each by its id then, which is accepted.
    choices = records.object_choices("DUP")
    assert len(choices) == 2 and all(c.typed == c.record_id for c in choices)
    made = records.create(F.OBJECT, {"title": "x", "cross_references": [choices[0].typed]})
    assert made.fields["cross_references"] == [choices[0].record_id]


def test_object_choices_by_inventory_number_and_words_limited(records: Records) -> None:
    for i in range(30):
        records.create(F.OBJECT, {"inventory_number": f"ICN-{i:03d}", "title": f"Icon {i}"})
    records.create(F.OBJECT, {"inventory_number": "X-9", "title": "Winged bull"})
    gone = records.create(F.OBJECT, {"inventory_number": "ICN-999", "title": "gone"})
    records.delete(gone.record_id)
    found = records.object_choices("icn-00", limit=5)
    assert [c.inventory_number for c in found] == [f"ICN-00{i}" for i in range(5)]
    assert [c.label() for c in records.object_choices("wing")] == ["X-9 — Winged bull"]
    assert all(c.inventory_number != "ICN-999" for c in records.object_choices("ICN-9"))
    assert records.object_choices("  ") == []


def test_restore_brings_back_a_deleted_record_with_its_photos(records: Records) -> None:
    made = records.create(
        F.OBJECT, {"inventory_number": "R-1", "title": "Jar"}, [PhotoInput(jpeg_bytes())]
    )
    before = made.head_rev
    records.delete(made.record_id)
    assert records.count(F.OBJECT) == 0
    history = records.history(made.record_id)
    assert history[-1].revision.deleted
    with pytest.raises(F.ValidationError):
        records.restore(made.record_id, history[-1].rev_id)
    back = records.restore(made.record_id, before[:12])
    assert not back.deleted and back.fields == made.fields and back.media == made.media
    assert records.count(F.OBJECT) == 1
    assert [c.inventory_number for c in records.object_choices("R-")] == ["R-1"]
    assert len(records.history(made.record_id)) == 3
    with pytest.raises(RecordNotFoundError):
        records.restore(made.record_id, "0" * 16)


def test_restore_an_earlier_version_undoes_an_edit(records: Records) -> None:
    made = records.create(F.OBJECT, {"title": "Jar"})
    records.edit(made.record_id, {"title": "Pot"})
    back = records.restore(made.record_id, made.head_rev)
    assert back.fields["title"] == "Jar"
    assert records.restore(made.record_id, made.head_rev).head_rev == back.head_rev  # no-op


def test_photo_role_and_caption_change_per_photo_as_a_revision(records: Records) -> None:
    made = records.create(
        F.OBJECT,
        {"title": "Jar"},
        [PhotoInput(jpeg_bytes(seed=1)), PhotoInput(jpeg_bytes(seed=2))],
    )
    first, second = (m["sha256"] for m in made.media)
    edited = records.edit(
        made.record_id,
        {},
        photo_updates={second: {"role": "detail", "caption": " Left wing "}},
    )
    assert edited.media[0] == made.media[0]
    assert edited.media[1]["role"] == "detail" and edited.media[1]["caption"] == "Left wing"
    assert edited.head_rev != made.head_rev
    with pytest.raises(F.ValidationError):
        records.edit(made.record_id, {}, photo_updates={first: {"role": "selfie"}})
    with pytest.raises(F.ValidationError):
        records.edit(made.record_id, {}, photo_updates={first: {"caption": "a\nb"}})
    with pytest.raises(F.ValidationError):
        records.edit(made.record_id, {}, photo_updates={"f" * 64: {"caption": "x"}})
    removed = records.edit(made.record_id, {}, remove_photos=[first])
    assert [m["sha256"] for m in removed.media] == [second]


def test_cli_object_restore_undoes_a_delete(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    made = Records(vault).create(F.OBJECT, {"inventory_number": "C-1", "title": "Bowl"})
    vault.close()
    (tmp_path / "pw").write_text(PASSPHRASE)

    def cli(*args: str) -> CliResult:
        return run_cli(
            [*args, "--vault", str(vault_path), "--passphrase-file", str(tmp_path / "pw")]
        )

    assert cli("object", "delete", "C-1").code == 0
    restored = cli("object", "restore", made.record_id, "--revision", made.head_rev[:12], "--json")
    assert restored.code == 0, restored.err
    assert [o["title"] for o in cli("object", "list", "--json").json] == ["Bowl"]
    missing = cli("object", "restore", made.record_id, "--revision", "0" * 12)
    assert missing.code == 1 and "no revision with this id" in missing.err
