"""Adding photos reports real progress and stops cleanly when cancelled (issue 14): Ctrl+C during
`object edit ID --photo …` leaves no media file, thumbnail, photo row or revision behind."""

from __future__ import annotations

from pathlib import Path

from conftest import PASSPHRASE, run_cli
from interrupting import interrupt_cli, vault_content
from test_photos import noisy_jpeg

from fieldkit.records import fields as F
from fieldkit.records.service import Records

PHOTOS = 12


def _photo_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(count):
        path = folder / f"p{i}.jpg"
        path.write_bytes(noisy_jpeg((1200, 900), seed=i))
        out.append(path)
    return out


def test_ctrl_c_while_photos_are_added_leaves_nothing(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = make_vault()
    record = Records(vault).create(F.OBJECT, {"inventory_number": "P-1"})
    vault.close()
    before = vault_content(vault_path, PASSPHRASE)
    photos = _photo_files(tmp_path / "photos", PHOTOS)
    args = ["--vault", str(vault_path), "object", "edit", record.record_id]
    for photo in photos:
        args += ["--photo", str(photo)]
    # Once a photo or more is stored, encrypted and its row written (progress is counted in
    # bytes: 10 % or more of twelve photos of one size): the half-done case.
    code, transcript = interrupt_cli(
        args, {"FIELDKIT_PASSPHRASE": PASSPHRASE}, when=r"photos:\s+[1-9]\d%"
    )
    assert code == 1, transcript
    assert "\nfieldkit: Cancelled" in transcript  # on a line of its own, after the progress
    assert "Saved object" not in transcript
    assert vault_content(vault_path, PASSPHRASE) == before  # no row, no file, no revision


def test_adding_photos_without_a_terminal_draws_no_progress(
    make_vault, vault_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Without a terminal there is no progress line at all (scripts and --json read stdout)."""
    vault, _ = make_vault()
    record = Records(vault).create(F.OBJECT, {"inventory_number": "P-2"})
    vault.close()
    photos = _photo_files(tmp_path / "photos", 2)
    args = ["--vault", str(vault_path), "object", "edit", record.record_id]
    for photo in photos:
        args += ["--photo", str(photo)]
    result = run_cli(args, {"FIELDKIT_PASSPHRASE": PASSPHRASE})
    assert result.code == 0, result.err
    assert "photos:" not in result.err
    with vault.open(vault_path, PASSPHRASE) as again:
        assert len(Records(again).get(record.record_id).media) == 2
