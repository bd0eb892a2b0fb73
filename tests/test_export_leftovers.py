"""An export or report killed mid-way (power cut, kill -9) leaves its partial under a hidden
name beside the target: plaintext records, photos or a half PDF. Writing the same target again
removes it, unless a live writer still holds it (review r10 #1)."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from fieldkit.exports import export_records, photos_folder_of
from fieldkit.fsutil import atomic_write
from fieldkit.records import fields as F
from fieldkit.records.service import Records
from fieldkit.vault import Vault

MARKER = "ZQXJ marker 7731"


def _abandoned_folder(parent: Path, target: str) -> Path:
    folder = parent / f".{target}.0123456789ab.fieldkit-tmp"
    folder.mkdir(mode=0o700)
    (folder / "record.json").write_text(MARKER)
    return folder


def _plaintext_left(parent: Path) -> list[str]:
    return [
        str(path.relative_to(parent))
        for path in parent.rglob("*")
        if path.is_file() and MARKER in path.read_text(errors="replace")
    ]


def test_a_linked_art_export_removes_what_a_killed_one_left(vault: Vault, tmp_path: Path) -> None:
    Records(vault).create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    out = tmp_path / "out"
    out.mkdir()
    _abandoned_folder(out, "la")
    export_records(vault, "linked-art", out / "la")
    assert _plaintext_left(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["la"]


def test_a_live_exports_folder_is_left_alone(vault: Vault, tmp_path: Path) -> None:
    Records(vault).create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    out = tmp_path / "out"
    out.mkdir()
    live = _abandoned_folder(out, "la")
    fd = os.open(live, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another export, still writing
        export_records(vault, "linked-art", out / "la")
        assert (live / "record.json").read_text() == MARKER
    finally:
        os.close(fd)


def test_a_lido_export_removes_a_killed_ones_photos_folder(vault: Vault, tmp_path: Path) -> None:
    Records(vault).create(F.OBJECT, {"inventory_number": "A-1", "title": "Jar"})
    out = tmp_path / "out"
    out.mkdir()
    _abandoned_folder(out, photos_folder_of(out / "x.xml").name)
    export_records(vault, "lido", out / "x.xml")
    assert _plaintext_left(out) == []


def test_writing_a_report_again_removes_a_killed_ones_partial_pdf(tmp_path: Path) -> None:
    partial = tmp_path / ".inventory.pdf.0123456789ab.fieldkit-tmp"
    partial.write_text(MARKER)
    other = tmp_path / ".other.pdf.0123456789ab.fieldkit-tmp"
    other.write_text(MARKER)  # another target's: not this write's business
    atomic_write(tmp_path / "inventory.pdf", b"%PDF-1.4\n")
    assert not partial.exists()
    assert other.exists()


def test_a_partial_a_live_writer_holds_is_kept(tmp_path: Path) -> None:
    partial = tmp_path / ".inventory.pdf.0123456789ab.fieldkit-tmp"
    partial.write_text(MARKER)
    with open(partial, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        atomic_write(tmp_path / "inventory.pdf", b"%PDF-1.4\n")
        assert partial.exists()
