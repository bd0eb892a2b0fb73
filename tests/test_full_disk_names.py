"""A full or read-only drive is reported with the file or folder the user chose, never with the
hidden name FieldKit writes first (review r10: "The disk is full while writing
f2/.la.6065f7b07672.fieldkit-tmp/0143e1dc-….json." for a Linked Art export to f2/la).

Real small tmpfs drives (tests/media.py: needs root, as CI runs; skipped elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from media import fill, make_read_only, small_medium
from test_photos import noisy_jpeg

from fieldkit.errors import DiskFullError, FieldKitError, ReadOnlyMediumError
from fieldkit.exports import export_records
from fieldkit.fsutil import shown_path
from fieldkit.records import fields as F
from fieldkit.records.service import PhotoInput, Records
from fieldkit.vault import Vault, backup

HIDDEN = (".fieldkit-tmp", ".fieldkit-partial-backup", ".incoming-")


@pytest.fixture
def drive(tmp_path: Path) -> Iterator[Path]:
    with small_medium(tmp_path / "stick", 4096) as folder:
        yield folder


def _objects(vault: Vault, photos: int = 0) -> None:
    records = Records(vault)
    long_text = "A long description of the object and its condition. " * 300  # ~16 kB
    for i in range(6):
        fields = {"inventory_number": f"FULL-{i}", "title": "Amphora", "description": long_text}
        images = [PhotoInput(noisy_jpeg((900, 700), seed=i))] if i < photos else []
        records.create(F.OBJECT, F.clean_fields(F.OBJECT, fields), images)


def _names_only(error: FieldKitError, target: Path) -> None:
    text = str(error)
    for hidden in HIDDEN:
        assert hidden not in text, text
    assert str(target) in text, text


def test_shown_path_names_the_target_of_a_hidden_name() -> None:
    assert shown_path("f2/.la.6065f7b07672.fieldkit-tmp/0143e1dc.json") == "f2/la"
    assert shown_path(Path("/m/.bk.39dd8586.fieldkit-partial-backup/media/x")) == "/m/bk"
    assert shown_path("/m/x-photos/.incoming-0a1b2c3d4e5f") == "/m/x-photos/.incoming-0a1b2c3d4e5f"
    assert shown_path("/m/.hidden folder/report.pdf") == "/m/.hidden folder/report.pdf"


def test_linked_art_export_on_a_full_drive_names_the_folder_chosen(
    vault: Vault, drive: Path
) -> None:
    _objects(vault)
    fill(drive, leave_bytes=24 * 1024)
    target = drive / "la"
    with pytest.raises(DiskFullError) as caught:
        export_records(vault, "linked-art", target)
    _names_only(caught.value, target)
    assert not target.exists()


def test_lido_photos_on_a_full_drive_name_the_photos_folder(vault: Vault, drive: Path) -> None:
    _objects(vault, photos=3)
    fill(drive, leave_bytes=160 * 1024)  # the XML fits; the photos (about 400 kB each) do not
    target = drive / "objects.xml"
    with pytest.raises(DiskFullError) as caught:
        export_records(vault, "lido", target)
    _names_only(caught.value, drive / "objects-photos")
    assert not target.exists()


def test_backup_on_a_read_only_drive_names_the_backup_folder(vault: Vault, drive: Path) -> None:
    make_read_only(drive)
    dest = drive / "bk"
    with pytest.raises(ReadOnlyMediumError) as caught:
        backup(vault, dest)
    _names_only(caught.value, dest)


def test_backup_on_a_drive_too_full_for_its_photos_names_the_backup_folder(
    vault: Vault, drive: Path, tmp_path: Path
) -> None:
    _objects(vault, photos=6)
    # Room for the database copy, not for the photos after it.
    backup(vault, tmp_path / "sized")
    database = (tmp_path / "sized" / "vault.db").stat().st_size
    fill(drive, leave_bytes=database + 200 * 1024)
    dest = drive / "bk"
    with pytest.raises(DiskFullError) as caught:
        backup(vault, dest)
    _names_only(caught.value, dest)
    assert not dest.exists()
