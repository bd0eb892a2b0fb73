"""An export to a disk too small is refused before anything is written, saying how much room it
needs (r12 trial #14: an export to a 5 MB stick wrote until the disk was full, then said only
that it was full, so the user could not tell whether a larger stick would do)."""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path

import pytest
from peers import Peer

from fieldkit.bundles.export import ExportOptions, Recipient, export_bundles
from fieldkit.errors import DiskFullError
from fieldkit.i18n import from_error, localise
from fieldkit.records import fields as F

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def peers(tmp_path: Path) -> tuple[Peer, Peer]:
    field, coord = Peer(tmp_path, "field"), Peer(tmp_path, "coord", role="coordinator")
    field.records.create_many(
        F.OBJECT, [{"inventory_number": f"A-{i}", "title": "x" * 2000} for i in range(3000)]
    )
    return field, coord


def _stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, free: int) -> Path:
    """A folder whose disk says it has ``free`` bytes free (the rest of the machine as it is)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    real = shutil.disk_usage

    def usage(path: object) -> Usage:
        if Path(str(path)) == stick:
            return Usage(5_000_000, 5_000_000 - free, free)
        return Usage(*real(path))  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "disk_usage", usage)
    return stick


def _export(field: Peer, coord: Peer, to: Path) -> None:
    export_bundles(field.vault, to, ExportOptions(recipients=[Recipient.from_card(coord.card)]))


def test_a_disk_too_small_is_refused_first_with_the_room_needed(
    peers: tuple[Peer, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = peers
    stick = _stick(tmp_path, monkeypatch, 1_000_000)
    with pytest.raises(DiskFullError) as refused:
        _export(field, coord, stick / "b.fkb")
    english = str(refused.value)
    assert "This export needs about 9 MB" in english and "has 1 MB free" in english, english
    french = localise(from_error(refused.value), "fr")
    assert "environ 9\u00a0Mo" in french and "1\u00a0Mo" in french, french
    assert list(stick.iterdir()) == []  # nothing written, not even a hidden partial
    # Nothing recorded as sent: the next export sends the same records.
    _export(field, coord, tmp_path / "later.fkb")
    assert (tmp_path / "later.fkb").stat().st_size > 6_000_000


def test_a_disk_with_room_is_written_as_before(
    peers: tuple[Peer, Peer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, coord = peers
    stick = _stick(tmp_path, monkeypatch, 50_000_000)
    _export(field, coord, stick / "b.fkb")
    assert (stick / "b.fkb").stat().st_size > 6_000_000
